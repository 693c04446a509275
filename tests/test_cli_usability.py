"""What a person meets at the command line: clean errors, help that reads well, Persian output.

Each test here stands for a problem found by using the CLI as a Persian-speaking freelancer,
an English-speaking freelancer and a journalist would: a traceback on a bad path, an option
that ignored its range, a label left in English, a Latin comma inside Persian text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.cli._help import reflow
from azadkar.cli.disclose_cmd import parse_share

runner = CliRunner()

# A Persian letter, a Latin comma, a Persian letter: a list joined the English way.
LATIN_COMMA_IN_PERSIAN = re.compile(r"[\u0600-\u06FF], [\u0600-\u06FF]")

DISCLOSE = [
    "disclose",
    "--title", "Poster",
    "--ai-share", "30",
    "--tool", "midjourney:generate",
    "--review",
    "--no-input",
]  # fmt: skip


def _clean_error(result: object, *needles: str) -> None:
    """Exit code 2, a message naming the problem, and no traceback."""
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert result.exception is None or isinstance(result.exception, SystemExit)  # type: ignore[attr-defined]
    text = result.output  # type: ignore[attr-defined]
    assert "Traceback" not in text
    for needle in needles:
        assert needle in text, text


# --- help ---------------------------------------------------------------------------------


def test_reflow_joins_prose_and_keeps_examples_and_lists() -> None:
    text = (
        "Summary line.\n\nA sentence wrapped\nat ninety columns.\n\nExamples:\n\n"
        "  azadkar assess --service seo \\\n      --rate 25\n\n- one item\n- two item\n"
    )
    out = reflow(text)
    assert "A sentence wrapped at ninety columns." in out
    assert "  azadkar assess --service seo \\\n      --rate 25" in out
    assert "- one item\n- two item" in out


def _helps(typer_app: object) -> list[str]:
    out = []
    info = getattr(typer_app, "info", None)
    if info is not None and isinstance(info.help, str):
        out.append(info.help)
    for cmd in getattr(typer_app, "registered_commands", []):
        if isinstance(cmd.help, str):
            out.append(cmd.help)
    for group in getattr(typer_app, "registered_groups", []):
        out += _helps(group.typer_instance)
    return out


def test_every_prose_paragraph_of_help_is_one_line() -> None:
    # Rich keeps single line breaks, so a paragraph wrapped in the source came out ragged on
    # an 80-column terminal; after reflow only examples and lists keep their breaks.
    helps = _helps(app)
    assert len(helps) >= 10
    for text in helps:
        for para in text.split("\n\n"):
            lines = para.split("\n")
            if len(lines) > 1 and not any(
                ln[:1].isspace() or ln.lstrip().startswith(("- ", "• ")) for ln in lines
            ):
                raise AssertionError(f"ragged paragraph in help: {para!r}")


def test_help_examples_fit_an_80_column_terminal() -> None:
    # plan's Persian example used to wrap, "--rate" on one line and "300000" on the next.
    commands = (["assess"], ["plan"], ["classify"])
    for cmd in (*commands, ["disclose"], ["credentials"], ["credentials", "sign"]):
        r = runner.invoke(app, [*cmd, "--help"], terminal_width=80, env={"COLUMNS": "80"})
        assert r.exit_code == 0
        lines = r.output.splitlines()
        examples = [i for i, ln in enumerate(lines) if ln.startswith("   azadkar ")]
        assert examples, r.output
        for i in examples:
            # An example the terminal had to wrap continues at the left margin; ours either
            # end there or continue on an indented line after a backslash.
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            assert not nxt.strip() or nxt.startswith("       "), f"{cmd}: wrapped {lines[i]!r}"


# --- assess -------------------------------------------------------------------------------


def test_report_into_a_missing_folder_is_a_clean_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "r.html"
    r = runner.invoke(app, ["assess", "--service", "seo", "--report", str(target)])
    _clean_error(r, "cannot write --report", "does not exist")


def test_plan_year_outside_2026_2030_is_refused() -> None:
    r = runner.invoke(app, ["assess", "--service", "seo", "--plan-year", "2040"])
    assert r.exit_code == 2 and "2030" in r.output


def test_persian_plan_uses_persian_commas_and_digits() -> None:
    r = runner.invoke(
        app, ["assess", "--service", "logo_design", "--lang", "fa"], env={"COLUMNS": "200"}
    )
    assert r.exit_code == 0, r.output
    assert not LATIN_COMMA_IN_PERSIAN.search(r.output), LATIN_COMMA_IN_PERSIAN.search(r.output)
    assert "۱. " in r.output  # the ranked roles are numbered in Persian digits
    md = runner.invoke(app, ["assess", "--service", "copywriting", "--lang", "fa", "-f", "md"])
    assert md.exit_code == 0 and not LATIN_COMMA_IN_PERSIAN.search(md.stdout)


def test_understood_block_names_services_and_shares() -> None:
    from azadkar.exposure import assess, make_profile
    from azadkar.report.terminal import render_assessment

    a = assess(
        make_profile(["seo:60", "copywriting:40"], text="سئو و کپی‌رایتینگ"),
        understood=SimpleNamespace(services=[("seo", 0.9), ("copywriting", 0.8)], evidence=["سئو"]),
    )
    console = Console(record=True, width=200)
    render_assessment(a, "fa", console=console)
    text = console.export_text()
    assert "سئو و بهینه‌سازی سایت (seo)" in text
    assert "۶۰٪ سهم از زمان شما" in text
    assert "واژه‌های تعیین‌کننده: «سئو»" in text
    assert "--service" in text  # how to correct a wrong reading
    assert "β = E1 + ½·E2" in text  # what the bars measure


# --- services and scenarios ---------------------------------------------------------------


def test_services_in_persian_has_persian_headers_and_count() -> None:
    r = runner.invoke(app, ["services", "--category", "design", "--lang", "fa"])
    assert r.exit_code == 0
    assert "شناسه" in r.output and "۶ خدمت" in r.output
    assert "synonyms" not in r.output and "services" not in r.output


def test_services_markdown_is_a_table() -> None:
    r = runner.invoke(app, ["services", "--category", "translation", "--format", "md"])
    assert r.exit_code == 0
    assert "| id | name | synonyms |" in r.stdout
    assert "| `text_translation` | " in r.stdout
    assert r.stdout.rstrip().endswith("3 services")


def test_scenarios_markdown_and_persian_detail() -> None:
    md = runner.invoke(app, ["scenarios", "report-2025", "--format", "md"])
    assert md.exit_code == 0
    assert "- `layers.execution.takeover` = 0.8 (pessimistic 0.9, optimistic 0.5; by 2027)" in (
        md.stdout
    )
    fa = runner.invoke(app, ["scenarios", "report-2025", "--lang", "fa"], env={"COLUMNS": "200"})
    assert fa.exit_code == 0
    assert "۰٫۸ (بدبینانه ۰٫۹، خوش‌بینانه ۰٫۵؛ تا ۲۰۲۷)" in fa.output


# --- claims -------------------------------------------------------------------------------


def test_claims_db_that_is_not_a_store_is_a_clean_error(tmp_path: Path) -> None:
    import duckdb

    garbage = tmp_path / "garbage.duckdb"
    garbage.write_text("not a database")
    _clean_error(
        runner.invoke(app, ["claims", "--db", str(garbage)]), "is not a DuckDB database file"
    )
    _clean_error(runner.invoke(app, ["claims", "--db", str(tmp_path)]), "is a folder")
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    _clean_error(runner.invoke(app, ["claims", "--db", str(empty)]), "not an azadkar market store")


def test_claims_in_persian_keep_persian_punctuation() -> None:
    r = runner.invoke(app, ["claims", "--lang", "fa"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert not LATIN_COMMA_IN_PERSIAN.search(r.output)
    assert "جزئیات محاسبه:" in r.output  # the method text is now Persian too


# --- disclose and credentials -------------------------------------------------------------


def test_disclose_save_into_a_missing_folder_is_a_clean_error(tmp_path: Path) -> None:
    r = runner.invoke(app, [*DISCLOSE, "--save", str(tmp_path / "no" / "r.json")])
    _clean_error(r, "cannot write --save")
    r = runner.invoke(app, [*DISCLOSE, "--clauses-html", str(tmp_path / "no" / "c.html")])
    _clean_error(r, "cannot write --clauses-html")


def test_disclose_unknown_service_suggests_ids() -> None:
    r = runner.invoke(app, [*DISCLOSE, "--service", "logo_desgn"])
    _clean_error(r, "unknown service id 'logo_desgn'", "logo_design")


@pytest.mark.parametrize(
    ("typed", "share"),
    [("30", 30), ("۳۰", 30), ("٣٠٪", 30), (" 0 ", 0), ("100%", 100), ("101", None), ("abc", None)],
)
def test_parse_share_takes_persian_digits(typed: str, share: int | None) -> None:
    assert parse_share(typed) == share


def test_interactive_disclose_in_persian() -> None:
    # What a Tehran freelancer types: Persian digits, a Persian mode word, "بله".
    answers = "پوستر کافه\nabc\n۳۰\nmidjourney\nتولید\nتصویر اصلی\n\nشاید\nبله\n"
    r = runner.invoke(app, ["disclose", "--lang", "fa", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    assert "یک عدد صحیح از ۰ تا ۱۰۰" in r.output  # the retry hint after "abc"
    assert "بله یا نه" in r.output  # the retry hint after "شاید"
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert out["record"]["ai_share"] == 30
    assert out["record"]["human_review"] is True
    assert out["aia"]["statement"] == "AIA Ph Nc Hin R Midjourney v1.0"


def test_persian_client_sentence_does_not_credit_the_app() -> None:
    # "آزادکار" is both the app's name and a word for freelancer; without --author the
    # sentence said the other 70% was made by "آزادکار", which reads as the tool.
    r = runner.invoke(app, [*DISCLOSE, "--lang", "fa"])
    assert r.exit_code == 0
    assert "فریلنسر ساخته" in r.stdout and "آزادکار ساخته" not in r.stdout


def test_dev_cert_into_an_impossible_folder_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = runner.invoke(app, ["credentials", "dev-cert", "--out", str(blocker / "certs")])
    _clean_error(r, f"{blocker} is a file, not a folder (in --out {blocker / 'certs'})")


def test_credentials_offer_only_the_formats_they_render(tmp_path: Path) -> None:
    r = runner.invoke(app, ["credentials", "verify", str(tmp_path / "x.png"), "--format", "md"])
    assert r.exit_code == 2 and "'md' is not one of" in r.output


def test_persian_report_names_azadkar_sources_in_persian() -> None:
    from azadkar.report.notes import source_text

    r = runner.invoke(app, ["assess", "--service", "copywriting", "--lang", "fa", "-f", "md"])
    assert r.exit_code == 0
    assert "azadkar model" not in r.stdout and "azadkar assumption" not in r.stdout
    assert "مدل آزادکار" in r.stdout
    assert source_text("azadkar assumption: no data", "fa") == "فرض آزادکار: \u2068no data\u2069"
    assert source_text("azadkar model", "en") == "azadkar model"
    # The exchange-rate date in the terminal plan is in Persian digits with a Persian semicolon.
    term = runner.invoke(
        app,
        ["assess", "--service", "seo", "--costs", "500", "--lang", "fa"],
        env={"COLUMNS": "200"},
    )
    assert "۲۰۲۵-۱۰-۰۱\u2069؛ فرض" in term.output


@pytest.mark.parametrize(
    ("typed", "code"), [("usd", "USD"), ("دلار", "USD"), ("ریال", "IRR"), ("تومان", "toman")]
)
def test_currency_as_people_type_it(typed: str, code: str) -> None:
    from azadkar.exposure import make_profile

    assert make_profile(["seo"], rate=10, currency=typed).currency == code


def test_unknown_currency_lists_what_is_accepted() -> None:
    r = runner.invoke(app, ["assess", "--service", "seo", "--currency", "BTC"])
    _clean_error(r, "'BTC' is not known", "USD, IRR and toman have shipped exchange rates")
    assert "CAD, EUR, GBP" in r.output and "تومان" in r.output


def test_persian_disclosure_header_and_model_list() -> None:
    r = runner.invoke(
        app,
        [*DISCLOSE, "--tool", "grammarly:edit", "--service", "logo_design", "--lang", "fa"],
    )
    assert r.exit_code == 0, r.output
    assert "خدمت: طراحی لوگو (logo_design)" in r.stdout
    assert re.search(r"تاریخ: \u2066[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\u2069", r.stdout)
    assert "ابزار یا مدل به‌کاررفته: Midjourney، Grammarly." in r.stdout


def test_binary_or_folder_given_as_a_text_file_is_a_clean_error(tmp_path: Path) -> None:
    binary = tmp_path / "photo.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    as_json = tmp_path / "photo.json"
    as_json.write_bytes(binary.read_bytes())
    _clean_error(runner.invoke(app, ["scenarios", str(binary)]), "cannot be read as UTF-8")
    _clean_error(runner.invoke(app, ["scenarios", str(tmp_path)]), "is a folder")
    _clean_error(
        runner.invoke(app, ["disclose", "--input", str(as_json), "--no-input"]), "is not text"
    )
    _clean_error(
        runner.invoke(app, ["disclose", "--options", str(binary), "--no-input"]), "is not text"
    )


def test_cited_not_verified_has_one_persian_wording() -> None:
    # The same status read "نقل‌شده، تأییدنشده" in claims and "… راستی‌آزمایی‌نشده" in plans.
    for args in (["claims"], ["assess", "--service", "seo"], ["scenarios", "report-2025"]):
        r = runner.invoke(app, [*args, "--lang", "fa"], env={"COLUMNS": "200"})
        assert r.exit_code == 0
        assert "نقل‌شده، تأییدنشده" in r.output and "راستی‌آزمایی" not in r.output


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_exposure_bars_are_never_clipped_at_80_columns(lang: str) -> None:
    from rich.cells import cell_len

    from azadkar.exposure import assess, make_profile
    from azadkar.layers import LAYER_NAMES
    from azadkar.report.terminal import render_assessment

    console = Console(record=True, width=80)
    render_assessment(assess(make_profile(["logo_design"])), lang, console=console)
    text = console.export_text()
    assert "░…" not in text and "█…" not in text
    assert re.search(r"[█░]{8}", text) and not re.search(r"[█░]{9}", text)  # short bars
    assert all(cell_len(line) <= 80 for line in text.splitlines())
    # Layer names keep whole words per line in the service panel (they were cut to one
    # word per line, "coordinat…"), and the last column ("tasks") is not pushed out.
    assert "…" not in text
    for names in LAYER_NAMES.values():
        two_words = " ".join(names[lang].split()[:2])
        assert two_words in text, two_words
    assert text.count("وظیفه" if lang == "fa" else "tasks") >= 4

    wide = Console(record=True, width=120)
    render_assessment(assess(make_profile(["logo_design"])), lang, console=wide)
    assert re.search(r"[█░]{12}", wide.export_text())


def test_version_names_the_evidence_versions() -> None:
    import azadkar

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0
    assert r.stdout.startswith(f"azadkar {azadkar.__version__}\n")
    assert "openai/GPTs-are-GPTs @ " in r.stdout and "microsoft/working-with-ai @ " in r.stdout
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "azadkar claims --lang fa" in top.output


def test_square_brackets_in_option_help_are_not_eaten_by_rich_markup() -> None:
    wide = {"COLUMNS": "250"}
    ingest = runner.invoke(app, ["market", "ingest", "--help"], env=wide)
    assert "a [columns] table" in ingest.output
    indicators = runner.invoke(app, ["market", "indicators", "--help"], env=wide)
    assert "pip install 'azadkar[spark]'" in indicators.output
    disclose = runner.invoke(app, ["disclose", "--help"], env=wide)
    assert "[disclosure] table" in disclose.output


def test_understood_words_with_brackets_are_shown_not_parsed() -> None:
    from azadkar.exposure import assess, make_profile
    from azadkar.report.terminal import render_assessment

    a = assess(
        make_profile(["seo"], text="seo [/bold]"),
        understood=SimpleNamespace(services=[("seo", 0.9)], evidence=["seo [/bold]", "[red]"]),
    )
    console = Console(record=True, width=200)
    render_assessment(a, "en", console=console)  # unescaped, "[/bold]" raised MarkupError
    assert '"seo [/bold]", "[red]"' in console.export_text()


def test_user_scenario_text_with_brackets_is_shown_not_parsed(tmp_path: Path) -> None:
    from azadkar.report.plan_view import render_scenarios
    from azadkar.scenarios import load_scenario

    shipped = Path(load_scenario("report-2025").origin)
    if not shipped.is_absolute():
        import azadkar

        shipped = Path(azadkar.__file__).parent / shipped
    mine = tmp_path / "mine.toml"
    text = shipped.read_text("utf-8").replace(
        'name_en = "Source report (2025)"', 'name_en = "My [/bold] view"', 1
    )
    mine.write_text(text, "utf-8")
    console = Console(record=True, width=200)
    render_scenarios([load_scenario(str(mine))], "en", detail=True, console=console)
    assert "My [/bold] view" in console.export_text()


def test_persian_html_report_dates_in_persian_digits(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["assess", "--service", "seo", "--lang", "fa", "--report", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text("utf-8")
    assert re.search(r"· \u2066[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\u2069", html)


def test_every_command_has_an_example_and_every_option_a_help() -> None:
    import click
    import typer

    def walk(cmd: click.Command, path: list[str]) -> list[str]:
        problems = []
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                problems += walk(sub, [*path, name])
        elif "azadkar " not in (cmd.help or ""):
            problems.append(f"{' '.join(path)}: no example")
        for p in cmd.params:
            if p.name != "help" and not (getattr(p, "help", None) or "").strip():
                problems.append(f"{' '.join(path)} {p.name}: no help")
        return problems

    assert walk(typer.main.get_command(app), ["azadkar"]) == []


def test_claims_open_with_a_quotable_summary() -> None:
    from azadkar.claims import load_claims
    from azadkar.report.strings import num

    n = len(load_claims())
    md = runner.invoke(app, ["claims", "--format", "md"])
    assert md.exit_code == 0
    line = md.stdout.splitlines()[2]
    assert re.fullmatch(rf"{n} claims: .*\d+ consistent.* · no market store \(--db\)", line), line
    fa = runner.invoke(app, ["claims", "--lang", "fa", "-f", "md"])
    assert fa.stdout.splitlines()[2].startswith(f"{num(n, 'fa')} ادعا: ")


@pytest.mark.parametrize(
    ("typed", "value"),
    [("۲۰", 20.0), ("1,100,000", 1_100_000.0), ("۱٬۱۰۰٬۰۰۰", 1_100_000.0), ("۳۵٫۵", 35.5)],
)
def test_numbers_typed_in_persian_or_with_separators(typed: str, value: float) -> None:
    from azadkar.cli._help import number

    assert number(typed) == value


@pytest.mark.parametrize("typed", ["2,5", "1,10", "abc", ""])
def test_ambiguous_or_bad_numbers_are_refused(typed: str) -> None:
    from azadkar.cli._help import number

    with pytest.raises(ValueError, match=re.escape(repr(typed))):
        number(typed)


def test_assess_and_disclose_take_persian_digits() -> None:
    args = ["assess", "--service", "seo", "--rate", "۴۰۰٬۰۰۰", "--currency", "تومان"]
    r = runner.invoke(app, [*args, "--hours", "۳۵٫۵", "-f", "json"])
    assert r.exit_code == 0, r.output
    prof = json.loads(r.stdout)["profile"]
    assert (prof["rate"], prof["currency"], prof["hours_per_week"]) == (400_000, "toman", 35.5)
    bad = runner.invoke(
        app, ["assess", "--service", "seo", "--rate", "2,5"], env={"COLUMNS": "250"}
    )
    assert bad.exit_code == 2 and "only between thousands" in bad.output
    d = runner.invoke(app, [*DISCLOSE[:3], "--ai-share", "۳۰٪", *DISCLOSE[5:], "-f", "json"])
    assert d.exit_code == 0, d.output
    assert json.loads(d.stdout)["record"]["ai_share"] == 30


# --- acceptance audit §14 / §15: labels left in English, pydantic text as the range -------


def test_persian_task_lines_name_both_label_sources_alike() -> None:
    r = runner.invoke(
        app, ["assess", "--service", "logo_design", "--lang", "fa"], env={"COLUMNS": "200"}
    )
    assert r.exit_code == 0, r.output
    # «انسان:E2» beside «GPT-4:E2», never beside a bare Latin "G:E2".
    assert re.search(r"انسان:E\d", r.output) and re.search(r"GPT-4:E\d", r.output)
    assert not re.search(r"(?<![\w-])G:E\d", r.output), r.output
    # The task reference reads «وظیفهٔ ۲۸۴» with the O*NET code kept as O*NET writes it.
    assert "O*NET 27-1011.00، وظیفهٔ ۲۸۴" in r.output
    assert "#284" not in r.output
    en = runner.invoke(app, ["assess", "--service", "logo_design"], env={"COLUMNS": "200"})
    assert "H:E2 G:E2" in en.output and "O*NET 27-1011.00 #284" in en.output


def test_persian_markdown_headers_and_task_references_are_persian() -> None:
    fa = runner.invoke(app, ["assess", "--service", "logo_design", "--lang", "fa", "-f", "md"])
    assert fa.exit_code == 0, fa.output
    head = next(line for line in fa.stdout.splitlines() if line.startswith("| لایه |"))
    assert "α انسانی | β انسانی | γ انسانی | α GPT-4 | β GPT-4 | γ GPT-4" in head
    assert " H |" not in fa.stdout
    assert "(O*NET 27-1011.00، وظیفهٔ ۲۸۴)" in fa.stdout
    assert "Task 284" not in fa.stdout and "#284" not in fa.stdout
    # The label pair and the layer are joined with the Persian comma.
    assert "برچسب GPT-4: E2، " in fa.stdout
    en = runner.invoke(app, ["assess", "--service", "logo_design", "-f", "md"])
    assert "α H | β H | γ H" in en.stdout and "(O*NET 27-1011.00, Task 284)" in en.stdout


def test_persian_terminal_names_azadkar_sources_in_persian() -> None:
    r = runner.invoke(app, ["assess", "--service", "seo", "--lang", "fa"], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    assert "(مدل آزادکار)" in r.output and "(فرض آزادکار)" in r.output
    for english in ("(azadkar model)", "(azadkar assumption", "azadkar AI tool catalogue"):
        assert english not in r.output


SCENARIO_HEAD = (
    'schema = "azadkar.scenario/1"\nid = "mine"\nname_en = "Mine"\nname_fa = "من"\n'
    'status = "assumption"\n'
)
TAKEOVER = (
    '[layers.execution.takeover]\nvalue = 0.3\nby = 2026\nsource = "x"\nstatus = "assumption"\n'
)


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        (
            TAKEOVER.replace("value = 0.3", 'value = "lots"'),
            ["line 7", "layers.execution.takeover.value = 'lots' is not a number"],
        ),
        (
            TAKEOVER.replace("by = 2026", 'by = "soon"'),
            ["line 8", "layers.execution.takeover.by = 'soon' is not a whole number"],
        ),
        (
            TAKEOVER.replace("by = 2026", "by = 2026.5"),
            ["line 8", "layers.execution.takeover.by = 2026.5 is not a whole number"],
        ),
        (
            TAKEOVER.replace('source = "x"\n', ""),
            ["line 6", "layers.execution.takeover.source is missing"],
        ),
        (
            TAKEOVER + 'colour = "blue"\n',
            ["line 11", "layers.execution.takeover.colour is not a known key", "known keys here"],
        ),
        ('colour = "blue"\n', ["line 6", "colour is not a known key", "name_fa"]),
        (
            '[layers.execution]\ntakeover = { value = "lots", source = "x", status = "assumption" }\n',
            ["line 7", "layers.execution.takeover.value = 'lots' is not a number"],
        ),
        ("[layers.execution]\ntakeover = 0.5\n", ["line 7", "takeover = 0.5 is not a table"]),
        (
            '[[claims]]\nid = "a"\nen = "x"\nfa = "y"\nsource = "s"\nextra = 1\n',
            ["line 11", "claims.0.extra is not a known key"],
        ),
        (
            TAKEOVER.replace("value = 0.3", "value = 1.5"),
            ["line 7", "layers.execution.takeover.value = 1.5", "0 to 1"],
        ),
    ],
)
def test_scenario_file_errors_say_what_is_wrong_and_where(
    tmp_path: Path, body: str, needles: list[str]
) -> None:
    path = tmp_path / "bad3.toml"
    path.write_text(SCENARIO_HEAD + body, encoding="utf-8")
    r = runner.invoke(app, ["scenarios", str(path)], env={"COLUMNS": "400"})
    _clean_error(r, str(path), *needles)
    assert "Input should" not in r.output and "allowed: Input" not in r.output


def test_scenario_range_errors_from_pydantic_read_as_a_range() -> None:
    from azadkar.scenarios import _schema_error

    err = _schema_error(
        "my.toml",
        {
            "type": "greater_than_equal",
            "loc": ("layers", "execution", "takeover", "value"),
            "input": -1,
            "ctx": {"ge": 0},
            "msg": "Input should be greater than or equal to 0",
        },
    )
    assert err.message == (
        "my.toml: layers.execution.takeover.value = -1 is out of range; allowed: at least 0"
    )
    assert err.data["allowed"] == "at least 0"


# --- fail(): Persian with --lang fa, unchanged for existing callers -----------------------


def test_fail_prints_persian_only_when_asked_and_stays_compatible() -> None:
    import typer

    from azadkar.cli._common import fail

    def run(*args: object, **kwargs: object) -> object:
        cmd = typer.Typer()

        @cmd.command()
        def go() -> None:
            fail(*args, **kwargs)  # type: ignore[arg-type]

        return CliRunner().invoke(cmd, [])

    r = run("plain message")
    assert r.exit_code == 2 and "Error: plain message" in r.output  # type: ignore[attr-defined]
    r = run("plain", 1)
    assert r.exit_code == 1  # type: ignore[attr-defined]
    r = run("english", message_fa="فارسی", lang="fa")
    assert "خطا: فارسی" in r.output and "english" not in r.output  # type: ignore[attr-defined]
    r = run("english", message_fa="فارسی", lang="en")
    assert "Error: english" in r.output  # type: ignore[attr-defined]


def test_scenarios_cli_reads_a_notepad_toml(tmp_path: Path) -> None:
    from importlib import resources

    text = resources.files("azadkar").joinpath("data/scenarios/report-2025.toml").read_text("utf-8")
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    r = runner.invoke(app, ["scenarios", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["id"] == "report-2025"


# --- whole-number options: Persian digits, ranges, one parser (tester's report) -----------


def _int_options() -> list[tuple[str, str, object]]:
    """(command path, option, its parser) for every whole-number option outside market."""
    import typer as _typer

    found = []

    def walk(cmd: object, path: str) -> None:
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            if path == "" and name == "market":
                continue  # market_cmd.py has its own owner
            walk(sub, f"{path} {name}".strip())
        for param in getattr(cmd, "params", []):
            desc = getattr(param, "type_descriptor", None)
            if desc is not None and desc.annotation is int and param.opts[0] != "--version":
                found.append((path, param.opts[0], desc.parameter_info.parser))

    walk(_typer.main.get_command(app), "")
    return found


def test_every_whole_number_option_reads_persian_digits_with_one_parser() -> None:
    from azadkar.cli._common import WholeNumber

    options = _int_options()
    names = {(cmd, opt) for cmd, opt, _ in options}
    assert {("classify", "--top"), ("assess", "--plan-year"), ("disclose", "--ai-share"),
            ("disclose", "--dispute-days"), ("credentials dev-cert", "--days"),
            ("serve", "--port")} <= names  # fmt: skip
    for cmd, opt, parser in options:
        assert isinstance(parser, WholeNumber), f"{cmd} {opt}"


@pytest.mark.parametrize(
    ("typed", "value"),
    [("۲۰۲۸", 2028), ("٢٠٢٨", 2028), ("2,028", 2028), ("۲٬۰۲۸", 2028), (" 2028 ", 2028)],
)
def test_whole_number_parser_takes_what_people_type(typed: str, value: int) -> None:
    from azadkar.cli._common import WholeNumber

    assert WholeNumber(2026, 2030)(typed) == value
    assert WholeNumber(2026, 2030)(value) == value  # a default passes through


def test_whole_number_options_take_persian_digits() -> None:
    r = runner.invoke(app, ["classify", "logo design and seo audit", "--top", "۱", "-f", "json"])
    assert r.exit_code == 0, r.output  # before: "Input should be a valid integer"
    assert len(json.loads(r.stdout)["services"]) == 1
    r = runner.invoke(app, ["assess", "-s", "seo", "--plan-year", "۲۰۲۸", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["plan"]["year"] == 2028
    d = runner.invoke(
        app,
        [*DISCLOSE, "--clauses", "--dispute-days", "۲۰", "--max-ai-share", "۵۰٪", "-f", "json"],
    )
    assert d.exit_code == 0, d.output
    clauses = json.loads(d.stdout)["clauses"]["markdown"]
    assert "within 20 days of delivery" in clauses and "about 50%" in clauses


@pytest.mark.parametrize(
    ("args", "en", "fa"),
    [
        (["classify", "logo", "--top", "0"], "Error: --top must be a whole number of at least 1, got 0",
         "خطا: شمار خدمت‌ها (\u2066--top\u2069) باید عددی صحیح برابر ۱ یا بیشتر باشد، نه ۰"),
        (["classify", "logo", "--top", "x"], "Error: --top: 'x' is not a number",
         "خطا: شمار خدمت‌ها (\u2066--top\u2069): «x» عدد نیست"),
        (["assess", "-s", "seo", "--plan-year", "inf"], "Error: --plan-year: 'inf' is not a whole number",
         "عدد صحیح نیست"),
        (["assess", "-s", "seo", "--plan-year", "2040"],
         "Error: --plan-year must be a whole number from 2026 to 2030, got 2040",
         "خطا: سال برنامه (\u2066--plan-year\u2069) باید عددی صحیح میان ۲۰۲۶ و ۲۰۳۰ باشد، نه ۲۰۴۰"),
        ([*DISCLOSE, "--clauses", "--dispute-days", "۱۰۰"],
         "Error: --dispute-days must be a whole number from 1 to 90, got 100", "میان ۱ و ۹۰"),
        ([*DISCLOSE[:3], "--ai-share", "3.5", *DISCLOSE[5:]], "Error: --ai-share: '3.5' is not a whole number",
         "خطا: سهم هوش مصنوعی (\u2066--ai-share\u2069): «3.5» عدد صحیح نیست"),
        (["credentials", "dev-cert", "--out", "certs-never-made", "--days", "۹۹۹"],
         "Error: --days must be a whole number from 1 to 825, got 999", "میان ۱ و ۸۲۵"),
        (["serve", "--port", "۰"], "Error: --port must be a whole number from 1 to 65535, got 0",
         ""),  # serve has no --lang
    ],
)  # fmt: skip
def test_whole_number_options_name_the_option_and_range_in_both_languages(
    args: list[str], en: str, fa: str
) -> None:
    r = runner.invoke(app, args, env={"COLUMNS": "250"})
    _clean_error(r, en)  # before: a traceback (inf) or click's usage box, English only
    assert not Path("certs-never-made").exists()
    if fa:
        r_fa = runner.invoke(app, [*args, "--lang", "fa"], env={"COLUMNS": "250"})
        _clean_error(r_fa, fa)
        assert "Error" not in r_fa.output


@pytest.mark.parametrize("share", ["60%", "۶۰٪", "٪۶۰", "۶۰", "60 %"])
def test_service_shares_take_a_percent_sign(share: str) -> None:
    r = runner.invoke(app, ["assess", "-s", f"logo_design:{share}", "-s", "seo", "-f", "json"])
    assert r.exit_code == 0, r.output  # before: "the share after ':' must be a number"
    shares = {s["id"]: s["share"] for s in json.loads(r.stdout)["profile"]["services"]}
    assert shares == {"logo_design": pytest.approx(0.6), "seo": pytest.approx(0.4)}


@pytest.mark.parametrize(
    ("args", "persian"),
    [
        (
            ["market", "status", "--format", "xml"],
            "مقدار \u2066xml\u2069 برای \u2066--format\u2069 پذیرفته نیست",
        ),
        (["assess", "--bogus"], "گزینهٔ \u2066--bogus\u2069 وجود ندارد"),
        (["nosuch"], "فرمانی به نام \u2066nosuch\u2069 نیست"),
        (["credentials", "verify"], "آرگومان \u2066file\u2069 داده نشده است"),
    ],
)
def test_usage_errors_are_persian_with_lang_fa(args: list[str], persian: str) -> None:
    """click's own usage errors, printed by the console script, in Persian with --lang fa
    (click's English words follow in brackets); exit code 2 either way."""
    import subprocess
    import sys

    def script(argv: list[str]) -> subprocess.CompletedProcess[str]:
        code = "import sys; from azadkar.cli import main; sys.argv = sys.argv[1:]; main()"
        return subprocess.run(
            [sys.executable, "-c", code, "azadkar", *argv], capture_output=True, text=True
        )

    fa = script([*args, "--lang", "fa"])
    assert fa.returncode == 2, fa.stderr
    assert f"خطا: {persian}" in fa.stderr and "Traceback" not in fa.stderr, fa.stderr
    assert "--help" in fa.stderr
    en = script(args)
    assert en.returncode == 2 and "خطا" not in en.stderr and "Traceback" not in en.stderr


@pytest.mark.parametrize(
    ("message", "persian"),
    [
        ("No such option: --bogus (Possible options: --hours)", "گزینهٔ ⁦--bogus⁩ وجود ندارد"),
        ("No such option '--bogus'.", "گزینهٔ ⁦--bogus⁩ وجود ندارد"),
        ("Missing parameter: name", "پارامتر ⁦name⁩ داده نشده است"),
        ("Missing command.", "فرمانی داده نشده است"),
        ("Option '--range' requires 2 arguments.", "گزینهٔ ⁦--range⁩ مقداری لازم دارد"),
        ("Option '--json' does not take a value.", "گزینهٔ ⁦--json⁩ مقداری نمی‌گیرد"),
        ("Argument 'pair' takes 2 values.", "آرگومان ⁦pair⁩ شمار دیگری از مقدارها لازم دارد"),
        ("Could not open file 'x.csv': No such file", "پروندهٔ ⁦x.csv⁩ باز نشد"),
        ("Invalid value: must be positive", "مقدار نادرست است"),
    ],
)
def test_every_kind_of_click_usage_error_has_its_own_persian_line(
    message: str, persian: str
) -> None:
    """These kinds printed the generic «فرمان نادرست است» (wrong command) before."""
    from azadkar.cli._common import usage_error_fa

    said = usage_error_fa(message)
    assert said.startswith(persian), said
    assert said != "فرمان نادرست است"


def test_long_words_in_option_help_fold_at_80_columns_instead_of_being_cut() -> None:
    """At 80 columns the --tool format read "ID:MODE/CODE:PU…" and the default store path
    "~/.local/share/azadk…": words too long for the help column were cut."""
    env = {"COLUMNS": "80"}
    disclose = runner.invoke(app, ["disclose", "--help"], terminal_width=80, env=env)
    assert disclose.exit_code == 0
    assert "ID:MODE/CODE:PU…" not in disclose.output and "docs/disclosure…" not in disclose.output
    assert "ID:MODE/CODE:PUR" in disclose.output  # folded onto the next line instead
    for cmd in (["market", "ingest"], ["market", "report"], ["market", "indicators"]):
        r = runner.invoke(app, [*cmd, "--help"], terminal_width=80, env=env)
        assert r.exit_code == 0 and "…" not in r.output, cmd


@pytest.mark.parametrize(
    "args",
    [
        ["assess", "I design logos and run Instagram pages"],  # rich's console
        ["assess", "--lang", "fa", "I design logos"],  # the Persian path of run()
        ["classify", "-f", "json", "logo design"],  # print_json: written at the last flush
        ["--help"],  # printed while the arguments are parsed
    ],
)
def test_a_closed_stdout_ends_quietly_with_141_not_1(args: list[str]) -> None:
    """`azadkar assess ... | head` exited 1 (click's and rich's broken-pipe handling), which
    README says means "a check ran and failed"; now 141 (128 + SIGPIPE), nothing on stderr."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # the reader has gone before the first line: every write is a broken pipe
    try:
        code = "import sys; from azadkar.cli import main; sys.argv = sys.argv[1:]; main()"
        done = subprocess.run(
            [sys.executable, "-c", code, "azadkar", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""
    from azadkar.cli._common import EXIT_STDOUT_CLOSED

    assert EXIT_STDOUT_CLOSED == 141


def test_understood_confidence_is_never_100_percent_below_certainty() -> None:
    # "confidence 100%" («اطمینان ۱۰۰٪») was shown for a probability of 0.9999.
    from azadkar.exposure import assess, make_profile
    from azadkar.report.terminal import render_assessment

    a = assess(
        make_profile(["seo:100"], text="SEO"),
        understood=SimpleNamespace(services=[("seo", 0.9999), ("copywriting", 0.004)]),
    )
    for lang, sure, unsure, wrong in (
        ("en", "confidence >99%", "confidence <1%", "confidence 100%"),
        ("fa", "اطمینان بیش از ۹۹٪", "اطمینان کمتر از ۱٪", "اطمینان ۱۰۰٪"),
    ):
        console = Console(record=True, width=200)
        render_assessment(a, lang, console=console)
        text = console.export_text()
        assert sure in text and unsure in text, text
        assert wrong not in text.split("\n\n")[0]
