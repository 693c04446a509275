"""`azadkar market compare`: each slice's caveats (once where they agree, else named by
slice), the monthly series side by side, and `--output out.html|pdf`: a report with charts
of A beside B per category, a month axis of both, and the figures the data does not
support said as such (English and Persian)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _market_helpers import slice_rows, slice_store
from azadkar.cli import app
from azadkar.market import compare, indicators

runner = CliRunner(env={"COLUMNS": "160"})
ALPHA_BETA = {"platform": ["alpha"]}, {"platform": ["beta"]}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("compare_report")
    path = tmp / "m.duckdb"
    slice_store(tmp, slice_rows(), db=str(path)).close()
    yield path


def test_caveats_of_both_slices_named_by_side(db: Path) -> None:
    cmp = compare(db, *ALPHA_BETA, labels=("US/CA", None))
    d = cmp.to_dict()
    # each slice's own caveat (it names its platform's postings), the shared ones once
    only_a = [c for c in d["caveats"] if c.startswith("slice A (US/CA): ")]
    only_b = [c for c in d["caveats"] if c.startswith("slice B: ")]
    assert len(only_a) == 1 and "alpha 735" in only_a[0], d["caveats"]
    assert len(only_b) == 1 and "beta 360" in only_b[0], d["caveats"]
    shared = [c for c in d["caveats"] if not c.startswith("slice ")]
    assert shared and all(c in cmp.a.caveats and c in cmp.b.caveats for c in shared)
    assert len(d["caveats"]) == len(d["caveats_fa"])
    assert any(c.startswith("برش \u2066B\u2069: ") and "beta" in c for c in d["caveats_fa"])
    assert d["caveats_a"] == cmp.a.caveats and d["caveats_b"] == cmp.b.caveats
    # the text output lists them all
    r = runner.invoke(
        app, ["market", "compare", "--db", str(db), "--a", "platform=alpha", "--b", "platform=beta"]
    )
    out = " ".join(r.output.split())
    assert r.exit_code == 0 and "slice A: Postings are what" in out and "(beta 360)" in out


def test_monthly_series_side_by_side(db: Path) -> None:
    d = compare(db, *ALPHA_BETA).to_dict()
    monthly = d["monthly"]
    months = [m["month"] for m in monthly]
    assert months == sorted(months) and months[0] == "2022-10" and months[-1] == "2024-03"
    for side, platform in (("a", "alpha"), ("b", "beta")):
        own = indicators(db, platform=platform).get("volume_pay").rows
        totals: dict[str, int] = {}
        for r in own:
            totals[r["month"][:7]] = totals.get(r["month"][:7], 0) + r["postings"]
        assert {m["month"]: m[f"postings_{side}"] for m in monthly if m[f"postings_{side}"]} == (
            totals
        )
    # beta is 2023 only: no count (not a zero) for the months it does not hold
    assert next(m for m in monthly if m["month"] == "2022-10")["postings_b"] is None
    assert "difference" not in monthly[0]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_report_charts_tables_and_not_supported(db: Path, lang: str) -> None:
    from azadkar.report.market_report import render_compare_html

    # two weeks of alpha against beta: several medians too thin to compare
    cmp = compare(
        db,
        {"platform": ["alpha"], "since": "2023-01-01", "until": "2023-01-14"},
        {"platform": ["beta"]},
        labels=("early", "beta"),
    )
    doc = render_compare_html(cmp, lang)
    text = html.unescape(doc)
    # A beside B per category (shares, hourly pay) and the months of both
    assert doc.count('<div class="chart-wide"><svg') == 3
    assert doc.count('<div class="chart-narrow"><svg') == 3
    unsupported = re.findall(r'<td class="unsupported"[^>]*>(.*?)</td>', text)
    reasons = re.findall(r'<ul class="small reasons">(.*?)</ul>', text, re.S)
    assert unsupported and reasons
    if lang == "en":
        assert '<html lang="en" dir="ltr">' in doc
        assert "Two slices of the market compared" in text
        assert all(u.startswith("not supported (") for u in unsupported)
        assert "slice A (early)" in reasons[0] and "a median needs at least 10" in text
        assert reasons[0].startswith("<li>(1) ")
        assert "Median hourly pay (USD) per category in each slice" in text
        assert "grey: a median on fewer than 10 hourly rates" in text
        assert "slice B (beta): Postings are what" in text
        assert "Cited claim, not verified:" in text
    else:
        assert '<html lang="fa" dir="rtl">' in doc
        assert "مقایسهٔ دو برش بازار" in text and "not supported" not in text
        assert all(u.startswith("پشتیبانی نمی‌شود (") for u in unsupported)
        assert "میانه دست‌کم ۱۰ مقدار لازم دارد" in text
        assert "<li>(۱) " in reasons[0]  # numbered as the cells, in Persian digits
        assert "ادعای نقل‌شده، تأییدنشده" in text
        # a signed figure reads left to right, its sign before its Persian digits
        signed = re.findall(r'<bdi dir="ltr">([+−][^<]*)</bdi>', text)
        assert signed and all(not re.search("[0-9]", s) for s in signed)


def test_cli_output_html_and_pdf(db: Path, tmp_path: Path) -> None:
    base = ["market", "compare", "--db", str(db), "--a", "platform=alpha", "--b", "platform=beta"]
    out = tmp_path / "c.html"
    r = runner.invoke(app, [*base, "--output", str(out), "--lang", "fa"])
    assert r.exit_code == 0, r.output
    assert "گزارش نوشته شد" in r.output and out.read_text(encoding="utf-8").startswith(
        '<!doctype html><html lang="fa" dir="rtl">'
    )
    pdf = tmp_path / "c.pdf"
    r = runner.invoke(app, [*base, "-o", str(pdf)])
    assert r.exit_code == 0, r.output
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_cli_output_errors(db: Path, tmp_path: Path) -> None:
    base = ["market", "compare", "--db", str(db), "--a", "2023", "--b", "2024"]
    r = runner.invoke(app, [*base, "--output", str(tmp_path / "c.txt")])
    assert r.exit_code == 2 and ".html or .pdf" in r.output
    r = runner.invoke(app, [*base, "--output", str(tmp_path / "c.html"), "--format", "json"])
    assert r.exit_code == 2 and "leave out --format" in r.output
    assert not (tmp_path / "c.html").exists()
    # the existing outputs are unchanged: text by default, json on request
    r = runner.invoke(app, [*base, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["a"]["label"] == "A"


def test_compare_shares_the_option_texts_of_indicators() -> None:
    """One Annotated alias per shared option: `compare` and `indicators` say the same of
    --engine, --format, --category-source and --lang (compare used to say less)."""
    import typer

    market = typer.main.get_command(app).commands["market"]  # type: ignore[attr-defined]
    helps = {
        name: {p.name: p.help for p in market.commands[name].params}
        for name in ("indicators", "compare")
    }
    for opt in ("engine", "format", "category_source", "lang", "events", "db"):
        assert helps["compare"][opt] == helps["indicators"][opt], opt
    assert "output" in helps["compare"]
