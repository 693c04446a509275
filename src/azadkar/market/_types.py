"""Plain result objects of the market package (no I/O, no heavy imports)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from azadkar.taxonomy import CATEGORY_IDS as CATEGORY_IDS  # the one source of the fixed ids

# The platforms' names in Persian sentences (others, from a mapping, as they are).
PLATFORM_FA = {"upwork": "آپ‌ورک", "jobinja": "جابینجا"}

CITED_GHOST_WORK_HOURLY_USD = 2.4
CITED_GHOST_WORK_SOURCE = (
    'source report (2025), "ghost workers" training AI models at about $2.4/h - cited, not verified'
)
CITED_GHOST_WORK_SOURCE_FA = (
    "گزارش منبع (۲۰۲۵)، «کارگران شبح» که با حدود ۲٫۴ دلار در ساعت مدل‌های هوش مصنوعی را "
    "آموزش می‌دهند - نقل‌شده، تأییدنشده"
)


@dataclass(frozen=True)
class FileStatus:
    """Row accounting for one ingested file: ``rows == accepted + rejected + duplicates``."""

    file_id: int
    path: str
    format: str
    platform: str
    sha256: str
    rows: int
    accepted: int
    rejected: int
    duplicates: int
    # Accepted postings whose pay could not be converted to USD (no exchange rate for
    # their currency on or before their date): kept, with pay and currency but no
    # pay_usd, and left out of the pay indicators. The notes say why, per currency.
    pay_unconverted: int = 0
    # When the file was stored (UTC, tz-aware); ``to_dict`` writes it as ISO 8601 UTC.
    ingested_at: dt.datetime | None = None
    seconds: float | None = None
    skipped: bool = False  # True when this exact file was ingested before
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["notes"] = list(self.notes)
        d["ingested_at"] = iso_utc(self.ingested_at)
        return d

    def notes_in(self, lang: str) -> list[str]:
        """The notes for people: Persian words for the notes azadkar writes in ``fa``."""
        return [note_in(n, lang) for n in self.notes]


def iso_utc(t: dt.datetime | None) -> str | None:
    """``2026-11-26T15:41:01Z``: ISO 8601 in UTC, to the second (a naive time is UTC, as
    the store keeps it). The one spelling of ``ingested_at`` in every output."""
    if t is None:
        return None
    if t.tzinfo is not None:
        t = t.astimezone(dt.UTC)
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t:%H:%M:%S}Z"


@dataclass(frozen=True)
class RejectedRow:
    file_id: int
    path: str
    row: int
    reason: str
    raw: str

    @property
    def columns(self) -> tuple[str, ...]:
        """The file's column(s) the reason is about, found in the raw row: those whose cell
        holds the value the reason quotes (``unparseable date: ۱۴۰۳/۱۳/۴۰`` -> the date
        column, whatever the mapping calls it). Empty when the reason quotes no cell (a
        missing field, a malformed line) or the raw row is not a JSON object."""
        return reason_columns(self.reason, self.raw)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "columns": list(self.columns)}


def reason_columns(reason: str, raw: str | None) -> tuple[str, ...]:
    """See :attr:`RejectedRow.columns`."""
    import json

    for en in REJECT_REASONS_FA:
        if reason.startswith(en + ": "):
            quoted = reason[len(en) + 2 :]
            break
    else:
        return ()
    at = quoted.rfind(" (known: ")  # 'unknown currency: X (known: IRR, TOMAN, USD)'
    if at > 0:
        quoted = quoted[:at]
    try:
        cells = json.loads(raw or "")
    except ValueError:
        return ()
    if not isinstance(cells, dict):
        return ()
    # pay read from several columns is quoted joined by ' / ' (pay, pay_min, pay_max)
    values = {quoted.strip(), *(v.strip() for v in quoted.split(" / "))} - {""}
    return tuple(
        str(k)
        for k, v in cells.items()
        if v is not None and not isinstance(v, dict | list) and str(v).strip() in values
    )


@dataclass(frozen=True)
class ClassifyResult:
    model_version: str
    classified: int
    skipped: int
    seconds: float


@dataclass(frozen=True)
class CitedClaim:
    """A figure the source report cites (``claims.toml``), shown beside an indicator as a
    cited claim, never as a result; ``measured``: what this store's data says about it, in
    words with its numbers (or why it cannot say)."""

    id: str
    claim: str
    source: str
    measured: str
    claim_fa: str = ""
    source_fa: str = ""
    measured_fa: str = ""
    quantity: float | None = None  # the cited figure (0.22 for "22%"), as claims.toml has it
    status: str = "cited, not verified"

    def claim_in(self, lang: str) -> str:
        return self.claim_fa if lang == "fa" and self.claim_fa else self.claim

    def source_in(self, lang: str) -> str:
        return self.source_fa if lang == "fa" and self.source_fa else self.source

    def measured_in(self, lang: str) -> str:
        return self.measured_fa if lang == "fa" and self.measured_fa else self.measured

    def status_in(self, lang: str) -> str:
        return "نقل‌شده، تأییدنشده" if lang == "fa" else self.status

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# How each figure of an indicator's rows is written in JSON and CSV (azadkar.precision):
# money 2 decimals, fractions of 1 (shares, Gini, exposure, log changes) 4, percentages
# and degrees of freedom 2 (a hundredth of a percentage point, as a fraction's 4). A
# figure read from the configuration or the source report (the high-pay threshold, the
# cited $2.4/h, the confidence level) is written as it is; counts stay integers.
FRACTION_KEYS = frozenset(
    {
        "gini",
        "gini_without_max",
        "top10_share",
        "share_high",
        "max_share",
        "exposure_weighted",
        "did_log",
        "se",
        "ci_low_log",
        "ci_high_log",
    }
)
PERCENT_KEYS = frozenset({"did_pct", "ci_low_pct", "ci_high_pct", "index", "df"})
GIVEN_KEYS = frozenset({"cited_hourly_usd", "high_threshold_usd", "confidence"})


def figure_kind(key: str) -> str | None:
    """money, fraction, percent, or None (written as it is) for a row's key."""
    if key in GIVEN_KEYS:
        return None
    if key in FRACTION_KEYS:
        return "fraction"
    if key in PERCENT_KEYS or key.endswith("_pct"):
        return "percent"
    if key.endswith("_usd"):
        return "money"
    return None


