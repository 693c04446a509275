"""Persian market output labels each Gregorian month with the Jalali months it overlaps
(«۲۰۲۴-۰۸ (مرداد–شهریور ۱۴۰۳)») and says once that months are Gregorian; the buckets,
JSON and CSV stay Gregorian. A Jalali date with a time of day keeps both."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import jdatetime
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from _market_helpers import persian_ads_db, posted_by_key, three_month_db
from _web_helpers import client
from azadkar.cli import app
from azadkar.market import indicators, parse_date
from azadkar.market._indicators import MONTHS_NOTE_FA, jalali_months, month_label
from azadkar.report.market_report import render_market_html
from azadkar.web.pages import fmt_cell

runner = CliRunner()

# The Gregorian months of the rows below and the Jalali months each one overlaps.
LABELS = {
    "2024-02": "۲۰۲۴-۰۲ (بهمن–اسفند ۱۴۰۲)",
    "2024-03": "۲۰۲۴-۰۳ (اسفند ۱۴۰۲–فروردین ۱۴۰۳)",  # across the Jalali new year
    "2024-04": "۲۰۲۴-۰۴ (فروردین–اردیبهشت ۱۴۰۳)",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # three full months (Feb-Apr 2024) in two categories, and two postings in May (a
    # month too thin to count)
    return three_month_db(tmp_path_factory.mktemp("jalali_months"), thin_may=True)


def test_jalali_months_of_a_gregorian_month() -> None:
    assert jalali_months("2024-08") == "مرداد–شهریور ۱۴۰۳"
    assert jalali_months("2024-08-01") == "مرداد–شهریور ۱۴۰۳"
    assert jalali_months("2024-03") == "اسفند ۱۴۰۲–فروردین ۱۴۰۳"
    assert jalali_months("2025-01") == "دی–بهمن ۱۴۰۳"


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_the_label_names_the_jalali_months_of_every_day(day: dt.date) -> None:
    """Every day of a Gregorian month falls in a Jalali month its label names (jdatetime)."""
    names = jdatetime.date.j_months_fa
    label = jalali_months(day.strftime("%Y-%m"))
    j = jdatetime.date.fromgregorian(date=day)
    assert names[j.month - 1] in label
    assert "".join(chr(0x06F0 + int(c)) for c in str(j.year)) in label


def test_month_label_is_jalali_only_in_persian() -> None:
    assert month_label("month", "2024-08-01") == "2024-08"
    assert month_label("month", "2024-08-01", "en") == "2024-08"
    assert month_label("month", "2024-08-01", "fa") == "2024-08 (مرداد–شهریور ۱۴۰۳)"
    assert month_label("period", "all", "fa") == "all"
    assert month_label("event_date", "2024-08-01", "fa") == "2024-08-01"


def test_text_output_labels_months_and_says_they_are_gregorian(db: Path) -> None:
    base = ["market", "indicators", "--db", str(db)]
    fa = runner.invoke(app, [*base, "--lang", "fa"], env={"COLUMNS": "200"})
    assert fa.exit_code == 0, fa.output
    for label in LABELS.values():
        assert label in fa.output, label
    assert fa.output.count(MONTHS_NOTE_FA) == 1
    # the thin month left out is labelled too
    assert "۲۰۲۴-۰۵ (اردیبهشت–خرداد ۱۴۰۳) با ۲ آگهی" in fa.output
    en = runner.invoke(app, base, env={"COLUMNS": "200"})
    assert en.exit_code == 0 and "2024-03 " in en.output
    assert "فروردین" not in en.output and MONTHS_NOTE_FA not in en.output


def test_json_and_csv_keep_the_gregorian_month(db: Path) -> None:
    base = ["market", "indicators", "--db", str(db), "--lang", "fa"]
    js = runner.invoke(app, [*base, "--format", "json"])
    doc = json.loads(js.output)
    months = {r["month"] for i in doc["indicators"] for r in i["rows"] if "month" in r}
    assert months == {"2024-02-01", "2024-03-01", "2024-04-01"}
    csv_out = runner.invoke(app, [*base, "--format", "csv"]).output
    assert "2024-03-01" in csv_out and "فروردین" not in csv_out


def test_persian_report_labels_months(db: Path) -> None:
    from azadkar.market import Store

    with Store(db, read_only=True) as s:
        mi = indicators(store=s)
    fa = html.unescape(render_market_html(mi, "fa"))
    # the month and its Jalali label each stay whole; the line may break between them
    assert (
        '<td class="month"><span class="nw">۲۰۲۴-۰۳</span> <span class="nw">(اسفند ۱۴۰۲–فروردین ۱۴۰۳)</span></td>'
        in fa
    )
    assert fa.count('<p class="small months-note">') == 1
    en = render_market_html(mi, "en")
    assert '<td class="nw">2024-03</td>' in en and 'class="small months-note"' not in en


def test_report_has_a_side_margin_on_a_phone(db: Path) -> None:
    """On a 390 px screen the body's auto margins are 0: the text touched the edges."""
    from azadkar.market import Store

    with Store(db, read_only=True) as s:
        page = render_market_html(indicators(store=s), "fa")
    body = re.search(r"body\{font-family:Vazirmatn[^}]*\}", page)
    assert body and "padding:0 1rem" in body[0]


