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

# A number as written: digit groups joined by thousands or decimal marks (, . a space, or a
# slash, the Persian decimal mark typed on a keyboard: "۱/۵ میلیون"). Each such token is read
# by ``az_token_n``; a token whose reading is ambiguous ("1,5", "1.500", "15 30") is not read
# at all, and the row is rejected, rather than guessed.
NUMBER_RE = r"[0-9]+(?:(?:[,.]|[ \x{00A0}\x{202F}\x{2009}]|\s*/\s*)[0-9]+)*"
# How each token is read (after az_norm: Persian ٬ ٫ are , .):
#   1234 / 1234.5          plain; but 1.500 (1-3 digits, a dot, 3 digits) is ambiguous:
#                           1.5 in English, 1500 in German
#   1,234,567.5             commas between groups of three: thousands (the dot: decimals)
#   1.234.567 / 1.234,5     dots between groups of three (the comma: decimals)
#   1 234 567               spaces (or no-break spaces) between groups of three: thousands
#   1/5                     the slash is the Persian decimal mark: ۱/۵ میلیون = 1.5 million;
#                           but only with a multiplier: without one (۱/۵ تومان, 15/30) the
#                           text is ambiguous (``az_slash_n``)
_SPACES = r"[ \x{00A0}\x{202F}\x{2009}]"
_TOKEN_SQL = rf"""CASE
    WHEN strpos(x, '.') BETWEEN 2 AND 4 AND length(x) - strpos(x, '.') = 3
         AND NOT starts_with(x, '0') AND regexp_full_match(x, '[0-9]+\.[0-9]+') THEN NULL
    ELSE coalesce(TRY_CAST(x AS DOUBLE), CASE
    WHEN regexp_full_match(x, '[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?')
         THEN TRY_CAST(replace(x, ',', '') AS DOUBLE)
    WHEN regexp_full_match(x, '[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?')
         THEN TRY_CAST(replace(replace(x, '.', ''), ',', '.') AS DOUBLE)
    WHEN regexp_full_match(x, '[0-9]{{1,3}}(?:{_SPACES}[0-9]{{3}})+(?:\.[0-9]+)?')
         THEN TRY_CAST(regexp_replace(x, '{_SPACES}', '', 'g') AS DOUBLE)
    WHEN regexp_full_match(x, '[0-9]+\s*/\s*[0-9]+')
         THEN TRY_CAST(regexp_replace(x, '\s*/\s*', '.') AS DOUBLE)
    END) END"""

