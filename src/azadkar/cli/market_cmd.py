"""``azadkar market``: ingest job postings, classify them, measure the market."""

from __future__ import annotations

import csv
import shlex
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from azadkar.cli._common import Lang, fail, print_json, whole_option
from azadkar.report.text_table import col_widths, print_table, text_console

if TYPE_CHECKING:
    from azadkar.market import MarketIndicators

MARKET_HELP = """Measure the freelance market on real job postings, on this machine.

Load postings into a local DuckDB file, let azadkar's classifier put each one in our categories, then check the report's claims: demand and pay by category over time, change around AI releases, inequality of pay, and what AI-training work pays.

Example session:

  azadkar market ingest upwork-rss-2024.csv jobinja/*.xlsx

  azadkar market status

  azadkar market classify

  azadkar market indicators --format json

The store is ~/.local/share/azadkar/market.duckdb unless you pass --db.
"""


# Upper limits of --batch-size and --limit: the library's MAX_BATCH_SIZE (_classify) and
# MAX_LIMIT (_store), written here so that the CLI does not import the market package to
# build its options (a test keeps them equal).
MAX_BATCH_SIZE = 1_000_000
MAX_LIMIT = 1_000_000_000


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


class TableFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class SourceFormat(StrEnum):
    upwork_api = "upwork-api"
    upwork_rss = "upwork-rss"
    upwork_search = "upwork-search"
    oli = "oli"
    jobinja = "jobinja"
    mapped = "mapped"


class EngineName(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


class CategorySource(StrEnum):
    auto = "auto"
    platform = "platform"
    model = "model"


DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="The market store (a DuckDB file). Default: market.duckdb in the azadkar "
        "folder of ~/.local/share ($XDG_DATA_HOME).",
        dir_okay=False,
    ),
]


LangOption = Annotated[
    Lang,
    typer.Option(
        help="Language of the messages, errors and summary lines: fa or en "
        "(--format json keeps its English keys)."
    ),
]


EventsOption = Annotated[
    Path | None,
    typer.Option(
        help="Events TOML replacing the shipped AI release dates "
        "(ChatGPT 2022-11-30, GPT-4 2023-03-14, Midjourney v5 2023-03-15).",
        exists=True,
        dir_okay=False,
    ),
]


# The options `indicators`, `compare` and `report` share (one text each, said once).
EngineOption = Annotated[
    EngineName,
    typer.Option(
        help="duckdb (default), or spark for data beyond one machine "
        "(pip install 'azadkar\\[spark]'; needs Java 17)."
    ),
]
CategorySourceOption = Annotated[
    CategorySource,
    typer.Option(
        help="auto: classifier predictions where present, else platform labels; "
        "platform or model: only that source."
    ),
]
FormatOption = Annotated[
    TableFormat,
    typer.Option("--format", "-f", help="text, json (rows carry `category`: our id) or csv."),
]
TextLangOption = Annotated[
    Lang,
    typer.Option(
        help="Language of the text output (and of a report): fa or en (json and csv keep "
        "their fields; json also carries the Persian texts as *_fa)."
    ),
]


# The slice options of `indicators` and `report` (see docs/market.md, "A slice of the store").
SLICE_HELP = "Slice (any mix; repeat an option for any of several values)"
PlatformOption = Annotated[
    list[str] | None,
    typer.Option(
        "--platform",
        metavar="<name>",
        help="Only postings from this platform, as stored (upwork, jobinja ...). "
        "Example: --platform upwork",
        rich_help_panel=SLICE_HELP,
    ),
]
FileOption = Annotated[
    list[str] | None,
    typer.Option(
        "--file",
        metavar="<id|name>",
        help="Only postings of this ingested file: its id or name as `azadkar market status` "
        "shows it. Example: --file 1 or --file upwork-rss-2024.csv",
        rich_help_panel=SLICE_HELP,
    ),
]
CountryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--country",
        metavar="<name>",
        help="Only postings whose client country is this, as the postings state it (any "
        'letter case). Example: --country "United States"',
        rich_help_panel=SLICE_HELP,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="<date>",
        help="Only postings dated on or after this day: 2023-01-01, a month (2023-01) or a "
        "year (2023), or Jalali 1402/01/01, 1402/01, 1402 (Persian digits too). Postings "
        "with no date are left out (and counted). Example: --since 1402/01/01",
        rich_help_panel=SLICE_HELP,
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="<date>",
        help="Only postings dated on or before this day (a month or year means its last "
        "day). Example: --since 2023-01-01 --until 2023-12-31, or --since 2023 --until 2023",
        rich_help_panel=SLICE_HELP,
    ),
]


