"""What the classifier set aside as terms of work (``Classification.ignored``) and its
near-ties (``Classification.unsure``) are shown wherever azadkar says what it understood:
``classify``, ``assess`` (terminal, JSON, Markdown, HTML/PDF report), the web's understood
and result pages, the API; and classified files write every probability evenly."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from _web_helpers import client
from azadkar.cli import app

runner = CliRunner(env={"COLUMNS": "80"})

# "edit photos" does not tell product from portrait photography; "paid hourly" and
# "ongoing project" are terms of work, set aside.
TEXT = "I edit photos, paid hourly, ongoing project"
TEXT_FA = "ویرایش عکس برای فروشگاه، پرداخت ساعتی، فوری"
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.fixture(scope="module")
def understood() -> Any:
    from azadkar.text import classify

    c = classify(TEXT)
    # The premise of every test below: both notes are there to show.
    assert c.ignored == ["paid hourly", "ongoing project"], c
    assert [s for s, _ in c.unsure] == ["product_photography", "portrait_photography"], c
    return c


# --- classify: the lines belong to classify_view, not to the command ---------------------


def test_classification_text_has_the_unsure_and_ignored_lines(understood: Any) -> None:
    from azadkar.report.classify_view import classification_text

    lines = classification_text(understood, "en").splitlines()
    labels = [line.split(":", 1)[0] for line in lines if not line.startswith(" ")]
    assert labels == [
        "category", "services", "unsure", "evidence", "ignored", "language", "source"
    ]  # fmt: skip
    assert max(len(line) for line in lines) <= 80
    text = "\n".join(lines)
    assert '"paid hourly", "ongoing project"' in text and "not a service" in text
    # The command to name a service is never cut in two (it was "azadkar" / "assess --service").
    assert "azadkar assess --service" in text


def test_classification_text_in_persian(understood: Any) -> None:
    from azadkar.report.classify_view import classification_text

    text = classification_text(understood, "fa")
    assert "نامطمئن:" in text and "کنار گذاشته:" in text
    # Persian quotes, the Latin parts isolated, Persian digits, ids isolated left to right.
    assert f"«{FSI}paid hourly{PDI}»، «{FSI}ongoing project{PDI}»" in text
    assert f"{LRI}product_photography{PDI} (" in text and "٪" in text
    assert re.search(r"\([۰-۹]+٪\)", text) and not re.search(r"\(\d+%\)", text)
    assert f"{LRI}azadkar assess --service{PDI}" in text


def test_classify_command_no_longer_reaches_into_private_helpers() -> None:
    source = Path("src/azadkar/cli/classify_cmd.py").read_text(encoding="utf-8")
    assert "_LABELS" not in source and "_wrapped" not in source


def test_persian_file_summary_names_the_ignored_flag(tmp_path: Path) -> None:
    from azadkar.report.classify_view import FLAG_SHORT_FA

    assert "ignored" in FLAG_SHORT_FA
    src = tmp_path / "in.csv"
    src.write_text("title\nlogo design, paid hourly\nseo audit\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["classify", "--file", str(src), "-c", "title", "-o", str(out), "--no-progress"]
    r = runner.invoke(app, [*args, "--lang", "fa"])
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if x.startswith("خانه‌های علامت‌خورده"))
    assert f"۱ {FLAG_SHORT_FA['ignored']} ({LRI}ignored{PDI})" in line, line


# --- assess: terminal, JSON, Markdown, report ----------------------------------------------


def test_assess_terminal_shows_both_notes_in_both_languages() -> None:
    r = runner.invoke(app, ["assess", TEXT])
    assert r.exit_code == 0, r.output
    flat = " ".join(r.output.split())
    assert "unsure between Product photography (56%) and Portrait photography (40%)" in flat
    assert "set aside: “paid hourly”, “ongoing project” — terms of work, not a service" in flat
    assert max(len(x.rstrip()) for x in r.output.splitlines()) <= 80
    r = runner.invoke(app, ["assess", TEXT, "--lang", "fa"])
    assert r.exit_code == 0, r.output
    flat = " ".join(r.output.split())
    assert "نامطمئن میان «عکاسی صنعتی و محصول» (۵۶٪) و «عکاسی پرتره» (۴۰٪)" in flat, flat
    assert f"کنار گذاشته: «{FSI}paid hourly{PDI}»، «{FSI}ongoing project{PDI}»" in flat
    r = runner.invoke(app, ["assess", "logo design for a bakery"])
    assert "set aside" not in r.output and "unsure" not in r.output


def test_assess_json_carries_ignored_and_unsure() -> None:
    r = runner.invoke(app, ["assess", TEXT, "--format", "json"])
    assert r.exit_code == 0, r.output
    u = json.loads(r.output)["understood"]
    assert u["ignored"] == ["paid hourly", "ongoing project"]
    assert u["unsure"] == ["product_photography", "portrait_photography"]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_assess_markdown_and_html_report_show_both(tmp_path: Path, lang: str) -> None:
    r = runner.invoke(app, ["assess", TEXT, "--format", "md", "--lang", lang])
    assert r.exit_code == 0, r.output
    if lang == "en":
        assert "  - unsure between Product photography (56%) and Portrait" in r.output
        assert "  - set aside: “paid hourly”, “ongoing project”" in r.output
    else:
        assert "  - نامطمئن میان «عکاسی صنعتی و محصول»" in r.output
        assert "  - کنار گذاشته: «" in r.output
    path = tmp_path / "r.html"
    r = runner.invoke(app, ["assess", TEXT, "--lang", lang, "--report", str(path)])
    assert r.exit_code == 0, r.output
    html = path.read_text(encoding="utf-8")
    notes = re.findall(r'<span class="small understood-note">(.*?)</span>(?=<br>|</dd>)', html)
    assert len(notes) == 2, notes
    assert ("unsure between" if lang == "en" else "نامطمئن میان") in notes[0]
    assert ("set aside" if lang == "en" else "کنار گذاشته") in notes[1]
    assert "paid hourly" in notes[1] and "ongoing project" in notes[1]


# --- the web ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-shown")) as c:
        yield c


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_understood_page_shows_set_aside_and_unsure(web: Any, lang: str) -> None:
    r = web.post("/assess/understand", data={"text": TEXT, "lang": lang})
    assert r.status_code == 200, r.text
    html = r.text
    ignored = re.search(r'<div data-note="ignored">(.*?)</div>', html, re.S)
    assert ignored, html
    assert ("Set aside" if lang == "en" else "کنار گذاشته") in ignored.group(1)
    assert ignored.group(1).count("<bdi>") == 2 and "<bdi>paid hourly</bdi>" in ignored.group(1)
    assert ("“" if lang == "en" else "«") in ignored.group(1)
    unsure = re.search(r'<p class="warn" data-note="unsure">(.*?)</p>', html, re.S)
    assert unsure, html
    if lang == "en":
        assert "Product photography (56%) and Portrait photography (40%)" in unsure.group(1)
        assert "Check the services below" in unsure.group(1)
    else:
        assert "«عکاسی صنعتی و محصول»" in unsure.group(1) and "۵۶٪" in unsure.group(1)
    r = web.post("/assess/understand", data={"text": "logo design for a bakery", "lang": lang})
    assert 'data-note="ignored"' not in r.text and 'data-note="unsure"' not in r.text


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_result_page_shows_what_was_set_aside_and_the_near_tie(web: Any, lang: str) -> None:
    # As the understood page's form sends it: the first service, and the words.
    query = {"sid": "product_photography", "share": "100", "text": TEXT, "lang": lang}
    r = web.get("/assess/result", params=query)
    assert r.status_code == 200, r.text
    section = re.search(
        r'<section class="card understood" id="understood">(.*?)</section>', r.text, re.S
    )
    assert section, r.text
    body = section.group(1)
    assert 'data-note="ignored"' in body and "<bdi>ongoing project</bdi>" in body
    assert ("Set aside" if lang == "en" else "کنار گذاشته") in body
    unsure = re.search(r'<p class="warn" data-note="unsure">(.*?)</p>', body, re.S)
    assert unsure, body
    assert ("Portrait photography" if lang == "en" else "«عکاسی پرتره»") in unsure.group(1)
    assert ("Edit services and shares" if lang == "en" else "ویرایش خدمات و سهم‌ها") in body
    # Both services chosen: nothing left to check, only what was set aside.
    both = {**query, "sid": ["product_photography", "portrait_photography"], "share": ["50", "50"]}
    r = web.get("/assess/result", params=both)
    assert 'data-note="ignored"' in r.text and 'data-note="unsure"' not in r.text
    # Services given with no words: nothing was read, so no such section.
    r = web.get("/assess/result", params={"sid": "seo", "share": "100", "lang": lang})
    assert r.status_code == 200 and 'id="understood"' not in r.text


def test_api_assess_and_classify_echo_ignored_and_unsure(web: Any) -> None:
    r = web.post("/api/assess", json={"text": TEXT})
    assert r.status_code == 200, r.text
    u = r.json()["understood"]
    assert u["ignored"] == ["paid hourly", "ongoing project"]
    assert u["unsure"] == ["product_photography", "portrait_photography"]
    r = web.post("/api/classify", json={"text": TEXT})
    assert r.status_code == 200, r.text
    assert r.json()["ignored"] == ["paid hourly", "ongoing project"]


# --- classified files: one precision ------------------------------------------------------

# A batch as the model gives it: float32 values near 1 and 0, an exact 1.0, and plain ones.
CONF = [0.9999974, 1.0, 3e-6, 0.5, 0.94123]
SERVICES = [
    [("logo_design", 0.99999726), ("data_entry", 1.0)],
    [("seo", 1.0)],
    [],
    [("seo", 0.5), ("copywriting", 0.123456)],
    [("data_entry", 0.94123)],
]


def _fake_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from azadkar.text import _classify

    def fake(texts: list[Any], *args: Any, **kwargs: Any) -> Any:
        n = len(texts)
        return _classify.BatchResult(
            category=["design", "data_ai", "other", "writing", "data_ai"][:n],
            category_confidence=np.array(CONF[:n], dtype=np.float32),
            services=[[(s, float(np.float32(p))) for s, p in row] for row in SERVICES[:n]],
            lang=["en"] * n,
            flag=[""] * n,
        )

    monkeypatch.setattr(_classify, "classify_many", fake)


def _run(tmp_path: Path, suffix: str, stdout: bool = False) -> Any:
    src = tmp_path / "in.csv"
    src.write_text("id,title\n1,a\n2,b\n3,c\n4,d\n5,e\n", encoding="utf-8")
    out = "-" if stdout else str(tmp_path / f"out{suffix}")
    args = ["classify", "--file", str(src), "-c", "title", "-o", out, "--no-progress"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return r


EVEN = re.compile(r"^0\.\d{4}$")
WANT_CONF = ["0.9999", "0.9999", "0.0001", "0.5000", "0.9412"]
WANT_SERVICES = [
    "logo_design:0.9999;data_entry:0.9999",
    "seo:0.9999",
    "",
    "seo:0.5000;copywriting:0.1235",
    "data_entry:0.9412",
]


@pytest.mark.parametrize("stdout", [False, True])
def test_csv_writes_every_probability_with_four_decimals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stdout: bool
) -> None:
    _fake_batch(monkeypatch)
    r = _run(tmp_path, ".csv", stdout)
    if stdout:
        rows = list(csv.reader(r.stdout.splitlines()))
    else:
        with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
    assert [x[3] for x in rows[1:]] == WANT_CONF
    assert [x[4] for x in rows[1:]] == WANT_SERVICES
    numbers = [x[3] for x in rows[1:]] + [
        p.split(":")[1] for x in rows[1:] for p in x[4].split(";") if p
    ]
    assert all(EVEN.match(n) for n in numbers), numbers


def test_jsonl_and_parquet_hold_the_same_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    _fake_batch(monkeypatch)
    _run(tmp_path, ".jsonl")
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [d["category_confidence"] for d in lines] == [float(x) for x in WANT_CONF]
    assert [[s["confidence"] for s in d["services"]] for d in lines] == [
        [0.9999, 0.9999], [0.9999], [], [0.5, 0.1235], [0.9412]
    ]  # fmt: skip
    _run(tmp_path, ".parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("category_confidence").type == pa.float64()  # as before
    assert table.column("category_confidence").to_pylist() == [float(x) for x in WANT_CONF]
    assert table.column("services").to_pylist() == WANT_SERVICES


def test_classify_help_states_the_precision() -> None:
    r = runner.invoke(app, ["classify", "--help"])
    assert "4 decimals" in " ".join(r.output.split()), r.output


def test_probability_cell_rule() -> None:
    from azadkar.text._files import PROBABILITY_DECIMALS, probability_cell, probability_cell_text

    assert PROBABILITY_DECIMALS == 4
    assert probability_cell(np.float32(0.99999)) == 0.9999 and probability_cell(1.0) == 0.9999
    assert probability_cell(3e-6) == 0.0001 and probability_cell(0.0) == 0.0001
    assert probability_cell(0.94123) == 0.9412 and probability_cell_text(0.5) == "0.5000"
