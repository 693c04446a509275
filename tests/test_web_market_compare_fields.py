"""POST /api/market/compare names the request field of a slice error by the field the
error carries (`exc.data["field"]`, set in market/_slice.py), not by reading its words:
an error whose text names no option, or another one, still lands on its own field, in
English and in Persian."""

from __future__ import annotations

from typing import Any

import pytest

from _web_helpers import client, postings_csv
from azadkar.errors import InputError

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("web-market-compare-fields")
    with client(folder) as c:
        r = c.post("/api/market/ingest", files={"file": ("jobs.csv", postings_csv(), "text/csv")})
        assert r.status_code == 200, r.text
        yield c


def _problem(r: Any) -> dict[str, Any]:
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = r.json()
    return body


@pytest.mark.parametrize(
    ("raised", "field"),
    [
        # words that name no option: the attribute alone says which field
        ({"field": "country"}, "b.country"),
        # words that name --since, an error about until: the attribute wins
        ({"field": "until", "text": "--since 2024 and --until 2023 disagree"}, "b.until"),
        # no field: the slice as a whole
        ({}, "b"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_field_is_the_one_the_error_carries(
    api: Any, monkeypatch: pytest.MonkeyPatch, raised: dict[str, str], field: str, lang: str
) -> None:
    import azadkar.market

    text = raised.get("text", "no such client country in the store")

    def fake_compare(**kwargs: Any) -> Any:
        extra = {"field": raised["field"]} if "field" in raised else {}
        raise InputError(
            f"slice B: {text}",
            message_fa=f"برش \u2066B\u2069: چنین کشوری در انبار نیست {text}",
            side="b",
            **extra,
        )

    monkeypatch.setattr(azadkar.market, "compare", fake_compare)
    query = "?lang=fa" if lang == "fa" else ""
    problem = _problem(api.post(f"/api/market/compare{query}", json={"b": {"country": "x"}}))
    assert problem["field"] == field
    en = problem["detail_en"] if lang == "fa" else problem["detail"]
    assert "slice B" not in en and "برش" not in problem["detail_fa"].split(":")[0]
    if "." not in field:  # the whole slice: the message opens with its name
        assert en.startswith("b: ")
        assert problem["detail_fa"].startswith("\u2066b\u2069: ")
    if lang == "fa":
        assert problem["detail"] == problem["detail_fa"]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_real_slice_error_lands_on_its_field(api: Any, lang: str) -> None:
    query = "?lang=fa" if lang == "fa" else ""
    body = {"a": {"since": "2024-05-01"}, "b": {"until": "۱۴۰۳/۱۳/۰۱"}}
    problem = _problem(api.post(f"/api/market/compare{query}", json=body))
    assert problem["field"] == "b.until"
    assert "b.until" in problem["detail"] and "--" not in problem["detail"]
    if lang == "fa":
        assert "تاریخ خوانا نیست" in problem["detail"]