def ingest(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Postings files: .csv, .tsv, .jsonl, .parquet (any of them .gz) or .xlsx.",
            exists=True,
            dir_okay=False,
        ),
    ],
    format: Annotated[
        SourceFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="<format>",
            help="Source format; by default it is recognised from the column names. "
            "upwork-api (uid, published_on, type, ...), upwork-rss (title, published, budget, "
            "hourly_range_min, ...), upwork-search (Job Title, Hourly/Fixed, Budget, ...), "
            "oli (timestamp/date, occupation, count), jobinja (links, title, salary, ...), "
            "mapped (needs --mapping).",
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            help="Column-mapping TOML for any other CSV/JSONL/Parquet: a \\[columns] table "
            'mapping our fields to yours, e.g. title = "headline", pay = "budget" '
            "(see docs/market.md).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    rates: Annotated[
        Path | None,
        typer.Option(
            help="Exchange-rate TOML replacing the shipped, dated USD/IRR/toman table.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    encoding: Annotated[
        str,
        typer.Option(
            help="Text encoding of CSV/TSV and JSON-lines files: utf-8 (default), or e.g. "
            "cp1256 for a CSV saved by Excel on Persian Windows. Such a file is decoded to "
            "UTF-8 before it is read; a file that is UTF-8 already is refused. A UTF-16 file "
            'with a byte-order mark (Excel\'s "Unicode text") is read as such without it. '
            "xlsx and Parquet carry their own encoding.",
        ),
    ] = "utf-8",
    db: DbOption = None,
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the row accounting as JSON.")
    ] = False,
    lang: LangOption = Lang.en,
) -> None:
    """Load postings into the store, all files in ONE transaction.

    Every input row ends up accepted, rejected (see `azadkar market rejected`) or a duplicate; the counts always add up. A file ingested before is skipped. If the ingest fails, nothing is stored (and a new store file is not left behind).

    Examples:

      azadkar market ingest upwork-rss-2024.csv

      azadkar market ingest export.csv.gz --format upwork-api --db market.duckdb

      azadkar market ingest ads.parquet --mapping cols.toml --rates rates.toml

      azadkar market ingest ponisha.csv --mapping ponisha.toml --encoding cp1256

      azadkar market ingest jobinja.xlsx --lang fa
    """
    from azadkar.market import Store

    with Store(db) as store:
        results = store.ingest(
            files,
            fmt=format.value if format else None,
            mapping=mapping,
            rates=rates,
            progress=progress and sys.stderr.isatty(),
            encoding=encoding,
        )
    if json_out:
        print_json([r.to_dict() for r in results])
        return
    fa = lang is Lang.fa
    db_arg = f" --db {shlex.quote(str(db))}" if db is not None else ""
    # Every line fits the terminal: wrapped at spaces, later lines indented under the first;
    # a path wider than the terminal stays whole (to copy), on a line of its own.
    console = text_console()

    def say(text: str, indent: str = "", hang: str | None = None, keep: str = "") -> None:
        _say(console, text, indent, hang, keep, break_words=False)

    for r in results:
        if r.skipped:
            if fa:
                say(f"{r.path}: کنار گذاشته شد - {_skipped_fa(r.notes[0])}", hang="  ")
            else:
                say(f"{r.path}: skipped - {r.notes[0]}", hang="  ")
            continue
        if fa:
            say(
                f"{r.path} [{r.format}]: {_n(r.rows, lang)} ردیف = {_n(r.accepted, lang)} "
                f"پذیرفته + {_n(r.rejected, lang)} ردشده + {_n(r.duplicates, lang)} تکراری "
                f"({_n(r.seconds or 0, lang, 2)} ثانیه)",
                hang="  ",
            )
        else:
            say(
                f"{r.path} [{r.format}]: {r.rows:,} rows = {r.accepted:,} accepted + "
                f"{r.rejected:,} rejected + {r.duplicates:,} duplicates ({r.seconds or 0:.2f}s)",
                hang="  ",
            )
        for n in r.notes_in(lang.value):
            say(f"{'یادداشت' if fa else 'note'}: {n}", indent="  ", hang="    ")
        if r.duplicates:
            say(
                dedup_rule(r.format, r.platform, lang.value, mapping),
                indent="  ",
                hang="    ",
            )
        if r.rejected:
            see = (
                f"`azadkar market rejected --file {r.file_id}{db_arg}{' --lang fa' if fa else ''}`"
            )
            if fa:
                what = (
                    f"همهٔ {_n(r.rows, lang)} ردیف رد شدند"
                    if r.rejected == r.rows
                    else f"{_n(r.rejected, lang)} ردیف رد شد"
                )
                say(f"{what}: چرایی را با {see} ببینید", "  ", "    ", keep=see)
            else:
                what = (
                    f"all {r.rows} rows were rejected"
                    if r.rejected == r.rows
                    else f"{r.rejected} rejected row(s)"
                )
                say(f"{what}: see why with {see}", "  ", "    ", keep=see)


