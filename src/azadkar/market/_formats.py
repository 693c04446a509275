"""Posting formats: how each source's columns map onto azadkar's canonical fields.

Every adapter is a table of SQL expressions over the source's own columns (all read as
text). The store runs them inside DuckDB, so adding a format never adds a Python loop
over rows. ``detect_format`` picks an adapter from the column names alone.

Canonical fields (all text at this stage; parsing happens once, in the store):

=============  ==============================================================
key            the platform's posting id or URL; a content hash when there is none
url            link to the posting
title          posting title (required, or a description)
description    posting body
skills         comma-separated skill tags
posted         date/time text (Gregorian or Jalali, any digits)
pay_type       hourly / fixed / salary text as the platform writes it
pay            one money text, a single amount or a range ("$15.00 - $35.00")
pay_min        lower bound text (hourly ranges)
pay_max        upper bound text
currency       currency text ("USD", "تومان"); else found in the pay text
category       platform top-level category
subcategory    platform subcategory / specialty / OLI occupation
country        client country or location
level          experience level / tier
engagement     contract or engagement type
weight         how many postings the row stands for (OLI counts); default 1
=============  ==============================================================
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from azadkar.errors import IngestError

CANONICAL = (
    "key",
    "url",
    "title",
    "description",
    "skills",
    "posted",
    "pay_type",
    "pay",
    "pay_min",
    "pay_max",
    "currency",
    "category",
    "subcategory",
    "country",
    "level",
    "engagement",
    "weight",
)

FORMATS = ("upwork-api", "upwork-rss", "upwork-search", "oli", "jobinja", "mapped")


def quote(name: str) -> str:
    """A DuckDB identifier for a source column name (which may hold spaces or slashes)."""
    return '"' + name.replace('"', '""') + '"'


class Columns:
    """Case-insensitive access to a source's column names, as SQL expressions."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self._lower = {n.lower().strip(): n for n in names}

    def has(self, *names: str) -> bool:
        return all(n.lower() in self._lower for n in names)

    def get(self, *candidates: str) -> str:
        """First present column as a SQL expression, else ``NULL``."""
        for c in candidates:
            if c.lower() in self._lower:
                return f"CAST(src.{quote(self._lower[c.lower()])} AS VARCHAR)"
        return "NULL"

    def content_hash(self) -> str:
        """A key for sources without ids: md5 over every column of the row."""
        parts = ", ".join(f"coalesce(CAST(src.{quote(n)} AS VARCHAR), '')" for n in self.names)
        return f"md5(concat_ws('\x1f', {parts}))"


@dataclass(frozen=True)
class Adapter:
    """One source format: its canonical-field expressions and defaults."""

    name: str
    platform: str
    exprs: dict[str, str]
    default_currency: str | None = "USD"
    default_pay_type: str | None = None
    requires_date: bool = False
    notes: list[str] = field(default_factory=list)
    # strptime formats tried before the general date parser (a fast path for big files)
    date_formats: tuple[str, ...] = ()
    # look up the first skill tag in the platform labels when no category matches
    map_skills: bool = False


def _upwork_api(c: Columns) -> Adapter:
    hourly_min = c.get("hourly_budget_min", "hourly_rate_min", "hourly_rate")
    hourly_max = c.get("hourly_budget_max", "hourly_rate_max", "hourly_rate")
    typ = c.get("type", "job_type")
    is_hourly = f"lower({typ}) = 'hourly'"
    return Adapter(
        "upwork-api",
        "upwork",
        {
            "key": f"coalesce({c.get('uid', 'id', 'ciphertext')}, {c.content_hash()})",
            "url": c.get("url", "link"),
            "title": c.get("title"),
            "description": c.get("description", "snippet"),
            "skills": c.get("skills", "ontology_skills"),
            "posted": c.get("published_on", "publish_time", "created_on", "published"),
            "pay_type": typ,
            "pay": f"CASE WHEN {is_hourly} THEN NULL ELSE "
            f"{c.get('amount_amount', 'amount', 'budget')} END",
            "pay_min": f"CASE WHEN {is_hourly} THEN {hourly_min} END",
            "pay_max": f"CASE WHEN {is_hourly} THEN {hourly_max} END",
            "currency": c.get("amount_currency_code", "currency"),
            "category": c.get("occupations_category_pref_label", "category"),
            "subcategory": c.get("occupations_oservice_pref_label", "subcategory"),
            "country": c.get("client_location_country", "country"),
            "level": c.get("tier", "contractor_tier"),
            "engagement": c.get("engagement", "duration"),
        },
    )


