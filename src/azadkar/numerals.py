"""Numbers as people type them, for every front end: the CLI's options, the web forms and
the HTTP API's numeric strings, and the shares in service specs (``logo_design:۶۰٪``).

Accepted: Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) digits; ``.`` or the Persian
decimal separator ``٫``; thousands separated by ``,``, the Persian ``٬`` or the Arabic
comma ``،`` (only between groups of three digits: ``2,5`` is refused rather than read as
25 or 2.5); spaces and bidi marks anywhere (pasted Persian text carries them); a ``−``
minus; with ``percent=True``, one ``%`` or ``٪`` before or after the number.

>>> parse_number("۴۰۰٬۰۰۰"), parse_number("1,100,000"), parse_number("۳۵٫۵")
(400000.0, 1100000.0, 35.5)
>>> parse_number("۶۰٪", percent=True), parse_whole("۲۰۲۷")
(60.0, 2027)

The value is not range-checked here (the caller knows the range): ``inf``, ``nan`` and
``1e999`` come back as the floats they are, for the caller to refuse with its own limits.
"""

from __future__ import annotations

import math
import re

# Persian and Arabic-Indic digits and separators, as a Tehran freelancer types "۴۰۰٬۰۰۰".
_TO_LATIN = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬،−",
    "01234567890123456789.,,-",
    "\u200e\u200f\u061c\u2066\u2067\u2068\u2069",  # LRM, RLM, ALM and the isolates
)
_SPACE = re.compile(r"\s+")
_PERCENT = "%٪"
# Commas only as thousands separators.
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


class NumberError(ValueError):
    """Text that is not a number (a ``ValueError``), with the reason also in Persian."""

    def __init__(self, message: str, message_fa: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_fa = message_fa


def parse_number(value: str | float, *, percent: bool = False) -> float:
    """The number ``value`` holds (see the module's doc), or :class:`NumberError`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    given = str(value)
    text = _SPACE.sub("", given.translate(_TO_LATIN))
    if percent and text[:1] in _PERCENT:
        text = text[1:]
    elif percent and text[-1:] in _PERCENT:
        text = text[:-1]
    if "," in text:
        if not _GROUPED.fullmatch(text):
            raise NumberError(
                f"{given!r}: use ',' only between thousands (1,100,000), '.' for decimals",
                f"«{given}»: ویرگول (٬) را فقط میان هزارگان بگذارید (۱٬۱۰۰٬۰۰۰) و برای اعشار "
                "«٫» یا «.» را",
            )
        text = text.replace(",", "")
    try:
        if not text.isascii():  # float() would read other scripts' digits too
            raise ValueError
        return float(text)
    except ValueError:
        example = "60, 60% or ۶۰٪" if percent else "25, 1,100,000 or ۲۵"
        example_fa = "۶۰، ۶۰٪ یا 60" if percent else "۲۵، ۴۰۰٬۰۰۰ یا 1,100,000"
        raise NumberError(
            f"{given!r} is not a number (e.g. {example})",
            f"«{given}» عدد نیست (مثلاً {example_fa})",
        ) from None


def parse_whole(value: str | int, *, percent: bool = False) -> int:
    """Like :func:`parse_number` for whole numbers (``2027``, ``۳۰٪``, ``1,000``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = parse_number(value, percent=percent)
    if not math.isfinite(number) or number != int(number):
        raise NumberError(
            f"{str(value)!r} is not a whole number",
            f"«{value}» عدد صحیح نیست",
        )
    return int(number)


__all__ = ["NumberError", "parse_number", "parse_whole"]
