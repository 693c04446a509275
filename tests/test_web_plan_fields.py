"""The plan's year and working language reach the plan through the HTTP API, as
`--plan-year` and `--work-language` do on the command line (the API used to plan for 2027
only, and took no working language)."""

from __future__ import annotations

from typing import Any

import pytest

from _web_helpers import client

PERSIAN_EDITOR = "ویراستاری و نمونه‌خوانی کتاب‌های فارسی"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-plan-fields")) as c:
        yield c


def _plan(api: Any, **body: Any) -> dict[str, Any]:
    r = api.post("/api/plan", json={"rate": 300000, "currency": "IRR", **body})
    assert r.status_code == 200, r.text
    return r.json()["plan"]  # type: ignore[no-any-return]


def test_the_plan_year_is_the_one_sent(api: Any) -> None:
    assert _plan(api, text=PERSIAN_EDITOR)["year"] == 2027
    assert _plan(api, text=PERSIAN_EDITOR, plan_year=2029)["year"] == 2029


def test_a_plan_year_outside_2026_2030_names_the_field(api: Any) -> None:
    r = api.post("/api/plan", json={"text": PERSIAN_EDITOR, "plan_year": 2035})
    assert r.status_code == 422
    assert "plan_year" in r.text


def test_the_working_language_is_read_from_the_text_or_taken_as_sent(api: Any) -> None:
    read = _plan(api, text=PERSIAN_EDITOR)
    assert (read["work_language"], read["work_language_source"]) == (["fa"], "description")
    sent = _plan(api, text=PERSIAN_EDITOR, work_language="en")
    assert (sent["work_language"], sent["work_language_source"]) == (["en"], "given")
    tools = {t["id"] for task in sent["tasks"] for t in task["tools"]}
    assert "grammarly" in tools  # an English editor is offered Grammarly again


def test_a_wrong_working_language_is_a_422_naming_the_field(api: Any) -> None:
    r = api.post(
        "/api/plan",
        json={"text": PERSIAN_EDITOR, "work_language": "klingon"},
        headers={"Accept-Language": "fa"},
    )
    assert r.status_code in (400, 422), r.text
    body = r.json()
    assert body.get("field") == "work_language"
    assert "klingon" in body["detail"] and "زبان کار" in body["detail"]
