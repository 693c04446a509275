"""A slice of the store: the postings of some platforms, files, client countries, dates.

The indicators of a slice are the indicators of those postings alone. The user's words
(a platform, a file as ``market status`` names it, a country, a Gregorian or Jalali date)
are checked against the store first: an unknown one is an error naming the option and
the closest known value, and so is a slice that holds no posting. What is left is one
WHERE clause in the SQL subset both engines accept, over ``az_p`` (see :mod:`._engines`);
its string values go in lookup tables, never spliced into the SQL.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.errors import InputError
from azadkar.market._types import PLATFORM_FA
from azadkar.report.strings import fa_digits, num

if TYPE_CHECKING:
    import duckdb

# Persian and Arabic-Indic digits, and the Arabic/Persian date separators, to ASCII.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
# The slice's fields; an InputError about one of them carries it as ``field`` (``since``).
# One about the slice as a whole (it holds no posting) carries none.
FIELDS = ("platform", "file", "country", "since", "until")
# A year before this is a Jalali (Solar Hijri) year: 1402 is 2023-03-21..2024-03-19.
JALALI_BEFORE = 1700

DATE_FORMS = (
    "write it as 2023-01-31, 2023-01 or 2023 (Gregorian), or 1402/01/01, 1402/01 or 1402 "
    "(Jalali); Persian digits are fine"
)
DATE_FORMS_FA = (
    "آن را به شکل 2023-01-31 یا 2023-01 یا 2023 (میلادی)، یا ۱۴۰۲/۰۱/۰۱ یا ۱۴۰۲/۰۱ یا ۱۴۰۲ "
    "(شمسی) بنویسید"
)


def _iso(text: str) -> str:
    return f"\u2066{text}\u2069"


def parse_bound(text: str | dt.date, option: str, *, end: bool) -> dt.date:
    """The first (``end=False``) or last day a date option means: a day, a month or a year,
    Gregorian or Jalali (a year before 1700), in Latin or Persian digits.
    ``2023`` as --until is 2023-12-31; ``1402`` as --since is 2023-03-21."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    raw = str(text)
    m = _DATE.fullmatch(raw.strip().translate(_DIGITS))
    bad = InputError(
        f"{option} {raw!r}: not a date; {DATE_FORMS}",
        message_fa=f"{_iso(option)} «{raw}»: تاریخ خوانا نیست؛ {DATE_FORMS_FA}",
        field=option.lstrip("-"),
    )
    if m is None:
        raise bad
    y, mo, d = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
    try:
        if y < JALALI_BEFORE:
            import jdatetime

            if mo is None:
                first = jdatetime.date(y, 1, 1)
                after = jdatetime.date(y + 1, 1, 1)
            elif d is None:
                first = jdatetime.date(y, mo, 1)
                after = jdatetime.date(y + mo // 12, mo % 12 + 1, 1)
            else:
                first = jdatetime.date(y, mo, d)
                after = first + dt.timedelta(days=1)
            g0, g1 = first.togregorian(), after.togregorian()
        else:
            if mo is None:
                g0, g1 = dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
            elif d is None:
                g0 = dt.date(y, mo, 1)
                g1 = dt.date(y + mo // 12, mo % 12 + 1, 1)
            else:
                g0 = dt.date(y, mo, d)
                g1 = g0 + dt.timedelta(days=1)
    except (ValueError, OverflowError):
        # 2023-02-30, 1402/13/01, 1402/12/30 (1402 is not a leap year) ...
        raise bad from None
    return g1 - dt.timedelta(days=1) if end else g0


def _values(v: str | int | Iterable[str | int] | None) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str | int):
        return (str(v),)
    return tuple(str(x) for x in v)


def _closest(word: str, known: Sequence[str]) -> str | None:
    lower = {k.lower(): k for k in known}
    hit = difflib.get_close_matches(word.lower(), list(lower), n=1, cutoff=0.5)
    return lower[hit[0]] if hit else None


def _listing(items: Sequence[str], limit: int = 12) -> str:
    more = len(items) - limit
    return ", ".join(items[:limit]) + (f" and {more} more" if more > 0 else "")


def _listing_fa(items: Sequence[str], limit: int = 12) -> str:
    more = len(items) - limit
    return "، ".join(items[:limit]) + (f" و {num(more, 'fa')} دیگر" if more > 0 else "")


@dataclass(frozen=True)
class Slice:
    """Which postings the indicators use (every field empty: the whole store).

    Values are what the user typed: ``platform`` as stored (``upwork``, ``jobinja``; the
    Persian name works too), ``file`` an id or a file name as ``market status`` shows it
    (or the full path), ``country`` the client country as the postings state it (any
    letter case), ``since``/``until`` a day, month or year, Gregorian or Jalali. Several
    values of one field are any of them; different fields must all hold."""

    platform: tuple[str, ...] = ()
    file: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    since: str | dt.date | None = None
    until: str | dt.date | None = None

    @classmethod
    def of(
        cls,
        platform: str | Iterable[str] | None = None,
        file: str | int | Iterable[str | int] | None = None,
        country: str | Iterable[str] | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> Slice:
        return cls(
            _values(platform),
            _values(file),
            _values(country),
            since if since != "" else None,
            until if until != "" else None,
        )

    def resolve(self, con: duckdb.DuckDBPyConnection) -> ResolvedSlice:
        """Check every value against the store on ``con``; the slice as exact values."""
        since = parse_bound(self.since, "--since", end=False) if self.since else None
        until = parse_bound(self.until, "--until", end=True) if self.until else None
        if since and until and since > until:
            raise InputError(
                f"--since {self.since} ({since}) is after --until {self.until} ({until}): "
                "the date range holds no day",
                message_fa=f"{_iso('--since')} «{self.since}» ({_iso(fa_digits(since))}) پس از "
                f"{_iso('--until')} «{self.until}» ({_iso(fa_digits(until))}) است: این بازه "
                "هیچ روزی ندارد",
                field="since",
            )
        platforms = _resolve_platforms(con, self.platform)
        files = _resolve_files(con, self.file)
        countries = _resolve_countries(con, self.country)
        out = ResolvedSlice(
            platforms=platforms,
            files=files,
            countries=countries,
            since=since,
            until=until,
            asked=self,
        )
        out.count(con)
        return out


def _resolve_platforms(con: Any, asked: Sequence[str]) -> tuple[str, ...]:
    if not asked:
        return ()
    known = [
        r[0] for r in con.execute("SELECT DISTINCT platform FROM postings ORDER BY 1").fetchall()
    ]
    by_name = {k.lower(): k for k in known}
    by_name.update({PLATFORM_FA[k]: k for k in known if k in PLATFORM_FA})
    out = []
    for word in asked:
        hit = by_name.get(word.strip().lower()) or by_name.get(word.strip())
        if hit is None:
            close = _closest(word.strip(), known)
            mean = f"; did you mean {close}?" if close else ""
            mean_fa = f"؛ شاید منظورتان {_iso(close)} است" if close else ""
            raise InputError(
                f"--platform {word!r}: no posting in the store is from that platform "
                f"(platforms in the store: {_listing(known) or 'none'}){mean}",
                message_fa=f"{_iso('--platform')} «{word}»: هیچ آگهی‌ای در انبار از این پلتفرم نیست "
                f"(پلتفرم‌های انبار: {_listing_fa([_iso(k) for k in known]) or 'هیچ'}){mean_fa}",
                field="platform",
            )
        if hit not in out:
            out.append(hit)
    return tuple(out)


@dataclass(frozen=True)
class SliceFile:
    file_id: int
    path: str

    @property
    def name(self) -> str:
        return Path(self.path).name


def _resolve_files(con: Any, asked: Sequence[str]) -> tuple[SliceFile, ...]:
    if not asked:
        return ()
    files = [
        SliceFile(int(r[0]), str(r[1]))
        for r in con.execute("SELECT file_id, path FROM files ORDER BY file_id").fetchall()
    ]
    shown = [f"{f.file_id} {f.name}" for f in files]
    out: list[SliceFile] = []
    for word in asked:
        w = word.strip().translate(_DIGITS)
        if w.isdigit():
            hits = [f for f in files if f.file_id == int(w)]
        else:
            hits = [f for f in files if f.path == w] or [
                f for f in files if f.name.lower() == Path(w).name.lower()
            ]
        if len(hits) > 1:
            ids = ", ".join(str(f.file_id) for f in hits)
            raise InputError(
                f"--file {word!r}: {len(hits)} ingested files have that name (ids {ids}); "
                "give the id `azadkar market status` shows",
                message_fa=f"{_iso('--file')} «{word}»: {num(len(hits), 'fa')} پروندهٔ واردشده این نام را "
                f"دارند (شناسه‌های {fa_digits(ids)})؛ شناسه‌ای را بدهید که "
                "`azadkar market status` نشان می‌دهد",
                field="file",
            )
        if not hits:
            close = None if w.isdigit() else _closest(Path(w).name, [f.name for f in files])
            mean = f"; did you mean {close}?" if close else ""
            mean_fa = f"؛ شاید منظورتان {_iso(close)} است" if close else ""
            raise InputError(
                f"--file {word!r}: no ingested file has that id or name (files, as "
                f"`azadkar market status` shows them: {_listing(shown) or 'none'}){mean}",
                message_fa=f"{_iso('--file')} «{word}»: هیچ پروندهٔ واردشده‌ای این شناسه یا نام را ندارد "
                f"(پرونده‌ها، چنان‌که `azadkar market status` نشان می‌دهد: "
                f"{_listing_fa([_iso(s) for s in shown]) or 'هیچ'}){mean_fa}",
                field="file",
            )
        if hits[0] not in out:
            out.append(hits[0])
    return tuple(out)


def _resolve_countries(con: Any, asked: Sequence[str]) -> tuple[str, ...]:
    if not asked:
        return ()
    rows = con.execute(
        "SELECT country, count(*) AS n FROM postings WHERE country IS NOT NULL "
        "GROUP BY country ORDER BY n DESC, country"
    ).fetchall()
    known = [str(r[0]) for r in rows]
    out: list[str] = []
    for word in asked:
        key = " ".join(word.split()).lower()
        hits = [k for k in known if " ".join(k.split()).lower() == key]
        if not hits:
            close = _closest(key, known)
            mean = f"; did you mean {close}?" if close else ""
            mean_fa = f"؛ شاید منظورتان {_iso(close)} است" if close else ""
            top = known[:12]
            listed = _listing(top, 12) if top else "no posting states a country"
            listed_fa = "، ".join(_iso(c) for c in top) if top else "هیچ آگهی‌ای کشوری نام نمی‌برد"
            if len(known) > 12:
                listed += f" and {len(known) - 12} more"
                listed_fa += f" و {num(len(known) - 12, 'fa')} دیگر"
            raise InputError(
                f"--country {word!r}: no posting in the store names that client country "
                f"(countries as the postings state them, most postings first: {listed}){mean}",
                message_fa=f"{_iso('--country')} «{word}»: هیچ آگهی‌ای در انبار این کشور کارفرما را نام "
                f"نمی‌برد (کشورها چنان‌که در آگهی‌ها آمده‌اند، پرآگهی‌ترین نخست: "
                f"{listed_fa}){mean_fa}",
                field="country",
            )
        for h in hits:  # «United States» and «united states» are one country
            if h not in out:
                out.append(h)
    return tuple(out)


# az_p columns each filter reads, and its lookup table (string values only).
_PLATFORM_TABLE = "az_slice_platform"
_COUNTRY_TABLE = "az_slice_country"


@dataclass
class ResolvedSlice:
    """A slice checked against the store: exact stored values, dates as days."""

    platforms: tuple[str, ...] = ()
    files: tuple[SliceFile, ...] = ()
    countries: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    asked: Slice = field(default_factory=Slice)
    store_postings: int = 0
    postings: int = 0
    # postings outside the slice for lack of a value a filter needs: ("date", 12), ...
    missing: list[tuple[str, int]] = field(default_factory=list)

    @property
    def whole(self) -> bool:
        return not (self.platforms or self.files or self.countries or self.since or self.until)

    # -- SQL -------------------------------------------------------------------------------
    def _conditions(self, skip: str = "", lenient: str = "") -> list[str]:
        """Engine-neutral conditions on ``az_p``. ``skip``: leave that filter out;
        ``lenient``: let that filter pass a posting without its value too."""
        out = []
        if self.platforms and skip != "platform":
            out.append(f"platform IN (SELECT value FROM {_PLATFORM_TABLE})")
        if self.files and skip != "file":
            out.append(f"file_id IN ({', '.join(str(f.file_id) for f in self.files)})")
        if self.countries and skip != "country":
            cond = f"country IN (SELECT value FROM {_COUNTRY_TABLE})"
            out.append(f"({cond} OR country IS NULL)" if lenient == "country" else cond)
        if (self.since or self.until) and skip != "dates":
            days = []
            if self.since:
                days.append(f"posted_day >= DATE '{self.since.isoformat()}'")
            if self.until:
                days.append(f"posted_day <= DATE '{self.until.isoformat()}'")
            cond = " AND ".join(days)
            out.append(f"(({cond}) OR posted_day IS NULL)" if lenient == "dates" else cond)
        return out

    def where_sql(self, skip: str = "", extra: str = "", lenient: str = "") -> str:
        """``WHERE ...`` for ``az_p`` ('' for the whole store); needs :meth:`register`.
        ``skip``, ``lenient``: see :meth:`_conditions`; ``extra``: one more condition."""
        conds = self._conditions(skip, lenient) + ([extra] if extra else [])
        return "WHERE " + " AND ".join(conds) if conds else ""

    def register(self, engine: Any) -> None:
        """The lookup tables of the string filters, on ``engine`` (an Engine or a DuckDB
        connection)."""
        for table, values in ((_PLATFORM_TABLE, self.platforms), (_COUNTRY_TABLE, self.countries)):
            if not values:
                continue
            if hasattr(engine, "executemany"):  # a DuckDB connection
                engine.execute(f"CREATE OR REPLACE TEMP TABLE {table} (value VARCHAR)")
                engine.executemany(f"INSERT INTO {table} VALUES (?)", [(v,) for v in values])
            else:
                engine.register(table, [("value", "STRING")], [(v,) for v in values])

    def count(self, con: duckdb.DuckDBPyConnection) -> None:
        """Count the store and the slice on the store's connection; an error when the
        slice holds no posting, with what each filter alone would hold."""
        # the columns of az_p the filters read, one row per posting as in az_p
        view = (
            "(SELECT platform, file_id, country, CAST(posted_at AS DATE) AS posted_day "
            "FROM postings)"
        )
        self.store_postings = int(con.execute("SELECT count(*) FROM postings").fetchall()[0][0])
        if self.whole:
            self.postings = self.store_postings
            return
        self.register(con)

        def n(where: str) -> int:
            return int(con.execute(f"SELECT count(*) FROM {view} {where}").fetchall()[0][0])

        self.postings = n(self.where_sql())
        # Postings a filter leaves out because they lack its value (no date, no country),
        # that the other filters would keep (a posting with neither is counted in both):
        # said with the slice, so that nothing is dropped unsaid.
        self.missing = []
        if self.since or self.until:
            k = n(self.where_sql("dates", "posted_day IS NULL", lenient="country"))
            if k:
                self.missing.append(("date", k))
        if self.countries:
            k = n(self.where_sql("country", "country IS NULL", lenient="dates"))
            if k:
                self.missing.append(("country", k))
        if self.postings:
            return
        alone = []
        for name in ("platform", "file", "country", "dates"):
            only = ResolvedSlice(
                platforms=self.platforms if name == "platform" else (),
                files=self.files if name == "file" else (),
                countries=self.countries if name == "country" else (),
                since=self.since if name == "dates" else None,
                until=self.until if name == "dates" else None,
            )
            if not only.whole:
                alone.append((only, n(only.where_sql())))
        each = "; ".join(f"{s.options()} alone: {k:,}" for s, k in alone)
        each_fa = "؛ ".join(f"{_iso(s.options())} به‌تنهایی: {num(k, 'fa')}" for s, k in alone)
        lack_en, lack_fa = self._missing_words()
        raise InputError(
            f"the slice {self.options()} holds no posting of the store's {self.store_postings:,} "
            f"(postings each filter holds: {each}){lack_en}",
            message_fa=f"برش {_iso(self.options())} هیچ آگهی‌ای از "
            f"{num(self.store_postings, 'fa')} آگهی انبار را در بر نمی‌گیرد (آگهی‌های هر صافی: "
            f"{each_fa}){lack_fa}",
        )

    def _missing_words(self) -> tuple[str, str]:
        """``; 343 postings with no date are outside it`` and its Persian ('' for none)."""
        what = {
            "date": ("with no date", "بی‌تاریخ"),
            "country": ("naming no country", "بی‌نام کشور"),
        }
        en = "".join(f"; {k:,} postings {what[m][0]} are outside it" for m, k in self.missing)
        fa = "".join(f"؛ {num(k, 'fa')} آگهیِ {what[m][1]} بیرون از آن‌اند" for m, k in self.missing)
        return en, fa

    # -- words -----------------------------------------------------------------------------
    def options(self) -> str:
        """The slice as command-line options, with the values as resolved."""
        import shlex

        parts = [f"--platform {shlex.quote(p)}" for p in self.platforms]
        parts += [f"--file {f.file_id}" for f in self.files]
        parts += [f"--country {shlex.quote(c)}" for c in self.countries]
        if self.since:
            parts.append(f"--since {self.since.isoformat()}")
        if self.until:
            parts.append(f"--until {self.until.isoformat()}")
        return " ".join(parts)

    def filters(self) -> dict[str, Any]:
        """The filters applied, JSON-able (only the ones given)."""
        out: dict[str, Any] = {}
        if self.platforms:
            out["platform"] = list(self.platforms)
        if self.files:
            out["file"] = [{"id": f.file_id, "path": f.path} for f in self.files]
        if self.countries:
            out["country"] = list(self.countries)
        if self.since:
            out["since"] = self.since.isoformat()
            if self.asked.since is not None and str(self.asked.since) != self.since.isoformat():
                out["since_as_given"] = str(self.asked.since)
        if self.until:
            out["until"] = self.until.isoformat()
            if self.asked.until is not None and str(self.asked.until) != self.until.isoformat():
                out["until_as_given"] = str(self.asked.until)
        return out

    def describe(self) -> tuple[str, str]:
        """One line naming the slice and its size (English, Persian)."""
        if self.whole:
            return (
                f"Slice: the whole store ({self.postings:,} postings; no filter)",
                f"برش: کل انبار ({num(self.postings, 'fa')} آگهی؛ بی‌صافی)",
            )
        en, fa = [], []
        if self.platforms:
            en.append("platform " + " or ".join(self.platforms))
            fa.append(
                "پلتفرم " + " یا ".join(PLATFORM_FA.get(p) or _iso(p) for p in self.platforms)
            )
        if self.files:
            en.append("file " + " or ".join(f"{f.file_id} ({f.name})" for f in self.files))
            fa.append(
                "پروندهٔ "
                + " یا ".join(f"{num(f.file_id, 'fa')} ({_iso(f.name)})" for f in self.files)
            )
        if self.countries:
            en.append("client country " + " or ".join(self.countries))
            fa.append("کشور کارفرما " + " یا ".join(_iso(c) for c in self.countries))
        if self.since or self.until:
            en.append(
                "posted "
                + (f"{self.since} to {self.until}" if self.since and self.until else "")
                + (f"on or after {self.since}" if self.since and not self.until else "")
                + (f"on or before {self.until}" if self.until and not self.since else "")
            )
            fa.append(_dates_fa(self.since, self.until))
        out_en, out_fa = self._missing_words()
        return (
            f"Slice: {'; '.join(en)} - {self.postings:,} of the store's "
            f"{self.store_postings:,} postings{out_en}",
            f"برش: {'؛ '.join(fa)} - {num(self.postings, 'fa')} از "
            f"{num(self.store_postings, 'fa')} آگهی انبار{out_fa}",
        )

    def to_dict(self) -> dict[str, Any]:
        en, fa = self.describe()
        return {
            "filters": self.filters(),
            "postings": self.postings,
            "store_postings": self.store_postings,
            "excluded_for_missing_value": {m: k for m, k in self.missing},
            "description": en,
            "description_fa": fa,
        }


def _jalali_day(d: dt.date) -> str:
    import jdatetime

    from azadkar.market._indicators import JALALI_MONTHS_FA

    j = jdatetime.date.fromgregorian(date=d)
    return f"{fa_digits(j.day)} {JALALI_MONTHS_FA[j.month - 1]} {fa_digits(j.year)}"


def _dates_fa(since: dt.date | None, until: dt.date | None) -> str:
    """«آگهی‌شده از ۱ فروردین ۱۴۰۲ (2023-03-21) تا ...»: Jalali with the Gregorian beside."""

    def day(d: dt.date) -> str:
        return f"{_jalali_day(d)} ({_iso(fa_digits(d.isoformat()))})"

    if since and until:
        return f"آگهی‌شده از {day(since)} تا {day(until)}"
    if since:
        return f"آگهی‌شده از {day(since)} به بعد"
    assert until is not None
    return f"آگهی‌شده تا {day(until)}"


__all__ = ["DATE_FORMS", "FIELDS", "ResolvedSlice", "Slice", "parse_bound"]