def _mapped_key(mapping: Path | None) -> str | None:
    """The column a mapping TOML names as the posting key (None: no key column)."""
    if mapping is None:
        return None
    import tomllib

    try:
        spec = tomllib.loads(mapping.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    key = (spec.get("columns") or {}).get("key")
    return str(key) if key else None


def dedup_rule(fmt: str, platform: str, lang: str, mapping: Path | None = None) -> str:
    """One line: how the ingest told a duplicate (the key of each format, see _formats):
    the posting id or URL where the format has one, else the row's whole content."""
    from azadkar.market._types import PLATFORM_FA

    fa = lang == "fa"
    content = "محتوای کامل (همهٔ ستون‌ها)" if fa else "whole content (every column)"
    by = {
        "upwork-api": ("شناسهٔ آگهی (uid)", "posting id (uid)"),
        "upwork-rss": ("نشانی آگهی، بی‌بخش پرسش (?...)", "posting URL without its query string"),
        "jobinja": ("پیوند آگهی (links)", "ad link (links)"),
    }
    key = _mapped_key(mapping) if fmt == "mapped" else None
    if fmt in by:
        what = by[fmt][0 if fa else 1]
        rest = (
            f"؛ ردیفی که آن را ندارد با {content}"
            if fa
            else f"; rows without one by their {content}"
        )
    elif key:
        what, rest = (
            (f"ستون کلید «{key}»", f"؛ ردیفی بی‌کلید با {content}")
            if fa
            else (
                f"value in the key column '{key}'",
                f"; rows without a key by their {content}",
            )
        )
    else:
        why = (
            "نتایج جست‌وجو شناسه ندارند و یک نتیجه بارها تکرار می‌شود"
            if fmt == "upwork-search"
            else "این قالب شناسهٔ آگهی ندارد"
            if fmt != "mapped"
            else "نگاشت ستون کلید (key) ندارد"
        )
        why_en = (
            "search results carry no id, and an export repeats the same result"
            if fmt == "upwork-search"
            else "this format has no posting id"
            if fmt != "mapped"
            else "the mapping names no key column"
        )
        what, rest = (content, f" ({why})") if fa else (content, f" ({why_en})")
    if fa:
        return (
            f"تکراری: ردیفی که {what} آن با ردیفی پیش‌تر در همین پرونده یا آگهی‌ای از "
            f"{PLATFORM_FA.get(platform, platform)} در انبار یکی است{rest}؛ نخستین ردیف معتبر "
            "نگه داشته می‌شود"
        )
    return (
        f"duplicates: rows whose {what} matches an earlier row of this file or a posting "
        f"from {platform} already in the store{rest}; the first valid row is kept"
    )


def _n(value: float, lang: Lang | str, digits: int = 0) -> str:
    """A count (or seconds) for a summary line: Persian digits in ``fa``."""
    from azadkar.report.strings import num

    return num(value, str(getattr(lang, "value", lang)), digits)


def _skipped_fa(note: str) -> str:
    """The Persian of ``already ingested as file 3 (path): nothing added``."""
    import re

    m = re.fullmatch(r"already ingested as file (\d+) \((.*)\): nothing added", note)
    if m is None:
        return note
    return f"پیش‌تر با شناسهٔ {_n(int(m[1]), 'fa')} ({m[2]}) وارد شده است: چیزی افزوده نشد"


def status(
    db: DbOption = None,
    format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="text or json (one object per file).")
    ] = StatusFormat.text,
    lang: LangOption = Lang.en,
) -> None:
    """Row accounting per ingested file: rows = accepted + rejected + duplicates.

    Example: azadkar market status --format json
    """
    from azadkar.market import Store
    from azadkar.market._types import is_no_rate_note, note_in

    with Store(db, read_only=True) as store:
        files = store.status()
        totals = {t: store.count(t) for t in ("postings", "rejected", "predictions")}
    if format is StatusFormat.json:
        print_json([f.to_dict() for f in files])
        return
    fa = lang is Lang.fa
    if not files:
        typer.echo(
            "انبار خالی است: آگهی‌ها را با `azadkar market ingest FILE` وارد کنید."
            if fa
            else "The store is empty: load postings with `azadkar market ingest FILE`."
        )
        return
    # One table as wide as the terminal: the format column goes when it does not fit
    # (it is in --format json), file names fold, numbers never do.
    # Heads in words; the last column is `pay_unconverted` in --format json: accepted
    # postings whose pay has no USD value (no exchange rate on or before their date).
    heads = (
        ("شناسه", "پرونده", "قالب", "ردیف", "پذیرفته", "ردشده", "تکراری", "دستمزد بی‌نرخ دلار")
        if fa
        else (
            "id",
            "file",
            "format",
            "rows",
            "accepted",
            "rejected",
            "duplicates",
            "pay not converted",
        )
    )

    def count(v: int) -> str:
        return _n(v, lang)

    table_rows = [
        (
            count(f.file_id),
            Path(f.path).name,
            f.format,
            *(count(v) for v in (f.rows, f.accepted, f.rejected, f.duplicates, f.pay_unconverted)),
        )
        for f in files
    ]
    console = text_console()
    keep = list(range(len(heads)))
    widths = col_widths(list(heads), [list(r) for r in table_rows])
    if sum(widths) + 2 * (len(widths) - 1) > console.width:
        keep.remove(2)  # the format
    print_table(
        console,
        [heads[i] for i in keep],
        [[r[i] for i in keep] for r in table_rows],
        text_columns={1, 2} & set(keep),
        key_columns=len(keep),  # one table: file names fold
    )
    if 2 not in keep:
        typer.echo(
            "(قالب هر پرونده: \u2066--format json\u2069)"
            if fa
            else "(the format of each file: --format json)"
        )
    console.print()
    if fa:
        _say(
            console,
            f"{_n(totals['postings'], lang)} آگهی، {_n(totals['rejected'], lang)} ردیف ردشده، "
            f"{_n(totals['predictions'], lang)} پیش‌بینی در \u2066{store.path}\u2069",
        )
    else:
        _say(
            console,
            f"{totals['postings']:,} postings, {totals['rejected']:,} rejected rows, "
            f"{totals['predictions']:,} predictions in {store.path}",
        )
    # Accepted postings whose pay has no USD value: why, per file (the ingest's notes).
    for f in files:
        if not f.pay_unconverted:
            continue
        why = [note_in(n, lang.value) for n in f.notes if is_no_rate_note(n)]
        if not why:
            why = [
                f"دستمزد {_n(f.pay_unconverted, lang)} آگهی به دلار تبدیل نشد: در تاریخ آگهی یا "
                "پیش از آن نرخ تبدیلی نبود (پیش از ثبت چرایی وارد شده است)"
                if fa
                else f"pay of {f.pay_unconverted} posting(s) not converted to USD: no exchange "
                "rate on or before the posting date (ingested before the reason was recorded)"
            ]
        for n in why:
            # wrapped to the terminal like the rest (a note is 200 columns or more)
            _say(console, f"{'پرونده' if fa else 'file'} {_n(f.file_id, lang)}: {n}", hang="  ")


def _say(
    console: Any,
    text: str,
    indent: str = "",
    hang: str | None = None,
    keep: str = "",
    *,
    break_words: bool = True,
) -> None:
    """A line of prose, wrapped to the console at spaces (``hang``: the indent of the
    lines after the first); ``keep`` (a command to copy) is not broken when it fits a line,
    and without ``break_words`` a word wider than the line (a file path) is not cut."""
    import textwrap

    glue = "\x00"
    if keep and len(keep) + len(hang if hang is not None else indent) <= console.width:
        text = text.replace(keep, keep.replace(" ", glue))
    lines = textwrap.wrap(
        text,
        width=max(20, console.width),
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
        break_on_hyphens=False,
        break_long_words=break_words,
    ) or [indent]
    for line in lines:
        console.print(line.replace(glue, " "), soft_wrap=True)


