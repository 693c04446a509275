"""A translator's directions are read once (``Plan.translation``, built by
``azadkar.tools.translation_plan``): the plan's JSON and every report's view of it show
the same directions, tools and support, and cannot drift apart."""

from __future__ import annotations

from typing import Any

import pytest

from azadkar.exposure import Profile, assess
from azadkar.plan import Plan, plan
from azadkar.report.plan_strings import translation_view
from azadkar.tools import get_tool, load_catalogue, translation_direction

TEXTS = (
    "مترجم هستم: ترجمهٔ کتاب از انگلیسی به فارسی و ترجمهٔ اسناد تجاری از فارسی به انگلیسی",
    "I translate contracts and immigration documents from Persian to English in Toronto",
    "I translate websites and apps for small companies",
    "از فارسی‌زبانان کانادا سفارش ترجمه می‌گیرم",
    None,
)
SERVICES = (("text_translation", 0.7), ("editing_proofreading", 0.3))


def _plan(text: str | None) -> Plan:
    return plan(assess(Profile(SERVICES, rate=300000, currency="toman", text=text)))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_json_and_the_view_show_the_same_directions_and_tools(
    text: str | None, lang: str
) -> None:
    pl = _plan(text)
    # (the same test passes on the code before Plan.translation: it checks the outputs only)
    data = pl.to_dict()["translation_direction"]
    view = translation_view(pl, lang)
    assert view is not None
    assert [d["id"] for d in view["directions"]] == data["directions"]
    assert view["source"] == data["source"]
    names = {t.id: t.name for t in load_catalogue().tools}
    for row in view["directions"]:
        listed = {names[t["id"]]: t["support"] for t in data["tools"][row["id"]]}
        shown = {e["name"]: e["status"] for e in row["evidence"]}
        # every tool the JSON says translates (or may) is in the view, with that support
        for name, support in listed.items():
            if support != "no":
                assert shown[name] in (support, "yes"), (name, support, shown[name])
            else:
                assert name not in row["translate"]


def test_one_reading_feeds_both_the_json_and_the_view(monkeypatch: Any) -> None:
    # Replace the plan's reading: both outputs follow it, since neither reads on its own.
    from azadkar.tools import translation_plan

    pl = _plan(TEXTS[0])
    only = translation_plan(SERVICES, "I translate from Persian into English")
    assert only is not None and only.directions == ("fa_en",)
    monkeypatch.setattr(Plan, "translation", lambda self: only)
    assert pl.to_dict()["translation_direction"]["directions"] == ["fa_en"]
    view = translation_view(pl, "en")
    assert view is not None and [d["id"] for d in view["directions"]] == ["fa_en"]


def test_translation_plan_is_none_without_translation_and_matches_its_parts() -> None:
    from azadkar.tools import translation_plan

    assert translation_plan((("seo", 1.0),), "I translate English to Persian") is None
    assert _plan(None).translation() is not None
    tp = translation_plan(SERVICES, TEXTS[1])
    assert tp is not None
    assert tp.found == translation_direction(TEXTS[1])
    assert tp.directions == ("fa_en",)
    # Persian -> English output is checked with an English proofreader
    assert get_tool("grammarly") in tp.checkers["fa_en"]
    assert tp.to_dict()["tools"]["fa_en"] == [
        {"id": t.id, "support": st} for t, st in tp.tools["fa_en"]
    ]
