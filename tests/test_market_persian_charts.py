"""Persian market charts name their months as a Persian reader knows them: the Gregorian
month in Persian digits with the Jalali months it spans (report: a second axis, web: a second
line of labels), as the tables do. The Persian report's figures line never leaves a « · »
alone at the edge of a line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _market_helpers import three_month_db
from _web_helpers import client
from azadkar.market import MarketIndicators, indicators
from azadkar.report.market_report import market_charts, render_market_html
from azadkar.web import charts

JALALI = {
    "2024-02": "بهمن–اسفند ۱۴۰۲",
    "2024-03": "اسفند ۱۴۰۲–فروردین ۱۴۰۳",
    "2024-04": "فروردین–اردیبهشت ۱۴۰۳",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # three full months (Feb-Apr 2024) of hourly and fixed pay in two categories
    return three_month_db(tmp_path_factory.mktemp("persian_charts"))


@pytest.fixture(scope="module")
def mi(db: Path) -> MarketIndicators:
    return indicators(db)


def _svg_texts(svg: str) -> list[str]:
    return [re.sub("<[^>]+>", "", t) for t in re.findall(r"<text[^>]*>.*?</text>", svg)]


def test_the_report_monthly_chart_names_the_jalali_months(mi: MarketIndicators) -> None:
    from azadkar.report.charts import to_svg

    monthly = dict(market_charts(mi, "fa"))["monthly"]
    texts = _svg_texts(to_svg(monthly))
    for greg, jalali in JALALI.items():
        fa_month = greg.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        assert fa_month in texts, texts  # the Gregorian month, Persian digits
        assert jalali in texts, texts  # its Jalali months, a label of their own
    assert "ماه‌های شمسی" in texts and "ماه میلادی" in texts  # each axis says which
    # one script direction per label: a month and its Jalali months in one SVG text
    # reorder under the chart's left-to-right text, and the PNG garbles a two-line one
    assert not [t for t in texts if re.search("[0-9۰-۹]{4}-", t) and re.search("[آ-ی]", t)]
    english = _svg_texts(to_svg(dict(market_charts(mi, "en"))["monthly"]))
    assert "2024-03" in english and not [t for t in english if re.search("[آ-ی]", t)]


def test_the_report_charts_render_as_png_in_persian(mi: MarketIndicators) -> None:
    from azadkar.report.charts import to_png

    png = to_png(dict(market_charts(mi, "fa"))["monthly"])
    assert png.startswith(b"\x89PNG")


def test_web_line_chart_puts_the_jalali_months_under_persian_months() -> None:
    labels = ["۲۰۲۴-۰۲", "۲۰۲۴-۰۳", "۲۰۲۴-۰۴"]
    svg = str(charts.lines(labels, [("x", [1.0, 2.0, 3.0])], rtl=True, fmt=str))
    texts = _svg_texts(svg)
    assert all(j in texts for j in JALALI.values()), texts
    assert all(m in texts for m in labels)
    # screen readers hear both
    assert "۲۰۲۴-۰۳ (اسفند ۱۴۰۲–فروردین ۱۴۰۳)" in svg
    # not in English, nor for labels that are not months
    en = _svg_texts(
        str(charts.lines(["2024-02", "2024-03"], [("x", [1.0, 2.0])], rtl=False, fmt=str))
    )
    assert not [t for t in en if re.search("[آ-ی]", t)]
    assert charts.jalali_axis_labels(["۲۰۲۶", "۲۰۲۷"], True) is None


def test_web_market_page_chart_names_the_jalali_months(db: Path, tmp_path: Path) -> None:
    page = client(tmp_path, market_db=str(db)).get("/market?lang=fa").text
    figures = re.findall(r'<figure class="card chart-box">.*?</figure>', page, re.S)
    volume = [f for f in figures if "<polyline" in f]
    assert volume, "no monthly chart"
    texts = _svg_texts(volume[0])
    assert "اسفند ۱۴۰۲–فروردین ۱۴۰۳" in texts and "۲۰۲۴-۰۳" in texts, texts


# -- the figures line of the Persian report ----------------------------------------------
def _head(doc: str) -> str:
    """The report from its start to its first chart (the figures lines)."""
    return doc.split("<section>", 1)[0] + "</body></html>"


def test_report_figures_are_a_list_not_dots_in_a_sentence(mi: MarketIndicators) -> None:
    doc = render_market_html(mi, "fa")
    body = re.sub(r"<(title|style)>.*?</\1>", "", doc, flags=re.S)
    text = re.sub("<[^>]+>", "\n", body)
    assert " · " not in text  # a separator between two words could wrap alone
    items = re.findall(r'<ul class="small meta">(.*?)</ul>', doc)[0]
    assert items.count("<li>") == 5 and "انبار:" in items and "برش: کل انبار" in items


def test_no_separator_at_the_edge_of_a_line_at_any_width(mi: MarketIndicators) -> None:
    """Lay the figures out (WeasyPrint) from phone to desktop widths: no line starts or ends
    with a « · » (the old line left one at the start of a line at 400 px, at the end at
    410-430 px)."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    def walk(b: Any) -> Any:
        yield b
        for c in getattr(b, "children", None) or []:
            yield from walk(c)

    head = _head(render_market_html(mi, "fa"))
    bad = {}
    for width in range(340, 1000, 10):
        doc = head.replace("</style>", f"@page{{size:{width}px 1600px;margin:0}}</style>", 1)
        lines = []
        for page in HTML(string=doc).render().pages:
            for b in walk(page._page_box):
                if isinstance(b, boxes.LineBox):
                    t = "".join(x.text for x in walk(b) if isinstance(x, boxes.TextBox))
                    lines.append(t.strip(" \u00a0"))
        assert any("انبار" in t for t in lines)
        edge = [t for t in lines if t.startswith("·") or t.endswith("·")]
        if edge:
            bad[width] = edge
    assert not bad, bad


def test_the_persian_empty_pay_note_names_the_column_in_words(mi: MarketIndicators) -> None:
    """No salary in the store: the Persian note names the column by its Persian head, the
    JSON/CSV key only in a left-to-right isolate (a bare «n_salary = ۰» read «۰ = n_salary»)."""
    notes = [n for n in mi.get("volume_pay").notes_fa if "حقوق ماهانه" in n]
    assert notes, mi.get("volume_pay").notes_fa
    assert "«تعداد حقوق ماهانه»" in notes[0] and "\u2066n_salary\u2069" in notes[0]
    assert "n_salary =" not in notes[0]


def test_web_ingest_result_keeps_its_separator_with_the_file_name(tmp_path: Path) -> None:
    """«jobs.csv — قالب upwork-rss» after an upload: the « — » is glued to the file name
    (no break space) and the format stays whole, so the dash never wraps alone."""
    csv = "title,published,budget\nLogo design,2024-06-01,$100\n"
    r = client(tmp_path).post(
        "/market/ingest",
        params={"lang": "fa"},
        files={"file": ("jobs.csv", csv.encode(), "text/csv")},
    )
    assert r.status_code == 200, r.text
    m = re.search(r"<strong><bdi>[^<]*</bdi></strong>(.*?)</p>", r.text, re.S)
    assert m, r.text
    after = m[1]
    assert after.startswith("&nbsp;— ") or after.startswith("\u00a0— "), after
    assert re.search(r'<span class="nw">قالب <code dir="ltr">upwork-rss</code></span>', after)
