"""The ingest's SQL parsers (money, digits, Gregorian and Jalali dates), property-tested."""

from __future__ import annotations

import datetime as dt

import duckdb
import jdatetime
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azadkar.market import parse_date, parse_money
from azadkar.market._sql import normalize_digits

FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"


def to_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def grouped(n: int) -> str:
    return f"{n:,}"


digit_tables = st.sampled_from(["0123456789", FA, AR])


@pytest.mark.parametrize(
    ("text", "lo", "hi", "cur"),
    [
        ("$1,000", 1000, 1000, "USD"),
        ("15.00-30.00", 15, 30, None),
        ("Hourly: $15.00 - $35.00", 15, 35, "USD"),
        ("Est. budget:\n$2,000.00", 2000, 2000, "USD"),
        ("۲۰ میلیون تومان", 20e6, 20e6, "TOMAN"),
        ("از ۴۵,۰۰۰,۰۰۰ تومان", 45e6, None, "TOMAN"),
        ("تا ۵۰ میلیون ریال", None, 50e6, "IRR"),
        ("۱۲٬۵۰۰٫۵ ریال", 12500.5, 12500.5, "IRR"),
        ("1.5k USD", 1500, 1500, "USD"),
        ("توافقی", None, None, None),
        ("N/A", None, None, None),
        ("Hourly", None, None, None),
    ],
)
def test_money_examples(text: str, lo: float | None, hi: float | None, cur: str | None) -> None:
    m = parse_money(text)
    assert (m.lo, m.hi, m.currency) == (lo, hi, cur)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 10**9),
    table=digit_tables,
    unit=st.sampled_from(
        [("$", "", "USD"), ("", " تومان", "TOMAN"), ("", " ریال", "IRR"), ("USD ", "", "USD")]
    ),
)
def test_single_amount_any_digits(n: int, table: str, unit: tuple[str, str, str]) -> None:
    pre, post, code = unit
    m = parse_money(pre + to_digits(grouped(n), table) + post)
    assert m.lo == m.hi == n
    assert m.currency == code


@settings(max_examples=60, deadline=None)
@given(
    a=st.integers(1, 500),
    b=st.integers(0, 500),
    cents=st.booleans(),
    sep=st.sampled_from(["-", " - ", " – ", " to ", " تا "]),
    table=digit_tables,
)
def test_ranges(a: int, b: int, cents: bool, sep: str, table: str) -> None:
    lo, hi = a, a + b
    fmt = (lambda v: f"{v}.00") if cents else str
    text = to_digits(f"${fmt(lo)}{sep}${fmt(hi)}", table)
    m = parse_money(text)
    assert (m.lo, m.hi) == (lo, hi)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 999),
    mult=st.sampled_from([("هزار", 1e3), ("میلیون", 1e6), ("میلیارد", 1e9)]),
    table=digit_tables,
)
def test_persian_multipliers(n: int, mult: tuple[str, float], table: str) -> None:
    m = parse_money(f"{to_digits(str(n), table)} {mult[0]} تومان")
    assert m.lo == pytest.approx(n * mult[1])
    assert m.currency == "TOMAN"


@settings(max_examples=40, deadline=None)
@given(s=st.text(alphabet=FA + AR + "0123456789abc ", max_size=20))
def test_digit_normalisation_keeps_everything_else(s: str) -> None:
    out = normalize_digits(s)
    assert out is not None and len(out) == len(s)
    for c_in, c_out in zip(s, out, strict=True):
        if c_in in FA:
            assert c_out == str(FA.index(c_in))
        elif c_in in AR:
            assert c_out == str(AR.index(c_in))
        else:
            assert c_out == c_in


@settings(max_examples=80, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
    table=digit_tables,
    sep=st.sampled_from(["/", "-"]),
)
def test_jalali_dates_match_jdatetime(day: dt.date, table: str, sep: str) -> None:
    j = jdatetime.date.fromgregorian(date=day)
    text = to_digits(f"{j.year}{sep}{j.month:02d}{sep}{j.day:02d}", table)
    got = parse_date(text)
    assert got is not None and got.date() == day


@settings(max_examples=40, deadline=None)
@given(ts=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1)))
def test_gregorian_formats(ts: dt.datetime) -> None:
    ts = ts.replace(second=0, microsecond=0)
    assert parse_date(ts.strftime("%Y-%m-%d %H:%M:%S")) == ts
    assert parse_date(ts.strftime("%Y-%m-%dT%H:%M:%SZ")) == ts
    # The Upwork RSS style: 6/6/2024 4:58am
    rss = f"{ts.month}/{ts.day}/{ts.year} {ts.hour % 12 or 12}:{ts.minute:02d}{'am' if ts.hour < 12 else 'pm'}"
    assert parse_date(rss) == ts


