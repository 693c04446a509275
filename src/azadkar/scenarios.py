"""Scenarios for 2026-2030: what AI does to each layer of work, and to pay and demand.

A scenario is a TOML file (two ship in ``data/scenarios/``; a user can pass their own
with ``--scenario my.toml``). Every parameter carries its value, a pessimistic and an
optimistic value (for the freelancer's income), the year by which it is reached, its
source and its status: ``cited, not verified`` (a figure the source report cites),
``measured`` (from a published measurement) or ``assumption`` (azadkar's choice, said
so). ``source_fa`` (optional) is the same citation in Persian, shown in Persian output;
a parameter without it shows ``source`` there. Parameters:

``layers.<layer>.takeover``
    share of an exposed task's time that AI does (0-1); scaled per task by its beta.
``layers.<layer>.multiplier``
    productivity multiplier on the layer's exposed work (>= 1; 3 means "+200%").
``market.pass_through``
    share of the time AI can do that the market stops paying a person for (0-1).
``adapt.redeploy``
    share of the hours AI frees that someone who adapts fills with new work (0-1).
``adapt.bridge_demand``
    multiplier on audience-layer work open to someone who adapts (>= 1).
``pay.<category or service>`` / ``demand.<category or service>``
    relative change in the price of an hour / in the amount of work (-0.3 = 30% less).

A parameter moves linearly from its neutral value in ``base_year`` to ``value`` in
year ``by`` and stays there (a stated assumption: no source gives the path). The file
is validated on load; an error names the file, the key, the value and the allowed range,
in English and in Persian (``message_fa``, printed with ``--lang fa``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError

from azadkar.errors import ScenarioError
from azadkar.layers import LAYERS
from azadkar.taxonomy import CATEGORY_IDS, load_taxonomy

SHIPPED: Final = ("report-2025", "observed-2023-2025")
DEFAULT: Final = "report-2025"
YEARS: Final = (2026, 2027, 2028, 2029, 2030)
STATUSES: Final = ("cited, not verified", "measured", "assumption")
CASES: Final = ("central", "pessimistic", "optimistic")
Case = Literal["central", "pessimistic", "optimistic"]

# kind -> (lowest allowed, highest allowed, neutral value the ramp starts from)
KINDS: Final[dict[str, tuple[float, float, float | None]]] = {
    "takeover": (0.0, 1.0, 0.0),
    "multiplier": (1.0, 10.0, 1.0),
    "pass_through": (0.0, 1.0, None),
    "redeploy": (0.0, 1.0, 0.0),
    "bridge_demand": (1.0, 10.0, 1.0),
    "pay": (-0.9, 1.0, 0.0),
    "demand": (-0.9, 5.0, 0.0),
}
YEAR_RANGE: Final = (2025, 2040)


class _ParamModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)

    value: float
    pessimistic: float | None = None
    optimistic: float | None = None
    by: int = 2027
    source: str
    source_fa: str = ""
    status: str
    claim: str | None = None
    note_en: str = ""
    note_fa: str = ""


class _ClaimModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    en: str
    fa: str
    source: str
    status: str = "cited, not verified"


class _ScenarioModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_: str = "azadkar.scenario/1"
    id: str
    name_en: str
    name_fa: str
    description_en: str = ""
    description_fa: str = ""
    status: str
    base_year: int = 2025
    layers: dict[str, dict[str, _ParamModel]] = {}
    market: dict[str, _ParamModel] = {}
    adapt: dict[str, _ParamModel] = {}
    pay: dict[str, _ParamModel] = {}
    demand: dict[str, _ParamModel] = {}
    claims: list[_ClaimModel] = []


@dataclass(frozen=True, slots=True)
class Param:
    """One scenario parameter with its band, timing and source."""

    key: str  # dotted path in the file, e.g. "layers.execution.takeover"
    kind: str
    value: float
    pessimistic: float
    optimistic: float
    by: int
    source: str
    status: str
    claim: str | None = None
    note_en: str = ""
    note_fa: str = ""
    source_fa: str = ""  # the citation in Persian; optional (Persian output falls back to source)

    def case_value(self, case: Case = "central") -> float:
        if case == "pessimistic":
            return self.pessimistic
        if case == "optimistic":
            return self.optimistic
        return self.value

    def at(self, year: int, base_year: int, case: Case = "central") -> float:
        """The value in ``year``: linear from neutral in ``base_year`` to the target in ``by``."""
        target = self.case_value(case)
        neutral = KINDS[self.kind][2]
        if neutral is None or self.by <= base_year:
            return target
        progress = min(1.0, max(0.0, (year - base_year) / (self.by - base_year)))
        return neutral + (target - neutral) * progress

    def note(self, lang: str) -> str:
        return self.note_fa if lang == "fa" and self.note_fa else self.note_en

    def source_in(self, lang: str) -> str:
        """The citation in ``lang``: ``source_fa`` in Persian when given, else ``source``."""
        return self.source_fa if lang == "fa" and self.source_fa.strip() else self.source

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "value": self.value,
            "pessimistic": self.pessimistic,
            "optimistic": self.optimistic,
            "by": self.by,
            "source": self.source,
            "source_fa": self.source_fa,
            "status": self.status,
            "claim": self.claim,
            "note": {"en": self.note_en, "fa": self.note_fa},
        }


@dataclass(frozen=True, slots=True)
class CitedFigure:
    """A figure the scenario cites for context but the model does not use."""

    id: str
    en: str
    fa: str
    source: str
    status: str

    def text(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en


@dataclass(frozen=True, slots=True)
class Scenario:
    """A 2026-2030 scenario: its parameters (``params``, keyed ``layers.execution.takeover``),
    each with its value, band, source and status (``cited, not verified``, ``measured``,
    ``assumption``), the report's figures it cites (``claims``) and the file it was read
    from (``origin``). :func:`load_scenario` reads a shipped one or your own TOML file."""

    id: str
    name_en: str
    name_fa: str
    description_en: str
    description_fa: str
    status: str
    base_year: int
    params: dict[str, Param]
    claims: tuple[CitedFigure, ...] = ()
    origin: str = ""  # the file it was read from

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" else self.name_en

    def description(self, lang: str) -> str:
        return self.description_fa if lang == "fa" else self.description_en

    def get(self, key: str) -> Param | None:
        return self.params.get(key)

    def value(self, key: str, year: int, case: Case = "central", default: float = 0.0) -> float:
        p = self.params.get(key)
        return default if p is None else p.at(year, self.base_year, case)

    def for_service(self, table: str, service_id: str, category: str) -> Param | None:
        """``pay``/``demand`` parameter of a service: its own key first, then its category's."""
        return self.params.get(f"{table}.{service_id}") or self.params.get(f"{table}.{category}")

    def with_param(self, key: str, **changes: Any) -> Scenario:
        """A copy with one parameter changed (``value=``, ``by=``...), validated again."""
        if key not in self.params:
            raise ScenarioError(
                f"scenario {self.id!r} has no parameter {key!r}; it has: {', '.join(self.params)}",
                message_fa=f"سناریوی {_fa_value(self.id)} پارامتری به نام {_ltr(key)} ندارد؛ "
                f"پارامترهایش: {_fa_list(self.params)}",
                key=key,
            )
        p = replace(self.params[key], **changes)
        if "value" in changes and not {"pessimistic", "optimistic"} & changes.keys():
            # Widen a band the new central value falls outside, rather than refuse it.
            low, high = (
                ("pessimistic", "optimistic")
                if p.pessimistic <= p.optimistic
                else ("optimistic", "pessimistic")
            )
            widened: dict[str, Any] = {}
            if p.value < getattr(p, low):
                widened[low] = p.value
            if p.value > getattr(p, high):
                widened[high] = p.value
            p = replace(p, **widened)
        _check_param(self.origin or self.id, p, self.base_year)
        return replace(self, params={**self.params, key: p})

    def __iter__(self) -> Iterator[Param]:
        return iter(self.params.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": {"en": self.name_en, "fa": self.name_fa},
            "description": {"en": self.description_en, "fa": self.description_fa},
            "status": self.status,
            "base_year": self.base_year,
            "origin": self.origin,
            "params": {k: p.to_dict() for k, p in self.params.items()},
            "cited_figures": [
                {"id": c.id, "en": c.en, "fa": c.fa, "source": c.source, "status": c.status}
                for c in self.claims
            ],
        }


