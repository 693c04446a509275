"""Left-to-right values inside Persian (right-to-left) text.

A Latin name placed in a Persian sentence is reordered by the Unicode bidi algorithm:
brackets are mirrored and moved, a full stop or a leading number jumps to the other side
("Grammarly (Superhuman (formerly Grammarly, Inc.))" can come out with its closing
brackets at the wrong end). The cure is to *isolate* the value, so that it is laid out on
its own and the sentence treats it as one neutral character:

- in plain text and Markdown, :func:`isolate` wraps a value in FSI … PDI (its direction
  taken from its first letter, so a Persian value stays right to left) and :func:`ltr`
  wraps a code, a command-line option, a path or a statement in LRI … PDI;
- in HTML, :func:`to_html` turns those marks into ``<bdi dir="ltr">`` elements (and
  `backticked` spans into ``<code dir="ltr">``). Browsers and WeasyPrint both lay an
  element with ``dir`` out as an isolate, also when a line break falls inside it;
  WeasyPrint does not keep the FSI/PDI characters' effect across a line break.

:func:`isolate` leaves a value alone where the bidi algorithm cannot move any of its
characters: text with no left-to-right letter, or a plain Latin run (letters, digits,
spaces, hyphens, underscores; starting with a letter, ending with a letter or digit) that
does not start the paragraph. Such a value looks the same isolated or not, and copies
without invisible characters. A value that starts the paragraph (``lead=True``) is always
isolated, and preceded by a right-to-left mark, because its first letter would otherwise
make the whole paragraph left to right.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

LRI: Final = "\u2066"
RLI: Final = "\u2067"
FSI: Final = "\u2068"
PDI: Final = "\u2069"
RLM: Final = "\u200f"
_OPENERS: Final = (LRI, RLI, FSI)
# The older embedding and override controls: a PDI ends them, so isolating contains them.
_EMBEDDINGS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e")
_STRONG_LTR: Final = frozenset({"L"})
_STRONG_RTL: Final = frozenset({"R", "AL"})


def _balanced(text: str) -> str:
    """``text`` with every isolate it opens closed and no PDI that closes what it did not open.

    A stray PDI in a value would end the isolate around it early.
    """
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out) + PDI * depth


def _has_ltr(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _STRONG_LTR for ch in text)


def _has_controls(text: str) -> bool:
    return any(ch in _OPENERS or ch == PDI or ch in _EMBEDDINGS for ch in text)


def _plain_latin(text: str) -> bool:
    """A run the bidi algorithm keeps as it is inside right-to-left text (see the module doc).

    Letters and digits are strong or become so after a letter (rule W7); spaces, hyphens
    and underscores between them take their direction (N1); a full stop or comma between
    two digits joins the number (W4). Anything else - brackets, a final full stop, a
    leading digit, quotes - can move.
    """
    if not text or unicodedata.bidirectional(text[0]) != "L":
        return False
    if unicodedata.bidirectional(text[-1]) not in ("L", "EN"):
        return False
    for i, ch in enumerate(text):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "EN") or ch in " -_":
            continue
        if ch in ".," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        return False
    return True


def isolate(value: object, *, always: bool = False, lead: bool = False) -> str:
    """``value`` ready to be put into Persian text (FSI … PDI where it could be reordered).

    ``always``: isolate any value with a left-to-right letter, even one plain word (names
    in a list that should all look alike). ``lead``: the value starts the paragraph (or a
    table row): isolated as with ``always`` and preceded by a right-to-left mark (RLM).
    The bidi algorithm skips an isolate when it looks for the paragraph's first letter,
    but HTML's ``dir="auto"`` (Markdown viewers) and some terminals do not, and would lay
    the Persian paragraph out left to right; the RLM is a right-to-left first letter for
    all of them. See the module docstring for when nothing is added.
    """
    text = str(value)
    if not text:
        return text
    if not _has_controls(text):
        if not _has_ltr(text):
            return text
        if not (always or lead) and _plain_latin(text):
            return text
    return (RLM if lead else "") + FSI + _balanced(text) + PDI


def ltr(value: object) -> str:
    """``value`` isolated left to right (LRI … PDI): a code, an option, a path, a statement."""
    text = str(value)
    return LRI + _balanced(text) + PDI if text else text


def strip(text: str) -> str:
    """``text`` without isolate marks and RLMs (for a comparison or a left-to-right context)."""
    return re.sub(f"[{LRI}{RLI}{FSI}{PDI}{RLM}]", "", text)


def _direction(text: str, start: int) -> str | None:
    """The direction of the isolate whose content starts at ``start``: its first strong letter
    outside nested isolates ("ltr"/"rtl"), or None when it has none (rule P2-P3)."""
    depth = 0
    for ch in text[start:]:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind in _STRONG_LTR:
                return "ltr"
            if kind in _STRONG_RTL:
                return "rtl"
    return None


# A command-line option ("--usd-rate", "--service id:percent") in running text, with an
# argument that follows it when that is a Latin word; any LRM around it is dropped (the
# isolate replaces it). Not inside a word, nor right after an isolate mark.
_OPTION: Final = re.compile(
    "\u200e?(?<![\\w\u2066-])(--[A-Za-z][\\w-]*(?:[ =][A-Za-z0-9_][\\w:./%=-]*[\\w%])?)\u200e?"
)


def ltr_options(text: str) -> str:
    """``text`` with every command-line option (``--db``, ``--usd-rate``) isolated LTR.

    In right-to-left text the leading ``--`` of an option is neutral and takes the
    paragraph's direction, so «با --usd-rate جایگزینش کنید» displays «usd-rate--». Each
    option (with a Latin argument that follows it, as in ``--service id:percent``) is
    wrapped in LRI … PDI; an option already inside an isolate is left alone.
    """
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _OPTION.finditer(text):
        for ch in text[pos : m.start()]:
            if ch in _OPENERS:
                depth += 1
            elif ch == PDI and depth:
                depth -= 1
        out.append(text[pos : m.start()])
        out.append(m.group(0) if depth else ltr(m.group(1)))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_TOKENS: Final = re.compile(f"([{LRI}{RLI}{FSI}{PDI}`])")


_LATIN: Final = re.compile("[A-Za-z]")


def to_html(text: str, *, code: bool = True, latin_lang: str | None = None) -> str:
    """Escaped HTML for ``text``: isolates become ``<bdi>`` elements with their direction
    and, with ``code``, `backticked` spans become ``<code dir="ltr">``.

    ``latin_lang`` (``"en"`` for Persian text): a left-to-right isolate or code span that
    holds Latin letters also gets ``lang="en"``, so a screen reader reads it with the
    English voice rather than the page's Persian one (digits alone are left as they are).

    The result is always well nested: an element left open at the end is closed, and a
    PDI that closes nothing is dropped. Isolate marks inside a code span are dropped (the
    span is an isolate already).
    """
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for piece in _TOKENS.split(text):
        start = pos
        pos += len(piece)
        if not piece:
            continue
        if piece == "`" and code:
            if "code" in stack:
                while stack:
                    tag = stack.pop()
                    out.append(f"</{tag}>")
                    if tag == "code":
                        break
            else:
                stack.append("code")
                end = text.find("`", start + 1)
                inner = text[start + 1 : end if end >= 0 else len(text)]
                out.append(f'<code dir="ltr"{_lang_attr(inner, latin_lang)}>')
        elif piece in _OPENERS:
            if "code" in stack:
                continue
            if piece == LRI:
                direction: str | None = "ltr"
            elif piece == RLI:
                direction = "rtl"
            else:
                direction = _direction(text, start + 1)
            stack.append("bdi")
            if direction == "ltr":
                end = text.find(PDI, start + 1)
                inner = text[start + 1 : end if end >= 0 else len(text)]
                out.append(f'<bdi dir="ltr"{_lang_attr(inner, latin_lang)}>')
            else:
                out.append(f'<bdi dir="{direction}">' if direction else "<bdi>")
        elif piece == PDI:
            if stack and stack[-1] == "bdi":
                stack.pop()
                out.append("</bdi>")
        else:
            out.append(html.escape(piece))
    while stack:
        out.append(f"</{stack.pop()}>")
    return "".join(out)


def _lang_attr(inner: str, latin_lang: str | None) -> str:
    return f' lang="{latin_lang}"' if latin_lang and _LATIN.search(inner) else ""


__all__ = ["FSI", "LRI", "PDI", "RLI", "RLM", "isolate", "ltr", "ltr_options", "strip", "to_html"]
