"""The terminal pricing table: today's rate in US dollars too, and the rate that converts it."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def _pricing(*args: str) -> str:
    r = runner.invoke(app, ["assess", "--service", "copywriting", *args], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    return r.output[r.output.index("4. Pricing") :]


def test_a_rate_in_cad_shows_usd_and_the_exchange_rate_without_costs() -> None:
    out = _pricing("--rate", "55", "--currency", "CAD", "--fx", "1.38")
    assert "55.00 CAD = 39.86 USD" in out
    # Before, the exchange rate was printed only beside a floor price (--costs).
    assert "1.00 USD = 1.38 CAD" in out


def test_a_rate_in_usd_shows_no_conversion_and_toman_shows_usd() -> None:
    usd = _pricing("--rate", "30")
    rate_line = next(line for line in usd.splitlines() if line.startswith("Your rate today"))
    assert rate_line.split()[-2:] == ["30.00", "USD"]
    toman = _pricing("--rate", "800000", "--currency", "toman", "--lang", "en")
    assert "800,000 toman = 7.27 USD" in toman
    assert "1,100,000 IRR" in toman  # the dated rate behind the 7.27


def test_without_fx_a_cad_rate_says_no_exchange_rate() -> None:
    out = _pricing("--rate", "55", "--currency", "CAD")
    line = next(line for line in out.splitlines() if line.startswith("Your rate today"))
    assert "USD" not in line
    assert "none for CAD" in out


def test_markdown_and_html_show_todays_rate_in_usd_with_the_rate_note(tmp_path) -> None:
    args = ["assess", "--service", "copywriting", "--rate", "55", "--currency", "CAD"]
    md = runner.invoke(app, [*args, "--fx", "1.38", "--format", "md"])
    assert md.exit_code == 0, md.output
    row = next(line for line in md.output.splitlines() if line.startswith("| Your rate today"))
    ref = row.split("[^")[1].split("]")[0]
    assert "55.00 CAD = 39.86 USD" in row
    assert f"[^{ref}]: 1 USD = 1.38 CAD" in md.output
    html = tmp_path / "r.html"
    r = runner.invoke(app, [*args, "--fx", "1.38", "--report", str(html)])
    assert r.exit_code == 0, r.output
    assert '55.00 CAD<br>39.86 USD<sup class="fn">' in html.read_text()


def test_persian_pricing_notes_and_assumptions_isolate_options() -> None:
    # «بدون --billable-hours» and the advice «(--billable-hours)» were printed bare: in a
    # right-to-left line the leading "--" of an option is drawn after it.
    out = _pricing_fa("--rate", "10", "--costs", "9000")
    found = [m.start() for m in re.finditer(r"--billable-hours", out)]
    assert len(found) >= 2
    for i in found:
        assert out[i - 1] == "\u2066", out[i - 20 : i + 20]


def _pricing_fa(*args: str) -> str:
    r = runner.invoke(
        app, ["assess", "--service", "copywriting", "--lang", "fa", *args], env={"COLUMNS": "80"}
    )
    assert r.exit_code == 0, r.output
    return r.output[r.output.index("۴. قیمت‌گذاری") :]
