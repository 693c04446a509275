"""The disclosure record: what a deliverable is and how AI was used to make it.

The record is what a freelancer states (JSON in). :func:`azadkar.disclosure.disclose`
turns it into a :class:`~azadkar.disclosure.report.DisclosureReport` (JSON out) with the
AI Attribution statement, the IPTC digital source type, the client sentences and the
EU AI Act guidance. The JSON Schema of the record is published at
``azadkar/data/schemas/disclosure.schema.json`` (generated from this model; a test keeps
them in step).
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from azadkar.errors import DisclosureError

Mode = Literal["generate", "edit", "assist"]
Modality = Literal["text", "image", "audio", "video", "code", "mixed"]
Contribution = Literal["Se", "Ce", "Nc"]
Initiative = Literal["human", "ai"]
HumanSource = Literal["digitalCreation", "digitalCapture"]

SCHEMA_ID = "https://azadkar.local/schemas/disclosure.schema.json"


class ToolUse(BaseModel):
    """One use of one AI tool while making the deliverable."""

    model_config = ConfigDict(extra="forbid")

    tool: str = Field(
        min_length=1,
        description="Catalogue id (e.g. 'chatgpt', see `azadkar.tools`) or the name of a "
        "tool outside the catalogue.",
    )
    mode: Mode = Field(
        default="generate",
        description="'generate': the tool made material that is in the deliverable; 'edit': it "
        "changed material a person made; 'assist': it helped (ideas, research, checks) but "
        "none of its output is in the deliverable as such. Left out: the catalogue tool's "
        "usual mode (edit for Photoshop, generate for Midjourney); generate for a tool outside "
        "the catalogue.",
    )
    purpose: str = Field(default="", description="What it was used for, in a few words.")
    contribution: Contribution | None = Field(
        default=None,
        description="AI Attribution contribution code (Se stylistic edits, Ce content edits, "
        "Nc new content). Empty: taken from the mode and the tool catalogue.",
    )
    model: str | None = Field(
        default=None, description="Model or version, e.g. 'GPT-5' or 'V7' (optional)."
    )

    @model_validator(mode="before")
    @classmethod
    def _usual_mode(cls, data: Any) -> Any:
        # A use without a mode takes the catalogue tool's usual one, as `--tool NAME`, the
        # interactive prompt and the web form do: a Photoshop retouch recorded as "generate"
        # would put new AI content (AIA Nc) into a signed file.
        if (
            isinstance(data, dict)
            and data.get("mode") is None
            and isinstance(data.get("tool"), str)
        ):
            # The same matching as the rest of the record: ids, names and the usual other
            # spellings ("photoshop", «فتوشاپ», "chat gpt"), not only the catalogue id.
            from azadkar.disclosure.tool_names import match_tool

            found = match_tool(data["tool"]) if data["tool"].strip() else None
            if found is not None:
                data = {**data, "mode": found.default_mode}
        return data

    @field_validator("tool", "purpose", "model")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        return not_blank(value)

    @field_validator("contribution")
    @classmethod
    def _assist_has_no_code(cls, value: str | None, info: ValidationInfo) -> str | None:
        # A code says what the tool's output did to the deliverable; an assisting tool's
        # output is not in it (the client sentence says so), so a code would contradict it.
        if value and info.data.get("mode") == "assist":
            from azadkar.disclosure.fa_errors import BilingualValueError, ltr

            raise BilingualValueError(
                f"{value!r} says the tool's output is in the deliverable, but mode 'assist' "
                "says none of it is; drop the code, or set the mode to generate or edit",
                f"{ltr(repr(value))} می‌گوید خروجی ابزار در اثر است، اما حالت {ltr('assist')} "
                f"(کمک) می‌گوید هیچ‌یک از آن در اثر نیست؛ کد را بردارید یا حالت را "
                f"{ltr('generate')} یا {ltr('edit')} بگذارید",
            )
        return value


# Characters that show nothing although Unicode files them as letters or symbols.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Controls, format characters (ZWNJ, ZWJ, RLM, the isolates, a BOM, a soft hyphen),
# separators and combining marks.
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def _invisible(ch: str) -> bool:
    """A character that puts nothing visible on the screen: a space, a control or format
    character (ZWNJ, RLM, LRI, a BOM, a soft hyphen), a separator, a combining mark with no
    letter to sit on (``is_blank`` looks at whole texts), a blank filler letter."""
    return ch.isspace() or ch in _BLANK_GLYPHS or unicodedata.category(ch) in _INVISIBLE


def is_blank(value: str) -> bool:
    """True when ``value`` has no visible character: empty, spaces, or only invisible
    characters such as ZWNJ (U+200C) and RLM (U+200F) (``"\u200c\u200f"`` is blank)."""
    return all(_invisible(ch) for ch in value)


def not_blank(value: str | None) -> str | None:
    """``value`` unless it is text with no visible character: only spaces, or invisible
    characters such as ZWNJ and RLM (refused, like an empty required field).

    An empty optional field means "not given"; one of spaces would print as a blank name,
    title or purpose ("AI-USE DISCLOSURE:    ").
    """
    from azadkar.disclosure.fa_errors import BilingualValueError

    if value and is_blank(value):
        if not value.strip():
            raise BilingualValueError(
                "must not be blank (it holds only spaces)",
                "نباید خالی باشد (فقط فاصله دارد)",
            )
        raise BilingualValueError(
            "must not be blank (it holds nothing visible: only invisible characters such as "
            "ZWNJ or RLM, or spaces)",
            "نباید خالی باشد (چیز دیدنی ندارد: فقط نویسه‌های نامرئی مانند نیم‌فاصله یا "
            "نشانهٔ جهت، یا فاصله)",
        )
    return value


class Publication(BaseModel):
    """Where and how the deliverable will be published (for the EU AI Act guidance)."""

    model_config = ConfigDict(extra="forbid")

    eu_audience: bool = Field(
        default=False, description="It will be published or used in the European Union."
    )
    informs_public: bool = Field(
        default=False,
        description="It is text published with the purpose of informing the public on matters "
        "of public interest (news, reports, public-interest articles).",
    )
    deep_fake: bool = Field(
        default=False,
        description="It is image, audio or video that resembles existing persons, objects, "
        "places, entities or events and would falsely appear authentic or truthful.",
    )
    artistic: bool = Field(
        default=False,
        description="It is part of an evidently artistic, creative, satirical or fictional work.",
    )
    editorial_responsibility: bool = Field(
        default=False,
        description="A natural or legal person (e.g. the client's editor) holds editorial "
        "responsibility for the publication.",
    )


def _human_only() -> list[Initiative]:
    return ["human"]


class Disclosure(BaseModel):
    """A per-deliverable AI-use disclosure, as the freelancer states it."""

    model_config = ConfigDict(
        extra="forbid",
        title="azadkar AI-use disclosure",
        json_schema_extra={"$id": SCHEMA_ID},
    )

    schema_version: Literal["1.0"] = "1.0"
    title: str = Field(min_length=1, description="What the deliverable is, e.g. 'Blog post: ...'.")
    service: str | None = Field(
        default=None, description="Taxonomy service id, e.g. 'blog_content' (optional)."
    )
    modality: Modality = Field(default="text", description="The deliverable's main medium.")
    description: str = Field(default="", description="Optional longer description.")
    author: str | None = Field(default=None, description="The freelancer (person or studio).")
    client: str | None = Field(default=None, description="The client (optional).")
    date: _dt.date = Field(default_factory=_dt.date.today, description="Delivery date (ISO 8601).")
    tools: list[ToolUse] = Field(default_factory=list, description="Every AI tool used.")
    ai_share: int = Field(
        ge=0,
        le=100,
        description="Percent of the final deliverable produced by AI (0-100); the rest is "
        "human-made. Your own estimate.",
    )
    initiative: list[Initiative] = Field(
        default_factory=_human_only,
        min_length=1,
        description="Who initiated the AI contributions: 'human' (you prompted or enabled it) "
        "and/or 'ai' (it proposed changes on its own, e.g. auto-complete).",
    )
    human_review: bool = Field(
        description="A person reviewed and approved all AI output before delivery."
    )
    reviewer: str | None = Field(default=None, description="Who reviewed (optional).")
    human_source: HumanSource = Field(
        default="digitalCreation",
        description="What the human-made part is: 'digitalCreation' (made on a computer) or "
        "'digitalCapture' (photographed or recorded).",
    )
    publication: Publication = Field(default_factory=Publication)
    notes: str = Field(default="", description="Anything else the client should know.")

    @field_validator("title", "service", "description", "author", "client", "reviewer", "notes")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        return not_blank(value)

    @model_validator(mode="after")
    def _consistent(self) -> Disclosure:
        from azadkar.disclosure.fa_errors import BilingualValueError, isolate, ltr, num

        if len(set(self.initiative)) != len(self.initiative):
            raise BilingualValueError(
                "initiative lists the same value twice",
                f"در {ltr('initiative')} یک مقدار دو بار آمده است",
            )
        if self.ai_share == 0 and self.tools:
            names = ", ".join(t.tool for t in self.tools)
            names_fa = "، ".join(isolate(t.tool) for t in self.tools)
            raise BilingualValueError(
                f"ai_share is 0 but AI tools are listed ({names}): 'entirely human, without "
                "the use of AI' would be untrue; give an AI share of at least 1 or remove the "
                "tools",
                f"{ltr('ai_share')} صفر است، اما ابزار هوش مصنوعی نام برده شده است ({names_fa}): "
                "«به‌طور کامل به دست انسان و بدون هوش مصنوعی» نادرست می‌شود؛ سهم هوش مصنوعی را "
                "دست‌کم ۱ بگذارید یا ابزارها را بردارید",
            )
        if self.ai_share > 0 and not self.tools:
            raise BilingualValueError(
                f"ai_share is {self.ai_share} but no AI tool is listed; name the tools used",
                f"{ltr('ai_share')} برابر {num(self.ai_share)} است، اما هیچ ابزار هوش مصنوعی "
                "نام برده نشده است؛ ابزارهای به‌کاررفته را نام ببرید",
            )
        if self.ai_share == 100 and not any(t.mode == "generate" for t in self.tools):
            # "Produced entirely with AI" needs a tool whose output is the deliverable: a
            # tool that assisted left nothing in it, one that edited changed human work.
            uses = ", ".join(f"{t.tool} ({t.mode})" for t in self.tools)
            uses_fa = "، ".join(f"{isolate(t.tool)} ({ltr(t.mode)})" for t in self.tools)
            raise BilingualValueError(
                f"ai_share is 100 (the whole deliverable produced by AI) but no tool generated "
                f"material ({uses}): a tool that assists leaves none of its output in the "
                "deliverable and one that edits changes work a person made; give the share AI "
                "produced, or set the mode of the tool that made the deliverable to generate",
                f"{ltr('ai_share')} برابر ۱۰۰ است (همهٔ اثر ساختهٔ هوش مصنوعی)، اما هیچ ابزاری "
                f"محتوا تولید نکرده است ({uses_fa}): از ابزاری که کمک می‌کند ({ltr('assist')}) "
                "چیزی در اثر نمی‌ماند و ابزاری که ویرایش می‌کند "
                f"({ltr('edit')}) کار ساختهٔ انسان را تغییر می‌دهد؛ سهمی را که هوش مصنوعی "
                "ساخت بدهید، یا حالت ابزاری را که اثر را ساخت "
                f"{ltr('generate')} بگذارید",
            )
        return self


def _error_text(exc: ValidationError, where: str) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "record"
        msg = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}")
    return f"invalid disclosure record ({where}): " + "; ".join(parts)


def _where_fa(where: str) -> str:
    from azadkar.disclosure.fa_errors import ltr

    return "ورودی" if where == "input" else ltr(where)


def _error_text_fa(exc: ValidationError, where: str) -> str:
    """The same problems as :func:`_error_text`, in Persian, naming the same fields."""
    from azadkar.disclosure.fa_errors import loc_text, pydantic_message_fa

    parts = []
    for err in exc.errors():
        # A rule about the whole record (English "record: ...") names its fields itself.
        loc = f"{loc_text(err['loc'], '')}: " if err["loc"] else ""
        parts.append(f"{loc}{pydantic_message_fa(dict(err))}")
    return f"افشانامه نامعتبر است ({_where_fa(where)}): " + "؛ ".join(parts)


def make_disclosure(data: Mapping[str, Any], where: str = "input") -> Disclosure:
    """Validate ``data`` as a record; errors become :class:`DisclosureError` naming fields."""
    try:
        return Disclosure.model_validate(dict(data))
    except ValidationError as exc:
        raise DisclosureError(
            _error_text(exc, where),
            message_fa=_error_text_fa(exc, where),
            errors=[
                {"loc": list(e["loc"]), "msg": str(e["msg"])} for e in exc.errors(include_url=False)
            ],
        ) from None


def load_disclosure(source: str | Path | Mapping[str, Any]) -> Disclosure:
    """A record from a dict, a JSON string or a JSON file (a record or a full report)."""
    from azadkar.disclosure.fa_errors import ltr, num, os_reason_fa

    where = "input"
    if isinstance(source, Mapping):
        data: Any = source
    else:
        # A byte order mark (Notepad writes one) is not part of the JSON.
        text = str(source).removeprefix("\ufeff")
        path = Path(text) if not text.lstrip().startswith("{") else None
        if path is not None:
            where = str(path)
            try:
                text = path.read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise DisclosureError(
                    f"cannot read disclosure file {path}: {exc.strerror}",
                    message_fa=f"فایل افشانامهٔ {ltr(path)} خوانده نشد: {os_reason_fa(exc)}",
                    path=str(path),
                ) from None
            except UnicodeDecodeError:
                raise DisclosureError(
                    f"disclosure file {path} is not text (UTF-8 JSON expected); "
                    "is it the right file?",
                    message_fa=f"فایل افشانامهٔ {ltr(path)} متنی نیست (انتظار {ltr('JSON')} با "
                    f"کدگذاری {ltr('UTF-8')} می‌رفت)؛ فایل درست را داده‌اید؟",
                    path=str(path),
                ) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DisclosureError(
                f"disclosure {where} is not valid JSON: {exc.msg} at line {exc.lineno}",
                message_fa=f"افشانامهٔ {_where_fa(where)} یک {ltr('JSON')} درست نیست: "
                f"{ltr(exc.msg)} در خط {num(exc.lineno)}",
                path=where,
            ) from None
    if not isinstance(data, Mapping):
        raise DisclosureError(
            f"disclosure {where} must be a JSON object",
            message_fa=f"افشانامهٔ {_where_fa(where)} باید یک شیء {ltr('JSON')} باشد "
            f"(میان {ltr('{ }')})",
            path=where,
        )
    # A full report (output of `azadkar disclose --format json`) carries the record inside.
    if "record" in data and isinstance(data["record"], Mapping):
        data = data["record"]
    return make_disclosure(data, where)


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the disclosure record."""
    schema = Disclosure.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


__all__ = [
    "SCHEMA_ID",
    "Contribution",
    "Disclosure",
    "HumanSource",
    "Initiative",
    "Modality",
    "Mode",
    "Publication",
    "ToolUse",
    "is_blank",
    "load_disclosure",
    "make_disclosure",
    "not_blank",
    "record_schema",
]
