"""Helpers shared by the command modules: error reporting, output format, language, and
the parsers of number options (Persian digits, separators, ranges; see :class:`WholeNumber`)."""

from __future__ import annotations

import enum
import json
import math
import re
import signal
import sys
import threading
from contextvars import ContextVar
from enum import StrEnum
from itertools import pairwise
from typing import Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup


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
    usage errors and azadkar's domain errors); 141 standard output was closed by its
    reader (:func:`stdout_closed`).

    ``message_fa`` is the same message in Persian, printed when the language is ``fa``:
    ``lang`` when given, else ``fa`` when the command was run with ``--lang fa``.
    """
    if message_fa and _language(lang) == "fa":
        typer.secho(f"خطا: {_hint_fa(message, message_fa)}", fg=typer.colors.RED, err=True)
    else:
        typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _hint_fa(message: str, message_fa: str) -> str:
    """``message_fa`` with the Persian pointer to ``azadkar services`` when the English
    ``message`` ends with the English one (an unknown service id)."""
    from azadkar.taxonomy import SERVICES_HINT, SERVICES_HINT_FA

    if SERVICES_HINT in message and SERVICES_HINT_FA not in message_fa:
        return message_fa.rstrip() + SERVICES_HINT_FA
    return message_fa


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


# The exit status when the reader of standard output went away (``azadkar ... | head``):
# 128 + SIGPIPE (13), what the shell reports for a program ended by a closed pipe (cat,
# seq, yes). Not 1, which says a check ran and failed.
EXIT_STDOUT_CLOSED = 141


def stdout_closed() -> NoReturn:
    """End quietly because standard output was closed by its reader (a broken pipe).

    As Python's documentation advises (``signal``, "Note on SIGPIPE"): standard output is
    pointed at devnull, so that the interpreter's last flush of what is still buffered
    does not fail again ("Exception ignored ... BrokenPipeError"), then the program exits
    with :data:`EXIT_STDOUT_CLOSED`.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout
        pass
    raise SystemExit(EXIT_STDOUT_CLOSED)


