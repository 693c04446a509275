"""A 12-hour time of day after a date: the Persian markers «ق.ظ» / «ب.ظ» (قبل / بعد از ظهر,
in their usual spellings) and AM/PM are read; what cannot be read rejects the row with a reason
naming the time, never the date kept at midnight (or, for an ISO date, at the morning hour)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _market_helpers import persian_ads_db, posted_by_key
from azadkar.cli import app
from azadkar.market import Store, parse_date
from azadkar.market._types import reason_in

runner = CliRunner()
DAY = (2024, 8, 2)  # ۱۲ مرداد ۱۴۰۳


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب.ظ", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ق.ظ", 10, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۲ ق.ظ", 0, 0),  # midnight
        ("۱۴۰۳/۰۵/۱۲ ۱۲:۱۵ ب.ظ", 12, 15),  # a quarter past noon
        ("۱۴۰۳/۰۵/۱۲ ۱۰ ب.ظ", 22, 0),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب ظ", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب\u200cظ", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ب.ظ", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ بعدازظهر", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ بعد از ظهر", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ بعد\u200cاز\u200cظهر", 22, 30),
        ("۱۴۰۳/۰۵/۱۲ ۱۱:۵۹ قبل از ظهر", 11, 59),
        ("۱۴۰۳/۰۵/۱۲ ساعت ۱۰:۳۰ ب.ظ", 22, 30),
        ("۱۲/۰۵/۱۴۰۳ ۱۰:۳۰ ب.ظ", 22, 30),
        ("۱۲ مرداد ۱۴۰۳ ۱۰:۳۰ ب.ظ", 22, 30),
        ("1403/05/12 10:30 PM", 22, 30),
        ("1403/05/12 10:30 am", 10, 30),
        # a Gregorian ISO date: DuckDB's cast read «10:30 PM» as 10:30
        ("2024-08-02 10:30 PM", 22, 30),
        ("2024-08-02 10:30 ب.ظ", 22, 30),
        ("8/2/2024 4:58pm", 16, 58),  # Upwork RSS, as before
    ],
)
def test_a_12_hour_time_is_read(text: str, hour: int, minute: int) -> None:
    assert parse_date(text) == dt.datetime(*DAY, hour, minute)


def test_seconds_and_24_hour_times_are_unchanged() -> None:
    assert parse_date("۱۴۰۳/۰۵/۱۲ ۱۰:۳۰:۱۵ ب.ظ") == dt.datetime(*DAY, 22, 30, 15)
    assert parse_date("۱۴۰۳/۰۵/۱۲ ۱۴:۳۰") == dt.datetime(*DAY, 14, 30)
    assert parse_date("۱۴۰۳/۰۵/۱۲") == dt.datetime(*DAY)


@pytest.mark.parametrize(
    "bad",
    [
        "۱۴۰۳/۰۵/۱۲ ب.ظ",  # a marker with no time: not midnight
        "۱۴۰۳/۰۵/۱۲ ۱۳:۳۰ ب.ظ",  # no 13 o'clock on a 12-hour clock
        "۱۴۰۳/۰۵/۱۲ ۰:۳۰ ق.ظ",
        "۱۴۰۳/۰۵/۱۲ ۱۰:۶۱ ب.ظ",
        "۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ شب",  # day-part words with ambiguous hours
        "۱۴۰۳/۰۵/۱۲ ۵ عصر",
        "۱۴۰۳/۰۵/۱۲ ۱۴",  # an hour with no minutes and no marker
        "2024-08-02 10:30 شب",
    ],
)
def test_a_time_that_cannot_be_read_is_not_dropped(bad: str) -> None:
    assert parse_date(bad) is None


def test_the_ingest_reads_the_marker_and_says_why_a_time_is_refused(tmp_path: Path) -> None:
    db, r = persian_ads_db(
        tmp_path,
        ["۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب.ظ", "۱۴۰۳/۰۵/۱۲ ۱۲ ق.ظ", "۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ شب", "۱۴۰۳/۱۳/۴۰ ۱۰:۳۰"],
    )
    assert r.exit_code == 0, r.output
    with Store(db, read_only=True) as s:
        reasons = [x.reason for x in s.rejected()]
    assert posted_by_key(db) == {"a": dt.datetime(*DAY, 22, 30), "b": dt.datetime(*DAY, 0, 0)}
    assert reasons == [
        "unreadable time of day (write it as 14:30, or 2:30 ب.ظ): ۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ شب",
        "unparseable date: ۱۴۰۳/۱۳/۴۰ ۱۰:۳۰",  # the date itself is wrong: said so
    ]
    assert reason_in(reasons[0], "fa").startswith("ساعت پس از تاریخ خوانا نیست")
    fa = runner.invoke(app, ["market", "rejected", "--db", str(db), "--lang", "fa"])
    assert "ساعت پس از تاریخ خوانا نیست" in fa.output and "۱۰:۳۰ شب" in fa.output, fa.output
