"""The AI tool catalogue: which generative-AI tools freelancers use and what their use implies.

The hand-curated source is ``data/tools.toml`` (dated by its ``as_of`` key). Each tool
says what it does (English and Persian), which modalities it produces, which layers of
change and which taxonomy services it serves, its typical uses, the IPTC
digitalSourceType its output usually implies when it *generates* and when it *edits*,
and the AI Attribution contribution codes (Se/Ce/Nc) it typically implies.

The disclosure package reads it to fill in defaults for a tool use; the plan reads it to
suggest tools per service and layer::

    from azadkar.tools import get_tool, tools_for_service
    get_tool("grammarly").dst_edit          # 'algorithmicallyEnhanced'
    [t.id for t in tools_for_service("seo")]
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Final, Literal

from azadkar.errors import DataError, InputError
from azadkar.layers import LAYERS

MODALITIES: Final = ("text", "image", "audio", "video", "code")
# What the catalogue records about a text tool and a language (``[tool.text_languages]``):
# it works on text in that language; it only translates to or from it; it does not; or
# no vendor page we read says either way.
LANGUAGE_STATUSES: Final = ("yes", "translation", "no", "unknown")
# The languages whose support the catalogue records (azadkar's two languages).
TEXT_LANGUAGES: Final = ("fa", "en")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CONTRIBUTIONS: Final = ("Se", "Ce", "Nc")
# How a tool was used in a deliverable (the disclosure record's ``mode``).
MODES: Final = ("generate", "edit", "assist")
# The IPTC NewsCodes "digital source type" terms (https://cv.iptc.org/newscodes/digitalsourcetype/).
DIGITAL_SOURCE_TYPES: Final = (
    "digitalCapture",
    "computationalCapture",
    "negativeFilm",
    "positiveFilm",
    "print",
    "humanEdits",
    "compositeCapture",
    "algorithmicallyEnhanced",
    "digitalCreation",
    "dataDrivenMedia",
    "trainedAlgorithmicMedia",
    "algorithmicMedia",
    "screenCapture",
    "virtualRecording",
    "composite",
    "compositeSynthetic",
    "compositeWithTrainedAlgorithmicMedia",
)

_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

Lang = Literal["en", "fa"]


@dataclass(frozen=True, slots=True)
class Tool:
    """One AI tool as the catalogue describes it (see ``data/tools.toml`` for the fields)."""

    id: str
    name: str
    vendor: str
    url: str
    what_en: str
    what_fa: str
    modalities: tuple[str, ...]
    layers: tuple[str, ...]
    services: tuple[str, ...]
    uses_en: tuple[str, ...]
    uses_fa: tuple[str, ...]
    dst_generate: str
    dst_edit: str
    aia_contributions: tuple[str, ...]
    edit_contribution: str
    # How freelancers usually use it (generate, edit or assist): what `azadkar disclose`
    # offers, and records for `--tool NAME` given without a mode.
    default_mode: str
    # For a tool that works on text: language -> one of LANGUAGE_STATUSES, with the
    # evidence (the vendor page or docs it was read from) and the date it was read.
    text_languages: dict[str, str] = field(default_factory=dict)
    language_evidence: str = ""
    language_read: str = ""
    # A tool made for text in one language only (a Persian text cleaner): suggested only
    # to people who work in it.
    made_for_language: str = ""

    def text_support(self, lang: str, *, translating: bool = False) -> str:
        """Whether the tool serves text work in ``lang``: "yes", "no" or "unknown".

        A tool recorded as translating ``lang`` only ("translation") serves translation
        tasks (``translating``) but not writing or proofreading in that language. A tool
        without a text record (an image generator) is "unknown"."""
        status = self.text_languages.get(lang, "unknown")
        if status == "translation":
            return "yes" if translating else "no"
        return status

    def what(self, lang: str = "en") -> str:
        return self.what_fa if lang == "fa" else self.what_en

    def uses(self, lang: str = "en") -> tuple[str, ...]:
        return self.uses_fa if lang == "fa" else self.uses_en

    def digital_source_type(self, mode: str) -> str:
        """The IPTC term the tool's output usually implies in ``mode`` (generate or edit)."""
        return self.dst_generate if mode == "generate" else self.dst_edit

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class DirectionAdvice:
    """What to supervise when translating in one direction, or one kind of text
    (``[[translation_direction]]`` and ``[[translation_genre]]`` in ``data/tools.toml``).

    ``cues``: for a kind of text, the patterns (on the lower-cased description) that name
    it. ``basis`` says what the advice rests on (azadkar's judgement, not a measurement)."""

    id: str
    name_en: str
    name_fa: str
    supervise_en: tuple[str, ...]
    supervise_fa: tuple[str, ...]
    basis: str
    cues: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" else self.name_en

    def supervise(self, lang: str) -> tuple[str, ...]:
        return self.supervise_fa if lang == "fa" else self.supervise_en