# Persian messages. Every error names the file (and the line, added by _read), the key,
# the value and what is allowed, as the English one does: keys, file names and TOML stay
# as written, isolated left to right; numbers are in Persian digits. The helpers import
# what they need when an error is raised, so loading a valid scenario pays nothing.


def _ltr(value: object) -> str:
    from azadkar.bidi import ltr

    return ltr(value)


def _fa_where(origin: str, line: int | None = None, column: int | None = None) -> str:
    """``پروندهٔ «my.toml»، سطر ۷: ``, the start of a Persian message (as ``my.toml, line 7: ``)."""
    from azadkar.report.strings import fa_digits

    at = f"، سطر {fa_digits(line)}" if line is not None else ""
    if column is not None:
        at += f"، ستون {fa_digits(column)}"
    return f"پروندهٔ «{_ltr(origin)}»{at}: "


def _fa_number(value: float) -> str:
    from azadkar.exposure import shown_number

    return shown_number(value, "fa")


def _fa_value(value: Any) -> str:
    """A value from the file as a Persian message shows it (the English one shows its repr)."""
    from azadkar.bidi import isolate
    from azadkar.report.strings import fa_digits

    if isinstance(value, bool):
        return _ltr(str(value).lower())
    if isinstance(value, int):
        return fa_digits(value)  # a year: no thousands separator
    if isinstance(value, float):
        return _fa_number(value)
    if isinstance(value, str):
        return f"«{isolate(value if len(value) <= 60 else value[:59] + '…')}»"
    return _ltr(_shown(value))