class AzadkarGroup(TyperGroup):
    """The top-level command group: a domain error becomes a clean message and exit code 2;
    a closed standard output ends the program quietly (:func:`stdout_closed`), before
    click's own handling would exit with 1."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:  # (--help and a bare `azadkar` print their help while the arguments are parsed)
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            stdout_closed()

    def invoke(self, ctx: Any) -> Any:
        from azadkar.errors import AzadkarError

        args = [*getattr(ctx, "protected_args", []), *ctx.args]
        token = _ARGS.set(tuple(args))
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            stdout_closed()
        except OptionError as exc:
            # A number option refused by its parser: one line naming the option, as fail().
            typer.secho(exc.line(), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None
        except AzadkarError as exc:
            if _asks_persian(args) and exc.message_fa:
                shown = _hint_fa(exc.message, exc.message_fa)
                typer.secho(f"خطا: {shown}", fg=typer.colors.RED, err=True)
            else:
                typer.secho(f"Error: {exc.message}", fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None
        finally:
            _ARGS.reset(token)


class AzadkarCommand(TyperCommand):
    """A command whose number options, when refused, read as :func:`fail`'s errors: one
    line naming the option, in Persian with ``--lang fa``, exit code 2 (not click's usage
    box). Register a command with it: ``app.command(cls=AzadkarCommand)``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        persian = _asks_persian(list(args))
        try:
            return super().parse_args(ctx, args)
        except OptionError as exc:
            typer.secho(exc.line(persian), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None


def _asks_persian(args: list[str]) -> bool:
    """``--lang fa`` (or ``--lang=fa``) among a command's arguments."""
    return "--lang=fa" in args or any(a == "--lang" and b == "fa" for a, b in pairwise(args))


# --- number options ------------------------------------------------------------------


class OptionError(typer.BadParameter):
    """A number option's value refused by :class:`WholeNumber` or :class:`Number`.

    Raised inside the parser, so click attaches the option; :class:`AzadkarCommand` (and,
    for other commands, :class:`AzadkarGroup`) prints it as :func:`fail` would
    (``Error: --top must be ...``, in Persian with ``--lang fa``) and exits with 2.
    """

    def __init__(self, message: str, message_fa: str, *, colon: bool = False) -> None:
        super().__init__(message)
        self.message_fa = message_fa
        self.colon = colon  # "--rate: 'x' is not a number" vs "--top must be at least 1"
        self.persian = _language(None) == "fa"  # as far as known when raised
        self.what_fa: str | None = None

    def _option(self) -> str:
        opts = list(getattr(self.param, "opts", None) or [])
        longs = [o for o in opts if o.startswith("--")]
        return (longs or opts or ["the option"])[0]

    def line(self, persian: bool | None = None) -> str:
        """``Error: OPTION message`` (``خطا: ...`` in Persian), for a person."""
        opt = self._option()
        sep = ":" if self.colon else ""
        if self.persian if persian is None else persian:
            from azadkar.bidi import ltr

            who = f"{self.what_fa} ({ltr(opt)})" if self.what_fa else f"گزینهٔ {ltr(opt)}"
            return f"خطا: {who}{sep} {self.message_fa}"
        return f"Error: {opt}{sep} {self.message}"

    def format_message(self) -> str:  # in another app: click's own layout, this text
        return self.line().partition(": ")[2]


def _shown(value: float) -> str:
    return f"{int(value)}" if float(value).is_integer() else f"{value:g}"


def _range_words(low: float | None, high: float | None, kind: str) -> tuple[str, str]:
    """("a whole number from 1 to 90", "عددی صحیح میان ۱ و ۹۰") and the like."""
    kind_fa = "عددی صحیح" if kind == "whole number" else "عددی"
    if low is not None and high is not None:
        return (
            f"a {kind} from {_shown(low)} to {_shown(high)}",
            f"{kind_fa} میان {fa_num(_shown(low))} و {fa_num(_shown(high))}",
        )
    if low is not None:
        return (
            f"a {kind} of at least {_shown(low)}",
            f"{kind_fa} برابر {fa_num(_shown(low))} یا بیشتر",
        )
    if high is not None:
        return (
            f"a {kind} of at most {_shown(high)}",
            f"{kind_fa} برابر {fa_num(_shown(high))} یا کمتر",
        )
    return f"a {kind}", kind_fa


class _NumberParser:
    kind = "number"

    def __init__(
        self,
        low: float | None = None,
        high: float | None = None,
        *,
        percent: bool = False,
        what_fa: str | None = None,
    ) -> None:
        self.low, self.high, self.percent, self.what_fa = low, high, percent, what_fa

    def _parse(self, value: Any) -> float:
        raise NotImplementedError

    def __call__(self, value: Any) -> Any:
        from azadkar.numerals import NumberError

        try:
            number = self._parse(value)
        except NumberError as exc:
            raise self._error(exc.message, exc.message_fa, colon=True) from None
        low, high = self.low, self.high
        if low is None and high is None:
            return number  # nan and inf too: the command refuses them with its own words
        inside = math.isfinite(number) and (low is None or number >= low)
        if not (inside and (high is None or number <= high)):
            en, fa = _range_words(low, high, self.kind)
            shown = f"{number:g}" if isinstance(number, float) else str(number)
            raise self._error(f"must be {en}, got {shown}", f"باید {fa} باشد، نه {fa_num(shown)}")
        return number

    def _error(self, message: str, message_fa: str, *, colon: bool = False) -> OptionError:
        err = OptionError(message, message_fa, colon=colon)
        err.what_fa = self.what_fa
        return err


class WholeNumber(_NumberParser):
    """The parser of a whole-number option: ``typer.Option(parser=WholeNumber(1, 90))``.

    Takes what people type: ``30``, ``۳۰``, ``٣٠``, ``1,000``, ``۱٬۰۰۰`` (and ``۳۰٪`` with
    ``percent=True``), checks ``low <= value <= high`` (either may be None) and refuses
    anything else with one line naming the option, in Persian with ``--lang fa``
    (``what_fa``, e.g. "سال برنامه", names the option in that line). A default value
    passes through unchanged. :func:`whole_option` also shows the range in ``--help``.
    """

    kind = "whole number"

    def _parse(self, value: Any) -> float:
        from azadkar.numerals import parse_whole

        return parse_whole(value, percent=self.percent)

    def __call__(self, value: Any) -> int:
        return int(super().__call__(value))


class Number(_NumberParser):
    """:class:`WholeNumber` for a number with decimals (``--rate ۴۰۰٬۰۰۰``, ``--hours ۳۵٫۵``).

    ``nan`` and ``inf`` pass when there is no range, for the command to refuse with its own
    message (as ``assess`` does, naming the API's limits).
    """

    def _parse(self, value: Any) -> float:
        from azadkar.numerals import parse_number

        return parse_number(value, percent=self.percent)

    def __call__(self, value: Any) -> float:
        return float(super().__call__(value))


def whole_option(
    *param_decls: str,
    low: int | None = None,
    high: int | None = None,
    percent: bool = False,
    what_fa: str | None = None,
    **kwargs: Any,
) -> Any:
    """``typer.Option`` for a whole number read by :class:`WholeNumber`, its range shown in
    ``--help`` as typer shows ``min``/``max``::

        limit: Annotated[int, whole_option(low=0, help="At most this many rows (0: all).")] = 50
    """
    return typer.Option(
        *param_decls,
        parser=WholeNumber(low, high, percent=percent, what_fa=what_fa),
        min=low,
        max=high,
        **kwargs,
    )


def run(app: typer.Typer) -> None:
    """Run ``app`` as the console script.

    With ``--lang fa`` among the arguments, click's own usage errors (an unknown option or
    command, a value not among the choices, a missing argument) are printed in Persian,
    with click's English words after them, instead of typer's English box.

    When the reader of standard output goes away (``azadkar assess ... | head``), the
    program ends quietly with :data:`EXIT_STDOUT_CLOSED`, also when what is left in the
    buffer is written only at the end.
    """
    from azadkar.report.broken_pipe import on_broken_pipe

    interrupted: list[int] = []

    def on_sigint(signum: int, frame: object) -> None:
        interrupted.append(signum)
        raise KeyboardInterrupt

    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_sigint) if main_thread else None
    try:
        # (rich's own answer to a closed pipe would be SystemExit(1))
        with on_broken_pipe(stdout_closed):
            try:
                _run(app)
            finally:
                _flush_stdout()  # what is still buffered (print_json does not flush) goes now
    except BrokenPipeError:
        stdout_closed()
    except KeyboardInterrupt:
        interrupted_exit()
    except SystemExit:
        if interrupted:  # typer turns Ctrl-C into a silent exit 130
            interrupted_exit()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def interrupted_exit() -> NoReturn:
    """Ctrl-C: one line on standard error (files are written whole or not at all), exit 130."""
    persian = _asks_persian(sys.argv[1:])
    text = "قطع شد؛ چیزی نوشته نشد." if persian else "interrupted; nothing was written"
    try:
        sys.stderr.write(f"{text}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    raise SystemExit(130)


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError):  # another failure, or a closed file: nothing to add here
        pass


