"""Classify a column of a CSV, JSON-lines or Parquet file, streaming, into another file.

Formats follow the file extension (``.csv``/``.tsv``/``.txt``, ``.jsonl``/``.ndjson``/
``.json``, ``.parquet``); the output's extension must be one of these too (``.txt`` is read
as CSV but never written). Rows are read and written in chunks, so memory stays flat however
large the file is. Every input row comes out, with these columns added :

``category``, ``category_confidence``, ``services`` (``id:confidence;id:confidence``
in CSV/Parquet, a list of objects in JSON lines; every confidence with 4 decimals, never 0
or 1: see ``PROBABILITY_DECIMALS``), ``lang`` (``fa``, ``en``, ``fa-Latn`` for Persian
in Latin letters, ``mixed``, ...: :func:`~azadkar.text.detect_language`) and ``flag`` (empty when the
cell was fine; ``empty``, ``binary``, ``no_words`` or ``too_long`` otherwise). These five
names are fixed: an input column with one of them (Upwork's own ``category``) is kept, with
its values untouched, under ``input_<name>`` (``input_category``).

Text files are read as UTF-8 (a byte-order mark is fine) unless ``encoding`` names another
(``cp1256`` for a Windows Persian export). A file that is not text in that encoding stops
the run before anything is written, naming the line and, where it can tell, the encoding
the file seems to be in: bytes are never replaced by U+FFFD behind the user's back. The
other way round, a file that is UTF-8 text already is refused with another ``encoding``
(``cp1256`` would turn ``طراحی`` into ``ط·ط±ط§ط­غŒ``), and so is a codec that is not a text
encoding (``base64``).

Nothing in a row is dropped on the way:

- a CSV row with more fields than the header (an unquoted comma in a title) keeps the
  extra fields joined back onto its last column with the delimiter, as they stood in the
  line, and gets the flag ``extra_fields`` (after the cell's own flag, ``;``-separated);
- a header that names a column twice (``title,title``) keeps both: the second is written
  as ``title_2`` (``FileSummary.duplicates`` says so), and ``column="title"`` is refused as
  ambiguous, naming both positions;
- a quote that is opened and never closed would swallow the rest of the file into one
  cell: the run stops, naming the line where the quote opens;
- a ``.csv`` file whose header line has no comma but semicolons, tabs or bars is read with
  that delimiter (Excel writes semicolons in many locales);
- JSON lines are read twice: first every line is checked (a line that is not a JSON object
  stops the run, naming the line, before anything is written) and every key collected, so
  keys that first appear late still get a column in CSV and Parquet output; objects and
  lists in a cell are written as JSON text there, and a column whose values have more than
  one type is written as text in Parquet. A NaN in a cell is written as ``null`` in JSON
  lines and an infinity as the text ``"Infinity"``/``"-Infinity"``: JSON has no such numbers.

The output is written to a temporary file beside it and renamed at the end, so a run that
stops on an error leaves no half-written output (and an older output file untouched). Its
folder must exist: a missing one is an error, not made.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from azadkar.errors import IngestError

NEW_COLUMNS = ("category", "category_confidence", "services", "lang", "flag")
CHUNK = 20_000
INPUT_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# .txt is read as CSV, but a .txt output would hide that it is CSV.
OUTPUT_SUFFIXES = {k: v for k, v in INPUT_SUFFIXES.items() if k != ".txt"}

csv.field_size_limit(2**31 - 1)

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _fa(value: object) -> str:
    return str(value).translate(_FA_DIGITS)


@dataclass
class FileSummary:
    """What happened to a file: rows in and out, categories and flags counted."""

    input: str
    output: str
    column: str
    engine: str
    model_version: str
    rows: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    # input columns renamed because they carry one of the added names: {old: new}
    columns: dict[str, str] = field(default_factory=dict)
    # header names given to more than one column: the later ones' new names,
    # [{"position": 2, "name": "title", "output_name": "title_2"}] (positions from 1)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    encoding: str = "utf-8"

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "output": self.output,
            "column": self.column,
            "engine": self.engine,
            "model_version": self.model_version,
            "encoding": self.encoding,
            "rows": self.rows,
            "categories": dict(self.categories.most_common()),
            "flags": dict(self.flags.most_common()),
            "added_columns": list(NEW_COLUMNS),
            "renamed_input_columns": self.columns,
            "renamed_duplicate_columns": self.duplicates,
        }


def file_kind(path: Path) -> str:
    """``csv``, ``jsonl`` or ``parquet`` for an input file, by its extension."""
    ext = path.suffix.lower()
    if ext in INPUT_SUFFIXES:
        return INPUT_SUFFIXES[ext]
    raise IngestError(
        f"{path}: unknown file type {ext!r}; use .csv, .tsv, .jsonl or .parquet",
        message_fa=f"{path}: نوع پروندهٔ «{ext}» شناخته نیست؛ از .csv، .tsv، .jsonl یا "
        ".parquet استفاده کنید",
        path=str(path),
    )


def output_kind(path: Path) -> str:
    """``csv``, ``jsonl`` or ``parquet`` for an output file; any other extension is refused."""
    ext = path.suffix.lower()
    if ext in OUTPUT_SUFFIXES:
        return OUTPUT_SUFFIXES[ext]
    known = ", ".join(OUTPUT_SUFFIXES)
    return _refuse(
        f"--output {path}: azadkar does not write {ext or 'files without an extension'}; "
        f"end the name with one of {known} (the extension chooses the format)",
        f"--output {path}: آزادکار پرونده{' ' + ext if ext else ' بدون پسوند'} نمی‌نویسد؛ "
        f"نام را با یکی از این پسوندها تمام کنید: {'، '.join(OUTPUT_SUFFIXES)} "
        "(پسوند، قالب را تعیین می‌کند)",
        path=str(path),
    )


def _refuse(message: str, message_fa: str, **data: Any) -> Any:
    raise IngestError(message, message_fa=message_fa, **data)


def text_codec(encoding: str) -> str:
    """The codec name to read ``encoding`` with (UTF-8 as ``utf-8-sig``: a BOM is skipped).

    An unknown name is refused, and so is a codec that does not turn bytes into text
    (``base64``, ``rot13``, ``hex``, ``zip``: Python has them, a text file is in none).
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise IngestError(
            f"unknown --encoding {encoding!r}; e.g. utf-8, cp1256 (Windows Persian/Arabic), "
            "utf-16 or latin-1",
            message_fa=f"رمزگذاری «{encoding}» (--encoding) شناخته نیست؛ برای نمونه utf-8، "
            "cp1256 (ویندوز فارسی/عربی)، utf-16 یا latin-1",
            encoding=encoding,
        ) from None
    try:
        io.TextIOWrapper(io.BytesIO(), encoding=name)
    except LookupError:  # "'base64' is not a text encoding"
        raise IngestError(
            f"--encoding {encoding!r} is not a text encoding (it turns bytes into other "
            "bytes, or text into other text); give the encoding the file's text is in, "
            "e.g. utf-8, cp1256 (Windows Persian/Arabic), utf-16 or latin-1",
            message_fa=f"«{encoding}» (--encoding) رمزگذاری متن نیست (بایت‌ها را به بایت‌های "
            "دیگر یا متن را به متن دیگر برمی‌گرداند)؛ رمزگذاری متن پرونده را بدهید، برای نمونه "
            "utf-8، cp1256 (ویندوز فارسی/عربی)، utf-16 یا latin-1",
            encoding=encoding,
        ) from None
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


