"""The market report: tables fit the PDF page, charts without pay, Persian heads and values."""

from __future__ import annotations

import html
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _market_helpers import mapped_store, row
from azadkar.cli import app
from azadkar.market import MarketIndicators, indicators
from azadkar.report.market_report import render_market_html

CATS = ("web_dev", "design", "writing", "data_ai", "marketing", "photo_video", "translation")


def _rich_rows(pay: bool = True) -> list[dict[str, Any]]:
    """18 months (2022-06..2023-11) over seven categories, every pay type, some AI training."""
    rnd = random.Random(3)
    rows = []
    for m in range(18):
        y, mo = 2022 + (5 + m) // 12, (5 + m) % 12 + 1
        for i in range(40):
            day = f"{y}-{mo:02d}-{1 + i % 28:02d}"
            cat = CATS[i % len(CATS)]
            if not pay:
                rows.append(row(day, cat))
                continue
            pt = ("hourly", "fixed", "salary")[i % 3]
            amount = {"hourly": 5.0, "fixed": 100.0, "salary": 400.0}[pt] * rnd.choice([1, 2, 3, 7])
            title = "Data annotation for AI training" if i % 9 == 0 else "job"
            rows.append(row(day, cat, amount, pt, title=title))
    return rows


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> MarketIndicators:
    s, _ = mapped_store(tmp_path_factory.mktemp("rich"), _rich_rows())
    with s:
        return indicators(store=s)


@pytest.fixture(scope="module")
def nopay(tmp_path_factory: pytest.TempPathFactory) -> MarketIndicators:
    s, _ = mapped_store(tmp_path_factory.mktemp("nopay"), _rich_rows(pay=False))
    with s:
        return indicators(store=s)