def classify(
    db: DbOption = None,
    batch_size: Annotated[
        int,
        whole_option(
            low=1,
            high=MAX_BATCH_SIZE,
            what_fa="اندازهٔ دسته",
            help=f"Postings per classifier call (1 to {MAX_BATCH_SIZE:,}).",
        ),
    ] = 5000,
    reclassify: Annotated[
        bool, typer.Option(help="Classify again postings this model version already labelled.")
    ] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    lang: LangOption = Lang.en,
) -> None:
    """Put every posting in our categories with the shipped fast classifier.

    Predictions are stored with the model version, beside the platform's own labels. Without the shipped model this fails with a clear message; nothing is guessed.

    Example: azadkar market classify --db market.duckdb
    """
    from azadkar.market import Store, classify_postings

    _require_store(db)
    with Store(db) as store:
        res = classify_postings(
            store,
            batch_size=batch_size,
            progress=progress and sys.stderr.isatty(),
            reclassify=reclassify,
        )
    rate = res.classified / res.seconds if res.seconds > 0 else 0.0
    # Wrapped to the terminal (it was one line of about 100 columns); the model version
    # is never cut.
    console = text_console()
    if lang is Lang.fa:
        _say(
            console,
            f"{_n(res.classified, lang)} آگهی با مدل {res.model_version} دسته‌بندی شد "
            f"({_n(res.skipped, lang)} از پیش دسته‌بندی شده بود) در {_n(res.seconds, lang, 1)} "
            f"ثانیه ({_n(rate, lang)} در ثانیه)",
            hang="  ",
            break_words=False,
        )
        return
    _say(
        console,
        f"classified {res.classified:,} postings with model {res.model_version} "
        f"({res.skipped:,} already done) in {res.seconds:.1f}s ({rate:,.0f}/s)",
        hang="  ",
        break_words=False,
    )


def _require_store(db: Path | None) -> None:
    """Stop (exit 2) when the store does not exist: only `ingest` creates one, so a mistyped
    --db is an error, not a new empty store."""
    from azadkar.market._store import default_db_path

    path = db if db is not None else default_db_path()
    if not Path(path).exists():
        fail(
            f"no market store at {path}: ingest postings first (`azadkar market ingest FILE --db ...`)",
            message_fa=f"در {path} انبار بازاری نیست: نخست آگهی‌ها را وارد کنید "
            "(`azadkar market ingest FILE --db ...`)",
        )


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    return str(v)


_TEXT_LABELS = {
    "en": {
        "source": "source",
        "insufficient": "insufficient data",
        "note": "note",
        "caveats": "Caveats",
        "from": "Categories from",
        "cited": "cited claim, not verified",
        "measured": "measured here",
    },
    "fa": {
        "source": "منبع",
        "insufficient": "دادهٔ کافی نیست",
        "note": "یادداشت",
        "caveats": "ملاحظات",
        "from": "منشأ دسته‌ها",
        "cited": "ادعای نقل‌شده، تأییدنشده",
        "measured": "سنجیده در اینجا",
    },
}


_FA_NUMBER = str.maketrans("0123456789.,", "۰۱۲۳۴۵۶۷۸۹٫٬")


def _cell(v: Any, lang: str, key: str = "") -> str:
    """One table cell of the text output; numbers with Persian digits in ``fa``. Money
    (a ``*_usd`` column) has cents, as in JSON: 3.01, not 3.007."""
    money = key.endswith("_usd") and isinstance(v, float) and not isinstance(v, bool)
    text = f"{v:,.2f}" if money else _fmt(v)
    return text.translate(_FA_NUMBER) if lang == "fa" and isinstance(v, int | float) else text


# Columns the text output leaves to --format json/csv (the full table is too wide to read
# in a terminal); the notes say which. (The high-pay thresholds are also in the source line.)
TEXT_HIDDEN = {"event_name", "confidence"}
TEXT_HIDDEN_BY_INDICATOR = {
    "did_events": (
        "event_date",
        "control",
        "did_log",
        "se",
        "df",
        "ci_low_log",
        "ci_high_log",
        "event_study",  # market._indicators.NESTED_COLUMNS
    ),
    "inequality": ("high_threshold_usd",),
    # the cited $2.4/h is a cited claim, printed under the table as one: not a column
    # beside the measured figures
    "ai_training": ("cited_hourly_usd", "cited_status"),  # market._indicators.CITED_COLUMNS
}


