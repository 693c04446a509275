"""A translator's walk through `azadkar assess` on a real terminal: narrow widths, codes
that must be explained, options that must read left to right in Persian."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner
from wcwidth import wcswidth

from azadkar.cli import app

runner = CliRunner()

# text_translation: the client layer's GPT-4 alpha and gamma are both 100%, its overall
# exposure is over 11 tasks.
_ARGS = ["assess", "--service", "text_translation"]


def _run(width: int, *extra: str) -> list[str]:
    r = runner.invoke(app, [*_ARGS, *extra], terminal_width=width, env={"COLUMNS": str(width)})
    assert r.exit_code == 0, r.output
    return r.output.splitlines()


@pytest.mark.parametrize("width", [60, 70])
@pytest.mark.parametrize(
    ("lang", "both", "tasks_head"),
    [("en", "100% / 100%", "tasks"), ("fa", "۱۰۰٪ / ۱۰۰٪", "وظیفه")],
)
def test_exposure_tables_keep_every_number_whole_on_a_narrow_terminal(
    width: int, lang: str, both: str, tasks_head: str
) -> None:
    lines = _run(width, "--lang", lang)
    assert all(wcswidth(line) <= width for line in lines)
    # Before, below 80 columns "100% / 100%" was cut to "100%" over "100" and the task
    # count column ("tasks", 11, 9, 2) was squeezed out of the tables.
    assert sum(both in line for line in lines) >= 2
    ends = [line.rstrip(" │") for line in lines]  # inside a service's panel too
    assert sum(end.endswith(tasks_head) for end in ends) >= 4
    eleven = "۱۱" if lang == "fa" else "11"
    assert any(end.endswith(f" {eleven}") for end in ends[:12])


def test_exposure_tables_keep_their_bars_on_a_wide_terminal() -> None:
    assert any("█" in line for line in _run(80))
    assert any("█" in line for line in _run(120))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_plan_task_codes_are_explained(lang: str) -> None:
    out = "\n".join(_run(200, "--lang", lang))
    # Each plan task reads "E1/E1 T3"; the T rating was explained nowhere on the terminal.
    assert " T3 " in out or " T2 " in out
    assert "T0-T4" in out and "GPT-4" in out
    assert ("rating" in out) if lang == "en" else ("رتبه" in out)


def test_persian_floor_price_hint_isolates_the_option() -> None:
    out = "\n".join(_run(200, "--lang", "fa", "--rate", "400000", "--currency", "toman"))
    # Without an isolate, right-to-left text shows "--costs" as "costs--".
    assert "\u2066--costs\u2069" in out


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_outlook_ranges_are_never_cut_on_a_narrow_terminal(lang: str) -> None:
    lines = _run(60, "--lang", lang, "--rate", "400000", "--currency", "toman")
    start = next(i for i, line in enumerate(lines) if line.startswith(("2026 ", "۲۰۲۶ ")))
    table = lines[start : start + 12]
    # Before, at 60 columns a year's income range broke inside: "(21.8 –" over "43.8)".
    assert not any(line.rstrip().endswith("–") for line in table), table
    whole = re.compile(r"\(\S+ – \S+\)")
    assert sum(len(whole.findall(line)) for line in table) == 15, table  # 5 years x 3 bands


def test_scenario_parameters_are_named_in_words_with_their_key() -> None:
    fa = runner.invoke(app, ["scenarios", "report-2025", "--lang", "fa"], env={"COLUMNS": "200"})
    assert fa.exit_code == 0, fa.output
    # Before, each parameter line began with its bare Latin key, so a Persian reader got no
    # name for it and the line took a left-to-right direction.
    assert (
        "سهم هوش مصنوعی از اجرای تکنیکی (\u2066layers.execution.takeover\u2069) = ۰٫۸" in fa.output
    )
    assert not any(line.startswith("layers.") for line in fa.output.splitlines())
    en = runner.invoke(app, ["scenarios", "report-2025"], env={"COLUMNS": "200"})
    assert "AI takeover of Technical execution (layers.execution.takeover) = 0.8" in en.output
