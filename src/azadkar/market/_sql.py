"""Parsing of dates, digits and money, written once as DuckDB SQL macros.

The parsers run inside DuckDB so that an ingest streams: DuckDB reads the file and
normalises every row in its own vectorised engine, and no row becomes a Python object.
The Python helpers at the bottom (``parse_money``, ``parse_date``) evaluate the very
same macros on one value, so the property tests exercise the code the ingest runs.

Jalali (Solar Hijri) dates are converted with a month table that ``jdatetime`` builds
(year 1300-1499), joined in SQL, so the calendar arithmetic is jdatetime's, not ours.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, plus the Arabic thousands and
# decimal separators, mapped to ASCII.  Both strings have the same length on purpose.
_DIGITS_FROM = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫"
_DIGITS_TO = "01234567890123456789,."
# Arabic letters that Persian text often carries (an Arabic keyboard): yeh, alef maksura,
# kaf and teh marbuta, mapped to the Persian letters the parsers match on (ی ی ک ه). The
# Arabic spellings of million and billion (مليون, مليار) are matched beside the Persian.
_LETTERS_FROM = "يىكة"
_LETTERS_TO = "ییکه"

# A number with optional thousands separators and decimals: "1,000.50", "45000000".
NUMBER_RE = r"[0-9][0-9,]*(?:\.[0-9]+)?"

# Range separators between two amounts: "15-30", "15 – 30", "15 to 30", "۱۵ تا ۳۰".
_RANGE_RE = r"[0-9]\s*[kK]?\s*(?:-|–|—|to|تا)\s*(?:[$€£]|usd)?\s*[0-9]"
# Text that says the amount is only a lower or only an upper bound.
_LOWER_ONLY_RE = r"^\s*(?:از|from|min\b|minimum|at least|starting)"
_UPPER_ONLY_RE = r"^\s*(?:تا|up to|upto|max\b|maximum|<)"
# A minus sign (ASCII or U+2212) before the first digit: "-50", "$-50", "-$50", "از -۳۰".
# The minus of a range ("15 - 30") follows a digit, so it does not match.
_NEGATIVE_RE = r"^[^0-9]*[-−]\s*[$€£]?\s*[0-9]"
# Pay text with no digit that says the pay is not stated (matched on ``az_norm`` text:
# lower case, Persian letters): negotiable, not specified, a pay type alone ("Hourly" in
# Upwork search results), the labour-law base salary. Other text with no digit in a pay
# column (``abc``) is rejected as unparseable pay; blank cells (empty, N/A, none, null, -)
# are not stated too (``az_blank_n``), and so is ``NaN``, which pandas and spreadsheets
# write for a missing value. ``inf`` / ``1e400`` are numbers that are not finite: rejected.
NOT_STATED_RE = (
    r"توافق|مذاکره|نامشخص|ذکر نشده|مشخص نشده|حقوق پایه|وزارت کار|قانون کار|"
    r"negotia|\btb[adc]\b|not (?:specified|stated|disclosed|given|set)|unspecified|"
    r"undisclosed|competitive|depends|\bdoe\b|unknown|no[ _]budget|^(?:hourly|fixed|"
    r"fixed[- ]price|fixed_budget|salary|monthly|project|open|ساعتی|پروژه[‌ ]?ای|ماهانه|"
    r"مقطوع|حقوق)$"
)
# Text shaped like a date (y/m/d or d/m/y, any of / . -): never an amount.
DATE_LIKE_RE = (
    r"(^|[^0-9.,])[0-9]{1,4}(/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{1,4}([^0-9.,]|$)"
)

# Macros come in two forms: ``az_x(s)`` takes raw text, ``az_x_n(n)`` takes text already
# passed through ``az_norm`` (the ingest normalises each column once, then parses it).
# Each parser tries a cheap exact form first ("$1,000.00", ISO dates); DuckDB evaluates
# COALESCE and CASE lazily, so the regular-expression path runs only for the rest. An
# expression written twice in one macro is hoisted by DuckDB's common-subexpression pass
# and then runs on EVERY row, so slow-path expressions are written once where possible.
# Text that is pure ASCII (strlen = length) cannot hold Persian digits: no translate.
# ``az_trim`` is ``trim`` (which strips Unicode space separators, category Zs, not tabs or
# newlines) without its cost on long text: ASCII text with no space at either end is
# returned as it is (the only ASCII Zs is the space); anything else goes to trim. Pass it
# a column, not an expression: a repeated expression inside a CASE is not shared, so it
# would be computed once per use.
# An ISO timestamp of year 1900 or later sorts at or above '1900' as text, so the cast
# is tried only there (Jalali "1402-01-15" falls through to the Jalali parser).
MACROS = rf"""
CREATE OR REPLACE TEMP MACRO az_digits(s) AS
    CASE WHEN strlen(CAST(s AS VARCHAR)) = length(CAST(s AS VARCHAR)) THEN CAST(s AS VARCHAR)
         ELSE translate(CAST(s AS VARCHAR), '{_DIGITS_FROM}', '{_DIGITS_TO}') END;