def output_folder(path: Path) -> None:
    """IngestError unless the folder ``path`` is to be written in exists (it is not made:
    a mistyped folder is an error, as for ``assess --report`` and ``market report``)."""
    parent = path.parent
    if parent.is_dir():
        return
    if parent.exists():
        raise IngestError(
            f"{parent} is a file, not a folder (for --output {path}); nothing was written",
            message_fa=f"{parent} پرونده است، نه پوشه (برای --output {path})؛ چیزی نوشته نشد",
            path=str(path),
        )
    raise IngestError(
        f"folder {parent} does not exist (for --output {path}); create it or choose "
        "another folder (nothing was written)",
        message_fa=f"پوشهٔ {parent} وجود ندارد (برای --output {path})؛ آن را بسازید یا پوشهٔ "
        "دیگری را بدهید (چیزی نوشته نشد)",
        path=str(path),
    )


def check_not_utf8(path: Path, codec: str, given: str | None = None) -> None:
    """Refuse to read a file that is UTF-8 text already in another encoding: every
    non-ASCII letter would come out garbled (``طراحی`` as ``ط·ط±ط§ط­غŒ``), never refused.

    One pass over the bytes, in 1 MB chunks, that stops at the first byte that is not
    UTF-8: a file really in a legacy encoding (Windows-1256) has one at its first
    non-ASCII letter. For UTF-16/32, a file that is valid UTF-8 with no NUL byte (ASCII
    text) is refused too: such text in UTF-16 has a NUL beside every ASCII character,
    its line ends included.
    """
    if codec in ("utf-8-sig", "utf-8"):
        return
    given = given or codec  # as the person typed it
    wide = codec.startswith(("utf-16", "utf-32"))
    check = codecs.getincrementaldecoder("utf-8")("strict")
    non_ascii = nul = False
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                non_ascii = non_ascii or not chunk.isascii()
                nul = nul or (wide and b"\0" in chunk)
                check.decode(chunk)
            check.decode(b"", final=True)
    except UnicodeDecodeError:
        return  # not UTF-8: the file may well be in the encoding given
    except OSError:
        return  # the reader names the problem
    if non_ascii:
        raise IngestError(
            f"{path} is UTF-8 text already: --encoding {given} would garble its non-ASCII "
            "text (Persian letters among it); leave out --encoding (nothing was written)",
            message_fa=f"{path} از پیش متن UTF-8 است: --encoding {given} نوشته‌های غیرلاتین "
            "آن (از جمله حروف فارسی) را درهم می‌ریزد؛ --encoding را ندهید (چیزی نوشته نشد)",
            path=str(path),
            encoding=codec,
        )
    if wide and not nul:
        raise IngestError(
            f"{path} is not {given} text: it has no NUL bytes, so it is plain ASCII (UTF-8) "
            "text; leave out --encoding (nothing was written)",
            message_fa=f"{path} متن {given} نیست: هیچ بایت NUL ندارد، پس متن سادهٔ ASCII "
            "(UTF-8) است؛ --encoding را ندهید (چیزی نوشته نشد)",
            path=str(path),
            encoding=codec,
        )