def test_web_market_page_labels_months(db: Path, tmp_path: Path) -> None:
    page = client(tmp_path, market_db=str(db)).get("/market?lang=fa").text
    volume = page.split('id="ind-volume_pay"')[1].split("</section>")[0]
    assert (
        '<td><bdi dir="ltr" class="nw">۲۰۲۴-۰۳</bdi> '
        '<span class="nw">(اسفند ۱۴۰۲–فروردین ۱۴۰۳)</span></td>' in volume
    )
    assert page.count('id="months-note"') == 1 and MONTHS_NOTE_FA in page
    en = client(tmp_path, market_db=str(db)).get("/market?lang=en").text
    assert "months-note" not in en and "فروردین" not in en
    assert fmt_cell("month", "2024-08-01", "en") == "2024-08"


# -- a Jalali date with a time of day ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("۱۴۰۳/۰۵/۱۲ ۱۴:۳۰", dt.datetime(2024, 8, 2, 14, 30)),
        ("1403-05-12T14:30:05", dt.datetime(2024, 8, 2, 14, 30, 5)),
        ("۱۴۰۳/۰۵/۱۲ - ۰۹:۰۵", dt.datetime(2024, 8, 2, 9, 5)),
        ("۱۴۰۳/۰۵/۱۲ ساعت ۱۴:۳۰", dt.datetime(2024, 8, 2, 14, 30)),
        ("۱۲/۰۵/۱۴۰۳ ۱۴:۳۰", dt.datetime(2024, 8, 2, 14, 30)),
        ("۱۲ مرداد ۱۴۰۳ ۱۴:۳۰", dt.datetime(2024, 8, 2, 14, 30)),
        # 12-hour, with the Persian marker (tests/test_market_clock12.py has the rest)
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب.ظ", dt.datetime(2024, 8, 2, 22, 30)),
        # text after the date that says no time: the date alone (docs/market.md)
        ("۱۴۰۳/۰۵/۱۲ (آگهی فوری)", dt.datetime(2024, 8, 2)),
    ],
)
def test_a_jalali_date_keeps_its_time_of_day(text: str, when: dt.datetime) -> None:
    assert parse_date(text) == when


@pytest.mark.parametrize("bad", ["۱۴۰۳/۰۵/۱۲ ۲۵:۰۰", "1403/05/12 14:61", "۱۴۰۳/۰۵/۱۲۳"])
def test_a_jalali_date_with_a_bad_time_or_a_long_day_is_rejected(bad: str) -> None:
    # «۱۴۰۳/۰۵/۱۲۳» was read as 12 Mordad, its last digit dropped
    assert parse_date(bad) is None


def test_jalali_times_survive_the_ingest(tmp_path: Path) -> None:
    db, r = persian_ads_db(
        tmp_path,
        ["۱۴۰۳/۰۵/۱۲ ۱۴:۳۰", "۱۲ مرداد ۱۴۰۳ ۰۸:۱۵", "۱۴۰۳/۰۵/۱۲ ۲۵:۰۰"],
        require_date=True,
    )
    assert r.exit_code == 0, r.output
    assert posted_by_key(db) == {
        "a": dt.datetime(2024, 8, 2, 14, 30),
        "b": dt.datetime(2024, 8, 2, 8, 15),
    }
    rejected = runner.invoke(app, ["market", "rejected", "--db", str(db)])
    assert "row 3" in rejected.output and "۲۵:۰۰" in rejected.output, rejected.output


def test_persian_report_has_no_dollar_sign_in_cells(db: Path) -> None:
    """The Persian heads say «(دلار)»; the cells showed a Latin «$۵۷٫۶۹» in Persian text."""
    from azadkar.market import Store

    with Store(db, read_only=True) as s:
        mi = indicators(store=s)
    fa = html.unescape(render_market_html(mi, "fa"))
    cells = re.findall(r"<td[^>]*>(.*?)</td>", fa)
    assert cells and not [c for c in cells if "$" in c]
    assert "(دلار)</th>" in fa
    assert "<td>$" in render_market_html(mi, "en")


def test_latin_tokens_in_persian_text_output_are_isolated(db: Path) -> None:
    """Engine, store path and options in a Persian line sit in left-to-right isolates, as
    the category-source line's do (in right-to-left text «--format» read «format--»)."""
    wide = {"COLUMNS": "400"}  # the test's long store path on one line
    fa = runner.invoke(
        app, ["market", "indicators", "--db", str(db), "--lang", "fa"], env=wide
    ).output
    assert f"موتور \u2066duckdb\u2069، انبار \u2066{db}\u2069" in " ".join(fa.split())
    status = runner.invoke(
        app, ["market", "status", "--db", str(db), "--lang", "fa"], env=wide
    ).output
    assert f"پیش‌بینی در \u2066{db}\u2069" in " ".join(status.split())
