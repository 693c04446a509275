"""Helpers shared by the command modules: error reporting, output format, language."""

from __future__ import annotations

import json
import sys
from contextvars import ContextVar
from enum import StrEnum
from itertools import pairwise
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup


class Lang(StrEnum):
    fa = "fa"
    en = "en"


class Format(StrEnum):
    text = "text"
    json = "json"
    md = "md"


def fail(
    message: str, code: int = 2, *, message_fa: str | None = None, lang: str | None = None
) -> NoReturn:
    """Print an error for a person (stderr) and exit with ``code``.

    Exit codes across the CLI: 0 done; 1 a check ran and failed (``credentials verify``,
    ``disclose --check-aia``); 2 the input or the options were wrong (as for click's own
    usage errors and azadkar's domain errors).

    ``message_fa`` is the same message in Persian, printed when the language is ``fa``:
    ``lang`` when given, else ``fa`` when the command was run with ``--lang fa``.
    """
    if message_fa and _language(lang) == "fa":
        typer.secho(f"خطا: {message_fa}", fg=typer.colors.RED, err=True)
    else:
        typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


# The arguments of the command being run (set by AzadkarGroup), for fail()'s language.
_ARGS: ContextVar[tuple[str, ...]] = ContextVar("azadkar_cli_args", default=())


def _language(lang: str | None) -> str:
    """``lang``, or ``fa`` when the command being run was given ``--lang fa``."""
    if lang is not None:
        return str(getattr(lang, "value", lang))
    return "fa" if _asks_persian(list(_ARGS.get())) else "en"


_FA_NUMBER = str.maketrans("0123456789.-", "۰۱۲۳۴۵۶۷۸۹٫−")


def fa_num(value: object) -> str:
    """A number (or text holding numbers) with Persian digits, for a Persian message."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.translate(_FA_NUMBER)


def short(value: str, limit: int = 60) -> str:
    """``value`` cut to ``limit`` characters (ending in "…") for a message."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def json_text(obj: Any) -> str:
    """``obj`` as JSON text; a NaN or infinity fails here instead of writing invalid JSON."""
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str, allow_nan=False)


def print_json(obj: Any) -> None:
    sys.stdout.write(json_text(obj) + "\n")


class AzadkarGroup(TyperGroup):
    """The top-level command group: a domain error becomes a clean message and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        from azadkar.errors import AzadkarError

        args = [*getattr(ctx, "protected_args", []), *ctx.args]
        token = _ARGS.set(tuple(args))
        try:
            return super().invoke(ctx)
        except AzadkarError as exc:
            if _asks_persian(args) and exc.message_fa:
                typer.secho(f"خطا: {exc.message_fa}", fg=typer.colors.RED, err=True)
            else:
                typer.secho(f"Error: {exc.message}", fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None
        finally:
            _ARGS.reset(token)


def _asks_persian(args: list[str]) -> bool:
    """``--lang fa`` (or ``--lang=fa``) among a command's arguments."""
    return "--lang=fa" in args or any(a == "--lang" and b == "fa" for a, b in pairwise(args))


def run(app: typer.Typer) -> None:
    """Run ``app`` as the console script."""
    app()
