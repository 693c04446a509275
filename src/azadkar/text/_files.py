"""Classify a column of a CSV, JSON-lines or Parquet file, streaming, into another file.

Formats follow the file extension (``.csv``/``.tsv``, ``.jsonl``/``.ndjson``/``.json``,
``.parquet``). Rows are read and written in chunks, so memory stays flat however large
the file is. Every input row comes out, with these columns added :

``category``, ``category_confidence``, ``services`` (``id:confidence;id:confidence``
in CSV/Parquet, a list of objects in JSON lines), ``lang`` and ``flag`` (empty when the
cell was fine; ``empty``, ``binary``, ``no_words`` or ``too_long`` otherwise). These five
names are fixed: an input column with one of them (Upwork's own ``category``) is kept, with
its values untouched, under ``input_<name>`` (``input_category``).

Nothing in a row is dropped on the way:

- a CSV row with more fields than the header (an unquoted comma in a title) keeps the
  extra fields joined back onto its last column with the delimiter, as they stood in the
  line, and gets the flag ``extra_fields`` (after the cell's own flag, ``;``-separated);
- a ``.csv`` file whose header line has no comma but semicolons, tabs or bars is read with
  that delimiter (Excel writes semicolons in many locales);
- JSON lines are read twice: first every line is checked (a line that is not a JSON object
  stops the run, naming the line, before anything is written) and every key collected, so
  keys that first appear late still get a column in CSV and Parquet output; objects and
  lists in a cell are written as JSON text there, and a column whose values have more than
  one type is written as text in Parquet.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from azadkar.errors import IngestError

NEW_COLUMNS = ("category", "category_confidence", "services", "lang", "flag")
CHUNK = 20_000

csv.field_size_limit(2**31 - 1)


@dataclass
class FileSummary:
    """What happened to a file: rows in and out, categories and flags counted."""

    input: str
    output: str
    column: str
    engine: str
    model_version: str
    rows: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    # input columns renamed because they carry one of the added names: {old: new}
    columns: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "output": self.output,
            "column": self.column,
            "engine": self.engine,
            "model_version": self.model_version,
            "rows": self.rows,
            "categories": dict(self.categories.most_common()),
            "flags": dict(self.flags.most_common()),
            "added_columns": list(NEW_COLUMNS),
            "renamed_input_columns": self.columns,
        }


def file_kind(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv", ".txt"):
        return "csv"
    if ext in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if ext in (".parquet", ".pq"):
        return "parquet"
    raise IngestError(
        f"{path}: unknown file type {ext!r}; use .csv, .tsv, .jsonl or .parquet", path=str(path)
    )


def _services_text(services: list[tuple[str, float]]) -> str:
    return ";".join(f"{s}:{p:.3f}" for s, p in services)


def _input_names(input_columns: list[str]) -> dict[str, str]:
    """Output name of each input column: itself, or ``input_<name>`` when it is one of the
    five names azadkar adds (more ``input_`` prefixes if that is taken too)."""
    taken = set(input_columns) | set(NEW_COLUMNS)
    out = {}
    for c in input_columns:
        name = c
        if c in NEW_COLUMNS:
            name = f"input_{c}"
            while name in taken:
                name = f"input_{name}"
            taken.add(name)
        out[c] = name
    return out


EXTRA_FIELDS = "extra_fields"
# The key under which a CSV reader passes a row's extra-fields flag to the driver.
_ROW_FLAG = "\x00azadkar_row_flag"


def _csv_delimiter(path: Path) -> str:
    """``\t`` for .tsv; for .csv a comma unless the header line has none but ``;``, tab or ``|``."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    with path.open("rb") as raw:
        head = raw.readline(1 << 20).decode("utf-8-sig", "replace")
    if "," in head:
        return ","
    counts = {d: head.count(d) for d in (";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# -- readers: each yields (columns, list of row dicts) chunks and reports bytes read ------
def _read_csv(
    path: Path, progress: Callable[[int], None]
) -> Iterator[tuple[list[str], list[dict]]]:
    delimiter = _csv_delimiter(path)
    with path.open("rb") as raw:
        consumed = [0]

        def lines() -> Iterator[str]:
            for b in raw:
                consumed[0] += len(b)
                # Broken bytes become U+FFFD, which the binary check then flags.
                yield b.decode("utf-8-sig" if consumed[0] == len(b) else "utf-8", "replace")

        reader = csv.reader(lines(), delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            return
        columns = [h.strip() for h in header]
        chunk: list[dict] = []
        reported = 0
        width = len(columns)
        for rec in reader:
            if len(rec) < width:
                rec = rec + [""] * (width - len(rec))
            row = dict(zip(columns, rec, strict=False))
            if len(rec) > width and width:
                # Keep what the line said: the extra fields go back onto the last column.
                row[columns[-1]] = delimiter.join(rec[width - 1 :])
                row[_ROW_FLAG] = EXTRA_FIELDS
            chunk.append(row)
            if len(chunk) >= CHUNK:
                yield columns, chunk
                progress(consumed[0] - reported)
                reported = consumed[0]
                chunk = []
        if chunk:
            yield columns, chunk
        progress(consumed[0] - reported)


def _jsonl_objects(path: Path) -> Iterator[tuple[int, int, dict | None]]:
    """(line number, bytes, object or None for a blank line); IngestError on a bad line."""
    with path.open("rb") as raw:
        for n, b in enumerate(raw, start=1):
            line = b.decode("utf-8", "replace").strip()
            if not line:
                yield n, len(b), None
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(
                    f"{path}, line {n}: not valid JSON ({exc.msg}); nothing was written",
                    line=n,
                ) from exc
            if not isinstance(obj, dict):
                raise IngestError(
                    f"{path}, line {n}: each line must be a JSON object; nothing was written",
                    line=n,
                )
            yield n, len(b), obj


def _scan_jsonl(path: Path) -> tuple[list[str], set[str]]:
    """Every key of the file in first-seen order, and the keys holding mixed types."""
    columns: dict[str, set[str]] = {}
    for _, _, obj in _jsonl_objects(path):
        for k, v in (obj or {}).items():
            kinds = columns.setdefault(k, set())
            if v is not None:
                kinds.add("text" if isinstance(v, dict | list) else type(v).__name__)
    mixed = {k for k, kinds in columns.items() if len(kinds) > 1 or kinds == {"text"}}
    return list(columns), mixed


def _read_jsonl(
    path: Path, progress: Callable[[int], None], columns: list[str]
) -> Iterator[tuple[list[str], list[dict]]]:
    chunk: list[dict] = []
    done = 0
    for _, size, obj in _jsonl_objects(path):
        done += size
        if obj is not None:
            chunk.append(obj)
            if len(chunk) >= CHUNK:
                yield columns, chunk
                progress(done)
                done = 0
                chunk = []
    if chunk:
        yield columns, chunk
    progress(done)


# -- the driver --------------------------------------------------------------------------
def classify_file(
    input_path: str | Path,
    column: str,
    output_path: str | Path,
    engine: str = "fast",
    *,
    top: int = 3,
    progress: Callable[[int], None] | None = None,
) -> FileSummary:
    """Classify ``column`` of every row of ``input_path`` into ``output_path``.

    ``progress`` is called with the number of input bytes (CSV/JSON lines) or rows
    (Parquet) handled since the last call.
    """
    from azadkar.text._classify import classify_many, load_classifier

    src, dst = Path(input_path), Path(output_path)
    if not src.exists():
        raise IngestError(f"input file not found: {src}", path=str(src))
    if src.resolve() == dst.resolve():
        raise IngestError("the output file must differ from the input file", path=str(dst))
    kind_in, kind_out = file_kind(src), file_kind(dst)
    clf = load_classifier(engine)
    summary = FileSummary(str(src), str(dst), column, engine, clf.version_)
    tick = progress or (lambda n: None)

    mixed: set[str] = set()
    if kind_in == "parquet":
        chunks = _read_parquet(src, tick)
    elif kind_in == "csv":
        chunks = _read_csv(src, tick)
    else:
        all_columns, mixed = _scan_jsonl(src)
        if column not in all_columns:
            raise IngestError(
                f"{src} has no key {column!r} on any line; its keys are: {', '.join(all_columns)}",
                column=column,
                columns=all_columns,
            )
        chunks = _read_jsonl(src, tick, all_columns)

    writer: _Writer | None = None
    try:
        for columns, rows in chunks:
            if column not in columns:
                raise IngestError(
                    f"{src} has no column {column!r}; its columns are: {', '.join(columns)}",
                    column=column,
                    columns=columns,
                )
            if writer is None:
                renamed = _input_names(columns)
                summary.columns = {c: n for c, n in renamed.items() if c != n}
                writer = _Writer(dst, kind_out, columns, renamed, text_columns=mixed)
            texts = [r.get(column) for r in rows]
            res = classify_many(
                [t if isinstance(t, str) or t is None else _cell_text(t) for t in texts],
                engine,
                top=top,
                classifier=clf,
            )
            res.flag = [
                ";".join(x for x in (f, r.pop(_ROW_FLAG, "")) if x)
                for f, r in zip(res.flag, rows, strict=True)
            ]
            writer.write(rows, res)
            summary.rows += len(rows)
            summary.categories.update(c or "(not classified)" for c in res.category)
            summary.flags.update(code for f in res.flag if f for code in f.split(";"))
        if writer is None:
            writer = _Writer(dst, kind_out, [column], _input_names([column]))
    finally:
        if writer is not None:
            writer.close()
    return summary


def _read_parquet(
    path: Path, progress: Callable[[int], None]
) -> Iterator[tuple[list[str], list[dict]]]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a broken file
        raise IngestError(f"{path}: not a readable Parquet file ({exc})", path=str(path)) from exc
    columns = list(pf.schema_arrow.names)
    for batch in pf.iter_batches(batch_size=CHUNK):
        rows = batch.to_pylist()
        yield columns, rows
        progress(len(rows))


def _csv_cell(value: Any) -> Any:
    return _cell_text(value) if isinstance(value, dict | list) else value


def _cell_text(value: Any) -> str:
    """A non-text cell as text: objects and lists as JSON, anything else with ``str``."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


class _Writer:
    """Appends chunks of rows (plus the new columns) to a CSV, JSON-lines or Parquet file.

    ``names`` gives each input column's output name (see :func:`_input_names`); the five
    added columns always carry their fixed names. ``text_columns`` (input names) are
    written as text in Parquet (JSON-lines keys holding mixed types or objects/lists, which
    one Parquet column type cannot hold from chunk to chunk).
    """

    def __init__(
        self,
        path: Path,
        kind: str,
        columns: list[str],
        names: dict[str, str],
        text_columns: set[str] | None = None,
    ):
        self.path = path
        self.kind = kind
        self.columns = columns
        self.names = names
        self.text_columns = text_columns or set()
        self._pq: Any = None
        self._schema: Any = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind in ("csv", "jsonl"):
            self._f = path.open("w", encoding="utf-8", newline="")
            if kind == "csv":
                delim = "\t" if path.suffix.lower() == ".tsv" else ","
                self._csv = csv.writer(self._f, delimiter=delim)
                self._csv.writerow([*(names[c] for c in columns), *NEW_COLUMNS])

    def write(self, rows: list[dict], res: Any) -> None:
        if self.kind == "csv":
            for i, r in enumerate(rows):
                self._csv.writerow(
                    [
                        *("" if r.get(c) is None else _csv_cell(r.get(c)) for c in self.columns),
                        res.category[i],
                        f"{float(res.category_confidence[i]):.4f}" if res.category[i] else "",
                        _services_text(res.services[i]),
                        res.lang[i],
                        res.flag[i],
                    ]
                )
        elif self.kind == "jsonl":
            for i, r in enumerate(rows):
                out = {self.names.get(k, k): v for k, v in r.items()}
                out["category"] = res.category[i] or None
                out["category_confidence"] = (
                    round(float(res.category_confidence[i]), 4) if res.category[i] else None
                )
                out["services"] = [
                    {"service": s, "confidence": round(p, 4)} for s, p in res.services[i]
                ]
                out["lang"] = res.lang[i]
                out["flag"] = res.flag[i] or None
                self._f.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
        else:
            self._write_parquet(rows, res)

    def _write_parquet(self, rows: list[dict], res: Any) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data: dict[str, list[Any]] = {
            self.names[c]: (
                [None if r.get(c) is None else _cell_text(r.get(c)) for r in rows]
                if c in self.text_columns
                else [r.get(c) for r in rows]
            )
            for c in self.columns
        }
        data["category"] = [c or None for c in res.category]
        data["category_confidence"] = [
            round(float(p), 4) if c else None
            for c, p in zip(res.category, res.category_confidence, strict=True)
        ]
        data["services"] = [_services_text(s) for s in res.services]
        data["lang"] = list(res.lang)
        data["flag"] = [f or None for f in res.flag]
        if self._schema is None:
            table = pa.table(data)
            # Columns that are all null in the first chunk would be typed null; keep
            # every input column as written by the first chunk but make added ones fixed.
            input_of = {out: c for c, out in self.names.items()}
            fields = []
            for name in table.column_names:
                f = table.schema.field(name)
                if pa.types.is_null(f.type):
                    # Typed from later chunks it could be anything: keep it as text.
                    f = pa.field(name, pa.string())
                    if name in input_of:
                        self.text_columns.add(input_of[name])
                fields.append(f)
            fields = [
                pa.field("category_confidence", pa.float64())
                if f.name == "category_confidence"
                else f
                for f in fields
            ]
            self._schema = pa.schema(fields)
            self._pq = pq.ParquetWriter(self.path, self._schema)
        table = pa.table(data, schema=self._schema)
        self._pq.write_table(table)

    def close(self) -> None:
        if self.kind == "parquet":
            if self._pq is not None:
                self._pq.close()
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                cols = [*(self.names[c] for c in self.columns), *NEW_COLUMNS]
                pq.write_table(pa.table({c: pa.array([], pa.string()) for c in cols}), self.path)
        else:
            self._f.close()


__all__ = ["CHUNK", "NEW_COLUMNS", "FileSummary", "classify_file", "file_kind"]
