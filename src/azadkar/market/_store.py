"""The postings store: a DuckDB file with ``postings``, ``rejected``, ``files``, ``predictions``.

An ingest call writes in ONE transaction. First DuckDB reads each file and parses every
row with the SQL macros of :mod:`azadkar.market._sql` into temp tables (no transaction is
open yet: the store itself is not touched, and a table filled this way numbers its rows in
file order, so the parse runs on every core): the whole parsed row for files up to four
times the memory cap (one parse), else only key, verdict and the raw rejected rows
(the insert then parses the file again and streams into ``postings``). Files beyond half
the memory cap are staged in a compressed DuckDB file of their own, in DuckDB's temporary
directory, removed after the ingest (or by the next ingest, if the process was killed).
Then one transaction stores every file.
Duplicates are found with a set operation on the stage (no PRIMARY KEY or UNIQUE index
to maintain). No row becomes a Python object. If the process dies before ``COMMIT``
the database file still holds the previous state (DuckDB discards the uncommitted WAL
on the next open).

Row accounting per file: every input row is accepted, rejected (with a reason and
the raw row) or a duplicate (its key was seen earlier in the file or in the store), and
``rows == accepted + rejected + duplicates`` is checked before commit. A file whose
SHA-256 is already in ``files`` is skipped, so re-ingesting it adds nothing.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import difflib
import gzip
import hashlib
import importlib.resources
import math
import os
import re
import shutil
import tempfile
import time
import tomllib
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.errors import DataError, IngestError, InputError
from azadkar.market import _formats, _sql
from azadkar.market._types import FileStatus, RejectedRow, no_rate_note

if TYPE_CHECKING:
    import duckdb

# String compression is chosen per column: DuckDB otherwise tries every method on every
# string column while writing, which made that analysis the largest single cost of an
# ingest. Long free text compresses best with zstd, and so do keys and URLs: unique, they
# gain nothing from a dictionary, and zstd wrote them in half the CPU time and half the
# space of dictionary + FSST (1M Upwork-shaped URLs: 0.41 vs 0.80 CPU s, 24 vs 47 MB;
# scanning them cost the same). Short labels and titles, which repeat, use dictionary +
# FSST (benchmarks/market_scale.py measures the difference).
SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    file_id INTEGER PRIMARY KEY,
    path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT,
    format VARCHAR NOT NULL,
    platform VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    seconds DOUBLE,
    rows BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    notes VARCHAR
);
CREATE TABLE IF NOT EXISTS postings (
    posting_id BIGINT NOT NULL,
    file_id INTEGER NOT NULL,
    source_row BIGINT NOT NULL,
    platform VARCHAR NOT NULL USING COMPRESSION dict_fsst,
    source_key VARCHAR NOT NULL USING COMPRESSION zstd,
    url VARCHAR USING COMPRESSION zstd,
    title VARCHAR USING COMPRESSION dict_fsst,
    description VARCHAR USING COMPRESSION zstd,
    skills VARCHAR USING COMPRESSION dict_fsst,
    posted_at TIMESTAMP,
    posted_month DATE,
    pay_type VARCHAR USING COMPRESSION dict_fsst,
    pay_min DOUBLE,
    pay_max DOUBLE,
    pay DOUBLE,
    currency VARCHAR USING COMPRESSION dict_fsst,
    pay_usd DOUBLE,
    rate_date DATE,
    platform_category VARCHAR USING COMPRESSION dict_fsst,
    platform_subcategory VARCHAR USING COMPRESSION dict_fsst,
    mapped_category VARCHAR USING COMPRESSION dict_fsst,
    country VARCHAR USING COMPRESSION dict_fsst,
    level VARCHAR USING COMPRESSION dict_fsst,
    engagement VARCHAR USING COMPRESSION dict_fsst,
    weight BIGINT NOT NULL,
    ai_training BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected (
    file_id INTEGER NOT NULL,
    source_row BIGINT,
    reason VARCHAR NOT NULL,
    raw VARCHAR
);
CREATE TABLE IF NOT EXISTS predictions (
    posting_id BIGINT NOT NULL,
    model_version VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    prob DOUBLE,
    service VARCHAR,
    service_prob DOUBLE,
    classified_at TIMESTAMP NOT NULL
);
"""


