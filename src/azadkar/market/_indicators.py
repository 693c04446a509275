"""Market indicators, written once in engine-neutral SQL (see :mod:`._engines`).

Each indicator returns an :class:`Indicator`: rows, or ``insufficient`` saying why the
data cannot support it (no dates, one week of data, no pay, too few rows). Numbers are
computed by the engine; Python only finishes the difference-in-differences interval
(a t quantile) and the index base, identically for both engines.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.market._types import (
    CATEGORY_IDS,
    CITED_GHOST_WORK_HOURLY_USD,
    CITED_GHOST_WORK_SOURCE,
    CITED_GHOST_WORK_SOURCE_FA,
    CURRENCY_FA,
    PLATFORM_FA,
    CitedClaim,
    Indicator,
    MarketIndicators,
    posted_when,
)
from azadkar.report.strings import fa_digits, num, pct

if TYPE_CHECKING:
    from azadkar.market._engines import Engine
    from azadkar.market._store import Store

PAY_TYPES = ("hourly", "fixed", "salary")


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    date: dt.date
    exclude_from_control: tuple[str, ...] = ()


@dataclass
class IndicatorConfig:
    """Assumptions behind the indicators (every one is printed with the results)."""

    events: list[Event] = field(default_factory=list)
    window_months: int = 6
    control: tuple[str, ...] | None = None  # None: the lowest-exposure categories
    n_control: int = 3
    exposure_source: str = "gpt4"  # or "human"
    exposure_measure: str = "beta"  # alpha / beta / gamma
    high_pay: dict[str, float] = field(
        default_factory=lambda: {"hourly": 50.0, "fixed": 1000.0, "salary": 1000.0}
    )
    min_n: int = 20  # fewest pay values for an inequality figure
    min_ai_training: int = 5
    min_span_days: int = 14  # below this a monthly series is refused (one week of data)
    # A month with fewer dated postings than this (market-wide) is left out of every
    # monthly figure: one posting on 30 May is not "May".
    min_month_postings: int = 10
    confidence: float = 0.95


# Keys of an events TOML: the file's own (each event is an [[event]] table), and each
# event's.
EVENTS_KEYS = ("event",)
EVENT_KEYS = ("id", "name", "date", "exclude_from_control")


def load_events(path: Path | None = None) -> list[Event]:
    """The events of an events TOML (the shipped one by default). Unknown keys or tables
    (``[events]`` for ``[[event]]``) are an error naming the file and the closest known
    key, not a silent "no events configured"; a file with no [[event]] at all has none."""
    import importlib.resources

    from azadkar.market._store import did_you_mean_fa, toml_entries, unknown_key_error

    entries, bad, where, _ = toml_entries(
        path,
        lambda: (
            importlib.resources.files("azadkar") / "data" / "market" / "events.toml"
        ).read_text("utf-8-sig"),
        what=("events", "رویدادها"),
        table="event",
        keys=EVENTS_KEYS,
        fields=", ".join(EVENT_KEYS),
    )
    out = []
    seen: set[str] = set()
    for i, e in enumerate(entries, 1):
        entry = f"{where}: [[event]] #{i}"
        for key, value in e.items():
            if key not in EVENT_KEYS:
                raise bad(
                    unknown_key_error(entry, key, value, EVENT_KEYS, "the event"),
                    f"{entry}: کلید ناشناختهٔ {key!r}{did_you_mean_fa(key, EVENT_KEYS)} "
                    f"(کلیدهای شناخته: {'، '.join(EVENT_KEYS)})",
                )
        date = e.get("date")
        if isinstance(date, dt.datetime):
            date = date.date()
        if not isinstance(date, dt.date) or not e.get("id"):
            raise bad(
                f"{entry} needs an id and a date (YYYY-MM-DD)",
                f"{entry} شناسه (id) و تاریخ (date به شکل YYYY-MM-DD) می‌خواهد",
            )
        eid = str(e["id"])
        if eid in seen:
            raise bad(f"{entry}: a second event with id {eid!r}", f"{entry}: شناسهٔ تکراری {eid!r}")
        seen.add(eid)
        excl = e.get("exclude_from_control", [])
        if not isinstance(excl, list) or not all(isinstance(c, str) for c in excl):
            raise bad(
                f"{entry} ({eid}): exclude_from_control must be a list of category ids",
                f"{entry} ({eid}): exclude_from_control باید فهرستی از شناسهٔ دسته‌ها باشد",
            )
        unknown = sorted(set(excl) - set(CATEGORY_IDS))
        if unknown:
            raise bad(
                f"{where}: [[event]] {eid}: unknown categories {unknown}",
                f"{where}: [[event]] {eid}: دسته‌های ناشناخته {unknown}",
            )
        out.append(Event(eid, str(e.get("name", eid)), date, tuple(excl)))
    return out


def category_exposures(source: str = "gpt4", measure: str = "beta") -> dict[str, float]:
    """Our category -> exposure score from :func:`azadkar.exposure.category_exposure`."""
    from azadkar.exposure import category_exposure

    out: dict[str, float] = {}
    for cat in CATEGORY_IDS:
        d = category_exposure(cat)
        exp = d.get("exposure", d) if isinstance(d, dict) else None
        if not exp or source not in exp:
            continue
        val = exp[source]
        val = val.get(measure) if isinstance(val, dict) else getattr(val, measure, None)
        if val is not None:
            out[cat] = float(val)
    return out


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


# -- Persian text (built beside the English, from the same numbers) ---------------------
PAY_TYPE_FA = {"hourly": "ساعتی", "fixed": "پروژه‌ای", "salary": "حقوق ماهانه"}
EXPOSURE_SOURCE_FA = {"gpt4": "برچسب GPT-4", "human": "برچسب انسانی"}
EXPOSURE_MEASURE_FA = {"alpha": "آلفا", "beta": "بتا", "gamma": "گاما"}


def _fa(x: Any) -> str:
    """A date or a year with Persian digits (hyphens kept)."""
    return fa_digits(x)


def _n(x: float) -> str:
    return num(x, "fa")


def _span_fa(first: Any, last: Any) -> str:
    return f"{_fa(first)} تا {_fa(last)}"


def _no_rate_when(first: Any, last: Any, undated: int) -> tuple[str, str]:
    """``posted 2017-05-01 to 2017-06-30, 2 undated`` and its Persian."""
    d0 = first.isoformat() if isinstance(first, dt.date) else first
    d1 = last.isoformat() if isinstance(last, dt.date) else last
    return posted_when(str(d0) if d0 else None, str(d1) if d1 else None, undated)


def _category_fa(cat: str) -> str:
    from azadkar.taxonomy import load_taxonomy

    try:
        return load_taxonomy().category(cat).name("fa")
    except Exception:  # not one of our ids: show it as is
        return cat


def _category_en(cat: str) -> str:
    from azadkar.taxonomy import load_taxonomy

    try:
        return load_taxonomy().category(cat).name("en")
    except Exception:  # not one of our ids: show it as is
        return cat


def category_source_in(key: str, lang: str) -> str:
    """Where a posting's category came from ("platform mapping", "model v3", ...) for people."""
    if lang != "fa":
        return key
    if key.startswith("model "):
        return f"مدل {key[len('model ') :]}"
    return {"platform mapping": "نگاشت برچسب پلتفرم", "unclassified": "بی‌دسته"}.get(key, key)


# Column heads and coded values of the indicator tables, for people (the JSON and CSV keep
# the English keys and codes). Renderers call :func:`column_in` and :func:`value_in`.
COLUMN_FA = {
    "month": "ماه",
    "period": "دوره",
    "category": "دسته",
    "scope": "دامنه",
    "postings": "آگهی",
    "n": "تعداد",
    "n_hourly": "تعداد ساعتی",
    "median_hourly_usd": "میانهٔ ساعتی (دلار)",
    "p25_hourly_usd": "چارک اول ساعتی (دلار)",
    "p75_hourly_usd": "چارک سوم ساعتی (دلار)",
    "n_fixed": "تعداد پروژه‌ای",
    "median_fixed_usd": "میانهٔ پروژه‌ای (دلار)",
    "n_salary": "تعداد حقوق ماهانه",
    "median_salary_usd": "میانهٔ حقوق ماهانه (دلار)",
    "pay_type": "نوع پرداخت",
    "gini": "ضریب جینی",
    "top10_share": "سهم ۱۰٪ بالا",
    "share_high": "سهم پرداخت بالا",
    "high_threshold_usd": "آستانهٔ پرداخت بالا (دلار)",
    "max_usd": "بزرگ‌ترین مقدار (دلار)",
    "max_share": "سهم بزرگ‌ترین مقدار",
    "gini_without_max": "ضریب جینی بدون بزرگ‌ترین مقدار",
    "event": "رویداد",
    "event_name": "نام رویداد",
    "event_date": "تاریخ رویداد",
    "control": "دسته‌های کنترل",
    "months_before": "ماه‌های پیش",
    "months_after": "ماه‌های پس",
    "did_log": "تفاضل در تفاضل (لگاریتمی)",
    "se": "خطای معیار",
    "df": "درجهٔ آزادی",
    "ci_low_log": "کران پایین (لگاریتمی)",
    "ci_high_log": "کران بالا (لگاریتمی)",
    "did_pct": "تغییر (٪)",
    "ci_low_pct": "کران پایین (٪)",
    "ci_high_pct": "کران بالا (٪)",
    "placebo_months_before": "رویداد ساختگی (ماه پیش از رویداد)",
    "placebo_pct": "تغییر ساختگی (٪)",
    "placebo_ci_low_pct": "کران پایین ساختگی (٪)",
    "placebo_ci_high_pct": "کران بالای ساختگی (٪)",
    "pre_trend": "روند پیش از رویداد",
    "event_study": "شکاف هر ماه",
    "confidence": "سطح اطمینان",
    "cited_hourly_usd": "رقم نقل‌شده (دلار در ساعت)",
    "cited_status": "وضعیت رقم نقل‌شده",
    "exposure_weighted": "مواجههٔ وزنی",
    "categories": "شمار دسته‌ها",
    "index": "شاخص",
}
SCOPE_FA = {"market": "کل بازار", "category": "دسته"}
PERIOD_FA = {"all": "همه"}
CITED_STATUS_FA = {"cited, not verified": "نقل‌شده، تأییدنشده"}
DATE_COLUMNS = ("month", "period", "event_date")


def column_in(key: str, lang: str) -> str:
    """A column head for people: Persian in ``fa``, the JSON key otherwise."""
    return COLUMN_FA.get(key, key) if lang == "fa" else key


# English words for the same heads (the report and the text output; JSON and CSV keep keys).
COLUMN_EN = {
    "month": "month",
    "period": "period",
    "category": "category",
    "scope": "scope",
    "postings": "postings",
    "n": "n (pay values)",
    "n_hourly": "n hourly",
    "median_hourly_usd": "median hourly (USD)",
    "p25_hourly_usd": "hourly 1st quartile (USD)",
    "p75_hourly_usd": "hourly 3rd quartile (USD)",
    "n_fixed": "n fixed-price",
    "median_fixed_usd": "median fixed-price (USD)",
    "n_salary": "n salary",
    "median_salary_usd": "median monthly salary (USD)",
    "pay_type": "pay type",
    "gini": "Gini",
    "top10_share": "top-10% share",
    "share_high": "share at or above threshold",
    "high_threshold_usd": "high-pay threshold (USD)",
    "max_usd": "largest value (USD)",
    "max_share": "largest value's share",
    "gini_without_max": "Gini without largest value",
    "event": "event",
    "event_name": "event name",
    "event_date": "event date",
    "control": "control categories",
    "months_before": "months before",
    "months_after": "months after",
    "did_log": "diff-in-diff (log)",
    "se": "std. error",
    "df": "degrees of freedom",
    "ci_low_log": "CI low (log)",
    "ci_high_log": "CI high (log)",
    "did_pct": "change (%)",
    "ci_low_pct": "CI low (%)",
    "ci_high_pct": "CI high (%)",
    "placebo_months_before": "placebo event (months before)",
    "placebo_pct": "placebo change (%)",
    "placebo_ci_low_pct": "placebo CI low (%)",
    "placebo_ci_high_pct": "placebo CI high (%)",
    "pre_trend": "pre-trend",
    "event_study": "gap by month",
    "confidence": "confidence",
    "cited_hourly_usd": "cited figure (USD/h)",
    "cited_status": "cited figure status",
    "exposure_weighted": "exposure-weighted",
    "categories": "categories",
    "index": "index",
}


