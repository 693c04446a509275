"""records() / table() of a classify_many batch: one row per text, with its evidence."""

from __future__ import annotations

import json

import pytest

import azadkar
from azadkar.text import classify_many

TEXTS = [
    "I write newsletters and blog posts for Toronto restaurants, plus some SEO",
    "",
    "🎨",
    "طراحی لوگو و هویت بصری برای کافه‌ها",
    None,
]


@pytest.fixture(scope="module")
def batch():  # type: ignore[no-untyped-def]
    return classify_many(TEXTS)


def test_one_row_per_text_in_order(batch) -> None:  # type: ignore[no-untyped-def]
    rows = azadkar.records(batch)
    assert [r["id"] for r in rows] == [0, 1, 2, 3, 4] == [r["index"] for r in rows]
    assert rows[0]["category"] == batch.category[0] and rows[0]["lang"] == "en"
    assert rows[0]["service"] == batch.services[0][0][0]
    assert rows[0]["services"].split("; ")[0].startswith(f"{rows[0]['service']}:")
    assert rows[3]["service"] == "logo_design"
    # texts not read: no category, the flag says why; nothing dropped
    assert rows[1]["category"] == "other" and rows[1]["flags"] == "empty"
    assert rows[1]["category_confidence"] == 0.0 and rows[1]["service"] is None
    assert rows[2]["flags"] == "no_words" and rows[4]["flags"] == "empty"
    for r in rows:  # the evidence: the model that read each text
        assert r["model_version"] == batch.model_version and r["engine"] == batch.engine
        assert isinstance(r["context"], list) and isinstance(r["ignored"], list)
    # the confidence is the figure the saved JSON holds
    saved = batch.to_dict()
    assert rows[0]["category_confidence"] == saved["category_confidence"][0]


def test_table_named_batch_and_reloaded(batch) -> None:  # type: ignore[no-untyped-def]
    import pyarrow as pa

    t = azadkar.table({"survey": batch})
    assert t.num_rows == len(TEXTS) and set(t.column("id").to_pylist()) == {"survey"}
    assert t.column("index").to_pylist() == list(range(len(TEXTS)))
    assert t.schema.field("context").type == pa.list_(pa.string())
    again = azadkar.load(json.loads(json.dumps(batch.to_dict(), ensure_ascii=False)))
    assert azadkar.records(again) == azadkar.records(batch)


def test_batch_beside_results_or_per_year_says_what_to_pass(batch) -> None:  # type: ignore[no-untyped-def]
    a = azadkar.assess(["seo"])
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.records([batch, a])
    assert info.value.data["field"] == "results[1]"
    assert "records(batch)" in str(info.value) and info.value.message_fa
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.table(batch, per="year")
    assert "azadkar.project" in str(info.value) and info.value.data["field"] == "results"


def test_plan_refused_naming_what_to_pass() -> None:
    a = azadkar.assess(["seo"])
    pl = azadkar.plan(a)
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.records({"p1": pl}, per="year")
    assert "results[0]" in str(info.value) and "azadkar.project" in str(info.value)
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.records({"p1": pl})
    assert "a plan holds no assessment" in str(info.value) and info.value.message_fa


def test_service_rows_name_the_engine_as_batch_rows_do() -> None:
    from azadkar.text import understand_profile

    text = "طراحی لوگو و هویت بصری برای کافه‌ها"
    read, shares = understand_profile(text)
    a = azadkar.assess(azadkar.make_profile([(s, p * 100) for s, p in shares]), understood=read)
    [row] = azadkar.records({"r02": a})[:1]
    assert row["engine"] == read.engine == "fast" and row["model_version"] == read.model_version
    assert azadkar.records(azadkar.assess(["seo"]))[0]["engine"] is None  # nothing read