CREATE OR REPLACE TEMP MACRO az_trim(s) AS
    CASE WHEN strlen(s) = length(s) AND NOT starts_with(s, ' ') AND NOT ends_with(s, ' ')
         THEN s ELSE trim(s) END;
CREATE OR REPLACE TEMP MACRO az_fa(s) AS
    CASE WHEN strlen(CAST(s AS VARCHAR)) = length(CAST(s AS VARCHAR)) THEN CAST(s AS VARCHAR)
         ELSE translate(CAST(s AS VARCHAR), '{_DIGITS_FROM}{_LETTERS_FROM}',
                        '{_DIGITS_TO}{_LETTERS_TO}') END;
CREATE OR REPLACE TEMP MACRO az_norm(s) AS
    nullif(trim(lower(az_fa(s))), '');
CREATE OR REPLACE TEMP MACRO az_blank_n(n) AS
    n IS NULL OR n IN ('n/a', 'na', 'nan', 'none', 'null', '-');
CREATE OR REPLACE TEMP MACRO az_blank(s) AS az_blank_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_has_digit_n(n) AS coalesce(regexp_matches(n, '[0-9]'), false);
CREATE OR REPLACE TEMP MACRO az_has_digit(s) AS az_has_digit_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_fast_num_n(n) AS
    TRY_CAST(replace(replace(n, '$', ''), ',', '') AS DOUBLE);
CREATE OR REPLACE TEMP MACRO az_pay_junk_n(n) AS
    n IS NOT NULL AND NOT az_has_digit_n(n) AND NOT regexp_matches(n, '{NOT_STATED_RE}');
CREATE OR REPLACE TEMP MACRO az_nums_n(n) AS
    list_transform(regexp_extract_all(n, '{NUMBER_RE}'),
                   lambda x: TRY_CAST(replace(x, ',', '') AS DOUBLE));
CREATE OR REPLACE TEMP MACRO az_mult_n(n) AS
    CASE WHEN NOT regexp_matches(n, 'میلیار|ملیار|billion|میلیون|ملیون|million|هزار|thousand|[0-9]\s*k\b')
              THEN 1.0
         WHEN regexp_matches(n, 'میلیار|ملیار|billion') THEN 1e9
         WHEN regexp_matches(n, 'میلیون|ملیون|million') THEN 1e6
         ELSE 1e3 END;
CREATE OR REPLACE TEMP MACRO az_sign_n(n) AS
    CASE WHEN regexp_matches(n, '{_NEGATIVE_RE}') THEN -1.0 ELSE 1.0 END;
CREATE OR REPLACE TEMP MACRO az_is_range_n(n) AS
    regexp_matches(n, '{_RANGE_RE}') AND len(az_nums_n(n)) >= 2;