def _upwork_rss(c: Columns) -> Adapter:
    hmin, hmax, budget = c.get("hourly_range_min"), c.get("hourly_range_max"), c.get("budget")
    url = c.get("url", "link")
    return Adapter(
        "upwork-rss",
        "upwork",
        {
            # The same job appears under several RSS queries with different tracking
            # parameters, so the key is the URL without its query string.
            "key": f"coalesce(split_part({url}, '?', 1), {c.content_hash()})",
            "url": url,
            "title": f"regexp_replace({c.get('title')}, '\\s*-\\s*Upwork\\s*$', '')",
            "description": c.get("description"),
            "skills": c.get("skills"),
            "posted": c.get("published", "date"),
            "pay_type": f"CASE WHEN NOT az_blank({hmin}) OR NOT az_blank({hmax}) THEN 'hourly' "
            f"WHEN NOT az_blank({budget}) THEN 'fixed' END",
            "pay": budget,
            "pay_min": hmin,
            "pay_max": hmax,
            "subcategory": c.get("category"),
            "country": c.get("country"),
        },
        date_formats=("%m/%d/%Y %I:%M%p",),
    )


def _upwork_search(c: Columns) -> Adapter:
    hf, budget = c.get("Hourly/Fixed"), c.get("Budget")
    return Adapter(
        "upwork-search",
        "upwork",
        {
            # Search results have no id or date: a row's whole content is its identity.
            "key": c.content_hash(),
            "title": c.get("Job Title"),
            "skills": c.get("Skills"),
            "pay_type": f"CASE WHEN starts_with(lower({hf}), 'hourly') THEN 'hourly' "
            f"WHEN starts_with(lower({hf}), 'fixed') THEN 'fixed' ELSE {hf} END",
            "pay": f"CASE WHEN starts_with(lower({hf}), 'hourly') THEN {hf} ELSE {budget} END",
            "level": c.get("Level"),
        },
        notes=["search results carry no posting date: time series cannot use them"],
        map_skills=True,
    )


def _oli(c: Columns) -> Adapter:
    occ = c.get("occupation")
    return Adapter(
        "oli",
        "oli",
        {
            "key": c.content_hash(),
            "title": occ,
            "posted": c.get("timestamp", "date"),
            "subcategory": occ,
            "country": c.get("country"),
            "engagement": c.get("status", "domain"),
            "weight": c.get("count", "value"),
        },
        default_currency=None,
        requires_date=True,
        notes=["each OLI row is a count of postings (its weight), not one posting"],
    )


def _jobinja(c: Columns) -> Adapter:
    return Adapter(
        "jobinja",
        "jobinja",
        {
            "key": f"coalesce({c.get('links', 'link', 'url')}, {c.content_hash()})",
            "url": c.get("links", "link", "url"),
            "title": c.get("title"),
            "description": c.get("definition", "description"),
            "skills": c.get("skills"),
            "posted": c.get("date", "published", "posted"),
            "pay_type": "CASE WHEN az_has_digit(" + c.get("salary") + ") THEN 'salary' END",
            "pay": c.get("salary"),
            "country": f"coalesce({c.get('country')}, 'Iran')",
            "level": c.get("experience"),
            "engagement": c.get("contract_type"),
        },
        default_currency="TOMAN",
        notes=["Jobinja salaries are monthly, in toman; kept apart from hourly and fixed pay"],
    )


