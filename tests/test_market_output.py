"""How the market outputs present their numbers: medians with their n, English heads,
Persian digits and dates, terminal width, how duplicates were found, category source."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from _market_helpers import mapped_store, one_big_budget_rows, row
from azadkar.cli import app
from azadkar.market import MarketIndicators, indicators
from azadkar.market._indicators import MIN_MEDIAN_N, category_source_line, too_few
from azadkar.report.market_report import market_charts, render_market_html

runner = CliRunner()

CATS = ("web_dev", "design", "writing", "data_ai", "marketing", "photo_video", "translation")


def _rows() -> list[dict[str, Any]]:
    """Six months of hourly and fixed pay; writing has only 4 hourly rates (too few)."""
    rows = []
    for m in range(6):
        for i in range(30):
            day = f"2024-{1 + m:02d}-{1 + i % 28:02d}"
            cat = CATS[i % len(CATS)]
            if cat == "writing" and (m > 0 or i > 25):
                cat = "web_dev"
            pt = "hourly" if i % 2 == 0 else "fixed"
            rows.append(row(day, cat, (10.0 + i) * (1 if pt == "hourly" else 20), pt))
    return rows


def _store_file(factory: pytest.TempPathFactory, name: str, rows: list[dict[str, Any]]) -> Path:
    """A closed DuckDB store made from ``rows`` in a new temporary folder."""
    tmp = factory.mktemp(name)
    db = tmp / "m.duckdb"
    s, _ = mapped_store(tmp, rows, db=str(db))
    s.close()
    return db


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store_file(tmp_path_factory, "out", _rows())


@pytest.fixture(scope="module")
def mi(store_db: Path) -> MarketIndicators:
    return indicators(store_db)


def _writing(mi: MarketIndicators) -> dict[str, Any]:
    return next(r for r in mi.get("pay_by_category").rows if r["category"] == "writing")


# -- 1. every median carries its n; too few values are marked -----------------------------


def test_the_fixture_has_a_median_on_too_few_values(mi: MarketIndicators) -> None:
    w = _writing(mi)
    assert 0 < w["n_hourly"] < MIN_MEDIAN_N and w["median_hourly_usd"] is not None
    assert too_few("median_hourly_usd", w) and not too_few("n_hourly", w)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_hourly_chart_labels_each_bar_with_its_n_and_greys_thin_ones(
    mi: MarketIndicators, lang: str
) -> None:
    [chart] = [c for k, c in market_charts(mi, lang) if k == "hourly"]
    spec = chart.to_dict()
    data = spec["data"]["values"] if "data" in spec else spec["layer"][0]["data"]["values"]
    labels = {d["category"]: d.get("label", "") for d in data}
    thin = {d["category"] for d in data if d.get("thin")}
    assert all(re.search(r"\((n=|تعداد )", v) for v in labels.values()), labels  # every n
    writing = "Writing & content" if lang == "en" else "نویسندگی و تولید محتوا"
    assert thin == {writing}
    w = _writing(mi)
    n, median = w["n_hourly"], w["median_hourly_usd"]
    from azadkar.report.strings import num

    # the median itself beside its bar (a reader could not read a figure off the chart),
    # Persian digits in Persian, which opens with a right-to-left mark
    fa_label = f"\u200f{num(median, 'fa', 2)} (تعداد {num(n, 'fa')}، بسیار کم)"
    assert labels[writing] == (f"${median:,.2f} (n={n}, too few)" if lang == "en" else fa_label)
    text = json.dumps(spec, ensure_ascii=False)
    assert "#c4c4c4" in text  # the grey of a thin bar
    assert ("too few to read" if lang == "en" else "برای خواندن") in text  # the subtitle


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_volume_chart_shows_each_bar_count(mi: MarketIndicators, lang: str) -> None:
    """The postings per category chart says each bar's count beside it (it showed bars
    with no value: a reader could only guess a figure from the axis)."""
    from azadkar.report.charts import to_svg
    from azadkar.report.strings import num

    [chart] = [c for k, c in market_charts(mi, lang) if k == "volume"]
    rows = [r for r in mi.get("postings_by_category").rows if r.get("category")]
    texts = re.findall(r"<text[^>]*>(.*?)</text>", to_svg(chart))
    for r in rows:
        want = num(r["postings"], lang)
        assert ("\u200f" + want if lang == "fa" else want) in texts, (want, texts)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_phone_charts_fit_a_phone(mi: MarketIndicators, lang: str) -> None:
    """The charts drawn for a phone fit its 358 px: the grey bars' note (subtitle) of the
    hourly chart was one line of 110 characters, which made the chart 547 px wide and its
    text, scaled down to the screen, 6 px."""
    from azadkar.report.charts import to_svg
    from azadkar.report.market_report import NARROW_CHART

    for key, chart in market_charts(mi, lang, NARROW_CHART):
        width = re.search(r'<svg[^>]*\bwidth="(\d+)"', to_svg(chart))
        assert width and int(width[1]) <= 380, (key, width and width[1])


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_report_tables_mark_medians_on_too_few_values(mi: MarketIndicators, lang: str) -> None:
    doc = render_market_html(mi, lang)
    thin = re.findall(r'<td class="thin">(.*?)</td>', doc)
    assert thin and all(c.endswith("*") for c in thin)
    note = "too few to read" if lang == "en" else "برای خواندن بسیار کم است"
    assert note in doc


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_text_output_marks_medians_on_too_few_values(store_db: Path, lang: str) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(store_db), "--lang", lang])
    assert r.exit_code == 0, r.output
    assert re.search(r"\d\*", r.output) or re.search(r"[۰-۹]\*", r.output), r.output
    assert ("too few to read" if lang == "en" else "برای") in r.output


# -- 2. English heads in words ------------------------------------------------------------


def test_english_report_heads_are_words_not_keys(mi: MarketIndicators) -> None:
    en = html.unescape(render_market_html(mi, "en")).replace("<wbr>", "")
    heads = re.findall(r"<th>(.*?)</th>", en)
    for key in ("median_hourly_usd", "n_fixed", "top10_share", "high_threshold_usd"):
        assert key not in heads, key
    assert {"median hourly (USD)", "n fixed-price", "top-10% share"} <= set(heads)
    assert "high-pay threshold (USD)" in heads
    assert not [h for h in heads if "_" in h], heads


# -- 3. Persian digits on the axes, a Persian date -------------------------------------------


def test_persian_charts_use_persian_digits(mi: MarketIndicators) -> None:
    for _, chart in market_charts(mi, "fa"):
        locale = chart.to_dict()["config"]["locale"]["number"]
        assert locale["numerals"] == list("۰۱۲۳۴۵۶۷۸۹")
    for _, chart in market_charts(mi, "en"):
        assert "locale" not in chart.to_dict()["config"]


def test_persian_svg_axis_ticks_have_no_latin_digits(mi: MarketIndicators) -> None:
    from azadkar.report.charts import to_svg

    for key, chart in market_charts(mi, "fa"):
        svg = to_svg(chart)
        ticks = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
        assert ticks and not [t for t in ticks if re.search(r"[0-9]", t)], (key, ticks)


def test_persian_report_date_is_jalali_with_gregorian_year_first() -> None:
    from azadkar.report.market_report import report_date

    day = dt.date(2026, 11, 27)
    assert report_date(day, "en") == "2026-11-27"
    fa = report_date(day, "fa")
    assert fa == "۶ آذر ۱۴۰۵ (\u2066۲۰۲۶-۱۱-۲۷\u2069)"


def test_persian_report_header_has_no_latin_date(mi: MarketIndicators) -> None:
    from azadkar.report.market_report import report_date

    fa = render_market_html(mi, "fa")
    assert dt.date.today().isoformat() not in fa
    assert report_date(dt.date.today(), "fa") in fa


# -- 4. the text output fits 80 columns -----------------------------------------------------


def _too_wide(text: str, width: int = 80) -> list[str]:
    return [line for line in text.splitlines() if cell_len(line) > width]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_indicators_and_status_fit_80_columns(store_db: Path, tmp_path: Path, lang: str) -> None:
    from test_market_report import _rich_rows  # every indicator, the DiD table included

    db = tmp_path / "rich.duckdb"
    s, _ = mapped_store(tmp_path, _rich_rows(), db=str(db))
    s.close()
    env = {"COLUMNS": "80"}
    for d in (store_db, db):
        for cmd in ("indicators", "status"):
            r = runner.invoke(app, ["market", cmd, "--db", str(d), "--lang", lang], env=env)
            assert r.exit_code == 0, r.output
            assert _too_wide(r.output) == [], _too_wide(r.output)
    # nothing is cut off: every category and every count is still there
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", lang], env=env)
    assert "did_events" in r.output and "chatgpt" in r.output
    # in Persian the option and the format names sit in left-to-right isolates
    fa_said = "در \u2066--format json\u2069 یا \u2066csv\u2069"
    assert ("also in --format json or csv" if lang == "en" else fa_said) in r.output


# -- 5. how duplicates were found ------------------------------------------------------------


SEARCH = "Job Title,Hourly/Fixed,Budget,Level,Skills\n" + "Logo,Fixed,$50,Entry,Design\n" * 3


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_ingest_says_how_duplicates_were_found(tmp_path: Path, lang: str) -> None:
    f = tmp_path / "search.csv"
    f.write_text(SEARCH, encoding="utf-8")
    args = ["market", "ingest", str(f), "--db", str(tmp_path / "m.duckdb"), "--no-progress"]
    r = runner.invoke(app, [*args, "--lang", lang])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())  # lines are wrapped to the terminal
    if lang == "en":
        assert "3 rows = 1 accepted + 0 rejected + 2 duplicates" in said
        assert "duplicates: rows whose whole content (every column) matches" in said
        assert "search results carry no id" in said
    else:
        assert "تکراری: ردیفی که محتوای کامل (همهٔ ستون‌ها) آن" in said
        assert "شناسه ندارند" in said
        # the platform is named in Persian too (it read «آگهی‌ای از upwork»)
        assert "آگهی‌ای از آپ‌ورک در انبار" in said and "از upwork" not in said


def test_ingest_names_the_url_for_rss_and_says_nothing_without_duplicates(
    tmp_path: Path,
) -> None:
    head = "title,url,published,budget\n"
    f = tmp_path / "rss.csv"
    f.write_text(head + "A,https://u/1,6/1/2024 1:00am,$5\nA,https://u/1?q=1,6/2/2024 1:00am,$5\n")
    db = tmp_path / "m.duckdb"
    r = runner.invoke(app, ["market", "ingest", str(f), "--db", str(db), "--no-progress"])
    assert "duplicates: rows whose posting URL without its query string matches" in r.output
    g = tmp_path / "rss2.csv"
    g.write_text(head + "B,https://u/2,6/1/2024 1:00am,$5\n")
    r = runner.invoke(app, ["market", "ingest", str(g), "--db", str(db), "--no-progress"])
    assert "duplicates:" not in r.output


# -- 6. where the categories come from -------------------------------------------------------


def test_category_source_line_names_the_source_and_the_other_view() -> None:
    model = {"model v3": 10}
    platform = {"platform mapping": 8, "unclassified": 2}
    line = category_source_line(model, "auto", "en")
    assert "classifier model" in line and "--category-source platform" in line
    line = category_source_line(platform, "auto", "en")
    assert "platform's labels" in line and "azadkar market classify" in line
    line = category_source_line(platform, "platform", "en")
    assert "--category-source model" in line
    fa = category_source_line(model, "auto", "fa")
    assert "مدل دسته‌بند" in fa and "\u2066--category-source platform\u2069" in fa


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_indicators_and_report_say_where_categories_come_from(
    store_db: Path, mi: MarketIndicators, lang: str
) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(store_db), "--lang", lang])
    said = "platform's labels" if lang == "en" else "برچسب‌های پلتفرم"
    assert said in r.output and "classify" in r.output
    doc = html.unescape(render_market_html(mi, lang))
    text = re.sub("<[^>]+>", "", doc)  # an option is kept whole in a span
    assert said in doc and "--category-source platform" in text
    assert (
        json.loads(
            runner.invoke(
                app, ["market", "indicators", "--db", str(store_db), "--format", "json"]
            ).output
        )["category_source_mode"]
        == "auto"
    )


# -- 7. one value that carries a Gini; pay types with no value; rows in reading order -------


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store_file(tmp_path_factory, "big", one_big_budget_rows())


def _section(output: str, name: str) -> str:
    return output.split(f"[{name}]")[1].split("\n== ")[0]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_text_inequality_reads_by_category_and_flags_one_big_value(big_db: Path, lang: str) -> None:
    r = runner.invoke(
        app, ["market", "indicators", "--db", str(big_db), "--lang", lang], env={"COLUMNS": "80"}
    )
    assert r.exit_code == 0, r.output
    assert _too_wide(r.output) == [], _too_wide(r.output)
    ineq = _section(r.output, "inequality")
    lines = [ln.strip() for ln in ineq.splitlines()]
    fa = lang == "fa"
    market, web = ("کل بازار", "توسعه وب") if fa else ("market-wide", "web_dev")
    fixed, month = ("پروژه‌ای", "۲۰۲۴-۰۲") if fa else ("fixed", "2024-02")
    # The first table: category, pay type, period, then the values; market-wide rows first.
    head = next(ln for ln in lines if ln.startswith("دسته" if fa else "category"))
    # (in Persian at 80 columns «نوع پرداخت» wraps: the period beside it carries its Jalali
    # months, «۲۰۲۴-۰۲ (بهمن–اسفند ۱۴۰۲)»)
    pt, period = ("پرداخت", "دوره") if fa else ("pay type", "period")
    assert head.index(pt) < head.index(period), head
    rows = [ln for ln in lines if ln.startswith((market, web, "طراحی" if fa else "design"))]
    assert rows[0].startswith(market) and rows[-1].startswith(web), rows
    # Months for people: 2024-02, not the 2024-02-01 of the JSON.
    assert month in ineq and ("۲۰۲۴-۰۲-۰۱" if fa else "2024-02-01") not in ineq
    # The largest value's share, flagged, the line saying what the mark means, and a note.
    flagged = [ln for ln in lines if "†" in ln and ln.startswith((market, web))]
    assert flagged and all(fixed in ln for ln in flagged), flagged
    said = " ".join(ineq.split())
    if fa:
        assert "† یک مقدار به‌تنهایی ۲۰٪ یا بیشتر از کل دستمزد این گروه است" in said
        assert "یک آگهی ۹۷٪ از کل دستمزد پروژه‌ای در کل بازار، همهٔ دوره‌ها" in said
    else:
        assert "† one value alone is 20% or more of all the pay in this group" in said
        # $600,000 of $615,840: 97%
        assert "one posting carries 97% of all fixed-price pay in the market, all periods" in said
    # The new columns have heads in words (on one line when the terminal is wide enough).
    wide = runner.invoke(
        app, ["market", "indicators", "--db", str(big_db), "--lang", lang], env={"COLUMNS": "250"}
    ).output
    from azadkar.market._indicators import column_label

    table = wide.split("[inequality]")[1].split("† ")[0]  # up to the line under it
    for key in ("max_usd", "max_share", "gini_without_max"):
        assert column_label(key, lang) in table and key not in table, key
    # The market scope is said in the category column, not in a column of its own.
    assert ("دامنه" if fa else "scope") not in head


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_text_and_report_leave_out_pay_columns_with_no_value(big_db: Path, lang: str) -> None:
    r = runner.invoke(
        app, ["market", "indicators", "--db", str(big_db), "--lang", lang], env={"COLUMNS": "200"}
    )
    fa = lang == "fa"
    salary = (
        ("تعداد حقوق ماهانه", "میانهٔ حقوق ماهانه") if fa else ("n salary", "median monthly salary")
    )
    note = "رقمی برای حقوق ماهانه نیست" if fa else "no monthly-salary figures"
    for name in ("volume_pay", "pay_by_category"):
        part = _section(r.output, name)
        # no column of zeros and dashes (the note below the table may name the column)
        table = " ".join(part.split()).split(note)[0]
        assert not any(h in table for h in salary), part
        assert note in " ".join(part.split()), part
        assert ("تعداد ساعتی" if fa else "n hourly") in part  # the others stay
    mi = indicators(big_db)
    doc = html.unescape(render_market_html(mi, lang))
    heads = re.findall(r"<th>(.*?)</th>", doc)
    assert not any(h.startswith(salary) for h in heads), heads
    assert ("تعداد ساعتی" if fa else "n hourly") in heads and note in doc
    # JSON keeps every field: 0 and null, explained by the note.
    for name in ("volume_pay", "pay_by_category"):
        rows = mi.get(name).rows
        assert all(r["n_salary"] == 0 and r["median_salary_usd"] is None for r in rows)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_report_inequality_reads_by_category_and_flags_one_big_value(
    big_db: Path, lang: str
) -> None:
    mi = indicators(big_db)
    doc = html.unescape(render_market_html(mi, lang))
    part = doc.split(mi.get("inequality").title_in(lang))[1].split("</table>")[0]
    heads = re.findall(r"<th>(.*?)</th>", part)
    keys = ["category", "pay_type", "period"]
    from azadkar.market._indicators import column_label

    assert heads[:3] == [column_label(k, lang) for k in keys], heads
    assert column_label("scope", lang) not in heads
    first = re.findall(r"<td[^>]*>(.*?)</td>", part.split("<tbody>")[1].split("</tr>")[0])
    assert first[0] == ("کل بازار" if lang == "fa" else "market-wide"), first
    assert re.search(r'<td class="one-value">[^<]*†</td>', part), part
    assert ("† یک مقدار به‌تنهایی" if lang == "fa" else "† one value alone is 20%") in doc
    if lang == "fa":  # the month with the Jalali months it spans, each part kept whole
        month = '<span class="nw">۲۰۲۴-۰۲</span> <span class="nw">(بهمن–اسفند ۱۴۰۲)</span>'
        assert f'<td class="month">{month}</td>' in part
    else:
        assert '<td class="nw">2024-02</td>' in part
    assert not re.search(r"[0-9۰-۹]{4}-[0-9۰-۹]{2}-[0-9۰-۹]{2}</td>", part), part


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_pdf_sections_flow_without_half_empty_pages(big_db: Path, lang: str) -> None:
    """A section used to be kept whole: one that did not fit the rest of a page started a
    new one, and the English report of this store had three pages filled about 60%."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    def walk(b: Any) -> Any:
        yield b
        for c in getattr(b, "children", None) or []:
            yield from walk(c)

    doc = render_market_html(indicators(big_db), lang, for_pdf=True)
    fill = []
    for page in HTML(string=doc).render().pages:
        kinds = (boxes.TextBox, boxes.ReplacedBox)
        ends = [b.position_y + b.height for b in walk(page._page_box) if isinstance(b, kinds)]
        fill.append(max(ends) / page.height)
    assert len(fill) >= 3 and all(f > 0.75 for f in fill[:-1]), [round(f, 2) for f in fill]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_classify_summary_and_status_notes_fit_80_columns(tmp_path: Path, lang: str) -> None:
    # The classify summary was one line of about 100 columns (117 in Persian), and each
    # `file N: ...` note under the status table 200 or more.
    from _market_helpers import toman_ads

    f, m = toman_ads(tmp_path)
    db = str(tmp_path / "t.duckdb")
    env = {"COLUMNS": "80"}
    args = ["--db", db, "--lang", lang]
    r = runner.invoke(app, ["market", "ingest", str(f), "--mapping", str(m), *args], env=env)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["market", "classify", "--no-progress", *args], env=env)
    assert r.exit_code == 0, r.output
    from azadkar.market import Store

    with Store(db, read_only=True) as s:
        [(version,)] = s.con.execute("SELECT DISTINCT model_version FROM predictions").fetchall()
    assert version in r.output  # whole, on one line
    assert _too_wide(r.output) == [], r.output
    r = runner.invoke(app, ["market", "status", *args], env=env)
    assert r.exit_code == 0, r.output
    assert ("پرونده ۱:" if lang == "fa" else "file 1: pay of 1 posting(s)") in r.output
    assert _too_wide(r.output) == [], r.output


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_rejected_rows_fit_80_columns(tmp_path: Path, lang: str) -> None:
    # The raw row (up to 300 characters) was printed on one line.
    f = tmp_path / "rss.csv"
    long = "A very long description " * 12
    f.write_text(
        f"title,url,published,description,budget\nA,https://u/1,whenever,{long},$5\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.duckdb")
    env = {"COLUMNS": "80"}
    r = runner.invoke(app, ["market", "ingest", str(f), "--db", db, "--no-progress"], env=env)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", db, "--lang", lang], env=env)
    assert r.exit_code == 0, r.output
    assert _too_wide(r.output) == [], r.output
    assert ("تاریخ خوانا نیست" if lang == "fa" else "unparseable date: whenever") in r.output
    # nothing of the raw row (its first 300 characters) is lost: folded, not cut
    shown = "".join(line.strip() for line in r.output.splitlines()[1:])
    js = runner.invoke(app, ["market", "rejected", "--db", db, "--format", "json"]).output
    raw = json.loads(js)[0]["raw"][:300]
    assert len(raw) == 300 and "".join(raw.split()) == "".join(shown.split())


def test_an_option_in_english_report_prose_does_not_break(mi: MarketIndicators) -> None:
    """On a phone the category-source line broke «--category-source» at its hyphen."""
    doc = render_market_html(mi, "en")
    line = re.search(r'<p class="small category-source">(.*?)</p>', doc)
    assert line and '<span class="nw">--category-source</span>' in line[1], line
