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

import contextlib
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
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


# Column names compared after Persian normalisation: Arabic yeh/kaf/teh marbuta as the
# Persian letters (a cp1256 file's «تاريخ» is a Persian keyboard's «تاریخ»), Persian and
# Arabic digits as ASCII, and no ZWNJ, space, tatweel or short vowel marks («مهارت‌ها»,
# «مهارت ها» and «مهارتها» are one name).
_NAME_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **dict.fromkeys(
            [
                "\u200c", "\u200d", "\u200e", "\u200f", "\u00a0", " ", "\t", "\u0640",
                *map(chr, range(0x064B, 0x0653)), "\u0654", "\u0670",
            ]
        ),
    }
)  # fmt: skip


def fold_name(name: str) -> str:
    """A column name as :class:`Columns` matches it when no name matches exactly."""
    import unicodedata

    return unicodedata.normalize("NFKC", name).lower().translate(_NAME_FOLD)


class Columns:
    """Case-insensitive access to a source's column names, as SQL expressions. A name that
    matches no column exactly (case and edge spaces aside) matches the one column equal to
    it after Persian normalisation (:func:`fold_name`), if there is exactly one."""

    def __init__(self, names: list[str], decimals: Iterable[str] = ()) -> None:
        self.names = names
        # Columns of a DECIMAL type (Parquet): read through DOUBLE, so that DECIMAL(10,3)'s
        # 1500.000 is the text 1500.0, not 1500.000, which reads as an ambiguous 1.500.
        self.decimals = set(decimals)
        self._lower = {n.lower().strip(): n for n in names}
        self._folded: dict[str, list[str]] = {}
        for n in names:
            self._folded.setdefault(fold_name(n), []).append(n)

    def matches(self, name: str) -> list[str]:
        """The file's column(s) ``name`` stands for: the exact one, else every column equal
        to it after Persian normalisation (more than one: ambiguous)."""
        exact = self._lower.get(name.lower().strip())
        if exact is not None:
            return [exact]
        return list(self._folded.get(fold_name(name), []))

    def _find(self, name: str) -> str | None:
        found = self.matches(name)
        return found[0] if len(found) == 1 else None

    def has(self, *names: str) -> bool:
        return all(self._find(n) is not None for n in names)

    def expr(self, column: str) -> str:
        """The file's column ``column`` as text, a SQL expression."""
        if column in self.decimals:
            return f"CAST(CAST(src.{quote(column)} AS DOUBLE) AS VARCHAR)"
        return f"CAST(src.{quote(column)} AS VARCHAR)"

    def get(self, *candidates: str) -> str:
        """First present column as a SQL expression, else ``NULL``."""
        for c in candidates:
            found = self._find(c)
            if found is not None:
                return self.expr(found)
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


def _stated(expr: str) -> str:
    """An Upwork API money field, NULL where it is 0: the API writes 0 (or 0.0) for a budget
    that was not set (``no_budget`` jobs, hourly jobs without a range), so a zero there
    means "not stated", not a pay of 0 (which would be rejected as non-positive pay)."""
    return f"CASE WHEN TRY_CAST({expr} AS DOUBLE) = 0 THEN NULL ELSE {expr} END"


def _upwork_api(c: Columns) -> Adapter:
    hourly_min = _stated(c.get("hourly_budget_min", "hourly_rate_min", "hourly_rate"))
    hourly_max = _stated(c.get("hourly_budget_max", "hourly_rate_max", "hourly_rate"))
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
            # A field the pay type does not use is ignored (the amount of an hourly job,
            # the hourly range of a fixed-price one); a zero in the one it uses is not stated.
            "pay": f"CASE WHEN {is_hourly} THEN NULL ELSE "
            f"{_stated(c.get('amount_amount', 'amount', 'budget'))} END",
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


# Keys of a column-mapping TOML, and of its [defaults] table.
MAPPING_KEYS = ("platform", "require_date", "date_formats", "columns", "defaults", "categories")
DEFAULT_KEYS = ("currency", "pay_type", "category", "subcategory", "country")