def column_label(key: str, lang: str) -> str:
    """A column head in words: Persian in ``fa``, English otherwise (the key if unknown)."""
    return (COLUMN_FA if lang == "fa" else COLUMN_EN).get(key, key)


# -- how many values a median stands on ---------------------------------------------------
# Every median (and quartile) in the rows has its count beside it: ``median_hourly_usd``
# and ``n_hourly``, ``median_fixed_usd`` and ``n_fixed`` ... A median on fewer than
# MIN_MEDIAN_N values is shown, with its n, as too few to read (a stated assumption).
MIN_MEDIAN_N = 10
MEDIAN_N_KEY = {
    "median_hourly_usd": "n_hourly",
    "p25_hourly_usd": "n_hourly",
    "p75_hourly_usd": "n_hourly",
    "median_fixed_usd": "n_fixed",
    "median_salary_usd": "n_salary",
}


def median_n(key: str, row: dict[str, Any]) -> int | None:
    """How many pay values the median (or quartile) ``row[key]`` stands on; None when
    ``key`` is no median or the row has no count for it."""
    n_key = MEDIAN_N_KEY.get(key)
    n = row.get(n_key) if n_key else None
    return int(n) if isinstance(n, int | float) and not isinstance(n, bool) else None


def too_few(key: str, row: dict[str, Any], min_n: int = MIN_MEDIAN_N) -> bool:
    """True when ``row[key]`` is a median on fewer than ``min_n`` values (too few to read)."""
    n = median_n(key, row)
    return row.get(key) is not None and n is not None and n < min_n


def too_few_note(lang: str, mark: str = "*") -> str:
    """The line under a table whose medians on fewer than MIN_MEDIAN_N values are marked."""
    if lang == "fa":
        return (
            f"{mark} میانه‌ای که بر کمتر از {num(MIN_MEDIAN_N, 'fa')} مقدار دستمزد تکیه دارد "
            "(ستون تعداد کنارش): برای خواندن بسیار کم است"
        )
    return (
        f"{mark} a median on fewer than {MIN_MEDIAN_N} pay values (its n is the count "
        "column beside it): too few to read"
    )


# -- one value that carries a group's inequality ---------------------------------------------
# Each inequality row says how much its single largest pay value weighs: ``max_usd``, its
# share of all the pay in the group (``max_share``), and the Gini of the group without it
# (``gini_without_max``). A value holding a share w of a group's pay gives a Gini of about
# w - 1/n on its own, even if every other value were equal; so from ONE_VALUE_SHARE (a
# stated assumption) on, the row is flagged: its Gini and top-10% share lean on that one
# posting, and the notes say how much (the share, and the Gini without it). With the smallest cells (20 values) the largest value must then be about five
# times the average of the others: an ordinary spread of pay is not flagged.
ONE_VALUE_SHARE = 0.2
ONE_VALUE_MARK = "†"


def one_value_dominates(row: dict[str, Any], threshold: float = ONE_VALUE_SHARE) -> bool:
    """True when the row's single largest pay value holds ``threshold`` or more of its pay."""
    share = row.get("max_share")
    return isinstance(share, int | float) and share >= threshold


def one_value_note(lang: str, mark: str = ONE_VALUE_MARK) -> str:
    """The line under an inequality table whose flagged rows are marked."""
    share = pct(ONE_VALUE_SHARE, lang)
    if lang == "fa":
        return (
            f"{mark} یک مقدار به‌تنهایی {share} یا بیشتر از کل دستمزد این گروه است: ضریب جینی و "
            "سهم ۱۰٪ بالای این ردیف بر همان یک آگهی تکیه دارند (با ستون «ضریب جینی بدون "
            "بزرگ‌ترین مقدار» بسنجید)"
        )
    return (
        f"{mark} one value alone is {share} or more of all the pay in this group: the row's Gini "
        "and top-10% share lean on that one posting (compare the Gini without the largest "
        "value)"
    )


def _usd(x: float, lang: str) -> str:
    digits = 0 if x >= 100 else 2
    return f"{num(x, 'fa', digits)} دلار" if lang == "fa" else f"${x:,.{digits}f}"


def _group(row: dict[str, Any], lang: str) -> str:
    """``fixed-price pay in the market, 2024-06`` (and its Persian) for an inequality row."""
    pt = row.get("pay_type") or ""
    period = str(row.get("period") or "")
    cat = row.get("category")
    if lang == "fa":
        what = {"hourly": "دستمزد ساعتی", "fixed": "دستمزد پروژه‌ای", "salary": "حقوق ماهانه"}
        where = f"دستهٔ {_category_fa(cat)}" if cat else "کل بازار"
        when = "همهٔ دوره‌ها" if period == "all" else _fa(period[:7])
        return f"{what.get(pt, pt)} در {where}، {when}"
    what_en = {"hourly": "hourly pay", "fixed": "fixed-price pay", "salary": "monthly salaries"}
    where_en = f"{_category_en(cat)} ({cat})" if cat else "the market"
    when_en = "all periods" if period == "all" else period[:7]
    return f"{what_en.get(pt, pt)} in {where_en}, {when_en}"


def one_value_notes(rows: list[dict[str, Any]], limit: int = 6) -> tuple[list[str], list[str]]:
    """Plain words for each inequality row where one value holds ONE_VALUE_SHARE or more of
    the pay (English, Persian); at most ``limit`` rows are named, the rest counted."""
    flagged = [r for r in rows if one_value_dominates(r)]
    if not flagged:
        return [], []
    at_least = pct(ONE_VALUE_SHARE, "en")
    en = [
        f"in {len(flagged)} row(s) one pay value alone is {at_least} or more of all the pay in "
        f"its group (marked {ONE_VALUE_MARK}): a value holding a share w of the pay gives a Gini of "
        "about w on its own, even if all the other values were equal; gini_without_max is the "
        "same group's Gini without that one value"
    ]
    fa = [
        f"در {_n(len(flagged))} ردیف یک مقدار دستمزد به‌تنهایی {pct(ONE_VALUE_SHARE, 'fa')} یا "
        f"بیشتر از کل دستمزد گروهش است (با نشان {ONE_VALUE_MARK}): مقداری که سهم w از دستمزد "
        "را دارد، حتی اگر همهٔ مقدارهای دیگر برابر باشند، به‌تنهایی ضریب جینی را به حدود w "
        "می‌رساند؛ «ضریب جینی بدون بزرگ‌ترین مقدار» (gini_without_max) ضریب جینی همان گروه "
        "بی آن یک مقدار است"
    ]

    def f2(x: Any, lang: str) -> str:
        return "-" if x is None else num(float(x), lang, 2)

    for r in flagged[:limit]:
        n, share, top = int(r.get("n") or 0), float(r["max_share"]), r.get("top10_share")
        without = r.get("gini_without_max")
        en.append(
            f"one posting carries {pct(share, 'en')} of all {_group(r, 'en')} "
            f"({_usd(float(r['max_usd']), 'en')} among {n:,} values): {f2(share, 'en')} of the "
            f"top-10% share ({f2(top, 'en')}) is that one value, and the Gini "
            f"({f2(r.get('gini'), 'en')}) is {f2(without, 'en')} without it"
        )
        fa.append(
            f"یک آگهی {pct(share, 'fa')} از کل {_group(r, 'fa')} را در بر دارد "
            f"({_usd(float(r['max_usd']), 'fa')} در میان {_n(n)} مقدار): {f2(share, 'fa')} از "
            f"سهم ۱۰٪ بالا ({f2(top, 'fa')}) همین یک مقدار است، و ضریب جینی "
            f"({f2(r.get('gini'), 'fa')}) بی آن {f2(without, 'fa')} است"
        )
    more = len(flagged) - limit
    if more > 0:
        en.append(f"... and {more} more row(s) like these (max_share >= {ONE_VALUE_SHARE})")
        fa.append(
            f"... و {_n(more)} ردیف دیگر مانند این‌ها (max_share ≥ {num(ONE_VALUE_SHARE, 'fa', 1)})"
        )
    return en, fa


# Inequality rows in reading order: the market first, then each category; within each,
# hourly, fixed-price, salary; within each, the pooled period "all", then the months.
def inequality_order(row: dict[str, Any]) -> tuple[Any, ...]:
    pt = row.get("pay_type")
    period = str(row.get("period") or "")
    return (
        row.get("scope") != "market",
        str(row.get("category") or ""),
        PAY_TYPES.index(pt) if pt in PAY_TYPES else len(PAY_TYPES),
        str(pt or ""),
        period != "all",
        period,
    )


# -- pay columns with no value at all ---------------------------------------------------------
# ``volume_pay`` and ``pay_by_category`` carry a count and a median per pay type. When no
# row has a single value of a pay type (the shared files' monthly salaries are Jobinja ads:
# no date, and no category before `azadkar market classify`), its columns hold n = 0 and no
# median in every row: the text and the report leave them out, and a note says why, rather
# than print zeros that read like measurements. The JSON keeps them.
PAY_COLUMN_KEYS = {pt: (f"n_{pt}", f"median_{pt}_usd") for pt in PAY_TYPES}


# "no monthly salary figures: no posting ... states a monthly salary" (English, Persian).
EMPTY_PAY_WORDS = {
    "hourly": ("hourly-rate", "an hourly rate", "نرخ ساعتی"),
    "fixed": ("fixed-price", "a fixed price", "دستمزد پروژه‌ای"),
    "salary": ("monthly-salary", "a monthly salary", "حقوق ماهانه"),
}


def empty_pay_types(rows: list[dict[str, Any]]) -> list[str]:
    """The pay types whose count is 0 in every row (none when there are no rows)."""
    if not rows:
        return []
    return [
        pt
        for pt, (n_key, _) in PAY_COLUMN_KEYS.items()
        if all(n_key in r for r in rows) and not any(r.get(n_key) for r in rows)
    ]


def empty_pay_columns(ind: Indicator) -> set[str]:
    """The columns of ``ind`` that the text output and the report leave out (no data)."""
    if ind.name not in ("volume_pay", "pay_by_category"):
        return set()
    return {k for pt in empty_pay_types(ind.rows) for k in PAY_COLUMN_KEYS[pt]}


# -- the tables for people (text output and report alike) ------------------------------------
# A row is named by its month, category ... columns: those come first. The inequality rows
# read by category, pay type, then period (the order they are sorted in).
KEY_COLUMNS = ("month", "period", "event", "category", "scope", "pay_type")
KEY_COLUMNS_BY_INDICATOR = {"inequality": ("category", "pay_type", "period")}
MARKET_WIDE = {"en": "market-wide", "fa": "کل بازار"}


# A cited figure carried on a row (the source report's $2.4/h on the market row of
# ai_training) for JSON and CSV: in a table for people it would stand as a column beside
# the measured figures, so tables leave it out and show it as a cited-claim line instead
# (``Indicator.cited``: the claim, its source, and what was measured).
CITED_COLUMNS = ("cited_hourly_usd", "cited_status")
# Columns of rows within a row (a difference-in-differences estimate's gap month by month):
# in JSON (and CSV lines of their own), not a table's cell.
NESTED_COLUMNS = ("event_study",)