def _format_pdf_refused(command: Any, args: list[str]) -> str | None:
    """The error for ``--format pdf`` given to a command whose ``--format`` takes no pdf
    (None when the arguments ask no such thing): a PDF is written with ``--report out.pdf``."""
    asked = "--format=pdf" in args or "-f=pdf" in args
    asked = asked or any(a in ("--format", "-f") and b.lower() == "pdf" for a, b in pairwise(args))
    if not asked:
        return None
    for arg in args:  # the subcommand the arguments name (options before it are the group's)
        sub = getattr(command, "commands", {}).get(arg)
        if sub is not None:
            command = sub
    fmt = next((p for p in command.params if p.name == "format"), None)
    if fmt is None:
        return None
    kind = getattr(getattr(fmt, "type_descriptor", None), "annotation", None)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        choices = [str(m.value) for m in kind]
    else:
        choices = [str(c) for c in getattr(getattr(fmt, "type", None), "choices", ())]
    if not choices or "pdf" in choices:
        return None
    has_report = any("--report" in getattr(p, "opts", ()) for p in command.params)
    fa = _asks_persian(args)
    if has_report:
        return (
            "گزینهٔ \u2066--format\u2069 قالب \u2066pdf\u2069 نمی‌پذیرد؛ گزارش \u2066PDF\u2069 را با "
            "\u2066--report out.pdf\u2069 بنویسید."
            if fa
            else "--format does not take pdf: write a PDF report with --report out.pdf."
        )
    shown = ", ".join(choices)
    return (
        f"گزینهٔ \u2066--format\u2069 قالب \u2066pdf\u2069 نمی‌پذیرد؛ یکی از \u2066{shown}\u2069 "
        "را بدهید."
        if fa
        else f"--format does not take pdf here; use one of {shown}."
    )


