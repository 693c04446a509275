"""A dashboard on the HTTP API: what a wrong method, an empty batch or a wrong flag says,
in English and Persian, and a batch that the API and the library's table read alike."""

from __future__ import annotations

from typing import Any

import pytest

import azadkar
from _web_helpers import client
from azadkar.text import classify_many

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-dashboard")) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/assess", "/api/classify", "/api/plan"])
def test_wrong_method_names_the_one_taken(api: Any, path: str) -> None:
    r = api.get(path)
    assert r.status_code == 405
    assert r.headers["allow"] == "POST"  # RFC 9110: a 405 says what is allowed
    body = r.json()
    assert body["allow"] == ["POST"] and "POST" in body["detail"]
    fa = api.get(path, params={"lang": "fa"}).json()
    assert f"{LRI}POST{PDI}" in fa["detail"] and fa["detail_en"] == body["detail"]


def test_empty_batch_says_one_item(api: Any) -> None:
    r = api.post("/api/classify", json={"texts": []})
    assert r.status_code == 422
    assert r.json()["errors"][0]["message"] == "texts: must have at least 1 item, not 0"


def test_persian_messages_isolate_latin_words(api: Any) -> None:
    r = api.post(
        "/api/assess?lang=fa",
        content=b'{"services": ["seo"], "rate": NaN}',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 422
    assert f"{LRI}NaN{PDI}، {LRI}Infinity{PDI}" in r.json()["detail"]
    record = {"title": "x", "modality": "image", "ai_share": 0, "tools": [], "human_review": True}
    r = api.post("/api/disclose?lang=fa", json={"record": record, "keep_tool_names": "perhaps"})
    assert r.status_code == 422, r.text
    assert f"{LRI}true{PDI} یا {LRI}false{PDI}" in r.json()["detail"]


def test_batch_answer_and_library_table_agree(api: Any) -> None:
    texts = [
        "Logo design for a bakery",
        "",
        "🎨",
        "ترجمه مقاله انگلیسی به فارسی",
        "   ",
        "Need a logo for our cafe. Our designer already made the menu.",
    ]
    answer = api.post("/api/classify", json={"texts": texts}).json()
    rows = azadkar.records(classify_many(texts))
    assert answer["model_version"] == rows[0]["model_version"]
    assert answer["engine"] == rows[0]["engine"]
    for item, row in zip(answer["results"], rows, strict=True):
        assert item["index"] == row["index"]
        assert item["category"] == row["category"]  # "other" for a text not read, in both
        assert item["category_confidence"] == row["category_confidence"]
        assert [s["service"] for s in item["services"]][:1] == (
            [row["service"]] if row["service"] else []
        )
        assert "; ".join(item["flags"]) == row["flags"]
        assert item["context"] == row["context"]  # the batch answer named it in flags only
    assert rows[-1]["context"] == ["Our designer already made the menu."]
