"""Helpers shared by the command modules: error reporting, output format, language."""

from __future__ import annotations

import json
import sys
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


def fail(message: str, code: int = 2) -> NoReturn:
    """Print an error for a person (stderr) and exit with ``code``.

    Exit codes across the CLI: 0 done; 1 a check ran and failed (``credentials verify``,
    ``disclose --check-aia``); 2 the input or the options were wrong (as for click's own
    usage errors and azadkar's domain errors).
    """
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


class AzadkarGroup(TyperGroup):
    """The top-level command group: a domain error becomes a clean message and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        from azadkar.errors import AzadkarError

        args = [*getattr(ctx, "protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except AzadkarError as exc:
            if _asks_persian(args) and exc.message_fa:
                typer.secho(f"خطا: {exc.message_fa}", fg=typer.colors.RED, err=True)
            else:
                typer.secho(f"Error: {exc.message}", fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None


def _asks_persian(args: list[str]) -> bool:
    """``--lang fa`` (or ``--lang=fa``) among a command's arguments."""
    return "--lang=fa" in args or any(a == "--lang" and b == "fa" for a, b in pairwise(args))


def run(app: typer.Typer) -> None:
    """Run ``app`` as the console script."""
    app()
