"""The API as a data journalist's program uses it: a batch of texts, classifications fed
into assessments, errors in the language asked for, and an OpenAPI document whose
examples work as sent and whose answers match what it says."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from _web_helpers import client, postings_csv

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-journalist")) as c:
        yield c


@pytest.fixture(scope="module")
def doc(api: Any) -> dict[str, Any]:
    return api.get("/openapi.json").json()  # type: ignore[no-any-return]


TEXTS = [
    "Logo design for a bakery",
    "SEO audit for a Shopify store",
    "ترجمه مقاله انگلیسی به فارسی",
    "",
    "123",
    "paid hourly, ongoing project",
    "I design logos and manage Instagram pages for cafes",
    "edit photos",
    "تایپ و ورود اطلاعات paid hourly",
    "tarjome matn englisi be farsi",
]


# ----------------------------------------------------------------------------- batches


def test_a_batch_is_what_each_text_gives_alone(api: Any) -> None:
    r = api.post("/api/classify", json={"texts": TEXTS})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["count"], body["classified"], body["failed"]) == (len(TEXTS), len(TEXTS), 0)
    assert [item["index"] for item in body["results"]] == list(range(len(TEXTS)))
    for text, item in zip(TEXTS, body["results"], strict=True):
        alone = api.post("/api/classify", json={"text": text}).json()
        assert item["error"] is None
        # one pass over the batch: float32 sums may differ in the 7th decimal
        assert item["category_confidence"] == pytest.approx(alone["category_confidence"], 1e-6)
        assert [s["service"] for s in item["services"]] == [s["service"] for s in alone["services"]]
        got = [s["confidence"] for s in item["services"]]
        assert got == pytest.approx([s["confidence"] for s in alone["services"]], abs=1e-6)
        for key in ("lang", "category", "flags", "ignored", "unsure", "reading", "finglish_unsure"):
            assert item[key] == alone[key], (text, key)
        got_profile = {s["id"]: s["share"] for s in item["profile"]}
        assert got_profile == pytest.approx(
            {s["id"]: s["share"] for s in alone["profile"]}, abs=0.02
        )
        assert "evidence" not in item  # one text at a time shows the words that decided
    assert body["model_version"] == alone["model_version"]


def test_a_bad_text_in_a_batch_is_named_and_the_others_are_classified(api: Any) -> None:
    texts: list[Any] = ["Logo design for a bakery", 5, None, {"title": "x"}, "x" * 20_001, "seo"]
    r = api.post("/api/classify", json={"texts": texts})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["count"], body["classified"], body["failed"]) == (6, 3, 3)
    items = body["results"]
    assert items[0]["category"] == "design" and items[5]["services"][0]["service"] == "seo"
    assert items[2]["flags"] == ["empty"] and items[2]["category"] == "other"  # null: empty
    assert items[1]["error"]["field"] == "texts[1]"
    assert items[1]["error"]["message"] == "texts[1]: must be a string, not a number"
    assert "عدد" in items[1]["error"]["message_fa"]
    assert "an object" in items[3]["error"]["message"]
    assert "at most 20,000 characters, not 20,001" in items[4]["error"]["message"]
    assert set(items[1]) == {"index", "error"}


def test_a_batch_of_the_wrong_shape_is_refused_as_a_whole(api: Any) -> None:
    for body, field in (
        ({"texts": []}, "texts"),
        ({"texts": ["x"] * 1001}, "texts"),
        ({"texts": "one string"}, "texts"),
        ({"text": "a", "texts": ["b"]}, "texts"),
        ({}, "text"),
    ):
        r = api.post("/api/classify", json=body)
        assert r.status_code == 422, (body, r.text)
        problem = r.json()
        assert [e["field"] for e in problem["errors"]] == [field], problem
        assert problem["detail_fa"]


def test_the_classified_profile_is_sent_to_assess_as_it_is(api: Any) -> None:
    """The classification's ``profile`` is in percent, the unit ``services[].share`` takes:
    it used to be fractions (0.5001 and 0.4999), and /api/assess answered that the shares
    add up to 1%, not 100%."""
    for text in ("I design logos and manage Instagram pages for cafes", "seo", "ترجمه و ویرایش"):
        c = api.post("/api/classify", json={"text": text}).json()
        assert abs(sum(s["share"] for s in c["profile"]) - 100) < 1e-9
        r = api.post("/api/assess", json={"services": c["profile"]})
        assert r.status_code == 200, r.text
        got = {s["id"]: s["share"] for s in r.json()["profile"]["services"]}
        assert got == pytest.approx({s["id"]: s["share"] / 100 for s in c["profile"]}, abs=1e-4)
    batch = api.post("/api/classify", json={"texts": ["logo and instagram pages"]}).json()
    r = api.post("/api/assess", json={"services": batch["results"][0]["profile"]})
    assert r.status_code == 200, r.text


# ----------------------------------------------------------------------------- languages


def test_accept_language_picks_the_language_of_the_detail(api: Any) -> None:
    sent = {"services": [{"id": "seo", "share": "abc"}]}
    en = api.post("/api/assess", json=sent)
    assert en.headers["content-language"] == "en"
    fa = api.post("/api/assess", json=sent, headers={"accept-language": "fa-IR,fa;q=0.9"})
    assert fa.status_code == 422 and fa.headers["content-type"].startswith(PROBLEM)
    assert fa.headers["content-language"] == "fa"
    body = fa.json()
    assert body["detail"] == en.json()["detail_fa"] == body["detail_fa"]
    assert body["detail_en"] == en.json()["detail"]
    (e,) = body["errors"]
    assert e["field"] == "services[0].share"
    assert e["message"] == e["message_fa"] and e["message_en"].startswith("services[0].share")
    # ?lang= wins over the header, both ways
    r = api.post("/api/assess?lang=en", json=sent, headers={"accept-language": "fa"})
    assert r.headers["content-language"] == "en" and r.json()["detail"] == en.json()["detail"]
    r = api.post("/api/assess?lang=fa", json={"services": ["logo"]})
    assert r.status_code == 422 and r.json()["detail"].startswith("\u2066services[0]\u2069")
    assert r.json()["suggestions"][0] == "logo_design"
    # a wrong media type and an unknown address, in Persian too
    r = api.post("/api/classify?lang=fa", content=b"hi", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "می‌پذیرد" in r.json()["detail"]
    r = api.get("/api/nowhere", headers={"accept-language": "fa"})
    assert r.status_code == 404 and r.headers["content-language"] == "fa"


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("fa-IR,fa;q=0.9", "fa"),
        ("en-US,en;q=0.9,fa;q=0.8", "en"),
        ("de-DE,fa;q=0.5", "fa"),
        ("fa;q=0.3, en;q=0.7", "en"),
        ("de", None),
        ("", None),
        ("fa;q=0", None),
        ("fa;q=x, en", "en"),
    ],
)
def test_accept_language_weights(header: str, lang: str | None) -> None:
    from azadkar.web.problems import accepted_lang

    assert accepted_lang(header) == lang


# ----------------------------------------------------------------------------- OpenAPI


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "components": doc["components"]}


def test_every_operation_is_documented_with_problem_errors(doc: dict[str, Any]) -> None:
    for path, methods in doc["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), (method, path)
            answers = op["responses"]
            assert "200" in answers, (method, path)
            for status, answer in answers.items():
                assert answer.get("description"), (method, path, status)
                if status.startswith(("4", "5")):
                    assert list(answer["content"]) == [PROBLEM], (method, path, status)
                    ref = answer["content"][PROBLEM]["schema"]["$ref"]
                    assert ref == "#/components/schemas/Problem", (method, path, status)
            if path.startswith("/api/"):
                assert "422" in answers, (method, path)  # a wrong ?lang= at least
    assert "HTTPValidationError" not in doc["components"]["schemas"]  # never answered
    problem = doc["components"]["schemas"]["Problem"]
    assert {"detail_fa", "errors", "field", "suggestions"} <= set(problem["properties"])
    for example in problem["examples"]:
        jsonschema.validate(example, _resolve(doc, problem))


def test_every_request_field_is_described(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    missing = []
    for path, methods in doc["paths"].items():
        for method, op in methods.items():
            for param in op.get("parameters", []):
                if not (param.get("description") or param["schema"].get("description")):
                    missing.append(f"{method} {path} ?{param['name']}")
            for media in (op.get("requestBody") or {}).get("content", {}).values():
                name = media["schema"]["$ref"].rsplit("/", 1)[-1]
                for model in (name, "ServiceShare") if name == "AssessRequest" else (name,):
                    for field, prop in schemas[model]["properties"].items():
                        if not prop.get("description"):
                            missing.append(f"{model}.{field}")
    assert not missing, missing


def _examples(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    out = []
    schemas = doc["components"]["schemas"]
    for path, methods in doc["paths"].items():
        op = methods.get("post") or {}
        content = (op.get("requestBody") or {}).get("content") or {}
        if "application/json" not in content:
            continue
        name = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        assert schemas[name].get("examples"), name
        for example in schemas[name]["examples"]:
            out.append((path, schemas[name], example))
    return out


def test_request_examples_validate_and_work_as_sent(api: Any, doc: dict[str, Any]) -> None:
    """Every JSON request example validates against its schema, and sent as it is gets a 200
    whose JSON validates against the answer the document describes."""
    examples = _examples(doc)
    assert {p for p, _, _ in examples} >= {"/api/classify", "/api/assess", "/api/disclose"}
    # the market comparison's example sets 1402 against 1403: a store with postings of both
    for year, tag in ((b"/2023 ", b"job_1402_"), (b"/2024 ", b"job_1403_")):
        data = postings_csv().replace(b"/2024 ", year).replace(b"job_", tag)
        r = api.post(
            "/api/market/ingest", files={"file": (f"{tag.decode()}.csv", data, "text/csv")}
        )
        assert r.status_code == 200, r.text
    assert "/api/market/compare" in {p for p, _, _ in examples}
    assert len([p for p, _, _ in examples if p == "/api/classify"]) == 2  # one and a batch
    for path, schema, example in examples:
        jsonschema.validate(example, _resolve(doc, schema))
        url = path.replace("{fmt}", "json")
        r = api.post(url, json=example)
        assert r.status_code == 200, (path, example, r.text)
        answer = doc["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
        if answer.get("schema"):
            jsonschema.validate(r.json(), _resolve(doc, answer["schema"]))


def test_answers_match_their_documented_schemas(api: Any, doc: dict[str, Any]) -> None:
    def schema(path: str, method: str = "post", status: str = "200") -> dict[str, Any]:
        content = doc["paths"][path][method]["responses"][status]["content"]
        media = "application/json" if status == "200" else PROBLEM
        return _resolve(doc, content[media]["schema"])

    jsonschema.validate(api.get("/api/services?q=logo").json(), schema("/api/services", "get"))
    jsonschema.validate(api.get("/healthz").json(), schema("/healthz", "get"))
    plan = api.post("/api/plan", json={"services": ["seo:40", "copywriting:60"], "rate": 30})
    jsonschema.validate(plan.json(), schema("/api/plan"))
    for example in doc["components"]["schemas"]["BatchAnswer"]["examples"]:
        jsonschema.validate(example, schema("/api/classify"))
    for example in doc["components"]["schemas"]["ClassificationAnswer"]["examples"]:
        jsonschema.validate(example, schema("/api/classify"))
    # real error answers are the documented problem
    for r in (
        api.post("/api/assess", json={"services": ["logo"]}),
        api.post("/api/assess", json={"services": [{"id": "seo", "share": "x"}]}),
        api.post("/api/classify", content=b"{", headers={"content-type": "application/json"}),
        api.post("/api/classify", content=b"x", headers={"content-type": "text/plain"}),
        api.post("/api/assess", json={"services": ["seo:30"]}, headers={"accept-language": "fa"}),
    ):
        assert r.status_code >= 400 and r.headers["content-type"].startswith(PROBLEM)
        jsonschema.validate(r.json(), schema("/api/assess", status="422"))


def test_errors_before_the_app_reads_the_body_follow_the_language_too(tmp_path: Any) -> None:
    """The guard's answers (413 over the size limit, 403 cross-site) are in the language
    asked for, and a body that grows past the limit while streaming is said in Persian too
    (it had only an English detail)."""
    fa = {"accept-language": "fa", "content-type": "application/json"}
    with client(tmp_path, max_request_bytes=2000) as small:
        r = small.post("/api/classify", content=b'{"text": "' + b"x" * 3000 + b'"}', headers=fa)
        assert r.status_code == 413 and r.headers["content-language"] == "fa"
        assert r.json()["detail"].startswith("بدنهٔ درخواست") and "at most" in r.json()["detail_en"]

        def chunks() -> Any:
            for _ in range(10):
                yield b"x" * 500

        r = small.post("/api/classify", content=chunks(), headers=fa)
        assert r.status_code == 413 and r.headers["content-language"] == "fa", r.text
        assert r.json()["detail"].startswith("بدنهٔ درخواست بیش از")
        r = small.post(
            "/api/classify", content=chunks(), headers={"content-type": "application/json"}
        )
        assert r.status_code == 413 and r.json()["detail_fa"].startswith("بدنهٔ درخواست بیش از")
        r = small.post(
            "/api/assess?lang=fa",
            json={"services": ["seo"]},
            headers={"sec-fetch-site": "cross-site"},
        )
        assert r.status_code == 403 and r.json()["detail"].startswith("این سرور")


def test_a_profile_error_names_its_place_in_the_body(api: Any) -> None:
    for services, field in (
        (["seo:30", "logo_design:30"], "services"),
        (["seo:150"], "services[0]"),
        (["logo_design:50", "seo:x"], "services[1]"),
        (["seo:50", {"id": "copywriting", "share": 20}, "seo:30"], "services[2]"),
    ):
        r = api.post("/api/assess", json={"services": services})
        assert r.status_code == 400, r.text
        assert r.json()["field"] == field, (services, r.json())


def test_a_text_too_long_says_how_long_it_is(api: Any) -> None:
    r = api.post("/api/classify", json={"text": "x" * 20_500})
    assert r.status_code == 422
    (e,) = r.json()["errors"]
    assert e["field"] == "text"
    assert e["message"] == "text: is too long: at most 20,000 characters, not 20,500"
    assert e["message_fa"].endswith("حداکثر ۲۰٬۰۰۰ نویسه، نه ۲۰٬۵۰۰")


def test_an_uploads_lang_field_picks_the_language_of_its_errors(api: Any) -> None:
    files = {"file": ("empty.csv", b"", "text/csv")}
    r = api.post("/api/market/ingest", files=files, data={"lang": "fa"})
    assert r.status_code == 400 and r.headers["content-language"] == "fa"
    assert r.json()["detail"] == r.json()["detail_fa"] and r.json()["detail_en"]
    r = api.post("/api/market/ingest", files=files, data={"lang": "en"})
    assert r.headers["content-language"] == "en" and "detail_en" not in r.json()