# Range separators between two amounts: "15-30", "15 – 30", "15 to 30", "۱۵ تا ۳۰", also
# with a multiplier or currency after the first ("۱۰ میلیون تا ۲۰ میلیون", "10k-20k").
_RANGE_MULTS = r"k|m|م|هزار|میلیون|ملیون|میلیارد|ملیارد|thousand|million|billion"
_RANGE_SEP = r"\s*(?:تومان|تومن|ریال|دلار|usd|\$)?\s*(?:-|–|—|to|تا)\s*(?:[$€£]|usd)?\s*"
_RANGE_RE = rf"[0-9]\s*(?:{_RANGE_MULTS})?{_RANGE_SEP}[0-9]"
# Each side of a range keeps its own multiplier ("۵۰۰ هزار تا ۱ میلیون" is 500 thousand to
# 1 million, not 500 million to 1 million); a side without one takes the text's ("۱۰ تا ۲۰
# میلیون"). HEAD captures the first amount's last digit and multiplier, TAIL the text from
# the second amount on.
_RANGE_HEAD_RE = rf"([0-9]\s*(?:{_RANGE_MULTS})?){_RANGE_SEP}[0-9]"
_RANGE_TAIL_RE = rf"(?s)[0-9]\s*(?:{_RANGE_MULTS})?{_RANGE_SEP}([0-9].*)$"
# Text that says the amount is only a lower or only an upper bound: a word before the first
# digit (از ۲۰ میلیون, بیش از, حداقل, from, at least, over, >), or after the amount (۲۰
# میلیون به بالا, $50+, 50 or more). A one-sided bound is stored as pay_min or pay_max alone,
# and the posting's pay is that bound (see docs/market.md). An upper-bound word wins over a
# lower-bound one (کمتر از is "less than", though it holds از).
_LOWER_ONLY_RE = (
    r"^[^0-9]*(?:(?:^|[^\x{0600}-\x{06FF}\x{200C}])(?:از|حداقل|دست[\x{200C} ]?کم|بالای)"
    r"(?:[^\x{0600}-\x{06FF}\x{200C}]|$)|\b(?:from|min|minimum|at least|starting|over|"
    r"more than|above)\b|[>≥])|[0-9].*(?:به بالا|و بیشتر|\band (?:above|up)\b|\bor more\b)|"
    r"[0-9][^0-9+]*\+(?:[^0-9]|$)"
)
_UPPER_ONLY_RE = (
    r"^[^0-9]*(?:(?:^|[^\x{0600}-\x{06FF}\x{200C}])(?:تا|حداکثر|کمتر از|زیر)"
    r"(?:[^\x{0600}-\x{06FF}\x{200C}]|$)|\b(?:up ?to|max|maximum|less than|under|"
    r"below)\b|[<≤])"
)
# A minus sign (ASCII or U+2212) before the first digit: "-50", "$-50", "-$50", "از -۳۰".
# The minus of a range ("15 - 30") follows a digit, so it does not match.
_NEGATIVE_RE = r"^[^0-9]*[-−]\s*[$€£]?\s*[0-9]"
# Multipliers: billion, million (also "30M", "1.5m", and «م» standing alone after a number,
# the abbreviation of میلیون in salary ads: "۲۵ م" = 25 million), thousand (k, هزار).
_MULT_RE = (
    r"میلیار|ملیار|billion|میلیون|ملیون|million|هزار|thousand|[0-9]\s*[km]\b|"
    r"[0-9]\s*م(?:[^\x{0600}-\x{06FF}\x{200C}]|$)"
)
_MILLION_RE = r"میلیون|ملیون|million|[0-9]\s*m\b|[0-9]\s*م(?:[^\x{0600}-\x{06FF}\x{200C}]|$)"
# Currencies named in words. Toman also as IRT (the code Iranian sites use) and «ت» standing
# alone after an amount (۲۵ م ت). FOREIGN: currencies that have no code here, or words that
# would otherwise be read as another currency (دلار کانادا is not USD, ریال سعودی not IRR):
# the row is rejected as "unknown currency", never read in the format's default currency.
_TOMAN_RE = (
    r"تومان|تومن|toman|\btmn\b|\birt\b|(?:^|[^\x{0600}-\x{06FF}\x{200C}])ت"
    r"(?:[^\x{0600}-\x{06FF}\x{200C}]|$)"
)
_FOREIGN_RE = (
    r"یورو|پوند|درهم|لیر|دینار|روبل|یوان|روپیه|افغانی|فرانک|کرون|منات|پزو|وون|"
    r"ریال\s*(?:سعودی|عربستان|عمان|قطر|یمن)|دلار\s*(?:کانادا|استرالیا|هنگ|سنگاپور|نیوزیلند)|"
    r"dirham|lira|dinar|rouble|ruble|yuan|renminbi|\brmb\b|\byen\b|rupee|afghani|franc|"
    r"kron[aeo]|manat|peso|riyal|canadian|australian|\b(?:c|ca|a|au|nz|hk|s)\$|[¥₹₽₺₩₪]|"
    r"\b(?:aed|cad|aud|chf|cny|jpy|inr|rub|sar|qar|omr|kwd|iqd|afn|nzd|hkd|sgd)\b"
)
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
# A Jalali date written day first, as Iranian forms and spreadsheets often do
# (12/05/1403 = 12 Mordad 1403): a year 1300-1499 in last place is never a Gregorian year
# a posting can have, so it is read as Jalali day/month/year, not as December 1403 (which
# was rejected as "date out of range").
_JALALI_DMY_RE = r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-](1[34][0-9][0-9])(?:[^0-9]|$)"
# And with the month's name, as Persian sites print it: ۱۲ مرداد ۱۴۰۳ (also «مرداد ماه»,
# the older «امرداد», آبان/آذر without the madda, Arabic yeh and kaf).
_JALALI_NAMED_RE = (
    r"^([0-9]{1,2})\s+([^0-9\s,،]+)(?:\s+ماه)?\s*[,،]?\s*(1[34][0-9][0-9])(?:[^0-9]|$)"
)
# The named date itself, without what follows it.
_JALALI_NAMED_HEAD_RE = r"^[0-9]{1,2}\s+[^0-9\s,،]+(?:\s+ماه)?\s*[,،]?\s*1[34][0-9][0-9]"
_JALALI_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "(?:ا)?مرداد",
    "شهریور",
    "مهر",
    "[آا]بان",
    "[آا]ذر",
    "دی",
    "بهمن",
    "اسفند",
]
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
    CASE WHEN strlen(n) - strpos(n, '.') = 3
              AND regexp_full_match(n, '\$?[1-9][0-9]{{0,2}}\.[0-9]{{3}}') THEN NULL
         ELSE TRY_CAST(replace(n, '$', '') AS DOUBLE) END;