def _fa_list(items: Any) -> str:
    return "، ".join(_ltr(x) for x in items)


def _fa_range(lo: float, hi: float) -> str:
    return f"فقط {_fa_number(lo)}" if lo == hi else f"{_fa_number(lo)} تا {_fa_number(hi)}"


def _fa_years(lo: int, hi: int) -> str:
    from azadkar.report.strings import fa_digits

    return f"فقط {fa_digits(lo)}" if lo == hi else f"{fa_digits(lo)} تا {fa_digits(hi)}"


def _fa_statuses() -> str:
    return "، ".join(f"«{_ltr(x)}»" for x in STATUSES)


def _fa_layers() -> str:
    """The layer ids, each with its Persian name: ``execution (اجرای تکنیکی)، ...``."""
    from azadkar.layers import LAYER_NAMES

    return "، ".join(f"{_ltr(x)} ({LAYER_NAMES[x]['fa']})" for x in LAYERS)


_UNKNOWN_KEY_FA: Final = "کلید {value} در {key} شناخته نیست"


def _fail(
    origin: str,
    key: str,
    value: Any,
    allowed: str,
    why: str = "",
    *,
    allowed_fa: str,
    problem_fa: str = "",
) -> ScenarioError:
    """``key = value`` is not allowed. ``problem_fa``: the Persian sentence, with ``{key}``
    and ``{value}`` in it (default: the value is not allowed for the key); ``allowed_fa``:
    what is allowed, in Persian."""
    reason = f" ({why})" if why else ""
    sentence = problem_fa or "مقدار {value} برای {key} پذیرفته نیست"
    return ScenarioError(
        f"{origin}: {key} = {value!r} is not allowed{reason}; allowed: {allowed}",
        message_fa=_fa_where(origin)
        + sentence.format(key=_ltr(key), value=_fa_value(value))
        + f"؛ مجاز: {allowed_fa}",
        file=origin,
        key=key,
        value=value,
        allowed=allowed,
    )


