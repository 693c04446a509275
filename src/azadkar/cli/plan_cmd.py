"""``azadkar scenarios``: list, show and validate the scenarios behind the 2026-2030 outlook."""

from __future__ import annotations

from typing import Annotated

import typer

from azadkar.cli._common import Format, Lang, print_json

SCENARIOS_HELP = """List the shipped scenarios, or show / check one (a name or your own .toml file).

A scenario says, per layer of work, how much of a task's time AI takes over by year,
how productivity and demand change, and how pay moves per category, each parameter with
its source and status (cited, not verified / measured / assumption).

Examples:

  azadkar scenarios

  azadkar scenarios report-2025

  azadkar scenarios observed-2023-2025 --format json

  azadkar scenarios my-scenario.toml      (checks the file; errors name key, value and range)

Copy a shipped file (`azadkar scenarios report-2025 --format json` shows every key), change
what you disagree with, and pass it to `azadkar assess --scenario my-scenario.toml`.
"""


def scenarios(
    name: Annotated[
        str | None,
        typer.Argument(help="A shipped scenario name or the path of a scenario .toml file."),
    ] = None,
    lang: Annotated[
        Lang, typer.Option(help="Language of names, notes and errors: fa or en.")
    ] = Lang.en,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md (Markdown).")
    ] = Format.text,
) -> None:
    from azadkar.scenarios import list_scenarios, load_scenario

    chosen = [load_scenario(name)] if name else list_scenarios()
    if format is Format.json:
        print_json([sc.to_dict() for sc in chosen] if not name else chosen[0].to_dict())
        return
    if format is Format.md:
        from azadkar.report.plan_view import scenarios_markdown

        typer.echo(scenarios_markdown(chosen, lang.value, detail=bool(name)))
        return
    from azadkar.report.plan_view import render_scenarios

    render_scenarios(chosen, lang.value, detail=bool(name))


def register(app: typer.Typer) -> None:
    app.command(help=SCENARIOS_HELP)(scenarios)