# Every probability in an output file (``category_confidence`` and each service's
# confidence in ``services``; CSV, JSON lines and Parquet alike) is rounded to this many
# decimals, so that a column reads evenly (0.9400, 0.5530, 0.9999), never
# ``0.9999974`` next to ``1.0000``. A probability is never written as 0 or 1, which would
# claim a certainty the model does not give (even an exact 1.0 is float32 saturating): one
# that would round to 0 or 1 is written as the nearest value that does not, 0.0001 or
# 0.9999. Parquet keeps its float64 column, holding these same values.
PROBABILITY_DECIMALS = 4
_STEP = 10.0**-PROBABILITY_DECIMALS


def probability_cell(p: float) -> float:
    """``p`` as an output file holds it: ``PROBABILITY_DECIMALS`` (4) decimals, within
    [0.0001, 0.9999] (``0.99999`` -> ``0.9999``, ``3e-06`` -> ``0.0001``, ``0.94`` -> ``0.94``)."""
    r = round(float(p), PROBABILITY_DECIMALS)
    return round(min(max(r, _STEP), 1.0 - _STEP), PROBABILITY_DECIMALS)


def probability_cell_text(p: float) -> str:
    """:func:`probability_cell` as CSV text, always with its 4 decimals (``0.9400``)."""
    return f"{probability_cell(p):.{PROBABILITY_DECIMALS}f}"


def _services_text(services: list[tuple[str, float]]) -> str:
    return ";".join(f"{s}:{probability_cell_text(p)}" for s, p in services)


def _input_names(input_columns: list[str]) -> dict[str, str]:
    """Output name of each input column: itself, or ``input_<name>`` when it is one of the
    five names azadkar adds (more ``input_`` prefixes if that is taken too)."""
    taken = set(input_columns) | set(NEW_COLUMNS)
    out = {}
    for c in input_columns:
        name = c
        if c in NEW_COLUMNS:
            name = f"input_{c}"
            while name in taken:
                name = f"input_{name}"
            taken.add(name)
        out[c] = name
    return out


def _unique_columns(names: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """Names made unique (the second ``title`` becomes ``title_2``) and what was renamed."""
    taken = set(names)
    seen: Counter[str] = Counter()
    out: list[str] = []
    renamed: list[dict[str, Any]] = []
    for pos, name in enumerate(names, start=1):
        seen[name] += 1
        if seen[name] == 1:
            out.append(name)
            continue
        k = seen[name]
        new = f"{name}_{k}" if name else f"column_{pos}"
        while new in taken:
            k += 1
            new = f"{name}_{k}" if name else f"column_{pos}_{k}"
        taken.add(new)
        out.append(new)
        renamed.append({"position": pos, "name": name, "output_name": new})
    return out, renamed


def _check_column(
    src: Path, column: str, header: list[str], columns: list[str], what: str = "column"
) -> None:
    """IngestError unless ``column`` names exactly one of ``columns`` (``header`` as read)."""
    positions = [i for i, h in enumerate(header, start=1) if h == column]
    if len(positions) > 1:
        later = {pos: columns[pos - 1] for pos in positions[1:]}
        alt = ", ".join(f"--column {n} for column {p}" for p, n in later.items())
        alt_fa = "، ".join(f"--column {n} برای ستون {_fa(p)}" for p, n in later.items())
        where = ", ".join(str(p) for p in positions[:-1]) + f" and {positions[-1]}"
        where_fa = "، ".join(_fa(p) for p in positions[:-1]) + f" و {_fa(positions[-1])}"
        both = "both" if len(positions) == 2 else "all"
        raise IngestError(
            f"{src}: --column {column!r} is ambiguous: columns {where} are {both} called "
            f"{column!r}; rename one in the file, or pass {alt}",
            message_fa=f"{src}: نام ستون «{column}» (--column) دوپهلوست: ستون‌های {where_fa} "
            f"همه «{column}» نام دارند؛ یکی را در پرونده تغییر نام دهید یا {alt_fa} را بدهید",
            column=column,
            positions=positions,
        )
    if column not in columns:
        shown = ", ".join(repr(c) for c in columns)
        raise IngestError(
            f"{src} has no {what} {column!r}; its {what}s are: {shown}",
            message_fa=f"{src} ستونی به نام «{column}» ندارد؛ ستون‌هایش: "
            + "، ".join(f"«{c}»" for c in columns),
            column=column,
            columns=columns,
        )


def _empty(src: Path, why: str = "", why_fa: str = "") -> IngestError:
    return IngestError(
        f"{src}: the file is empty{why}; nothing to classify",
        message_fa=f"{src}: پرونده خالی است{why_fa}؛ چیزی برای طبقه‌بندی نیست",
        path=str(src),
    )


# -- text that is not in the expected encoding -------------------------------------------
def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, name) a byte string most likely is in, or None when it does not look like text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32", "UTF-32"
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if odd > len(head) // 3:
            return "utf-16-le", "UTF-16 (little-endian)"
        if even > len(head) // 3:
            return "utf-16-be", "UTF-16 (big-endian)"
        return None
    as_utf8 = data.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    if broken and sum(ord(c) > 127 for c in as_utf8) > 4 * broken:
        return "utf-8", "UTF-8 with a few broken bytes"
    text = data.decode("cp1256", "replace")
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return None
    arabic = sum("\u0600" <= c <= "\u06ff" or c in "\u200c\u200f" for c in non_ascii)
    if arabic >= 0.6 * len(non_ascii):
        return "cp1256", "Windows-1256"
    controls = sum(c < " " and c not in "\t\r\n" for c in data.decode("latin-1"))
    if controls > len(data) // 20:
        return None
    return "cp1252", "Windows-1252"


