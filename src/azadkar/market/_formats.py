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

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

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
    if fmt not in _BUILDERS:
        raise IngestError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}", path=str(path))
    return _BUILDERS[fmt](c)