def _overflow(doc_html: str) -> list[str]:
    """Text laid out (partly) outside its PDF page, as 'page N: text'."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    def walk(b: Any) -> Any:
        yield b
        for c in getattr(b, "children", None) or []:
            yield from walk(c)

    out = []
    for n, page in enumerate(HTML(string=doc_html).render().pages, 1):
        for b in walk(page._page_box):
            outside = b.position_x < -0.5 or b.position_x + b.width > page.width + 0.5
            if isinstance(b, boxes.TextBox) and b.text.strip() and outside:
                out.append(f"page {n}: {b.text}")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_pdf_tables_fit_the_page(rich: MarketIndicators, lang: str) -> None:
    assert all(i.ok for i in rich.indicators), [i.insufficient for i in rich.indicators]
    doc = render_market_html(rich, lang, for_pdf=True)
    assert _overflow(doc) == []
    assert 'class="very-wide"' in doc and 'class="landscape"' in doc  # the DiD table


def test_charts_that_need_no_pay_appear_without_pay(nopay: MarketIndicators) -> None:
    assert not nopay.get("pay_by_category").ok
    doc = render_market_html(nopay, "en")
    # postings per category, per month, exposure index, and an event study for each AI
    # release with estimates; each drawn wide and for a phone
    events = len({r["event"] for r in nopay.get("did_events").rows})
    assert events == 3
    assert doc.count('<div class="chart-wide"><svg') == 3 + events
    assert doc.count('<div class="chart-narrow"><svg') == 3 + events
    assert "Postings per category" in doc and "Postings per month" in doc
    assert "Median hourly pay" not in doc
    fa = render_market_html(nopay, "fa")
    assert fa.count('<div class="chart-wide"><svg') == 3 + events and "شمار آگهی‌ها در هر ماه" in fa
    assert "svg{direction:ltr}" in fa  # an inherited rtl flips Vega's text anchors


def test_no_monthly_chart_for_too_few_months(tmp_path: Path) -> None:
    rows = [row(f"2024-06-{1 + i % 28:02d}", CATS[i % 3]) for i in range(30)]
    rows += [row(f"2024-07-{1 + i % 28:02d}", CATS[i % 3]) for i in range(30)]
    s, _ = mapped_store(tmp_path, rows)
    with s:
        mi = indicators(store=s)
    doc = render_market_html(mi, "en")
    assert doc.count('<div class="chart-wide"><svg') == 1 and "Postings per category" in doc


def test_persian_report_has_persian_heads_and_values(rich: MarketIndicators) -> None:
    fa = html.unescape(render_market_html(rich, "fa"))
    heads = re.findall(r"<th>(.*?)</th>", fa)
    assert heads and not [h for h in heads if re.search(r"[a-z]", h)], heads
    assert "میانهٔ ساعتی (دلار)" in heads and "نوع پرداخت" in heads
    # No scope column: a market-wide row says so in its category cell («کل بازار»).
    assert "دامنه" not in heads
    cells = re.findall(r"<td[^>]*>(.*?)</td>", fa)
    for english in ("hourly", "fixed", "salary", "market", "market-wide", "category", "all"):
        assert english not in cells, english
    assert {"ساعتی", "پروژه‌ای", "حقوق ماهانه", "کل بازار", "همه"} <= set(cells)
    # The English report has English words for the heads, and keeps the codes.
    en = html.unescape(render_market_html(rich, "en")).replace("<wbr>", "")
    assert "<th>median hourly (USD)</th>" in en and "<td>hourly</td>" in en
    assert "<td>market-wide</td>" in en and '<td class="nw">all</td>' in en


def test_cli_indicators_fa_has_persian_heads_json_and_csv_keep_keys(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, _rich_rows()[:300], db=str(db))
    s.close()
    runner = CliRunner()
    base = ["market", "indicators", "--db", str(db)]
    wide = {"COLUMNS": "250"}  # heads on one line (at 80 columns they wrap)
    fa = runner.invoke(app, [*base, "--lang", "fa"], env=wide)
    en = runner.invoke(app, base, env=wide)
    js = runner.invoke(app, [*base, "--format", "json", "--lang", "fa"])
    csv_out = runner.invoke(app, [*base, "--format", "csv", "--lang", "fa"])
    assert fa.exit_code == en.exit_code == js.exit_code == csv_out.exit_code == 0, fa.output
    for key in ("n_hourly", "median_hourly_usd", "pay_type", " month ", "high_threshold_usd"):
        assert key not in fa.output, key
    # The English text output has English words (keys stay in JSON and CSV).
    for words in ("hourly", "median", "(USD)", "Gini", "threshold", "month"):
        assert words in en.output, words
    cells = fa.output.replace("azadkar market", "")  # commands named in the text stay Latin
    for code in (" hourly ", " fixed ", " market", " all "):
        assert code not in cells, code
    assert "تعداد ساعتی" in fa.output and "نوع پرداخت" in fa.output and "کل بازار" in fa.output
    doc = json.loads(js.output)
    rows = [r for i in doc["indicators"] for r in i["rows"]]
    assert any("median_hourly_usd" in r for r in rows)
    assert {r["pay_type"] for r in rows if "pay_type" in r} <= {"hourly", "fixed", "salary"}
    assert "median_hourly_usd" in csv_out.output and ",hourly," in csv_out.output


def test_months_do_not_break_at_their_hyphen(rich: MarketIndicators) -> None:
    """On a phone (390 px) the month column is narrow: «2024-06» broke into «2024-» and
    «06»; month, period and event-date cells keep on one line."""
    page = render_market_html(rich, "en")
    months = re.findall(r"<td[^>]*>(20\d\d-\d\d)</td>", page)
    assert months, "the report has month cells"
    assert re.findall(r'<td class="nw">(20\d\d-\d\d)</td>', page) == months
    fa = render_market_html(rich, "fa")
    # in Persian the month and its Jalali label each stay whole (the line breaks between)
    assert (
        '<td class="month"><span class="nw">۲۰۲۲-۰۶</span> <span class="nw">(خرداد–تیر ۱۴۰۱)</span></td>'
        in fa
    )


def test_report_claims_reach_both_sides_of_the_release(rich: MarketIndicators) -> None:
    """Postings from 2022-06 to 2023-11: each cited claim's box says the claims command
    compares the two sides of ChatGPT's release."""
    page = html.unescape(render_market_html(rich, "en"))
    boxes = re.findall(r'<div class="cited keep">(.*?)</div>', page)
    assert len(boxes) == 3
    assert sum("reach both sides of ChatGPT's release (2022-11-30)" in b for b in boxes) == 2
    assert all(b.startswith("<p><b>Cited claim, not verified:</b>") for b in boxes)
