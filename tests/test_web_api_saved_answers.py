"""An answer of POST /api/classify, saved as sent, reads back with azadkar.load and is
cited by azadkar.cite, as a /api/plan answer is: the same reading as the library's."""

from __future__ import annotations

import json
from typing import Any

import pytest

import azadkar
from _web_helpers import client
from azadkar.text import BatchResult, Classification, classify, classify_many

TEXTS = [
    "Logo design for a bakery",
    "",
    "🎨",
    "ترجمه مقاله انگلیسی به فارسی",
    "Need a logo for our cafe. Our designer already made the menu. Paid hourly, ASAP",
]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-saved-answers")) as c:
        yield c


def test_batch_answer_loads_as_the_library_batch(api: Any) -> None:
    r = api.post("/api/classify", json={"texts": [*TEXTS, 5]})
    assert r.status_code == 200, r.text
    saved = json.loads(r.text)  # the answer as sent
    batch = azadkar.load(saved)
    assert isinstance(batch, BatchResult) and len(batch) == len(TEXTS) + 1
    lib = classify_many(TEXTS).to_dict()
    n = len(TEXTS)
    assert batch.category[:n] == lib["category"]
    assert batch.flag[:n] == lib["flag"]  # terms and context set aside named as the library does
    assert batch.to_dict()["services"][:n] == lib["services"]
    assert batch.context[:n] == lib["context"] and batch.ignored[:n] == lib["ignored"]
    # the item the server refused is kept, not read, with its message
    assert batch.category[n] == "" and batch.flag[n].startswith("api_error:texts[5]")
    rows = azadkar.records(batch)
    assert len(rows) == n + 1 and rows[n]["category"] == "other"
    assert azadkar.cite(saved).models == azadkar.cite(classify_many(TEXTS)).models


def test_one_text_answer_loads_as_a_classification(api: Any) -> None:
    text = TEXTS[3]
    saved = api.post("/api/classify", json={"text": text}).json()
    read = azadkar.load(saved)
    assert isinstance(read, Classification)
    lib = classify(text).to_dict()
    assert read.to_dict() == lib  # every field but the API's profile
    assert azadkar.cite(saved).models == (f"{lib['engine']} {lib['model_version']}",)


def test_a_broken_batch_answer_names_the_field(api: Any) -> None:
    saved = api.post("/api/classify", json={"texts": TEXTS}).json()
    saved["results"][2]["category_confidence"] = 1.5
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.load(saved)
    assert info.value.data["field"] == "results[2].category_confidence"
    saved["count"] = 9
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.load(saved)
    assert info.value.data["field"] == "results"
