"""Match what a person types as an AI tool name to the tool catalogue.

The catalogue (``azadkar.tools``, ``data/tools.toml``) names each tool by an id
(``chatgpt``) and a display name (``ChatGPT``). People also write "Chat GPT", "chat-gpt",
«چت جی پی تی» or «میدجرنی». :func:`match_tool` folds case, spaces, hyphens, the
zero-width non-joiner and the Arabic forms of ی/ک, and knows the usual Persian spellings
below, so those all find their tool. For a name it does not know, :func:`suggest_tools`
gives the closest catalogue tools (for "did you mean ...?"); a tool outside the catalogue
is still allowed, since new tools appear all the time. :func:`likely_typos` and
:func:`typo_error` give the CLI, the API and :func:`azadkar.disclosure.disclose` one
"did you mean ...?" error for a name close to a catalogue tool.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from azadkar.errors import DisclosureError
    from azadkar.tools import Tool

# Other names people use, Persian spellings first. Keys are catalogue ids; a test checks
# that every key is in the catalogue.
ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "chatgpt": ("چت جی پی تی", "چت جی بی تی", "چت جی‌پی‌تی", "جی پی تی", "chat gpt", "gpt"),
    "claude": ("کلود",),
    "gemini": ("جمینای", "جمنای", "جیمنای", "جمینی", "google gemini", "bard"),
    "grammarly": ("گرامرلی",),
    "deepl": ("دیپ ال", "دیپ‌ال", "دیپل", "deep l"),
    "google_translate": ("گوگل ترنسلیت", "گوگل ترجمه", "مترجم گوگل", "ترجمه گوگل"),
    "jasper": ("جسپر", "جاسپر", "jasper ai"),
    "surfer_seo": ("سرفر", "سرفر سئو", "surfer"),
    "notion_ai": ("نوشن", "نوشن ای آی", "ناشن", "notion"),
    "canva": ("کانوا", "کنوا", "canva magic studio", "magic studio"),
    "midjourney": ("میدجرنی", "میدجورنی", "مید جرنی", "میدجورنى", "mid journey"),
    "adobe_firefly": ("فایرفلای", "ادوبی فایرفلای", "ادوب فایرفلای", "firefly"),
    "figma_ai": ("فیگما", "figma"),
    "github_copilot": ("گیت هاب کوپایلوت", "گیتهاب کوپایلوت", "github copilot"),
    "cursor": ("کرسر", "کِرسر"),
    "descript": ("دیسکریپت", "دسکریپت"),
    "capcut": ("کپ کات", "کپکات", "کپ‌کات"),
    "runway": ("رانوی", "ران وی", "runway ml", "runwayml"),
    "elevenlabs": ("الون لبز", "الون لب", "ایلون لبز", "eleven labs"),
    "whisper": ("ویسپر",),
    "label_studio": ("لیبل استودیو",),
    "perplexity": ("پرپلکسیتی", "پرپلکسیته"),
    "adobe_photoshop": ("فتوشاپ", "فوتوشاپ", "ادوبی فتوشاپ", "ادوب فتوشاپ", "photoshop"),
    "adobe_illustrator": (
        "ایلاستریتور",
        "ایلوستریتور",
        "ادوبی ایلاستریتور",
        "ادوب ایلاستریتور",
        "illustrator",
    ),
    "adobe_lightroom": ("لایت روم", "لایتروم", "ادوبی لایت روم", "lightroom", "lightroom classic"),
    "adobe_premiere_pro": (
        "پریمیر",
        "پریمیر پرو",
        "پریمیره",
        "ادوبی پریمیر",
        "ادوب پریمیر",
        "premiere",
        "premiere pro",
        "adobe premiere",
    ),
    "davinci_resolve": (
        "داوینچی",
        "داوینچی ریزالو",
        "داوینچی رزالو",
        "davinci",
        "da vinci resolve",
    ),
    "microsoft_copilot": (
        "مایکروسافت کوپایلوت",
        "کوپایلوت مایکروسافت",
        "ms copilot",
        "copilot 365",
        "microsoft 365 copilot",
        "bing chat",
    ),
    "suno": ("سونو", "suno ai"),
}

# Names that mean more than one catalogue tool: never matched silently, but offered as
# "did you mean ...?" (closest first). "Copilot" alone is GitHub's code assistant for a
# programmer and Microsoft's assistant in Word or Outlook for a writer.
AMBIGUOUS: Final[dict[str, tuple[str, ...]]] = {
    "copilot": ("github_copilot", "microsoft_copilot"),
    "کوپایلوت": ("github_copilot", "microsoft_copilot"),
    "کوپایلت": ("github_copilot", "microsoft_copilot"),
}

_LETTERS: Final = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا"})


def fold(name: str) -> str:
    """The matching key: NFKC, case-folded, Persian letter forms unified, only letters/digits.

    >>> fold("Chat-GPT"), fold("چت‌جی پی تي")
    ('chatgpt', 'چتجیپیتی')
    """
    text = unicodedata.normalize("NFKC", name).casefold().translate(_LETTERS)
    # Drop diacritics (kasra in «کِرسر») and everything that is not a letter or digit:
    # spaces, ZWNJ, hyphens, underscores, dots, brackets.
    return "".join(
        ch for ch in text if ch.isalnum() and not unicodedata.category(ch).startswith("M")
    )


@cache
def _index() -> dict[str, str]:
    """Folded name → catalogue id, for ids, display names (with and without brackets), aliases."""
    from azadkar.tools import load_catalogue

    index: dict[str, str] = {}
    for tool in load_catalogue().tools:
        names = [tool.id, tool.name, tool.name.split("(")[0], *ALIASES.get(tool.id, ())]
        for name in names:
            key = fold(name)
            if key:
                index.setdefault(key, tool.id)
    return index


def match_tool(name: str) -> Tool | None:
    """The catalogue tool ``name`` means (id, display name or a known alias), else ``None``."""
    from azadkar.tools import get_tool

    tool_id = _index().get(fold(name))
    return get_tool(tool_id) if tool_id else None


def suggest_tools(name: str, n: int = 3) -> list[Tool]:
    """Catalogue tools whose names are close to ``name`` (closest first; may be empty)."""
    from azadkar.tools import get_tool

    key = fold(name)
    if not key:
        return []
    ambiguous = {fold(k): ids for k, ids in AMBIGUOUS.items()}
    if key in ambiguous:
        return [get_tool(t) for t in ambiguous[key][:n]]
    index = _index()
    out: list[str] = []
    for close in difflib.get_close_matches(key, list(index), n=n * 3, cutoff=0.75):
        if index[close] not in out:
            out.append(index[close])
    return [get_tool(t) for t in out[:n]]


def likely_typos(uses: Sequence[Any], field: str = "tools") -> list[dict[str, Any]]:
    """The tool uses whose name is not a catalogue tool but close to one ("chatgbt"), each
    as ``{"field": "tools[0].tool", "tool", "suggestions": [ids], "names": [names]}``.

    A name far from every catalogue tool is a tool outside the catalogue, and allowed.
    """
    out: list[dict[str, Any]] = []
    for i, use in enumerate(uses):
        name = use.get("tool") if isinstance(use, Mapping) else getattr(use, "tool", None)
        if not isinstance(name, str) or not name.strip() or match_tool(name) is not None:
            continue
        close = suggest_tools(name)
        if close:
            out.append(
                {
                    "field": f"{field}[{i}].tool",
                    "tool": name,
                    "suggestions": [c.id for c in close],
                    "names": [c.name for c in close],
                }
            )
    return out


def typo_error(unknown: list[dict[str, Any]], fix: str, fix_fa: str) -> DisclosureError:
    """The error for :func:`likely_typos`' finds: each name with "did you mean ...?", then
    ``fix`` (``fix_fa`` in Persian): how to give the catalogue id or keep the names."""
    from azadkar.bidi import ltr
    from azadkar.errors import DisclosureError

    en = [
        f"{u['field']}: {u['tool']!r} is not in the AI tool catalogue; did you mean "
        + ", ".join(f"{n} ({i})" for n, i in zip(u["names"], u["suggestions"], strict=True))
        + "?"
        for u in unknown
    ]
    fa = [
        f"{ltr(u['field'])}: «{u['tool']}» در فهرست ابزارهای هوش مصنوعی نیست؛ منظورتان "
        + "، ".join(ltr(f"{n} ({i})") for n, i in zip(u["names"], u["suggestions"], strict=True))
        + " است؟"
        for u in unknown
    ]
    return DisclosureError(
        "; ".join(en) + f" {fix}",
        message_fa="؛ ".join(fa) + f" {fix_fa}",
        field=unknown[0]["field"],
        suggestions=unknown[0]["suggestions"],
        unknown_tools=[{k: u[k] for k in ("field", "tool", "suggestions")} for u in unknown],
    )


__all__ = [
    "ALIASES",
    "AMBIGUOUS",
    "fold",
    "likely_typos",
    "match_tool",
    "suggest_tools",
    "typo_error",
]
