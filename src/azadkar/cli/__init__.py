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
        "about it. Everything runs on this machine; nothing you type leaves it.\n\n"
        "Start here:\n\n"
        '  azadkar assess "I design logos and run Instagram pages"\n\n'
        "  azadkar assess --lang fa --service logo_design:60 --service seo:40 --rate 15\n\n"
        "  azadkar claims --lang fa\n\n"
        "Every command takes --help; most take --lang fa|en and --format text|json|md."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from azadkar.cli._help import version_text

        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        is_eager=True,
        callback=_version,
        help="Print azadkar's version and the dataset versions behind its numbers, then exit.",
    ),
) -> None:
    pass


# Registration block: one line per command module (keep sorted).
from azadkar.cli import assess_cmd  # noqa: E402

assess_cmd.register(app)
from azadkar.cli import claims_cmd  # noqa: E402

claims_cmd.register(app)
from azadkar.cli import classify_cmd  # noqa: E402

classify_cmd.register(app)
from azadkar.cli import credentials_cmd  # noqa: E402

credentials_cmd.register(app)
from azadkar.cli import disclose_cmd  # noqa: E402

disclose_cmd.register(app)
from azadkar.cli import market_cmd  # noqa: E402

market_cmd.register(app)
from azadkar.cli import plan_cmd  # noqa: E402

plan_cmd.register(app)
from azadkar.cli import serve_cmd  # noqa: E402

serve_cmd.register(app)
# end of registration block

from azadkar.cli._help import (  # noqa: E402
    fold_long_help_words,
    reflow_app,
    stack_narrow_option_help,
)

reflow_app(app)
fold_long_help_words()
stack_narrow_option_help()


def main() -> None:
    """Console-script entry point: run the app, turning domain errors into clean messages."""
    _common.run(app)


__all__ = ["app", "main"]
