"""Persian wording for the disclosure errors: validation problems, file-system reasons.

Every error the disclosure package raises carries its English message and a Persian one
(``AzadkarError.message_fa``); ``--lang fa`` prints the Persian. Field names, options,
codes and paths stay as they are in the English message, isolated left to right
(:mod:`azadkar.bidi`), so both name the same thing.
"""

from __future__ import annotations

import errno
from typing import Any, Final

from azadkar.bidi import isolate, ltr


def num(value: object) -> str:
    """A number in Persian digits."""
    from azadkar.report.strings import fa_digits

    return fa_digits(value)


class BilingualValueError(ValueError):
    """A ``ValueError`` from a validator that also says it in Persian.

    Pydantic keeps the exception in the error's ``ctx["error"]``, so the Persian message
    reaches :func:`pydantic_message_fa`.
    """

    def __init__(self, message: str, message_fa: str) -> None:
        super().__init__(message)
        self.message_fa = message_fa


def pydantic_message_fa(err: dict[str, Any]) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a Persian phrase."""
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    message_fa = getattr(ctx.get("error"), "message_fa", None)
    if message_fa:
        return str(message_fa)
    if kind == "missing":
        return "لازم است، اما داده نشده است"
    if kind == "extra_forbidden":
        return "فیلد ناشناخته"
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return "نباید خالی باشد" if n == 1 else f"دست‌کم {num(n)} نویسه لازم است"
    if kind == "string_too_long":
        return f"بیش از حد بلند است (حداکثر {num(ctx.get('max_length', '?'))} نویسه)"
    if kind == "too_short":
        return f"دست‌کم {num(ctx.get('min_length', 1))} مورد لازم است"
    if kind == "too_long":
        return f"حداکثر {num(ctx.get('max_length', '?'))} مورد پذیرفته است"
    if kind == "string_type":
        return "باید متن باشد"
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        return f"باید یکی از این‌ها باشد: {ltr(expected)}"
    if kind == "greater_than_equal":
        return f"باید {num(ctx.get('ge'))} یا بیشتر باشد"
    if kind == "less_than_equal":
        return f"باید {num(ctx.get('le'))} یا کمتر باشد"
    if kind == "greater_than":
        return f"باید بیشتر از {num(ctx.get('gt'))} باشد"
    if kind == "less_than":
        return f"باید کمتر از {num(ctx.get('lt'))} باشد"
    if kind in ("int_parsing", "int_type", "int_from_float", "int_parsing_size"):
        return "باید عدد صحیح باشد"
    if kind in ("float_parsing", "float_type"):
        return "باید عدد باشد"
    if kind in ("bool_parsing", "bool_type"):
        return f"باید {ltr('true')} یا {ltr('false')} باشد"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"باید تاریخی به شکل {ltr('YYYY-MM-DD')} باشد، مانند {ltr('2026-11-01')}"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "باید فهرست باشد"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "باید جدول (شیء) باشد"
    msg = str(err.get("msg", "")).removeprefix("Value error, ")
    return f"پذیرفته نیست ({ltr(msg)})"


def loc_text(loc: tuple[Any, ...] | list[Any], empty: str) -> str:
    """The field path as in the English message (``tools.0.mode``), isolated."""
    text = ".".join(str(p) for p in loc)
    return ltr(text) if text else empty


_OS_REASONS: Final = {
    errno.ENOENT: "چنین فایل یا پوشه‌ای وجود ندارد",
    errno.EACCES: "اجازهٔ دسترسی به آن را ندارید",
    errno.EPERM: "اجازهٔ این کار را ندارید",
    errno.EISDIR: "یک پوشه است، نه فایل",
    errno.ENOTDIR: "بخشی از مسیر پوشه نیست",
    errno.ENOSPC: "جای خالی روی دیسک نمانده است",
    errno.EROFS: "دیسک فقط‌خواندنی است",
    errno.EEXIST: "از پیش وجود دارد",
    errno.ENAMETOOLONG: "نام بیش از حد بلند است",
}


def os_reason_fa(exc: OSError) -> str:
    """Why a file operation failed, in Persian where the reason is a common one."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return ltr(exc.strerror or str(exc))


def quoted(value: object) -> str:
    """A value the English message shows with ``repr``, isolated for Persian text (its
    direction from its first letter, so a Persian value reads right to left)."""
    return isolate(repr(value))


__all__ = [
    "BilingualValueError",
    "isolate",
    "loc_text",
    "ltr",
    "num",
    "os_reason_fa",
    "pydantic_message_fa",
    "quoted",
]
