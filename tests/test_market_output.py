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

from _market_helpers import mapped_store, row
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


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("out")
    db = tmp / "m.duckdb"
    s, _ = mapped_store(tmp, _rows(), db=str(db))
    s.close()
    return db


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
    labels = {d["category"]: d.get("n_label", "") for d in data}
    thin = {d["category"] for d in data if d.get("thin")}
    assert all(labels.values()), labels  # every bar has its n
    writing = "Writing & content" if lang == "en" else "نویسندگی و تولید محتوا"
    assert thin == {writing}
    n = _writing(mi)["n_hourly"]
    from azadkar.report.strings import fa_digits

    fa_label = f"تعداد {fa_digits(n)} (بسیار کم)"
    assert labels[writing] == (f"n={n} (too few)" if lang == "en" else fa_label)
    text = json.dumps(spec, ensure_ascii=False)
    assert "#c4c4c4" in text  # the grey of a thin bar
    assert ("too few to read" if lang == "en" else "برای خواندن") in text  # the subtitle


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
    assert ("also in --format json or csv" if lang == "en" else "در --format json یا csv") in (
        r.output
    )


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
    assert said in doc and "--category-source platform" in doc
    assert (
        json.loads(
            runner.invoke(
                app, ["market", "indicators", "--db", str(store_db), "--format", "json"]
            ).output
        )["category_source_mode"]
        == "auto"
    )
