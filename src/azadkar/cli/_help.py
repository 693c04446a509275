"""Help-text tidying shared by every command, and safe file writing for command output.

Typer's "rich" markup mode keeps the single line breaks of a docstring, so prose wrapped at
~90 columns in the source is wrapped a second time by the terminal and comes out ragged on an
80-column screen. :func:`reflow_app` joins the lines of each prose paragraph once, at start-up,
and leaves indented example lines and list items exactly as written.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

_LIST_MARKS = ("- ", "* ", "• ")


def reflow(text: str) -> str:
    """Join the single line breaks of prose paragraphs; keep examples and lists as written."""
    paragraphs = inspect.cleandoc(text).split("\n\n")
    out = []
    for para in paragraphs:
        lines = para.split("\n")
        merged = [lines[0]]
        for line in lines[1:]:
            prev = merged[-1]
            keep_break = (
                not line.strip()
                or line[:1].isspace()
                or prev[:1].isspace()
                or prev.rstrip().endswith("\\")
                or line.lstrip().startswith(_LIST_MARKS)
            )
            if keep_break:
                merged.append(line)
            else:
                merged[-1] = prev.rstrip() + " " + line.strip()
        out.append("\n".join(merged))
    return "\n\n".join(out)


def _reflow_text(value: Any) -> Any:
    return reflow(value) if isinstance(value, str) and value else value


def reflow_app(app: Any) -> None:
    """Reflow the help of every command and sub-group registered on a Typer ``app``."""
    info = getattr(app, "info", None)
    if info is not None:
        info.help = _reflow_text(info.help)
    for cmd in getattr(app, "registered_commands", []):
        if isinstance(cmd.help, str) and cmd.help:
            cmd.help = reflow(cmd.help)
        elif cmd.callback is not None and cmd.callback.__doc__:
            cmd.help = reflow(cmd.callback.__doc__)
    for group in getattr(app, "registered_groups", []):
        group.help = _reflow_text(group.help)
        if group.typer_instance is not None:
            reflow_app(group.typer_instance)


def fold_long_help_words() -> None:
    """Fold, instead of cutting with "…", words too long for an option's help column.

    On an 80-column terminal the help column of a command with long option names
    (``disclose``) is about 16 characters wide, and typer's table cut the words that did
    not fit: the --tool format "ID:MODE/CODE:PURPOSE" read "ID:MODE/CODE:PU…". Typer
    builds each option's help as rich ``Text`` items; this marks them ``overflow="fold"``.
    A typer without the private helper keeps its own behaviour.
    """
    from typer import rich_utils

    original = getattr(rich_utils, "_get_parameter_help", None)
    if original is None or getattr(original, "_azadkar_folds", False):
        return

    def folded(*args: Any, **kwargs: Any) -> Any:
        columns = original(*args, **kwargs)
        for item in getattr(columns, "renderables", []):
            if type(item).__name__ == "Text":  # rich.text.Text (rich belongs to report/)
                item.overflow = "fold"
        return columns

    folded._azadkar_folds = True  # type: ignore[attr-defined]
    rich_utils._get_parameter_help = folded


def _option_head(param: Any, ctx: Any, ru: Any, marks: bool) -> list[tuple[str, str]]:
    """``--tool, -t  <list[str]>`` (or an argument's name) as (text, style) pieces; with
    ``marks`` (some option of the panel is required) a "* " or two spaces lead."""
    from typer.core import TyperArgument

    head: list[tuple[str, str]] = []
    if marks:
        head.append(
            (ru.REQUIRED_SHORT_STRING + " " if param.required else "  ", ru.STYLE_REQUIRED_SHORT)
        )
    if isinstance(param, TyperArgument):
        name = param.display_name_raw
        if param.metavar is None and param.nargs != 1:
            name += "..."
        head.append((name, ru.STYLE_OPTION))
    else:
        longs = [o for o in param.opts if o.startswith("--")]
        shorts = [o for o in param.opts if not o.startswith("--")]
        head.append((", ".join(longs + shorts), ru.STYLE_OPTION))
        if param.secondary_opts:
            head.append((" / " + ", ".join(param.secondary_opts), ru.STYLE_NEGATIVE_OPTION))
    # A flag's "<bool>" says nothing its name does not.
    shown = None if getattr(param, "is_flag", False) else param.display_type_rich(ctx=ctx)
    if shown:
        head.append(("  " + shown, ru.STYLE_TYPES))
    range_str = param._get_number_range_help_str()
    if range_str:
        head.append((ru.RANGE_STRING.format(range_str), ru.STYLE_TYPES))
    return head


def stack_narrow_option_help() -> None:
    """On terminals under 100 columns, print each option's help under its name, full width.

    Typer's one-row-per-option table left ``disclose --help`` about 16 columns for the help
    text on an 80-column terminal. This wraps typer's private panel printer; wider
    terminals, and a typer without that printer, keep typer's own layout. The panel itself
    is drawn by :func:`azadkar.report.help_panel.stacked_panel` (rich belongs to report/).
    """
    from typer import rich_utils as ru

    original = getattr(ru, "_print_options_panel", None)
    if original is None or getattr(original, "_azadkar_stacks", False):
        return
    from azadkar.report.help_panel import STACK_BELOW, stacked_panel

    def panel(*, name: str, params: list[Any], ctx: Any, markup_mode: Any, console: Any) -> None:
        if console.width >= STACK_BELOW or not params:
            original(name=name, params=params, ctx=ctx, markup_mode=markup_mode, console=console)
            return
        marks = any(p.required for p in params)
        options = [
            (
                _option_head(p, ctx, ru, marks),
                ru._get_parameter_help(param=p, ctx=ctx, markup_mode=markup_mode),
            )
            for p in params
        ]
        console.print(
            stacked_panel(
                name,
                options,
                border_style=ru.STYLE_OPTIONS_PANEL_BORDER,
                title_align=ru.ALIGN_OPTIONS_PANEL,
                indent=6 if marks else 4,
            )
        )

    panel._azadkar_stacks = True  # type: ignore[attr-defined]
    ru._print_options_panel = panel


def number(value: str | float) -> float:
    """Parse a number from any digits, with thousands separators and an optional %
    (:func:`azadkar.numerals.parse_number`; a ``ValueError`` names the value). Options use
    :class:`azadkar.cli._common.Number`, which also names the option, in either language."""
    from azadkar.numerals import parse_number

    return parse_number(value, percent=True)


def version_text() -> str:
    """``azadkar X.Y.Z`` and the versions of the datasets behind its numbers (for citing)."""
    from azadkar import __version__
    from azadkar.evidence import sources

    lines = [f"azadkar {__version__}"]
    for src in sources():
        lines.append(
            f"  {src['id']}: {src.get('repository', '')} @ {src.get('version', '?')} "
            f"({src.get('licence', '')})"
        )
    return "\n".join(lines)


def write_output(path: Path, writer: Callable[[], object], flag: str) -> None:
    """Run ``writer`` (which writes ``path``) and turn a file-system error into a clean message."""
    from azadkar.errors import InputError

    existed = path.exists()
    try:
        writer()
    except KeyboardInterrupt:
        # Ctrl-C while writing: no half-written file is left behind (the message says
        # nothing was written). A file that was there before was already cut short.
        if not existed or path.is_file():
            path.unlink(missing_ok=True)
        raise
    except IsADirectoryError:
        raise InputError(f"{flag} {str(path)!r} is a folder; give a file name") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        parent = path.parent
        hint = f" (folder {str(parent)!r} does not exist)" if not parent.exists() else ""
        raise InputError(f"cannot write {flag} {str(path)!r}: {reason}{hint}") from None


__all__ = [
    "number",
    "reflow",
    "reflow_app",
    "stack_narrow_option_help",
    "version_text",
    "write_output",
]
