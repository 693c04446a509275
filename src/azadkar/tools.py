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
class Catalogue:
    as_of: str
    source: str
    tools: tuple[Tool, ...]


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
        as_of=str(doc.get("as_of", "")), source=str(doc.get("source", "")), tools=tuple(tools)
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


__all__ = [
    "CONTRIBUTIONS",
    "DIGITAL_SOURCE_TYPES",
    "LANGUAGE_STATUSES",
    "LAYERS",
    "MODALITIES",
    "MODES",
    "TEXT_LANGUAGES",
    "Catalogue",
    "Tool",
    "find_tool",
    "get_tool",
    "load_catalogue",
    "load_tools",
    "tools_for_layer",
    "tools_for_service",
]