# pydantic error type -> (what is wrong, in words; what the key takes). Pydantic's own
# sentence ("Input should be a valid number, ...") is never shown as the allowed range.
_TYPE_PROBLEMS: Final[dict[str, tuple[str, str]]] = {
    "float_parsing": ("is not a number", "a number"),
    "float_type": ("is not a number", "a number"),
    "finite_number": ("is not a finite number", "a finite number"),
    "int_parsing": ("is not a whole number", "a whole number"),
    "int_type": ("is not a whole number", "a whole number"),
    "int_from_float": ("is not a whole number", "a whole number"),
    "string_type": ("is not text", "text in quotes"),
    "dict_type": ("is not a table", "a table ([section] or { key = value })"),
    "model_type": ("is not a table", "a table ([section] or { key = value })"),
    "model_attributes_type": ("is not a table", "a table ([section] or { key = value })"),
    "list_type": ("is not a list", "a list ([[section]] tables)"),
    "bool_type": ("is not true or false", "true or false"),
    "bool_parsing": ("is not true or false", "true or false"),
}
# What is wrong, in Persian; each ``{}`` is filled with the TOML in the tuple that
# follows, isolated left to right.
_TYPE_PROBLEMS_FA: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "float_parsing": ("عدد نیست", ()),
    "float_type": ("عدد نیست", ()),
    "finite_number": ("عددی متناهی نیست", ()),
    "int_parsing": ("عدد صحیح نیست", ()),
    "int_type": ("عدد صحیح نیست", ()),
    "int_from_float": ("عدد صحیح نیست", ()),
    "string_type": ("متن نیست", ()),
    "dict_type": ("جدول ({} یا {}) نیست", ("[section]", "{ key = value }")),
    "model_type": ("جدول ({} یا {}) نیست", ("[section]", "{ key = value }")),
    "model_attributes_type": ("جدول ({} یا {}) نیست", ("[section]", "{ key = value }")),
    "list_type": ("فهرست (جدول‌های {}) نیست", ("[[section]]",)),
    "bool_type": ("{} یا {} نیست", ("true", "false")),
    "bool_parsing": ("{} یا {} نیست", ("true", "false")),
}
_RANGE_WORDS_FA: Final = {
    "greater_than": "بیشتر از",
    "greater_than_equal": "دست‌کم",
    "less_than": "کمتر از",
    "less_than_equal": "حداکثر",
}
_RANGE_WORDS: Final = {
    "greater_than": ("gt", "more than"),
    "greater_than_equal": ("ge", "at least"),
    "less_than": ("lt", "less than"),
    "less_than_equal": ("le", "at most"),
}