def _decode_error(path: Path, codec: str, exc: UnicodeDecodeError) -> IngestError:
    """A clear error for a file that is not text in ``codec``: the line, and a guess."""
    line_no: int | None = None
    sample = exc.object[max(exc.start - 2000, 0) : exc.end + 4000]
    try:  # find the line by decoding again, line by line (only on this error path)
        dec = codecs.getincrementaldecoder(codec)("strict")
        with path.open("rb") as raw:
            for n, line in enumerate(raw, start=1):
                try:
                    dec.decode(line)
                except UnicodeDecodeError:
                    line_no = n
                    sample = line + raw.read(1 << 16)
                    break
    except OSError:
        pass
    at = f"line {line_no}" if line_no else f"byte {exc.start}"
    at_fa = f"سطر {_fa(line_no)}" if line_no else f"بایت {_fa(exc.start)}"
    data = {"path": str(path), "encoding": codec, "line": line_no}
    if codec not in ("utf-8-sig", "utf-8"):
        return IngestError(
            f"{path} is not {codec} text: {at} has bytes that cannot be read as {codec}; "
            "check --encoding (nothing was written)",
            message_fa=f"{path} متن {codec} نیست: {at_fa} بایت‌هایی دارد که با {codec} خوانده "
            "نمی‌شوند؛ --encoding را بررسی کنید (چیزی نوشته نشد)",
            **data,
        )
    guess = _guess_encoding(sample)
    if guess is None:
        return IngestError(
            f"{path} is not UTF-8 text and does not look like text at all (a binary file?); "
            f"the first byte that is not UTF-8 is on {at}; nothing was written",
            message_fa=f"{path} متن UTF-8 نیست و اصلاً به متن نمی‌ماند (پرونده‌ای دودویی؟)؛ "
            f"نخستین بایت نادرست در {at_fa} است؛ چیزی نوشته نشد",
            **data,
        )
    codec_guess, name = guess
    if codec_guess == "utf-8":
        return IngestError(
            f"{path} is not valid UTF-8 text: it is mostly UTF-8 but {at} has broken bytes "
            "(a file cut or joined badly?); repair or export it again (nothing was written)",
            message_fa=f"{path} متن UTF-8 درستی نیست: بیشترش UTF-8 است اما {at_fa} بایت‌های "
            "خراب دارد (پرونده‌ای که بد بریده یا بد چسبانده شده؟)؛ آن را درست کنید یا دوباره "
            "بگیرید (چیزی نوشته نشد)",
            **data,
        )
    return IngestError(
        f"{path} is not UTF-8 text (it looks like {name}); save it as UTF-8 or pass "
        f"--encoding {codec_guess} (the first byte that is not UTF-8 is on {at}; "
        "nothing was written)",
        message_fa=f"{path} متن UTF-8 نیست (به نظر {name} است)؛ آن را با رمزگذاری UTF-8 "
        f"ذخیره کنید یا --encoding {codec_guess} را بدهید (نخستین بایت نادرست در {at_fa} "
        "است؛ چیزی نوشته نشد)",
        **data,
    )