@pytest.mark.parametrize("bad", ["garbage", "1403/13/01", "1403/12/31", "31/31/2024", ""])
def test_bad_dates_are_none(bad: str) -> None:
    # Esfand (month 12) never has 31 days; month 13 does not exist.
    assert parse_date(bad) is None


# Characters trim() strips (Unicode space separators) and some it keeps (tabs, newlines,
# zero-width), to build edges from.
EDGES = " \t\n\r\x0b\x0c\u00a0\u1680\u2000\u2007\u200a\u200b\u200c\u2028\u202f\u205f\u3000"


def _fast_trim_disagreements(con: duckdb.DuckDBPyConnection, texts_sql: str) -> list[tuple]:
    return con.execute(
        f"SELECT t, az_trim(t), trim(t) FROM ({texts_sql}) x(t) "
        "WHERE az_trim(t) IS DISTINCT FROM trim(t)"
    ).fetchall()


def test_fast_trim_is_trim_at_every_code_point() -> None:
    # az_trim (the ingest's trim for long fields) must give exactly what trim gives: every
    # code point alone, and at the start, the end and inside a word.
    from azadkar.market import _sql

    con = duckdb.connect()
    _sql.install(con)
    texts = """
        WITH c AS (SELECT chr(CAST(i AS INTEGER)) AS ch FROM range(1, 1114112) r(i)
                   WHERE i NOT BETWEEN 55296 AND 57343)
        SELECT ch FROM c UNION ALL SELECT ch || 'ab' FROM c UNION ALL SELECT 'ab' || ch FROM c
        UNION ALL SELECT 'a' || ch || 'b' FROM c UNION ALL SELECT ch || 'ab' || ch FROM c
        UNION ALL SELECT NULL UNION ALL SELECT ''
    """
    assert _fast_trim_disagreements(con, texts) == []


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from(EDGES + "ab۱ع-~"), max_size=8) | st.text(max_size=12),
        min_size=1,
        max_size=20,
    )
)
def test_fast_trim_is_trim_on_any_text(texts: list[str]) -> None:
    from azadkar.market._sql import _scratch

    con = _scratch()
    values = ", ".join("(" + "'" + t.replace("'", "''") + "')" for t in texts if "\x00" not in t)
    if values:
        assert _fast_trim_disagreements(con, f"VALUES {values}") == []


@pytest.mark.parametrize(
    ("text", "lo", "hi", "cur"),
    [
        ("۲ ميليون تومان", 2e6, 2e6, "TOMAN"),  # Arabic yeh
        ("۲ ميليارد ريال", 2e9, 2e9, "IRR"),
        ("۳ ملیون تومن", 3e6, 3e6, "TOMAN"),
        ("-۵ میلیون تومان", -5e6, -5e6, "TOMAN"),  # negative: rejected as non-positive
        ("-50 تومان", -50, -50, "TOMAN"),
        ("−50", -50, -50, None),  # U+2212 minus
        ("از -۳۰ تومان", -30, None, "TOMAN"),
        ("-$50", -50, -50, "USD"),
        ("Hourly: $15.00 - $35.00", 15, 35, "USD"),  # a range's dash is not a minus
        ("Fixed-price: $50", 50, 50, "USD"),
    ],
)
def test_money_arabic_letters_and_minus_signs(
    text: str, lo: float | None, hi: float | None, cur: str | None
) -> None:
    m = parse_money(text)
    assert (m.lo, m.hi, m.currency) == (lo, hi, cur)


