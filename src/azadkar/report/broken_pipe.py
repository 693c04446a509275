"""What the reports' rich consoles do when the reader of standard output goes away.

rich answers a broken pipe (``azadkar assess ... | head``) with ``SystemExit(1)``, and
azadkar's exit status 1 means "a check ran and failed". Its documented hook for another
answer is ``Console.on_broken_pipe``; the reports make their consoles themselves, so the
console script (``azadkar.cli._common.run``) sets the hook for the whole run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn


@contextmanager
def on_broken_pipe(handler: Callable[[], NoReturn]) -> Iterator[None]:
    """While in the block, a rich console whose output is a closed pipe calls ``handler``
    (which ends the program) after going quiet, instead of raising ``SystemExit(1)``."""
    from rich.console import Console

    def hook(console: Any) -> NoReturn:
        console.quiet = True
        handler()

    previous = Console.on_broken_pipe
    Console.on_broken_pipe = hook  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Console.on_broken_pipe = previous  # type: ignore[method-assign]


__all__ = ["on_broken_pipe"]
