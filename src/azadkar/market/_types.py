"""Plain result objects of the market package (no I/O, no heavy imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from azadkar.taxonomy import CATEGORY_IDS as CATEGORY_IDS  # the one source of the fixed ids

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
    ingested_at: dt.datetime | None = None
    seconds: float | None = None
    skipped: bool = False  # True when this exact file was ingested before
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["notes"] = list(self.notes)
        return d


@dataclass(frozen=True)
class RejectedRow:
    file_id: int
    path: str
    row: int
    reason: str
    raw: str


@dataclass(frozen=True)
class ClassifyResult:
    model_version: str
    classified: int
    skipped: int
    seconds: float


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
            "rows": self.rows,
            "title_fa": self.title_fa,
            "source_fa": self.source_fa,
            # the Persian "<why>" of "insufficient data: <why>" (None when the indicator is ok)
            "reason_fa": self.insufficient_fa if self.insufficient else None,
            "notes_fa": list(self.notes_fa),
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
        }


# Rejection reasons are stored in English (they are data); these are their Persian words for
# people reading a Persian page. The detail after ": " (the value read) is kept as it was.
REJECT_REASONS_FA: dict[str, str] = {
    "missing title and description": "عنوان و شرح ندارد",
    "missing posting id": "شناسهٔ آگهی ندارد",
    "missing date": "تاریخ ندارد",
    "unparseable date": "تاریخ خوانا نیست",
    "date out of range": "تاریخ بیرون از بازهٔ پذیرفتنی است",
    "unknown pay type": "نوع دستمزد ناشناخته است",
    "a date, not an amount, in the pay column": "در ستون دستمزد تاریخ آمده است، نه مبلغ",
    "unparseable pay": "دستمزد خوانا نیست",
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
    "invalid count": "شمار نامعتبر است",
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
            return f"{fa}: \u2068{rest}\u2069{tail}"
    return reason