def table_columns(ind: Indicator, hidden: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(key columns, value columns) of ``ind``'s table for people, leaving out ``hidden``,
    the cited figures (:data:`CITED_COLUMNS`), pay columns with no value at all
    (:func:`empty_pay_columns`) and ``scope`` where a ``category`` column says it
    (market-wide rows read "market-wide" there)."""
    cols = list(dict.fromkeys(k for r in ind.rows for k in r))
    drop = set(hidden) | set(CITED_COLUMNS) | set(NESTED_COLUMNS) | empty_pay_columns(ind)
    if "scope" in cols and "category" in cols:
        drop.add("scope")
    cols = [c for c in cols if c not in drop]
    keyed = [c for c in KEY_COLUMNS_BY_INDICATOR.get(ind.name, KEY_COLUMNS) if c in cols]
    return keyed, [c for c in cols if c not in keyed]


def market_wide(key: str, row: dict[str, Any], lang: str) -> str | None:
    """ "market-wide" («کل بازار») for the empty category of a market-wide row, else None."""
    if key == "category" and row.get("category") is None and row.get("scope") == "market":
        return MARKET_WIDE["fa" if lang == "fa" else "en"]
    return None


# The Jalali (Solar Hijri) month names, as Iranian calendars print them.
JALALI_MONTHS_FA = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)

# Said once wherever Persian output shows months (text, report, web page).
MONTHS_NOTE_FA = "ماه‌ها میلادی‌اند؛ کنار هر ماه، ماه‌های شمسی‌ای که در بر می‌گیرد آمده است."
MONTHS_NOTE_EN = "Months are Gregorian calendar months."


def jalali_months(month: str) -> str:
    """The Jalali months a Gregorian month (``2024-08`` or ``2024-08-01``) overlaps, in
    Persian: «مرداد–شهریور ۱۴۰۳», or with both years when it spans a Jalali new year
    («اسفند ۱۴۰۲–فروردین ۱۴۰۳»). The conversion is jdatetime's."""
    import jdatetime

    year, mon = int(month[:4]), int(month[5:7])
    first = dt.date(year, mon, 1)
    last = _add_months(first, 1) - dt.timedelta(days=1)
    a = jdatetime.date.fromgregorian(date=first)
    b = jdatetime.date.fromgregorian(date=last)
    name_a, name_b = JALALI_MONTHS_FA[a.month - 1], JALALI_MONTHS_FA[b.month - 1]
    if (a.year, a.month) == (b.year, b.month):
        return f"{name_a} {fa_digits(a.year)}"
    if a.year == b.year:
        return f"{name_a}\u2013{name_b} {fa_digits(a.year)}"
    return f"{name_a} {fa_digits(a.year)}\u2013{name_b} {fa_digits(b.year)}"


def is_month_value(key: str, value: Any) -> bool:
    """Whether ``value`` is the month of a month or period column (``2024-06-01``)."""
    return (
        key in ("month", "period")
        and isinstance(value, str)
        and len(value) == 10
        and value[4] == "-"
        and value.endswith("-01")
        and value[:4].isdigit()
        and value[5:7].isdigit()
    )


def month_label(key: str, value: Any, lang: str = "en") -> Any:
    """A month for people: ``2024-06`` for the ``2024-06-01`` of a month or period column
    (the JSON and CSV keep the date); in Persian with the Jalali months it overlaps,
    ``2024-08 (مرداد–شهریور ۱۴۰۳)`` (the month itself stays Gregorian)."""
    if is_month_value(key, value):
        if lang == "fa":
            return f"{value[:7]} ({jalali_months(value)})"
        return value[:7]
    return value


# -- where the categories come from ---------------------------------------------------------
def category_source_line(sources: dict[str, int], mode: str, lang: str) -> str:
    """One line: where the categories of these results come from, and how to get the
    other view (``--category-source``). ``sources`` is :attr:`MarketIndicators.category_source`,
    ``mode`` the option the results were computed with (auto, platform or model)."""
    fa = lang == "fa"
    models = sorted(k for k in sources if k.startswith("model "))
    platform = sources.get("platform mapping", 0)

    def n(v: int) -> str:
        return num(v, lang)

    def ltr(text: str) -> str:  # Latin text (options, versions) in a Persian line
        return f"\u2066{text}\u2069"

    def fa_source(k: str) -> str:
        return (
            f"مدل {ltr(k[len('model ') :])}"
            if k.startswith("model ")
            else category_source_in(k, "fa")
        )

    if fa:
        parts = "، ".join(f"{fa_source(k)} ({n(v)})" for k, v in sources.items())
    else:
        parts = ", ".join(f"{k} ({n(v)})" for k, v in sources.items())
    if models:
        if fa:
            what = "برچسب‌های مدل دسته‌بند (نه برچسب‌های پلتفرم؛ شمارها با آن‌ها فرق دارند)"
            if platform:
                what = "برچسب‌های مدل دسته‌بند هر جا هست، وگرنه برچسب‌های پلتفرم"
            other = f"برای نمای برچسب‌های پلتفرم: {ltr('--category-source platform')}"
        else:
            what = "the classifier model's labels (not the platform's; counts differ from them)"
            if platform:
                what = "the classifier model's labels where there are any, else the platform's"
            other = "the platform labels' view: --category-source platform"
    elif mode == "model":
        if fa:
            what = "فقط مدل دسته‌بند، که هنوز هیچ آگهی‌ای را دسته‌بندی نکرده است"
            other = f"نخست {ltr('azadkar market classify')}؛ یا {ltr('--category-source platform')}"
        else:
            what = "the classifier model only, which has classified no posting yet"
            other = "run `azadkar market classify` first, or use --category-source platform"
    else:
        if fa:
            what = "برچسب‌های پلتفرم، نگاشته به دسته‌های ما"
            other = (
                f"پس از {ltr('azadkar market classify')} برچسب‌های مدل جای آن‌ها را می‌گیرند "
                f"({ltr('--category-source platform')} همین نما را نگه می‌دارد)"
                if mode == "auto"
                else f"برای نمای مدل: {ltr('--category-source model')} (پس از "
                f"{ltr('azadkar market classify')})"
            )
        else:
            what = "the platform's labels, mapped to our categories"
            other = (
                "after `azadkar market classify` the model's labels replace them "
                "(--category-source platform keeps this view)"
                if mode == "auto"
                else "the model's view: --category-source model (after azadkar market classify)"
            )
    if fa:
        return f"منشأ دسته‌ها: {what} - {parts}؛ {other}"
    return f"Categories from: {what} - {parts}; {other}"


def value_in(key: str, value: Any, lang: str) -> Any:
    """A coded cell for people in ``fa`` (pay types, scopes, categories, dates with Persian
    digits); numbers and English cells come back unchanged."""
    if lang != "fa" or value is None or isinstance(value, bool | int | float):
        return value
    if key == "control" and isinstance(value, list):
        return "، ".join(_category_fa(str(c)) for c in value)
    if not isinstance(value, str):
        return value
    if key == "category":
        return _category_fa(value)
    if key == "pay_type":
        return PAY_TYPE_FA.get(value, value)
    if key == "scope":
        return SCOPE_FA.get(value, value)
    if key == "cited_status":
        return CITED_STATUS_FA.get(value, value)
    if key == "pre_trend":
        return PRE_TREND_FA.get(value, value)
    if key == "event_name" and value.endswith(" released"):
        return f"عرضهٔ {value.removesuffix(' released')}"
    if key in DATE_COLUMNS:
        return PERIOD_FA.get(value, _fa(value))
    return value


def _exposure_fa(cfg: IndicatorConfig) -> str:
    measure = EXPOSURE_MEASURE_FA.get(cfg.exposure_measure, cfg.exposure_measure)
    return f"{measure}، {EXPOSURE_SOURCE_FA.get(cfg.exposure_source, cfg.exposure_source)}"


# -- SQL (engine-neutral) ---------------------------------------------------------------
SUMMARY_SQL = """
SELECT count(*) AS n,
       sum(CASE WHEN posted_day IS NOT NULL THEN 1 ELSE 0 END) AS dated,
       min(posted_day) AS first_day, max(posted_day) AS last_day,
       count(DISTINCT posted_month) AS months,
       sum(CASE WHEN pay_usd IS NOT NULL THEN 1 ELSE 0 END) AS with_pay,
       sum(CASE WHEN category IS NULL THEN 1 ELSE 0 END) AS unclassified
FROM az_p
"""

SOURCE_SQL = "SELECT category_source, count(*) AS n FROM az_p GROUP BY category_source"

# Postings with pay but no USD value: the rates file had no rate for their currency on or
# before their date (kept by the ingest, never converted with a later rate).
NO_RATE_SQL = """
SELECT no_rate_currency AS currency, count(*) AS n,
       sum(CASE WHEN ai_training AND pay_type = 'hourly' THEN 1 ELSE 0 END) AS n_ai_hourly,
       sum(CASE WHEN posted_day IS NULL THEN 1 ELSE 0 END) AS undated,
       min(posted_day) AS first_day, max(posted_day) AS last_day
FROM az_p WHERE no_rate_currency IS NOT NULL
GROUP BY no_rate_currency
ORDER BY currency
"""


# The exchange rates the pay of the slice was converted with, per currency (not USD).
RATES_USED_SQL = """
SELECT rate_currency AS currency, count(*) AS n,
       min(units_per_usd) AS low, max(units_per_usd) AS high,
       min(rate_date) AS first_rate, max(rate_date) AS last_rate
FROM az_p WHERE rate_currency IS NOT NULL AND units_per_usd IS NOT NULL
GROUP BY rate_currency
ORDER BY currency
"""


def rates_used_note(rows: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The note saying which exchange rates converted the pay to USD (English, Persian), or
    None when every pay was in USD: per currency, the postings, the range of rates (units
    per USD) and of their dates. The rates are a stated assumption, not official rates."""
    en, fa = [], []
    for r in rows:
        cur = str(r["currency"])
        cur_fa = CURRENCY_FA.get(cur, cur)
        low, high = float(f"{float(r['low']):.6g}"), float(f"{float(r['high']):.6g}")
        k = int(r["n"] or 0)
        rng = f"{low:,.6g}" if low == high else f"{low:,.6g} to {high:,.6g}"
        rng_fa = num(low, "fa") if low == high else f"{num(low, 'fa')} تا {num(high, 'fa')}"
        first, last = r["first_rate"], r["last_rate"]
        when = f"rates of {first}" if first == last else f"rates dated {first} to {last}"
        when_fa = f"نرخ {_fa(first)}" if first == last else f"نرخ‌های {_fa(first)} تا {_fa(last)}"
        word = {"IRR": "rial", "TOMAN": "toman"}.get(cur, cur)
        en.append(f"{cur} ({k:,} postings): {rng} {word} per USD, {when}")
        fa.append(f"{cur_fa} ({_n(k)} آگهی): {rng_fa} {cur_fa} برای هر دلار، {when_fa}")
    if not en:
        return None
    return (
        "pay in other currencies is converted to USD at the rate of the posting's date in the "
        "rates file used at ingest (a stated assumption, not an official rate): " + "; ".join(en),
        "دستمزدِ به واحدهای دیگر با نرخ تاریخ هر آگهی در پروندهٔ نرخ‌های به‌کاررفته در ورود "
        "به دلار تبدیل شده است (فرضی اعلام‌شده، نه نرخ رسمی): " + "؛ ".join(fa),
    )


def _median(pt: str) -> str:
    return (
        f"percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN pay_type = '{pt}' THEN pay_usd END)"
    )


def _count(pt: str) -> str:
    return f"sum(CASE WHEN pay_type = '{pt}' AND pay_usd IS NOT NULL THEN 1 ELSE 0 END)"


PAY_COLUMNS = ",\n       ".join(
    f"{_count(pt)} AS n_{pt}, {_median(pt)} AS median_{pt}_usd" for pt in PAY_TYPES
)

VOLUME_SQL = f"""
SELECT posted_month AS month, category, sum(weight) AS postings,
       {PAY_COLUMNS}
FROM az_p
WHERE posted_month IN (SELECT month FROM az_months) AND category IS NOT NULL
GROUP BY posted_month, category
ORDER BY month, category
"""

# Postings per category, dated or not, with or without pay (needs only a category).
CATEGORY_SQL = """
SELECT category, sum(weight) AS postings
FROM az_p WHERE category IS NOT NULL
GROUP BY category
ORDER BY category
"""

# Postings with pay (in USD) per pay type, and how many of them have no date or no category:
# why a pay type can be missing from the per-month and per-category tables.
PAY_TYPE_SQL = """
SELECT pay_type, count(*) AS n,
       sum(CASE WHEN posted_month IS NULL THEN 1 ELSE 0 END) AS undated,
       sum(CASE WHEN category IS NULL THEN 1 ELSE 0 END) AS no_category
FROM az_p WHERE pay_type IS NOT NULL AND pay_usd IS NOT NULL
GROUP BY pay_type
ORDER BY pay_type
"""

# Dated postings per month, market-wide (the per-month minimum is checked on these).
MONTH_COUNTS_SQL = """
SELECT posted_month AS month, sum(weight) AS postings
FROM az_p WHERE posted_month IS NOT NULL
GROUP BY posted_month
ORDER BY month
"""

PAY_SQL = f"""
SELECT category, sum(weight) AS postings,
       {PAY_COLUMNS}
FROM az_p
WHERE category IS NOT NULL
GROUP BY category
ORDER BY category
"""


def inequality_sql(high: dict[str, float], min_n: int, monthly: bool = True) -> str:
    """Gini, top-10% share and share above a threshold per (period, scope, pay type).

    Monthly periods cover only the months in ``az_months`` (and none when ``monthly`` is
    false: the data cannot support a monthly series).

    Pay values are first counted per distinct amount, so the only sort is over distinct
    amounts, not over every posting. With ``c`` postings at amount ``x`` and ``b`` postings
    below it, their ranks are b+1..b+c, whose sum is c*b + c(c+1)/2; so
    Gini = 2*sum(x*ranks)/(n*s) - (n+1)/n, and the top 10% (the ranks above
    L = n - ceil(n/10)) hold greatest(0, least(c, b + c - L)) of them.

    How much the single largest value weighs: ``max_usd``, its share of the group's pay
    ``max_share``, and ``gini_without_max``, the Gini of the other n-1 values. Their ranks
    stay 1..n-1, so with T = sum(x*ranks) it is 2*(T - n*max)/((n-1)*(s - max)) - n/(n-1).
    """
    thr = " ".join(
        f"WHEN pay_type = '{pt}' THEN CAST({float(v)!r} AS DOUBLE)" for pt, v in high.items()
    )
    types = ", ".join(f"'{pt}'" for pt in high)
    per_month = (
        f"""SELECT CAST(posted_month AS STRING) AS period, 'market' AS scope, pay_type, pay_usd AS x
    FROM az_p WHERE posted_month IN (SELECT month FROM az_months) AND pay_type IN ({types})
          AND pay_usd > 0
    UNION ALL
    """
        if monthly
        else ""
    )
    return f"""
WITH x AS (
    {per_month}SELECT 'all' AS period, 'market' AS scope, pay_type, pay_usd AS x
    FROM az_p WHERE pay_type IN ({types}) AND pay_usd > 0
    UNION ALL
    SELECT 'all' AS period, category AS scope, pay_type, pay_usd AS x
    FROM az_p WHERE category IS NOT NULL AND pay_type IN ({types}) AND pay_usd > 0
),
v AS (
    SELECT period, scope, pay_type, x, count(*) AS c FROM x GROUP BY period, scope, pay_type, x
),
r AS (
    SELECT period, scope, pay_type, x, CAST(c AS DOUBLE) AS c,
           CASE {thr} END AS thr,
           CAST(coalesce(sum(c) OVER (PARTITION BY period, scope, pay_type ORDER BY x
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS DOUBLE) AS b,
           CAST(sum(c) OVER (PARTITION BY period, scope, pay_type) AS DOUBLE) AS n,
           sum(x * c) OVER (PARTITION BY period, scope, pay_type) AS s
    FROM v
),
q AS (
    SELECT r.*, n - ceil(n / 10) AS top_from FROM r
)
SELECT period, scope, pay_type, CAST(max(n) AS BIGINT) AS n,
       2 * sum(x * (c * b + c * (c + 1) / 2)) / (max(n) * max(s)) - (max(n) + 1) / max(n) AS gini,
       sum(x * greatest(CAST(0 AS DOUBLE), least(c, b + c - top_from))) / max(s) AS top10_share,
       sum(CASE WHEN x >= thr THEN c ELSE CAST(0 AS DOUBLE) END) / max(n) AS share_high,
       max(thr) AS high_threshold_usd,
       max(x) AS max_usd,
       max(x) / max(s) AS max_share,
       CASE WHEN max(n) > 1 THEN
           2 * (sum(x * (c * b + c * (c + 1) / 2)) - max(n) * max(x))
             / ((max(n) - 1) * (max(s) - max(x)))
           - max(n) / (max(n) - 1)
       END AS gini_without_max
FROM q
GROUP BY period, scope, pay_type
HAVING max(n) >= {int(min_n)}
ORDER BY period, scope, pay_type
"""


MONTHLY_SQL = """
SELECT posted_month AS month, category, sum(weight) AS v
FROM az_p WHERE posted_month IN (SELECT month FROM az_months) AND category IS NOT NULL
GROUP BY posted_month, category
"""

# The treated-minus-control log gap of each month in an event's window (d), with its
# month and the event's: the estimate compares its months before and after the event; the
# event study and the pre-period placebo read it month by month.
_DID_GAPS_SQL = f"""
WITH m AS ({MONTHLY_SQL}),
ctl AS (
    SELECT c.event_id, m.month, sum(m.v) AS vc
    FROM m JOIN az_control c ON m.category = c.category
    GROUP BY c.event_id, m.month
),
d AS (
    SELECT e.event_id, m.category, m.month, e.event_month,
           CASE WHEN m.month < e.event_month THEN 'pre'
                WHEN m.month > e.event_month THEN 'post' END AS phase,
           ln(m.v) - ln(ctl.vc) AS d
    FROM m
    JOIN az_events e ON m.month >= e.window_start AND m.month < e.window_end
    JOIN ctl ON ctl.event_id = e.event_id AND ctl.month = m.month
    LEFT JOIN az_control cc ON cc.event_id = e.event_id AND cc.category = m.category
    WHERE cc.category IS NULL AND m.v > 0 AND ctl.vc > 0
)
"""

DID_SQL = (
    _DID_GAPS_SQL
    + """SELECT event_id, category, phase, count(*) AS n, avg(d) AS mean, var_samp(d) AS var
FROM d WHERE phase IS NOT NULL
GROUP BY event_id, category, phase
ORDER BY event_id, category, phase
"""
)

DID_MONTHS_SQL = (
    _DID_GAPS_SQL
    + """SELECT event_id, category, month, event_month, d FROM d
ORDER BY event_id, category, month
"""
)

AI_TRAINING_SQL = """
SELECT category, sum(weight) AS postings,
       sum(CASE WHEN pay_type = 'hourly' AND pay_usd IS NOT NULL THEN 1 ELSE 0 END) AS n_hourly,
       percentile_cont(0.5) WITHIN GROUP
           (ORDER BY CASE WHEN pay_type = 'hourly' THEN pay_usd END) AS median_hourly_usd,
       percentile_cont(0.25) WITHIN GROUP
           (ORDER BY CASE WHEN pay_type = 'hourly' THEN pay_usd END) AS p25_hourly_usd,
       percentile_cont(0.75) WITHIN GROUP
           (ORDER BY CASE WHEN pay_type = 'hourly' THEN pay_usd END) AS p75_hourly_usd,
       sum(CASE WHEN pay_type = 'fixed' AND pay_usd IS NOT NULL THEN 1 ELSE 0 END) AS n_fixed,
       percentile_cont(0.5) WITHIN GROUP
           (ORDER BY CASE WHEN pay_type = 'fixed' THEN pay_usd END) AS median_fixed_usd
FROM az_p WHERE ai_training
GROUP BY category
ORDER BY category
"""

AI_TRAINING_ALL_SQL = AI_TRAINING_SQL.replace(
    "SELECT category,", "SELECT NULL AS category,"
).replace("GROUP BY category\nORDER BY category", "")

EXPOSURE_SQL = f"""
WITH m AS ({MONTHLY_SQL})
SELECT m.month, sum(m.v) AS postings, sum(m.v * x.exposure) / sum(m.v) AS exposure_weighted,
       count(*) AS categories
FROM m JOIN az_exposure x ON x.category = m.category
GROUP BY m.month
ORDER BY m.month
"""


# -- the indicators ---------------------------------------------------------------------
# Parallel aggregation adds floating-point terms in a different order on each run, so a
# sum can differ in its last bit or two between runs on the same data (both engines).
# Results are kept to 12 significant digits — far more than any of these measures
# supports — so the same store gives the same JSON and CSV, byte for byte.
SIGNIFICANT_DIGITS = 12


def _settle_floats(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: float(f"{v:.{SIGNIFICANT_DIGITS}g}") if isinstance(v, float) and math.isfinite(v) else v
        for k, v in row.items()
    }


def _t_quantile(p: float, df: float) -> float:
    # scipy.special, not scipy.stats: the same function without a second of imports.
    from scipy.special import stdtrit

    return float(stdtrit(df, p))


def _welch(
    pre: tuple[int, float, float], post: tuple[int, float, float], confidence: float
) -> tuple[float, float, float, float, float]:
    """(delta, se, df, ci low, ci high) of mean(post) - mean(pre), each side given as
    (months, mean, sample variance): Welch's t, as for every estimate of ``did_events``."""
    (n_pre, m_pre, v_pre), (n_post, m_post, v_post) = pre, post
    a, b = v_post / n_post, v_pre / n_pre
    delta = m_post - m_pre
    se = math.sqrt(a + b)
    if se > 0:
        denom = (a * a / (n_post - 1)) + (b * b / (n_pre - 1))
        df = (a + b) ** 2 / denom if denom > 0 else float(n_pre + n_post - 2)
        q = _t_quantile(0.5 + confidence / 2, df)
        return delta, se, df, delta - q * se, delta + q * se
    return delta, se, float(n_pre + n_post - 2), delta, delta


def _moments(values: list[float]) -> tuple[int, float, float]:
    """(n, mean, sample variance) of ``values`` (at least 2)."""
    n = len(values)
    mean = math.fsum(values) / n
    return n, mean, math.fsum((v - mean) ** 2 for v in values) / (n - 1)


def _month_index(month: Any) -> int:
    """A month (a date, or "YYYY-MM[-DD]") as a count of months, to subtract."""
    text = month.isoformat() if isinstance(month, dt.date) else str(month)
    return int(text[:4]) * 12 + int(text[5:7]) - 1


# The pre-period placebo needs this many months before the event: 2 before a fake event,
# the fake event's month (left out, as the real one is), and 2 after it.
PLACEBO_MIN_MONTHS = 5
PRE_TREND_FA = {
    "none detected": "دیده نشد",
    "detected": "دیده شد",
    "too few months": "ماه‌های ناکافی",
}


def _pre_trend(gaps: dict[int, float], confidence: float) -> dict[str, Any]:
    """The event study and the pre-period placebo of one event and category, from the
    treated-minus-control log gap of each month (``gaps``: months from the event -> gap).

    ``event_study``: each month's gap against the mean gap of the months before the event,
    as a change in %; flat before the event if the trends were parallel. The placebo: the
    same Welch estimate as the real one, on the months before the event only, around a
    fake event in their middle (``placebo_months_before`` months before the real one, its
    month left out); an interval that excludes 0 means the gap was already moving before
    the event (``pre_trend`` "detected"), and the parallel-trends assumption is doubtful."""
    pre = sorted(k for k in gaps if k < 0)
    base = math.fsum(gaps[k] for k in pre) / len(pre) if pre else None
    study = [
        {
            "months_from_event": k,
            "gap_pct": None if base is None else math.expm1(gaps[k] - base) * 100,
        }
        for k in sorted(gaps)
    ]
    out: dict[str, Any] = {
        "placebo_months_before": None,
        "placebo_pct": None,
        "placebo_ci_low_pct": None,
        "placebo_ci_high_pct": None,
        "pre_trend": "too few months",
    }
    if len(pre) >= PLACEBO_MIN_MONTHS:
        at = len(pre) // 2
        before = _moments([gaps[k] for k in pre[:at]])
        after = _moments([gaps[k] for k in pre[at + 1 :]])
        delta, _, _, lo, hi = _welch(before, after, confidence)
        out.update(
            placebo_months_before=-pre[at],
            placebo_pct=math.expm1(delta) * 100,
            placebo_ci_low_pct=math.expm1(lo) * 100,
            placebo_ci_high_pct=math.expm1(hi) * 100,
            pre_trend="none detected" if lo <= 0 <= hi else "detected",
        )
    out["event_study"] = [_settle_floats(p) for p in study]
    return out


def _did_rows(
    stats: list[dict[str, Any]],
    cfg: IndicatorConfig,
    controls: dict[str, list[str]],
    months: list[dict[str, Any]] | None = None,
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """The estimates (one row per event and treated category) from ``stats`` (DID_SQL);
    with ``months`` (DID_MONTHS_SQL), each row carries its pre-trend check beside it."""
    by: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for r in stats:
        by.setdefault((r["event_id"], r["category"]), {})[r["phase"]] = r
    gaps: dict[tuple[str, str], dict[int, float]] = {}
    for r in months or []:
        k = _month_index(r["month"]) - _month_index(r["event_month"])
        gaps.setdefault((r["event_id"], r["category"]), {})[k] = float(r["d"])
    events = {e.id: e for e in cfg.events}
    rows: list[dict[str, Any]] = []
    short: list[str] = []
    short_fa: list[str] = []
    for (eid, cat), ph in sorted(by.items()):
        pre, post = ph.get("pre"), ph.get("post")
        n_pre = int(pre["n"]) if pre else 0
        n_post = int(post["n"]) if post else 0
        if n_pre < 2 or n_post < 2:
            short.append(f"{eid}/{cat}: {n_pre} month(s) before, {n_post} after")
            short_fa.append(
                f"\u2066{eid}\u2069/{_category_fa(cat)}: {_n(n_pre)} ماه پیش، {_n(n_post)} ماه پس"
            )
            continue
        assert pre is not None and post is not None
        delta, se, df, lo, hi = _welch(
            (n_pre, float(pre["mean"]), float(pre["var"] or 0.0)),
            (n_post, float(post["mean"]), float(post["var"] or 0.0)),
            cfg.confidence,
        )
        e = events[eid]
        row = {
            "event": eid,
            "event_name": e.name,
            "event_date": e.date.isoformat(),
            "category": cat,
            "control": controls[eid],
            "months_before": n_pre,
            "months_after": n_post,
            "did_log": delta,
            "se": se,
            "df": df,
            "ci_low_log": lo,
            "ci_high_log": hi,
            "did_pct": math.expm1(delta) * 100,
            "ci_low_pct": math.expm1(lo) * 100,
            "ci_high_pct": math.expm1(hi) * 100,
            "confidence": cfg.confidence,
        }
        if months is not None:
            row.update(_pre_trend(gaps.get((eid, cat), {}), cfg.confidence))
        rows.append(row)
    return rows, short, short_fa


DID_CAVEATS = [
    "Difference-in-differences assumes the treated and control categories would have moved "
    "in parallel without the event. The placebo beside each estimate checks the months "
    "before the event only: a pre-trend 'detected' makes the estimate doubtful; 'none "
    "detected' on a few months is weak evidence, not proof.",
    "Control categories have LOW, not zero, exposure; the estimate is a lower bound on any "
    "effect they share.",
    "The interval comes from month-to-month variation of the treated-minus-control log gap "
    "(Welch t); serial correlation would make it too narrow.",
    "Volume counts postings, not hires, hours or earnings.",
]
DID_CAVEATS_FA = [
    "روش تفاضل در تفاضل فرض می‌کند دسته‌های تحت اثر و دسته‌های کنترل بدون آن رویداد هم‌روند "
    "می‌ماندند. آزمون ساختگی کنار هر برآورد فقط ماه‌های پیش از رویداد را می‌سنجد: «روند پیش از "
    "رویداد: دیده شد» برآورد را مشکوک می‌کند؛ «دیده نشد» بر چند ماه شاهدی ضعیف است، نه اثبات.",
    "مواجههٔ دسته‌های کنترل کم است، نه صفر؛ برای هر اثری که آن‌ها هم از آن سهم می‌برند، برآورد "
    "کران پایین است.",
    "بازهٔ اطمینان از نوسان ماه‌به‌ماهِ شکاف لگاریتمی میان دستهٔ تحت اثر و دسته‌های کنترل به دست "
    "می‌آید (آزمون t ولچ)؛ همبستگی پیاپی ماه‌ها آن را باریک‌تر از واقع نشان می‌دهد.",
    "حجم، شمار آگهی‌هاست، نه شمار استخدام‌ها، ساعت‌های کار یا درآمد.",
]


# Events closer than this cannot be told apart in monthly data.
CLOSE_EVENT_DAYS = 31


def events_outside(events: list[Event], first: Any, last: Any) -> tuple[str, str]:
    """When no event falls inside the dated postings, say so, with the events' dates: more
    postings of the same period would not help (the shared Upwork files are from 2024, the
    releases from 2022-2023). Empty when an event is inside the data."""
    if not events or not first or not last or any(first <= e.date <= last for e in events):
        return "", ""
    where, where_fa = (
        ("before", "پیش از")
        if all(e.date < first for e in events)
        else ("after", "پس از")
        if all(e.date > last for e in events)
        else ("outside", "بیرون از")
    )
    names = ", ".join(f"{e.name} {e.date}" for e in events)
    # in Persian the dates alone (the events' names are the events file's English words;
    # the notes below name each event with its date)
    names_fa = "، ".join(_fa(e.date) for e in events)
    return (
        f"; every event ({names}) is {where} these dates: the data must reach from 2 months "
        "before an event to 2 months after it",
        f"؛ همهٔ رویدادها ({names_fa}) {where_fa} این تاریخ‌ها هستند: داده‌ها باید از {_n(2)} ماه "
        f"پیش از یک رویداد تا {_n(2)} ماه پس از آن را در بر گیرند",
    )


def did_caveats(events: list[Event]) -> tuple[list[str], list[str]]:
    """The DiD caveats for the configured events (English, Persian).

    "X and Y are one day apart" is said only of events that are both configured: pairs
    less than :data:`CLOSE_EVENT_DAYS` apart (the shipped GPT-4 and Midjourney v5).
    """
    en, fa = list(DID_CAVEATS), list(DID_CAVEATS_FA)
    close_en, close_fa = [], []
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            days = (b.date - a.date).days
            if days >= CLOSE_EVENT_DAYS:
                continue
            name_a, name_b = a.name.removesuffix(" released"), b.name.removesuffix(" released")
            apart = (
                "on the same day"
                if days == 0
                else ("one day apart" if days == 1 else f"{days} days apart")
            )
            apart_fa = (
                "در یک روز رخ داده‌اند"
                if days == 0
                else (
                    "تنها یک روز با هم فاصله دارند"
                    if days == 1
                    else f"تنها {_n(days)} روز با هم فاصله دارند"
                )
            )
            close_en.append(
                f"{name_a} ({a.date}) and {name_b} ({b.date}) are {apart}: their estimates "
                "cannot be separated."
            )
            close_fa.append(
                # an event's name (GPT-4, or a Persian one from --events) in a first-strong
                # isolate, so a Latin name reads left to right in the Persian sentence
                f"\u2068{name_a}\u2069 ({_fa(a.date)}) و \u2068{name_b}\u2069 ({_fa(b.date)}) "
                f"{apart_fa}: برآورد آن دو را "
                "نمی‌توان از هم جدا کرد."
            )
    # After the two general caveats, where the fixed GPT-4/Midjourney line used to be.
    return en[:2] + close_en + en[2:], fa[:2] + close_fa + fa[2:]


def compute(
    engine: Engine, cfg: IndicatorConfig | None = None
) -> tuple[list[Indicator], dict[str, Any]]:
    """Run every indicator on ``engine``; returns (indicators, summary)."""
    cfg = cfg or IndicatorConfig(events=load_events())
    summary = engine.query(SUMMARY_SQL)[0]
    n = int(summary["n"] or 0)
    dated = int(summary["dated"] or 0)
    first, last = summary["first_day"], summary["last_day"]
    span = (last - first).days + 1 if first and last else 0
    months = int(summary["months"] or 0)
    with_pay = int(summary["with_pay"] or 0)
    unclassified = int(summary["unclassified"] or 0)
    out: list[Indicator] = []
    src_note = (
        f"{unclassified:,} of {n:,} postings have no category yet (no platform label; "
        "run `azadkar market classify`) and are left out of per-category figures"
        if unclassified
        else ""
    )
    src_note_fa = (
        f"از {_n(n)} آگهی، {_n(unclassified)} آگهی هنوز دسته ندارد (برچسب پلتفرم ندارد؛ "
        "دستور `azadkar market classify` را اجرا کنید) و در ارقام هر دسته شمرده نمی‌شود"
    )

    def base_notes(ind: Indicator) -> Indicator:
        if src_note:
            ind.note(src_note, src_note_fa)
        return ind

    # Pay the ingest kept without a USD value (no rate on or before the posting's date):
    # every pay indicator says how many postings it leaves out, and why.
    no_rate = engine.query(NO_RATE_SQL)
    rates_used = rates_used_note(engine.query(RATES_USED_SQL))

    def note_rates(ind: Indicator) -> None:
        if rates_used and ind.ok:
            ind.note(*rates_used)

    no_rate_n = sum(int(r["n"] or 0) for r in no_rate)
    no_rate_ai = sum(int(r["n_ai_hourly"] or 0) for r in no_rate)

    def note_no_rate(ind: Indicator, ai_only: bool = False) -> None:
        count = no_rate_ai if ai_only else no_rate_n
        if not count:
            return
        parts_en, parts_fa = [], []
        for r in no_rate:
            k = int((r["n_ai_hourly"] if ai_only else r["n"]) or 0)
            if not k:
                continue
            undated = int(r["undated"] or 0) if not ai_only else 0
            when, when_fa = _no_rate_when(r["first_day"], r["last_day"], undated)
            cur_fa = CURRENCY_FA.get(r["currency"], r["currency"])
            parts_en.append(f"{r['currency']}: {k}" + (f", {when}" if when and not ai_only else ""))
            parts_fa.append(
                f"{cur_fa}: {_n(k)}" + (f"، {when_fa}" if when_fa and not ai_only else "")
            )
        what = "AI-training posting(s) with hourly pay" if ai_only else "posting(s) with pay"
        what_fa = "آگهی آموزش هوش مصنوعی با دستمزد ساعتی" if ai_only else "آگهی دارای دستمزد"
        ind.note(
            f"{count} {what} are left out for lack of an exchange rate: no rate on or before "
            f"their date in the rates file used at ingest ({'; '.join(parts_en)}); "
            "`azadkar market status` names the files",
            f"{_n(count)} {what_fa} برای نبودِ نرخ ارز کنار گذاشته شده‌اند: پروندهٔ نرخ‌های "
            f"به‌کاررفته در ورود، در تاریخ آن‌ها یا پیش از آن نرخی ندارد ({'؛ '.join(parts_fa)})؛ "
            "دستور `azadkar market status` پرونده‌ها را نام می‌برد",
        )

    def no_pay_reason(no_pay: tuple[str, str]) -> tuple[str, str]:
        """Why no pay figure can be computed: no pay stated, or none convertible to USD."""
        if not no_rate_n:
            return no_pay
        return (
            f"no posting's pay could be converted to USD: {no_rate_n} posting(s) with pay "
            "have no exchange rate on or before their date",
            f"دستمزد هیچ آگهی‌ای به دلار تبدیل نشد: {_n(no_rate_n)} آگهی دارای دستمزد در "
            "تاریخ خود یا پیش از آن نرخ ارزی ندارند",
        )

    no_date = ("no posting has a date", "هیچ آگهی‌ای تاریخ ندارد")

    # The same rules for every monthly figure (volume, monthly inequality, DiD, index):
    # dates must span ``min_span_days`` (one week of data is no monthly series, even when
    # it crosses a month boundary), and a month needs ``min_month_postings`` dated
    # postings; thinner months are left out, and each indicator says which and why.
    short_span: tuple[str, str] | None = None
    if dated and span < cfg.min_span_days:
        short_span = (
            f"dated postings span only {span} day(s) ({first}..{last}); a monthly series "
            f"needs at least {cfg.min_span_days} days",
            f"آگهی‌های تاریخ‌دار فقط {_n(span)} روز را در بر می‌گیرند ({_span_fa(first, last)})؛ "
            f"سری ماهانه دست‌کم {_n(cfg.min_span_days)} روز داده لازم دارد",
        )
    month_counts = [(r["month"], float(r["postings"] or 0)) for r in engine.query(MONTH_COUNTS_SQL)]
    good = [m for m, c in month_counts if c >= cfg.min_month_postings]
    thin = [(m, c) for m, c in month_counts if c < cfg.min_month_postings]
    engine.register("az_months", [("month", "DATE")], [] if short_span else [(m,) for m in good])
    good_months = 0 if short_span else len(good)

    def _month(m: Any) -> str:
        return m.isoformat()[:7] if isinstance(m, dt.date) else str(m)[:7]

    thin_en = ", ".join(f"{_month(m)} ({c:g})" for m, c in thin[:12])
    thin_fa = "، ".join(
        f"{_fa(_month(m))} ({jalali_months(_month(m))}) با {_n(c)} آگهی" for m, c in thin[:12]
    )
    more = len(thin) - 12

    def note_thin(ind: Indicator) -> None:
        if thin and not short_span:
            ind.note(
                f"months with fewer than {cfg.min_month_postings} dated postings are left "
                f"out: {thin_en}{f' and {more} more' if more > 0 else ''}",
                f"ماه‌هایی که کمتر از {_n(cfg.min_month_postings)} آگهی تاریخ‌دار دارند کنار "
                f"گذاشته شده‌اند: {thin_fa}{f' و {_n(more)} ماه دیگر' if more > 0 else ''}",
            )

    def too_few_months(need: int) -> tuple[str, str]:
        return (
            f"only {good_months} month(s) have {cfg.min_month_postings} or more dated "
            f"postings (thinner months: {thin_en or 'none'}); need at least {need}",
            f"فقط {_n(good_months)} ماه دست‌کم {_n(cfg.min_month_postings)} آگهی تاریخ‌دار "
            f"دارند (ماه‌های کم‌داده: {thin_fa or 'هیچ'})؛ دست‌کم {_n(need)} ماه لازم است",
        )

    # A pay type with no value in any row of a per-month or per-category table: why.
    by_type = {r["pay_type"]: r for r in engine.query(PAY_TYPE_SQL)} if with_pay else {}

    def note_empty_pay(ind: Indicator, monthly: bool) -> None:
        if not ind.ok:
            return
        for pt in empty_pay_types(ind.rows):
            en_adj, en_what, fa_what = EMPTY_PAY_WORDS[pt]
            r = by_type.get(pt) or {}
            total = int(r.get("n") or 0)
            n_key = PAY_COLUMN_KEYS[pt][0]
            tail = (
                f"; {n_key} = 0 here means no data, not zero pay (the text output and the "
                "report leave these columns out)"
            )
            # in Persian words: the column's Persian head, its JSON/CSV key in an isolate
            # (a bare «n_salary = ۰» in Persian text read «۰ = n_salary»)
            tail_fa = (
                f"؛ ۰ در ستون «{column_label(n_key, 'fa')}» (\u2066{n_key}\u2069 در JSON و CSV) "
                "در اینجا یعنی داده‌ای نیست، نه دستمزد صفر (خروجی متنی و گزارش این ستون‌ها را "
                "نشان نمی‌دهند)"
            )
            if not total:
                ind.note(
                    f"no {en_adj} figures: no posting in the store states {en_what}" + tail,
                    f"رقمی برای {fa_what} نیست: هیچ آگهی‌ای در انبار {fa_what} اعلام نکرده است"
                    + tail_fa,
                )
                continue
            why, why_fa = [], []
            undated = int(r.get("undated") or 0) if monthly else 0
            no_cat = int(r.get("no_category") or 0)
            if undated:
                why.append(f"{undated} have no date")
                why_fa.append(f"{_n(undated)} آگهی تاریخ ندارند")
            if no_cat:
                why.append(
                    f"{no_cat} have no category yet: no platform label, and `azadkar market "
                    "classify` gives them one"
                )
                why_fa.append(
                    f"{_n(no_cat)} آگهی هنوز دسته ندارند: برچسب پلتفرم ندارند و دستور "
                    "`azadkar market classify` به آن‌ها دسته می‌دهد"
                )
            if not why:
                why.append("their months have too few postings and are left out")
                why_fa.append("ماه‌هایشان آگهی کافی ندارند و کنار گذاشته شده‌اند")
            ind.note(
                f"no {en_adj} figures: none of the {total} postings with {en_what} is in "
                f"this table ({'; '.join(why)})" + tail,
                f"رقمی برای {fa_what} نیست: هیچ‌یک از {_n(total)} آگهی دارای {fa_what} در این "
                f"جدول نیست ({'، '.join(why_fa)})" + tail_fa,
            )

    # 0. postings per category: needs neither dates nor pay
    per_cat = base_notes(
        Indicator(
            "postings_by_category",
            "Postings per category, dated or not, with or without pay",
            source="postings table",
            title_fa="شمار آگهی‌ها در هر دسته، تاریخ‌دار یا بی‌تاریخ، با دستمزد یا بی‌دستمزد",
            source_fa="جدول آگهی‌ها",
        )
    )
    if n == 0:
        per_cat.lack("the store holds no postings", "انبار هیچ آگهی‌ای ندارد")
    else:
        cat_rows = [_clean(r) for r in engine.query(CATEGORY_SQL)]
        with_cat = sum(r["postings"] or 0 for r in cat_rows)
        if not cat_rows:
            per_cat.lack(
                "no posting has a category yet (run `azadkar market classify`)",
                "هیچ آگهی‌ای هنوز دسته ندارد (دستور `azadkar market classify` را اجرا کنید)",
            )
        elif with_cat < cfg.min_n:
            per_cat.lack(
                f"only {with_cat:g} posting(s) have a category; comparing categories needs at "
                f"least {cfg.min_n}",
                f"فقط {_n(with_cat)} آگهی دسته دارند؛ مقایسهٔ دسته‌ها دست‌کم {_n(cfg.min_n)} "
                "آگهی لازم دارد",
            )
        else:
            per_cat.rows = cat_rows
    out.append(per_cat)

    # 1. monthly volume and median pay per category
    vol = base_notes(
        Indicator(
            "volume_pay",
            "Monthly posting volume and median pay (USD) per category",
            source="postings table; pay converted with the rates file (stated assumption)",
            title_fa="حجم ماهانهٔ آگهی و میانهٔ دستمزد (دلار) در هر دسته",
            source_fa="جدول آگهی‌ها؛ دستمزد با فایل نرخ ارز به دلار تبدیل شده است (فرضی اعلام‌شده)",
        )
    )
    if n == 0:
        vol.lack("the store holds no postings", "انبار هیچ آگهی‌ای ندارد")
    elif dated == 0:
        vol.lack(
            "no posting has a date (these sources carry none)",
            "هیچ آگهی‌ای تاریخ ندارد (این منابع تاریخ ندارند)",
        )
    elif short_span:
        vol.lack(*short_span)
    elif not good_months:
        vol.lack(*too_few_months(1))
    else:
        vol.rows = [_clean(r) for r in engine.query(VOLUME_SQL)]
        if not vol.rows:
            vol.lack("no dated posting has a category", "هیچ آگهی تاریخ‌داری دسته ندارد")
        note_thin(vol)
        if span < 2 * cfg.min_span_days:
            vol.note(
                f"dates span {span} days ({first}..{last}): months are partial",
                f"تاریخ‌ها فقط {_n(span)} روز را در بر می‌گیرند ({_span_fa(first, last)}): "
                "ماه‌ها ناقص‌اند",
            )
    note_empty_pay(vol, monthly=True)
    note_no_rate(vol)
    note_rates(vol)
    out.append(vol)

    # 2. pay per category over all postings, dated or not
    pay = base_notes(
        Indicator(
            "pay_by_category",
            "Median pay (USD) per category over all postings, dated or not",
            source="postings table; hourly, fixed-price and monthly salary kept apart",
            title_fa="میانهٔ دستمزد (دلار) در هر دسته، در همهٔ آگهی‌ها، تاریخ‌دار یا بی‌تاریخ",
            source_fa="جدول آگهی‌ها؛ دستمزد ساعتی، پروژه‌ای و حقوق ماهانه جدا از هم",
        )
    )
    no_pay = ("no posting states its pay", "هیچ آگهی‌ای دستمزدش را اعلام نکرده است")
    if with_pay == 0:
        pay.lack(
            *no_pay_reason(
                (
                    no_pay[0] + " (no pay column, or all blank/negotiable)",
                    no_pay[1] + " (ستون دستمزد ندارد، یا همه خالی یا توافقی‌اند)",
                )
            )
        )
    else:
        pay.rows = [_clean(r) for r in engine.query(PAY_SQL)]
        if not pay.rows:
            pay.lack("no posting with pay has a category", "هیچ آگهی دارای دستمزدی دسته ندارد")
    note_empty_pay(pay, monthly=False)
    note_no_rate(pay)
    note_rates(pay)
    out.append(pay)

    # 3. inequality
    ineq = Indicator(
        "inequality",
        "Inequality of posted pay: Gini, top-10% share, share above a high-pay threshold",
        source="postings with pay; thresholds are stated assumptions: "
        + ", ".join(f"{k} >= ${v:,.0f}" for k, v in cfg.high_pay.items()),
        notes=[
            f"a figure needs at least {cfg.min_n} pay values; smaller cells are left out",
            "period 'all' pools every posting (dated or not)",
        ],
        title_fa="نابرابری دستمزد اعلام‌شده: ضریب جینی، سهم ۱۰٪ بالا، سهم آگهی‌های بالای آستانهٔ "
        "پرداخت بالا",
        source_fa="آگهی‌های دارای دستمزد؛ آستانه‌ها فرض‌های اعلام‌شده‌اند: "
        + "، ".join(f"{PAY_TYPE_FA.get(k, k)} ≥ {_n(v)} دلار" for k, v in cfg.high_pay.items()),
        notes_fa=[
            f"هر رقم دست‌کم {_n(cfg.min_n)} مقدار دستمزد لازم دارد؛ خانه‌های کوچک‌تر کنار "
            "گذاشته شده‌اند",
            "دورهٔ «همه» (all) همهٔ آگهی‌ها را، تاریخ‌دار یا بی‌تاریخ، یکجا در بر می‌گیرد",
        ],
    )
    if with_pay == 0:
        ineq.lack(*no_pay_reason(no_pay))
    else:
        rows = engine.query(inequality_sql(cfg.high_pay, cfg.min_n, monthly=bool(good_months)))
        for r in rows:
            scope = r.pop("scope")
            r["category"] = None if scope == "market" else scope
            r["scope"] = "market" if scope == "market" else "category"
            # The fields added for the largest value come after the ones there were before.
            for k in ("max_usd", "max_share", "gini_without_max"):
                r[k] = r.pop(k)
            ineq.rows.append(_clean(r))
        # The same reading order from both engines: market, then categories; hourly,
        # fixed, salary; the pooled period, then the months.
        ineq.rows.sort(key=inequality_order)
        if not ineq.rows:
            ineq.lack(
                f"{with_pay} postings with pay, but no period/pay type has {cfg.min_n} or more",
                f"{_n(with_pay)} آگهی دستمزد دارند، اما هیچ دوره یا نوع پرداختی "
                f"{_n(cfg.min_n)} آگهی یا بیشتر ندارد",
            )
        if short_span:
            ineq.note(
                "no monthly rows, only period 'all': " + short_span[0],
                "ردیف ماهانه‌ای نیست، تنها دورهٔ «همه»: " + short_span[1],
            )
        elif dated and not good_months:
            ineq.note(
                "no monthly rows, only period 'all': " + too_few_months(1)[0],
                "ردیف ماهانه‌ای نیست، تنها دورهٔ «همه»: " + too_few_months(1)[1],
            )
        else:
            note_thin(ineq)
        for en, fa in zip(*one_value_notes(ineq.rows), strict=True):
            ineq.note(en, fa)
    note_no_rate(ineq)
    note_rates(ineq)
    out.append(ineq)

    # 4. difference-in-differences around AI releases
    did = Indicator(
        "did_events",
        "Change in posting volume around AI releases vs low-exposure categories "
        "(difference-in-differences of log monthly postings)",
        source="postings table; exposure scores from azadkar.exposure "
        f"({cfg.exposure_source} {cfg.exposure_measure}); events file",
        notes=did_caveats(cfg.events)[0],
        title_fa="تغییر حجم آگهی پیرامون عرضهٔ مدل‌های هوش مصنوعی در برابر دسته‌های کم‌مواجهه "
        "(تفاضل در تفاضلِ لگاریتم شمار ماهانهٔ آگهی‌ها)",
        source_fa="جدول آگهی‌ها؛ امتیاز مواجهه از azadkar.exposure "
        f"({_exposure_fa(cfg)})؛ فایل رویدادها",
        notes_fa=did_caveats(cfg.events)[1],
    )
    exposures: dict[str, float] = {}
    exposure_error = exposure_error_fa = ""
    try:
        exposures = category_exposures(cfg.exposure_source, cfg.exposure_measure)
    except Exception as exc:  # exposure module or its data missing
        exposure_error = f"exposure scores unavailable ({exc})"
        exposure_error_fa = f"امتیاز مواجهه در دسترس نیست ({exc})"
    no_exposure = (
        exposure_error or "no exposure scores",
        exposure_error_fa or "امتیاز مواجهه‌ای در دست نیست",
    )
    controls: dict[str, list[str]] = {}
    for e in cfg.events:
        if cfg.control:
            ctl = [c for c in cfg.control if c not in e.exclude_from_control]
        else:
            ranked = sorted(
                (c for c in exposures if c != "other" and c not in e.exclude_from_control),
                key=lambda c: exposures[c],
            )
            ctl = ranked[: cfg.n_control]
        controls[e.id] = ctl
    if not cfg.events:
        did.lack("no events configured", "هیچ رویدادی تعریف نشده است")
    elif not cfg.control and not exposures:
        did.lack(
            no_exposure[0] + "; pass control categories",
            no_exposure[1] + "؛ دسته‌های کنترل را خودتان بدهید",
        )
    elif dated == 0:
        did.lack(*no_date)
    elif months < 4:
        did.lack(
            f"dated postings cover {months} month(s) ({first}..{last}); need at least 2 months "
            "before and 2 after an event" + events_outside(cfg.events, first, last)[0],
            f"آگهی‌های تاریخ‌دار فقط {_n(months)} ماه را در بر می‌گیرند ({_span_fa(first, last)})؛ "
            f"دست‌کم {_n(2)} ماه پیش و {_n(2)} ماه پس از هر رویداد لازم است"
            + events_outside(cfg.events, first, last)[1],
        )
    elif short_span:
        did.lack(*short_span)
    elif good_months < 4:
        did.lack(*too_few_months(4))
    else:
        engine.register(
            "az_events",
            [
                ("event_id", "STRING"),
                ("event_month", "DATE"),
                ("window_start", "DATE"),
                ("window_end", "DATE"),
            ],
            [
                (
                    e.id,
                    e.date.replace(day=1),
                    _add_months(e.date.replace(day=1), -cfg.window_months),
                    _add_months(e.date.replace(day=1), cfg.window_months + 1),
                )
                for e in cfg.events
            ],
        )
        engine.register(
            "az_control",
            [("event_id", "STRING"), ("category", "STRING")],
            [(eid, c) for eid, cs in controls.items() for c in cs],
        )
        did.rows, short, short_fa = _did_rows(
            engine.query(DID_SQL), cfg, controls, engine.query(DID_MONTHS_SQL)
        )
        for e in cfg.events:
            did.note(
                f"{e.id} ({e.date}): control = {', '.join(controls[e.id]) or 'none'}; window "
                f"{cfg.window_months} months each side, the event month itself left out",
                f"\u2066{e.id}\u2069 ({_fa(e.date)}): دسته‌های کنترل = "
                f"{'، '.join(_category_fa(c) for c in controls[e.id]) or 'هیچ'}؛ پنجرهٔ "
                f"{_n(cfg.window_months)} ماه در هر سو، بی‌احتساب خودِ ماه رویداد",
            )
        did.note(
            "pre-trend check: the placebo is the same estimate on the months before the event "
            "only, around a fake event in their middle (the placebo event column: how many "
            f"months before the real one); it needs {PLACEBO_MIN_MONTHS} months before the "
            "event. An "
            "interval without 0 ('detected') means treated and control already drifted apart "
            "before the event. json: event_study, each month's gap against the mean gap "
            "before the event (%)",
            "بررسی روند پیش از رویداد: آزمون ساختگی همان برآورد است فقط بر ماه‌های پیش از "
            "رویداد، پیرامون رویدادی ساختگی در میانهٔ آن‌ها (چند ماه پیش از رویداد واقعی، ستون "
            f"«رویداد ساختگی»)؛ دست‌کم {_n(PLACEBO_MIN_MONTHS)} ماه پیش از رویداد لازم دارد. "
            "بازه‌ای که صفر را در بر نگیرد («دیده شد») یعنی دستهٔ تحت اثر و دسته‌های کنترل پیش از "
            "رویداد از هم دور می‌شدند. در \u2066json: event_study\u2069 شکاف هر ماه در برابر "
            "میانگین شکاف پیش از رویداد (٪) آمده است",
        )
        note_thin(did)
        if short:
            did.note(
                "too few months for: " + "; ".join(short[:12]),
                "ماه‌های ناکافی برای: " + "؛ ".join(short_fa[:12]),
            )
        if not did.rows:
            did.lack(
                f"no event has 2+ months of data before and after it for both a treated and "
                f"the control categories (data: {first}..{last})"
                + events_outside(cfg.events, first, last)[0],
                f"برای هیچ رویدادی، هم یک دستهٔ تحت اثر و هم دسته‌های کنترل دست‌کم {_n(2)} ماه "
                f"داده پیش و پس از آن ندارند (داده‌ها: {_span_fa(first, last)})"
                + events_outside(cfg.events, first, last)[1],
            )
    out.append(did)

    # 5. AI-training / annotation work and its pay beside the cited figure
    ai = Indicator(
        "ai_training",
        "AI-training and data-annotation postings and their pay",
        source="postings whose title/skills name annotation, labelling, RLHF, AI training "
        "(or classified as ai_data_annotation); cited: " + CITED_GHOST_WORK_SOURCE,
        notes=[
            f"cited figure: ${CITED_GHOST_WORK_HOURLY_USD}/h (cited, not verified) - "
            "shown beside the measured median, not as a result"
        ],
        title_fa="آگهی‌های آموزش هوش مصنوعی و برچسب‌زنی داده و دستمزد آن‌ها",
        source_fa="آگهی‌هایی که در عنوان یا مهارت‌ها از برچسب‌زنی و حاشیه‌نویسی داده، RLHF یا "
        "آموزش هوش مصنوعی نام می‌برند (یا در ai_data_annotation دسته‌بندی شده‌اند)؛ نقل‌شده: "
        + CITED_GHOST_WORK_SOURCE_FA,
        notes_fa=[
            f"رقم نقل‌شده: {num(CITED_GHOST_WORK_HOURLY_USD, 'fa', 1)} دلار در ساعت (نقل‌شده، "
            "تأییدنشده)؛ در کنار میانهٔ سنجیده آمده است، نه به‌عنوان نتیجه"
        ],
    )
    total_ai = engine.query(AI_TRAINING_ALL_SQL)
    t = total_ai[0] if total_ai else {}
    n_ai = int(t.get("postings") or 0)
    n_ai_h = int(t.get("n_hourly") or 0)
    if n_ai_h < cfg.min_ai_training:
        ai.lack(
            f"{n_ai} AI-training/annotation posting(s), {n_ai_h} with an hourly rate; "
            f"need at least {cfg.min_ai_training} hourly rates",
            f"{_n(n_ai)} آگهی آموزش هوش مصنوعی یا برچسب‌زنی داده، {_n(n_ai_h)} آگهی با نرخ "
            f"ساعتی؛ دست‌کم {_n(cfg.min_ai_training)} نرخ ساعتی لازم است",
        )
    else:
        market = _clean(dict(t))
        market.update(
            scope="market",
            cited_hourly_usd=CITED_GHOST_WORK_HOURLY_USD,
            cited_status="cited, not verified",
        )
        ai.rows = [market]
        for r in engine.query(AI_TRAINING_SQL):
            if r["category"] is not None:
                r = _clean(r)
                r["scope"] = "category"
                ai.rows.append(r)
    note_no_rate(ai, ai_only=True)
    note_rates(ai)
    out.append(ai)

    # 6. exposure-weighted demand index
    exi = Indicator(
        "exposure_demand_index",
        "Exposure-weighted demand: posting-weighted mean AI exposure of the month's demand "
        "(index, first month = 100)",
        source=f"postings table x azadkar.exposure category scores "
        f"({cfg.exposure_source} {cfg.exposure_measure}, O*NET-based)",
        notes=["a rising index means demand shifts toward more exposed categories"],
        title_fa="تقاضای وزن‌داده با مواجهه: میانگین مواجههٔ تقاضای هر ماه با وزن شمار آگهی‌ها "
        f"(شاخص، ماه نخست = {_n(100)})",
        source_fa="جدول آگهی‌ها × امتیاز مواجههٔ دسته‌ها از azadkar.exposure "
        f"({_exposure_fa(cfg)}، بر پایهٔ O*NET)",
        notes_fa=["بالا رفتن شاخص یعنی تقاضا به سوی دسته‌های در معرض‌تر می‌رود"],
    )
    if not exposures:
        exi.lack(*no_exposure)
    elif dated == 0:
        exi.lack(*no_date)
    elif months < 2:
        exi.lack(
            f"dated postings cover {months} month; an index needs 2 or more",
            f"آگهی‌های تاریخ‌دار فقط {_n(months)} ماه را در بر می‌گیرند؛ شاخص دست‌کم {_n(2)} "
            "ماه لازم دارد",
        )
    elif short_span:
        exi.lack(*short_span)
    elif good_months < 2:
        exi.lack(*too_few_months(2))
    else:
        engine.register(
            "az_exposure",
            [("category", "STRING"), ("exposure", "DOUBLE")],
            sorted(exposures.items()),
        )
        rows = engine.query(EXPOSURE_SQL)
        base = rows[0]["exposure_weighted"] if rows else None
        for r in rows:
            r = _clean(r)
            r["category"] = None
            r["scope"] = "market"
            r["index"] = 100.0 * r["exposure_weighted"] / base if base else None
            exi.rows.append(r)
        note_thin(exi)
        exi.note(
            "category exposure: " + ", ".join(f"{c} {v:.3f}" for c, v in sorted(exposures.items())),
            "مواجههٔ دسته‌ها: "
            + "، ".join(
                f"{_category_fa(c)} {num(v, 'fa', 3)}" for c, v in sorted(exposures.items())
            ),
        )
    out.append(exi)
    cite_claims(out, first, last)
    summary["span_days"] = span
    return out, summary


# -- the source report's claims beside the indicators that bear on them ----------------------
# Each market claim of claims.toml is shown, as a cited claim (never a result), with the
# indicator that measures what it is about, and what that indicator measures here in words
# with its numbers. These indicators measure levels; the claims are about changes, which
# need postings from both sides of an AI release: `azadkar claims --db` gives the verdict.


def _usd_words(x: Any, lang: str) -> str:
    return f"{num(float(x), 'fa', 2)} دلار" if lang == "fa" else f"${float(x):,.2f}"


def _release_sides(first: Any, last: Any) -> tuple[str, str]:
    """Where the dated postings lie against ChatGPT's release, the event of the claims."""
    from azadkar.claims import EVENT, MIN_ROWS

    ev, ev_fa = EVENT.isoformat(), _fa(EVENT.isoformat())
    if not first or not last:
        return (
            "no posting has a date, so no change over time can be measured here",
            "هیچ آگهی‌ای تاریخ ندارد، پس تغییری در گذر زمان اینجا سنجیدنی نیست",
        )
    span_en, span_fa = f"{first}..{last}", _span_fa(first, last)
    if first > EVENT or last < EVENT:
        side, side_fa = ("after", "پس از") if first > EVENT else ("before", "پیش از")
        return (
            f"every dated posting here ({span_en}) is {side} ChatGPT's release ({ev}), and a "
            "change needs postings from both sides of it",
            f"همهٔ آگهی‌های تاریخ‌دار اینجا ({span_fa}) {side_fa} عرضهٔ \u2066ChatGPT\u2069 ({ev_fa}) "
            "هستند و سنجیدن تغییر، آگهی‌هایی از هر دو سوی آن می‌خواهد",
        )
    return (
        f"the dated postings ({span_en}) reach both sides of ChatGPT's release ({ev}), and "
        f"`azadkar claims --db FILE` compares the two sides (with {MIN_ROWS} or more postings "
        "with pay on each)",
        f"آگهی‌های تاریخ‌دار ({span_fa}) هر دو سوی عرضهٔ \u2066ChatGPT\u2069 ({ev_fa}) را در بر می‌گیرند و "
        f"دستور `azadkar claims --db FILE` دو سو را می‌سنجد (با دست‌کم {_n(MIN_ROWS)} آگهی "
        "دارای دستمزد در هر سو)",
    )


def _cited(cid: str, measured: tuple[str, str]) -> CitedClaim:
    from azadkar.claims import load_claims

    c = next(c for c in load_claims() if c.id == cid)
    return CitedClaim(
        id=c.id,
        claim=c.en,
        source=c.cited_source,
        measured=measured[0],
        claim_fa=c.fa,
        source_fa=c.cited_source_fa,
        measured_fa=measured[1],
        quantity=c.quantity,
    )


def _median_words(row: dict[str, Any], pt: str, lang: str) -> str | None:
    """``median hourly $22.50 from 2 values (too few to read)`` for one pay type."""
    n_key, m_key = PAY_COLUMN_KEYS[pt]
    n, med = int(row.get(n_key) or 0), row.get(m_key)
    if not n or med is None:
        return None
    few = n < MIN_MEDIAN_N
    if lang == "fa":
        what = {"hourly": "ساعتی", "fixed": "پروژه‌ای", "salary": "حقوق ماهانه"}[pt]
        return f"میانهٔ {what} {_usd_words(med, 'fa')} از {_n(n)} مقدار" + (
            " (برای خواندن بسیار کم)" if few else ""
        )
    what = {"hourly": "hourly", "fixed": "fixed-price", "salary": "monthly salary"}[pt]
    return f"median {what} {_usd_words(med, 'en')} from {n:,} value(s)" + (
        " (too few to read)" if few else ""
    )


def cite_claims(out: list[Indicator], first: Any, last: Any) -> None:
    """Put the report's market claims beside the indicators that bear on them."""
    by = {i.name: i for i in out}
    sides = _release_sides(first, last)

    def cannot(ind: Indicator) -> tuple[str, str]:
        return (
            f"this store cannot measure it: {ind.insufficient}",
            f"این انبار آن را نمی‌سنجد: {ind.insufficient_in('fa')}",
        )

    pay = by.get("pay_by_category")
    if pay is not None:
        if not pay.ok:
            measured = cannot(pay)
        else:
            row = next((r for r in pay.rows if r.get("category") == "translation"), None)
            parts = {
                lang: [w for pt in ("hourly", "fixed") if (w := _median_words(row or {}, pt, lang))]
                for lang in ("en", "fa")
            }
            measured = (
                (
                    "translation postings: " + ", ".join(parts["en"]),
                    "آگهی‌های ترجمه: " + "، ".join(parts["fa"]),
                )
                if parts["en"]
                else (
                    "no translation posting here states its pay",
                    "هیچ آگهی ترجمه‌ای در اینجا دستمزدش را اعلام نکرده است",
                )
            )
            measured = (
                f"{measured[0]}. A level, not a change: {sides[0]}",
                f"{measured[1]}. این یک سطح است، نه تغییر: {sides[1]}",
            )
        pay.cited.append(_cited("translation_pay_30", measured))

    ineq = by.get("inequality")
    if ineq is not None:
        if not ineq.ok:
            measured = cannot(ineq)
        else:
            en, fa = [], []
            for r in ineq.rows:
                if r.get("scope") != "market" or r.get("period") != "all":
                    continue
                pt = str(r.get("pay_type"))
                if pt not in ("hourly", "fixed") or r.get("gini") is None:
                    continue
                g, k = float(r["gini"]), int(r.get("n") or 0)
                gw = float(r.get("gini_without_max") or 0.0)
                lean = one_value_dominates(r) and r.get("gini_without_max") is not None
                en.append(
                    f"Gini of {'hourly' if pt == 'hourly' else 'fixed-price'} pay {g:.2f} "
                    f"({k:,} values" + (f"; {gw:.2f} without its largest value)" if lean else ")")
                )
                fa.append(
                    f"ضریب جینی دستمزد {PAY_TYPE_FA[pt]} {num(g, 'fa', 2)} ({_n(k)} مقدار"
                    + (f"؛ بدون بزرگ‌ترین مقدار {num(gw, 'fa', 2)})" if lean else ")")
                )
            head = (
                (
                    "market-wide, all periods: " + ", ".join(en),
                    "کل بازار، همهٔ دوره‌ها: " + "، ".join(fa),
                )
                if en
                else (
                    "no market-wide hourly or fixed-price figure",
                    "رقم ساعتی یا پروژه‌ای کل بازار نیست",
                )
            )
            measured = (
                f"{head[0]}. A level of inequality in posted pay, not a change: {sides[0]}",
                f"{head[1]}. این سطح نابرابری دستمزد اعلام‌شده است، نه تغییر آن: {sides[1]}",
            )
        ineq.cited.append(_cited("inequality_22", measured))

    ai = by.get("ai_training")
    if ai is not None:
        if not ai.ok:
            measured = cannot(ai)
        else:
            r = ai.rows[0]
            med, k = float(r["median_hourly_usd"]), int(r.get("n_hourly") or 0)
            q = (r.get("p25_hourly_usd"), r.get("p75_hourly_usd"))
            quart = q[0] is not None and q[1] is not None
            measured = (
                f"median posted hourly pay of AI-training and annotation postings "
                f"{_usd_words(med, 'en')} from {k:,} hourly rates"
                + (
                    f" (middle half {_usd_words(q[0], 'en')} to {_usd_words(q[1], 'en')})"
                    if quart
                    else ""
                )
                + "; posted pay, not what is paid",
                f"میانهٔ دستمزد ساعتی اعلام‌شدهٔ آگهی‌های آموزش هوش مصنوعی و برچسب‌زنی "
                f"{_usd_words(med, 'fa')} از {_n(k)} نرخ ساعتی"
                + (
                    f" (نیمهٔ میانی {_usd_words(q[0], 'fa')} تا {_usd_words(q[1], 'fa')})"
                    if quart
                    else ""
                )
                + "؛ دستمزد اعلام‌شده است، نه آنچه پرداخت می‌شود",
            )
        ai.cited.append(_cited("ghost_work_2_4", measured))


def _clean(r: dict[str, Any]) -> dict[str, Any]:
    """Plain JSON-able values: dates as ISO strings, numbers as int/float."""
    out: dict[str, Any] = {}
    for k, v in r.items():
        if isinstance(v, dt.date):
            out[k] = v.isoformat()
        elif isinstance(v, bool) or v is None or isinstance(v, str):
            out[k] = v
        elif isinstance(v, int):
            out[k] = int(v)
        elif isinstance(v, float):
            out[k] = None if math.isnan(v) else v
        else:
            try:
                out[k] = float(v)
            except (TypeError, ValueError):
                out[k] = v
    return out


GENERAL_CAVEATS = [
    "Postings are what the ingested files hold, not a sample of a platform: an export holds "
    "what the search behind it asked for.",
    "Pay is what clients post (budgets and ranges), not what is paid; ranges count at their "
    "midpoint; IRR/toman are converted with the rates file, a stated assumption.",
    "Categories come from the platform-label mapping (a stated assumption) or from the "
    "classifier (its version is named); unmapped postings are left out of per-category rows.",
]
GENERAL_CAVEATS_FA = [
    "آگهی‌ها همان‌هایی‌اند که در فایل‌های واردشده آمده‌اند، نه نمونه‌ای از یک پلتفرم: هر خروجی "
    "همان چیزی را دارد که جست‌وجوی پشت آن خواسته است.",
    "دستمزد همان است که کارفرما اعلام می‌کند (بودجه یا بازه)، نه آنچه واقعاً پرداخت می‌شود؛ "
    "بازه‌ها با نقطهٔ میانی‌شان شمرده می‌شوند؛ ریال و تومان با فایل نرخ ارز تبدیل می‌شوند که "
    "فرضی اعلام‌شده است.",
    "دسته‌ها از نگاشت برچسب‌های پلتفرم (فرضی اعلام‌شده) یا از دسته‌بند (با نام نسخه‌اش) می‌آیند؛ "
    "آگهی‌های بی‌نگاشت در ردیف‌های هر دسته شمرده نمی‌شوند.",
]

PLATFORM_SQL = (
    "SELECT platform, count(*) AS n FROM az_p GROUP BY platform ORDER BY n DESC, platform"
)


def _platform_fa(platform: str) -> str:
    """A platform's name in a Persian sentence: its Persian name, else in an LTR isolate."""
    return PLATFORM_FA.get(platform) or f"\u2066{platform}\u2069"


def general_caveats(platforms: dict[str, int]) -> tuple[list[str], list[str]]:
    """The caveats printed with every result (English, Persian), naming the store's platforms.

    The first says where the postings come from, with each platform's count; only a store
    holding Upwork postings is told about the shared Upwork files (it used to be said of
    every store, a Persian platform's own file too).
    """
    en, fa = list(GENERAL_CAVEATS), list(GENERAL_CAVEATS_FA)
    if not platforms:
        return en, fa
    en[0] = en[0].replace(
        "hold,", "hold (" + ", ".join(f"{p} {n:,}" for p, n in platforms.items()) + "),", 1
    )
    fa[0] = fa[0].replace(
        "آمده‌اند،",
        "آمده‌اند ("
        + "، ".join(f"{_platform_fa(p)} {num(n, 'fa')}" for p, n in platforms.items())
        + ")،",
        1,
    )
    if "upwork" in platforms:
        en[0] += " The shared Upwork files come from searches for development and data work."
        fa[0] += " فایل‌های مشترک آپ‌ورک از جست‌وجوی کارهای برنامه‌نویسی و داده به دست آمده‌اند."
    return en, fa


def indicators(
    db: str | Path | None = None,
    *,
    store: Store | None = None,
    engine: str = "duckdb",
    category_source: str = "auto",
    config: IndicatorConfig | None = None,
    events_file: str | Path | None = None,
    platform: str | Iterable[str] | None = None,
    file: str | int | Iterable[str | int] | None = None,
    country: str | Iterable[str] | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> MarketIndicators:
    """All market indicators for the store at ``db`` (typed result for CLI and report).

    ``platform``, ``file`` (an id or a name as ``Store.status`` gives it), ``country``,
    ``since`` and ``until`` (a day, month or year, Gregorian or Jalali: ``"1402"``,
    ``"2023-06"``) restrict the postings to a slice; several values of one are any of them.
    An unknown value, a date that cannot be read, a range with no day or a slice with no
    posting is an :class:`~azadkar.errors.InputError` naming the option."""
    from azadkar.market._engines import make_engine
    from azadkar.market._slice import Slice
    from azadkar.market._store import Store

    t0 = time.perf_counter()
    asked = Slice.of(platform, file, country, since, until)
    own = store is None
    st = store if store is not None else Store(db, read_only=True)
    try:
        cfg = config or IndicatorConfig(
            events=load_events(Path(events_file) if events_file else None)
        )
        part = asked.resolve(st.con)
        eng = make_engine(engine, st, category_source, part)
        try:
            inds, summary = compute(eng, cfg)
            sources = {r["category_source"]: int(r["n"]) for r in eng.query(SOURCE_SQL)}
            platforms = {str(r["platform"]): int(r["n"]) for r in eng.query(PLATFORM_SQL)}
        finally:
            eng.close()
    finally:
        if own:
            st.close()
    for ind in inds:
        ind.rows = [_settle_floats(r) for r in ind.rows]
    caveats, caveats_fa = general_caveats(platforms)
    return MarketIndicators(
        db=st.path,
        engine=engine,
        postings=int(summary["n"] or 0),
        dated_postings=int(summary["dated"] or 0),
        category_source=sources,
        indicators=inds,
        caveats=caveats,
        seconds=time.perf_counter() - t0,
        caveats_fa=caveats_fa,
        category_source_mode=category_source,
        slice=part.to_dict(),
    )
