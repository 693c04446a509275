"""``--help`` option panels that stay readable on a narrow terminal.

Typer prints each option as one table row: names, short name, type, then the help text. On
an 80-column terminal a command with long option names and types (``disclose``: ``--check-aia``,
``<list[str]>``) leaves the help text about 16 columns, one or two words per line. Below
:data:`STACK_BELOW` columns the CLI (:func:`azadkar.cli._help.stack_narrow_option_help`)
prints each option's names and type on one line and its help text under it, indented,
across the whole width, with :func:`stacked_panel`. Wider terminals keep typer's table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

STACK_BELOW = 100
"""Terminals narrower than this get the stacked layout."""

Head = Sequence[tuple[str, str]]
"""An option's first line as (text, rich style) pieces: names, type, range."""


def stacked_panel(
    title: str,
    options: Sequence[tuple[Head, RenderableType]],
    *,
    border_style: str = "dim",
    title_align: Any = "left",
    indent: int = 4,
) -> Panel:
    """A panel of options: each option's head line, then its help ``indent`` columns in."""
    rows: list[RenderableType] = []
    for head, helptext in options:
        line = Text()
        for piece, style in head:
            line.append(piece, style=style)
        rows.append(line)
        rows.append(Padding(helptext, (0, 0, 0, indent)))
    return Panel(Group(*rows), border_style=border_style, title=title, title_align=title_align)


__all__ = ["STACK_BELOW", "Head", "stacked_panel"]