@dataclass(frozen=True, slots=True)
class Catalogue:
    as_of: str
    source: str
    tools: tuple[Tool, ...]
    # What to supervise per translation direction ("en_fa", "fa_en") and per kind of text.
    directions: tuple[DirectionAdvice, ...] = ()
    genres: tuple[DirectionAdvice, ...] = ()


def _strs(doc: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"tools.toml: {where}: '{key}' must be a list of strings", key=key)
    return tuple(value)


def _check_all(values: tuple[str, ...], allowed: tuple[str, ...], key: str, where: str) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise DataError(
            f"tools.toml: {where}: unknown {key} {bad}; allowed: {', '.join(allowed)}", key=key
        )


def _languages(raw: dict[str, Any], where: str) -> dict[str, Any]:
    table = raw.get("text_languages")
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise DataError(f"tools.toml: {where}: 'text_languages' must be a table")
    statuses = {k: v for k, v in table.items() if k not in ("evidence", "read")}
    # Tool.to_dict() keeps the evidence beside the table; both shapes parse the same.
    return {
        "text_languages": statuses,
        "language_evidence": table.get("evidence", raw.get("language_evidence", "")),
        "language_read": table.get("read", raw.get("language_read", "")),
    }


def _check_languages(tool: Tool, where: str) -> None:
    """A text tool says, for each of TEXT_LANGUAGES, whether it serves it, with evidence
    and the date that evidence was read: a language claim without a source is refused."""
    if "text" not in tool.modalities and not tool.text_languages:
        return
    missing = [lang for lang in TEXT_LANGUAGES if lang not in tool.text_languages]
    if missing:
        raise DataError(
            f"tools.toml: {where}: [tool.text_languages] must give {', '.join(missing)} "
            f"(one of {', '.join(LANGUAGE_STATUSES)})",
            tool=tool.id,
        )
    _check_all(tuple(tool.text_languages.values()), LANGUAGE_STATUSES, "language status", where)
    _check_all(tuple(tool.text_languages), TEXT_LANGUAGES, "language", where)
    if tool.made_for_language and tool.text_languages.get(tool.made_for_language) != "yes":
        raise DataError(
            f"tools.toml: {where}: made_for_language {tool.made_for_language!r} must have "
            "text_languages status 'yes'",
            tool=tool.id,
        )
    if not isinstance(tool.language_evidence, str) or not tool.language_evidence.strip():
        raise DataError(f"tools.toml: {where}: text_languages needs its evidence", tool=tool.id)
    if not isinstance(tool.language_read, str) or not _DATE.match(tool.language_read):
        raise DataError(
            f"tools.toml: {where}: text_languages needs the date its evidence was read "
            "(read = YYYY-MM-DD)",
            tool=tool.id,
        )


def _advice(doc: dict[str, Any], table: str, cues: bool) -> tuple[DirectionAdvice, ...]:
    out = []
    for n, raw in enumerate(doc.get(table, []), 1):
        where = f"{table} #{n} ({raw.get('id') or 'no id'})"
        missing = [k for k in ("id", "name_en", "name_fa", "basis") if not raw.get(k)]
        if missing:
            raise DataError(f"tools.toml: {where}: missing {', '.join(missing)}")
        advice = DirectionAdvice(
            id=raw["id"],
            name_en=raw["name_en"],
            name_fa=raw["name_fa"],
            supervise_en=_strs(raw, "supervise_en", where),
            supervise_fa=_strs(raw, "supervise_fa", where),
            basis=raw["basis"],
            cues=_strs(raw, "cues", where),
        )
        if not advice.supervise_en or len(advice.supervise_en) != len(advice.supervise_fa):
            raise DataError(
                f"tools.toml: {where}: supervise_en and supervise_fa must be non-empty and "
                "the same length"
            )
        if cues and not advice.cues:
            raise DataError(f"tools.toml: {where}: cues are required")
        for cue in advice.cues:
            try:
                re.compile(cue)
            except re.error as exc:
                raise DataError(
                    f"tools.toml: {where}: cue {cue!r} is not a pattern: {exc}"
                ) from exc
        out.append(advice)
    if table == "translation_direction" and sorted(a.id for a in out) != sorted(DIRECTIONS):
        raise DataError(
            f"tools.toml: [[translation_direction]] must give {', '.join(DIRECTIONS)}, "
            f"each once; found {[a.id for a in out]}"
        )
    return tuple(out)