def _print_text(res: MarketIndicators, lang: str = "en") -> None:
    from azadkar.market._indicators import (
        MEDIAN_N_KEY,
        MONTHS_NOTE_FA,
        ONE_VALUE_MARK,
        category_source_line,
        column_label,
        is_month_value,
        market_wide,
        month_label,
        one_value_dominates,
        one_value_note,
        table_columns,
        too_few,
        too_few_note,
        value_in,
    )
    from azadkar.report.strings import num

    fa = lang == "fa"
    label = _TEXT_LABELS["fa" if fa else "en"]
    console = text_console()
    if fa:
        head = (
            f"شاخص‌های بازار - {num(res.postings, lang)} آگهی ({num(res.dated_postings, lang)} "
            f"تاریخ‌دار)، موتور \u2066{res.engine}\u2069، انبار \u2066{res.db}\u2069"
        )
    else:
        head = (
            f"Market indicators - {res.postings:,} postings ({res.dated_postings:,} dated), "
            f"engine {res.engine}, store {res.db}"
        )
    _say(console, head)
    # which postings: the slice and its size (the whole store when no option was given)
    if res.slice_line(lang):
        _say(console, res.slice_line(lang), hang="  ")
    _say(console, category_source_line(res.category_source, res.category_source_mode, lang))
    if fa and any(
        is_month_value(k, v) for ind in res.indicators for r in ind.rows for k, v in r.items()
    ):
        # the months are Gregorian; each is labelled with the Jalali months it spans
        _say(console, MONTHS_NOTE_FA)
    for ind in res.indicators:
        console.print()
        _say(console, f"== {ind.title_in(lang)} [{ind.name}]", hang="   ")
        _say(console, f"{label['source']}: {ind.source_in(lang)}", indent="   ", hang="     ")
        if not ind.ok:
            _say(
                console,
                f"{label['insufficient']}: {ind.insufficient_in(lang)}",
                indent="   ",
                hang="     ",
            )
        elif ind.rows:
            # Heads in words (Persian in --lang fa); the keys stay in JSON and CSV.
            hidden = TEXT_HIDDEN_BY_INDICATOR.get(ind.name, ())
            # Rows are named by their month, category ... columns: those come first, and
            # repeat when the value columns are split over several tables. Pay columns
            # with no value in any row are left out (a note says why).
            keyed, values = table_columns(ind, (*TEXT_HIDDEN, *hidden))
            cols = keyed + values
            thin = dominant = False

            def cell(c: str, r: dict[str, Any]) -> str:
                nonlocal thin, dominant
                text = market_wide(c, r, lang) or _cell(
                    value_in(c, month_label(c, r.get(c), lang), lang), lang, c
                )
                if too_few(c, r):
                    thin = True
                    return text + "*"
                if c == "max_share" and one_value_dominates(r):
                    dominant = True
                    return text + ONE_VALUE_MARK
                return text

            cells = [[cell(c, r) for c in cols] for r in ind.rows]
            text_cols = {
                i
                for i, c in enumerate(cols)
                if (c == "category" or any(isinstance(r.get(c), str | list) for r in ind.rows))
                # dates align as numbers; a Persian month with its Jalali label as text
                and (c not in ("month", "period", "event_date") or (fa and c != "event_date"))
            }
            # A median's count stays in the same table as the median (and its quartiles).
            together = {
                k
                for k, c in enumerate(cols[:-1])
                if MEDIAN_N_KEY.get(cols[k + 1]) in (c, MEDIAN_N_KEY.get(c, ""))
            }
            print_table(
                console,
                [column_label(c, lang) for c in cols],
                cells,
                text_columns=text_cols,
                key_columns=len(keyed),
                indent=3,
                together=together,
            )
            if thin:
                _say(console, too_few_note(lang), indent="   ", hang="     ")
            if dominant:
                _say(console, one_value_note(lang), indent="   ", hang="     ")
            left = [c for c in hidden if c in ind.rows[0]]
            if left:
                names = ("، " if fa else ", ").join(column_label(c, lang) for c in left)
                _say(
                    console,
                    f"(در \u2066--format json\u2069 یا \u2066csv\u2069: {names})"
                    if fa
                    else f"(also in --format json or csv: {names})",
                    indent="   ",
                    hang="    ",
                )
        # The source report's claims this indicator bears on: cited, beside what it measures.
        for claim in ind.cited:
            _say(
                console,
                f"{label['cited']}: {claim.claim_in(lang)} ({claim.source_in(lang)})",
                indent="   ",
                hang="     ",
            )
            _say(
                console,
                f"{label['measured']}: {claim.measured_in(lang)}",
                indent="   ",
                hang="     ",
            )
        for n in ind.notes_in(lang):
            _say(console, f"{label['note']}: {n}", indent="   ", hang="     ")
    console.print()
    _say(console, f"{label['caveats']}:")
    for c in res.caveats_in(lang):
        _say(console, f" - {c}", hang="   ")


def _print_csv(res: MarketIndicators) -> None:
    """Long format: one line per (indicator, row, metric) so every table fits one CSV."""
    from azadkar.market._types import rounded_row

    keys = ("month", "period", "event", "category", "scope", "pay_type")
    w = csv.writer(sys.stdout)
    w.writerow(["indicator", "status", *keys, "metric", "value", "note"])
    # Which postings, first: indicator "slice", one line per filter applied and the counts.
    if res.slice:
        blank = [""] * len(keys)
        sl = res.slice
        w.writerow(["slice", "slice", *blank, "postings", sl["postings"], sl["description"]])
        w.writerow(["slice", "slice", *blank, "store_postings", sl["store_postings"], ""])
        for name, value in sl["filters"].items():
            if name.endswith("_as_given"):
                continue
            for v in value if isinstance(value, list) else [value]:
                shown = v["id"] if isinstance(v, dict) else v
                given = sl["filters"].get(f"{name}_as_given")
                note = v["path"] if isinstance(v, dict) else (f"as given: {given}" if given else "")
                w.writerow(["slice", "filter", *blank, name, shown, note])
    for ind in res.indicators:
        for c in ind.cited:  # a cited figure is a line of its own, marked as cited
            w.writerow(
                [
                    ind.name,
                    "cited",
                    *[""] * len(keys),
                    c.id,
                    "" if c.quantity is None else c.quantity,
                    f"{c.status}: {c.claim} ({c.source}); measured here: {c.measured}",
                ]
            )
        if not ind.ok:
            w.writerow(
                [
                    ind.name,
                    "insufficient",
                    *[""] * len(keys),
                    "",
                    "",
                    f"insufficient data: {ind.insufficient}",
                ]
            )
            continue
        for r in map(rounded_row, ind.rows):  # JSON's rounding (azadkar.precision)
            ids = [r.get(k) if r.get(k) is not None else "" for k in keys]
            for m, v in r.items():
                if m in keys or isinstance(v, str | list) or v is None:
                    continue
                note = ""
                if m == "placebo_pct":  # the pre-trend check's verdict, beside its figure
                    note = (
                        f"pre-trend {r['pre_trend']}: placebo event "
                        f"{r['placebo_months_before']} month(s) before the event"
                    )
                w.writerow([ind.name, "ok", *ids, m, v, note])
            # the event study: a line per month, the calendar month in the month column
            for p in r.get("event_study") or []:
                month = _months_after(str(r["event_date"]), int(p["months_from_event"]))
                w.writerow(
                    [
                        ind.name,
                        "ok",
                        month,
                        *ids[1:],
                        "event_study_gap_pct",
                        "" if p["gap_pct"] is None else p["gap_pct"],
                        f"months from event: {p['months_from_event']}; gap against the mean "
                        "gap before the event",
                    ]
                )


def _months_after(day: str, n: int) -> str:
    """The first day of the month ``n`` months after the month of ``day`` (YYYY-MM-DD)."""
    y, m = int(day[:4]), int(day[5:7]) - 1 + n
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}-01"


def _slice_args(
    platform: list[str] | None,
    file: list[str] | None,
    country: list[str] | None,
    since: str | None,
    until: str | None,
) -> dict[str, Any]:
    """The slice options as the library's keyword arguments (checked there: exit 2)."""
    return {
        "platform": platform or None,
        "file": file or None,
        "country": country or None,
        "since": since,
        "until": until,
    }