def mapped_adapter(c: Columns, mapping_path: Path) -> Adapter:
    """An adapter from a column-mapping TOML (see docs/market.md)."""
    try:
        doc = tomllib.loads(mapping_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise IngestError(
            f"cannot read mapping file {mapping_path}: {exc}", path=str(mapping_path)
        ) from exc
    cols = doc.get("columns", {})
    if not isinstance(cols, dict):
        raise IngestError(f"{mapping_path}: [columns] must be a table", path=str(mapping_path))
    unknown = sorted(set(cols) - set(CANONICAL))
    if unknown:
        raise IngestError(
            f"{mapping_path}: unknown field(s) {', '.join(unknown)} in [columns]; "
            f"known: {', '.join(CANONICAL)}",
            path=str(mapping_path),
        )
    exprs: dict[str, str] = {}
    for fld, col in cols.items():
        if not c.has(str(col)):
            raise IngestError(
                f"{mapping_path}: column {col!r} (for {fld}) is not in the file; "
                f"the file has: {', '.join(c.names)}",
                path=str(mapping_path),
            )
        exprs[fld] = c.get(str(col))
    if "title" not in exprs and "description" not in exprs:
        raise IngestError(f"{mapping_path}: map at least `title` or `description` in [columns]")
    exprs.setdefault("key", c.content_hash())
    defaults = doc.get("defaults", {})
    # Currency and pay type defaults apply only where the row itself says nothing.
    for fld in ("category", "subcategory", "country"):
        if fld in defaults and fld not in exprs:
            exprs[fld] = "'" + str(defaults[fld]).replace("'", "''") + "'"
    return Adapter(
        "mapped",
        str(doc.get("platform", "other")),
        exprs,
        default_currency=defaults.get("currency"),
        default_pay_type=defaults.get("pay_type"),
        requires_date=bool(doc.get("require_date", False)),
        date_formats=tuple(str(f) for f in doc.get("date_formats", [])),
        map_skills="skills" in exprs,
    )


_DETECTORS: list[tuple[str, Callable[[Columns], bool], Callable[[Columns], Adapter]]] = [
    (
        "upwork-api",
        lambda c: c.has("uid") or c.has("occupations_category_pref_label") or c.has("published_on"),
        _upwork_api,
    ),
    ("upwork-rss", lambda c: c.has("title", "published") and c.has("budget"), _upwork_rss),
    ("upwork-search", lambda c: c.has("Job Title", "Hourly/Fixed"), _upwork_search),
    (
        "oli",
        lambda c: c.has("occupation", "count") and (c.has("timestamp") or c.has("date")),
        _oli,
    ),
    ("jobinja", lambda c: c.has("title", "salary") and c.has("links"), _jobinja),
]

_BUILDERS: Mapping[str, Callable[[Columns], Adapter]] = {n: b for n, _, b in _DETECTORS}

# The columns a forced ``--format`` needs: each group is satisfied by any one of its names
# (the adapter reads the first present). Without them the adapter would read NULLs and
# store or reject every row for the wrong reason.
REQUIRED_COLUMNS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "upwork-api": (
        ("uid", "published_on", "occupations_category_pref_label"),
        ("title", "description", "snippet"),
    ),
    "upwork-rss": (
        ("title",),
        ("published", "date"),
        ("budget", "hourly_range_min", "hourly_range_max"),
    ),
    "upwork-search": (("Job Title",), ("Hourly/Fixed",)),
    "oli": (("occupation",), ("count", "value"), ("timestamp", "date")),
    "jobinja": (("links", "link", "url"), ("title",), ("salary",)),
}


def missing_columns(fmt: str, names: list[str]) -> list[str]:
    """The column groups ``fmt`` needs that ``names`` lacks ("a or b" for alternatives)."""
    c = Columns(names)
    return [
        " or ".join(group)
        for group in REQUIRED_COLUMNS.get(fmt, ())
        if not any(c.has(n) for n in group)
    ]


def detect_format(names: list[str]) -> str | None:
    c = Columns(names)
    for name, test, _ in _DETECTORS:
        if test(c):
            return name
    return None


# Said when a file's columns match no adapter (the web app replaces it with its own hint).
FORMAT_HINT = "Pass --format, or --mapping FILE.toml to map the columns yourself."