CREATE OR REPLACE TEMP MACRO az_money_lo_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         ELSE coalesce(az_fast_num_n(n),
             CASE WHEN NOT az_has_digit_n(n) THEN NULL
                  WHEN NOT az_is_range_n(n) AND regexp_matches(n, '{_UPPER_ONLY_RE}') THEN NULL
                  ELSE az_nums_n(n)[1] * az_mult_n(n) * az_sign_n(n) END) END;
CREATE OR REPLACE TEMP MACRO az_money_hi_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         ELSE coalesce(az_fast_num_n(n),
             CASE WHEN NOT az_has_digit_n(n) THEN NULL
                  WHEN az_is_range_n(n) THEN az_nums_n(n)[2] * az_mult_n(n)
                  WHEN regexp_matches(n, '{_LOWER_ONLY_RE}') THEN NULL
                  ELSE az_nums_n(n)[1] * az_mult_n(n) * az_sign_n(n) END) END;
CREATE OR REPLACE TEMP MACRO az_money_lo(s) AS az_money_lo_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_money_hi(s) AS az_money_hi_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_currency_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         WHEN starts_with(n, '$') THEN 'USD'
         WHEN regexp_matches(n, 'تومان|تومن|toman|\btmn\b') THEN 'TOMAN'
         WHEN regexp_matches(n, 'ریال|rial|\birr\b') THEN 'IRR'
         WHEN regexp_matches(n, '\$|\busd\b|dollar|دلار') THEN 'USD'
         WHEN regexp_matches(n, '€|\beur\b|euro') THEN 'EUR'
         WHEN regexp_matches(n, '£|\bgbp\b') THEN 'GBP'
         WHEN regexp_matches(n, '^[a-z]{{3}}$') AND n NOT IN ('inf', 'nan') THEN upper(n)
         ELSE NULL END;
CREATE OR REPLACE TEMP MACRO az_currency(s) AS az_currency_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_date_like_n(n) AS coalesce(regexp_matches(n, '{DATE_LIKE_RE}'), false);
CREATE OR REPLACE TEMP MACRO az_fast_ts_n(n) AS
    CASE WHEN n >= '1900' THEN TRY_CAST(n AS TIMESTAMP) END;
CREATE OR REPLACE TEMP MACRO az_greg_ts_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         WHEN regexp_matches(n, '^1[34][0-9][0-9][/.-]') THEN NULL
         WHEN regexp_matches(n, '^[0-9]{{9,10}}(\.[0-9]+)?$')
              THEN make_timestamp(CAST(TRY_CAST(n AS DOUBLE) * 1e6 AS BIGINT))
         ELSE coalesce(
             TRY_CAST(n AS TIMESTAMPTZ)::TIMESTAMP,
             try_strptime(n, ['%m/%d/%Y %I:%M%p', '%m/%d/%Y %I:%M %p',
                 '%m/%d/%Y %H:%M', '%m/%d/%Y', '%d.%m.%Y', '%Y/%m/%d', '%Y/%m/%d %H:%M',
                 '%a, %d %b %Y %H:%M:%S %z', '%d %b %Y', '%b %d, %Y', '%B %d, %Y'])::TIMESTAMP)
    END;