@dataclass(frozen=True)
class ColumnMapping:
    """A column-mapping TOML, checked (see :func:`load_mapping`)."""

    path: Path
    platform: str
    require_date: bool
    date_formats: tuple[str, ...]
    columns: dict[str, str]
    defaults: dict[str, str]
    # [categories]: the platform's own labels (of the category or subcategory column) ->
    # our category ids, for platforms platform_categories.toml does not know (a Persian
    # platform's «ترجمه» -> translation). Matched as the shipped labels are: whole label,
    # case and edge spaces aside.
    categories: dict[str, str] = field(default_factory=dict)
    # (table or "", key) -> the line of the file it is written on, for errors that name it.
    lines: dict[tuple[str, str], int] = field(default_factory=dict)

    def line(self, table: str, key: str) -> int | None:
        return self.lines.get((table, key))


_TOML_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_TOML_KEY = re.compile(r"""^\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


def toml_lines(text: str) -> dict[tuple[str, str], int]:
    """Where each key of a simple TOML file is written: (table or "", key) -> line (from 1).

    Enough for a mapping file (top-level keys and one level of [tables]); a key written
    twice keeps its first line (tomllib refuses the file anyway)."""
    out: dict[tuple[str, str], int] = {}
    table = ""
    for n, line in enumerate(text.splitlines(), start=1):
        if m := _TOML_TABLE.match(line):
            table = m.group(1).strip().strip('"').strip("'")
            out.setdefault((table, ""), n)
            continue
        if m := _TOML_KEY.match(line):
            key = next(g for g in m.groups() if g is not None)
            if m.group(1) is not None and "\\" in key:
                with contextlib.suppress(tomllib.TOMLDecodeError):
                    key = tomllib.loads(f'k = "{key}"')["k"]
            out.setdefault((table, key), n)
    return out


def shown(value: Any) -> str:
    """A value of a TOML file in a message, as its text reads (``'برنامه‌نویسی'``, not
    ``'برنامه\\u200cنویسی'``; ``true``, not ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return "[" + ", ".join(shown(v) for v in value) + "]"
    return repr(value)


def did_you_mean(given: str, known: Sequence[str]) -> tuple[str, str]:
    """ " (did you mean X?)" for the closest of ``known`` to ``given``, in English and
    Persian; empty strings when nothing is close."""
    close = difflib.get_close_matches(given, known, n=1, cutoff=0.5)
    if not close:
        return "", ""
    return f" (did you mean {close[0]}?)", f" (آیا منظورتان {close[0]} است؟)"


def mapping_error(path: Path, en: str, fa: str, line: int | None = None) -> IngestError:
    """An error of the mapping file ``path``, naming the ``line`` it is about when known."""
    if line is None:
        return IngestError(f"{path}: {en}", message_fa=f"{path}: {fa}", path=str(path))
    return IngestError(
        f"{path}: line {line}: {en}",
        message_fa=f"{path}: سطر {_fa_num(line)}: {fa}",
        path=str(path),
    )


def load_mapping(path: Path) -> ColumnMapping:
    """Read and check a column-mapping TOML before any row is read: known keys only (the
    closest named for a misspelt one), each of the type it must be (``require_date`` true or
    false, ``date_formats`` a list of texts, ``platform`` a non-empty text, every column name
    and default a text), at least ``title`` or ``description`` mapped, and ``posted``
    mapped when ``require_date`` is true. (Date formats, the default currency and pay type
    are checked against the store's parser and rates by the store.)"""
    from azadkar.market._store import did_you_mean_fa, unknown_key_error

    try:
        text = path.read_text(encoding="utf-8-sig")
        doc = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise IngestError(
            f"cannot read mapping file {path}: {exc}",
            message_fa=f"پروندهٔ نگاشت ستون‌ها {path} خوانده نشد: {exc}",
            path=str(path),
        ) from exc
    lines = toml_lines(text)

    def at(table: str, key: str) -> int | None:
        return lines.get((table, key))

    as_written = {"columns": "[columns]", "defaults": "[defaults]", "categories": "[categories]"}
    for key, value in doc.items():
        if key not in MAPPING_KEYS:
            line = at(key, "") if isinstance(value, dict) else at("", key)
            where = f"{path}: line {line}" if line else str(path)
            en = unknown_key_error(where, key, value, MAPPING_KEYS, "the file", as_written)
            where_fa = f"{path}: سطر {_fa_num(line)}" if line else str(path)
            raise IngestError(
                en,
                message_fa=f"{where_fa}: کلید ناشناختهٔ {shown(key)}"
                f"{did_you_mean_fa(key, MAPPING_KEYS, as_written)} (کلیدهای شناخته: "
                f"{'، '.join(MAPPING_KEYS)})",
                path=str(path),
            )
    platform = doc.get("platform", "other")
    if not isinstance(platform, str) or not platform.strip():
        raise mapping_error(
            path,
            f"platform must be a non-empty text naming where the postings come from "
            f'(platform = "ponisha"), not {shown(platform)}',
            f"platform باید متنی ناتهی باشد که منبع آگهی‌ها را نام می‌برد "
            f'(platform = "ponisha")، نه {shown(platform)}',
            at("", "platform"),
        )
    require_date = doc.get("require_date", False)
    if not isinstance(require_date, bool):
        raise mapping_error(
            path,
            f"require_date must be true or false (without quotes), not {shown(require_date)}",
            f"require_date باید true یا false (بی‌گیومه) باشد، نه {shown(require_date)}",
            at("", "require_date"),
        )
    formats = doc.get("date_formats", [])
    if not isinstance(formats, list) or not all(isinstance(f, str) and f for f in formats):
        raise mapping_error(
            path,
            "date_formats must be a list of strptime formats in brackets "
            f'(date_formats = ["%d.%m.%Y"]), not {shown(formats)}',
            "date_formats باید فهرستی از قالب‌های strptime در کروشه باشد "
            f'(date_formats = ["%d.%m.%Y"])، نه {shown(formats)}',
            at("", "date_formats"),
        )
    tables: dict[str, dict[str, str]] = {}
    for name, known in (("columns", CANONICAL), ("defaults", DEFAULT_KEYS)):
        table = doc.get(name, {})
        if not isinstance(table, dict):
            raise mapping_error(
                path,
                f"[{name}] must be a table (a line [{name}], then key = value lines)",
                f"[{name}] باید یک جدول باشد (سطر [{name}] و پس از آن سطرهای key = value)",
                at("", name),
            )
        unknown = sorted(set(table) - set(known))
        if unknown:
            hint, hint_fa = did_you_mean(unknown[0], known)
            raise mapping_error(
                path,
                f"unknown field(s) {', '.join(unknown)} in [{name}]{hint}; known: "
                f"{', '.join(known)}",
                f"فیلد(های) ناشناختهٔ {'، '.join(unknown)} در [{name}]"
                f"{hint_fa}؛ فیلدهای شناخته: {'، '.join(known)}",
                at(name, unknown[0]),
            )
        for key, value in table.items():
            if not isinstance(value, str) or not value.strip():
                raise mapping_error(
                    path,
                    f"[{name}] {key} must be a non-empty text in quotes, not {shown(value)}",
                    f"[{name}] {key} باید متنی ناتهی در گیومه باشد، نه {shown(value)}",
                    at(name, key),
                )
        tables[name] = dict(table)
    cols = tables["columns"]
    if "title" not in cols and "description" not in cols:
        raise mapping_error(
            path,
            "map at least `title` or `description` in [columns]",
            "دست‌کم `title` یا `description` را در [columns] نگاشت کنید",
        )
    if require_date and "posted" not in cols:
        raise mapping_error(
            path,
            "require_date = true, but no column is mapped to `posted` in [columns]: every row "
            'would be rejected as missing its date. Map the date column (posted = "..."), '
            "or set require_date = false",
            "require_date = true است اما هیچ ستونی در [columns] به `posted` نگاشت نشده است: "
            "همهٔ ردیف‌ها برای نداشتن تاریخ رد می‌شدند. ستون تاریخ را نگاشت کنید "
            '(posted = "...")، یا require_date = false بگذارید',
            at("", "require_date"),
        )
    categories = _mapping_categories(path, doc.get("categories", {}), cols, lines)
    return ColumnMapping(
        path,
        platform.strip(),
        require_date,
        tuple(formats),
        cols,
        tables["defaults"],
        categories,
        lines,
    )


def _fa_num(n: int | None) -> str:
    from azadkar.report.strings import num

    return num(n or 0, "fa")


def _mapping_categories(
    path: Path, table: Any, cols: dict[str, str], lines: Mapping[tuple[str, str], int]
) -> dict[str, str]:
    """The [categories] table of a mapping, checked: label = one of our category ids."""
    from azadkar.market._types import CATEGORY_IDS

    if not isinstance(table, dict):
        raise mapping_error(
            path,
            '[categories] must be a table (a line [categories], then "label" = "category id" '
            "lines)",
            "[categories] باید یک جدول باشد (سطر [categories] و پس از آن سطرهای "
            '"برچسب" = "شناسهٔ دسته")',
            lines.get(("", "categories")),
        )
    if table and "category" not in cols and "subcategory" not in cols:
        raise mapping_error(
            path,
            "[categories] maps platform labels, but no column is mapped to `category` or "
            '`subcategory` in [columns] (category = "...")',
            "[categories] برچسب‌های پلتفرم را نگاشت می‌کند، اما هیچ ستونی در [columns] به "
            '`category` یا `subcategory` نگاشت نشده است (category = "...")',
            lines.get(("categories", "")),
        )
    out: dict[str, str] = {}
    for label, cat in table.items():
        if not isinstance(cat, str) or cat not in CATEGORY_IDS:
            hint, hint_fa = did_you_mean(str(cat), CATEGORY_IDS)
            raise mapping_error(
                path,
                f"[categories] {shown(label)} = {shown(cat)} is not one of azadkar's "
                f"categories{hint}; known: {', '.join(CATEGORY_IDS)}",
                f"[categories] {shown(label)} = {shown(cat)} از دسته‌های آزادکار نیست{hint_fa}؛ "
                f"دسته‌های شناخته: {'، '.join(CATEGORY_IDS)}",
                lines.get(("categories", label)),
            )
        if label.strip():
            out[label.lower().strip()] = cat
    return out


def mapped_adapter(
    c: Columns, mapping_path: Path | ColumnMapping, source: Path | None = None
) -> Adapter:
    """An adapter from a column-mapping TOML (see docs/market.md); ``source``: the data
    file, named in an error (several files may be ingested with one mapping)."""
    spec = mapping_path if isinstance(mapping_path, ColumnMapping) else load_mapping(mapping_path)
    path = spec.path
    where = f"the file {source.name}" if source is not None else "the file"
    where_fa = f"پروندهٔ {source.name}" if source is not None else "پرونده"
    exprs: dict[str, str] = {}
    for fld, col in spec.columns.items():
        found = c.matches(col)
        if len(found) > 1:
            raise mapping_error(
                path,
                f"column {shown(col)} (for {fld}) matches several columns of {where} once "
                f"Persian letters and spaces are normalised: {', '.join(found)}; write the "
                "one you mean exactly as the file has it",
                f"ستون {shown(col)} (برای {fld}) پس از یکسان‌سازی حرف‌ها و فاصله‌های فارسی با "
                f"چند ستون {where_fa} یکی است: {'، '.join(found)}؛ همان را که می‌خواهید دقیقاً "
                "چنان‌که در پرونده آمده بنویسید",
                spec.line("columns", fld),
            )
        if not found:
            raise mapping_error(
                path,
                f"column {shown(col)} (for {fld}) is not in {where}, which has: "
                f"{', '.join(c.names)}",
                f"ستون {shown(col)} (برای {fld}) در {where_fa} نیست؛ ستون‌های آن: "
                f"{'، '.join(c.names)}",
                spec.line("columns", fld),
            )
        exprs[fld] = c.expr(found[0])
    exprs.setdefault("key", c.content_hash())
    defaults = spec.defaults
    # Currency and pay type defaults apply only where the row itself says nothing.
    for fld in ("category", "subcategory", "country"):
        if fld in defaults and fld not in exprs:
            exprs[fld] = "'" + defaults[fld].replace("'", "''") + "'"
    return Adapter(
        "mapped",
        spec.platform,
        exprs,
        default_currency=defaults.get("currency"),
        default_pay_type=defaults.get("pay_type"),
        requires_date=spec.require_date,
        date_formats=spec.date_formats,
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
FORMAT_HINT_FA = "--format را بدهید، یا با --mapping FILE.toml ستون‌ها را خودتان نگاشت کنید."


def build_adapter(
    fmt: str | None,
    names: list[str],
    path: Path,
    mapping: Path | ColumnMapping | None = None,
    decimals: Iterable[str] = (),
) -> Adapter:
    """The adapter for ``fmt`` (auto-detected from ``names`` when None); ``decimals``: the
    columns of a DECIMAL type."""
    c = Columns(names, decimals)
    if mapping is not None and fmt in (None, "mapped"):
        return mapped_adapter(c, mapping, path)
    if fmt == "mapped":
        raise IngestError(
            "--format mapped needs --mapping FILE.toml",
            message_fa="--format mapped به --mapping FILE.toml نیاز دارد",
            path=str(path),
        )
    if fmt is None:
        fmt = detect_format(names)
        if fmt is None:
            raise IngestError(
                f"{path}: cannot tell the format from its columns ({', '.join(names[:12])}). "
                + FORMAT_HINT,
                message_fa=f"{path}: قالب پرونده از ستون‌هایش ({'، '.join(names[:12])}) "
                "شناخته نشد. " + FORMAT_HINT_FA,
                path=str(path),
                columns=names,
            )
    elif fmt in _BUILDERS and (missing := missing_columns(fmt, names)):
        # A forced format that does not fit the file: stop before anything is read.
        found = detect_format(names)
        hint = f" (its columns look like {found})" if found else ""
        hint_fa = f" (ستون‌هایش به {found} می‌ماند)" if found else ""
        raise IngestError(
            f"{path}: --format {fmt} needs the column(s) {'; '.join(missing)}, which the "
            f"file does not have{hint}; the file has: {', '.join(names)}. Nothing was stored. "
            "Leave out --format to detect the format, or map the columns with --mapping.",
            message_fa=f"{path}: --format {fmt} به ستون(های) {'؛ '.join(missing)} نیاز دارد "
            f"که پرونده ندارد{hint_fa}؛ ستون‌های پرونده: {'، '.join(names)}. چیزی ذخیره نشد. "
            "--format را ننویسید تا قالب شناخته شود، یا ستون‌ها را با --mapping نگاشت کنید.",
            path=str(path),
            columns=names,
        )
    if fmt not in _BUILDERS:
        raise IngestError(
            f"unknown format {fmt!r}; known: {', '.join(FORMATS)}",
            message_fa=f"قالب ناشناختهٔ {fmt!r}؛ قالب‌های شناخته: {'، '.join(FORMATS)}",
            path=str(path),
        )
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


# Byte-order marks of UTF-32 and UTF-16 (UTF-32's first: FF FE 00 00 starts with FF FE).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# What each wide encoding is called for people ("Unicode text" is Excel's name for UTF-16).
WIDE_NAMES = {
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 little-endian",
    "utf-16-be": "UTF-16 big-endian",
    "utf-32": "UTF-32",
    "utf-32-le": "UTF-32 little-endian",
    "utf-32-be": "UTF-32 big-endian",
}


def wide_encoding(head: bytes) -> tuple[str, bool] | None:
    """(codec, has a byte-order mark) when ``head`` (a file's first bytes) is UTF-16 or
    UTF-32 text: a byte-order mark, or NUL bytes in the places where text in those encodings
    has them (UTF-8 text never holds a NUL byte). None for anything else."""
    for bom, name in _WIDE_BOMS:
        if head.startswith(bom):
            return name, True
    sample = head[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8 or b"\x00" not in sample:
        return None
    sample = sample[:n]

    def nul_share(start: int, step: int) -> float:
        part = sample[start::step]
        return part.count(0) / len(part)

    if min(nul_share(i, 4) for i in (1, 2, 3)) >= 0.9:
        return "utf-32-le", False
    if min(nul_share(i, 4) for i in (0, 1, 2)) >= 0.9:
        return "utf-32-be", False
    even, odd = nul_share(0, 2), nul_share(1, 2)
    if odd >= 0.2 and even <= 0.01:
        return "utf-16-le", False
    if even >= 0.2 and odd <= 0.01:
        return "utf-16-be", False
    return None


def read_head(path: Path, size: int = 1 << 16) -> bytes:
    """The first ``size`` bytes of a file (decompressed, for ``.gz``)."""
    import gzip
    import zlib

    opener: Any = gzip.open if _is_gz(path) else open
    try:
        with opener(path, "rb") as f:
            data: bytes = f.read(size)
            return data
    except (OSError, EOFError, zlib.error):
        return b""


def check_wide_text(
    path: Path, encoding: str | None, name: str | Path | None = None
) -> tuple[str | None, str | None]:
    """The encoding to read a CSV/JSON-lines file in, and a note saying so, given the
    ``--encoding`` asked for (None: UTF-8) and the file's first bytes. A UTF-16 or UTF-32
    file with a byte-order mark (Excel's "Unicode text") is read in that encoding without
    being asked; one without a mark, or a file given a wide encoding it is not in (or a
    narrow encoding it is not in), stops the ingest with what to pass instead."""
    shown = name or path
    wide = wide_encoding(read_head(path))
    asked_wide = encoding is not None and encoding.startswith(("utf-16", "utf-32"))
    if wide is None:
        if asked_wide:
            assert encoding is not None
            label = WIDE_NAMES.get(encoding, encoding)
            raise IngestError(
                f"{shown} is not {label} text (it has no byte-order mark and no NUL bytes "
                f"between its letters): leave out --encoding if it is UTF-8, or give its "
                "encoding (cp1256 for a CSV saved by Excel on Persian Windows). Nothing was "
                "stored.",
                message_fa=f"{shown} متن {label} نیست (نشانهٔ ترتیب بایت (BOM) و بایت NUL میان "
                "حرف‌هایش ندارد): اگر UTF-8 است --encoding را ننویسید، وگرنه رمزگذاری آن را "
                "بدهید (cp1256 برای CSV ذخیره‌شده با اکسل در ویندوز فارسی). چیزی ذخیره نشد.",
                path=str(shown),
            )
        return encoding, None
    codec, bom = wide
    # With a byte-order mark, the codec that reads (and drops) it; without, the byte order
    # the NUL bytes show (Python's utf-16/utf-32 decoders refuse text with no mark).
    generic = codec[:6]
    read_as = generic if bom else codec
    label = WIDE_NAMES[generic if bom else codec]
    how = "it starts with a byte-order mark" if bom else "NUL bytes between its letters"
    how_fa = "با نشانهٔ ترتیب بایت (BOM) آغاز می‌شود" if bom else "بایت NUL میان حرف‌هایش"
    if encoding is None:
        if bom:
            return read_as, (
                f"read as {label} text (the file starts with a {label} byte-order mark)"
            )
        raise IngestError(
            f"{shown} looks like {label} text without a byte-order mark ({how}): pass "
            f"--encoding {read_as}, or save the file as UTF-8. Nothing was stored.",
            message_fa=f"{shown} به نظر متن {label} بدون نشانهٔ ترتیب بایت (BOM) است "
            f"({how_fa}): --encoding {read_as} را بدهید، یا پرونده را UTF-8 ذخیره کنید. "
            "چیزی ذخیره نشد.",
            path=str(shown),
        )
    if encoding not in (generic, codec):
        fix = "leave out --encoding" if bom else f"pass --encoding {read_as}"
        fix_fa = "--encoding را ننویسید" if bom else f"--encoding {read_as} را بدهید"
        raise IngestError(
            f"{shown} is {label} text ({how}), not {encoding}: {fix}. Nothing was stored.",
            message_fa=f"{shown} متن {label} است ({how_fa})، نه {encoding}: {fix_fa}. "
            "چیزی ذخیره نشد.",
            path=str(shown),
        )
    return read_as, None


def reads_as_cp1256(data: bytes) -> bool:
    """True when bytes that are not UTF-8 read as Persian or Arabic text in Windows-1256
    (the encoding Excel on Persian or Arabic Windows saves CSV in)."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return False
    return sum("\u0600" <= ch <= "\u06ff" for ch in text) >= 2


def encoding_hint(data: bytes, lang: str = "en") -> str:
    """Why bytes that are not UTF-8 might be so, and what to do: Persian or Arabic text
    from Windows (Excel on Persian Windows saves CSV as Windows-1256) is named as such."""
    if reads_as_cp1256(data):
        if lang == "fa":
            return (
                "به‌صورت Windows-1256 خوانده می‌شود، رمزگذاری‌ای که اکسل در ویندوز فارسی یا "
                "عربی CSV را با آن ذخیره می‌کند: --encoding cp1256 را بدهید، یا پرونده را "
                "UTF-8 ذخیره کنید"
            )
        return (
            "it reads as Windows-1256, the encoding Excel on Persian or Arabic Windows saves "
            "CSV in: pass --encoding cp1256, or save the file as UTF-8"
        )
    if lang == "fa":
        return "--encoding را با رمزگذاری پرونده بدهید، یا پرونده را UTF-8 ذخیره کنید"
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
            f"{shown}: the file is empty (0 bytes); nothing was stored",
            message_fa=f"{shown}: پرونده خالی است (۰ بایت)؛ چیزی ذخیره نشد",
            path=str(shown),
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
                message_fa=f"{shown}: با آنکه نامش به .gz ختم می‌شود، دادهٔ فشرده با gzip نیست؛ "
                "اگر متن ساده است، بی .gz نام‌گذاری‌اش کنید. چیزی ذخیره نشد.",
                path=str(shown),
            ) from None
        if not more and not head.removeprefix(b"\xef\xbb\xbf").strip():
            raise IngestError(
                f"{shown}: the file is empty once decompressed; nothing was stored",
                message_fa=f"{shown}: پرونده پس از گشودن فشرده‌سازی خالی است؛ چیزی ذخیره نشد",
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
                message_fa=f"{shown}: پروندهٔ Parquet نیست (پروندهٔ Parquet با PAR1 آغاز و "
                "پایان می‌یابد)؛ چیزی ذخیره نشد",
                path=str(shown),
            )
    elif stem.endswith(".xlsx"):
        if head[:2] != b"PK":
            raise IngestError(
                f"{shown}: not an Excel .xlsx workbook (an .xlsx file is a zip archive); "
                "nothing was stored",
                message_fa=f"{shown}: کارپوشهٔ اکسل .xlsx نیست (پروندهٔ .xlsx بایگانی zip "
                "است)؛ چیزی ذخیره نشد",
                path=str(shown),
            )
    elif size <= len(head) and not head.removeprefix(b"\xef\xbb\xbf").strip():
        raise IngestError(
            f"{shown}: the file is empty (only white space); nothing was stored",
            message_fa=f"{shown}: پرونده خالی است (تنها فاصله)؛ چیزی ذخیره نشد",
            path=str(shown),
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
                message_fa=f"{shown}: سطر سرستون‌ها متن UTF-8 نیست؛ {encoding_hint(line, 'fa')}",
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
    done = 0
    with (
        opener(path, "rb") as f,
        out.open("w", encoding="utf-8", errors="surrogateescape", newline="") as o,
    ):
        try:
            while chunk := f.read(1 << 20):
                non_ascii = non_ascii or not chunk.isascii()
                if utf8:
                    try:
                        check.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
                o.write(decoder.decode(chunk))
                done += len(chunk)
            o.write(decoder.decode(b"", final=True))
        except UnicodeError as exc:
            # Bytes a multi-byte encoding cannot carry over (a UTF-16 or UTF-32 file that
            # is not one): the file is not in that encoding at all.
            at = done + exc.start if isinstance(exc, UnicodeDecodeError) else done
            why = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise IngestError(
                f"{shown} is not {encoding} text (byte {at:,}: {why}); leave out --encoding "
                "if it is UTF-8, or give its encoding. Nothing was stored.",
                message_fa=f"{shown} متن {encoding} نیست (بایت {at:,}: {why})؛ اگر UTF-8 است "
                "--encoding را ننویسید، وگرنه رمزگذاری آن را بدهید. چیزی ذخیره نشد.",
                path=str(shown),
            ) from None
    if utf8 and non_ascii:
        raise IngestError(
            f"{shown} is UTF-8 text already: --encoding {encoding} would garble its "
            "non-ASCII text; leave out --encoding. Nothing was stored.",
            message_fa=f"{shown} از پیش متن UTF-8 است: --encoding {encoding} متن غیرلاتین آن "
            "را درهم می‌ریخت؛ --encoding را ننویسید. چیزی ذخیره نشد.",
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
            raise IngestError(
                f"{shown}: the file is empty (no header line)",
                message_fa=f"{shown}: پرونده خالی است (سطر سرستون‌ها ندارد)",
                path=str(shown),
            )
        if _has_bad_bytes(header):
            data = _raw_bytes_of(raw_lines)
            raise IngestError(
                f"{shown}: the header line is not UTF-8 text; {encoding_hint(data)}",
                message_fa=f"{shown}: سطر سرستون‌ها متن UTF-8 نیست؛ {encoding_hint(data, 'fa')}",
                path=str(shown),
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