def build_adapter(
    fmt: str | None, names: list[str], path: Path, mapping: Path | None = None
) -> Adapter:
    """The adapter for ``fmt`` (auto-detected from ``names`` when None)."""
    c = Columns(names)
    if mapping is not None and fmt in (None, "mapped"):
        return mapped_adapter(c, mapping)
    if fmt == "mapped":
        raise IngestError("--format mapped needs --mapping FILE.toml", path=str(path))
    if fmt is None:
        fmt = detect_format(names)
        if fmt is None:
            raise IngestError(
                f"{path}: cannot tell the format from its columns ({', '.join(names[:12])}). "
                + FORMAT_HINT,
                path=str(path),
                columns=names,
            )
    elif fmt in _BUILDERS and (missing := missing_columns(fmt, names)):
        # A forced format that does not fit the file: stop before anything is read.
        found = detect_format(names)
        hint = f" (its columns look like {found})" if found else ""
        raise IngestError(
            f"{path}: --format {fmt} needs the column(s) {'; '.join(missing)}, which the "
            f"file does not have{hint}; the file has: {', '.join(names)}. Nothing was stored. "
            "Leave out --format to detect the format, or map the columns with --mapping.",
            path=str(path),
            columns=names,
        )
    if fmt not in _BUILDERS:
        raise IngestError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}", path=str(path))
    return _BUILDERS[fmt](c)


# -- malformed lines ---------------------------------------------------------------------
# A CSV or JSON-lines file that DuckDB's reader refuses (its sniffer fails on a malformed
# line near the top), or in which it had to skip lines, is copied by the functions below
# into a clean file with two more columns: a malformed record becomes an empty row with
# the reason in ``BAD_COL`` and its raw text in ``LINE_COL``, so that every record keeps
# its place (its data-row number) and is rejected like any other invalid row.
BAD_COL = "az_bad"
LINE_COL = "az_line"
# A malformed record's raw text is stored up to this many characters (an unclosed quote
# can swallow the rest of the file into one record).
RAW_MAX_CHARS = 100_000


@dataclass(frozen=True)
class CsvDialect:
    delimiter: str = ","
    quote: str | None = '"'
    escape: str | None = '"'
    skip_rows: int = 0


def _open_text(path: Path) -> Any:
    import gzip

    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", errors="surrogateescape", newline="")
    return path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")


def guess_csv_dialect(path: Path) -> CsvDialect:
    """The delimiter (, ; tab |) that splits the first line most; RFC 4180 quoting."""
    with _open_text(path) as f:
        first = f.readline(1 << 20)
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    return CsvDialect(max(counts, key=lambda d: counts[d]) if any(counts.values()) else ",")


def _raw_text(lines: list[str]) -> str:
    """A malformed record's text as stored in ``rejected.raw``. Text read with
    ``surrogateescape`` that holds bytes which are not UTF-8 keeps them recoverable: each
    such byte is written ``\\xNN`` and each backslash doubled (:func:`raw_bytes` undoes
    it), where a replacement character would lose them."""
    raw = "".join(lines).rstrip("\r\n")
    if _has_bad_bytes([raw]):
        raw = (
            raw.replace("\\", "\\\\")
            .encode("utf-8", "surrogateescape")
            .decode("utf-8", "backslashreplace")
        )
    if len(raw) > RAW_MAX_CHARS:
        raw = raw[:RAW_MAX_CHARS] + f" [... {len(raw) - RAW_MAX_CHARS:,} more characters]"
    return raw


def _raw_bytes_of(lines: list[str]) -> bytes:
    """The bytes of lines read with ``surrogateescape``."""
    return "".join(lines).encode("utf-8", "surrogateescape")


def _has_bad_bytes(fields: list[str]) -> bool:
    return any(any("\udc80" <= ch <= "\udcff" for ch in v) for v in fields if not v.isascii())


_ESCAPED = re.compile(r"\\(\\|x[0-9a-f]{2})")


def raw_bytes(raw: str) -> bytes:
    """The original bytes of a rejected line stored with escapes (see :func:`_raw_text`):
    ``\\xNN`` back to the byte, ``\\\\`` back to one backslash. Only for a row whose
    reason says it is not UTF-8; other raw text is the line as it was."""
    out = bytearray()
    pos = 0
    for m in _ESCAPED.finditer(raw):
        out += raw[pos : m.start()].encode("utf-8")
        esc = m.group(1)
        out += b"\\" if esc == "\\" else bytes([int(esc[1:], 16)])
        pos = m.end()
    out += raw[pos:].encode("utf-8")
    return bytes(out)