def parse_catalogue(doc: dict[str, Any]) -> Catalogue:
    """Validate a parsed ``tools.toml`` document and build the catalogue."""
    tools: list[Tool] = []
    seen: set[str] = set()
    for n, raw in enumerate(doc.get("tool", []), 1):
        tool_id = raw.get("id", "")
        where = f"tool #{n} ({tool_id or 'no id'})"
        if not _ID.match(tool_id):
            raise DataError(f"tools.toml: {where}: id must be snake_case", tool=tool_id)
        if tool_id in seen:
            raise DataError(f"tools.toml: {where}: duplicate id", tool=tool_id)
        seen.add(tool_id)
        missing = [
            k
            for k in (
                "name",
                "vendor",
                "url",
                "what_en",
                "what_fa",
                "dst_generate",
                "dst_edit",
                "default_mode",
            )
            if not isinstance(raw.get(k), str) or not raw[k]
        ]
        if missing:
            raise DataError(f"tools.toml: {where}: missing {', '.join(missing)}", tool=tool_id)
        tool = Tool(
            id=tool_id,
            name=raw["name"],
            vendor=raw["vendor"],
            url=raw["url"],
            what_en=raw["what_en"],
            what_fa=raw["what_fa"],
            modalities=_strs(raw, "modalities", where),
            layers=_strs(raw, "layers", where),
            services=_strs(raw, "services", where),
            uses_en=_strs(raw, "uses_en", where),
            uses_fa=_strs(raw, "uses_fa", where),
            dst_generate=raw["dst_generate"],
            dst_edit=raw["dst_edit"],
            aia_contributions=_strs(raw, "aia_contributions", where),
            edit_contribution=raw.get("edit_contribution", "Se"),
            default_mode=raw["default_mode"],
            made_for_language=raw.get("made_for_language", ""),
            **_languages(raw, where),
        )
        _check_all(tool.modalities, MODALITIES, "modalities", where)
        _check_all(tool.layers, LAYERS, "layers", where)
        _check_all((tool.dst_generate, tool.dst_edit), DIGITAL_SOURCE_TYPES, "IPTC term", where)
        _check_all(tool.aia_contributions, CONTRIBUTIONS, "AIA contribution", where)
        _check_all((tool.edit_contribution,), CONTRIBUTIONS, "edit_contribution", where)
        _check_all((tool.default_mode,), MODES, "default_mode", where)
        if not tool.modalities or not tool.layers or not tool.aia_contributions:
            raise DataError(
                f"tools.toml: {where}: modalities, layers and contributions are required"
            )
        _check_languages(tool, where)
        if len(tool.uses_en) != len(tool.uses_fa):
            raise DataError(f"tools.toml: {where}: uses_en and uses_fa differ in length")
        for service in tool.services:
            if not _ID.match(service):
                raise DataError(f"tools.toml: {where}: bad service id {service!r}")
        tools.append(tool)
    return Catalogue(
        as_of=str(doc.get("as_of", "")),
        source=str(doc.get("source", "")),
        tools=tuple(tools),
        directions=_advice(doc, "translation_direction", cues=False)
        if "translation_direction" in doc
        else (),
        genres=_advice(doc, "translation_genre", cues=True),
    )