"""

_JALALI_RE = r"^(1[34][0-9][0-9])[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})"


def _jalali_macro() -> str:
    """``az_jalali_n``: Jalali y/m/d text to a TIMESTAMP via a constant month table.

    The table (first Gregorian day and length of each Jalali month, 1300-1499) comes
    from jdatetime and is inlined as two lists, so the lookup is an index, not a join.
    """
    rows = _jalali_month_rows()
    epoch = dt.date(1970, 1, 1)
    starts = ",".join(str((r[2] - epoch).days) for r in rows)
    days = ",".join(str(r[3]) for r in rows)
    y = f"CAST(regexp_extract(n, '{_JALALI_RE}', 1) AS INTEGER)"
    m = f"CAST(regexp_extract(n, '{_JALALI_RE}', 2) AS INTEGER)"
    d = f"CAST(regexp_extract(n, '{_JALALI_RE}', 3) AS INTEGER)"
    idx = f"(({y} - 1300) * 12 + {m})"
    return (
        f"CREATE OR REPLACE TEMP TABLE az_jalali AS SELECT [{starts}] AS starts, [{days}] AS days;"
        "CREATE OR REPLACE TEMP MACRO az_jalali_n(n) AS "
        f"CASE WHEN NOT regexp_matches(n, '{_JALALI_RE}') THEN NULL "
        f"WHEN {m} NOT BETWEEN 1 AND 12 OR {d} < 1 "
        f"OR {d} > (SELECT days FROM az_jalali)[{idx}] THEN NULL "
        f"ELSE CAST(DATE '1970-01-01' + CAST((SELECT starts FROM az_jalali)[{idx}] + {d} - 1 "
        "AS INTEGER) AS TIMESTAMP) END;"
        "CREATE OR REPLACE TEMP MACRO az_date_n(n) AS "
        "coalesce(az_fast_ts_n(n), az_greg_ts_n(n), az_jalali_n(n));"
        "CREATE OR REPLACE TEMP MACRO az_date(s) AS az_date_n(nullif(trim(az_digits(s)), ''));"
    )


def _jalali_month_rows() -> list[tuple[int, int, dt.date, int]]:
    """(jy, jm, first Gregorian day, days in month) for Jalali years 1300-1499."""
    import jdatetime

    rows = []
    for jy in range(1300, 1500):
        for jm in range(1, 13):
            first = jdatetime.date(jy, jm, 1).togregorian()
            if jm < 12:
                nxt = jdatetime.date(jy, jm + 1, 1).togregorian()
            else:
                nxt = jdatetime.date(jy + 1, 1, 1).togregorian()
            rows.append((jy, jm, first, (nxt - first).days))
    return rows


@functools.cache
def _all_macros() -> str:
    return MACROS + _jalali_macro()


def install(con: duckdb.DuckDBPyConnection) -> None:
    """Create the parsing macros on ``con`` (temp objects; the database is not changed)."""
    con.execute("SET TimeZone = 'UTC'")
    con.execute(_all_macros())


@dataclass(frozen=True)
class Money:
    """A parsed amount: ``lo``/``hi`` bounds (equal for a single amount) and a currency code."""

    lo: float | None
    hi: float | None
    currency: str | None


# DuckDB installs and loads "known" extensions on demand, downloading them from
# extensions.duckdb.org (a SQLite file given as --db made it fetch sqlite_scanner). Nothing
# leaves this machine: every connection azadkar opens turns that off; the extensions it
# uses (Parquet, JSON) are built into the Python wheel.
NO_DOWNLOADS: dict[str, Any] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}

_local = threading.local()


def _scratch() -> duckdb.DuckDBPyConnection:
    con = getattr(_local, "con", None)
    if con is None:
        import duckdb

        con = duckdb.connect(config=dict(NO_DOWNLOADS))
        install(con)
        _local.con = con
    return con


def parse_money(text: str | None) -> Money:
    """Parse a money string with the ingest's own SQL, e.g. ``"۲۰ میلیون تومان"``."""
    row = (
        _scratch()
        .execute("SELECT az_money_lo($1), az_money_hi($1), az_currency($1)", [text])
        .fetchall()[0]
    )
    return Money(row[0], row[1], row[2])


def normalize_digits(text: str | None) -> str | None:
    """Persian/Arabic digits and separators to ASCII (same SQL as the ingest)."""
    row = _scratch().execute("SELECT az_digits($1)", [text]).fetchall()[0]
    out: Any = row[0]
    return out


def parse_date(text: str | None) -> dt.datetime | None:
    """Parse a Gregorian or Jalali date/time string as the ingest does (None if it cannot)."""
    row = _scratch().execute("SELECT az_date($1)", [text]).fetchall()[0]
    out: Any = row[0]
    return out
