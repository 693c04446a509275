"""The API for a researcher who scripts it from R: what to cite (GET /api/evidence), examples
in the OpenAPI document that come from one source and match what the server answers, and
Persian errors whose Latin ids are isolated."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

import azadkar
from _web_helpers import client
from azadkar.scenarios import SHIPPED, load_scenario
from azadkar.text import load_classifier

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-cite")) as c:
        yield c


@pytest.fixture(scope="module")
def doc(api: Any) -> dict[str, Any]:
    return api.get("/openapi.json").json()  # type: ignore[no-any-return]


def test_evidence_says_what_to_cite_as_the_library_does(api: Any, doc: dict[str, Any]) -> None:
    r = api.get("/api/evidence")
    assert r.status_code == 200, r.text
    body = r.json()["citation"]
    library = azadkar.cite(*(load_scenario(s) for s in SHIPPED), load_classifier()).to_dict()
    assert body == library
    assert body["azadkar_version"] == api.get("/healthz").json()["version"]
    assert body["models"] and {s["id"] for s in body["scenarios"]} == set(SHIPPED)
    # a key is a claim in one scenario and measured in another: claims name both
    claims = {(c["scenario"], c["key"]) for c in body["claims"]}
    assert ("report-2025", "layers.execution.takeover") in claims
    assert ("observed-2023-2025", "layers.execution.takeover") not in claims
    for p in body["parameters"]:
        assert ((p["scenario"], p["key"]) in claims) == (p["status"] == "cited, not verified")
    assert "\u2066report-2025\u2069" in body["text"]["fa"] and "@misc{" in body["bibtex"]
    schema = doc["paths"]["/api/evidence"]["get"]["responses"]["200"]["content"]
    jsonschema.validate(
        r.json(), {**schema["application/json"]["schema"], "components": doc["components"]}
    )

    # a plan's own parameters are among those the citation lists for its scenario
    plan = api.post("/api/plan", json={"services": ["text_translation"], "rate": 30}).json()
    cited = {(p["scenario"], p["key"]) for p in body["parameters"]}
    used = plan["projection"]["parameters"]
    assert {(plan["projection"]["scenario"]["id"], p["key"]) for p in used} <= cited


def test_the_openapi_examples_have_one_source_and_are_what_the_server_answers(
    api: Any, doc: dict[str, Any]
) -> None:
    from azadkar.web import api as web_api

    schemas = doc["components"]["schemas"]
    one = schemas["ClassificationAnswer"]["examples"][0]
    batch = schemas["BatchAnswer"]["examples"][0]
    assert one == web_api.EXAMPLE_CLASSIFICATION
    item = batch["results"][0]
    assert item == {
        "index": 0,
        "error": None,
        **{k: v for k, v in one.items() if k not in web_api.BATCH_LEAVES_OUT},
    }
    # the item error's field example is the batch example's error
    assert schemas["ItemError"]["properties"]["field"]["examples"] == [
        batch["results"][1]["error"]["field"]
    ]
    problem = schemas["Problem"]["examples"][1]
    field = schemas["FieldProblem"]["properties"]
    assert problem["errors"][0]["field"] == field["field"]["examples"][0]
    assert problem["errors"][0]["message"] == field["message"]["examples"][0]
    assert problem["errors"][0]["message"] in problem["detail"]
    # the request examples use the same texts as their fields'
    assess, classify = schemas["AssessRequest"], schemas["ClassifyRequest"]
    assert assess["examples"][1]["text"] in assess["properties"]["text"]["examples"]
    assert classify["examples"][0]["text"] in classify["properties"]["text"]["examples"]
    assert classify["examples"][1]["texts"][0] == one["text"]

    # the one-text example is what this server answers for its text (the model's figures
    # may move in their last digits when it is rebuilt; its version is /api/cite's)
    got = api.post("/api/classify", json={"text": one["text"]}).json()
    assert set(got) == set(one)
    for key in ("lang", "category", "evidence", "flags", "profile", "engine"):
        assert got[key] == one[key], key
    assert got["category_confidence"] == pytest.approx(one["category_confidence"], abs=0.01)
    assert [s["service"] for s in got["services"]] == [s["service"] for s in one["services"]]
    sent = api.post("/api/classify", json={"texts": [one["text"], 5]}).json()
    assert sent["results"][1]["error"] == batch["results"][1]["error"]
    assert set(sent["results"][0]) == set(item)


def test_persian_errors_isolate_the_latin_ids_they_name(api: Any) -> None:
    fa = {"accept-language": "fa"}
    r = api.post("/api/assess", json={"services": ["logo:60", "seo:40"]}, headers=fa)
    assert r.status_code == 422
    body = r.json()
    for sid in body["suggestions"]:
        assert f"{LRI}{sid}{PDI}" in body["detail"], sid
    r = api.post("/api/assess", json={"services": ["seo:50"]}, headers=fa)
    assert r.status_code == 400 and f"{LRI}seo{PDI} ۵۰٪" in r.json()["detail"]
    r = api.post("/api/assess", json={"services": ["seo:30", "seo:70"]}, headers=fa)
    assert f"خدمت {LRI}seo{PDI} دو بار" in r.json()["detail"]
    r = api.post("/api/assess", json={"services": ["seo"], "currency": "CDA"}, headers=fa)
    detail = r.json()["detail"]
    assert f"{LRI}CAD{PDI} بود" in detail and f"({LRI}USD{PDI})" in detail


def test_a_year_out_of_range_is_written_as_a_year(api: Any) -> None:
    """`plan_year: must be at most 2,030, not 2035` (and «۲٬۰۳۰»): a year has no
    thousands separator; other bounds keep theirs."""
    r = api.post("/api/plan", json={"services": ["seo"], "plan_year": 2035})
    assert r.status_code == 422
    assert r.json()["errors"][0]["message"] == "plan_year: must be at most 2030, not 2035"
    assert r.json()["detail_fa"].endswith("باید حداکثر ۲۰۳۰ باشد، نه ۲۰۳۵.")
    r = api.post("/api/plan?lang=fa", json={"services": ["seo"], "billable_hours": 1000})
    assert "باید حداکثر ۷۴۴ باشد، نه ۱٬۰۰۰" in r.json()["detail"]
