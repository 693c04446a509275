"""The ``azadkar`` command line (Typer).

Each command group lives in its own module with a ``register(app)`` function; the
modules import the core (and anything heavy) inside the command functions so that
``azadkar --help`` stays fast.
"""

from __future__ import annotations

import typer

from azadkar.cli import _common

app = typer.Typer(
    name="azadkar",
    cls=_common.AzadkarGroup,
    help=(
        "azadkar (آزادکار): see what generative AI does to your freelance work, and what to do "
        "about it. Everything runs on this machine; nothing you type leaves it."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Registration block: one line per command module (keep sorted).
from azadkar.cli import assess_cmd  # noqa: E402

assess_cmd.register(app)
# end of registration block


def main() -> None:
    """Console-script entry point: run the app, turning domain errors into clean messages."""
    _common.run(app)


__all__ = ["app", "main"]
