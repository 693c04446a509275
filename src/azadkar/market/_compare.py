"""Two slices of the store side by side: the same indicators for slice A and slice B, and
B - A where the data of both supports it.

A slice is what ``indicators`` takes (platform, file, country, since, until); on the command
line it is written ``--a since=2022 --a until=2022`` or, for one period, ``--a 2022``
(``--a 1401`` is the Jalali year). Each figure of :func:`compare` comes from
:func:`azadkar.market.indicators` run on each slice, with the same engine, categories and
events, so a comparison never computes a figure the indicators do not. The difference is
given only when both sides stand on enough data: a median on at least ``MIN_MEDIAN_N``
pay values on each side, an inequality figure on at least ``min_n`` (both as the
indicators require), a share of postings on at least ``min_n`` postings. Otherwise the row
says why (``supported`` false, ``why_not``/``why_not_fa``) and carries no difference.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar import precision
from azadkar.errors import InputError
from azadkar.market._types import MarketIndicators

if TYPE_CHECKING:
    from azadkar.market._indicators import IndicatorConfig
    from azadkar.market._store import Store

SIDE_KEYS = ("platform", "file", "country", "since", "until", "during")
# Keys a slice may give several times (any of them); the others once.
MULTI_KEYS = ("platform", "file", "country")
PAY_TYPES = ("hourly", "fixed", "salary")
INEQUALITY_METRICS = ("gini", "top10_share", "share_high")

# The (English, Persian) titles of compare's sections and names of its metrics, as the
# terminal table (cli/market_cmd.py) and the HTML/PDF report (report/market_report.py) show them.
SECTION_TITLES = {
    "slice": ("Postings in each slice", "شمار آگهی‌های هر برش"),
    "postings_by_category": (
        "Postings per category: count, and share of the slice",
        "آگهی‌های هر دسته: شمار، و سهم از برش",
    ),
    "pay_by_category": (
        "Median posted pay (USD) per category",
        "میانهٔ دستمزد اعلام‌شده (دلار) در هر دسته",
    ),
    "inequality": (
        "Inequality of posted pay over each slice's whole period",
        "نابرابری دستمزد اعلام‌شده در کل دورهٔ هر برش",
    ),
    "ai_training": (
        "AI-training and annotation postings: median posted hourly pay (USD)",
        "آگهی‌های آموزش هوش مصنوعی و برچسب‌زنی: میانهٔ دستمزد ساعتی اعلام‌شده (دلار)",
    ),
}
METRIC_NAMES = {
    "postings": ("postings", "آگهی"),
    "dated_postings": ("dated postings", "آگهی تاریخ‌دار"),
    "share_of_postings": ("share of the slice", "سهم از برش"),
    "median_usd": ("median (USD)", "میانه (دلار)"),
    "median_hourly_usd": ("median hourly (USD)", "میانهٔ ساعتی (دلار)"),
}


def parse_side(items: Iterable[str], side: str) -> dict[str, Any]:
    """``--a`` values (``since=2022``, ``country=India``, a bare ``2022`` for one period)
    as :func:`azadkar.market.indicators` keyword arguments. An unknown key, a key given
    twice that takes one value, or an empty value is an InputError naming the option."""
    opt = f"--{side.lower()}"
    out: dict[str, Any] = {}
    for item in items:
        text = item.strip()
        key, sep, value = text.partition("=")
        if not sep:
            key, value = "during", text
        key, value = key.strip().lower(), value.strip()
        if key not in SIDE_KEYS:
            close = difflib.get_close_matches(key, SIDE_KEYS, n=1, cutoff=0.5)
            hint = f" (did you mean {close[0]}?)" if close else ""
            hint_fa = f" (آیا منظورتان {_ltr(close[0])} است؟)" if close else ""
            raise InputError(
                f"{opt} {item!s}: unknown key {key}{hint}; write platform=, file=, country=, "
                "since=, until=, or a period such as 2022, 2022-06 or 1401",
                message_fa=f"{_ltr(f'{opt} {item!s}')}: کلید ناشناختهٔ {_ltr(key)}{hint_fa}؛ "
                f"{_KEYS_FA} یا دوره‌ای مانند {_ltr('۲۰۲۲')}، {_ltr('۲۰۲۲-۰۶')} یا "
                f"{_ltr('۱۴۰۱')} بنویسید",
                field=opt,
            )
        if not value:
            raise InputError(
                f"{opt} {item!s}: {key} has no value",
                message_fa=f"{_ltr(f'{opt} {item!s}')}: {_ltr(key)} مقداری ندارد",
                field=opt,
            )
        if key == "during":
            for k in ("since", "until"):
                if k in out:
                    raise _twice(opt, k)
                out[k] = value
        elif key in MULTI_KEYS:
            out.setdefault(key, []).append(value)
        else:
            if key in out:
                raise _twice(opt, key)
            out[key] = value
    return out


# The slice keys in a Persian sentence, each in its own left-to-right isolate.
_KEYS_FA = "، ".join(f"\u2066{k}=\u2069" for k in ("platform", "file", "country", "since", "until"))


def _ltr(text: str) -> str:
    """A command-line token in a Persian sentence: in a left-to-right isolate."""
    return f"\u2066{text}\u2069"


def _label_fa(label: str) -> str:
    """A slice's label in a Persian sentence, in a first-strong isolate: a Latin label
    («May») reads left to right, a Persian one («سال ۱۴۰۲») right to left."""
    return f"\u2068{label}\u2069"


def _twice(opt: str, key: str) -> InputError:
    return InputError(
        f"{opt}: {key} is given twice (a period such as 2022 sets both since and until)",
        message_fa=f"{_ltr(opt)}: {_ltr(key)} دو بار آمده است (دوره‌ای مانند {_ltr('۲۰۲۲')} "
        f"هر دو {_ltr('since')} و {_ltr('until')} را می‌گذارد)",
        field=opt,
    )


@dataclass
class ComparisonRow:
    """One figure of both slices: ``a`` and ``b``, and B - A when both support it."""

    indicator: str
    metric: str
    kind: str  # count, money, fraction
    a: float | int | None
    b: float | int | None
    n_a: int | None = None
    n_b: int | None = None
    scope: str = "market"
    category: str | None = None
    pay_type: str | None = None
    why_not: str | None = None
    why_not_fa: str | None = None

    @property
    def supported(self) -> bool:
        return self.why_not is None and self.a is not None and self.b is not None

    @property
    def difference(self) -> float | int | None:
        """B - A of the figures as written (so the three numbers add up as printed)."""
        if not self.supported:
            return None
        a, b = self._num(self.a), self._num(self.b)
        assert a is not None and b is not None
        return b - a

    @property
    def change(self) -> float | None:
        """B / A - 1 for money and counts (None for fractions, and where A is 0)."""
        if not self.supported or self.kind == "fraction" or not self.a:
            return None
        assert self.a is not None and self.b is not None
        return self.b / self.a - 1

    def _num(self, v: float | int | None) -> float | int | None:
        if v is None or self.kind == "count":
            return v
        return precision.money(v) if self.kind == "money" else precision.fraction(v)

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "metric": self.metric,
            "kind": self.kind,
            "scope": self.scope,
            "category": self.category,
            "pay_type": self.pay_type,
            "a": self._num(self.a),
            "b": self._num(self.b),
            "n_a": self.n_a,
            "n_b": self.n_b,
            "supported": self.supported,
            "difference": self._num(self.difference),
            "change": precision.optional(precision.fraction, self.change),
            "why_not": self.why_not,
            "why_not_fa": self.why_not_fa,
        }


@dataclass
class MarketComparison:
    """What ``azadkar market compare`` shows: both slices' indicators, and the rows."""

    a: MarketIndicators
    b: MarketIndicators
    labels: tuple[str, str]
    rows: list[ComparisonRow]
    min_median_n: int
    min_n: int
    notes: list[str] = field(default_factory=list)
    notes_fa: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def notes_in(self, lang: str) -> list[str]:
        return list(self.notes_fa if lang == "fa" else self.notes)

    def side(self, which: str) -> dict[str, Any]:
        mi, label = (self.a, self.labels[0]) if which == "a" else (self.b, self.labels[1])
        return {
            "label": label,
            "postings": mi.postings,
            "dated_postings": mi.dated_postings,
            "category_source": mi.category_source,
            "slice": mi.slice,
        }

    def monthly(self, every_month: bool = False) -> list[dict[str, Any]]:
        """Postings per month of each slice (all categories), side by side: ``{"month":
        "2022-06", "postings_a": 120, "postings_b": None}``, every month either slice
        holds, in order. Not differenced: two slices of different years share no month,
        and one month's count is not a figure the comparison supports on its own. None
        where the slice has no posting that month, or its monthly series is not supported
        (``volume_pay`` says why). ``every_month``: also the months between that neither
        slice holds (both None), as a chart's month axis needs them: a gap, not a bridge."""
        totals: dict[str, dict[str, int]] = {}
        for side, mi in (("a", self.a), ("b", self.b)):
            ind = mi.get("volume_pay")
            for r in ind.rows if ind.ok else []:
                month = str(r["month"])[:7]
                by = totals.setdefault(month, {})
                by[side] = by.get(side, 0) + int(r.get("postings") or 0)
        months = sorted(totals)
        if every_month and months:
            months = _months_between(months[0], months[-1])
        return [
            {
                "month": m,
                "postings_a": totals.get(m, {}).get("a"),
                "postings_b": totals.get(m, {}).get("b"),
            }
            for m in months
        ]

    def caveats_by_side(self, lang: str) -> list[tuple[str | None, str]]:
        """Both slices' caveats (each names the platforms of its own slice): one said once
        for both is ``(None, text)``; one of a single slice is ``("A", text)`` or
        ``("B", text)`` (slice A's first, then slice B's)."""
        ca, cb = self.a.caveats_in(lang), self.b.caveats_in(lang)
        out: list[tuple[str | None, str]] = [(None, c) for c in ca if c in cb]
        out += [("A", c) for c in ca if c not in cb]
        out += [("B", c) for c in cb if c not in ca]
        return out

    def caveats_in(self, lang: str) -> list[str]:
        """:meth:`caveats_by_side` as sentences, one slice's own caveat opening with its
        name: ``slice B (2024): ...``."""
        fa = lang == "fa"
        out = []
        for side, text in self.caveats_by_side(lang):
            if side is None:
                out.append(text)
                continue
            label = self.labels[0 if side == "A" else 1]
            named = f" ({_label_fa(label) if fa else label})" if label != side else ""
            out.append(
                f"برش {_fa_side(side)}{named}: {text}" if fa else f"slice {side}{named}: {text}"
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "db": self.a.db,
            "engine": self.a.engine,
            "category_source_mode": self.a.category_source_mode,
            "a": self.side("a"),
            "b": self.side("b"),
            "difference": "b - a",
            "min_median_n": self.min_median_n,
            "min_n": self.min_n,
            "rows": [r.to_dict() for r in self.rows],
            "monthly": self.monthly(),
            "notes": self.notes,
            "notes_fa": self.notes_fa,
            # both slices' caveats: once where they agree, else named by slice
            "caveats": self.caveats_in("en"),
            "caveats_fa": self.caveats_in("fa"),
            "caveats_a": self.a.caveats,
            "caveats_b": self.b.caveats,
        }