def _run(app: typer.Typer) -> None:
    refused = _format_pdf_refused(typer.main.get_command(app), sys.argv[1:])
    if refused is not None:
        persian = _asks_persian(sys.argv[1:])
        typer.secho(f"{'خطا' if persian else 'Error'}: {refused}", fg=typer.colors.RED, err=True)
        raise SystemExit(2)
    if not _asks_persian(sys.argv[1:]):
        app()
        return
    # typer carries its own click; its exception classes are reached through the public
    # typer.BadParameter (a UsageError, a ClickException) rather than a private module.
    mro = {c.__name__: c for c in typer.BadParameter.__mro__}
    usage_error: Any = mro["UsageError"]
    click_exception: Any = mro["ClickException"]
    command = typer.main.get_command(app)
    try:
        code = command.main(args=sys.argv[1:], prog_name="azadkar", standalone_mode=False)
    except usage_error as exc:
        where = exc.ctx.command_path if exc.ctx else "azadkar"
        typer.secho(f"خطا: {usage_error_fa(exc.format_message())}", fg=typer.colors.RED, err=True)
        typer.secho(f"({exc.format_message()})", err=True)
        typer.echo(f"راهنما: \u2066{where} --help\u2069", err=True)
        raise SystemExit(2) from None
    except typer.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        typer.secho("لغو شد.", fg=typer.colors.RED, err=True)
        raise SystemExit(1) from None
    except click_exception as exc:
        exc.show()
        raise SystemExit(exc.exit_code) from None
    raise SystemExit(code if isinstance(code, int) else 0)


