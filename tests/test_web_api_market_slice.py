"""/api/market/indicators takes the CLI's slice (platform, file, country, since, until) as
query parameters: a journalist checks one country or one period through the API, the
answer's `slice` says which and how many postings, and a slice that cannot be made is a 400
naming the parameter, in the language asked for."""

from __future__ import annotations

from typing import Any

import pytest

from _web_helpers import client, postings_csv

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-api-slice")) as c:
        r = c.post("/api/market/ingest", files={"file": ("jobs.csv", postings_csv(), "text/csv")})
        assert r.status_code == 200, r.text
        yield c


def _volume(body: dict[str, Any]) -> int:
    return int(body["slice"]["postings"])


def test_the_whole_store_and_a_period(api: Any) -> None:
    whole = api.get("/api/market/indicators").json()
    assert _volume(whole) == 24 and whole["slice"]["filters"] in ({}, None, [])
    # postings 5/1 .. 5/24/2024: the second half of May holds 10 of them (5/15 .. 5/24)
    part = api.get("/api/market/indicators?since=2024-05-15&until=2024-05-31").json()
    assert _volume(part) == 10
    assert "2024-05-15" in part["slice"]["description"]
    names = {i["name"]: i for i in part["indicators"]}
    assert sum(r["postings"] for r in names["pay_by_category"]["rows"]) <= 10
    # a Jalali month in Persian digits: ۱۴۰۳/۰۲ is 2024-04-20 .. 2024-05-20
    jalali = api.get("/api/market/indicators?until=۱۴۰۳/۰۲").json()
    assert _volume(jalali) == 20


def test_country_in_any_case_and_file_by_the_name_status_shows(api: Any) -> None:
    body = api.get("/api/market/indicators?country=canada&file=jobs.csv").json()
    assert _volume(body) == 24
    filters = body["slice"]["filters"]
    assert filters["country"] == ["Canada"] and filters["file"][0]["path"] == "jobs.csv"
    # a parameter given twice is any of its values (the file by its id and by its name)
    twice = api.get("/api/market/indicators?file=1&file=jobs.csv&since=2024-05-20").json()
    assert _volume(twice) == 5


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("country=Iran", "country"),  # only the rejected row was from Iran
        ("since=2024-06-01&until=2024-05-01", "since"),
        ("since=yesterday-ish", "since"),
        ("platform=fiverr", "platform"),
    ],
)
def test_a_slice_that_cannot_be_made_is_a_400_naming_the_parameter(
    api: Any, query: str, named: str
) -> None:
    r = api.get(f"/api/market/indicators?{query}")
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    assert named in r.json()["detail"]
    fa = api.get(f"/api/market/indicators?{query}&lang=fa")
    assert fa.status_code == 400 and any("\u0600" <= ch <= "\u06ff" for ch in fa.json()["detail"])