CREATE OR REPLACE TEMP MACRO az_pay_junk_n(n) AS
    n IS NOT NULL AND NOT az_has_digit_n(n) AND NOT regexp_matches(n, '{NOT_STATED_RE}');
CREATE OR REPLACE TEMP MACRO az_mult_n(n) AS
    CASE WHEN NOT regexp_matches(n, '{_MULT_RE}') THEN 1.0
         WHEN regexp_matches(n, 'میلیار|ملیار|billion') THEN 1e9
         WHEN regexp_matches(n, '{_MILLION_RE}') THEN 1e6
         ELSE 1e3 END;
CREATE OR REPLACE TEMP MACRO az_side_mult_n(side, n) AS
    CASE WHEN regexp_matches(side, '{_MULT_RE}') THEN az_mult_n(side) ELSE az_mult_n(n) END;
CREATE OR REPLACE TEMP MACRO az_nums_n(n) AS
    list_transform(regexp_extract_all(n, '{NUMBER_RE}'), lambda x: {_TOKEN_SQL});
CREATE OR REPLACE TEMP MACRO az_slash_n(n) AS
    contains(n, '/') AND regexp_matches(n, '[0-9]\s*/\s*[0-9]') AND az_mult_n(n) = 1.0;
CREATE OR REPLACE TEMP MACRO az_ambiguous_n(n) AS
    coalesce(list_count(az_nums_n(n)) < len(az_nums_n(n)) OR az_slash_n(n), false);
CREATE OR REPLACE TEMP MACRO az_sign_n(n) AS
    CASE WHEN regexp_matches(n, '{_NEGATIVE_RE}') THEN -1.0 ELSE 1.0 END;
-- The slow path, for text the fast cast cannot read: the numbers are extracted once (bound
-- to ``ns`` by a one-element list_transform) and read as a range, a lower or an upper
-- bound, or one amount. A token that cannot be read unambiguously makes the bounds NaN:
-- the row is rejected ("ambiguous number"), never read with the token left out.
CREATE OR REPLACE TEMP MACRO az_money_lo_n(n) AS
    CASE WHEN n IS NULL THEN NULL ELSE coalesce(az_fast_num_n(n),
        CASE WHEN NOT az_has_digit_n(n) THEN NULL ELSE list_transform([az_nums_n(n)], lambda ns:
            CASE WHEN len(ns) = 0 THEN NULL
                 WHEN list_count(ns) < len(ns) OR az_slash_n(n) THEN 'nan'::DOUBLE
                 WHEN len(ns) >= 2 AND regexp_matches(n, '{_RANGE_RE}')
                      THEN ns[1] * az_side_mult_n(regexp_extract(n, '{_RANGE_HEAD_RE}', 1), n)
                           * az_sign_n(n)
                 WHEN regexp_matches(n, '{_UPPER_ONLY_RE}') THEN NULL
                 ELSE ns[1] * az_mult_n(n) * az_sign_n(n) END)[1] END) END;