def encoding_hint(data: bytes) -> str:
    """Why bytes that are not UTF-8 might be so, and what to do: Persian or Arabic text
    from Windows (Excel on Persian Windows saves CSV as Windows-1256) is named as such."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if sum("\u0600" <= ch <= "\u06ff" for ch in text) >= 2:
        return (
            "it reads as Windows-1256, the encoding Excel on Persian or Arabic Windows saves "
            "CSV in: pass --encoding cp1256, or save the file as UTF-8"
        )
    return "pass --encoding with the file's encoding, or save the file as UTF-8"


def _is_gz(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def check_file(path: Path, name: str | Path | None = None) -> None:
    """Stop with one line saying what is wrong, before DuckDB reads the file: an empty file
    (0 bytes, only white space, or nothing once decompressed), a ``.gz`` that is not gzip
    data, a ``.parquet`` without the Parquet marker, an ``.xlsx`` that is no zip archive."""
    import gzip
    import zlib

    shown = name or path
    size = path.stat().st_size
    if size == 0:
        raise IngestError(
            f"{shown}: the file is empty (0 bytes); nothing was stored", path=str(shown)
        )
    stem = path.name.lower().removesuffix(".gz")
    if _is_gz(path):
        try:
            with gzip.open(path, "rb") as f:
                head = f.read(1 << 16)
                more = bool(f.read(1))
        except (OSError, EOFError, zlib.error):
            raise IngestError(
                f"{shown}: not gzip-compressed data, though its name ends in .gz; rename it "
                "without .gz if it is plain text. Nothing was stored.",
                path=str(shown),
            ) from None
        if not more and not head.removeprefix(b"\xef\xbb\xbf").strip():
            raise IngestError(
                f"{shown}: the file is empty once decompressed; nothing was stored",
                path=str(shown),
            )
        return
    with path.open("rb") as f:
        head = f.read(1 << 16)
        if stem.endswith(".parquet"):
            f.seek(max(size - 4, 0))
            tail = f.read(4)
    if stem.endswith(".parquet"):
        if size < 12 or head[:4] != b"PAR1" or tail != b"PAR1":
            raise IngestError(
                f"{shown}: not a Parquet file (a Parquet file starts and ends with PAR1); "
                "nothing was stored",
                path=str(shown),
            )
    elif stem.endswith(".xlsx"):
        if head[:2] != b"PK":
            raise IngestError(
                f"{shown}: not an Excel .xlsx workbook (an .xlsx file is a zip archive); "
                "nothing was stored",
                path=str(shown),
            )
    elif size <= len(head) and not head.removeprefix(b"\xef\xbb\xbf").strip():
        raise IngestError(
            f"{shown}: the file is empty (only white space); nothing was stored", path=str(shown)
        )


def check_header_utf8(path: Path, name: str | Path | None = None) -> None:
    """A CSV file's header line must be UTF-8: DuckDB would otherwise read it as a data
    row and name the columns column0, column1, ... (and a mapping would miss them all)."""
    import gzip

    opener: Any = gzip.open if _is_gz(path) else open
    with opener(path, "rb") as f:
        line = f.readline(1 << 20)
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(line) - 3:  # not just a character cut at the 1 MiB limit
            shown = name or path
            raise IngestError(
                f"{shown}: the header line is not UTF-8 text; {encoding_hint(line)}",
                path=str(shown),
            ) from None


def transcode(path: Path, out: Path, encoding: str, name: str | Path | None = None) -> None:
    """Decode ``path`` (gzip too) from ``encoding`` and write it to ``out`` as UTF-8, in
    chunks. Bytes the encoding does not define are carried over as they are, so their lines
    are rejected as not UTF-8 (raw bytes kept). A file that is already UTF-8 with
    non-ASCII text is refused: decoding it as ``encoding`` would garble every such text."""
    import codecs
    import gzip

    shown = name or path
    decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
    check = codecs.getincrementaldecoder("utf-8")(errors="strict")
    utf8, non_ascii = True, False
    opener: Any = gzip.open if _is_gz(path) else open
    with (
        opener(path, "rb") as f,
        out.open("w", encoding="utf-8", errors="surrogateescape", newline="") as o,
    ):
        while chunk := f.read(1 << 20):
            non_ascii = non_ascii or not chunk.isascii()
            if utf8:
                try:
                    check.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            o.write(decoder.decode(chunk))
        o.write(decoder.decode(b"", final=True))
    if utf8 and non_ascii:
        raise IngestError(
            f"{shown} is UTF-8 text already: --encoding {encoding} would garble its "
            "non-ASCII text; leave out --encoding. Nothing was stored.",
            path=str(shown),
        )


def clean_csv(
    path: Path, out: Path, dialect: CsvDialect, name: str | Path | None = None
) -> list[str]:
    """Copy CSV ``path`` to ``out`` (RFC 4180, ``\\n``), malformed records marked; the
    header's column names (empty ones named ``column<i>``, repeats suffixed ``_<i>``).

    A record is malformed when it has more or fewer fields than the header (an unclosed
    quote shows up so: it runs on to the next quote, or the end of the file) or is not
    valid UTF-8. Blank lines are skipped, as DuckDB skips them."""
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    shown = name or path
    raw_lines: list[str] = []
    with _open_text(path) as f, out.open("w", encoding="utf-8", newline="") as o:
        for _ in range(dialect.skip_rows):
            f.readline()

        def lines() -> Any:
            for line in f:
                raw_lines.append(line)
                yield line

        reader = csv.reader(
            lines(),
            delimiter=dialect.delimiter,
            quotechar=dialect.quote or '"',
            doublequote=dialect.escape in (None, dialect.quote),
            escapechar=dialect.escape if dialect.escape not in (None, dialect.quote) else None,
            quoting=csv.QUOTE_MINIMAL if dialect.quote else csv.QUOTE_NONE,
            strict=False,
        )
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise IngestError(f"{shown}: the file is empty (no header line)", path=str(shown))
        if _has_bad_bytes(header):
            hint = encoding_hint(_raw_bytes_of(raw_lines))
            raise IngestError(
                f"{shown}: the header line is not UTF-8 text; {hint}", path=str(shown)
            )
        names: list[str] = []
        for i, h in enumerate(header):
            n = h.strip() or f"column{i}"
            names.append(n if n not in names else f"{n}_{i}")
        n_cols = len(names)
        writer = csv.writer(o, lineterminator="\n")
        writer.writerow([*names, BAD_COL, LINE_COL])
        empty = [""] * n_cols
        raw_lines.clear()
        for rec in reader:
            if not rec or (rec == [""] and n_cols > 1):
                raw_lines.clear()  # a blank line
                continue
            if len(rec) == n_cols and not _has_bad_bytes(rec):
                writer.writerow([*rec, "", ""])
                raw_lines.clear()
                continue
            line_bytes = _raw_bytes_of(raw_lines)
            raw = _raw_text(raw_lines)
            raw_lines.clear()
            if len(rec) != n_cols:
                why = f"the line has {len(rec)} field(s), the header has {n_cols}"
                if len(rec) < n_cols and any("\n" in v for v in rec):
                    why += " (an unclosed quote runs on over the following lines?)"
            else:
                why = f"the line is not valid UTF-8 text; {encoding_hint(line_bytes)}"
            writer.writerow([*empty, f"malformed CSV line: {why}", raw])
    return names


def clean_jsonl(path: Path, out: Path) -> tuple[int, int, str]:
    """Copy JSON-lines ``path`` to ``out``, each line that is not a JSON object replaced by
    one holding the reason (with its line number) and its raw text: (lines, malformed
    lines, the first one's reason)."""
    import gzip
    import json

    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    bad = good = 0
    first = ""
    with opener(path, "rb") as f, out.open("wb") as o:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                why = "" if isinstance(obj, dict) else "not a JSON object"
            except (ValueError, UnicodeDecodeError) as exc:
                if isinstance(exc, json.JSONDecodeError):
                    why = f"column {exc.colno}: {exc.msg.removesuffix(' at')}"
                else:
                    why = f"not UTF-8 text; {encoding_hint(line)}"
            if not why:
                good += 1
                o.write(line if line.endswith(b"\n") else line + b"\n")
                continue
            bad += 1
            raw = _raw_text([line.decode("utf-8", "surrogateescape")])
            sep = ", " if why.startswith("column") else ": "
            reason = f"malformed JSON line {lineno}{sep}{why}"
            first = first or reason
            mark = {BAD_COL: reason, LINE_COL: raw}
            o.write(json.dumps(mark, ensure_ascii=False).encode("utf-8") + b"\n")
    return good + bad, bad, first