def round_figure(key: str, value: Any) -> Any:
    """``value`` of the row key ``key`` rounded for its kind (see :data:`FRACTION_KEYS`);
    anything not a float, or inside :func:`azadkar.precision.exact_numbers`, as it is."""
    from azadkar import precision

    if not isinstance(value, float) or isinstance(value, bool):
        return value
    kind = figure_kind(key)
    if kind == "money":
        return precision.money(value)
    if kind == "fraction":
        return precision.fraction(value)
    if kind == "percent":
        # a percentage is 100 fractions: 2 decimals here are a fraction's 4
        return precision.money(value)
    return value


def rounded_row(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with each figure rounded for its kind, and so the rows of a list of rows
    (``event_study`` of a difference-in-differences row)."""
    return {
        k: [rounded_row(x) for x in v]
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
        else round_figure(k, v)
        for k, v in row.items()
    }


@dataclass
class Indicator:
    """One indicator's table, or the reason it could not be computed.

    ``rows`` are plain dicts; a row about a category carries ``category`` (our id);
    market-wide rows carry ``category`` = None and ``scope`` = "market".
    Every text has a Persian twin (``*_fa``), written where the English is, from the same
    numbers; :meth:`lack` and :meth:`note` set both at once.
    """

    name: str
    title: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    insufficient: str | None = None
    notes: list[str] = field(default_factory=list)
    source: str = ""
    title_fa: str = ""
    source_fa: str = ""
    insufficient_fa: str | None = None
    notes_fa: list[str] = field(default_factory=list)
    # The source report's claims this indicator bears on, each beside what it measures.
    cited: list[CitedClaim] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.insufficient is None

    def lack(self, en: str, fa: str) -> None:
        """Mark the indicator as not computable, saying why in both languages."""
        self.insufficient, self.insufficient_fa = en, fa

    def note(self, en: str, fa: str) -> None:
        self.notes.append(en)
        self.notes_fa.append(fa)

    def title_in(self, lang: str) -> str:
        return self.title_fa if lang == "fa" and self.title_fa else self.title

    def source_in(self, lang: str) -> str:
        return self.source_fa if lang == "fa" and self.source_fa else self.source

    def insufficient_in(self, lang: str) -> str | None:
        """Why the data cannot support the indicator (None when it can)."""
        if lang == "fa" and self.insufficient and self.insufficient_fa:
            return self.insufficient_fa
        return self.insufficient

    def notes_in(self, lang: str) -> list[str]:
        if lang == "fa" and len(self.notes_fa) == len(self.notes):
            return list(self.notes_fa)
        return list(self.notes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "status": "ok" if self.ok else "insufficient",
            "insufficient": (
                f"insufficient data: {self.insufficient}" if self.insufficient else None
            ),
            "source": self.source,
            "notes": list(self.notes),
            "rows": [rounded_row(r) for r in self.rows],
            "title_fa": self.title_fa,
            "source_fa": self.source_fa,
            # the Persian "<why>" of "insufficient data: <why>" (None when the indicator is ok)
            "reason_fa": self.insufficient_fa if self.insufficient else None,
            "notes_fa": list(self.notes_fa),
            "cited": [c.to_dict() for c in self.cited],
        }


@dataclass
class MarketIndicators:
    """Everything ``azadkar market indicators`` shows (and the report renders)."""

    db: str
    engine: str
    postings: int
    dated_postings: int
    category_source: dict[str, int]
    indicators: list[Indicator]
    caveats: list[str]
    seconds: float = 0.0
    caveats_fa: list[str] = field(default_factory=list)
    # The --category-source the results were computed with: auto (model predictions where
    # present, else platform labels), platform or model. ``category_source`` says how many
    # postings came from which source.
    category_source_mode: str = "auto"
    # Which postings: the filters applied (``filters``; empty for the whole store), the
    # postings in the slice and in the store, and a line naming it (``description``/_fa).
    slice: dict[str, Any] = field(default_factory=dict)

    def slice_line(self, lang: str) -> str:
        """The line naming the slice (English or Persian); '' for a result made without."""
        key = "description_fa" if lang == "fa" else "description"
        return str(self.slice.get(key) or "")

    def caveats_in(self, lang: str) -> list[str]:
        if lang == "fa" and len(self.caveats_fa) == len(self.caveats):
            return list(self.caveats_fa)
        return list(self.caveats)

    def get(self, name: str) -> Indicator:
        for ind in self.indicators:
            if ind.name == name:
                return ind
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "engine": self.engine,
            "postings": self.postings,
            "dated_postings": self.dated_postings,
            "category_source": self.category_source,
            "caveats": self.caveats,
            "indicators": [i.to_dict() for i in self.indicators],
            "caveats_fa": self.caveats_fa,
            "category_source_mode": self.category_source_mode,
            "slice": self.slice,
        }


# Rejection reasons are stored in English (they are data); these are their Persian words for
# people reading a Persian page. The detail after ": " (the value read) is kept as it was.
REJECT_REASONS_FA: dict[str, str] = {
    "missing title and description": "عنوان و شرح ندارد",
    "missing posting id": "شناسهٔ آگهی ندارد",
    "missing date": "تاریخ ندارد",
    "unparseable date": "تاریخ خوانا نیست",
    "unreadable time of day (write it as 14:30, or 2:30 ب.ظ)": (
        "ساعت پس از تاریخ خوانا نیست (آن را به شکل ۱۴:۳۰ یا ۲:۳۰ ب.ظ بنویسید)"
    ),
    "date out of range": "تاریخ بیرون از بازهٔ پذیرفتنی است",
    "unknown pay type": "نوع دستمزد ناشناخته است",
    "a date, not an amount, in the pay column": "در ستون دستمزد تاریخ آمده است، نه مبلغ",
    "unparseable pay": "دستمزد خوانا نیست",
    "ambiguous number in the pay (write it as 1500 or 1.5)": (
        "عدد دستمزد دوپهلوست (آن را به شکل ۱۵۰۰ یا ۱٫۵ بنویسید)"
    ),
    "non-positive pay": "دستمزد صفر یا منفی است",
    "pay is not a finite number": "دستمزد عددی متناهی نیست",
    "pay too large (over 10M USD an hour or 1B USD a project or month)": (
        "دستمزد بیش از اندازه بزرگ است (بیش از ۱۰ میلیون دلار در ساعت، ۱ میلیارد دلار برای "
        "پروژه یا ماه)"
    ),
    "unknown currency": "واحد پول ناشناخته است",
    "pay range min > max": "کمینهٔ بازهٔ دستمزد از بیشینه بزرگ‌تر است",
    "pay without a currency": "دستمزد واحد پول ندارد",
    "no exchange rate for currency": "برای این واحد پول نرخ تبدیلی نیست",
    "missing count": "شمار ندارد",
    "invalid count": "شمار نامعتبر است",
    "count is not a finite number": "شمار عددی متناهی نیست",
    "count too large (over 1 billion postings in one row)": (
        "شمار بیش از اندازه بزرگ است (بیش از یک میلیارد آگهی در یک ردیف)"
    ),
    "malformed CSV line": "سطر CSV خراب است",
    "malformed JSON line": "سطر JSON خراب است",
}


# Fixed English words inside a reason's detail, and their Persian.
REJECT_DETAILS_FA: dict[str, str] = {
    " (add it to the rates file)": " (آن را به پروندهٔ نرخ‌ها بیفزایید)",
    " (known: ": " (واحدهای شناخته: ",
}


def reason_in(reason: str, lang: str) -> str:
    """A rejection reason for people: Persian words for a known reason in ``fa`` (the value
    after the colon as read), the stored English otherwise."""
    if lang != "fa":
        return reason
    for en, fa in REJECT_REASONS_FA.items():
        if reason == en or reason.startswith((en + ":", en + " ")):
            rest = reason[len(en) :].lstrip(":").strip()
            if not rest:
                return fa
            tail = ""
            for d_en, d_fa in REJECT_DETAILS_FA.items():
                at = rest.rfind(d_en)
                if at > 0:
                    rest, tail = rest[:at], d_fa + rest[at + len(d_en) :]
                    break
            if en.startswith("malformed "):
                return f"{fa}: {_malformed_fa(rest)}"
            return f"{fa}: \u2068{rest}\u2069{tail}"
    return reason


def _malformed_fa(detail: str) -> str:
    """The Persian of a malformed line's detail (``the line has 4 field(s), the header has
    8``, ``22, column 23: Invalid control character``); a parser's own English message
    stays, isolated."""
    from azadkar.market._formats import encoding_hint

    m = re.fullmatch(
        r"the line has (\d+) field\(s\), the header has (\d+)( \(an unclosed .*)?", detail
    )
    if m:
        out = f"این سطر {_fa_digits(m[1])} ستون دارد و سطر سرستون‌ها {_fa_digits(m[2])}"
        if m[3]:
            out += " (گیومه‌ای بسته نشده و تا سطرهای بعد ادامه یافته است؟)"
        return out
    m = re.fullmatch(r"(?:the line is )?not (?:valid )?UTF-8 text; (.*)", detail, re.S)
    if m:
        # the same advice in Persian: bytes that read as Windows-1256 Persian, or any other
        sample = "فا".encode("cp1256") if "Windows-1256" in m[1] else b""
        return f"این سطر متن UTF-8 نیست؛ {encoding_hint(sample, 'fa')}"
    m = re.fullmatch(r"(\d+)(?:, column (\d+): (.*)|: (.*))", detail, re.S)
    if m:
        out = f"سطر {_fa_digits(m[1])}"
        if m[2]:
            return f"{out}، ستون {_fa_digits(m[2])}: \u2068{m[3]}\u2069"
        what = "شیء JSON نیست" if m[4] == "not a JSON object" else None
        if what is None and m[4].startswith("not UTF-8 text; "):
            return f"{out}: {_malformed_fa(m[4])}"
        return f"{out}: {what or chr(0x2068) + m[4] + chr(0x2069)}"
    return f"\u2068{detail}\u2069"


# -- pay that could not be converted to USD -------------------------------------------------
# A posting whose currency has rates, but none on or before its date (a 2017 posting in
# toman, rates from 2018), is valid and kept: with its pay and currency, without pay_usd.
# No later rate is used for an earlier date. Each file's notes say so, per currency, in
# the words of :func:`no_rate_note`; :func:`note_in` gives their Persian.

CURRENCY_FA = {"TOMAN": "تومان", "IRR": "ریال", "USD": "دلار", "EUR": "یورو", "GBP": "پوند"}


def _fa_digits(text: object) -> str:
    from azadkar.report.strings import fa_digits

    return fa_digits(text)


def _isolate(text: str) -> str:
    """Latin text inside a Persian sentence, isolated (FSI ... PDI)."""
    return f"\u2068{text}\u2069"


def posted_when(first: str | None, last: str | None, undated: int) -> tuple[str, str]:
    """``posted 2017-05-01 to 2017-06-30, 2 undated`` and its Persian."""
    en: list[str] = []
    fa: list[str] = []
    if first and last and first != last:
        en.append(f"posted {first} to {last}")
        fa.append(f"تاریخ آگهی‌ها {_fa_digits(first)} تا {_fa_digits(last)}")
    elif first:
        en.append(f"posted {first}")
        fa.append(f"تاریخ آگهی {_fa_digits(first)}")
    if undated:
        en.append(f"{undated} undated")
        fa.append(f"{_fa_digits(undated)} آگهی بی‌تاریخ")
    return ", ".join(en), "، ".join(fa)


def no_rate_note(
    postings: int,
    currency: str,
    first: dt.date | str | None,
    last: dt.date | str | None,
    undated: int,
    rates_start: dt.date | str,
    rates_file: str,
) -> tuple[str, str]:
    """A file's note on ``postings`` accepted postings whose pay in ``currency`` has no rate
    on or before their date (``first``..``last``, ``undated`` of them with no date: these
    take today's rate), since ``rates_file``'s rates for it start at ``rates_start``.
    (English, Persian)."""
    f = str(first) if first is not None else None
    la = str(last) if last is not None else None
    when, when_fa = posted_when(f, la, undated)
    cur_fa = CURRENCY_FA.get(currency, currency)
    en = (
        f"pay of {postings} posting(s) not converted to USD: no rate on or before the posting "
        f"date for currency {currency} ({when}); the rates file ({rates_file}) starts "
        f"{rates_start} for {currency}. Kept without pay_usd and left out of the pay "
        f"indicators; to convert them, ingest the file into a new store (--db) with an "
        f"earlier {currency} rate (--rates)"
    )
    fa = (
        f"دستمزد {_fa_digits(postings)} آگهی به دلار تبدیل نشد: برای واحد پول {cur_fa} در تاریخ "
        f"آگهی یا پیش از آن نرخی نیست ({when_fa})؛ نرخ‌های {cur_fa} در پروندهٔ نرخ‌ها "
        f"({_isolate(rates_file)}) از {_fa_digits(rates_start)} آغاز می‌شوند. این آگهی‌ها بدون "
        "دستمزد دلاری (pay_usd) نگه داشته شده‌اند و در شاخص‌های دستمزد شمرده نمی‌شوند؛ برای "
        "تبدیلشان، پرونده را با نرخی پیش‌تر برای "
        f"{cur_fa} (--rates) در انباری تازه (--db) وارد کنید"
    )
    return en, fa


_NO_RATE_RE = re.compile(
    r"pay of (?P<n>\d+) posting\(s\) not converted to USD: no rate on or before the posting "
    r"date for currency (?P<cur>\S+) \((?P<when>[^)]*)\); the rates file \((?P<file>.*)\) "
    r"starts (?P<start>\S+) for (?P=cur)\. "
)
_WHEN_RE = re.compile(
    r"(?:posted (?P<first>\S+?)(?: to (?P<last>\S+?))?(?:,|$))?\s*(?:(?P<u>\d+) undated)?"
)


def is_no_rate_note(note: str) -> bool:
    """True for a note written by :func:`no_rate_note`."""
    return _NO_RATE_RE.match(note) is not None


# Fixed notes of the formats (see _formats), and their Persian.
NOTES_FA: dict[str, str] = {
    "search results carry no posting date: time series cannot use them": (
        "نتایج جست‌وجو تاریخ آگهی ندارند: سری‌های زمانی نمی‌توانند از آن‌ها استفاده کنند"
    ),
    "each OLI row is a count of postings (its weight), not one posting": (
        "هر ردیف OLI شمار آگهی‌هاست (وزن آن)، نه یک آگهی"
    ),
    "Jobinja salaries are monthly, in toman; kept apart from hourly and fixed pay": (
        "حقوق‌های جابینجا ماهانه و به تومان‌اند؛ جدا از دستمزد ساعتی و پروژه‌ای نگه داشته می‌شوند"
    ),
    **{
        f"read as {label} text (the file starts with a {label} byte-order mark)": (
            f"به‌صورت متن {label} خوانده شد (پرونده با نشانهٔ ترتیب بایت {label} آغاز می‌شود)"
        )
        for label in ("UTF-16", "UTF-32")
    },
}


def note_in(note: str, lang: str) -> str:
    """A file's note for people: Persian words for the notes azadkar writes, in ``fa``
    (others, and every note in ``en``, as stored)."""
    if lang != "fa":
        return note
    if note in NOTES_FA:
        return NOTES_FA[note]
    m = _NO_RATE_RE.match(note)
    if m:
        w = _WHEN_RE.fullmatch(m["when"])
        first = w["first"] if w else None
        last = (w["last"] or first) if w else None
        undated = int(w["u"]) if w and w["u"] else 0
        return no_rate_note(int(m["n"]), m["cur"], first, last, undated, m["start"], m["file"])[1]
    return note
