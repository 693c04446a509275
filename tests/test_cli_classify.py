"""`azadkar classify`: one text, and a 100,000-row file with broken cells, end to end."""

from __future__ import annotations

import csv
import json
import random
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
    assert "no_words: " + FLAG_REASONS["fa"]["no_words"] in res.output


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
    assert flags[30_000] == "too_long" and flags[40_000] == "too_long"
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