def _months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ("YYYY-MM"), both included."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _side_error(exc: InputError, side: str) -> InputError:
    fa = exc.message_fa or exc.message
    return type(exc)(
        f"slice {side}: {exc.message}",
        message_fa=f"برش {_fa_side(side)}: {fa}",
        **{**exc.data, "side": side.lower()},
    )


def compare(
    db: str | Path | None = None,
    a: Mapping[str, Any] | None = None,
    b: Mapping[str, Any] | None = None,
    *,
    store: Store | None = None,
    engine: str = "duckdb",
    category_source: str = "auto",
    config: IndicatorConfig | None = None,
    events_file: str | Path | None = None,
    labels: tuple[str | None, str | None] = (None, None),
) -> MarketComparison:
    """The indicators of slice ``a`` and slice ``b`` of the store at ``db`` side by side.

    ``a`` and ``b`` take the slice arguments of :func:`azadkar.market.indicators`
    (``{"since": "2022", "until": "2022"}``, ``{"country": ["India"]}``); ``labels`` name
    them (default: ``A`` and ``B``). A slice that cannot be made (an unknown value, no
    posting) is an InputError saying which slice."""
    from azadkar.market._indicators import (
        MIN_MEDIAN_N,
        IndicatorConfig,
        indicators,
        load_events,
    )
    from azadkar.market._store import Store

    t0 = time.perf_counter()
    cfg = config or IndicatorConfig(events=load_events(Path(events_file) if events_file else None))
    own = store is None
    st = store if store is not None else Store(db, read_only=True)
    results: list[MarketIndicators] = []
    try:
        for side, spec in (("A", a or {}), ("B", b or {})):
            try:
                results.append(
                    indicators(
                        store=st,
                        engine=engine,
                        category_source=category_source,
                        config=cfg,
                        **dict(spec),
                    )
                )
            except InputError as exc:
                raise _side_error(exc, side) from None
    finally:
        if own:
            st.close()
    ra, rb = results
    rows, notes, notes_fa = comparison_rows(ra, rb, MIN_MEDIAN_N, cfg.min_n)
    # a reason names a labelled slice by its label too: "slice A (2022)"
    for side, label in zip(("A", "B"), labels, strict=True):
        if not label:
            continue
        en, fa = f"slice {side}", f"برش {_fa_side(side)}"
        for r in rows:
            if r.why_not and r.why_not_fa:
                r.why_not = r.why_not.replace(en, f"{en} ({label})")
                r.why_not_fa = r.why_not_fa.replace(fa, f"{fa} ({_label_fa(label)})")
    return MarketComparison(
        a=ra,
        b=rb,
        labels=(labels[0] or "A", labels[1] or "B"),
        rows=rows,
        min_median_n=MIN_MEDIAN_N,
        min_n=cfg.min_n,
        notes=notes,
        notes_fa=notes_fa,
        seconds=time.perf_counter() - t0,
    )


