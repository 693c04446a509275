"""A task to automate or supervise whose layer the scenario gives no AI share in the plan
year: every output says why "Supervise" sits beside "AI share 0%". Also the exchange-rate
footnote of the same plan section.
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from _web_helpers import client
from azadkar.cli import app
from azadkar.report.plan_strings import zero_share_note


def test_note_names_the_layers_of_unshared_tasks_only() -> None:
    tasks = [
        ("automate", 0.8, "execution"),
        ("supervise", 0.0, "client"),
        ("keep", 0.0, "ideation"),  # kept human: a 0% share is no surprise
        ("supervise", 0.3, "audience"),
    ]
    en = zero_share_note(tasks, 2027, "en")
    assert en is not None
    assert "(Client relations & coordination)" in en and "by 2027" in en
    assert "that layer" in en and "Ideation" not in en and "Audience" not in en
    fa = zero_share_note(tasks, 2027, "fa")
    assert fa is not None and "۲۰۲۷" in fa and "«ارتباط با مشتری و هماهنگی»" in fa
    assert (
        zero_share_note([("supervise", 0.2, "client"), ("keep", 0.0, "client")], 2027, "en") is None
    )


def test_terminal_markdown_and_html_reports_carry_the_note(tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["assess", "-s", "copywriting", "--scenario", "report-2025"]
    out = runner.invoke(app, [*base], env={"COLUMNS": "200"}).output
    assert "Supervise" in out and "AI share in 2027: 0%" in out
    assert "AI share of 0% (Audience analysis & feedback, Client relations & coordination)" in out
    md = runner.invoke(app, [*base, "--format", "md"]).output
    assert "_Tasks to automate or supervise with an AI share of 0%" in md
    report = tmp_path / "r.html"
    assert runner.invoke(app, [*base, "--report", str(report), "--lang", "fa"]).exit_code == 0
    assert "با سهم هوش مصنوعی ۰٪" in report.read_text("utf-8")


def test_web_result_carries_the_note(tmp_path: Path) -> None:
    web = client(tmp_path)
    page = web.get("/assess/result?sid=copywriting&rate=60&currency=USD&lang=en").text
    m = re.search(r'id="zero-share">([^<]*)<', page)
    assert m and "AI share of 0%" in m.group(1)


def test_fx_footnote_gives_the_rate_as_written_and_the_currency_by_name() -> None:
    runner = CliRunner()
    base = ["assess", "-s", "copywriting", "--rate", "60", "--costs", "2000", "--format", "md"]
    en = runner.invoke(app, [*base, "--currency", "CAD", "--fx", "1.38"]).output
    assert "1 USD = 1.38 CAD: the rate you gave with --fx" in en
    fa = runner.invoke(app, [*base, "--currency", "TRY", "--fx", "34", "--lang", "fa"]).output
    assert "۱ دلار = ۳۴ لیر ترکیه:" in fa
