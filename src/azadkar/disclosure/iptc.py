"""IPTC digital source type: what kind of source a deliverable's media comes from.

Vocabulary: IPTC NewsCodes "Digital Source Type",
https://cv.iptc.org/newscodes/digitalsourcetype/ (used by C2PA ``c2pa.created`` /
``c2pa.edited`` actions and by IPTC photo metadata).

The rule azadkar applies, per tool use and then for the whole deliverable:

- a tool that *generates* material in the deliverable implies the catalogue's
  ``dst_generate`` (normally ``trainedAlgorithmicMedia``);
- a tool that *edits* implies ``algorithmicallyEnhanced`` for stylistic edits (Se),
  otherwise the catalogue's ``dst_edit`` (normally ``compositeWithTrainedAlgorithmicMedia``);
- a tool that only *assists* (ideas, research) leaves nothing synthetic in the media;
- the deliverable is ``trainedAlgorithmicMedia`` when AI made all of it (ai_share 100)
  and something was generated, ``compositeWithTrainedAlgorithmicMedia`` when generated
  or AI-edited content is mixed with human work, ``algorithmicallyEnhanced`` when AI only
  polished human work, and otherwise the human source (``digitalCreation`` or
  ``digitalCapture``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

BASE_URI: Final = "http://cv.iptc.org/newscodes/digitalsourcetype/"
SOURCE: Final = (
    "IPTC NewsCodes, Digital Source Type - https://cv.iptc.org/newscodes/digitalsourcetype/"
)

LABELS: Final[dict[str, dict[str, str]]] = {
    "trainedAlgorithmicMedia": {
        "en": "Created using generative AI (trained algorithmic media)",
        "fa": "ساخته‌شده با هوش مصنوعی مولد",
    },
    "compositeWithTrainedAlgorithmicMedia": {
        "en": "Composite including generative-AI elements",
        "fa": "ترکیبی که بخش‌هایی از آن را هوش مصنوعی مولد ساخته است",
    },
    "algorithmicallyEnhanced": {
        "en": "Human work with minor algorithmic enhancement",
        "fa": "کار انسانی با بهبود جزئی الگوریتمی",
    },
    "digitalCreation": {
        "en": "Created by a person with digital tools (no generative AI)",
        "fa": "ساختهٔ انسان با ابزار دیجیتال (بدون هوش مصنوعی مولد)",
    },
    "digitalCapture": {
        "en": "Captured from the real world by a digital camera or recorder",
        "fa": "ثبت‌شده از جهان واقعی با دوربین یا ضبط دیجیتال",
    },
    "humanEdits": {
        "en": "Edited by a person with non-generative tools",
        "fa": "ویرایش‌شده به دست انسان با ابزار غیرمولد",
    },
}

_SYNTHETIC: Final = ("trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia")


def uri(code: str) -> str:
    """The full IPTC URI C2PA expects for a term."""
    return BASE_URI + code


def label(code: str, lang: str = "en") -> str:
    return LABELS.get(code, {}).get("fa" if lang == "fa" else "en", code)


@dataclass(frozen=True, slots=True)
class UseSource:
    """The source type one tool use implies (``None`` when it leaves nothing in the media)."""

    tool: str
    mode: str
    code: str | None


def for_use(mode: str, contribution: str, dst_generate: str, dst_edit: str) -> str | None:
    if mode == "generate":
        return dst_generate
    if mode == "edit":
        return "algorithmicallyEnhanced" if contribution == "Se" else dst_edit
    return None


def combine(ai_share: int, uses: list[UseSource], human_source: str) -> tuple[str, str]:
    """The deliverable's source type and the key of the rule that chose it (see REASONS)."""
    codes = [u.code for u in uses if u.code]
    if not codes:
        return human_source, ("assist_only" if uses else "no_ai")
    if ai_share == 100 and "trainedAlgorithmicMedia" in codes:
        return "trainedAlgorithmicMedia", "all_ai"
    if any(c in _SYNTHETIC for c in codes):
        return "compositeWithTrainedAlgorithmicMedia", "composite"
    return "algorithmicallyEnhanced", "enhanced"


REASONS: Final[dict[str, dict[str, str]]] = {
    "no_ai": {"en": "No AI tool was used.", "fa": "هیچ ابزار هوش مصنوعی به کار نرفت."},
    "assist_only": {
        "en": "AI tools only assisted (ideas, research); the media itself is human-made.",
        "fa": "ابزارهای هوش مصنوعی فقط کمک کردند (ایده، پژوهش)؛ خود اثر ساختهٔ انسان است.",
    },
    "all_ai": {
        "en": "AI made all of the deliverable (AI share 100%).",
        "fa": "همهٔ اثر را هوش مصنوعی ساخت (سهم ۱۰۰٪).",
    },
    "composite": {
        "en": "AI-generated or AI-edited content ({share}%) is combined with human work.",
        "fa": "محتوای ساخته یا ویرایش‌شده با هوش مصنوعی ({share}٪) با کار انسان ترکیب شده است.",
    },
    "enhanced": {
        "en": "AI only made stylistic edits to human work.",
        "fa": "هوش مصنوعی فقط ویرایش سبکی روی کار انسان انجام داد.",
    },
}


__all__ = [
    "BASE_URI",
    "LABELS",
    "REASONS",
    "SOURCE",
    "UseSource",
    "combine",
    "for_use",
    "label",
    "uri",
]