# click's usage errors that name one thing, and their Persian ({} is that thing).
_USAGE_FA = (
    (r"No such command '(.+?)'", "فرمانی به نام {} نیست"),
    (r"Invalid value for '([^']+)'", "مقدار {} نادرست است"),
    (r"Missing argument '(.+?)'", "آرگومان {} داده نشده است"),
    (r"Missing option '(.+?)'", "گزینهٔ {} لازم است"),
    (r"Missing parameter:? '?([^']+?)'?\.?$", "پارامتر {} داده نشده است"),
    (r"Missing command", "فرمانی داده نشده است"),
    (r"Option '(.+?)' requires (?:an argument|\d+ arguments)", "گزینهٔ {} مقداری لازم دارد"),
    (r"Option '(.+?)' does not take a value", "گزینهٔ {} مقداری نمی‌گیرد"),
    (r"Argument '(.+?)' takes \d+ values", "آرگومان {} شمار دیگری از مقدارها لازم دارد"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", "آرگومان اضافه: {}"),
    (r"Could not open file '(.+?)'", "پروندهٔ {} باز نشد"),
    (r"Invalid value: ", "مقدار نادرست است"),
)


def usage_error_fa(message: str) -> str:
    """click's usage error ``message`` in Persian (the common kinds; others are prefixed)."""
    import re

    def code(s: str) -> str:
        return f"\u2066{s}\u2069"

    def choices(s: str) -> str:
        return "، ".join(code(c.strip().strip("'")) for c in s.split(","))

    m = re.match(
        r"No such option:? '?(-[^'\s]+?)'?\.?(?: \((?:Possible options|Did you mean):? (.+?)\??\))?$",
        message,
    )
    if m:
        hint = f" (شاید منظورتان {choices(m[2])} بود)" if m[2] else ""
        return f"گزینهٔ {code(m[1])} وجود ندارد{hint}"
    m = re.match(
        r"Invalid value for '([^']+)'(?: / '[^']+')?: (?:Value error, )?'(.*)' is not one of (.+?)\.?$",
        message,
    )
    if m:
        return f"مقدار {code(m[2])} برای {code(m[1])} پذیرفته نیست؛ یکی از این‌ها را بدهید: {choices(m[3])}"
    for pattern, persian in _USAGE_FA:
        m = re.match(pattern, message)
        if m:
            return persian.format(code(m[1])) if m.groups() else persian
    return "فرمان نادرست است"


# -- long lines on a terminal -------------------------------------------------------------
_OPENERS = "\u2066\u2067\u2068\u202a\u202b\u202d\u202e"  # LRI RLI FSI LRE RLE LRO RLO
_CLOSERS = {"\u2069": "\u2066\u2067\u2068", "\u202c": "\u202a\u202b\u202d\u202e"}
_RLM = "\u200f"


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: ZWNJ, bidi marks and combining marks take
    none, wide (CJK) characters two."""
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def wrap_line(line: str, width: int) -> list[str]:
    """One output line broken at spaces into lines of at most ``width`` columns.

    A list item (``- ``) or an indented line keeps its indent on the lines it continues
    on; a word longer than the width (a URL) stays whole. A bidi isolate or embedding
    open at a break is closed at the end of the line and opened again on the next, and a
    right-to-left mark that starts the line starts every continued line too, so each
    line is laid out on its own the way the whole one was (a terminal reorders each line
    separately). Markdown table rows (``|``) are left as they are.
    """
    if display_width(line) <= width or line.lstrip().startswith("|"):
        return [line]
    stripped = line.lstrip(" ")
    indent = line[: len(line) - len(stripped)]
    rlm = _RLM if stripped.startswith(_RLM) else ""
    # the bullet may follow the right-to-left mark that starts a Persian line
    item = stripped[len(rlm) :]
    bullet = next((b for b in ("- ", "• ", "* ") if item.startswith(b)), "")
    hang = indent + " " * len(bullet)
    out: list[str] = []
    current = ""
    stack: list[str] = []  # isolates/embeddings open at the end of ``current``
    reopen = ""
    for word in stripped.split(" "):
        candidate = f"{current} {word}" if current else f"{indent}{reopen}{word}"
        if current and display_width(candidate) > width:
            out.append(
                current
                + "".join(
                    "\u2069" if o in "\u2066\u2067\u2068" else "\u202c" for o in reversed(stack)
                )
            )
            reopen = (rlm if rlm and not word.startswith(_RLM) else "") + "".join(stack)
            current = f"{hang}{reopen}{word}"
        else:
            current = candidate
        for ch in word:
            if ch in _OPENERS:
                stack.append(ch)
            elif ch in _CLOSERS and stack and stack[-1] in _CLOSERS[ch]:
                stack.pop()
    out.append(current)
    return out


def is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def for_terminal(text: str, *, err: bool = False) -> str:
    """``text`` with its long lines wrapped to the terminal's width when standard output
    (``err``: standard error) is a terminal; unchanged in a pipe or a file, where whole
    paragraphs are better for pasting."""
    import shutil

    if not is_terminal(sys.stderr if err else sys.stdout):
        return text
    width = max(shutil.get_terminal_size().columns, 20)
    return "\n".join(part for line in text.split("\n") for part in wrap_line(line, width))


def text_language(text: str | None) -> Lang:
    """The output language for a command given no ``--lang``: Persian for a description
    written in Persian (also one with English tool names in it), else English."""
    if not text or not _ARABIC_SCRIPT.search(text):
        return Lang.en
    from azadkar.text import detect_language

    found = detect_language(text)
    if found == "fa":
        return Lang.fa
    if found == "mixed":
        # Persian around English words: Persian when most letters are Persian
        letters = len(_ARABIC_SCRIPT.findall(text))
        return Lang.fa if letters >= len(_LATIN.findall(text)) else Lang.en
    return Lang.en


# Arabic-script letters: not its digits (۱۲۰۰ says nothing of a language) nor its marks
_ARABIC_SCRIPT = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z]")