def _spark_notice(engine: EngineName, lang: Lang) -> None:
    """Say on stderr that Spark is starting: its JVM takes most of a minute, silently."""
    if engine is EngineName.spark:
        typer.echo(
            "در حال راه‌اندازی Spark (نخستین بار حدود یک دقیقه طول می‌کشد) ..."
            if lang is Lang.fa
            else "starting Spark (the first run takes about a minute) ...",
            err=True,
        )


def indicators(
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    format: FormatOption = TableFormat.text,
    category_source: CategorySourceOption = CategorySource.auto,
    events: EventsOption = None,
    lang: TextLangOption = Lang.en,
    platform: PlatformOption = None,
    file: FileOption = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Volume, pay, inequality, change around AI releases, AI-training pay, exposure index.

    Where the data cannot support an indicator (one week of data, no pay, too few rows) it says "insufficient data: <why>" instead of printing a number.

    A slice (--platform, --file, --country, --since, --until) measures only those postings; every output names the slice and its size (json: "slice"). An unknown value, an unreadable date or a slice with no posting is an error (exit 2).

    Examples:

      azadkar market indicators

      azadkar market indicators --format csv > indicators.csv

      azadkar market indicators --engine spark --format json

      azadkar market indicators --lang fa

      azadkar market indicators --platform upwork --since 2023 --until 2023

      azadkar market indicators --country "United States" --format json

      azadkar market indicators --file 1 --since 2023-01-01 --until 2023-06-30

      azadkar market indicators --since 1402/01/01 --until ۱۴۰۲/۱۲/۲۹ --lang fa
    """
    from azadkar.market import indicators as run

    _spark_notice(engine, lang)
    res = run(
        db,
        engine=engine.value,
        category_source=category_source.value,
        events_file=events,
        **_slice_args(platform, file, country, since, until),
    )
    if format is TableFormat.json:
        print_json(res.to_dict())
    elif format is TableFormat.csv:
        _print_csv(res)
    else:
        _print_text(res, lang.value)


# -- compare: two slices side by side ----------------------------------------------------

_COMPARE_HEADS = {
    "en": ("category", "pay type", "figure", "n", "change"),
    "fa": ("دسته", "نوع پرداخت", "رقم", "تعداد", "تغییر"),
}


def _cmp_value(v: Any, kind: str, lang: str, signed: bool = False) -> str:
    from azadkar.report.strings import num

    if v is None:
        return "-"
    digits = {"count": 0, "money": 2, "pct": 1}.get(kind, 4)
    text = num(v, "en", digits)
    if signed and v > 0:
        text = "+" + text
    return text.translate(_FA_NUMBER) if lang == "fa" else text


def _print_compare_text(cmp: Any, lang: str) -> None:
    from azadkar.market._compare import METRIC_NAMES, SECTION_TITLES
    from azadkar.market._indicators import PAY_TYPE_FA, _category_fa, column_label

    fa = lang == "fa"
    console = text_console()
    a, b = cmp.a, cmp.b
    if fa:
        _say(
            console,
            f"مقایسهٔ دو برش بازار - موتور \u2066{a.engine}\u2069، انبار \u2066{a.db}\u2069",
        )
    else:
        _say(console, f"Market comparison - engine {a.engine}, store {a.db}")
    for mi, label in ((a, cmp.labels[0]), (b, cmp.labels[1])):
        name = f"\u2066{label}\u2069" if fa else label
        _say(console, f"{name}: {mi.slice_line(lang)}", hang="   ")
    # the columns: A and B by their labels, then B - A
    la, lb = cmp.labels
    h = _COMPARE_HEADS["fa" if fa else "en"]
    diff_head = f"{lb}−{la}"  # one word: a head is never folded inside it
    unsupported = "پشتیبانی نمی‌شود" if fa else "not supported"
    by: dict[str, list[Any]] = {}
    for r in cmp.rows:
        by.setdefault(r.indicator, []).append(r)
    for name, rows in by.items():
        title = SECTION_TITLES[name][1 if fa else 0]
        console.print()
        _say(console, f"== {title} [{name}]", hang="   ")
        has_cat = any(r.category is not None or r.scope == "market" for r in rows) and name not in (
            "slice",
            "ai_training",
        )
        has_pt = any(r.pay_type for r in rows)
        heads = ([h[0]] if has_cat else []) + ([h[1]] if has_pt else [])
        with_change = any(r.kind != "fraction" for r in rows)
        heads += [h[2], la, lb, diff_head] + ([h[4]] if with_change else [])
        cells: list[list[str]] = []
        why: dict[str, int] = {}  # each reason once, numbered
        for r in rows:
            row: list[str] = []
            cat = r.category
            if has_cat:
                if cat is None:
                    row.append("کل بازار" if fa else "market-wide")
                else:
                    row.append(_category_fa(cat) if fa else cat)
            if has_pt:
                pt = r.pay_type or ""
                row.append(PAY_TYPE_FA.get(pt, pt) if fa else pt)
            metric = METRIC_NAMES.get(r.metric)
            row.append(metric[1 if fa else 0] if metric else column_label(r.metric, lang))
            d = r.to_dict()
            row += [_cmp_value(d["a"], r.kind, lang), _cmp_value(d["b"], r.kind, lang)]
            if r.supported:
                row.append(_cmp_value(d["difference"], r.kind, lang, signed=True))
                ch = d["change"]
                if with_change:
                    percent = "٪" if fa else "%"
                    row.append(
                        "-" if ch is None else _cmp_value(ch * 100, "pct", lang, True) + percent
                    )
            else:
                text = str(r.why_not_fa if fa else r.why_not)
                k = why.setdefault(text, len(why) + 1)
                row.append(f"{unsupported} ({_cmp_value(k, 'count', lang)})")
                if with_change:
                    row.append("-")
            cells.append(row)
        keyed = (1 if has_cat else 0) + (1 if has_pt else 0) + 1
        print_table(
            console,
            heads,
            cells,
            text_columns=set(range(keyed)),
            key_columns=keyed,
            indent=3,
        )
        for text, i in why.items():
            _say(console, f"({_cmp_value(i, 'count', lang)}) {text}", indent="   ", hang="     ")
    console.print()
    label = "یادداشت" if fa else "note"
    for n in cmp.notes_in(lang):
        _say(console, f"{label}: {n}", hang="  ")
    _say(console, f"{'ملاحظات' if fa else 'Caveats'}:")
    for c in cmp.caveats_in(lang):
        _say(console, f" - {c}", hang="   ")


MONTHLY_NOT_DIFFERENCED = (
    "monthly series are not differenced: postings per month of both slices side by side"
)


def _print_compare_csv(cmp: Any) -> None:
    """One line per figure: A, B, the difference (blank where not supported, with why)."""
    w = csv.writer(sys.stdout)
    cols = [
        "indicator",
        "metric",
        "kind",
        "scope",
        "category",
        "pay_type",
        "a",
        "b",
        "n_a",
        "n_b",
        "difference",
        "change",
        "supported",
        "why_not",
    ]
    w.writerow(cols)
    blank = [""] * 3
    w.writerow(
        [
            "slice",
            "description",
            "text",
            *blank,
            cmp.a.slice["description"],
            cmp.b.slice["description"],
        ]
        + [""] * 6
    )
    w.writerow(["slice", "label", "text", *blank, *cmp.labels] + [""] * 6)
    for r in cmp.rows:
        d = r.to_dict()
        w.writerow(["" if d[c] is None else d[c] for c in cols])
    # postings per month of both slices, as json "monthly": the month in `scope`, never
    # differenced (two slices of different years share no month)
    for m in cmp.monthly():
        a, b = m["postings_a"], m["postings_b"]
        head = ["monthly", "postings", "count", m["month"], "", ""]
        counts = ["" if a is None else a, "" if b is None else b]
        no_figures = ["", "", "", ""]  # n_a, n_b, difference, change
        w.writerow([*head, *counts, *no_figures, False, MONTHLY_NOT_DIFFERENCED])


def compare(
    a: Annotated[
        list[str] | None,
        typer.Option(
            "--a",
            metavar="<key=value|period>",
            help="Slice A: platform=, file=, country=, since=, until= (repeat the option for several), or a period: 2022, 2022-06, 1401 (Jalali). Without --a, A is the whole store.",
        ),
    ] = None,
    b: Annotated[
        list[str] | None,
        typer.Option("--b", metavar="<key=value|period>", help="Slice B, written as --a."),
    ] = None,
    a_label: Annotated[
        str | None, typer.Option(help="A name for slice A in the output (default: A).")
    ] = None,
    b_label: Annotated[
        str | None, typer.Option(help="A name for slice B in the output (default: B).")
    ] = None,
    db: DbOption = None,
    engine: EngineOption = EngineName.duckdb,
    format: FormatOption = TableFormat.text,
    category_source: CategorySourceOption = CategorySource.auto,
    events: EventsOption = None,
    lang: TextLangOption = Lang.en,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the comparison as a report with charts instead: out.html "
            "(self-contained) or out.pdf.",
        ),
    ] = None,
) -> None:
    """Two slices side by side: the same indicators for A and B, and B - A.

    Each figure is the one `market indicators` gives for that slice. B - A (and the change,
    B / A - 1) is printed only where both slices support it: a median needs 10 pay values on
    each side, an inequality figure 20; elsewhere the row says "not supported" and why.

    Examples:

      azadkar market compare --a 2022 --b 2024

      azadkar market compare --a 1401 --b 1403 --lang fa

      azadkar market compare --a country="United States" --b country=India --format json

      azadkar market compare --a since=2022-01 --a until=2022-06 --b platform=upwork --format csv

      azadkar market compare --a 2022 --b 2024 --output compare.pdf --lang fa
    """
    from azadkar.market._compare import compare as run
    from azadkar.market._compare import parse_side

    _require_store(db)
    if not a and not b:
        fail(
            "give the slices to compare: --a ... --b ... (for example --a 2022 --b 2024)",
            message_fa="برش‌های مقایسه را بدهید: ‎--a ... --b ...‎ (برای نمونه ‎--a 1401 --b 1403‎)",
        )
    side_a, side_b = parse_side(a or [], "A"), parse_side(b or [], "B")
    if output is not None:
        if format is not TableFormat.text:
            fail(
                "--output writes a report (HTML or PDF); leave out --format",
                message_fa="‎--output‎ گزارش (HTML یا PDF) می‌نویسد؛ ‎--format‎ را نیاورید",
            )
        _check_report_path(output)
    _spark_notice(engine, lang)
    res = run(
        db,
        side_a,
        side_b,
        engine=engine.value,
        category_source=category_source.value,
        events_file=events,
        labels=(a_label, b_label),
    )
    if output is not None:
        from azadkar.report.market_report import write_compare_report

        _write_report(output, lambda: write_compare_report(output, res, lang.value), lang)
    elif format is TableFormat.json:
        print_json(res.to_dict())
    elif format is TableFormat.csv:
        _print_compare_csv(res)
    else:
        _print_compare_text(res, lang.value)


def rejected(
    db: DbOption = None,
    limit: Annotated[
        int,
        whole_option(
            low=0,
            high=MAX_LIMIT,
            what_fa="بیشینهٔ ردیف‌ها",
            help=f"Show at most this many rows (0: all; at most {MAX_LIMIT:,}).",
        ),
    ] = 50,
    file_id: Annotated[
        int | None,
        whole_option(
            "--file", low=1, what_fa="شمارهٔ فایل", help="Only rows of this file id (see `status`)."
        ),
    ] = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", help="text or json.")] = (
        StatusFormat.text
    ),
    lang: LangOption = Lang.en,
) -> None:
    """Rows that were not accepted, with the reason and the raw row as read.

    With --lang fa the reasons are in Persian words (the value read is kept as it was); JSON keeps the stored English reason.

    Example: azadkar market rejected --file 2 --limit 10
    """
    from azadkar.market import Store
    from azadkar.market._types import reason_in

    fa = lang is Lang.fa
    with Store(db, read_only=True) as store:
        ids = [f.file_id for f in store.status()]
        if file_id is not None and file_id not in ids:
            known = ", ".join(str(i) for i in ids) or "none"
            known_fa = "، ".join(_n(i, lang) for i in ids) or "هیچ"
            fail(
                f"no file with id {file_id} in {store.path} (file ids: {known}; see `status`)",
                message_fa=f"در {store.path} پرونده‌ای با شناسهٔ {file_id} نیست (شناسه‌ها: "
                f"{known_fa}؛ `azadkar market status` را ببینید)",
            )
        rows = store.rejected(limit or None, file_id)
    if format is StatusFormat.json:
        print_json([r.to_dict() for r in rows])
        return
    if not rows:
        typer.echo("هیچ ردیفی رد نشده است." if fa else "No rejected rows.")
        return
    # Each row: the reason, wrapped to the terminal, then the raw row (its first 300
    # characters) folded under it; nothing runs past the terminal's width.
    from azadkar.report.text_table import _fold

    console = text_console()
    for r in rows:
        # the column(s) the reason is about, by the file's own names (a mapped file's too)
        cols = r.columns
        if fa:
            where = (
                f"، {'ستون‌های' if len(cols) > 1 else 'ستون'} " + "، ".join(f"«{c}»" for c in cols)
                if cols
                else ""
            )
            said = f"{Path(r.path).name} ردیف {_n(r.row, lang)}{where}: {reason_in(r.reason, 'fa')}"
        else:
            where = (
                f", {'columns' if len(cols) > 1 else 'column'} " + ", ".join(f"'{c}'" for c in cols)
                if cols
                else ""
            )
            said = f"{Path(r.path).name} row {r.row}{where}: {r.reason}"
        _say(console, said, hang="  ", break_words=False)
        for line in r.raw[:300].splitlines() or [""]:
            for piece in _fold(line, max(20, console.width - 4)):
                console.print(f"    {piece}", soft_wrap=True)


def report(
    out: Annotated[
        Path, typer.Argument(help="The report file: out.html (self-contained) or out.pdf.")
    ],
    db: DbOption = None,
    lang: Annotated[Lang, typer.Option(help="Language of the report: fa or en.")] = Lang.en,
    engine: EngineOption = EngineName.duckdb,
    category_source: CategorySourceOption = CategorySource.auto,
    events: EventsOption = None,
    platform: PlatformOption = None,
    file: FileOption = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Write the indicators as a report with charts: one HTML file (no network links) or a PDF.

    The slice options are those of `market indicators`; the report names its slice under the title.

    Examples:

      azadkar market report market.html

      azadkar market report market.pdf --lang fa

      azadkar market report market.html --events my-events.toml

      azadkar market report us.pdf --country "United States" --since 2023
    """
    from azadkar.market import indicators as run
    from azadkar.report.market_report import write_market_report

    _check_report_path(out)
    _spark_notice(engine, lang)
    res = run(
        db,
        engine=engine.value,
        category_source=category_source.value,
        events_file=events,
        **_slice_args(platform, file, country, since, until),
    )
    _write_report(out, lambda: write_market_report(out, res, lang.value), lang)


def _write_report(out: Path, write: Any, lang: Lang) -> None:
    """Run ``write`` (it writes the report ``out``) and say so; a file that cannot be
    written is an error in the report's language."""
    try:
        write()
    except OSError as exc:
        # /proc/x.html, a read-only folder, a full disk: said in the report's language.
        from azadkar.errors import InputError

        why = exc.strerror or str(exc)
        raise InputError(
            f"cannot write report '{out}': {why}",
            message_fa=f"گزارش «{out}» نوشته نشد: {_os_error_fa(exc)}",
        ) from None
    typer.echo(f"گزارش نوشته شد: {out}" if lang is Lang.fa else f"report written: {out}")


def _os_error_fa(exc: OSError) -> str:
    """Why a file could not be written, in Persian (the system's words as well)."""
    import errno

    words = {
        errno.ENOENT: "چنین پرونده یا پوشه‌ای نیست",
        errno.EACCES: "اجازهٔ نوشتن نیست",
        errno.EPERM: "اجازهٔ نوشتن نیست",
        errno.EROFS: "این جا فقط‌خواندنی است",
        errno.ENOSPC: "جایی بر دیسک نمانده است",
        errno.EISDIR: "یک پوشه است",
        errno.ENOTDIR: "بخشی از مسیر پوشه نیست",
    }
    said = words.get(exc.errno or 0)
    why = exc.strerror or str(exc)
    return f"{said} ({why})" if said else why


def _check_report_path(out: Path) -> None:
    """Stop (exit 2, Persian with --lang fa) before any work when the report cannot be
    written there: a suffix other than .html/.htm/.pdf, a missing folder, a parent that is
    a file, or a folder in the report's place."""
    from azadkar.errors import InputError

    if out.suffix.lower() not in (".html", ".htm", ".pdf"):
        raise InputError(
            f"report file {out}: use a file name ending in .html or .pdf",
            message_fa=f"پروندهٔ گزارش {out}: نامی با پسوند .html یا .pdf بدهید",
        )
    parent = out.parent
    if not parent.exists():
        raise InputError(
            f"folder {parent} does not exist (for the report {out})",
            message_fa=f"پوشهٔ {parent} وجود ندارد (برای گزارش {out})",
        )
    if not parent.is_dir():
        raise InputError(
            f"{parent} is a file, not a folder (for the report {out})",
            message_fa=f"{parent} پرونده است، نه پوشه (برای گزارش {out})",
        )
    if out.is_dir():
        raise InputError(
            f"report {out} is a folder; give a file name",
            message_fa=f"گزارش {out} یک پوشه است؛ نام یک پرونده را بدهید",
        )


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help=MARKET_HELP, no_args_is_help=True, rich_markup_mode="rich")
    sub.command()(ingest)
    sub.command()(status)
    sub.command()(classify)
    sub.command()(indicators)
    sub.command()(compare)
    sub.command()(rejected)
    sub.command()(report)
    app.add_typer(sub, name="market")