def _codec_error(path: Path, codec: str, exc: UnicodeError) -> IngestError:
    """A clear error for a decoder that gave up on the file as a whole (no byte to name:
    "UTF-16 stream does not start with BOM")."""
    reason = str(exc)
    hint = hint_fa = ""
    if codec in ("utf-16", "utf-32"):
        size = codec.removeprefix("utf-")
        hint = (
            f"; a UTF-{size} file without a byte-order mark needs --encoding "
            f"utf-{size}-le or utf-{size}-be"
        )
        hint_fa = (
            f"؛ پروندهٔ UTF-{size} بدون نشانهٔ ترتیب بایت (BOM) به --encoding utf-{size}-le "
            f"یا utf-{size}-be نیاز دارد"
        )
    return IngestError(
        f"{path} cannot be read as {codec} text ({reason}){hint}; check --encoding "
        "(nothing was written)",
        message_fa=f"{path} را نمی‌توان به‌صورت متن {codec} خواند ({reason}){hint_fa}؛ "
        "--encoding را بررسی کنید (چیزی نوشته نشد)",
        path=str(path),
        encoding=codec,
    )


def _open_text(
    path: Path, codec: str, newline: str | None = None
) -> tuple[io.TextIOWrapper, io.BufferedReader]:
    """The file as text in ``codec`` (strict), and the bytes under it (for progress)."""
    raw = path.open("rb")
    return io.TextIOWrapper(raw, encoding=codec, errors="strict", newline=newline), raw


EXTRA_FIELDS = "extra_fields"
# The key under which a CSV reader passes a row's extra-fields flag to the driver.
_ROW_FLAG = "\x00azadkar_row_flag"
# Fed to the CSV reader after the last line: it forms a record of its own, unless a quote
# opened earlier is still open, when it ends up inside that record's last cell.
_END = "\ufdd0azadkar:end-of-file\ufdd1"