def test_every_rejection_reason_has_persian_words() -> None:
    """Each reason the parse can write (the SQL's literals and the malformed-line ones)."""
    import re
    from pathlib import Path

    from azadkar.market import _store
    from azadkar.market._types import REJECT_REASONS_FA, reason_in

    sql = Path(_store.__file__).read_text("utf-8")
    written = {w.strip() for w in re.findall(r"THEN '([a-z][^']*?)(?:: )?' \|\|", sql)}
    written |= set(re.findall(r"THEN '(missing [^']*)'", sql))
    written |= {"malformed CSV line", "malformed JSON line"}
    assert written, "the reasons are found in the parse SQL"
    assert written <= set(REJECT_REASONS_FA), written - set(REJECT_REASONS_FA)
    assert (
        reason_in("unparseable date: not a date", "fa")
        == "تاریخ خوانا نیست: \u2068not a date\u2069"
    )
    assert reason_in("non-positive pay: -50", "en") == "non-positive pay: -50"
    assert reason_in("something new", "fa") == "something new"


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # each side's own multiplier: "500 thousand to 1 million" (read 500 million to 1
        # million, min > max, and the row rejected)
        ("۵۰۰ هزار تا ۱ میلیون تومان", 5e5, 1e6),
        ("۸۰۰ هزار تومان تا ۱٫۲ میلیون تومان", 8e5, 1.2e6),
        ("500k-1.5m", 5e5, 1.5e6),
        ("900 thousand to 2 million", 9e5, 2e6),
        ("۵۰۰ میلیون تا ۲ میلیارد ریال", 5e8, 2e9),
        # a multiplier on one side only is shared, as before
        ("۱۰ تا ۲۰ میلیون تومان", 1e7, 2e7),
        ("۱۰ میلیون تا ۲۰ تومان", 1e7, 2e7),
        ("10k-20k", 1e4, 2e4),
        ("Hourly: $15.00 - $35.00", 15, 35),
        # a range written high to low stays min > max (rejected by the ingest)
        ("۱ میلیون تا ۵۰۰ هزار تومان", 1e6, 5e5),
    ],
)
def test_range_sides_keep_their_own_multiplier(text: str, lo: float, hi: float) -> None:
    m = parse_money(text)
    assert (m.lo, m.hi) == (pytest.approx(lo), pytest.approx(hi)), text


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
    table=digit_tables,
    sep=st.sampled_from(["/", "-", "."]),
)
def test_jalali_dates_written_day_first(day: dt.date, table: str, sep: str) -> None:
    """۱۲/۰۵/۱۴۰۳ (day/month/year, as Iranian forms write it) is 12 Mordad 1403; it was
    read as December 5 of the Gregorian year 1403 and rejected as "date out of range"."""
    j = jdatetime.date.fromgregorian(date=day)
    text = to_digits(f"{j.day:02d}{sep}{j.month:02d}{sep}{j.year}", table)
    got = parse_date(text)
    assert got is not None and got.date() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("۱۲/۰۵/۱۴۰۳", dt.date(2024, 8, 2)),
        ("2/5/1403", dt.date(2024, 7, 23)),
        ("12/05/2024", dt.date(2024, 12, 5)),  # a Gregorian year keeps month/day
        ("6/6/2024 4:58am", dt.date(2024, 6, 6)),
    ],
)
def test_day_first_jalali_beside_gregorian(text: str, day: dt.date) -> None:
    got = parse_date(text)
    assert got is not None and got.date() == day


@pytest.mark.parametrize("bad", ["31/13/1403", "31/12/1403", "12/05/14031"])
def test_bad_day_first_jalali_dates_are_none(bad: str) -> None:
    assert parse_date(bad) is None


JALALI_MONTH_NAMES = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                      "آذر", "دی", "بهمن", "اسفند"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
    table=digit_tables,
    suffix=st.sampled_from(["", " ماه", "،"]),
)
def test_jalali_dates_with_the_month_name(day: dt.date, table: str, suffix: str) -> None:
    """۱۲ مرداد ۱۴۰۳, as Persian sites print a date, is read (it was `unparseable date`)."""
    j = jdatetime.date.fromgregorian(date=day)
    text = to_digits(f"{j.day} {JALALI_MONTH_NAMES[j.month - 1]}{suffix} {j.year}", table)
    got = parse_date(text)
    assert got is not None and got.date() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("۱۲ امرداد ۱۴۰۳", dt.date(2024, 8, 2)),  # the older name of Mordad
        ("۵ دي ۱۴۰۲", dt.date(2023, 12, 26)),  # Arabic yeh
        ("۳ ابان ۱۴۰۲", dt.date(2023, 10, 25)),  # no madda
    ],
)
def test_jalali_month_name_spellings(text: str, day: dt.date) -> None:
    got = parse_date(text)
    assert got is not None and got.date() == day


@pytest.mark.parametrize("bad", ["۳۱ اسفند ۱۴۰۲", "۱۲ مرداد", "۱۲ ماهی ۱۴۰۳", "۳۲ تیر ۱۴۰۳"])
def test_bad_named_jalali_dates_are_none(bad: str) -> None:
    assert parse_date(bad) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("1 June 2024", dt.date(2024, 6, 1)), ("1 Jun 2024", dt.date(2024, 6, 1)),
     ("June 1, 2024", dt.date(2024, 6, 1))],
)  # fmt: skip
def test_english_dates_with_the_month_name(text: str, day: dt.date) -> None:
    """`1 June 2024` (day, then the full month name) was `unparseable date`; `1 Jun 2024`
    and `June 1, 2024` were read."""
    got = parse_date(text)
    assert got is not None and got.date() == day