CREATE OR REPLACE TEMP MACRO az_money_hi_n(n) AS
    CASE WHEN n IS NULL THEN NULL ELSE coalesce(az_fast_num_n(n),
        CASE WHEN NOT az_has_digit_n(n) THEN NULL ELSE list_transform([az_nums_n(n)], lambda ns:
            CASE WHEN len(ns) = 0 THEN NULL
                 WHEN list_count(ns) < len(ns) OR az_slash_n(n) THEN 'nan'::DOUBLE
                 WHEN len(ns) >= 2 AND regexp_matches(n, '{_RANGE_RE}')
                      THEN ns[2] * az_side_mult_n(regexp_extract(n, '{_RANGE_TAIL_RE}', 1), n)
                 WHEN regexp_matches(n, '{_LOWER_ONLY_RE}')
                      AND NOT regexp_matches(n, '{_UPPER_ONLY_RE}') THEN NULL
                 ELSE ns[1] * az_mult_n(n) * az_sign_n(n) END)[1] END) END;
CREATE OR REPLACE TEMP MACRO az_money_lo(s) AS az_money_lo_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_money_hi(s) AS az_money_hi_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_ambiguous(s) AS az_ambiguous_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_currency_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         WHEN starts_with(n, '$') THEN 'USD'
         WHEN regexp_matches(n, '{_TOMAN_RE}') THEN 'TOMAN'
         WHEN regexp_matches(n, 'ریال|rial|\birr\b')
              THEN CASE WHEN regexp_matches(n, '{_FOREIGN_RE}') THEN '?' ELSE 'IRR' END
         WHEN regexp_matches(n, '\$|\busd\b|dollar|دلار')
              THEN CASE WHEN regexp_matches(n, '{_FOREIGN_RE}') THEN '?' ELSE 'USD' END
         WHEN regexp_matches(n, '€|\beur\b|euro') THEN 'EUR'
         WHEN regexp_matches(n, '£|\bgbp\b|pounds?\b|sterling') THEN 'GBP'
         WHEN regexp_matches(n, '{_FOREIGN_RE}') THEN '?'
         WHEN regexp_matches(n, '^[a-z]{{3}}$') AND n NOT IN ('inf', 'nan') THEN upper(n)
         ELSE NULL END;
CREATE OR REPLACE TEMP MACRO az_currency(s) AS az_currency_n(az_norm(s));
CREATE OR REPLACE TEMP MACRO az_count(s) AS
    coalesce(TRY_CAST(az_digits(s) AS DOUBLE),
             CASE WHEN regexp_full_match(az_digits(s), '[0-9]{{1,3}}(?:,[0-9]{{3}})+')
                  THEN TRY_CAST(replace(az_digits(s), ',', '') AS DOUBLE) END);
CREATE OR REPLACE TEMP MACRO az_date_like_n(n) AS coalesce(regexp_matches(n, '{DATE_LIKE_RE}'), false);
CREATE OR REPLACE TEMP MACRO az_fast_ts_n(n) AS
    CASE WHEN n >= '1900' AND NOT contains(n, 'M') AND NOT contains(n, 'm')
         THEN TRY_CAST(n AS TIMESTAMP) END;
CREATE OR REPLACE TEMP MACRO az_greg_ts_n(n) AS
    CASE WHEN n IS NULL THEN NULL
         WHEN regexp_matches(n, '^1[34][0-9][0-9][/.-]') THEN NULL
         WHEN regexp_matches(n, '{_JALALI_DMY_RE}') THEN NULL
         WHEN regexp_matches(n, '^[0-9]{{9,10}}(\.[0-9]+)?$')
              THEN make_timestamp(CAST(TRY_CAST(n AS DOUBLE) * 1e6 AS BIGINT))
         ELSE coalesce(
             TRY_CAST(n AS TIMESTAMPTZ)::TIMESTAMP,
             try_strptime(n, ['%m/%d/%Y %I:%M%p', '%m/%d/%Y %I:%M %p',
                 '%m/%d/%Y %H:%M', '%m/%d/%Y', '%d.%m.%Y', '%Y/%m/%d', '%Y/%m/%d %H:%M',
                 '%a, %d %b %Y %H:%M:%S %z', '%d %b %Y', '%d %B %Y', '%b %d, %Y', '%B %d, %Y'])::TIMESTAMP)
    END;