def _csv_delimiter(path: Path, head: str) -> str:
    """``\t`` for .tsv; for .csv a comma unless the header line has none but ``;``, tab or ``|``."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    if "," in head:
        return ","
    counts = {d: head.count(d) for d in (";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unclosed_quote_line(path: Path, codec: str, delimiter: str) -> int:
    """The line on which the last record of a CSV file starts (the one whose quote is open)."""
    f, _ = _open_text(path, codec, newline="")
    with f:
        reader = csv.reader(f, delimiter=delimiter)
        start = before = 0
        for _ in reader:
            start = before + 1
            before = reader.line_num
    return start


# -- readers: each yields (columns, list of row dicts) chunks, the first one even when the
# file has no rows, and reports its progress (bytes or rows read) --------------------------
def _read_csv(
    path: Path,
    progress: Callable[[int], None],
    column: str,
    codec: str = "utf-8-sig",
    info: dict[str, Any] | None = None,
) -> Iterator[tuple[list[str], list[dict]]]:
    info = info if info is not None else {}
    f, raw = _open_text(path, codec, newline="")
    with f:
        try:
            head = f.readline()
            delimiter = _csv_delimiter(path, head)
            reader = csv.reader(chain([head], f, [_END]), delimiter=delimiter)
            header = next(reader)
            while header != [_END] and not any(h.strip() for h in header):
                header = next(reader)  # blank lines before the header
            if header == [_END]:
                raise _empty(path, " (no header line)", " (سطر سرستون ندارد)")
            if header[-1].endswith(_END):
                raise IngestError(
                    f'{path}, line 1: the header has a quote (") that is never closed; '
                    "nothing was written",
                    message_fa=f'{path}، سطر ۱: در سطر سرستون گیومه‌ای (") باز شده و هرگز '
                    "بسته نشده است؛ چیزی نوشته نشد",
                    line=1,
                )
            header = [h.strip() for h in header]
            columns, info["duplicates"] = _unique_columns(header)
            _check_column(path, column, header, columns)
            width = len(columns)
            chunk: list[dict] = []
            reported = 0
            for rec in reader:
                if len(rec) < width:
                    rec = rec + [""] * (width - len(rec))
                row = dict(zip(columns, rec, strict=False))
                if len(rec) > width and width:
                    # Keep what the line said: the extra fields go back onto the last column.
                    row[columns[-1]] = delimiter.join(rec[width - 1 :])
                    row[_ROW_FLAG] = EXTRA_FIELDS
                chunk.append(row)
                # One record is always held back: the last one is the end marker's.
                if len(chunk) > CHUNK:
                    yield columns, chunk[:CHUNK]
                    chunk = chunk[CHUNK:]
                    done = raw.tell()
                    progress(done - reported)
                    reported = done
        except UnicodeDecodeError as exc:
            raise _decode_error(path, codec, exc) from None
        except UnicodeError as exc:
            raise _codec_error(path, codec, exc) from None
        except csv.Error as exc:
            raise IngestError(
                f"{path}, line {reader.line_num}: not readable as CSV ({exc}); nothing was written",
                message_fa=f"{path}، سطر {_fa(reader.line_num)}: به‌صورت CSV خوانده نمی‌شود "
                f"({exc})؛ چیزی نوشته نشد",
                line=reader.line_num,
            ) from None
        last = chunk.pop()
        if not (last.get(columns[0]) == _END and not any(last.get(c) for c in columns[1:])):
            line = _unclosed_quote_line(path, codec, delimiter)
            raise IngestError(
                f'{path}, line {line}: a quote (") opens a cell there and is never closed, so '
                "the rest of the file would be read as that one cell; close or remove the "
                "quote (nothing was written)",
                message_fa=f'{path}، سطر {_fa(line)}: گیومه‌ای (") در این سطر خانه‌ای را باز '
                "می‌کند و هرگز بسته نمی‌شود، پس باقی پرونده در همان یک خانه خوانده می‌شد؛ "
                "گیومه را ببندید یا بردارید (چیزی نوشته نشد)",
                line=line,
            )
        yield columns, chunk
        progress(raw.tell() - reported)


def _jsonl_objects(f: io.TextIOWrapper, path: Path) -> Iterator[tuple[int, dict | None]]:
    """(line number, object or None for a blank line); IngestError on a bad line."""
    for n, text in enumerate(f, start=1):
        line = text.strip()
        if not line:
            yield n, None
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(
                f"{path}, line {n}: not valid JSON ({exc.msg}); nothing was written",
                message_fa=f"{path}، سطر {_fa(n)}: JSON درستی نیست ({exc.msg})؛ چیزی نوشته نشد",
                line=n,
            ) from exc
        if not isinstance(obj, dict):
            raise IngestError(
                f"{path}, line {n}: each line must be a JSON object; nothing was written",
                message_fa=f"{path}، سطر {_fa(n)}: هر سطر باید یک شیء JSON باشد ({{...}})؛ "
                "چیزی نوشته نشد",
                line=n,
            )
        yield n, obj


def _scan_jsonl(path: Path, codec: str = "utf-8-sig") -> tuple[list[str], set[str], int]:
    """Every key of the file in first-seen order, the keys holding mixed types, and the
    number of objects."""
    columns: dict[str, set[str]] = {}
    count = 0
    f, _ = _open_text(path, codec)
    with f:
        try:
            for _, obj in _jsonl_objects(f, path):
                if obj is None:
                    continue
                count += 1
                for k, v in obj.items():
                    kinds = columns.setdefault(k, set())
                    if v is not None:
                        kinds.add("text" if isinstance(v, dict | list) else type(v).__name__)
        except UnicodeDecodeError as exc:
            raise _decode_error(path, codec, exc) from None
        except UnicodeError as exc:
            raise _codec_error(path, codec, exc) from None
    mixed = {k for k, kinds in columns.items() if len(kinds) > 1 or kinds == {"text"}}
    return list(columns), mixed, count


def _read_jsonl(
    path: Path, progress: Callable[[int], None], columns: list[str], codec: str = "utf-8-sig"
) -> Iterator[tuple[list[str], list[dict]]]:
    chunk: list[dict] = []
    reported = 0
    f, raw = _open_text(path, codec)
    with f:
        for _, obj in _jsonl_objects(f, path):
            if obj is not None:
                chunk.append(obj)
                if len(chunk) >= CHUNK:
                    yield columns, chunk
                    done = raw.tell()
                    progress(done - reported)
                    reported = done
                    chunk = []
        yield columns, chunk
        progress(raw.tell() - reported)


def _open_parquet(path: Path) -> Any:
    import pyarrow.parquet as pq

    try:
        if path.is_file() and path.stat().st_size == 0:
            raise _empty(path)
        return pq.ParquetFile(path)
    except IngestError:
        raise
    except Exception as exc:  # pyarrow raises several types for a broken file
        raise IngestError(
            f"{path}: not a readable Parquet file ({exc})",
            message_fa=f"{path}: پروندهٔ Parquet خواندنی نیست ({exc})",
            path=str(path),
        ) from None


def parquet_rows(path: str | Path) -> int:
    """The number of rows of a Parquet file (IngestError when it is not one)."""
    return int(_open_parquet(Path(path)).metadata.num_rows)


# -- the driver --------------------------------------------------------------------------
def classify_file(
    input_path: str | Path,
    column: str,
    output_path: str | Path,
    engine: str = "fast",
    *,
    top: int = 3,
    progress: Callable[[int], None] | None = None,
    encoding: str = "utf-8",
) -> FileSummary:
    """Classify ``column`` of every row of ``input_path`` into ``output_path``.

    ``progress`` is called with the number of input bytes (CSV/JSON lines) or rows
    (Parquet) handled since the last call. ``encoding`` is that of a CSV or JSON-lines
    input (UTF-8 by default, with or without a BOM); the output is always UTF-8.
    """
    from azadkar.text._classify import classify_many, load_classifier

    src, dst = Path(input_path), Path(output_path)
    if not src.exists():
        raise IngestError(
            f"input file not found: {src}",
            message_fa=f"پروندهٔ ورودی پیدا نشد: {src}",
            path=str(src),
        )
    if src.is_dir():
        raise IngestError(
            f"{src} is a folder; give the file to classify",
            message_fa=f"{src} یک پوشه است؛ خود پرونده را بدهید",
            path=str(src),
        )
    if src.resolve() == dst.resolve():
        raise IngestError(
            "the output file must differ from the input file",
            message_fa="پروندهٔ خروجی باید با پروندهٔ ورودی فرق داشته باشد",
            path=str(dst),
        )
    kind_in, kind_out = file_kind(src), output_kind(dst)
    if dst.is_dir():
        raise IngestError(
            f"--output {dst} is a folder; give a file name",
            message_fa=f"--output {dst} یک پوشه است؛ نام یک پرونده را بدهید",
            path=str(dst),
        )
    output_folder(dst)
    codec = text_codec(encoding)
    if src.is_file() and src.stat().st_size == 0:
        raise _empty(src)
    if kind_in != "parquet":
        check_not_utf8(src, codec, encoding)
    clf = load_classifier(engine)
    summary = FileSummary(str(src), str(dst), column, engine, clf.version_)
    summary.encoding = "parquet" if kind_in == "parquet" else codecs.lookup(encoding).name
    tick = progress or (lambda n: None)

    mixed: set[str] = set()
    info: dict[str, Any] = {}
    if kind_in == "parquet":
        chunks = _read_parquet(src, tick, column, info)
    elif kind_in == "csv":
        chunks = _read_csv(src, tick, column, codec, info)
    else:
        all_columns, mixed, count = _scan_jsonl(src, codec)
        if not count:
            raise _empty(src, " (no JSON object on any line)", " (هیچ سطری شیء JSON ندارد)")
        if column not in all_columns:
            raise IngestError(
                f"{src} has no key {column!r} on any line; its keys are: {', '.join(all_columns)}",
                message_fa=f"{src} در هیچ سطری کلید «{column}» ندارد؛ کلیدهایش: "
                + "، ".join(f"«{c}»" for c in all_columns),
                column=column,
                columns=all_columns,
            )
        chunks = _read_jsonl(src, tick, all_columns, codec)

    writer: _Writer | None = None
    done = False
    try:
        for columns, rows in chunks:
            if writer is None:
                summary.duplicates = info.get("duplicates", [])
                renamed = _input_names(columns)
                summary.columns = {c: n for c, n in renamed.items() if c != n}
                writer = _Writer(dst, kind_out, columns, renamed, text_columns=mixed)
            if not rows:
                continue
            texts = [r.get(column) for r in rows]
            res = classify_many(
                [t if isinstance(t, str) or t is None else _cell_text(t) for t in texts],
                engine,
                top=top,
                classifier=clf,
            )
            res.flag = [
                ";".join(x for x in (f, r.pop(_ROW_FLAG, "")) if x)
                for f, r in zip(res.flag, rows, strict=True)
            ]
            writer.write(rows, res)
            summary.rows += len(rows)
            summary.categories.update(c or "(not classified)" for c in res.category)
            # "ignored:paid hourly|ASAP" counts as its code, "ignored".
            summary.flags.update(
                code.partition(":")[0] for f in res.flag if f for code in f.split(";")
            )
        if writer is None:  # a reader yields its columns at least once; this is a safeguard
            raise _empty(src)
        done = True
    finally:
        if writer is not None:
            writer.close(keep=done)
    return summary


def _read_parquet(
    path: Path,
    progress: Callable[[int], None],
    column: str,
    info: dict[str, Any] | None = None,
) -> Iterator[tuple[list[str], list[dict]]]:
    import pyarrow as pa

    info = info if info is not None else {}
    pf = _open_parquet(path)
    header = list(pf.schema_arrow.names)
    columns, info["duplicates"] = _unique_columns(header)
    _check_column(path, column, header, columns)
    any_rows = False
    for batch in pf.iter_batches(batch_size=CHUNK):
        if info["duplicates"]:
            batch = pa.RecordBatch.from_arrays(batch.columns, names=columns)
        rows = batch.to_pylist()
        any_rows = True
        yield columns, rows
        progress(len(rows))
    if not any_rows:
        yield columns, []


def _csv_cell(value: Any) -> Any:
    return _cell_text(value) if isinstance(value, dict | list) else value


def _cell_text(value: Any) -> str:
    """A non-text cell as text: objects and lists as JSON, anything else with ``str``."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


