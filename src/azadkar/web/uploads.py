"""Uploaded files: type from content (magic bytes), kept in a private folder, then removed.

The name a visitor's browser sends is shown back (escaped) but never used as a path:
the file is written as ``upload<ext>`` inside a fresh ``0700`` folder whose extension is
chosen from what the bytes are.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from azadkar.disclosure.credentials import looks_like_text
from azadkar.errors import InputError, PayloadTooLargeError
from azadkar.report.strings import num

# (kind, extension, mime) for the types azadkar reads.
PNG = ("png", ".png", "image/png")
JPEG = ("jpeg", ".jpg", "image/jpeg")
PDF = ("pdf", ".pdf", "application/pdf")
XLSX = ("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PARQUET = ("parquet", ".parquet", "application/vnd.apache.parquet")
JSONL = ("jsonl", ".jsonl", "application/jsonl")
JSON = ("json", ".json", "application/json")
CSV = ("csv", ".csv", "text/csv")

SIGNABLE = ("png", "jpeg", "pdf")
POSTINGS = ("csv", "jsonl", "json", "xlsx", "parquet")


@dataclass(frozen=True, slots=True)
class Sniffed:
    kind: str
    ext: str
    mime: str


def _wide_bom(head: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when ``head`` starts with that encoding's byte-order mark."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def _encoding_advice(data: bytes, what: str) -> tuple[str, str, str] | None:
    """(English, Persian, encoding) saying how to send text that is not UTF-8: a CSV saved
    by Excel on Persian Windows (Windows-1256), or UTF-16 text without a byte-order mark.
    None when the bytes are no such text."""
    from azadkar.bidi import ltr
    from azadkar.market._formats import WIDE_NAMES, reads_as_cp1256, wide_encoding

    head = data[:65536]
    wide = wide_encoding(head)
    save = (
        'save it as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"), or load it '
        "on the command line"
    )
    save_fa = (
        "آن را UTF-8 ذخیره کنید (در اکسل: Save As و سپس «CSV UTF-8 (Comma delimited)»)، یا در "
        "خط فرمان واردش کنید"
    )
    if wide is not None:
        codec = wide[0]
        label = WIDE_NAMES[codec]
        return (
            f"the {what} is {label} text without a byte-order mark; {save}: "
            f"azadkar market ingest FILE --encoding {codec}",
            f"{what_fa(what)} متن {ltr(label)} بدون نشانهٔ ترتیب بایت (BOM) است؛ {save_fa}: "
            + ltr(f"azadkar market ingest FILE --encoding {codec}"),
            codec,
        )
    text = head.decode("cp1256", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls <= len(text) // 100 and reads_as_cp1256(head):
        return (
            f"the {what} is not UTF-8 text: it reads as Windows-1256, the encoding Excel on "
            f"Persian or Arabic Windows saves CSV in; {save}: "
            "azadkar market ingest FILE --encoding cp1256",
            f"{what_fa(what)} متن UTF-8 نیست: به‌صورت Windows-1256 خوانده می‌شود، رمزگذاری‌ای "
            f"که اکسل در ویندوز فارسی یا عربی CSV را با آن ذخیره می‌کند؛ {save_fa}: "
            + ltr("azadkar market ingest FILE --encoding cp1256"),
            "cp1256",
        )
    return None


def sniff(data: bytes) -> Sniffed | None:
    """What ``data`` is, from its first bytes (and, for ZIP, its member names)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(*PNG)
    if data.startswith(b"\xff\xd8\xff"):
        return Sniffed(*JPEG)
    if data.startswith(b"%PDF-"):
        return Sniffed(*PDF)
    if data.startswith(b"PAR1") and data.endswith(b"PAR1"):
        return Sniffed(*PARQUET)
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return None
        if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            return Sniffed(*XLSX)
        return None
    head = data[:65536].removeprefix(b"\xef\xbb\xbf")
    wide = _wide_bom(head)
    if wide is not None:
        # UTF-16 or UTF-32 text with a byte-order mark (Excel's "Unicode text"): judged by
        # its text; the market ingest reads such a file in its own encoding.
        head = head.decode(wide, errors="replace").encode("utf-8")
    if not looks_like_text(head):
        return None
    stripped = head.lstrip()
    if stripped.startswith(b"["):
        return Sniffed(*JSON)
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].rstrip()
        return Sniffed(*(JSONL if first.endswith(b"}") else JSON))
    return Sniffed(*CSV)


