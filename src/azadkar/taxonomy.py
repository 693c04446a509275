"""The freelance taxonomy: ten fixed categories, their services, names in both languages.

The hand-curated source is ``data/taxonomy.toml``. Which O*NET tasks a service
involves is decided by the documented rule in :func:`select_tasks` (applied at build
time by ``scripts/build_data.py``; the result is the reviewable ``service_tasks.csv``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from azadkar.bidi import isolate, ltr
from azadkar.errors import DataError, UnknownServiceError

CATEGORY_IDS = (
    "writing",
    "design",
    "web_dev",
    "marketing",
    "consulting_teaching",
    "photo_video",
    "translation",
    "customer_service",
    "data_ai",
    "other",
)


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    en: str
    fa: str
    description_en: str = ""
    description_fa: str = ""

    def name(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    category: str
    en: str
    fa: str
    description_en: str
    description_fa: str
    synonyms_en: tuple[str, ...]
    synonyms_fa: tuple[str, ...]
    onet_soc: tuple[str, ...]
    task_include: tuple[str, ...] = ()
    task_exclude: tuple[str, ...] = ()
    named_in_report: bool = False

    def name(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en

    def description(self, lang: str) -> str:
        return self.description_fa if lang == "fa" else self.description_en

    @property
    def soc6(self) -> tuple[str, ...]:
        """The 6-digit SOC codes (what the Microsoft data is keyed by), order kept."""
        return tuple(dict.fromkeys(code.split(".")[0] for code in self.onet_soc))


@dataclass(frozen=True, slots=True)
class Taxonomy:
    categories: tuple[Category, ...]
    services: tuple[Service, ...]
    _by_id: dict[str, Service] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.services})

    def service(self, service_id: str) -> Service:
        """The service ``service_id`` (``"logo_design"``); see :func:`get_service`."""
        if not isinstance(service_id, str):
            kind = type(service_id).__name__
            raise UnknownServiceError(
                f"a service id is a string such as 'logo_design', not {kind} {service_id!r}."
                f"{SERVICES_HINT}",
                message_fa=f"شناسهٔ خدمت رشته‌ای است مانند {ltr('logo_design')}، نه "
                f"{ltr(kind)} «{isolate(repr(service_id))}».",
                service=repr(service_id),
                suggestions=[],
            )
        try:
            return self._by_id[service_id]
        except KeyError:
            by_name = self.by_name(service_id)
            message, close = _unknown_message(service_id, self._by_id, by_name)
            # Each Latin id isolated on its own: unisolated, "a، b، c" between Persian
            # words is one left-to-right run and the list reads backwards. A first-strong
            # isolate (FSI), so that a front end that writes the service's Persian name
            # beside its id («طراحی لوگو» (logo_design), the web form) stays right to left.
            shown_fa = "، ".join(isolate(sid, always=True) for sid in close)
            hint_fa = f" شاید منظورتان {shown_fa} باشد." if close else ""
            raise UnknownServiceError(
                message,
                message_fa=f"شناسهٔ خدمت «{isolate(service_id)}» شناخته نشد.{hint_fa}",
                service=service_id,
                suggestions=close,
            ) from None

    def category(self, category_id: str) -> Category:
        for cat in self.categories:
            if cat.id == category_id:
                return cat
        shown = category_id if len(category_id) <= 40 else category_id[:39] + "…"
        raise UnknownServiceError(
            f"unknown category {shown!r}; categories are: {', '.join(CATEGORY_IDS)}",
            message_fa=f"دستهٔ «{shown}» شناخته نشد؛ دسته‌ها: {'، '.join(CATEGORY_IDS)}",
            category=category_id,
        )

    def services_in(self, category_id: str) -> list[Service]:
        return [s for s in self.services if s.category == category_id]

    def by_name(self, query: str, n: int = 3) -> list[Service]:
        """Services named ``query`` in Persian or English (names and synonyms, not
        descriptions): exact matches first, then names containing it or contained in it."""
        q = fold(query.replace("_", " "))
        if not q:
            return []
        exact, partial = [], []
        for s in self.services:
            names = [fold(x) for x in (s.en, s.fa, *s.synonyms_en, *s.synonyms_fa)]
            if q in names:
                exact.append(s)
            elif any(q in x or (len(x) > 2 and x in q) for x in names):
                partial.append(s)
        return (exact + partial)[:n]

    def search(self, query: str) -> list[Service]:
        """Services whose id, names, descriptions or synonyms contain ``query`` (fa or en)."""
        q = fold(query)
        if not q:
            return list(self.services)
        hits = []
        for s in self.services:
            fields = (
                s.id,
                s.en,
                s.fa,
                s.description_en,
                s.description_fa,
                *s.synonyms_en,
                *s.synonyms_fa,
            )
            if any(q in fold(f) for f in fields):
                hits.append(s)
        return hits


# The CLI's pointer to the service list (the web app replaces it with its own form's list).
SERVICES_HINT = " Run `azadkar services` to list them all."
# The same pointer in Persian, the command isolated left to right inside the sentence:
# added by the CLI where it prints an error whose English text carries SERVICES_HINT (the
# web pages and the API point to their own lists instead).
SERVICES_HINT_FA = f" برای دیدن همهٔ خدمت‌ها {ltr('azadkar services')} را اجرا کنید."


def _unknown_message(
    service_id: str, known: Iterable[str], by_name: Sequence[Service] = ()
) -> tuple[str, list[str]]:
    # A name or synonym in either language ("سئو", "logo design") first, then id typos.
    close = [s.id for s in by_name]
    close += [k for k in suggest(service_id, known) if k not in close]
    names = {s.id: s for s in by_name}
    shown = [f"{k} ({names[k].fa} · {names[k].en})" if k in names else k for k in close[:3]]
    hint = f" Did you mean: {', '.join(shown)}?" if shown else ""
    message = f"unknown service id {service_id!r}.{hint}{SERVICES_HINT}"
    return message, close[:3]


def suggest(word: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The closest known ids to ``word`` (typos, missing underscores, prefixes)."""
    known = list(known)
    w = word.strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(w, known, n=n, cutoff=0.5)
    for k in known:
        if len(close) < n and (w and (w in k or k in w)) and k not in close:
            close.append(k)
    return close[:n]