def _shown(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys the table at ``loc`` (without its last part) takes, from the models."""
    tp: Any = _ScenarioModel
    for part in loc:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(str(part))
            if field is None:
                return []
            tp = field.annotation
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        elif get_origin(tp) is list:
            tp = get_args(tp)[0]
        else:
            return []
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return ["schema" if n == "schema_" else n for n in tp.model_fields]
    return []


def _schema_error(origin: str, err: Any) -> ScenarioError:
    """One pydantic error in the words of the file: key, value, what is wrong, what it takes."""
    loc = tuple(err["loc"])
    key = ".".join(str(x) for x in loc).replace("schema_", "schema")
    kind = err["type"]
    value = err.get("input")

    def error(message: str, value: Any, allowed: str, message_fa: str) -> ScenarioError:
        return ScenarioError(
            f"{origin}: {message}",
            message_fa=_fa_where(origin) + message_fa,
            file=origin,
            key=key,
            value=value,
            allowed=allowed,
        )

    key_fa = _ltr(key)
    if kind == "missing":
        return error(
            f"{key} is missing (a value is required)",
            None,
            "a value is required",
            f"{key_fa} نیامده است (این مقدار لازم است)",
        )
    if kind == "extra_forbidden":
        known = _known_keys(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        where = f"; known keys here: {', '.join(known)}" if known else ""
        where_fa = f"؛ کلیدهای شناخته‌شده در این بخش: {_fa_list(known)}" if known else ""
        if close:
            where = f"; did you mean {close[0]}? Known keys here: {', '.join(known)}"
            where_fa = (
                f"؛ منظورتان {_ltr(close[0])} بود؟ کلیدهای شناخته‌شده در این بخش: {_fa_list(known)}"
            )
        return error(
            f"{key} is not a known key (set to {_shown(value)}){where}",
            value,
            "no such key" + (f"; known keys: {', '.join(known)}" if known else ""),
            f"{key_fa} کلید شناخته‌شده‌ای نیست (با مقدار {_fa_value(value)}){where_fa}",
        )
    if kind in _TYPE_PROBLEMS:
        problem, allowed = _TYPE_PROBLEMS[kind]
        problem_fa, latin = _TYPE_PROBLEMS_FA[kind]
        hint = hint_fa = ""
        if isinstance(value, str) and kind in ("float_parsing", "int_parsing", "int_from_float"):
            example = "0.5" if kind == "float_parsing" else "2027"
            hint = f" (write it without quotes, e.g. {loc[-1]} = {example})"
            hint_fa = f" (آن را بدون گیومه بنویسید، مثلاً {_ltr(f'{loc[-1]} = {example}')})"
        elif kind == "string_type" and not isinstance(value, dict | list):
            hint = " (put it in quotes)"
            hint_fa = " (آن را میان گیومه بگذارید)"
        return error(
            f"{key} = {_shown(value)} {problem}{hint}",
            value,
            allowed,
            f"مقدار {_fa_value(value)} برای {key_fa} "
            + problem_fa.format(*map(_ltr, latin))
            + hint_fa,
        )
    if kind in _RANGE_WORDS:
        bound, words = _RANGE_WORDS[kind]
        limit = (err.get("ctx") or {}).get(bound)
        allowed = f"{words} {limit}"
        shown_limit = _fa_number(limit) if isinstance(limit, int | float) else _fa_value(limit)
        return error(
            f"{key} = {_shown(value)} is out of range; allowed: {allowed}",
            value,
            allowed,
            f"مقدار {_fa_value(value)} برای {key_fa} بیرون از بازهٔ مجاز است؛ "
            f"مجاز: {_RANGE_WORDS_FA[kind]} {shown_limit}",
        )
    # Anything else pydantic reports: say it is invalid and why, in its own words.
    why = str(err.get("msg", "invalid value"))
    return error(
        f"{key} = {_shown(value)} is not valid ({why[:1].lower() + why[1:]})",
        value,
        why,
        f"مقدار {_fa_value(value)} برای {key_fa} درست نیست ({_ltr(why)})",
    )


_OUT_OF_RANGE_FA: Final = "مقدار {value} برای {key} بیرون از بازهٔ مجاز است"
_YEAR_OUT_OF_RANGE_FA: Final = "سال {value} برای {key} بیرون از بازهٔ مجاز است"


def _check_param(origin: str, p: Param, base_year: int) -> None:
    lo, hi, _ = KINDS[p.kind]
    rng = f"{lo:g} to {hi:g}"
    for name in ("value", "pessimistic", "optimistic"):
        v = getattr(p, name)
        if not lo <= v <= hi:
            raise _fail(
                origin,
                f"{p.key}.{name}",
                v,
                rng,
                allowed_fa=_fa_range(lo, hi),
                problem_fa=_OUT_OF_RANGE_FA,
            )
    a, b = sorted((p.pessimistic, p.optimistic))
    if not a <= p.value <= b:
        raise _fail(
            origin,
            f"{p.key}.value",
            p.value,
            f"between pessimistic ({p.pessimistic:g}) and optimistic ({p.optimistic:g})",
            allowed_fa=f"میان {_ltr('pessimistic')} ({_fa_number(p.pessimistic)}) و "
            f"{_ltr('optimistic')} ({_fa_number(p.optimistic)})",
            problem_fa="مقدار {value} برای {key} بیرون از بازهٔ بدبینانه تا خوش‌بینانه است",
        )
    first = max(base_year, YEAR_RANGE[0])
    if not first <= p.by <= YEAR_RANGE[1]:
        raise _fail(
            origin,
            f"{p.key}.by",
            p.by,
            f"{first} to {YEAR_RANGE[1]}",
            allowed_fa=_fa_years(first, YEAR_RANGE[1]),
            problem_fa=_YEAR_OUT_OF_RANGE_FA,
        )
    if p.status not in STATUSES:
        raise _fail(
            origin,
            f"{p.key}.status",
            p.status,
            ", ".join(STATUSES),
            allowed_fa=_fa_statuses(),
        )
    if not p.source.strip():
        raise _fail(
            origin,
            f"{p.key}.source",
            p.source,
            "a non-empty citation",
            allowed_fa="ارجاعی ناخالی به منبعی که عدد از آن آمده است",
            problem_fa="منبع {key} خالی است",
        )


def _param(origin: str, key: str, kind: str, m: _ParamModel, base_year: int) -> Param:
    p = Param(
        key=key,
        kind=kind,
        value=m.value,
        pessimistic=m.value if m.pessimistic is None else m.pessimistic,
        optimistic=m.value if m.optimistic is None else m.optimistic,
        by=m.by,
        source=m.source,
        status=m.status,
        claim=m.claim,
        note_en=m.note_en,
        note_fa=m.note_fa,
        source_fa=m.source_fa,
    )
    _check_param(origin, p, base_year)
    return p


def parse_scenario(doc: dict[str, Any], origin: str = "<scenario>") -> Scenario:
    """Validate a parsed scenario document (raises :class:`ScenarioError`)."""
    doc = dict(doc)
    if "schema" in doc:
        doc["schema_"] = doc.pop("schema")
    try:
        m = _ScenarioModel.model_validate(doc)
    except ValidationError as exc:
        # A misspelt key ("vlaue") also makes the right key missing: name the misspelling.
        errors = exc.errors()
        first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        raise _schema_error(origin, first) from None
    if m.schema_ != "azadkar.scenario/1":
        raise _fail(
            origin, "schema", m.schema_, "azadkar.scenario/1", allowed_fa=_ltr("azadkar.scenario/1")
        )
    if m.status not in STATUSES:
        raise _fail(origin, "status", m.status, ", ".join(STATUSES), allowed_fa=_fa_statuses())
    if not YEAR_RANGE[0] <= m.base_year <= YEARS[0] - 1:
        raise _fail(
            origin,
            "base_year",
            m.base_year,
            f"{YEAR_RANGE[0]} to {YEARS[0] - 1}",
            allowed_fa=_fa_years(YEAR_RANGE[0], YEARS[0] - 1),
            problem_fa=_YEAR_OUT_OF_RANGE_FA,
        )
    params: dict[str, Param] = {}
    for layer, entries in m.layers.items():
        if layer not in LAYERS:
            raise _fail(
                origin,
                f"layers.{layer}",
                layer,
                ", ".join(LAYERS),
                "unknown layer",
                allowed_fa=_fa_layers(),
                problem_fa="لایهٔ {value} در {key} شناخته نیست",
            )
        for name, pm in entries.items():
            if name not in ("takeover", "multiplier"):
                raise _fail(
                    origin,
                    f"layers.{layer}.{name}",
                    name,
                    "takeover, multiplier",
                    allowed_fa=_fa_list(("takeover", "multiplier")),
                    problem_fa=_UNKNOWN_KEY_FA,
                )
            key = f"layers.{layer}.{name}"
            params[key] = _param(origin, key, name, pm, m.base_year)
    for section, allowed in (
        ("market", ("pass_through",)),
        ("adapt", ("redeploy", "bridge_demand")),
    ):
        for name, pm in getattr(m, section).items():
            if name not in allowed:
                raise _fail(
                    origin,
                    f"{section}.{name}",
                    name,
                    ", ".join(allowed),
                    "unknown key",
                    allowed_fa=_fa_list(allowed),
                    problem_fa=_UNKNOWN_KEY_FA,
                )
            key = f"{section}.{name}"
            params[key] = _param(origin, key, name, pm, m.base_year)
    service_ids = {s.id for s in load_taxonomy().services}
    for table in ("pay", "demand"):
        for target, pm in getattr(m, table).items():
            if target not in CATEGORY_IDS and target not in service_ids:
                raise _fail(
                    origin,
                    f"{table}.{target}",
                    target,
                    "a category id (" + ", ".join(CATEGORY_IDS) + ") or a service id",
                    "unknown category or service",
                    allowed_fa=f"شناسهٔ یک دسته ({_fa_list(CATEGORY_IDS)}) یا شناسهٔ یک خدمت",
                    problem_fa="دسته یا خدمتی به نام {value} در {key} شناخته نیست",
                )
            key = f"{table}.{target}"
            params[key] = _param(origin, key, table, pm, m.base_year)
    claims = tuple(CitedFigure(c.id, c.en, c.fa, c.source, c.status) for c in m.claims)
    return Scenario(
        id=m.id,
        name_en=m.name_en,
        name_fa=m.name_fa,
        description_en=m.description_en,
        description_fa=m.description_fa,
        status=m.status,
        base_year=m.base_year,
        params=params,
        claims=claims,
        origin=origin,
    )


def _key_parts(text: str) -> list[str]:
    """``a."b.c".d`` -> ``["a", "b.c", "d"]`` (a TOML dotted key, quotes removed)."""
    return [
        p.strip().strip("\"'")
        for p in re.findall(r"\s*(\"[^\"]*\"|'[^']*'|[^.]+)\s*(?:\.|$)", text.strip())
    ]


def _line_of(text: str, key: str) -> int | None:
    """The line of ``text`` (a scenario file) that sets ``key``, or the table it belongs in.

    A line-based reading of tables and ``key = value`` lines, enough to point at the line:
    ``[[claims]]`` tables are numbered as pydantic numbers them (``claims.0.id``).
    """
    want = key.split(".")
    table: list[str] = []
    counts: dict[tuple[str, ...], int] = {}
    starts_with: int | None = None
    best: tuple[int, int] | None = None  # (length of the matching path, line)
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        path: list[str]
        if line.startswith("[["):
            parts = _key_parts(line[2:].split("]]")[0])
            index = counts.get(tuple(parts), 0)
            counts[tuple(parts)] = index + 1
            table = path = [*parts, str(index)]
        elif line.startswith("["):
            table = path = _key_parts(line[1:].split("]")[0])
        elif "=" in line:
            path = table + _key_parts(line.split("=", 1)[0])
        else:
            continue
        if path == want:
            return n
        if starts_with is None and path[: len(want)] == want:
            starts_with = n
        if path == want[: len(path)] and (best is None or len(path) > best[0]):
            best = (len(path), n)
    if starts_with is not None:
        return starts_with
    return best[1] if best else None


def _read(text: str, origin: str) -> Scenario:
    # A byte-order mark (Notepad writes one) is not part of the TOML.
    text = text.removeprefix("\ufeff")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib ends its message with where: "(at line 7, column 12)" or "(at end of document)".
        at = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", str(exc), re.DOTALL)
        if at:
            where_fa = _fa_where(origin, int(at[2]), int(at[3]))
            why = at[1]
        else:
            where_fa = _fa_where(origin)
            why = str(exc).removesuffix(" (at end of document)")
            if why != str(exc):
                where_fa = where_fa.removesuffix(": ") + "، در پایان پرونده: "
        raise ScenarioError(
            f"{origin}: not valid TOML ({exc})",
            message_fa=f"{where_fa}متن TOML درستی نیست ({_ltr(why)})",
            file=origin,
            key=None,
            value=None,
            allowed="TOML",
        ) from None
    try:
        return parse_scenario(doc, origin)
    except ScenarioError as exc:
        key = exc.data.get("key")
        line = _line_of(text, key) if key and exc.message.startswith(f"{origin}: ") else None
        if line is None:
            raise
        message = f"{origin}, line {line}: " + exc.message[len(origin) + 2 :]
        message_fa = exc.message_fa
        if message_fa and message_fa.startswith(_fa_where(origin)):
            message_fa = _fa_where(origin, line) + message_fa[len(_fa_where(origin)) :]
        raise ScenarioError(message, message_fa=message_fa, **{**exc.data, "line": line}) from None


@cache
def _shipped(name: str) -> Scenario:
    text = resources.files("azadkar").joinpath(f"data/scenarios/{name}.toml").read_text("utf-8")
    return _read(text, f"data/scenarios/{name}.toml")


def list_scenarios() -> list[Scenario]:
    """The shipped scenarios."""
    return [_shipped(n) for n in SHIPPED]


def load_scenario(name_or_path: str | Path | Scenario | None = None) -> Scenario:
    """A shipped scenario by name (``report-2025``) or a user's scenario file by path."""
    if isinstance(name_or_path, Scenario):
        return name_or_path
    name = str(name_or_path or DEFAULT)
    if name in SHIPPED:
        return _shipped(name)
    path = Path(name)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            what_fa = "یک پوشه است، نه پرونده" if path.is_dir() else "وجود ندارد"
            raise ScenarioError(
                f"scenario file {name!r} {what}",
                message_fa=f"پروندهٔ سناریوی «{name}» {what_fa}",
                file=name,
                key=None,
                value=None,
                allowed="an existing .toml file",
            )
        try:
            text = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ScenarioError(
                f"scenario file {name!r} cannot be read as UTF-8 TOML text ({exc})",
                message_fa=f"پروندهٔ سناریوی «{name}» را نمی‌توان به‌صورت متن TOML با "
                f"رمزگذاری UTF-8 خواند ({exc})",
                file=name,
                key=None,
                value=None,
                allowed="a UTF-8 .toml file",
            ) from None
        return _read(text, str(path))
    shown = name if len(name) <= 60 else name[:59] + "…"
    raise ScenarioError(
        f"unknown scenario {shown!r}; shipped: {', '.join(SHIPPED)} (or give a path to a .toml file)",
        message_fa=f"سناریوی «{shown}» شناخته نشد؛ سناریوهای همراه برنامه: "
        f"{'، '.join(_ltr(s) for s in SHIPPED)} (یا مسیر یک پروندهٔ {_ltr('.toml')} را بدهید)",
        file=name,
        key=None,
        value=name,
        allowed=", ".join(SHIPPED),
    )


__all__ = [
    "CASES",
    "DEFAULT",
    "KINDS",
    "SHIPPED",
    "YEARS",
    "CitedFigure",
    "Param",
    "Scenario",
    "list_scenarios",
    "load_scenario",
    "parse_scenario",
]