# -- the rows ------------------------------------------------------------------------------

_PAY_FA = {"hourly": "ساعتی", "fixed": "پروژه‌ای", "salary": "حقوق ماهانه"}
_PAY_EN = {"hourly": "hourly", "fixed": "fixed-price", "salary": "monthly salary"}


def _where(category: str | None) -> tuple[str, str]:
    from azadkar.market._indicators import _category_fa

    if category is None:
        return "the whole slice", "کل برش"
    name = _category_fa(category)
    return category, (_ltr(category) if name == category else name)


def _n_fa(n: int) -> str:
    from azadkar.report.strings import num

    return num(n, "fa")


def _fa_side(side: str) -> str:
    """Slice A or B in a Persian sentence: the letter of the option, in an LTR isolate."""
    return f"\u2066{side}\u2069"


def _lacks(side: str, mi: MarketIndicators, name: str) -> tuple[str, str] | None:
    """Why the indicator ``name`` has no figures in slice ``side`` (None when it has)."""
    ind = mi.get(name)
    if ind.ok:
        return None
    return (
        f"slice {side}: {ind.insufficient_in('en')}",
        f"برش {_fa_side(side)}: {ind.insufficient_in('fa')}",
    )


def comparison_rows(
    a: MarketIndicators, b: MarketIndicators, min_median_n: int, min_n: int
) -> tuple[list[ComparisonRow], list[str], list[str]]:
    """The rows comparing ``a`` with ``b``, and the notes (English, Persian)."""
    rows: list[ComparisonRow] = []
    notes: list[str] = []
    notes_fa: list[str] = []
    sides = (("A", a), ("B", b))

    # 0. the slices' sizes: counts, always a fact
    for metric, va, vb in (
        ("postings", a.postings, b.postings),
        ("dated_postings", a.dated_postings, b.dated_postings),
    ):
        rows.append(ComparisonRow("slice", metric, "count", va, vb, va, vb))

    # 1. postings per category: the counts, and each category's share of its slice
    cats_a = {r["category"]: int(r["postings"] or 0) for r in a.get("postings_by_category").rows}
    cats_b = {r["category"]: int(r["postings"] or 0) for r in b.get("postings_by_category").rows}
    lack = _lacks("A", a, "postings_by_category") or _lacks("B", b, "postings_by_category")
    ok_a, ok_b = a.get("postings_by_category").ok, b.get("postings_by_category").ok
    for cat in sorted(set(cats_a) | set(cats_b)):
        ca = cats_a.get(cat, 0) if ok_a else None
        cb = cats_b.get(cat, 0) if ok_b else None
        rows.append(
            ComparisonRow(
                "postings_by_category",
                "postings",
                "count",
                ca,
                cb,
                a.postings,
                b.postings,
                scope="category",
                category=cat,
                why_not=lack[0] if lack else None,
                why_not_fa=lack[1] if lack else None,
            )
        )
    for cat in sorted(set(cats_a) | set(cats_b)):
        why: tuple[str, str] | None = lack
        if why is None:
            for side, mi in sides:
                if mi.postings < min_n:
                    why = (
                        f"slice {side} has {mi.postings:,} postings; a share needs at least "
                        f"{min_n}",
                        f"برش {_fa_side(side)} {_n_fa(mi.postings)} آگهی دارد؛ سهم دست‌کم "
                        f"{_n_fa(min_n)} آگهی لازم دارد",
                    )
                    break
        rows.append(
            ComparisonRow(
                "postings_by_category",
                "share_of_postings",
                "fraction",
                cats_a.get(cat, 0) / a.postings if a.postings and ok_a else None,
                cats_b.get(cat, 0) / b.postings if b.postings and ok_b else None,
                a.postings,
                b.postings,
                scope="category",
                category=cat,
                why_not=why[0] if why else None,
                why_not_fa=why[1] if why else None,
            )
        )

    # 2. median pay per category and pay type
    pay = {side: {r["category"]: r for r in mi.get("pay_by_category").rows} for side, mi in sides}
    lack_pay = {side: _lacks(side, mi, "pay_by_category") for side, mi in sides}
    for cat in sorted(set(pay["A"]) | set(pay["B"])):
        for pt in PAY_TYPES:
            n_key, m_key = f"n_{pt}", f"median_{pt}_usd"
            got = {s: pay[s].get(cat, {}) for s in ("A", "B")}
            ns = {s: int(got[s].get(n_key) or 0) for s in ("A", "B")}
            if not any(ns.values()):
                continue  # this pay type is in neither slice for this category
            why = None
            for s in ("A", "B"):
                if lack_pay[s]:
                    why = lack_pay[s]
                elif ns[s] < min_median_n:
                    where, where_fa = _where(cat)
                    why = (
                        f"slice {s} has {ns[s]} {_PAY_EN[pt]} pay value(s) in {where}; a "
                        f"median needs at least {min_median_n}",
                        f"برش {_fa_side(s)} در {where_fa} {_n_fa(ns[s])} مقدار دستمزد {_PAY_FA[pt]} "
                        f"دارد؛ میانه دست‌کم {_n_fa(min_median_n)} مقدار لازم دارد",
                    )
                if why:
                    break
            rows.append(
                ComparisonRow(
                    "pay_by_category",
                    "median_usd",
                    "money",
                    got["A"].get(m_key),
                    got["B"].get(m_key),
                    ns["A"],
                    ns["B"],
                    scope="category",
                    category=cat,
                    pay_type=pt,
                    why_not=why[0] if why else None,
                    why_not_fa=why[1] if why else None,
                )
            )

    # 3. inequality of pay over the whole period of each slice (period "all")
    ineq = {
        side: {
            (r["scope"], r["category"], r["pay_type"]): r
            for r in mi.get("inequality").rows
            if r.get("period") == "all"
        }
        for side, mi in sides
    }
    lack_ineq = {side: _lacks(side, mi, "inequality") for side, mi in sides}

    def pay_values(side: str, cat: str | None, pt: str) -> int:
        if cat is None:
            return sum(int(r.get(f"n_{pt}") or 0) for r in pay[side].values())
        return int(pay[side].get(cat, {}).get(f"n_{pt}") or 0)

    def order(k: tuple[str, str | None, str]) -> tuple[int, str, int]:
        return (k[0] != "market", k[1] or "", PAY_TYPES.index(k[2]) if k[2] in PAY_TYPES else 9)

    for key in sorted(set(ineq["A"]) | set(ineq["B"]), key=order):
        scope, cat, pt = key
        why = None
        for s in ("A", "B"):
            if lack_ineq[s]:
                why = lack_ineq[s]
            elif key not in ineq[s]:
                where, where_fa = _where(cat)
                k = pay_values(s, cat, pt)
                why = (
                    f"slice {s} has {k} {_PAY_EN.get(pt, pt)} pay value(s) in {where}; the "
                    f"inequality figures need at least {min_n}",
                    f"برش {_fa_side(s)} در {where_fa} {_n_fa(k)} مقدار دستمزد {_PAY_FA.get(pt, pt)} "
                    f"دارد؛ ارقام نابرابری دست‌کم {_n_fa(min_n)} مقدار لازم دارند",
                )
            if why:
                break
        ra, rb = ineq["A"].get(key, {}), ineq["B"].get(key, {})
        for metric in INEQUALITY_METRICS:
            rows.append(
                ComparisonRow(
                    "inequality",
                    metric,
                    "fraction",
                    ra.get(metric),
                    rb.get(metric),
                    ra.get("n"),
                    rb.get("n"),
                    scope=scope,
                    category=cat,
                    pay_type=pt,
                    why_not=why[0] if why else None,
                    why_not_fa=why[1] if why else None,
                )
            )

    # 4. AI-training and annotation work: median posted hourly pay
    ai = {side: mi.get("ai_training") for side, mi in sides}
    market = {
        s: next((r for r in ai[s].rows if r.get("scope") == "market"), {}) for s in ("A", "B")
    }
    why = _lacks("A", a, "ai_training") or _lacks("B", b, "ai_training")
    rows.append(
        ComparisonRow(
            "ai_training",
            "median_hourly_usd",
            "money",
            market["A"].get("median_hourly_usd"),
            market["B"].get("median_hourly_usd"),
            market["A"].get("n_hourly"),
            market["B"].get("n_hourly"),
            why_not=why[0] if why else None,
            why_not_fa=why[1] if why else None,
        )
    )
    from azadkar.market._types import CITED_GHOST_WORK_HOURLY_USD
    from azadkar.report.strings import num

    notes.append(
        f"the source report's ${CITED_GHOST_WORK_HOURLY_USD}/h for AI-training work is a cited "
        "claim, not verified, and the same for both slices: it is not compared as a measurement"
    )
    notes_fa.append(
        f"{num(CITED_GHOST_WORK_HOURLY_USD, 'fa', 1)} دلار در ساعتِ گزارش منبع برای کار آموزش "
        "هوش مصنوعی ادعایی نقل‌شده و تأییدنشده است و برای هر دو برش یکی است؛ پس همچون رقمی "
        "سنجیده مقایسه نمی‌شود"
    )
    notes.append(
        "B - A is given only where both slices support the figure; medians need "
        f"{min_median_n} pay values on each side and inequality figures {min_n}. A difference "
        "is between posted pay in the two slices, not a measured effect of anything"
    )
    notes_fa.append(
        "\u2066B - A\u2069 فقط جایی آمده است که هر دو برش رقم را پشتیبانی کنند؛ میانه در هر سو "
        f"{_n_fa(min_median_n)} مقدار دستمزد و ارقام نابرابری {_n_fa(min_n)} مقدار لازم دارند. "
        "تفاوت، تفاوت دستمزد اعلام‌شده در دو برش است، نه اثر سنجیدهٔ چیزی"
    )
    if a.slice.get("filters") == b.slice.get("filters"):
        notes.append("slices A and B are the same postings: every difference is 0")
        notes_fa.append("برش‌های \u2066A\u2069 و \u2066B\u2069 همان آگهی‌ها هستند: همهٔ تفاوت‌ها صفرند")
    # the exchange rates each slice's pay was converted with (they differ by date)
    for side, mi in sides:
        ind = mi.get("pay_by_category")
        for en, fa in zip(ind.notes, ind.notes_fa, strict=False):
            if en.startswith("pay in other currencies"):
                notes.append(f"slice {side}: {en}")
                notes_fa.append(f"برش {_fa_side(side)}: {fa}")
    # monthly series: side by side (json "monthly", the report's chart), not differenced
    notes.append(
        "monthly series are not differenced: postings per month of both slices stand side "
        "by side (json: monthly; the report draws them as two lines); for change around AI "
        "releases and the exposure index, run `azadkar market indicators` on each slice"
    )
    notes_fa.append(
        "سری‌های ماهانه تفریق نمی‌شوند: شمار آگهی‌های هر ماهِ دو برش کنار هم می‌آید "
        "(⁦json: monthly⁩؛ گزارش آن‌ها را دو خط می‌کشد)؛ برای تغییر پیرامون عرضهٔ "
        "هوش مصنوعی و شاخص مواجهه، `azadkar market indicators` را برای هر برش اجرا کنید"
    )
    return rows, notes, notes_fa


__all__ = ["ComparisonRow", "MarketComparison", "compare", "comparison_rows", "parse_side"]