_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "\u200c": " "})


def fold(text: str) -> str:
    """Lower-case, unify Arabic/Persian letters and half-spaces for loose matching."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_TO_PERSIAN).lower()
    return " ".join(text.split())


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def parse_taxonomy(doc: dict[str, Any]) -> Taxonomy:
    try:
        categories = tuple(
            Category(
                id=c["id"],
                en=c["en"],
                fa=c["fa"],
                description_en=c.get("description_en", ""),
                description_fa=c.get("description_fa", ""),
            )
            for c in doc["categories"]
        )
        services = tuple(
            Service(
                id=s["id"],
                category=s["category"],
                en=s["en"],
                fa=s["fa"],
                description_en=s.get("description_en", ""),
                description_fa=s.get("description_fa", ""),
                synonyms_en=_tuple(s.get("synonyms_en")),
                synonyms_fa=_tuple(s.get("synonyms_fa")),
                onet_soc=_tuple(s.get("onet_soc")),
                task_include=_tuple(s.get("task_include")),
                task_exclude=_tuple(s.get("task_exclude")),
                named_in_report=bool(s.get("named_in_report", False)),
            )
            for s in doc["services"]
        )
    except KeyError as exc:
        raise DataError(f"taxonomy.toml lacks the key {exc.args[0]!r}") from exc
    ids = [c.id for c in categories]
    if tuple(ids) != CATEGORY_IDS:
        raise DataError(f"taxonomy.toml categories must be {CATEGORY_IDS}, found {ids}")
    for s in services:
        if s.category not in CATEGORY_IDS:
            raise DataError(f"service {s.id!r} has unknown category {s.category!r}")
    return Taxonomy(categories, services)


@cache
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy (cached)."""
    text = resources.files("azadkar.data").joinpath("taxonomy.toml").read_text("utf-8")
    return parse_taxonomy(tomllib.loads(text))


def get_service(service_id: str) -> Service:
    """The service whose id is ``service_id`` (``"logo_design"``), with its Persian and
    English names, descriptions, synonyms, O*NET occupations and the task rules that pick
    its O*NET task rows.

    An id that is not in the taxonomy (or is not a string) raises
    :class:`~azadkar.errors.UnknownServiceError`: ``data["suggestions"]`` holds up to three
    close ids (a name or synonym in Persian or English first, ``"سئو"`` gives ``seo``,
    then typos), also named in the message, in English and in Persian (``message_fa``).
    ``azadkar services`` or ``load_taxonomy().services`` lists every service.

    >>> get_service("seo").en
    'Search engine optimization (SEO)'
    """
    return load_taxonomy().service(service_id)


def task_matches(service: Service, statement: str) -> str | None:
    """The selection rule: the include pattern that selects ``statement``, or None.

    A task of one of the service's occupations belongs to the service when its
    statement matches any ``task_include`` pattern (case-insensitive regex anchored at
    a word boundary) and no ``task_exclude`` pattern. No include patterns = all tasks.
    """
    for pat in service.task_exclude:
        if re.search(r"\b" + pat, statement, re.IGNORECASE):
            return None
    if not service.task_include:
        return "*"
    for pat in service.task_include:
        if re.search(r"\b" + pat, statement, re.IGNORECASE):
            return pat
    return None


__all__ = [
    "CATEGORY_IDS",
    "Category",
    "Service",
    "Taxonomy",
    "fold",
    "get_service",
    "load_taxonomy",
    "parse_taxonomy",
    "suggest",
    "task_matches",
]