@cache
def load_catalogue() -> Catalogue:
    """The shipped catalogue with its date (``as_of``) and source note."""
    try:
        text = resources.files("azadkar").joinpath("data/tools.toml").read_text("utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - only on a broken install
        raise DataError("the AI tool catalogue data/tools.toml is missing") from exc
    return parse_catalogue(tomllib.loads(text))


def load_tools() -> list[Tool]:
    """Every tool in the catalogue, in catalogue order."""
    return list(load_catalogue().tools)


def get_tool(tool_id: str) -> Tool:
    """The tool with ``tool_id``; also accepts its display name, case-insensitively."""
    wanted = tool_id.strip()
    folded = wanted.casefold().replace("-", "_").replace(" ", "_")
    for tool in load_catalogue().tools:
        if folded in (tool.id, tool.name.casefold().replace(" ", "_")):
            return tool
    known = [t.id for t in load_catalogue().tools]
    close = difflib.get_close_matches(folded, known, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else f" Known tools: {', '.join(known)}."
    raise InputError(f"unknown AI tool {tool_id!r}.{hint}", tool=tool_id, suggestions=close)


def find_tool(name: str) -> Tool | None:
    """Like :func:`get_tool` but ``None`` for a tool outside the catalogue."""
    try:
        return get_tool(name)
    except InputError:
        return None


def tools_for_service(service_id: str) -> list[Tool]:
    """Tools typically used in the taxonomy service ``service_id`` (catalogue order)."""
    return [t for t in load_catalogue().tools if service_id in t.services]


def tools_for_layer(layer: str) -> list[Tool]:
    """Tools that serve the layer of change ``layer`` (execution, ideation, audience, client)."""
    if layer not in LAYERS:
        raise InputError(f"unknown layer {layer!r}; use one of {', '.join(LAYERS)}", layer=layer)
    return [t for t in load_catalogue().tools if layer in t.layers]


# --------------------------------------------------------------------------- translation

# The two directions azadkar models between its two languages: id -> (source, target).
DIRECTIONS: Final = {"en_fa": ("en", "fa"), "fa_en": ("fa", "en")}
_LANG_WORD: Final = {
    "english": "en",
    "persian": "fa",
    "farsi": "fa",
    "انگلیسی": "en",
    "فارسی": "fa",
}
_EN_LANG = r"(english|persian|farsi)"
# a half-space (ZWNJ) continues a word: «فارسی‌زبانان» (Persian speakers) names no language
_FA_LANG = r"(?:زبان[ِ]?\s+)?(انگلیسی|فارسی)(?![\u0600-\u06ff\u200c])"
# Where a description names a direction: (pattern, which groups are (source, target)).
# "English to Persian", «از انگلیسی به فارسی» name both; "into English", «به فارسی ترجمه»
# the target; "from Persian", «از فارسی» the source (the other language is the other end).
_DIRECTION_PATTERNS: Final = (
    (rf"\b{_EN_LANG}\s*(?:to|into|>|->|→|—|–)\s*{_EN_LANG}\b", "st"),
    (rf"(?<![\u0600-\u06ff])(انگلیسی|فارسی)\s*(?:به|>|->|←|→|-)\s*{_FA_LANG}", "st"),
    (rf"\binto\s+{_EN_LANG}\b", "t"),
    (rf"ترجم[^.؛،\n]{{0,40}}?به\s+{_FA_LANG}", "t"),
    (rf"به\s+{_FA_LANG}\s+(?:ترجم|برگردان)\S*", "t"),
    (rf"\bfrom\s+{_EN_LANG}\b", "s"),
    (rf"(?<![\u0600-\u06ff])از\s+{_FA_LANG}", "s"),
)


@dataclass(frozen=True, slots=True)
class DirectionFound:
    """One direction a description names: where, the words, and the kinds of text named
    with it ("books into Persian": literary)."""

    direction: str
    words: str
    genres: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TranslationDirection:
    """The direction(s) of a translator's work and how they were found.

    ``source``: "description" (named in the description's words) or "default" (none named:
    both directions are assumed, so every direction's tools and checks are shown)."""

    directions: tuple[str, ...]
    source: str
    found: tuple[DirectionFound, ...] = ()

    def genres(self, direction: str) -> tuple[str, ...]:
        out: list[str] = []
        for f in self.found:
            if f.direction == direction:
                out += [g for g in f.genres if g not in out]
        return tuple(out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "directions": list(self.directions),
            "source": self.source,
            "found": [
                {"direction": f.direction, "words": f.words, "genres": list(f.genres)}
                for f in self.found
            ],
        }


def _direction(groups: tuple[str, ...], kind: str) -> str | None:
    langs = [_LANG_WORD[g.casefold()] for g in groups if g]
    if kind == "st":
        src, tgt = langs
    elif kind == "t":
        tgt = langs[0]
        src = "fa" if tgt == "en" else "en"
    else:
        src = langs[0]
        tgt = "fa" if src == "en" else "en"
    if src == tgt:
        return None
    return f"{src}_{tgt}"


def translation_direction(text: str | None) -> TranslationDirection:
    """The translation direction(s) a description names ("English to Persian", «از فارسی
    به انگلیسی», "into English"), each with the kinds of text named before it up to the
    previous direction ("books from English into Persian": literary; «اسناد تجاری از فارسی
    به انگلیسی»: legal and business). None named: both directions, as a stated default."""
    folded = (text or "").casefold()
    spans: list[tuple[int, int, str]] = []
    for pattern, kind in _DIRECTION_PATTERNS:
        for m in re.finditer(pattern, folded):
            # a longer match found first ("English to Persian") covers its parts
            if any(a <= m.start() < b or a < m.end() <= b for a, b, _ in spans):
                continue
            named_direction = _direction(m.groups(), kind)
            if named_direction:
                spans.append((m.start(), m.end(), named_direction))
    spans.sort()
    if not spans:
        return TranslationDirection(tuple(DIRECTIONS), "default")
    genres = load_catalogue().genres
    # the description's own words where folding kept the offsets (it can lengthen "ß")
    shown = text if text is not None and len(text) == len(folded) else folded
    found: list[DirectionFound] = []
    start = 0
    for a, b, direction in spans:
        # the words since the previous direction (or the text's start), to the direction's end
        window = folded[start:b]
        named = tuple(g.id for g in genres if any(re.search(c, window) for c in g.cues))
        found.append(DirectionFound(direction, shown[a:b], named))
        start = b
    directions = tuple(d for d in DIRECTIONS if any(f.direction == d for f in found))
    return TranslationDirection(directions, "description", tuple(found))


def translation_support(tool: Tool, direction: str) -> str:
    """ "yes", "no" or "unknown": whether the catalogue records that ``tool`` translates in
    ``direction`` ("en_fa" or "fa_en"): it must read the source and write the target."""
    src, tgt = DIRECTIONS[direction]
    found = [tool.text_support(src, translating=True), tool.text_support(tgt, translating=True)]
    if "no" in found:
        return "no"
    return "unknown" if "unknown" in found else "yes"


def translation_tools(direction: str) -> list[tuple[Tool, str]]:
    """The catalogue's text tools that translate (service ``text_translation``; not a
    research assistant such as Perplexity, nor a cleaner made for one language such as
    Virastar), each with :func:`translation_support` in ``direction``, specialists before
    general assistants."""
    tools = [
        t
        for t in load_catalogue().tools
        if "text_translation" in t.services
        and t.modalities[0] == "text"
        and t.default_mode != "assist"
        and not t.made_for_language
    ]
    tools.sort(key=lambda t: len(t.layers) >= 4)  # chat assistants serve every layer
    return [(t, translation_support(t, direction)) for t in tools]


def output_checkers(direction: str) -> list[Tool]:
    """The catalogue's proofreading tools recorded as serving the target language of
    ``direction`` for editing (not only translating): Virastar for Persian, Grammarly for
    English. Those of unknown support are left out: this list is a suggestion."""
    from azadkar.plan import TASK_TOOL_CUES

    ids = next(ids for cue, _, ids in TASK_TOOL_CUES if cue == "proofreading")
    tgt = DIRECTIONS[direction][1]
    by_id = {t.id: t for t in load_catalogue().tools}
    return [by_id[i] for i in ids if i in by_id and by_id[i].text_support(tgt) == "yes"]


@dataclass(frozen=True, slots=True)
class TranslationPlan:
    """A translator's directions and, per direction, the catalogue's translation tools
    with their recorded support and the tools recorded as checking the target language:
    the one computation the plan's JSON (``translation_direction``) and every report's
    view of it (``azadkar.report.plan_strings.translation_view``) read."""

    found: TranslationDirection
    tools: dict[str, tuple[tuple[Tool, str], ...]]  # direction -> ((tool, support), ...)
    checkers: dict[str, tuple[Tool, ...]]  # direction -> tools checking its target text

    @property
    def directions(self) -> tuple[str, ...]:
        return self.found.directions

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.found.to_dict(),
            "tools": {
                d: [{"id": t.id, "support": st} for t, st in self.tools[d]] for d in self.directions
            },
        }


def translation_plan(
    services: Iterable[tuple[str, float]], text: str | None
) -> TranslationPlan | None:
    """For a profile with the service ``text_translation`` (``services``: (id, share)
    pairs): the directions its description ``text`` names (or both, as the stated default)
    with each direction's tools and checkers; None for anyone else."""
    if not any(sid == "text_translation" for sid, _ in services):
        return None
    found = translation_direction(text)
    return TranslationPlan(
        found,
        {d: tuple(translation_tools(d)) for d in found.directions},
        {d: tuple(output_checkers(d)) for d in found.directions},
    )


__all__ = [
    "CONTRIBUTIONS",
    "DIGITAL_SOURCE_TYPES",
    "DIRECTIONS",
    "LANGUAGE_STATUSES",
    "LAYERS",
    "MODALITIES",
    "MODES",
    "TEXT_LANGUAGES",
    "Catalogue",
    "DirectionAdvice",
    "DirectionFound",
    "Tool",
    "TranslationDirection",
    "TranslationPlan",
    "find_tool",
    "get_tool",
    "load_catalogue",
    "load_tools",
    "output_checkers",
    "tools_for_layer",
    "tools_for_service",
    "translation_direction",
    "translation_plan",
    "translation_support",
    "translation_tools",
]