# What an upload is, for the Persian error messages ("postings file" -> «فایل آگهی‌ها»).
WHAT_FA = {"postings file": "فایل آگهی‌ها", "file": "فایل"}
KIND_FA = {"xlsx": "اکسل (xlsx)"}


def what_fa(what: str) -> str:
    return WHAT_FA.get(what, "فایل")


def _names(kinds: Iterable[str], lang: str = "en") -> str:
    if lang == "fa":
        return "، ".join(KIND_FA.get(k) or _names([k]) for k in kinds)
    labels = {
        "png": "PNG",
        "jpeg": "JPEG",
        "pdf": "PDF",
        "csv": "CSV",
        "jsonl": "JSON Lines",
        "json": "JSON",
        "xlsx": "Excel (.xlsx)",
        "parquet": "Parquet",
    }
    return ", ".join(labels[k] for k in kinds)


def check_type(data: bytes, allowed: tuple[str, ...], what: str) -> Sniffed:
    """The sniffed type of ``data``, or an InputError (415) naming what is accepted."""
    if not data:
        raise InputError(
            f"the {what} is empty; choose a file with content",
            message_fa=f"{what_fa(what)} خالی است؛ فایلی با محتوا انتخاب کنید",
            field=what,
        )
    found = sniff(data)
    if found is None and "csv" in allowed and (advice := _encoding_advice(data, what)):
        # Text in another encoding (a CSV saved by Excel on Persian Windows): what to do.
        err = InputError(advice[0], message_fa=advice[1], field=what, encoding=advice[2])
        err.status = 415
        raise err
    if found is None or found.kind not in allowed:
        seen, seen_fa = _seen(data, found, allowed)
        if seen:
            said = f"the {what} looks like {seen} (judged by its content, not its name)"
            said_fa = f"{what_fa(what)} به نظر {seen_fa} است (از روی محتوایش، نه نامش)"
        else:
            said = f"azadkar does not recognise the type of the {what} (judged by its content, not its name)"
            said_fa = f"آزادکار نوع {what_fa(what)} را نمی‌شناسد (از روی محتوایش، نه نامش)"
        err = InputError(
            f"{said}; accepted here: {_names(allowed)}",
            message_fa=f"{said_fa}؛ قالب‌های پذیرفته در اینجا: {_names(allowed, 'fa')}",
            field=what,
            accepted=list(allowed),
        )
        err.status = 415
        raise err
    return found


_TEXT_KINDS = ("csv", "json", "jsonl")


def _seen(data: bytes, found: Sniffed | None, allowed: tuple[str, ...]) -> tuple[str, str]:
    """What a refused upload is, in English and Persian ("" when not known).

    Where no text is accepted (a file to sign or verify), text is "a text file", not "a
    CSV file", and a GIF, WebP, TIFF, HEIC, ZIP or HTML page is named as such."""
    if not any(k in allowed for k in _TEXT_KINDS):
        from azadkar.disclosure.credentials import kind_name, kind_of

        actual = kind_of(data)
        if actual is not None:
            fa = kind_name(actual, "fa")
            return kind_name(actual), fa if fa != actual else f"یک فایل {actual}"
    if found is None:
        return "", ""
    return f"a {found.kind.upper()} file", f"یک فایل {found.kind.upper()}"


def check_size(data: bytes, limit: int, what: str) -> None:
    if len(data) > limit:
        raise PayloadTooLargeError(
            f"the {what} is {len(data):,} bytes; at most {limit:,} are accepted",
            message_fa=f"{what_fa(what)} {num(len(data), 'fa')} بایت است؛ حداکثر "
            f"{num(limit, 'fa')} بایت پذیرفته می‌شود",
            limit=limit,
        )


@contextlib.contextmanager
def private_dir() -> Iterator[Path]:
    """A fresh folder only this user can enter, removed with everything in it afterwards."""
    path = Path(tempfile.mkdtemp(prefix="azadkar-web-"))
    try:
        os.chmod(path, stat.S_IRWXU)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def write_private(folder: Path, data: bytes, sniffed: Sniffed, stem: str = "upload") -> Path:
    """Write ``data`` as ``folder/<stem><ext>`` (mode 0600) and return the path."""
    path = folder / f"{stem}{sniffed.ext}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def display_name(name: str | None, fallback: str = "upload") -> str:
    """The browser-sent file name, reduced to its last part, for display only."""
    if not name:
        return fallback
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base[:120] or fallback


__all__ = [
    "POSTINGS",
    "SIGNABLE",
    "Sniffed",
    "check_size",
    "check_type",
    "display_name",
    "private_dir",
    "sniff",
    "write_private",
]