"""

# The day must end the number: «۱۴۰۳/۰۵/۱۲۳» was read as 12 Mordad (its last digit dropped).
_JALALI_RE = r"^(1[34][0-9][0-9])[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})(?:[^0-9]|$)"
# A time of day after a date is kept: 24-hour after a Jalali date (۱۴۰۳/۰۵/۱۲ ۱۴:۳۰,
# 1403-05-12T14:30:05, also after « - » or «ساعت»), as a Gregorian date's is; or 12-hour
# after any date, with the Persian marker «ق.ظ» (قبل از ظهر, before noon) or «ب.ظ» (بعد از
# ظهر, after noon), also written «ق ظ», «ق‌ظ», «قبل‌ازظهر», «بعدازظهر», ..., or AM/PM.
# ``az_clock12_n`` rewrites a 12-hour time as a 24-hour one before any parser sees it:
# ۱۰:۳۰ ب.ظ is 22:30, ۱۲ ق.ظ is 00:00, ۱۲:۱۵ ب.ظ is 12:15, and the minutes may be left out
# (۱۰ ب.ظ). (DuckDB's cast read «2024-08-02 10:30 PM» as 10:30, and a Jalali date followed
# by «۱۰:۳۰ ب.ظ» was kept at midnight: both silently wrong.) With a marker the hour must be
# 1-12; without one a Jalali time needs its minutes (a bare «۱۴» after a date is not read).
# An hour out of range, a minute or second above 59, a marker with no time
# (۱۴۰۳/۰۵/۱۲ ب.ظ), or other time-like text after a Jalali date (a colon between digits, a
# marker, or the words صبح, ظهر, عصر, شب, whose hours are ambiguous) rejects the row as an
# unreadable time of day, never read as the date at midnight. Other text after a Jalali
# date (no time in it) is not read: the date alone is kept.
_ZWNJ = "\u200c"  # RE2 reads no \u escape: the character itself goes into the pattern
_AM_RE = rf"ق\s*[.{_ZWNJ}]?\s*ظ\.?|قبل[\s{_ZWNJ}]*از[\s{_ZWNJ}]*ظهر|[aA]\.?\s*[mM]\.?"
_PM_RE = rf"ب\s*[.{_ZWNJ}]?\s*ظ\.?|بعد[\s{_ZWNJ}]*از[\s{_ZWNJ}]*ظهر|[pP]\.?\s*[mM]\.?"
_CLOCK_SEP_RE = r"(?:\s+|[tT]|\s*-\s*|\s+ساعت\s*)"
_CLOCK12_RE = (
    r"^(.*[0-9])"
    + _CLOCK_SEP_RE
    + r"([0-9]{1,2})(?::([0-9]{2})(?::([0-9]{2}))?)?\s*("
    + _AM_RE
    + "|"
    + _PM_RE
    + ")$"
)
_JALALI_HEAD_RE = r"^1[34][0-9][0-9][/.-][0-9]{1,2}[/.-][0-9]{1,2}"
_JALALI_CLOCK_RE = _JALALI_HEAD_RE + _CLOCK_SEP_RE + r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"
# Words that say a time of day, for the checks below.
_TIME_WORD_RE = r"(?:^|[^\p{L}])(?:" + _AM_RE + "|" + _PM_RE + r")(?:$|[^\p{L}])|ظهر|صبح|عصر|شب"
# Time-like text after a Jalali date that the clock pattern did not read.
_JALALI_TIME_LIKE_RE = (
    _JALALI_HEAD_RE + r"(?:.*(?:[0-9]\s*:\s*[0-9]|" + _TIME_WORD_RE + r")|\s+[0-9]{1,2}\s*$)"
)
# The time part of a date text, from its first time-like token to the end (to tell an
# unreadable time from an unreadable date in a rejection's reason).
_TIME_TAIL_RE = (
    r"(?:\s+|[tT]|\s+-\s*)(?:[0-9]{1,2}\s*:|[0-9]{1,2}\s*$|[0-9]{1,2}\s*(?:"
    + _AM_RE
    + "|"
    + _PM_RE
    + r"|صبح|ظهر|عصر|شب)|(?:"
    + _AM_RE
    + "|"
    + _PM_RE
    + r"|صبح|ظهر|عصر|شب)).*$"
)


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
        # The time of day after the date (0 without one, NULL when out of range), each
        # part extracted once (an expression written twice would be hoisted to every row).
        "CREATE OR REPLACE TEMP MACRO az_jalali_clock_n(n) AS "
        f"CASE WHEN NOT regexp_matches(n, '{_JALALI_CLOCK_RE}') THEN "
        f"CASE WHEN regexp_matches(n, '{_JALALI_TIME_LIKE_RE}') THEN NULL "
        "ELSE INTERVAL 0 SECOND END ELSE "
        f"list_transform([regexp_extract(n, '{_JALALI_CLOCK_RE}', ['h', 'mi', 's'])], "
        "lambda c: list_transform([[CAST(c.h AS INTEGER), CAST(c.mi AS INTEGER), "
        "coalesce(TRY_CAST(c.s AS INTEGER), 0)]], lambda t: "
        "CASE WHEN t[1] > 23 OR t[2] > 59 OR t[3] > 59 THEN NULL "
        "ELSE to_seconds(t[1] * 3600 + t[2] * 60 + t[3]) END)[1])[1] END;"
        # A 12-hour time (with its marker) as 24-hour text; out of range, the text as it was
        # (which no parser reads: rejected, with the time named). Pass it a column. The cheap
        # tests first: no «ظ» and no m, no marker; an American date (6/6/2024 4:58am, the
        # Upwork RSS form) is read by strptime's %p as it was.
        "CREATE OR REPLACE TEMP MACRO az_clock12_n(n) AS "
        "CASE WHEN NOT (contains(n, 'ظ') OR contains(n, 'm') OR contains(n, 'M')) THEN n "
        "WHEN NOT contains(n, 'ظ') "
        "AND regexp_matches(n, '^[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9][0-9] ') THEN n "
        f"WHEN NOT regexp_matches(n, '{_CLOCK12_RE}') THEN n ELSE "
        f"list_transform([regexp_extract(n, '{_CLOCK12_RE}', ['d', 'h', 'mi', 's', 'ap'])], "
        "lambda c: list_transform([[CAST(c.h AS INTEGER), coalesce(TRY_CAST(c.mi AS INTEGER), 0), "
        "coalesce(TRY_CAST(c.s AS INTEGER), 0), "
        f"CASE WHEN regexp_full_match(c.ap, '{_AM_RE}') THEN 0 ELSE 12 END]], lambda t: "
        "CASE WHEN t[1] < 1 OR t[1] > 12 OR t[2] > 59 OR t[3] > 59 THEN n "
        "ELSE c.d || ' ' || lpad(CAST(t[1] % 12 + t[4] AS VARCHAR), 2, '0') || ':' "
        "|| lpad(CAST(t[2] AS VARCHAR), 2, '0') "
        "|| CASE WHEN c.s = '' THEN '' ELSE ':' || c.s END END)[1])[1] END;"
        "CREATE OR REPLACE TEMP MACRO az_jalali_n(n) AS "
        f"CASE WHEN NOT regexp_matches(n, '{_JALALI_RE}') THEN NULL "
        f"WHEN {m} NOT BETWEEN 1 AND 12 OR {d} < 1 "
        f"OR {d} > (SELECT days FROM az_jalali)[{idx}] THEN NULL "
        f"ELSE CAST(DATE '1970-01-01' + CAST((SELECT starts FROM az_jalali)[{idx}] + {d} - 1 "
        "AS INTEGER) AS TIMESTAMP) + az_jalali_clock_n(n) END;"
        "CREATE OR REPLACE TEMP MACRO az_jalali_dmy_n(n) AS "
        f"CASE WHEN regexp_matches(n, '{_JALALI_DMY_RE}') THEN "
        f"regexp_replace(n, '^([0-9]{{1,2}})[/.-]([0-9]{{1,2}})[/.-](1[34][0-9][0-9])', "
        "'\\3/\\2/\\1') END;"
        "CREATE OR REPLACE TEMP MACRO az_jalali_month_n(w) AS CASE "
        + " ".join(
            f"WHEN regexp_full_match(translate(w, 'يىك', 'ییک'), '{pat}') THEN {i}"
            for i, pat in enumerate(_JALALI_MONTHS, 1)
        )
        + " END;"
        "CREATE OR REPLACE TEMP MACRO az_jalali_named_n(n) AS "
        f"CASE WHEN regexp_matches(n, '{_JALALI_NAMED_RE}') THEN "
        f"regexp_extract(n, '{_JALALI_NAMED_RE}', 3) || '/' || "
        f"az_jalali_month_n(regexp_extract(n, '{_JALALI_NAMED_RE}', 2)) || '/' || "
        f"regexp_extract(n, '{_JALALI_NAMED_RE}', 1) || "
        # the rest (a time of day) follows the date as in the numeric forms
        f"regexp_replace(n, '{_JALALI_NAMED_HEAD_RE}', '') END;"
        "CREATE OR REPLACE TEMP MACRO az_date12_n(n) AS "
        "coalesce(az_fast_ts_n(n), az_greg_ts_n(n), az_jalali_n(n), "
        "az_jalali_n(az_jalali_dmy_n(n)), az_jalali_n(az_jalali_named_n(n)));"
        # The ingest rewrites a 12-hour time once per row, in its own column (posted_n in
        # _store.py): az_date_n reads its argument many times, and a macro argument is
        # computed at each use (1M ISO dates took 5.6 s instead of 0.95 s).
        "CREATE OR REPLACE TEMP MACRO az_date_n(n) AS az_date12_n(n);"
        # A date whose time of day cannot be read, but whose date can (for the reason).
        "CREATE OR REPLACE TEMP MACRO az_bad_time_n(n) AS "
        f"regexp_matches(n, '{_TIME_TAIL_RE}') "
        f"AND az_date_n(regexp_replace(n, '{_TIME_TAIL_RE}', '')) IS NOT NULL;"
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
    """A parsed amount: ``lo``/``hi`` bounds (equal for a single amount; one of them None
    for a one-sided bound), a currency code, and ``problem``: why the ingest would reject
    the text (``ambiguous number``, ``unknown currency``, ``a date, not an amount``, ``not
    a finite number``), or None. (Zero, negative and too large amounts are the ingest's to
    judge: they depend on the pay type and the exchange rate.)"""

    lo: float | None
    hi: float | None
    currency: str | None
    problem: str | None = None


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
    lo, hi, cur, date_like = (
        _scratch()
        .execute(
            "SELECT az_money_lo($1), az_money_hi($1), az_currency($1), az_date_like_n(az_norm($1))",
            [text],
        )
        .fetchall()[0]
    )
    problem = None
    if date_like and (lo is not None or hi is not None):
        problem = "a date, not an amount"
    elif any(v is not None and v != v for v in (lo, hi)):  # NaN: a token read no one way
        problem = "ambiguous number"
    elif any(v is not None and v in (float("inf"), float("-inf")) for v in (lo, hi)):
        problem = "not a finite number"
    if problem is not None:
        lo = hi = None
    if cur == "?":  # a currency named in words that azadkar has no code for
        problem, cur = problem or "unknown currency", None
    return Money(lo, hi, cur, problem)


def normalize_digits(text: str | None) -> str | None:
    """Persian/Arabic digits and separators to ASCII (same SQL as the ingest)."""
    row = _scratch().execute("SELECT az_digits($1)", [text]).fetchall()[0]
    out: Any = row[0]
    return out


def parse_date(text: str | None) -> dt.datetime | None:
    """Parse a Gregorian or Jalali date/time string as the ingest does (None if it cannot)."""
    # Each step in its own subquery: a macro argument is copied into each of its uses, and
    # az_clock12_n and az_date_n use theirs many times, so az_date_n(az_clock12_n(...))
    # written as one expression took seconds to plan for every call.
    row = (
        _scratch()
        .execute(
            "SELECT az_date_n(y) FROM (SELECT az_clock12_n(x) AS y FROM "
            "(SELECT nullif(trim(az_digits($1)), '') AS x))",
            [text],
        )
        .fetchall()[0]
    )
    out: Any = row[0]
    return out
