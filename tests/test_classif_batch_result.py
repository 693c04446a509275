"""A batch of classifications (classify_many) names the model that read it, is saved as
JSON (``azadkar.classification_batch/1``), read back by azadkar.load and cited by itself."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

import azadkar
from azadkar.errors import SavedResultError
from azadkar.text import BatchResult, classify_many, load_classifier

POST = (
    'We are a DTC brand, based in Toronto. Our designer already made the logo, "Blue" style. '
    "We need someone to write product descriptions for 40 items."
)
TEXTS = [
    "logo for my cafe",
    "",
    POST,
    "ترجمه مقاله انگلیسی، فوری",
    None,
    "paid hourly, ongoing project: SEO audit for a Shopify store",
]
PERSIAN = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def batch() -> BatchResult:
    return classify_many(TEXTS)


def test_a_batch_names_the_model_and_engine_that_read_it(batch: BatchResult) -> None:
    clf = load_classifier()
    assert batch.model_version == clf.version_ and batch.model_version
    assert batch.engine == "fast"
    # a classifier passed in is the one named
    assert classify_many(["logo"], classifier=clf).model_version == clf.version_
    assert batch.model_version in repr(batch) and len(repr(batch)) < 300


def test_saved_batch_reads_back_the_same(batch: BatchResult, tmp_path: Any) -> None:
    d = batch.to_dict()
    assert d["schema"] == "azadkar.classification_batch/1"
    assert d["model_version"] == batch.model_version and d["engine"] == "fast"
    assert d["n"] == len(TEXTS) == len(d["flag"]) == len(d["context"])
    assert any(d["context"]), "the job post's context is kept"
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(d, ensure_ascii=False), "utf-8")
    for source in (path, str(path), json.loads(path.read_text("utf-8"))):
        again = azadkar.load(source)
        assert isinstance(again, BatchResult)
        assert again.to_dict() == d
        assert again.category == batch.category and again.flag == batch.flag
        assert again.flags == batch.flags and again.context == batch.context
        assert again.ignored == batch.ignored and again.lang == batch.lang
        assert again.model_version == batch.model_version and again.engine == batch.engine
    # exact keeps every digit of the float32 the model gave
    exact = batch.to_dict(exact=True)
    assert exact["category_confidence"] == [float(p) for p in batch.category_confidence]


def test_cite_names_the_batchs_model(batch: BatchResult) -> None:
    want = (f"fast {batch.model_version}",)
    assert azadkar.cite(batch).models == want
    assert azadkar.cite(batch.to_dict()).models == want  # the JSON, as json.load gave it
    assert azadkar.cite(azadkar.load(batch.to_dict())).models == want
    assert azadkar.cite([batch, batch]).models == want
    assert batch.model_version in azadkar.cite(batch).text("en")


def test_cite_refuses_a_batch_that_names_no_model(batch: BatchResult) -> None:
    bare = copy.copy(batch)
    bare.model_version = ""
    with pytest.raises(SavedResultError) as info:
        azadkar.cite(bare)
    assert info.value.data["field"] == "results[0]"
    assert "model version" in str(info.value) and PERSIAN.search(info.value.message_fa or "")


def _broken(batch: BatchResult, change: Any) -> dict[str, Any]:
    d = copy.deepcopy(batch.to_dict())
    change(d)
    return d


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        (lambda d: d.update(schema="azadkar.classification_batch/2"), "schema", "version"),
        (lambda d: d.update(schema="azadkar.plan/1"), None, None),
        (lambda d: d.pop("model_version"), "model_version", "missing"),
        (lambda d: d.update(model_version=""), "model_version", "empty"),
        (lambda d: d.update(engine=7), "engine", "must be text"),
        (
            lambda d: d["category_confidence"].__setitem__(2, 1.5),
            "category_confidence[2]",
            "0 to 1",
        ),
        (
            lambda d: d["category_confidence"].__setitem__(0, "high"),
            "category_confidence[0]",
            "number",
        ),
        (
            lambda d: d["services"][0][0].__setitem__("confidence", -0.1),
            "services[0][0].confidence",
            "0 to 1",
        ),
        (lambda d: d["services"][2][0].pop("service"), "services[2][0].service", "missing"),
        (lambda d: d["flag"].pop(), "flag", "entries, but n is 6"),
        (lambda d: d["flag"].__setitem__(1, None), "flag[1]", "must be text"),
        (lambda d: d["context"].__setitem__(2, "one sentence"), "context[2]", "list"),
        (lambda d: d.update(n=-1), "n", "count"),
    ],
)
def test_a_wrong_field_is_named(
    batch: BatchResult, change: Any, field: str | None, says: str | None
) -> None:
    d = _broken(batch, change)
    if field is None:  # another schema's reader takes it, and says what it misses
        with pytest.raises(SavedResultError):
            azadkar.load(d)
        with pytest.raises(SavedResultError) as info:
            azadkar.results.batch_from_dict(d)
        assert info.value.data["field"] == "schema" and "another kind" in str(info.value)
        return
    with pytest.raises(SavedResultError) as info:
        azadkar.load(d)
    err = info.value
    assert err.data["field"] == field, str(err)
    assert says in str(err) and field in str(err)
    assert err.message_fa and PERSIAN.search(err.message_fa)
    assert (field if field != "schema" else "classification_batch/2") in err.message_fa
    if field == "schema":
        assert "classify again" in str(err) and "دوباره دسته‌بندی کنید" in err.message_fa
    assert err.status == 422
    if field == "category_confidence[2]":
        # Persian digits in Persian text (a number may sit in an LTR isolate, U+2066..2069)
        bare = err.message_fa.replace("\u2066", "").replace("\u2069", "")
        assert "۱٫۵ است" in bare


def test_a_batch_built_by_hand_saves_every_column_whole() -> None:
    import numpy as np

    b = BatchResult(["design"], np.array([0.9], dtype=np.float32), [[]], ["en"], [""],
                    model_version="m1", engine="fast")  # fmt: skip
    again = azadkar.load(b.to_dict())
    assert isinstance(again, BatchResult)
    assert again.ignored == again.context == [[]] and again.model_version == "m1"
