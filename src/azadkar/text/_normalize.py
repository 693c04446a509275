"""Persian text normalisation on top of rishe, with the guarantees the classifier needs.

rishe's ``Pipeline.normalize`` does the linguistic work (Arabic ي/ك → ی/ک, tatweel,
diacritics, ZWNJ repair around Persian affixes such as ``می``/``ها``). On its own it does
not give the guarantees the classifier relies on, so a small pass of our own follows it:

- rishe turns *every* digit into a Persian digit, ASCII ones included ("Python 3" becomes
  "Python ۳"); we want one digit form, chosen by the caller (ASCII by default).
- rishe keeps a ZWNJ at the start/end of a word and next to spaces, where it is
  invisible noise; we drop it there and collapse runs of ZWNJ.
- rishe leaves leading/trailing whitespace; we strip it.
- we re-apply the Arabic → Persian letter map ourselves so the output never contains
  ي ك ى whatever rishe's version does.

The result is idempotent (``normalize(normalize(s)) == normalize(s)``), which the tests
check with hypothesis.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Literal

ZWNJ = "\u200c"

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_ASCII_DIGITS = "0123456789"

_TO_ASCII = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, _ASCII_DIGITS * 2)
_TO_PERSIAN = str.maketrans(_ARABIC_DIGITS + _ASCII_DIGITS, _PERSIAN_DIGITS * 2)

_LETTERS = {
    "ي": "ی",  # ARABIC LETTER YEH
    "ى": "ی",  # ALEF MAKSURA
    "ك": "ک",  # ARABIC LETTER KAF
    "ۀ": "ه",  # HEH WITH YEH ABOVE: written as ه + ی by most keyboards, matched as ه
    "ـ": "",  # TATWEEL
}
# Invisible format characters that only disturb matching (ZWJ, ZWSP, BOM, bidi marks).
_INVISIBLE = "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_LETTER_MAP = str.maketrans({**_LETTERS, **dict.fromkeys(_INVISIBLE, "")})

_WS = re.compile(r"\s+")
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")
# A ZWNJ only joins two letters; next to a space, an edge, punctuation or another
# script it carries nothing.
_ZWNJ_LOOSE = re.compile(r"(?:(?<=\s)|^)\u200c+|\u200c+(?:(?=\s)|$)")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]")

DigitStyle = Literal["ascii", "persian", "keep"]


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    import rishe

    return rishe.Pipeline(unify_digits=False, strip_diacritics=True, fix_zwnj=True)


def _clean_zwnj(text: str) -> str:
    if ZWNJ not in text:
        return text
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    text = _ZWNJ_LOOSE.sub("", text)
    # Keep a ZWNJ only between two Arabic-script letters.
    out = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == ZWNJ:
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if not (_ARABIC_LETTER.match(prev) and _ARABIC_LETTER.match(nxt)):
                continue
        out.append(ch)
    return "".join(out)


def _post(text: str, digits: DigitStyle) -> str:
    text = text.translate(_LETTER_MAP)
    if digits == "ascii":
        text = text.translate(_TO_ASCII)
    elif digits == "persian":
        text = text.translate(_TO_PERSIAN)
    text = _WS.sub(" ", text).strip()
    return _clean_zwnj(text)


def normalize(text: str, *, digits: DigitStyle = "ascii") -> str:
    """Normalise Persian (and mixed Persian/English) text for matching and display.

    ``digits`` chooses the digit form: ``"ascii"`` (default, what the classifier sees),
    ``"persian"`` (۰-۹, for display in Persian) or ``"keep"``.

    >>> normalize("طراحي لوگو  و كارت ويزيت ۲۰ عدد")
    'طراحی لوگو و کارت ویزیت 20 عدد'
    """
    if not text:
        return ""
    # NFKC folds presentation forms (ﻻ, ﷲ, full-width Latin) into ordinary letters.
    text = unicodedata.normalize("NFKC", text)
    # rishe would turn ASCII digits Persian; protect them by mapping everything to ASCII
    # first, which rishe leaves alone when unify_digits is off.
    text = text.translate(_TO_ASCII)
    text = _pipeline().normalize(text)
    text = _post(text, digits)
    # rishe's ZWNJ repair can create a new ZWNJ context once spaces collapse; a second
    # pass of our own cleaning (cheap, no rishe) makes the whole function idempotent.
    return _post(text, digits)


def normalize_for_model(text: str) -> str:
    """The form the classifier reads: :func:`normalize` with ASCII digits, lower case."""
    return normalize(text).lower()


__all__ = ["ZWNJ", "DigitStyle", "normalize", "normalize_for_model"]
