"""``azadkar claims``: the source report's claims, checked against evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from azadkar.cli._common import Format, Lang, fail, print_json


def claims(
    db: Annotated[
        Path | None,
        typer.Option(
            help="A market store (from `azadkar market ingest`) for the pay and demand claims."
        ),
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the output: fa or en.")] = Lang.en,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md.")
    ] = Format.text,
) -> None:
    """Check each claim of the source report against measured evidence.

    Exposure claims are recomputed from the shipped task labels; market claims use the
    postings in --db (without one they say what data would settle them); forecasts are
    marked not checkable yet, with the measured trend that bears on them. Every claim is
    shown as "cited, not verified".

    Examples: `azadkar claims`, `azadkar claims --lang fa`,
    `azadkar claims --db market.duckdb --format json`.
    """
    from azadkar.claims import check_claims
    from azadkar.errors import InputError

    if db is not None and not db.exists():
        fail(
            f"market store {db} does not exist; build one with `azadkar market ingest`",
            message_fa=f"انبار دادهٔ بازار «{db}» (--db) وجود ندارد؛ با "
            "`azadkar market ingest` یکی بسازید",
        )
    if db is not None and db.is_dir():
        fail(
            f"--db {db} is a folder; give the market store file (.duckdb)",
            message_fa=f"«{db}» (--db) یک پوشه است؛ خود پروندهٔ انبار دادهٔ بازار (.duckdb) را بدهید",
        )
    try:
        report = check_claims(db)
    except InputError as exc:
        if exc.message_fa:
            raise
        fail(
            exc.message,
            message_fa=f"انبار دادهٔ بازار «{db}» (--db) خوانده نشد؛ آن را با "
            f"`azadkar market ingest` بسازید. ({exc.message})",
        )
    if format is Format.json:
        print_json(report.to_dict())
    elif format is Format.md:
        from azadkar.report.claims_view import claims_markdown

        typer.echo(claims_markdown(report, lang.value))
    else:
        from azadkar.report.claims_view import render_claims

        render_claims(report, lang.value)


def register(app: typer.Typer) -> None:
    app.command()(claims)