def _schema_tables() -> dict[str, tuple[str, ...]]:
    """Table -> column names of a market store, read from :data:`SCHEMA`."""
    tables: dict[str, tuple[str, ...]] = {}
    for m in re.finditer(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", SCHEMA, re.S):
        tables[m.group(1)] = tuple(line.split()[0] for line in m.group(2).strip().splitlines())
    return tables


# The tables (and their columns) every market store has.
STORE_TABLES: dict[str, tuple[str, ...]] = _schema_tables()


def database_tables(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """The user tables and views of the database ``con`` opened: name -> column names
    (``schema.name`` outside ``main``)."""
    rows = con.execute(
        "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND NOT internal"
    ).fetchall()
    out: dict[str, set[str]] = {}
    for schema, table, column in rows:
        out.setdefault(table if schema == "main" else f"{schema}.{table}", set()).add(column)
    return out


def not_a_store_error(
    path: str | Path,
    tables: Mapping[str, set[str]],
    required: Mapping[str, Sequence[str]] | None = None,
    hint: tuple[str, str] | None = None,
) -> InputError | None:
    """The error for a DuckDB file whose tables are not a market store's (None when they
    are: every ``required`` table, default :data:`STORE_TABLES`, with its columns; other
    tables may be there too). A file with no table at all is not a store either."""
    required = STORE_TABLES if required is None else required

    def names(items: Iterable[str], fa: bool = False, limit: int = 8) -> str:
        items = list(items)
        n = len(items) - limit
        if fa:
            return "، ".join(items[:limit]) + (f" و {n} مورد دیگر" if n > 0 else "")
        return ", ".join(items[:limit]) + (f" and {n} more" if n > 0 else "")

    have = sorted(tables)
    if not tables:
        why, why_fa = "it has no tables", "هیچ جدولی ندارد"
    elif any(t not in tables for t in required):
        why = f"it has tables {names(have)}; a market store has {names(required)}"
        why_fa = f"جدول‌هایش {names(have, True)} است؛ انبار بازار {names(required, True)} دارد"
    else:
        lacking = {t: [c for c in cols if c not in tables[t]] for t, cols in required.items()}
        bad = [(t, cols) for t, cols in lacking.items() if cols]
        if not bad:
            return None
        t, cols = bad[0]
        why = f"its table {t} lacks the column(s) {names(cols)} of a market store"
        why_fa = f"جدول {t} آن ستون‌های {names(cols, True)} انبار بازار را ندارد"
    hint = hint or (
        "Nothing was changed: give another --db file, or a new file name for a new store.",
        "چیزی تغییر نکرد: پروندهٔ دیگری به --db بدهید، یا نام پرونده‌ای تازه برای انباری تازه.",
    )
    return InputError(
        f"{path} is not an azadkar market store ({why}). {hint[0]}",
        message_fa=f"{path} انبار بازار آزادکار نیست ({why_fa}). {hint[1]}",
        path=str(path),
    )


# Title/skill words that mark AI-training and data-annotation work ("ghost work").
AI_TRAINING_RE = (
    r"annotat|label(l)?ing|data label|rlhf|ai train|training data|ai tutor|llm evaluat|"
    r"prompt evaluat|search quality rater|ai rater|image tagging|transcription for ai|"
    r"برچسب[‌ ]?گذاری|حاشیه[‌ ]?نویسی|آموزش مدل|داده[‌ ]?نگاری|"
    # as Persian postings say it: «برچسب‌زنی داده», «لیبل‌زنی», «دیتا لیبلینگ», «انوتیشن»,
    # «آموزش هوش مصنوعی», «ارزیابی پاسخ‌های هوش مصنوعی»
    r"برچسب[‌ ]?زنی|لیبل[‌ ]?(زنی|گذاری)|لیبلینگ|[اآ]نوتیشن|تگ[‌ ]?گذاری داده|"
    r"آموزش[‌ ]?(دادن )?(هوش مصنوعی|مدل)|ارزیابی (پاسخ|خروجی)[‌ ]?(های)? ?(هوش مصنوعی|مدل)"
)

_PAY_TYPES = """
CASE
  WHEN az_norm({e}) IS NULL THEN NULL
  WHEN az_norm({e}) IN ('hourly', 'hour', 'per hour', 'ساعتی') THEN 'hourly'
  WHEN az_norm({e}) IN ('fixed', 'fixed_budget', 'fixed price', 'fixed-price', 'project',
                        'پروژه‌ای', 'پروژه ای', 'مقطوع') THEN 'fixed'
  WHEN az_norm({e}) IN ('salary', 'monthly', 'month', 'ماهانه', 'حقوق') THEN 'salary'
  WHEN az_norm({e}) IN ('no_budget', 'none', 'n/a') THEN 'none'
  ELSE 'unknown'
END
"""


DEFAULT_MEMORY_LIMIT = "2GB"
# The most rejected rows one call lists (`market rejected --limit`; 0 lists them all).
MAX_LIMIT = 1_000_000_000

# Pay caps (a stated assumption): an amount above them, in USD at the posting's rate, is
# no real posting's pay but a typo or a unit mistake (``$1e308`` would be stored as an
# infinite midpoint and blank the Gini of a whole pay type), so the row is rejected. The
# reason in _parse_sql spells the same numbers.
PAY_CAP_HOURLY_USD = 10_000_000.0  # per hour
PAY_CAP_USD = 1_000_000_000.0  # a project budget or a monthly salary
# The most postings one row may stand for (an OLI count, a mapped weight): a stated
# assumption, far above any real count, that keeps every weight (and sums of millions of
# them) a 64-bit integer. The reason in _parse_sql spells the same number.
COUNT_CAP = 1_000_000_000.0

_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}
_UNITS.update({"kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40})


def size_bytes(text: str, default: int = 2 * 10**9) -> int:
    """``"2GB"``, ``"512 MiB"`` -> bytes (``default`` when it cannot be read)."""
    import re

    m = re.fullmatch(r"\s*([0-9.]+)\s*([a-zA-Z]*)\s*", text)
    if not m:
        return default
    unit = _UNITS.get((m.group(2) or "b").lower())
    return int(float(m.group(1)) * unit) if unit else default


def default_db_path() -> Path:
    """``$XDG_DATA_HOME/azadkar/market.duckdb`` (``~/.local/share/azadkar/...``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "azadkar" / "market.duckdb"


def _data_file(name: str) -> Any:
    return importlib.resources.files("azadkar") / "data" / "market" / name


# Keys of a rates TOML: the file's own, and each [[rate]] entry's.
RATES_KEYS = ("as_of", "source", "rate")
RATE_KEYS = ("currency", "from", "units_per_usd", "source")


def unknown_key_error(
    where: str,
    key: str,
    value: Any,
    known: Sequence[str],
    in_what: str,
    shown_as: Mapping[str, str] | None = None,
) -> str:
    """``where: unknown table [rates] in the file; did you mean [[rate]]? (known: ...)``:
    the key written as the TOML of its kind, and the closest known key (``shown_as``
    writes a known key the way a file has it, e.g. ``rate`` as ``[[rate]]``)."""
    shown_as = shown_as or {}
    if isinstance(value, dict):
        what = f"table [{key}]"
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        what = f"table [[{key}]]"
    else:
        what = f"key '{key}'"
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
    hint = f"; did you mean {shown_as.get(close[0], close[0])}?" if close else ""
    names = ", ".join(shown_as.get(k, k) for k in known)
    return f"{where}: unknown {what} in {in_what}{hint} (known: {names})"


def did_you_mean_fa(
    key: str, known: Sequence[str], shown_as: Mapping[str, str] | None = None
) -> str:
    """The Persian of ``; did you mean platform?`` (the closest known key), or ""."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
    return f"؛ آیا منظورتان {(shown_as or {}).get(close[0], close[0])} است؟" if close else ""


def toml_entries(
    path: Path | None,
    shipped: Callable[[], str],
    *,
    what: tuple[str, str],
    table: str,
    keys: Sequence[str],
    fields: str,
) -> tuple[list[dict[str, Any]], Callable[[str, str], InputError], str, str]:
    """Read a rates/events-like TOML file (``path``, else the ``shipped`` text): a UTF-8
    BOM is fine, every top-level key must be one of ``keys`` and ``table`` a list of
    ``[[table]]`` tables (whose ``fields`` the error names). ``what`` names the file kind
    in English and Persian. Returns the entries, the error maker ``bad(en, fa)`` (its
    errors name the file), and the file's name for English and Persian messages."""
    where = str(path) if path else f"the shipped {what[0]}.toml"
    where_fa = str(path) if path else f"{what[0]}.toml همراه آزادکار"

    def bad(en: str, fa: str) -> InputError:
        return InputError(en, message_fa=fa, path=str(path) if path else None)

    try:
        doc = tomllib.loads(Path(path).read_text("utf-8-sig") if path else shipped())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise bad(
            f"cannot read {what[0]} file {where}: {exc}",
            f"پروندهٔ {what[1]} {where_fa} خوانده نشد: {exc}",
        ) from exc
    shown = f"[[{table}]]"
    for key, value in doc.items():
        if key not in keys:
            raise bad(
                unknown_key_error(where, key, value, keys, "the file", {table: shown}),
                f"{where_fa}: کلید ناشناختهٔ {key!r}{did_you_mean_fa(key, keys, {table: shown})}؛ "
                f"هر مورد جدولی {shown} است (کلیدهای "
                f"شناخته: {'، '.join(keys)})",
            )
    entries = doc.get(table, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise bad(
            f"{where}: `{table}` must be a list of tables: write each as {shown} ({fields})",
            f"{where_fa}: هر مورد را جدولی {shown} بنویسید ({fields.replace(', ', '، ')})",
        )
    return entries, bad, where, where_fa


def _toml_number(value: Any) -> float | None:
    """A TOML number as a float; None for anything else (a number in quotes is text: the
    file says something other than what it looks like, so it is not read as a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def load_rates(path: Path | None = None) -> list[tuple[str, dt.date, float]]:
    """(currency, valid_from, usd_per_unit) rows from a rates TOML (shipped one by default).

    The file is checked before any of it is used: known keys only, at least one
    ``[[rate]]``, each with a currency code, a ``from`` date and a finite ``units_per_usd``
    above 0 (a TOML number, not text), no two for one currency and date, and USD (the unit
    everything is converted to) only at 1. The error names the file, the entry and the key.
    """
    entries, bad, where, where_fa = toml_entries(
        path,
        lambda: _data_file("rates.toml").read_text("utf-8-sig"),
        what=("rates", "نرخ‌ها"),
        table="rate",
        keys=RATES_KEYS,
        fields="currency, from, units_per_usd",
    )
    if not entries:
        raise bad(
            f"{where}: no [[rate]] entries; write one [[rate]] table per currency and date, "
            'e.g. [[rate]] currency = "IRR" from = 2024-01-01 units_per_usd = 580000',
            f"{where_fa}: هیچ [[rate]] ندارد؛ برای هر واحد پول و تاریخ یک جدول [[rate]] "
            'بنویسید، مانند [[rate]] currency = "IRR" from = 2024-01-01 units_per_usd = 580000',
        )
    rows: list[tuple[str, dt.date, float]] = [("USD", dt.date(1900, 1, 1), 1.0)]
    has_toman = False
    seen: set[tuple[str, dt.date]] = set()
    for i, r in enumerate(entries, 1):
        entry = f"{where}: [[rate]] #{i}"
        entry_fa = f"{where_fa}: [[rate]] شمارهٔ {i}"
        for key, value in r.items():
            if key not in RATE_KEYS:
                raise bad(
                    unknown_key_error(entry, key, value, RATE_KEYS, "the entry"),
                    f"{entry_fa}: کلید ناشناختهٔ {key!r}{did_you_mean_fa(key, RATE_KEYS)} "
                    f"(کلیدهای شناخته: {'، '.join(RATE_KEYS)})",
                )
        missing = [k for k in ("currency", "from", "units_per_usd") if k not in r]
        if missing:
            raise bad(
                f"{entry} lacks {', '.join(missing)} (each [[rate]] needs currency, "
                "from (a date) and units_per_usd)",
                f"{entry_fa} {'، '.join(missing)} ندارد (هر [[rate]] باید currency، from (یک "
                "تاریخ) و units_per_usd داشته باشد)",
            )
        cur, frm = r["currency"], r["from"]
        if not isinstance(cur, str) or not re.fullmatch(r"[A-Za-z]{3,10}", cur):
            raise bad(
                f"{entry}: currency must be a code of 3-10 letters (IRR, TOMAN, EUR), not {cur!r}",
                f"{entry_fa}: currency باید کدی ۳ تا ۱۰ حرفی باشد (IRR، TOMAN، EUR)، نه {cur!r}",
            )
        cur = cur.upper()
        if isinstance(frm, dt.datetime):
            frm = frm.date()
        if not isinstance(frm, dt.date):
            raise bad(
                f"{entry} ({cur}): `from` must be a TOML date (from = 2024-01-01), not {frm!r}",
                f"{entry_fa} ({cur}): `from` باید تاریخ TOML باشد (from = 2024-01-01)، نه {frm!r}",
            )
        raw = r["units_per_usd"]
        units = _toml_number(raw)
        if units is None or not math.isfinite(units) or units <= 0:
            quoted = (
                " (a number without quotes: units_per_usd = 500000)" if isinstance(raw, str) else ""
            )
            quoted_fa = " (عددی بی‌گیومه: units_per_usd = 500000)" if isinstance(raw, str) else ""
            raise bad(
                f"{entry} ({cur} from {frm}): units_per_usd must be a finite number above 0"
                f"{quoted}, not {raw!r}",
                f"{entry_fa} ({cur} از {frm}): units_per_usd باید عددی متناهی و بزرگ‌تر از ۰ "
                f"باشد{quoted_fa}، نه {raw!r}",
            )
        if (cur, frm) in seen:
            raise bad(
                f"{entry}: a second rate for {cur} from {frm}",
                f"{entry_fa}: نرخ دوم برای {cur} از {frm}",
            )
        seen.add((cur, frm))
        if cur == "USD":
            if units != 1:
                raise bad(
                    f"{entry}: USD is the unit every pay is converted to, so its "
                    f"units_per_usd is 1, not {raw!r}; remove the entry, or give the "
                    "currency you meant",
                    f"{entry_fa}: همهٔ دستمزدها به USD تبدیل می‌شوند، پس units_per_usd آن ۱ "
                    f"است، نه {raw!r}؛ این جدول را بردارید، یا واحد پولی را که منظورتان بود "
                    "بنویسید",
                )
            continue
        has_toman = has_toman or cur == "TOMAN"
        rows.append((cur, frm, 1.0 / units))
    if not has_toman:
        rows += [("TOMAN", d, v * 10.0) for c, d, v in list(rows) if c == "IRR"]
    return rows


def load_platform_labels(path: Path | None = None) -> dict[str, dict[str, str]]:
    """platform -> {lower-case label: our category id} from platform_categories.toml."""
    from azadkar.market._types import CATEGORY_IDS

    text = (
        Path(path).read_text("utf-8-sig")
        if path
        else _data_file("platform_categories.toml").read_text("utf-8-sig")
    )
    doc = tomllib.loads(text)
    out: dict[str, dict[str, str]] = {}
    for platform, sections in doc.items():
        labels = out.setdefault(platform, {})
        # Categories first so that more specific sections override them.
        for section in ("categories", "skills", "occupations", "subcategories"):
            for label, cat in sections.get(section, {}).items():
                if cat not in CATEGORY_IDS:
                    raise DataError(f"platform_categories.toml: {label!r} maps to unknown {cat!r}")
                labels[label.lower().strip()] = cat
    return out


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def file_digests(path: Path) -> tuple[str, ...]:
    """The digests a file is known by in the store: for a gzip file, the SHA-256 of its
    content (so a .gz copy of a file already ingested is the same file, and the other way
    round), then of its bytes (what stores written before 2026-11-27 recorded); for any
    other file, the SHA-256 of its bytes."""
    raw = sha256_file(path)
    with path.open("rb") as f:
        if f.read(2) != b"\x1f\x8b":
            return (raw,)
    h = hashlib.sha256()
    try:
        with gzip.open(path, "rb") as g:
            while chunk := g.read(1 << 22):
                h.update(chunk)
    except (OSError, EOFError, zlib.error):
        return (raw,)  # not readable as gzip: the reader says why; known by its bytes
    return (h.hexdigest(), raw)


@dataclass(frozen=True)
class _Parse:
    """How one file of an ingest call is parsed: the options of the call and the text
    budgets left for it (``budget``: text kept in the stage; ``memory_budget``: of that,
    in memory)."""

    fmt: str | None
    mapping: _formats.ColumnMapping | None
    plat: dict[str, dict[str, str]]
    currencies: list[str]
    budget: int
    memory_budget: int


@dataclass
class _Staged:
    """One file parsed into temp tables ``az_stage0_<tag>`` / view ``az_stage_<tag>``."""

    index: int
    path: Path
    tag: str
    rej: str
    frm: str
    labels: dict[str, str]
    is_csv: bool
    once: bool
    adapter: _formats.Adapter | None
    digest: str
    text_bytes: int
    # every digest the file is known by (see file_digests); ``digest`` is the first
    digests: tuple[str, ...] = ()
    seconds: float = 0.0
    # For a file staged on disk (see _stage_on_disk): the directory of its stage file.
    stage_dir: Path | None = None
    # For a file read from a clean copy (see _clean_source): its directory; ``marked``:
    # the source has the az_bad/az_line columns; ``names``: the file's own columns.
    clean_dir: Path | None = None
    marked: bool = False
    names: list[str] | None = None
    # For a file read from its UTF-8 copy (--encoding): the copy's directory.
    decoded_dir: Path | None = None
    # Notes on how the file was read (a UTF-16 file decoded without --encoding).
    notes: tuple[str, ...] = ()


# Fields that are often long: trimmed with az_trim, which returns ASCII text without an
# edge space as it is, where trim decodes every character (at 1M rows, 0.23 of 3.7 CPU s
# of the parse query).
_LONG_TEXT = ("key", "url", "title", "skills")
# Text fields stored with each posting.
_TEXT_FIELDS = (
    "url", "title", "description", "skills", "category", "subcategory", "country", "level",
    "engagement",
)  # fmt: skip


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _utc(t: dt.datetime | None) -> dt.datetime | None:
    """A time read from the store (naive, UTC) as a tz-aware UTC datetime."""
    return t.replace(tzinfo=dt.UTC) if t is not None and t.tzinfo is None else t


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _file_kind(path: Path) -> str:
    """``csv``, ``json`` (lines) or ``other`` (xlsx, Parquet), from the file's name."""
    stem = path.name.lower().removesuffix(".gz")
    if stem.endswith((".xlsx", ".parquet")):
        return "other"
    return "json" if stem.endswith((".jsonl", ".ndjson", ".json")) else "csv"


class _NeedsCleaning(Exception):
    """DuckDB's CSV/JSON reader refused a file, or skipped malformed lines in it."""


def _is_read_error(exc: BaseException) -> bool:
    """A DuckDB error from reading a CSV/JSON file (sniffer, malformed line), not a bug."""
    import duckdb

    return isinstance(exc, duckdb.InvalidInputException)


def _text_encoding(encoding: str | None) -> str | None:
    """The Python codec name for ``encoding``; None for UTF-8 (read as it is)."""
    import codecs

    if encoding is None:
        return None
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}: give a Python codec name such as utf-8, cp1256 "
            "(Persian/Arabic Windows), utf-16 or latin-1",
            message_fa=f"رمزگذاری ناشناخته {encoding!r}: نام یک رمزگذاری پایتون را بدهید، مانند "
            "utf-8، cp1256 (ویندوز فارسی/عربی)، utf-16 یا latin-1",
        ) from None
    # rot13, base64, zlib, hex, ... are codecs, but not of text: bytes to bytes, or str to str.
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(
            f"{encoding!r} is not a text encoding (it turns bytes into bytes, or text into "
            "text): give the encoding the file's text is written in, such as utf-8, cp1256 "
            "or utf-16",
            message_fa=f"{encoding!r} رمزگذاری متن نیست (بایت را به بایت یا متن را به متن "
            "برمی‌گرداند): رمزگذاری متن پرونده را بدهید، مانند utf-8، cp1256 یا utf-16",
        )
    name = info.name
    return None if name in ("utf-8", "utf-8-sig") else name


def _short_error(text: str) -> str:
    """DuckDB's first line of an error, without its hints and the SQL it ran."""
    return text.strip().splitlines()[0] if text.strip() else "unreadable"


def _cannot_read(path: Path | str, why: str) -> IngestError:
    """``cannot read FILE: why`` (DuckDB's or openpyxl's words), in both languages."""
    return IngestError(
        f"cannot read {path}: {why}",
        message_fa=f"پروندهٔ {path} خوانده نشد: {why}",
        path=str(path),
    )


class Store:
    """A postings store in one DuckDB file (``":memory:"`` for tests)."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        memory_limit: str | None = None,
        threads: int | None = None,
        read_only: bool = False,
    ) -> None:
        import duckdb

        self.path = str(path) if path is not None else str(default_db_path())
        # What this Store made: a new store file (and the folders above it), removed again
        # on close when an ingest failed and nothing was stored (see close()).
        self._new_file = False
        self._was_empty_file = False
        self._made_dirs: list[Path] = []
        self._failed_ingest = False
        if self.path != ":memory:":
            p = Path(self.path)
            first = "ingest postings first (`azadkar market ingest FILE --db ...`)"
            first_fa = "نخست آگهی‌ها را وارد کنید (`azadkar market ingest FILE --db ...`)"
            if p.is_dir():
                raise InputError(
                    f"{p} is a folder; give the market store file (.duckdb)",
                    message_fa=f"{p} یک پوشه است؛ پروندهٔ انبار بازار (.duckdb) را بدهید",
                    path=str(p),
                )
            if read_only and not p.exists():
                raise InputError(
                    f"no market store at {p}: {first}",
                    message_fa=f"در {p} انبار بازاری نیست: {first_fa}",
                    path=str(p),
                )
            if p.exists() and p.stat().st_size == 0:
                # An empty file (made by `touch` or a file dialog) is a new store; DuckDB
                # refuses a 0-byte file, so it is replaced (and put back if nothing is
                # stored).
                if read_only:
                    raise InputError(
                        f"no market store at {p} (the file is empty): {first}",
                        message_fa=f"در {p} انبار بازاری نیست (پرونده خالی است): {first_fa}",
                        path=str(p),
                    )
                p.unlink()
                self._was_empty_file = True
            if not p.exists():
                self._new_file = True
                parent = p.parent
                while not parent.exists():
                    self._made_dirs.append(parent)
                    parent = parent.parent
                if not parent.is_dir():
                    raise InputError(
                        f"cannot make the market store {p}: {parent} is a file, not a folder",
                        message_fa=f"انبار بازار {p} ساخته نشد: {parent} پرونده است، نه پوشه",
                        path=str(p),
                    )
                try:
                    p.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise InputError(
                        f"cannot make the folder for the market store {p}: {exc.strerror or exc}",
                        message_fa=f"پوشهٔ انبار بازار {p} ساخته نشد: {exc.strerror or exc}",
                        path=str(p),
                    ) from None
        config: dict[str, Any] = dict(_sql.NO_DOWNLOADS)
        # DuckDB would take 80% of RAM; a fixed cap (spilling to disk beyond it) keeps a
        # 10M-row ingest well under 4 GB on any machine.
        mem = memory_limit or os.environ.get("AZADKAR_DUCKDB_MEMORY") or DEFAULT_MEMORY_LIMIT
        config["memory_limit"] = mem
        # Files (together) up to 4x the memory cap are parsed once, text included, into
        # the stage, which DuckDB spills to disk beyond the cap; bigger ones are parsed
        # twice (a narrow verdict pass, then an insert pass), so an ingest never needs
        # more than that much temporary disk. At 10M rows (3.7 GB) with the 2 GB cap,
        # once: 65 s wall / 125 CPU s; twice: 91 s / 104 CPU s (benchmarks/market_scale.py).
        self.stage_text_max_bytes = size_bytes(mem) * 4
        # A stage takes about twice its file's text in memory. Files (together) up to
        # half the memory cap are staged in temporary tables; bigger ones in a compressed
        # DuckDB file of their own (about a third of the text), since a temporary table
        # beyond the cap spills uncompressed and is written and read back again and again
        # while the insert scans it. Ingest of 10M rows (3.7 GB, 2 GB cap): temporary
        # tables 61 s wall / 117 CPU s, stage file 48 s / 92 CPU s; 4M rows (1.5 GB):
        # even; 1M rows (0.37 GB): the stage file costs 1.2 CPU s more.
        self.stage_memory_max_bytes = size_bytes(mem) // 2
        self._made_stage_base: Path | None = None
        if threads:
            config["threads"] = threads
        try:
            self.con: duckdb.DuckDBPyConnection = duckdb.connect(
                self.path, read_only=read_only, config=config
            )
        except duckdb.Error as exc:
            self._discard_new_file()
            if "not a valid DuckDB database file" in str(exc) or "sqlite" in str(exc).lower():
                raise InputError(
                    f"{self.path} is not an azadkar market store (it is not a DuckDB database "
                    "file). Nothing was changed: give another --db file, or a new file name.",
                    message_fa=f"{self.path} انبار بازار آزادکار نیست (پروندهٔ DuckDB نیست). "
                    "چیزی تغییر نکرد: پروندهٔ دیگری به --db بدهید، یا نام پرونده‌ای تازه.",
                    path=self.path,
                ) from None
            if "Could not set lock" in str(exc):
                # DuckDB lets one process write a database file (or several only read it).
                pid = next(iter(re.findall(r"\(PID (\d+)\)", str(exc))), None)
                who, who_fa = (f" (PID {pid})", f" (شناسهٔ فرایند {pid})") if pid else ("", "")
                raise InputError(
                    f"the market store {self.path} is in use by another process{who}, most "
                    "likely another azadkar command (an ingest, classify or the web app) still "
                    "running: wait for it to finish, then try again. Nothing was changed.",
                    message_fa=f"انبار بازار {self.path} در دست فرایند دیگری است{who_fa}، به "
                    "احتمال زیاد فرمان دیگری از آزادکار (ورود آگهی‌ها، دسته‌بندی یا برنامهٔ وب) "
                    "که هنوز در کار است: صبر کنید تا تمام شود و دوباره بکوشید. چیزی تغییر نکرد.",
                    path=self.path,
                    locked=True,
                ) from None
            raise InputError(
                f"cannot open market store {self.path}: {_short_error(str(exc))}",
                message_fa=f"انبار بازار {self.path} باز نشد: {_short_error(str(exc))}",
                path=self.path,
            ) from exc
        try:
            self._check_tables(read_only)
        except BaseException:
            self.con.close()
            self._discard_new_file()
            raise
        if read_only:
            # Nothing is parsed: the parsing macros (40 ms to create) are not needed.
            self.con.execute("SET TimeZone = 'UTC'")
        else:
            self.con.execute(SCHEMA)
            _sql.install(self.con)

    def _check_tables(self, read_only: bool) -> None:
        """Refuse a DuckDB file that is not a market store, before anything is written to it
        (a file with no tables is a new store; opened read-only, it holds no postings)."""
        if self.path == ":memory:":
            return
        tables = database_tables(self.con)
        if not tables:
            if read_only:
                raise InputError(
                    f"no market store at {self.path} (the DuckDB file holds no tables): "
                    "ingest postings first (`azadkar market ingest FILE --db ...`)",
                    message_fa=f"در {self.path} انبار بازاری نیست (پروندهٔ DuckDB جدولی ندارد): "
                    "نخست آگهی‌ها را وارد کنید (`azadkar market ingest FILE --db ...`)",
                    path=self.path,
                )
            return
        error = not_a_store_error(self.path, tables)
        if error is not None:
            raise error

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the store. A store file this Store made is removed again (with its WAL)
        when an ingest failed and the store holds nothing: a failed first ingest leaves no
        empty store behind."""
        discard = self._new_file and self._failed_ingest and self._holds_nothing()
        self.con.close()
        if discard:
            self._discard_new_file()

    def _holds_nothing(self) -> bool:
        try:
            return not any(self.count(t) for t in ("files", "postings", "rejected"))
        except Exception:  # the connection is gone: keep the file
            return False

    def _discard_new_file(self) -> None:
        """Remove the store file this Store made (its WAL, DuckDB's temporary folder and the
        folders made for it, if empty); an empty file given as the store is put back."""
        if not self._new_file:
            return
        self._new_file = False
        p = Path(self.path)
        for f in (p, Path(self.path + ".wal")):
            with contextlib.suppress(FileNotFoundError):
                f.unlink()
        with contextlib.suppress(OSError):
            Path(self.path + ".tmp").rmdir()
        if self._was_empty_file:
            p.touch()
        for d in self._made_dirs:  # the deepest first
            with contextlib.suppress(OSError):
                d.rmdir()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading sources -------------------------------------------------------------------
    def _source(
        self, path: Path, rejects: str, tag: str, read: Path | None = None
    ) -> tuple[str, list[str], str]:
        """(FROM expression, column names, kind) for one input file; kind is ``csv``,
        ``json`` or ``other``. A CSV or JSON-lines file that DuckDB cannot read as it is
        (its sniffer fails on a malformed line) is read through :meth:`_clean_source`.
        ``read``: the file to read instead of ``path`` (its UTF-8 copy, see --encoding);
        messages name ``path``."""
        read = read or path
        name = read.name.lower()
        stem = name[:-3] if name.endswith(".gz") else name
        p = _sql_str(str(read))
        if stem.endswith(".xlsx"):
            frm = f"az_xlsx_{tag}"
            self._register_xlsx(path, frm)
            kind = "other"
        elif stem.endswith(".parquet"):
            frm, kind = f"read_parquet({p})", "other"
        elif stem.endswith((".jsonl", ".ndjson", ".json")):
            frm, kind = f"read_json({p}, format='auto')", "json"
        else:
            frm = (
                f"read_csv({p}, all_varchar=true, header=true, store_rejects=true, "
                f"rejects_table='{rejects}', rejects_scan='{rejects}_scan')"
            )
            kind = "csv"
        try:
            cols = [r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {frm}").fetchall()]
        except Exception as exc:
            if kind == "other" or not _is_read_error(exc):
                # One line, without the SQL DuckDB ran and its carets.
                raise _cannot_read(path, _short_error(str(exc))) from exc
            raise _NeedsCleaning(str(exc)) from exc
        return frm, cols, kind

    def _clean_source(
        self, path: Path, kind: str, clean_dir: Path, error: str, read: Path | None = None
    ) -> tuple[str, list[str]]:
        """Read a CSV or JSON-lines file that DuckDB's reader refused (or had to skip lines
        of) in Python, line by line, into a clean copy in ``clean_dir``: every record keeps
        its place, and a malformed one becomes an empty row whose ``az_bad`` column holds
        the reason and ``az_line`` the raw text, so it is rejected, with its data-row
        number, like any other invalid row. (FROM expression, column names)."""
        out = clean_dir / ("clean.csv" if kind == "csv" else "clean.jsonl")
        read = read or path
        try:
            if kind == "csv":
                names = _formats.clean_csv(read, out, self._csv_dialect(read), name=path)
                every = [*names, _formats.BAD_COL, _formats.LINE_COL]
                spec = ", ".join(f"{_sql_str(n)}: 'VARCHAR'" for n in every)
                frm = (
                    f"read_csv({_sql_str(str(out))}, auto_detect=false, header=true, "
                    f"delim=',', quote='\"', escape='\"', columns={{{spec}}})"
                )
            else:
                lines, bad, first = _formats.clean_jsonl(read, out)
                if not bad:
                    raise _cannot_read(path, _short_error(error))
                if bad == lines:
                    raise IngestError(
                        f"{path}: no line of the file is a JSON object ({first}); "
                        "nothing was stored",
                        message_fa=f"{path}: هیچ سطری از پرونده شیء JSON نیست ({first})؛ "
                        "چیزی ذخیره نشد",
                        path=str(path),
                    )
                frm = f"read_json({_sql_str(str(out))}, format='newline_delimited', sample_size=-1)"
            cols = [r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {frm}").fetchall()]
        except IngestError:
            raise
        except Exception as exc:
            raise _cannot_read(path, f"{_short_error(error)} ({_short_error(str(exc))})") from exc
        if _formats.BAD_COL not in cols:  # JSON: no line was malformed after all
            raise _cannot_read(path, _short_error(error))
        return frm, [c for c in cols if c not in (_formats.BAD_COL, _formats.LINE_COL)]

    def _csv_dialect(self, path: Path) -> _formats.CsvDialect:
        """The delimiter, quote and escape DuckDB's sniffer finds (if it can), for Python's
        csv module; else the delimiter that splits the header line most, and RFC 4180."""
        try:
            row = self.con.execute(
                "SELECT Delimiter, Quote, Escape, SkipRows FROM sniff_csv(?)", [str(path)]
            ).fetchall()[0]
            delim, quote, escape, skip = row
            if len(delim) == 1 and len(quote) <= 1 and len(escape) <= 1:
                return _formats.CsvDialect(delim, quote or None, escape or None, int(skip or 0))
        except Exception:  # the sniffer is what failed: guess from the header line
            pass
        return _formats.guess_csv_dialect(path)

    def _register_xlsx(self, path: Path, name: str) -> None:
        """Excel has no streaming reader in DuckDB here; openpyxl reads it into Arrow columns."""
        try:
            import openpyxl
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise IngestError(
                f"{path}: reading .xlsx needs openpyxl (pip install openpyxl)"
            ) from exc
        import pyarrow as pa

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise IngestError(
                f"cannot read {path} as an Excel workbook: {_short_error(str(exc))}",
                message_fa=f"{path} به‌صورت کارپوشهٔ اکسل خوانده نشد: {_short_error(str(exc))}",
                path=str(path),
            ) from exc
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise IngestError(
                f"{path}: the first sheet is empty",
                message_fa=f"{path}: نخستین برگهٔ آن خالی است",
                path=str(path),
            )
        names = []
        for i, h in enumerate(header):
            n = str(h).strip() if h is not None and str(h).strip() else f"column{i}"
            names.append(n if n not in names else f"{n}_{i}")
        columns: list[list[str | None]] = [[] for _ in names]
        for r in rows:
            if r is None or all(v is None for v in r):
                continue
            for i in range(len(names)):
                v = r[i] if i < len(r) else None
                columns[i].append(None if v is None else str(v))
        wb.close()
        self.con.register(
            name,
            pa.table({n: pa.array(c, pa.string()) for n, c in zip(names, columns, strict=True)}),
        )

    # -- ingest ----------------------------------------------------------------------------
    def _install_lookups(
        self, rates: Path | None, labels: Path | None
    ) -> dict[str, dict[str, str]]:
        import pyarrow as pa

        rate_rows = load_rates(rates)
        self._rate_rows = rate_rows
        # How a file's notes name the rates file (see _no_rate_notes).
        self._rates_name = str(rates) if rates else "shipped rates.toml"
        # The rates reach the parse SQL as data, never as SQL text: three DuckDB variables
        # (currency, valid-from date and USD per unit of each entry, in the order
        # _rate_exprs reads them by position), which DuckDB folds into constants.
        ordered = sorted(rate_rows, key=lambda r: (r[0], r[1]), reverse=True)
        self._rate_order = [(r[0], r[1]) for r in ordered]
        for name, values in (
            ("az_rate_cur", [r[0] for r in ordered]),
            ("az_rate_from", [r[1] for r in ordered]),
            ("az_rate_usd", [float(r[2]) for r in ordered]),
            ("az_currencies", sorted({r[0] for r in ordered})),
        ):
            self.con.execute(f"SET VARIABLE {name} = ?", [values])
        # The largest amount (in any currency) that can still be below the pay caps in USD:
        # rows under it skip the exact check (see _parse_sql).
        self.con.execute(
            "SET VARIABLE az_pay_floor = ?",
            [PAY_CAP_HOURLY_USD / max(float(r[2]) for r in rate_rows)],
        )
        self.con.register(
            "az_rates_arrow",
            pa.table(
                {
                    "currency": [r[0] for r in rate_rows],
                    "valid_from": pa.array([r[1] for r in rate_rows], pa.date32()),
                    "usd_per_unit": [r[2] for r in rate_rows],
                }
            ),
        )
        self.con.execute("CREATE OR REPLACE TEMP TABLE az_rates AS SELECT * FROM az_rates_arrow")
        self.con.unregister("az_rates_arrow")
        plat = load_platform_labels(labels)
        flat = [(p, lab, cat) for p, d in plat.items() for lab, cat in d.items()]
        self.con.register(
            "az_labels_arrow",
            pa.table(
                {
                    "platform": [f[0] for f in flat],
                    "label": [f[1] for f in flat],
                    "category": [f[2] for f in flat],
                }
            ),
        )
        self.con.execute("CREATE OR REPLACE TEMP TABLE az_labels AS SELECT * FROM az_labels_arrow")
        self.con.unregister("az_labels_arrow")
        return plat

    def _fields_sql(
        self,
        frm: str,
        adapter: _formats.Adapter,
        fields: Sequence[str],
        raw: bool = False,
        numbered: bool = True,
        marked: bool = False,
        names: Sequence[str] | None = None,
    ) -> str:
        """CTEs ``src`` (the source with its row number), ``c0`` (the adapter's expressions)
        and ``c`` (canonical text fields).

        ``row_number() OVER ()`` is a streaming window in DuckDB: it numbers rows in file
        order (insertion order is preserved) without holding them, but everything after
        it in the pipeline then runs on one thread. With ``numbered=False`` the row number
        is left as 0 and the caller numbers the rows afterwards from the ``rowid`` of the
        table the SELECT fills (DuckDB keeps insertion order, so ``rowid`` is file order),
        which lets the parse run on every core.
        """
        e = {f: adapter.exprs.get(f, "NULL") for f in _formats.CANONICAL}
        default_pt = _sql_str(adapter.default_pay_type) if adapter.default_pay_type else "NULL"
        # The adapter's expressions are computed once, in their own projection (``c0``):
        # DuckDB does not share a repeated expression inside a CASE, so the tests below,
        # which read each value several times, read a column, not a recomputation.
        raw_cols = [f"{e[f]} AS r_{f}" for f in fields]
        exprs = []
        for f in fields:
            x = f"r_{f}"
            if f == "pay_type":
                exprs.append(f"coalesce(nullif(trim({x}), ''), {default_pt}) AS c_pay_type")
            elif f == "description":
                # Long text is kept as given; only a blank one becomes missing. Trimming
                # copied every description (the stage query on one thread: 4.4 -> 3.8 s
                # at 1M rows without it); a text that starts with a visible character
                # (almost all) is not blank, so the blank test runs on few rows.
                exprs.append(
                    f"CASE WHEN ascii({x}) > 32 THEN {x} "
                    f"WHEN regexp_full_match({x}, '\\s*') THEN NULL "
                    f"ELSE {x} END AS c_description"
                )
            elif f in _LONG_TEXT:
                exprs.append(f"nullif(az_trim({x}), '') AS c_{f}")
            else:
                exprs.append(f"nullif(trim({x}), '') AS c_{f}")
        if raw:
            raw_cols.append("src.az_src")
            exprs.append("az_src")
        if marked:
            # A clean copy (see _clean_source): the reason and raw text of a malformed line.
            raw_cols += [f"src.{_formats.BAD_COL}", f"src.{_formats.LINE_COL}"]
            exprs += [_formats.BAD_COL, _formats.LINE_COL]
        cols0 = ",\n    ".join(raw_cols)
        cols = ",\n    ".join(exprs)
        number = "row_number() OVER ()" if numbered else "0::BIGINT"
        # The raw row as JSON: the file's own columns (not a clean copy's markers).
        whole = (
            "{" + ", ".join(f"{_sql_str(n)}: src0.{_formats.quote(n)}" for n in names) + "}"
            if marked and names
            else "src0"
        )
        src = (
            f"src0 AS (SELECT * FROM {frm}),\n"
            f"src AS (SELECT src0.*, {whole} AS az_src, {number} AS az_row FROM src0)"
            if raw
            else f"src AS (SELECT *, {number} AS az_row FROM {frm})"
        )
        return f"""
{src},
c0 AS (
  SELECT src.az_row,
    {cols0}
  FROM src
),
c AS (
  SELECT az_row,
    {cols}
  FROM c0
)"""

    def _parse_sql(
        self,
        frm: str,
        adapter: _formats.Adapter,
        labels: dict[str, str],
        currencies: list[str],
        mode: str = "stage",
        numbered: bool = True,
        marked: bool = False,
        names: Sequence[str] | None = None,
    ) -> str:
        """Every row parsed, as one SELECT over the source.

        ``mode``: ``verdict`` gives row number, key, verdict and the raw row as JSON (for
        rejected rows only): narrow, about 100 bytes a row. ``insert`` gives the
        posting's columns. ``stage`` gives both, for a file parsed only once: the
        verdict and what the posting's columns are computed from (the parsed pay, not
        its USD value and rate; no column for a field the format lacks), which a view
        (``_stage_view_sql``) turns into the same columns as ``insert``. Staging
        the text was about 15% faster at 1M rows, but at 10M rows it spilled gigabytes
        to disk and parsing twice was faster (benchmarks/market_scale.py, 2026-11-26).
        """
        cur_list = "getvariable('az_currencies')"
        default_cur = (
            f"az_currency({_sql_str(adapter.default_currency)})"
            if adapter.default_currency
            else "NULL"
        )
        req_date = "true" if adapter.requires_date else "false"
        # A mapped count column (an OLI series) is the data itself: an empty cell is a
        # missing count, not one posting.
        req_count = "true" if "weight" in adapter.exprs else "false"
        hints = [f"try_strptime(posted_n, {_sql_str(f)})::TIMESTAMP" for f in adapter.date_formats]
        # CASE, not COALESCE: the general parser runs only where every hint failed.
        posted = "".join(f"CASE WHEN {h} IS NOT NULL THEN {h} ELSE " for h in hints)
        posted += "az_date_n(posted_n)" + " END" * len(hints)
        if adapter.map_skills and labels:
            label_list = "[" + ", ".join(_sql_str(x) for x in sorted(labels)) + "]::VARCHAR[]"
            skill = (
                "list_filter(list_transform(string_split(c_skills, ','), lambda x: lower(trim(x))),"
                f" lambda x: list_contains({label_list}, x))[1]"
            )
        else:
            skill = "NULL"
        pay_text = "concat_ws(' / ', c_pay, c_pay_min, c_pay_max)"
        has_pay = "(lo IS NOT NULL OR hi IS NOT NULL)"
        # The pay in USD is computed at insert (the view); the cap check needs it earlier,
        # so only for amounts above az_pay_floor (no smaller amount can pass a cap).
        # Pay dated before the rates file begins is kept unconverted, but the cap still
        # applies to it, at the currency's oldest rate.
        rate_q, _ = self._rate_exprs(row="", oldest_if_earlier=True)
        cap = (
            f"CASE WHEN pay_type_n = 'hourly' THEN {PAY_CAP_HOURLY_USD!r} ELSE {PAY_CAP_USD!r} END"
        )
        fields = [
            "key", "url", "title", "description", "skills", "posted", "pay_type", "pay",
            "pay_min", "pay_max", "currency", "category", "subcategory", "country", "level",
            "engagement", "weight",
        ]  # fmt: skip
        plat_sql = _sql_str(adapter.platform)
        # Platform labels -> our category. In a staged (unnumbered) parse the lookup is
        # left to the insert: a hash join may reorder rows, and the stage's rowid must
        # stay in file order (see _stage).
        label_join = f"""
LEFT JOIN az_labels l1 ON l1.platform = {plat_sql} AND l1.label = lower(s.c_subcategory)
LEFT JOIN az_labels l2 ON l2.platform = {plat_sql} AND l2.label = lower(s.c_category)
LEFT JOIN az_labels l3 ON l3.platform = {plat_sql} AND l3.label = s.skill_label"""
        if numbered:
            mapped = "coalesce(l1.category, l2.category, l3.category)"
        else:
            mapped, label_join = "NULL::VARCHAR", ""
        raw = "CASE WHEN s.reason IS NOT NULL THEN CAST(to_json(s.az_src) AS VARCHAR) END AS raw"
        bad = ""
        if marked:
            raw = raw.replace(
                "CASE ",
                f"CASE WHEN s.{_formats.BAD_COL} IS NOT NULL THEN s.{_formats.LINE_COL} ",
                1,
            )
            bad = f"WHEN {_formats.BAD_COL} IS NOT NULL THEN {_formats.BAD_COL}"
        ai = (
            f"coalesce(regexp_matches(concat_ws(' ', s.c_title, s.c_skills), "
            f"{_sql_str(AI_TRAINING_RE)}, 'i'), false) AS ai_training"
        )
        if mode == "verdict":
            final = f"SELECT s.az_row, s.c_key, s.reason, {raw} FROM r s"
        elif mode == "stage":
            # What the posting's columns are computed from (see _stage_view_sql); text
            # fields the format does not have are left out, and added back as NULL.
            kept = [f"s.c_{f}" for f in _TEXT_FIELDS if f in adapter.exprs]
            kept += ["s.posted_at", "s.lo", "s.hi", "s.cur", "s.pay_type_n"]
            kept += ["s.w"] if "weight" in adapter.exprs else []
            kept += ["s.skill_label"] if adapter.map_skills and labels else []
            final = f"SELECT s.c_key, s.reason, {raw}, {', '.join(kept)}, {ai} FROM r s"
        else:
            final = f"""SELECT s.az_row, s.c_key, s.reason,
  {", ".join(f"s.c_{f}" for f in _TEXT_FIELDS)},
  {self._derived_sql()},
  {mapped} AS mapped_category, s.skill_label AS az_skill_label, {ai}
FROM r s{label_join}"""
        return f"""
WITH {
            self._fields_sql(
                frm,
                adapter,
                fields,
                raw=mode != "insert",
                numbered=numbered,
                marked=marked,
                names=names,
            )
        },
n AS (
  SELECT c.*,
    az_norm(c_pay) AS pay_n0, az_norm(c_pay_min) AS pmin_n0, az_norm(c_pay_max) AS pmax_n0,
    az_norm(c_currency) AS cur_n, az_norm(c_pay_type) AS pt_n,
    nullif(trim(az_digits(c_posted)), '') AS posted_n0
  FROM c
),
p AS (
  SELECT n.* EXCLUDE (pay_n0, pmin_n0, pmax_n0, posted_n0),
    az_clock12_n(posted_n0) AS posted_n,
    CASE WHEN az_blank_n(pay_n0) THEN NULL ELSE pay_n0 END AS pay_n,
    CASE WHEN az_blank_n(pmin_n0) THEN NULL ELSE pmin_n0 END AS pmin_n,
    CASE WHEN az_blank_n(pmax_n0) THEN NULL ELSE pmax_n0 END AS pmax_n
  FROM n
),
q AS (
  SELECT p.*,
    {posted} AS posted_at,
    {_PAY_TYPES.format(e="pt_n")} AS pay_type_n,
    coalesce(az_money_lo_n(pmin_n), az_money_lo_n(pay_n)) AS lo,
    coalesce(az_money_hi_n(pmax_n), az_money_hi_n(pay_n)) AS hi,
    coalesce(az_currency_n(cur_n), az_currency_n(pay_n), az_currency_n(pmin_n),
             az_currency_n(pmax_n), {default_cur}) AS cur,
    az_count(c_weight) AS w
  FROM p
),
r AS (
  SELECT q.*,
    CASE
      {bad}
      WHEN c_title IS NULL AND c_description IS NULL THEN 'missing title and description'
      WHEN c_key IS NULL THEN 'missing posting id'
      WHEN c_posted IS NULL AND {req_date} THEN 'missing date'
      WHEN c_posted IS NOT NULL AND posted_at IS NULL AND az_bad_time_n(posted_n)
        THEN 'unreadable time of day (write it as 14:30, or 2:30 ب.ظ): ' || c_posted
      WHEN c_posted IS NOT NULL AND posted_at IS NULL THEN 'unparseable date: ' || c_posted
      WHEN posted_at < TIMESTAMP '1995-01-01' OR posted_at > now()::TIMESTAMP + INTERVAL 366 DAY
        THEN 'date out of range: ' || c_posted
      WHEN pay_type_n = 'unknown' THEN 'unknown pay type: ' || c_pay_type
      WHEN {has_pay} AND az_date_like_n(concat_ws(' ', pay_n, pmin_n, pmax_n))
        THEN 'a date, not an amount, in the pay column: ' || {pay_text}
      WHEN (isnan(lo) OR isnan(hi))
           AND (az_ambiguous_n(pay_n) OR az_ambiguous_n(pmin_n) OR az_ambiguous_n(pmax_n))
        THEN 'ambiguous number in the pay (write it as 1500 or 1.5): ' || {pay_text}
      WHEN NOT isfinite(lo) OR NOT isfinite(hi) THEN 'pay is not a finite number: ' || {pay_text}
      WHEN lo IS NULL AND hi IS NULL
           AND az_has_digit_n(concat_ws(' ', pay_n, pmin_n, pmax_n))
        THEN 'unparseable pay: ' || {pay_text}
      WHEN az_pay_junk_n(pay_n) OR az_pay_junk_n(pmin_n) OR az_pay_junk_n(pmax_n)
        THEN 'unparseable pay: ' || {pay_text}
      WHEN lo <= 0 OR hi <= 0 THEN 'non-positive pay: ' || {pay_text}
      WHEN lo > hi THEN 'pay range min > max: ' || {pay_text}
      WHEN {has_pay} AND NOT az_blank_n(cur_n) AND coalesce(az_currency_n(cur_n), '?') = '?'
        THEN 'unknown currency: ' || c_currency || ' (known: '
             || array_to_string({cur_list}, ', ') || ')'
      WHEN {has_pay} AND cur = '?'
        THEN 'unknown currency: ' || {pay_text} || ' (known: '
             || array_to_string({cur_list}, ', ') || ')'
      WHEN {has_pay} AND cur IS NULL
        THEN 'pay without a currency: ' || {pay_text}
      WHEN {has_pay} AND NOT list_contains({cur_list}, cur)
        THEN 'no exchange rate for currency ' || cur || ' (add it to the rates file)'
      WHEN greatest(lo, hi) > getvariable('az_pay_floor')
           AND greatest(lo, hi) * ({rate_q}) > {cap}
        THEN 'pay too large (over 10M USD an hour or 1B USD a project or month): ' || {pay_text}
      WHEN c_weight IS NULL AND {req_count} THEN 'missing count'
      WHEN c_weight IS NOT NULL AND (isnan(w) OR isinf(w))
        THEN 'count is not a finite number: ' || c_weight
      WHEN c_weight IS NOT NULL AND w > {COUNT_CAP!r}
        THEN 'count too large (over 1 billion postings in one row): ' || c_weight
      WHEN c_weight IS NOT NULL AND (w IS NULL OR w < 0 OR w <> floor(w))
        THEN 'invalid count: ' || c_weight
    END AS reason,
    {skill} AS skill_label
  FROM q
)
{final}
"""

    def _derived_sql(self, w: str = "s.w") -> str:
        """Posting columns computed from a parsed row ``s`` (posted_at, lo, hi, cur,
        pay_type_n and the weight ``w``): in the insert pass, or in the view over a stage,
        which keeps only what they are computed from."""
        has_pay = "(s.lo IS NOT NULL OR s.hi IS NOT NULL)"
        rate_sql, rate_date_sql = self._rate_exprs()
        return f"""s.posted_at, date_trunc('month', s.posted_at)::DATE AS posted_month,
  CASE WHEN NOT {has_pay} THEN NULL
       WHEN s.pay_type_n IN ('hourly', 'fixed', 'salary') THEN s.pay_type_n
       ELSE 'fixed' END AS pay_type,
  s.lo AS pay_min, s.hi AS pay_max, coalesce((s.lo + s.hi) / 2, s.lo, s.hi) AS pay,
  CASE WHEN {has_pay} THEN s.cur END AS currency,
  coalesce((s.lo + s.hi) / 2, s.lo, s.hi) * ({rate_sql}) AS pay_usd,
  CASE WHEN {has_pay} THEN {rate_date_sql} END AS rate_date,
  coalesce(TRY_CAST({w} AS BIGINT), 1) AS weight"""

    def _stage_view_sql(self, adapter: _formats.Adapter, labels: dict[str, str], table: str) -> str:
        """The rows of a stage filled by ``_parse_sql(mode="stage")``, with every column of
        the insert pass; rows numbered from 1 in file order (the stage's rowid)."""
        text = ", ".join(
            f"s.c_{f}" if f in adapter.exprs else f"NULL::VARCHAR AS c_{f}" for f in _TEXT_FIELDS
        )
        w = "s.w" if "weight" in adapter.exprs else "NULL::DOUBLE"
        skill = "s.skill_label" if adapter.map_skills and labels else "NULL::VARCHAR"
        return f"""SELECT s.rowid + 1 AS az_row, s.c_key, s.reason, s.raw, {text},
  {self._derived_sql(w)},
  NULL::VARCHAR AS mapped_category, {skill} AS az_skill_label, s.ai_training
FROM {table} s"""

    def _rate_exprs(self, row: str = "s.", oldest_if_earlier: bool = False) -> tuple[str, str]:
        """SQL for the USD rate and its date, as CASE expressions over the (small) rate table.

        An ASOF join would do the same but costs a sort of every row; the table has a few
        dozen entries, so a CASE per currency is both exact and cheap. The SQL holds only
        positions: each currency, date and rate is read from the variables set in
        _install_lookups (``getvariable``, folded into a constant by DuckDB), so nothing
        from a rates file becomes SQL text. ``row``: the prefix of ``posted_at``/``cur``.
        ``oldest_if_earlier``: a date before a currency's first rate takes that first rate
        (for the pay cap's sanity check only; such pay is never converted).
        """
        by_cur: dict[str, list[int]] = {}
        for i, (cur, _) in enumerate(self._rate_order, 1):
            by_cur.setdefault(cur, []).append(i)  # newest first
        day = f"coalesce({row}posted_at, now()::TIMESTAMP)"
        rate_parts, date_parts = [], []
        for cur, entries in by_cur.items():
            frm = "getvariable('az_rate_from')"
            r = " ".join(
                f"WHEN {day} >= {frm}[{i}] THEN getvariable('az_rate_usd')[{i}]" for i in entries
            )
            if oldest_if_earlier:
                r += f" ELSE getvariable('az_rate_usd')[{entries[-1]}]"
            dd = " ".join(f"WHEN {day} >= {frm}[{i}] THEN {frm}[{i}]" for i in entries)
            cur_sql = f"getvariable('az_rate_cur')[{entries[0]}]"
            rate_parts.append(f"WHEN {cur_sql} THEN CASE {r} END")
            if cur != "USD":  # USD needs no conversion: no rate, no rate date (NULL)
                date_parts.append(f"WHEN {cur_sql} THEN CASE {dd} END")
        return (
            f"CASE {row}cur {' '.join(rate_parts)} END",
            f"CASE {row}cur {' '.join(date_parts)} END" if date_parts else "NULL::DATE",
        )

    def _check_mapping(self, spec: _formats.ColumnMapping, currencies: Sequence[str]) -> None:
        """What of a mapping file only the store can check, before any row is read: each
        date format is one DuckDB's strptime reads, the default currency one the rates
        convert, the default pay type one the parser knows."""
        import duckdb

        from azadkar.market._formats import shown

        where = spec.path
        for f in spec.date_formats:
            try:
                self.con.execute("SELECT try_strptime('2024-01-01', ?)", [f]).fetchall()
            except duckdb.Error as exc:
                raise _formats.mapping_error(
                    where,
                    f"date_formats: {shown(f)} is not a date format ({_short_error(str(exc))}); "
                    "use strptime codes such as %d.%m.%Y or %Y-%m-%d %H:%M",
                    f"date_formats: {shown(f)} قالب تاریخ نیست؛ کدهای strptime مانند %d.%m.%Y یا "
                    "%Y-%m-%d %H:%M را به کار ببرید",
                    spec.line("", "date_formats"),
                ) from None
        known = ", ".join(sorted(currencies))
        cur = spec.defaults.get("currency")
        if cur is not None:
            (code,) = self.con.execute("SELECT az_currency(?)", [cur]).fetchall()[0]
            if code is None or code == "?":
                raise _formats.mapping_error(
                    where,
                    f"[defaults] currency = {shown(cur)} is not a currency azadkar knows (known: "
                    f"{known}; also written toman, تومان, ریال, rial, dollar, $): every row "
                    "with pay would be rejected",
                    f"[defaults] currency = {shown(cur)} واحد پولی نیست که آزادکار بشناسد "
                    f"(واحدهای شناخته: {known}؛ و نیز toman، تومان، ریال، rial، dollar، $): "
                    "همهٔ ردیف‌های دارای دستمزد رد می‌شدند",
                    spec.line("defaults", "currency"),
                )
            if code not in currencies:
                raise _formats.mapping_error(
                    where,
                    f"[defaults] currency = {shown(cur)} ({code}) has no exchange rate in the "
                    f"rates file ({self._rates_name}; it has {known}): add a [[rate]] for "
                    f"{code} with --rates, or choose one of {known}",
                    f"[defaults] currency = {shown(cur)} ({code}) در پروندهٔ نرخ‌ها "
                    f"({self._rates_name}؛ واحدهای آن: {known}) نرخ تبدیل ندارد: با --rates "
                    f"یک [[rate]] برای {code} بیفزایید، یا یکی از {known} را برگزینید",
                    spec.line("defaults", "currency"),
                )
        pay_type = spec.defaults.get("pay_type")
        if pay_type is not None:
            sql = _PAY_TYPES.format(e="$1")
            (kind,) = self.con.execute(f"SELECT {sql}", [pay_type]).fetchall()[0]
            if kind in (None, "unknown", "none"):
                raise _formats.mapping_error(
                    where,
                    f"[defaults] pay_type = {shown(pay_type)} is not a pay type; use hourly, "
                    "fixed or salary (or ساعتی, پروژه‌ای, ماهانه)",
                    f"[defaults] pay_type = {shown(pay_type)} نوع دستمزد نیست؛ hourly، fixed یا "
                    "salary (یا ساعتی، پروژه‌ای، ماهانه) را بنویسید",
                    spec.line("defaults", "pay_type"),
                )

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        fmt: str | None = None,
        mapping: str | Path | None = None,
        rates: str | Path | None = None,
        platform_labels: str | Path | None = None,
        progress: bool = False,
        on_event: Callable[[str], None] | None = None,
        source_names: Sequence[str] | None = None,
        encoding: str | None = None,
    ) -> list[FileStatus]:
        """Ingest ``paths`` in ONE transaction; return the row accounting per file.

        ``source_names``, one per path, is what the store records as each file's source
        instead of its path (the web app passes the name the browser sent, since the
        upload's private temporary path means nothing once it is deleted). ``encoding``:
        the text encoding of CSV and JSON-lines files (default UTF-8), e.g. ``cp1256``.
        When the ingest fails and a store this Store made holds nothing, closing the
        Store removes its file.
        """
        try:
            return self._ingest(
                paths,
                fmt=fmt,
                mapping=mapping,
                rates=rates,
                platform_labels=platform_labels,
                progress=progress,
                on_event=on_event,
                source_names=source_names,
                encoding=encoding,
            )
        except BaseException:
            self._failed_ingest = True
            raise

    def _ingest(
        self,
        paths: Sequence[str | Path],
        *,
        fmt: str | None,
        mapping: str | Path | None,
        rates: str | Path | None,
        platform_labels: str | Path | None,
        progress: bool,
        on_event: Callable[[str], None] | None,
        source_names: Sequence[str] | None,
        encoding: str | None,
    ) -> list[FileStatus]:
        encoding = _text_encoding(encoding)
        if source_names is not None and len(source_names) != len(paths):
            raise InputError(f"source_names has {len(source_names)} names for {len(paths)} files")
        if fmt is not None and fmt not in _formats.FORMATS:
            raise InputError(
                f"unknown format {fmt!r}; known: {', '.join(_formats.FORMATS)}",
                message_fa=f"قالب ناشناختهٔ {fmt!r}؛ قالب‌های شناخته: {'، '.join(_formats.FORMATS)}",
            )
        files = [Path(p) for p in paths]
        for f in files:
            if not f.is_file():
                raise IngestError(
                    f"no such file: {f}", message_fa=f"چنین پرونده‌ای نیست: {f}", path=str(f)
                )
        plat = self._install_lookups(
            Path(rates) if rates else None, Path(platform_labels) if platform_labels else None
        )
        currencies = [
            r[0] for r in self.con.execute("SELECT DISTINCT currency FROM az_rates").fetchall()
        ]
        # A mapping file is read and checked once, before any file is read.
        spec = None
        if mapping is not None and fmt in (None, "mapped"):
            spec = _formats.load_mapping(Path(mapping))
            self._check_mapping(spec, currencies)
            if spec.categories:
                # the mapping's own labels, over the shipped ones of its platform
                plat = {**plat, spec.platform: {**plat.get(spec.platform, {}), **spec.categories}}
                self.con.execute(
                    "DELETE FROM az_labels WHERE platform = ? AND label IN (SELECT unnest(?))",
                    [spec.platform, list(spec.categories)],
                )
                self.con.executemany(
                    "INSERT INTO az_labels VALUES (?, ?, ?)",
                    [(spec.platform, lab, cat) for lab, cat in spec.categories.items()],
                )
        self.con.execute(f"SET enable_progress_bar = {'true' if progress else 'false'}")
        bar = None
        if progress and len(files) > 1:
            from tqdm import tqdm

            # Half a step when a file is parsed, the other half when it is stored.
            bar = tqdm(total=len(files), unit="file", desc="ingest")
        results: list[FileStatus] = []
        staged: list[_Staged] = []
        self._remove_stale_stages()
        try:
            if on_event:
                on_event("begin")
            # Parsing fills only temporary tables, so it runs before the transaction: a
            # table filled outside a transaction numbers its rows 0..n-1 in file order,
            # which lets the parse run on every core (see _stage). Files small enough are
            # staged with their text, within one memory budget for the whole call.
            budget, memory_budget = self.stage_text_max_bytes, self.stage_memory_max_bytes
            for i, f in enumerate(files):
                how = _Parse(fmt, spec, plat, currencies, budget, memory_budget)
                st = self._stage(i, f, how, encoding)
                budget -= st.text_bytes
                if st.stage_dir is None:
                    memory_budget -= st.text_bytes
                staged.append(st)
                if bar is not None:
                    bar.update(0.5)
            self.con.execute("BEGIN TRANSACTION")
            # Every file of the call is stored at the same time, in UTC (the store keeps it
            # naive); the FileStatus returned carries the same value as `status` reads.
            ingested_at = dt.datetime.now(dt.UTC)
            try:
                if on_event:
                    on_event("transaction")
                for st in staged:
                    name = source_names[st.index] if source_names is not None else None
                    results.append(self._store_one(st, currencies, name, ingested_at))
                    if on_event:
                        on_event(f"file {st.path}")
                    if bar is not None:
                        bar.update(0.5)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        finally:
            for st in staged:
                self._drop_temp(st)
            if bar is not None:
                bar.close()
            self.con.execute("SET enable_progress_bar = false")
        return results

    def _stage(self, index: int, path: Path, how: _Parse, encoding: str | None = None) -> _Staged:
        """Parse one file into temp tables (no transaction open; the store is not touched).

        The file's SHA-256 is computed in a thread while DuckDB parses the file. A file
        found to be ingested already costs one parse and adds nothing. A CSV or JSON-lines
        file with a malformed line (DuckDB refuses the file, or skips the line) is parsed
        again from a clean copy in which that line is a row to reject (``_clean_source``).
        A file that is empty, or not what its name says (``.gz``, ``.parquet``, ``.xlsx``),
        stops the ingest with one line saying so. A text file in another ``encoding`` than
        UTF-8 is read from a UTF-8 copy in the stage directory.
        """
        t0 = time.perf_counter()
        kind = _file_kind(path)
        _formats.check_file(path)
        decoded_dir: Path | None = None
        read = path
        note = None
        if kind != "other":
            # UTF-16/UTF-32 text (Excel's "Unicode text"): read in its own encoding when it
            # says so with a byte-order mark; otherwise what to pass is said.
            encoding, note = _formats.check_wide_text(path, encoding)
        if kind != "other" and encoding is not None:
            decoded_dir = self._new_stage_dir()
            gz = path.name.lower().endswith(".gz")
            read = decoded_dir / (path.name[:-3] if gz else path.name)
            try:
                _formats.transcode(path, read, encoding, name=path)
            except BaseException:
                self._remove_stage_dir(decoded_dir)
                raise
        elif kind == "csv":
            _formats.check_header_utf8(path)
        try:
            st = self._stage_read(index, path, read, kind, how)
        except BaseException:
            if decoded_dir is not None:
                self._remove_stage_dir(decoded_dir)
            raise
        st.decoded_dir = decoded_dir
        st.notes = (note,) if note else ()
        st.seconds = time.perf_counter() - t0
        return st

    def _stage_read(self, index: int, path: Path, read: Path, kind: str, how: _Parse) -> _Staged:
        """_stage for the file ``read`` (``path`` itself, or its UTF-8 copy)."""
        tag = f"s{index}"
        rej = f"az_rej_{tag}"
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            digest_f = pool.submit(file_digests, path)
            try:
                try:
                    frm, cols, kind = self._source(path, rej, tag, read)
                    st = self._stage_source(index, path, frm, cols, kind == "csv", False, how)
                except _NeedsCleaning as need:
                    error = str(need)
                except Exception as exc:
                    if kind == "other" or not _is_read_error(exc):
                        raise
                    error = str(exc)
                else:
                    if kind != "csv" or not self._count(rej):
                        st.digests = digest_f.result()
                        st.digest = st.digests[0]
                        return st
                    # DuckDB skipped malformed lines: the rows after them would be
                    # numbered as if those lines were not there. Parse a clean copy.
                    self._drop_temp(st)
                    error = "malformed lines"
                clean_dir = self._new_stage_dir()
                try:
                    frm, cols = self._clean_source(path, kind, clean_dir, error, read)
                    st = self._stage_source(index, path, frm, cols, False, True, how)
                except BaseException:
                    self._remove_stage_dir(clean_dir)
                    raise
                st.clean_dir = clean_dir
                st.digests = digest_f.result()
                st.digest = st.digests[0]
            except BaseException:
                digest_f.cancel()
                raise
        return st

    def _count(self, table: str) -> int:
        try:
            return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        except Exception:  # no such table: DuckDB made none (nothing was rejected)
            return 0

    def _stage_source(
        self,
        index: int,
        path: Path,
        frm: str,
        cols: list[str],
        is_csv: bool,
        marked: bool,
        how: _Parse,
    ) -> _Staged:
        """Parse ``frm`` (one file's rows) into the stage; ``marked``: the source is a clean
        copy whose ``az_bad``/``az_line`` columns mark malformed lines."""
        tag = f"s{index}"
        rej = f"az_rej_{tag}"
        stage_dir: Path | None = None
        try:
            decimals: list[str] = []
            if frm.startswith("read_parquet("):  # typed columns: which are DECIMAL
                decimals = [
                    r[0]
                    for r in self.con.execute(f"DESCRIBE SELECT * FROM {frm}").fetchall()
                    if str(r[1]).startswith("DECIMAL")
                ]
            adapter = _formats.build_adapter(how.fmt, cols, path, how.mapping, decimals)
            labels = how.plat.get(adapter.platform, {})
            # Compressed sources hold several times their size in text.
            packed = path.name.lower().endswith((".gz", ".parquet"))
            text_bytes = path.stat().st_size * (5 if packed else 1)
            once = text_bytes <= how.budget
            # A file parsed once (text kept in the stage) has no row_number(): its
            # rows are numbered from the stage's rowid, so the parse runs on every
            # core. The narrow verdict pass of a big file keeps row_number(), since
            # its second (insert) pass must number rows the same way.
            sel = self._parse_sql(
                frm,
                adapter,
                labels,
                how.currencies,
                mode="stage" if once else "verdict",
                numbered=not once,
                marked=marked,
                names=cols,
            )
            in_memory = not once or text_bytes <= how.memory_budget
            if in_memory:
                table = f"az_stage0_{tag}"
                self.con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {sel}")
            else:
                stage_dir = self._new_stage_dir()
                table = self._stage_on_disk(stage_dir, tag, sel)
            view = f"SELECT * FROM {table}"
            if once:
                lo, hi, n = self.con.execute(
                    f"SELECT min(rowid), max(rowid), count(*) FROM {table}"
                ).fetchall()[0]
                if n and (lo, hi) != (0, n - 1):
                    raise DataError(
                        f"{path}: the staged rows are not numbered 0..{n - 1} "
                        f"(row ids {lo}..{hi}); nothing was stored",
                        path=str(path),
                    )
                view = self._stage_view_sql(adapter, labels, table)
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW az_stage_{tag} AS {view}")
        except BaseException:
            self._drop_temp(
                _Staged(
                    index, path, tag, rej, frm, {}, False, False, None, "", 0, stage_dir=stage_dir
                )
            )
            raise
        return _Staged(
            index,
            path,
            tag,
            rej,
            frm,
            labels,
            is_csv,
            once,
            adapter,
            "",
            text_bytes if once else 0,
            stage_dir=stage_dir,
            marked=marked,
            names=cols,
        )

    def _store_one(
        self,
        st: _Staged,
        currencies: list[str],
        name: str | None,
        ingested_at: dt.datetime | None = None,
    ) -> FileStatus:
        """Write one staged file into the store (inside the ingest's transaction)."""
        t0 = time.perf_counter()
        ingested_at = ingested_at or dt.datetime.now(dt.UTC)
        source = name or str(st.path)
        path, adapter, digest, stage = st.path, st.adapter, st.digest, f"az_stage_{st.tag}"
        assert adapter is not None
        known = st.digests or (digest,)
        found = self.con.execute(
            "SELECT file_id, path, format, platform, ingested_at FROM files WHERE sha256 IN "
            f"({', '.join('?' * len(known))}) ORDER BY file_id",
            list(known),
        ).fetchall()
        if found:
            prev = found[0]
            return FileStatus(
                prev[0],
                source,
                prev[2],
                prev[3],
                digest,
                0,
                0,
                0,
                0,
                ingested_at=_utc(prev[4]),  # when the file was stored, the first time
                skipped=True,
                notes=(f"already ingested as file {prev[0]} ({prev[1]}): nothing added",),
            )
        (file_id,) = self.con.execute("SELECT coalesce(max(file_id), 0) + 1 FROM files").fetchall()[
            0
        ]
        plat_sql = _sql_str(adapter.platform)
        if st.is_csv and self._count(st.rej):
            # _stage re-reads a file with skipped lines from a clean copy: none is left.
            raise DataError(f"{path}: DuckDB skipped malformed lines; nothing was stored")
        (rejected,) = self.con.execute(
            f"INSERT INTO rejected SELECT {file_id}, az_row, reason, raw FROM {stage} "
            "WHERE reason IS NOT NULL"
        ).fetchall()[0]
        # Dedup is a set operation on the stage, not an index (no PRIMARY KEY/UNIQUE):
        # the first valid row of each key not already in the store is kept. The kept
        # rows are counted here, apart from the insert (a semi-join), so the accounting
        # check below compares two independently computed counts.
        (new_keys,) = self.con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE az_keep_{st.tag} AS
            SELECT min(az_row) AS az_row FROM {stage}
            WHERE reason IS NULL
              AND c_key NOT IN (SELECT source_key FROM postings WHERE platform = {plat_sql})
            GROUP BY c_key
            """
        ).fetchall()[0]
        rows, valid = self.con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE reason IS NULL) FROM {stage}"
        ).fetchall()[0]
        duplicates = valid - new_keys
        rows_from = (
            f"""(SELECT s.* REPLACE (coalesce(l1.category, l2.category, l3.category)
                                     AS mapped_category)
                FROM {stage} s
                LEFT JOIN az_labels l1
                  ON l1.platform = {plat_sql} AND l1.label = lower(s.c_subcategory)
                LEFT JOIN az_labels l2
                  ON l2.platform = {plat_sql} AND l2.label = lower(s.c_category)
                LEFT JOIN az_labels l3
                  ON l3.platform = {plat_sql} AND l3.label = s.az_skill_label)"""
            if st.once
            else f"""({
                self._parse_sql(
                    st.frm,
                    adapter,
                    st.labels,
                    currencies,
                    mode="insert",
                    marked=st.marked,
                    names=st.names,
                )
            })"""
        )
        inserted = self.con.execute(
            f"""
            INSERT INTO postings (posting_id, file_id, source_row, platform, source_key, url,
                title, description, skills, posted_at, posted_month, pay_type, pay_min,
                pay_max, pay, currency, pay_usd, rate_date, platform_category,
                platform_subcategory, mapped_category, country, level, engagement, weight,
                ai_training)
            SELECT ({file_id}::BIGINT << 40) + az_row, {file_id}, az_row, {plat_sql}, c_key,
                   c_url, c_title, c_description, c_skills, posted_at, posted_month, pay_type,
                   pay_min, pay_max, pay, currency, pay_usd, rate_date, c_category,
                   c_subcategory, mapped_category, c_country, c_level, c_engagement, weight,
                   ai_training
            FROM {rows_from}
            WHERE reason IS NULL AND az_row IN (SELECT az_row FROM az_keep_{st.tag})
            """
        ).fetchall()[0][0]
        if rows != inserted + rejected + duplicates:
            raise DataError(
                f"{path}: row accounting does not add up ({rows} rows, {inserted} accepted, "
                f"{rejected} rejected, {duplicates} duplicates); nothing was stored",
                path=str(path),
            )
        unconverted, no_rate = self._no_rate_notes(file_id)
        seconds = st.seconds + time.perf_counter() - t0
        notes = (*st.notes, *adapter.notes, *no_rate)
        self.con.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                file_id,
                source,
                digest,
                path.stat().st_size,
                adapter.name,
                adapter.platform,
                ingested_at.astimezone(dt.UTC).replace(tzinfo=None),
                seconds,
                rows,
                inserted,
                rejected,
                duplicates,
                "\n".join(notes),
            ],
        )
        return FileStatus(
            file_id,
            source,
            adapter.name,
            adapter.platform,
            digest,
            rows,
            inserted,
            rejected,
            duplicates,
            pay_unconverted=unconverted,
            ingested_at=ingested_at,
            seconds=seconds,
            notes=notes,
        )

    def _no_rate_notes(self, file_id: int) -> tuple[int, list[str]]:
        """(count, notes) of the file's accepted postings whose pay has no exchange rate on
        or before their date (its currency's rates start later): kept, not converted with a
        later rate, and left out of the pay indicators. One SQL aggregate over the rows
        just inserted (no row becomes a Python object); a note per currency."""
        rows = self.con.execute(
            "SELECT currency, count(*), min(posted_at)::DATE, max(posted_at)::DATE, "
            "count(*) FILTER (WHERE posted_at IS NULL) FROM postings "
            f"WHERE file_id = {int(file_id)} AND pay IS NOT NULL AND pay_usd IS NULL "
            "GROUP BY currency ORDER BY currency"
        ).fetchall()
        starts: dict[str, dt.date] = {}
        for cur, frm, _ in self._rate_rows:
            starts[cur] = min(frm, starts.get(cur, frm))
        notes = [
            no_rate_note(n, cur, first, last, undated, starts.get(cur, "?"), self._rates_name)[0]
            for cur, n, first, last, undated in rows
        ]
        return sum(int(r[1]) for r in rows), notes

    def _stage_base(self) -> Path:
        """Where on-disk stages go: DuckDB's temporary directory (system temp for :memory:)."""
        if self.path != ":memory:":
            (tmp,) = self.con.execute("SELECT current_setting('temp_directory')").fetchall()[0]
            if tmp:
                return Path(tmp)
        return Path(tempfile.gettempdir())

    def _remove_stale_stages(self) -> None:
        """Remove on-disk stages left behind by a killed process (its pid is gone)."""
        if os.name != "posix":
            return
        base = self._stage_base()
        for old in base.glob("azadkar-stage-*") if base.is_dir() else ():
            pid = old.name.split("-")[2]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)

    def _new_stage_dir(self) -> Path:
        base = self._stage_base()
        if not base.exists():
            base.mkdir(parents=True)
            self._made_stage_base = base  # removed again with the last stage, if empty
        return Path(tempfile.mkdtemp(prefix=f"azadkar-stage-{os.getpid()}-", dir=base))

    def _stage_on_disk(self, stage_dir: Path, tag: str, sel: str) -> str:
        """Fill ``sel`` into a table of a new DuckDB file in ``stage_dir``; its name.

        Outside a transaction, like a temporary table, its rows are numbered (rowid) in
        file order. Text is compressed as in ``postings``; the rest as DuckDB chooses.
        """
        db = f"az_sdb_{tag}"
        self.con.execute(f"ATTACH {_sql_str(str(stage_dir / 'stage.duckdb'))} AS {db}")
        cols = []
        for name, typ, *_ in self.con.execute(f"DESCRIBE {sel}").fetchall():
            if typ in ("VARCHAR", '"NULL"'):
                comp = "zstd" if name in ("c_description", "c_key", "c_url") else "dict_fsst"
                typ = f"VARCHAR USING COMPRESSION {comp}"
            cols.append(f"{_formats.quote(name)} {typ}")
        table = f"{db}.main.az_stage0_{tag}"
        self.con.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
        self.con.execute(f"INSERT INTO {table} {sel}")
        return table

    def _remove_stage_dir(self, d: Path) -> None:
        """Remove a directory made by _new_stage_dir (and its base, if made for it and empty)."""
        shutil.rmtree(d, ignore_errors=True)
        if d.parent == self._made_stage_base:
            with contextlib.suppress(OSError):
                d.parent.rmdir()

    def _drop_temp(self, st: _Staged) -> None:
        t = st.tag
        self.con.execute(
            f"DROP TABLE IF EXISTS {st.rej}; DROP TABLE IF EXISTS {st.rej}_scan; "
            f"DROP VIEW IF EXISTS az_stage_{t}; DROP TABLE IF EXISTS az_stage0_{t}; "
            f"DROP TABLE IF EXISTS az_keep_{t}"
        )
        if st.stage_dir is not None:
            with contextlib.suppress(Exception):
                self.con.execute(f"DETACH az_sdb_{t}")
            shutil.rmtree(st.stage_dir, ignore_errors=True)
            if st.stage_dir.parent == self._made_stage_base:
                with contextlib.suppress(OSError):
                    st.stage_dir.parent.rmdir()
        if st.clean_dir is not None:
            self._remove_stage_dir(st.clean_dir)
        if st.decoded_dir is not None:
            self._remove_stage_dir(st.decoded_dir)
        if st.frm == f"az_xlsx_{t}" or st.path.name.lower().removesuffix(".gz").endswith(".xlsx"):
            with contextlib.suppress(Exception):
                self.con.unregister(f"az_xlsx_{t}")

    # -- queries ---------------------------------------------------------------------------
    def status(self) -> list[FileStatus]:
        """Row accounting per file; ``pay_unconverted`` is counted from the postings (so a
        store written before it was recorded counts too), ``ingested_at`` is UTC."""
        rows = self.con.execute(
            "SELECT f.file_id, path, format, platform, sha256, rows, accepted, rejected, "
            "duplicates, ingested_at, seconds, notes, coalesce(u.n, 0) FROM files f "
            "LEFT JOIN (SELECT file_id, count(*) AS n FROM postings "
            "WHERE pay IS NOT NULL AND pay_usd IS NULL GROUP BY file_id) u "
            "ON u.file_id = f.file_id ORDER BY f.file_id"
        ).fetchall()
        return [
            FileStatus(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                pay_unconverted=int(r[12]),
                ingested_at=_utc(r[9]),
                seconds=r[10],
                notes=tuple(n for n in (r[11] or "").split("\n") if n),
            )
            for r in rows
        ]

    def rejected(self, limit: int | None = 100, file_id: int | None = None) -> list[RejectedRow]:
        if limit is not None and limit < 0:
            raise InputError(
                f"limit must be 0 (all) or more, not {limit}",
                message_fa=f"limit باید ۰ (همه) یا بیشتر باشد، نه {limit}",
            )
        if limit is not None and limit > MAX_LIMIT:
            raise InputError(
                f"limit must be at most {MAX_LIMIT:,} (0 for all), not {limit}",
                message_fa=f"limit باید حداکثر {MAX_LIMIT:,} باشد (۰ برای همه)، نه {limit}",
            )
        where = f"WHERE r.file_id = {int(file_id)}" if file_id is not None else ""
        lim = f"LIMIT {int(limit)}" if limit else ""
        rows = self.con.execute(
            f"SELECT r.file_id, f.path, r.source_row, r.reason, r.raw FROM rejected r "
            f"JOIN files f USING (file_id) {where} ORDER BY r.file_id, r.source_row {lim}"
        ).fetchall()
        return [RejectedRow(*r) for r in rows]

    def count(self, table: str = "postings") -> int:
        if table not in ("postings", "rejected", "files", "predictions"):
            raise InputError(f"unknown table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


def ingest(
    paths: Iterable[str | Path], db: str | Path | None = None, **kwargs: Any
) -> list[FileStatus]:
    """Open the store at ``db`` (default file), ingest ``paths`` in one transaction."""
    with Store(db) as store:
        return store.ingest(list(paths), **kwargs)