class _Writer:
    """Appends chunks of rows (plus the new columns) to a CSV, JSON-lines or Parquet file.

    ``names`` gives each input column's output name (see :func:`_input_names`); the five
    added columns always carry their fixed names. ``text_columns`` (input names) are
    written as text in Parquet (JSON-lines keys holding mixed types or objects/lists, which
    one Parquet column type cannot hold from chunk to chunk).
    """

    def __init__(
        self,
        path: Path,
        kind: str,
        columns: list[str],
        names: dict[str, str],
        text_columns: set[str] | None = None,
    ):
        self.path = path
        self.kind = kind
        self.columns = columns
        self.names = names
        self.text_columns = text_columns or set()
        self._pq: Any = None
        self._schema: Any = None
        # Written beside the output and renamed at the end: an error leaves no half file.
        self.tmp = path.with_name(f".{path.name}.azadkar-partial")
        try:
            if kind in ("csv", "jsonl"):
                self._f = self.tmp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        if kind == "csv":
            delim = "\t" if path.suffix.lower() == ".tsv" else ","
            self._csv = csv.writer(self._f, delimiter=delim)
            self._csv.writerow([*(names[c] for c in columns), *NEW_COLUMNS])

    def write(self, rows: list[dict], res: Any) -> None:
        # Every probability with PROBABILITY_DECIMALS (4) decimals, never 0 or 1.
        if self.kind == "csv":
            for i, r in enumerate(rows):
                self._csv.writerow(
                    [
                        *("" if r.get(c) is None else _csv_cell(r.get(c)) for c in self.columns),
                        res.category[i],
                        probability_cell_text(res.category_confidence[i])
                        if res.category[i]
                        else "",
                        _services_text(res.services[i]),
                        res.lang[i],
                        res.flag[i],
                    ]
                )
        elif self.kind == "jsonl":
            for i, r in enumerate(rows):
                out = {self.names.get(k, k): v for k, v in r.items()}
                out["category"] = res.category[i] or None
                out["category_confidence"] = (
                    probability_cell(res.category_confidence[i]) if res.category[i] else None
                )
                out["services"] = [
                    {"service": s, "confidence": probability_cell(p)} for s, p in res.services[i]
                ]
                out["lang"] = res.lang[i]
                out["flag"] = res.flag[i] or None
                try:
                    line = json.dumps(out, ensure_ascii=False, default=str, allow_nan=False)
                except ValueError:  # a NaN or infinity in an input cell: JSON has neither
                    line = json.dumps(
                        _json_safe(out), ensure_ascii=False, default=str, allow_nan=False
                    )
                self._f.write(line + "\n")
        else:
            self._write_parquet(rows, res)

    def _write_parquet(self, rows: list[dict], res: Any) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data: dict[str, list[Any]] = {
            self.names[c]: (
                [None if r.get(c) is None else _cell_text(r.get(c)) for r in rows]
                if c in self.text_columns
                else [r.get(c) for r in rows]
            )
            for c in self.columns
        }
        data["category"] = [c or None for c in res.category]
        data["category_confidence"] = [
            probability_cell(p) if c else None
            for c, p in zip(res.category, res.category_confidence, strict=True)
        ]
        data["services"] = [_services_text(s) for s in res.services]
        data["lang"] = list(res.lang)
        data["flag"] = [f or None for f in res.flag]
        if self._schema is None:
            table = pa.table(data)
            # Columns that are all null in the first chunk would be typed null; keep
            # every input column as written by the first chunk but make added ones fixed.
            input_of = {out: c for c, out in self.names.items()}
            fields = []
            for name in table.column_names:
                f = table.schema.field(name)
                if pa.types.is_null(f.type):
                    # Typed from later chunks it could be anything: keep it as text.
                    f = pa.field(name, pa.string())
                    if name in input_of:
                        self.text_columns.add(input_of[name])
                fields.append(f)
            fields = [
                pa.field("category_confidence", pa.float64())
                if f.name == "category_confidence"
                else f
                for f in fields
            ]
            self._schema = pa.schema(fields)
            try:
                self._pq = pq.ParquetWriter(self.tmp, self._schema)
            except OSError as exc:
                raise _cannot_write(self.path, exc) from None
        table = pa.table(data, schema=self._schema)
        self._pq.write_table(table)

    def close(self, keep: bool = True) -> None:
        """Finish the file and put it in place (``keep``), or throw the partial file away."""
        try:
            if self.kind == "parquet":
                if self._pq is not None:
                    self._pq.close()
                elif keep:
                    import pyarrow as pa
                    import pyarrow.parquet as pq

                    cols = [*(self.names[c] for c in self.columns), *NEW_COLUMNS]
                    table = pa.table({c: pa.array([], pa.string()) for c in cols})
                    pq.write_table(table, self.tmp)
            else:
                self._f.close()
            if keep:
                os.replace(self.tmp, self.path)
        except OSError as exc:
            keep = False
            raise _cannot_write(self.path, exc) from None
        finally:
            if not keep:
                self.tmp.unlink(missing_ok=True)


def _cannot_write(path: Path, exc: OSError) -> IngestError:
    reason = exc.strerror or str(exc)
    return IngestError(
        f"cannot write --output {path}: {reason}",
        message_fa=f"نوشتن پروندهٔ خروجی {path} (--output) ممکن نشد: {reason}",
        path=str(path),
    )


def _json_safe(value: Any) -> Any:
    """``value`` with NaN as None and infinities as the text "Infinity" / "-Infinity"."""
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


__all__ = [
    "CHUNK",
    "NEW_COLUMNS",
    "FileSummary",
    "check_not_utf8",
    "classify_file",
    "file_kind",
    "output_folder",
    "output_kind",
    "parquet_rows",
    "text_codec",
]
