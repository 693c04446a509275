"""POST /api/market/compare: `azadkar market compare` over HTTP for a dashboard.

Each side is a slice as GET /api/market/indicators takes one (platform, file, country,
since, until), plus a label; the answer is the market package's own comparison (not a
second computation), a figure one side cannot support says why, and a slice that cannot be
made is a problem naming the request's field (`a.since`, `b.country`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _web_helpers import client, postings_csv
from azadkar.bidi import strip

PROBLEM = "application/problem+json"
# postings_csv(): 24 postings dated 2024-05-01 .. 2024-05-24, clients in Canada
EARLY_LATE = {
    "a": {"since": "2024-05-01", "until": "2024-05-14", "label": "early May"},
    "b": {"since": "2024-05-15", "label": "late May"},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("web-api-compare")
    with client(folder) as c:
        r = c.post("/api/market/ingest", files={"file": ("jobs.csv", postings_csv(), "text/csv")})
        assert r.status_code == 200, r.text
        yield c, folder / "market.duckdb"


@pytest.fixture(scope="module")
def api(store: Any) -> Any:
    return store[0]


def _problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = r.json()
    return body


def test_two_slices_side_by_side_are_the_market_packages_comparison(store: Any) -> None:
    api, db = store
    r = api.post("/api/market/compare", json=EARLY_LATE)
    assert r.status_code == 200, r.text
    got = r.json()
    assert (got["a"]["label"], got["a"]["postings"]) == ("early May", 14)
    assert (got["b"]["label"], got["b"]["postings"]) == ("late May", 10)
    assert got["engine"] == "duckdb" and got["difference"] == "b - a"
    assert got["db"] == "market.duckdb"  # the store's name, never its folder on the server
    assert "2024-05-15" in got["b"]["slice"]["description"]
    # the same call of the library gives the same rows (the API computes nothing of its own)
    from azadkar.market import compare

    want = compare(
        db,
        {"since": "2024-05-01", "until": "2024-05-14"},
        {"since": "2024-05-15"},
        labels=("early May", "late May"),
    ).to_dict()
    assert got["rows"] == want["rows"]
    assert got["notes"] == want["notes"] and got["caveats"] == want["caveats"]
    counts = {row["metric"]: row for row in got["rows"] if row["indicator"] == "slice"}
    assert counts["postings"]["difference"] == -4 and counts["postings"]["supported"]


def test_a_figure_one_slice_cannot_support_carries_why_not(api: Any) -> None:
    rows = api.post("/api/market/compare", json=EARLY_LATE).json()["rows"]
    unsupported = [row for row in rows if not row["supported"]]
    assert unsupported, "14 and 10 postings cannot support a median of 10 pay values per category"
    for row in unsupported:
        assert row["difference"] is None and row["change"] is None
        assert row["why_not"] and row["why_not_fa"]
    medians = [row for row in unsupported if row["metric"].startswith("median")]
    assert medians
    # the reason names the slice by its label, in both languages
    assert any("slice A (early May)" in row["why_not"] for row in medians)
    # (the Persian sentence holds the label in an isolate: compare without the marks)
    assert any("(early May)" in strip(row["why_not_fa"]) for row in medians)
    for row in rows:
        if row["supported"] and row["kind"] == "count":
            assert row["difference"] == row["b"] - row["a"]


def test_a_side_left_out_is_the_whole_store_and_a_period_sets_both_dates(api: Any) -> None:
    got = api.post("/api/market/compare", json={"b": {"period": "2024-05", "country": "canada"}})
    assert got.status_code == 200, got.text
    body = got.json()
    assert body["a"]["label"] == "A" and body["a"]["postings"] == 24
    assert body["b"]["slice"]["filters"]["country"] == ["Canada"]
    assert body["b"]["slice"]["filters"]["since"] == "2024-05-01"
    assert body["b"]["slice"]["filters"]["until"] == "2024-05-31"
    # one value or a list, a file by its id as a number or its name
    one = api.post("/api/market/compare", json={"a": {"file": 1}, "b": {"file": ["jobs.csv"]}})
    assert one.status_code == 200, one.text


@pytest.mark.parametrize(
    ("body", "field", "said"),
    [
        ({"a": {"since": "yesterday-ish"}}, "a.since", "not a date"),
        ({"a": {"since": "2024-06-01", "until": "2024-05-01"}}, "a.since", "holds no day"),
        ({"b": {"country": "Iran"}}, "b.country", "no posting"),  # only a rejected row was
        ({"a": {"platform": ["upwork", "fiverr"]}}, "a.platform", "fiverr"),
        ({"b": {"file": "nope.csv"}}, "b.file", "GET /api/market/status"),
        ({"a": {"since": "2030"}}, "a", "holds no posting"),
        ({"a": {"period": "2024", "until": "2024-05"}}, "a.period", "a.until"),
        ({"b": {"country": [" "]}}, "b.country[0]", "empty"),
        ({"a": {"period": ""}}, "a.period", "empty"),
        ({}, "a", "give the slices to compare"),
        ({"a": {}, "b": {}}, "a", "give the slices to compare"),
    ],
)
def test_a_slice_that_cannot_be_made_names_the_field(
    api: Any, body: dict[str, Any], field: str, said: str
) -> None:
    problem = _problem(api.post("/api/market/compare", json=body), 400)
    assert problem["field"] == field
    assert said in problem["detail"]
    assert problem["detail"].startswith(field)
    assert "--" not in problem["detail"]  # the request's names, not the CLI's options
    assert problem["detail_fa"].startswith(f"\u2066{field}\u2069")
    fa = _problem(api.post("/api/market/compare?lang=fa", json=body), 400)
    assert fa["detail"] == fa["detail_fa"] and fa["detail_en"] == problem["detail"]
    assert fa["field"] == field


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"a": {"sinse": "2024"}, "b": {"since": "2024"}}, "a.sinse"),
        ({"a": {"since": "2024"}, "engine": "spark"}, "engine"),
        ({"a": {"since": 2024}}, "a.since"),
        ({"a": {"country": ["x"] * 21}}, "a.country"),
        ({"a": {"since": "2024"}, "c": {}}, "c"),
    ],
)
def test_a_request_of_the_wrong_shape_is_422_naming_the_field(
    api: Any, body: dict[str, Any], field: str
) -> None:
    problem = _problem(api.post("/api/market/compare", json=body), 422)
    assert [e["field"] for e in problem["errors"]] == [field]


def test_an_empty_store_says_so(tmp_path: Path) -> None:
    with client(tmp_path) as fresh:
        problem = _problem(fresh.post("/api/market/compare", json=EARLY_LATE), 400)
        assert "the market store is empty" in problem["detail"]
        assert "POST /api/market/ingest" in problem["detail"]
        assert problem["detail_fa"].startswith("انبارهٔ بازار خالی است")


def test_the_openapi_example_is_the_one_source(api: Any) -> None:
    from azadkar.web.api import EXAMPLE_COMPARE

    doc = api.get("/openapi.json").json()
    op = doc["paths"]["/api/market/compare"]["post"]
    assert set(op["responses"]) >= {"200", "400", "422"}
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert schema["examples"] == [EXAMPLE_COMPARE]
    engine = schema["properties"]["engine"]
    assert engine.get("enum", [engine.get("const")]) == ["duckdb"]
    # the example asks what the dashboard asks: two Jalali years, each named
    assert EXAMPLE_COMPARE["a"]["since"] == "1402" and EXAMPLE_COMPARE["b"]["label"] == "1403"
