"""The adaptation plan: per-task rules, tools, role ranking, human skills and pricing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from azadkar.errors import ProfileError
from azadkar.exposure import assess, make_profile, service_tasks
from azadkar.plan import AUTOMATE, KEEP, SUPERVISE, decide, load_roles, plan
from azadkar.projection import WEEKS_PER_MONTH, project
from azadkar.tools import get_tool

TASK = service_tasks("logo_design")[0]


@pytest.mark.parametrize(
    ("layer", "human", "gpt4", "auto", "rule"),
    [
        ("execution", "E0", "E0", "T3", "both_e0"),
        ("client", "E2", "E2", "T1", "client_exposed"),
        ("client", "E0", "E1", "T3", "client"),
        ("execution", "E2", "E2", "T3", "execution_automatable"),
        ("execution", "E2", "E2", "T2", "exposed"),
        ("ideation", "E1", "E1", "T1", "both_e1"),
        ("ideation", "E2", "E2", "T4", "exposed"),
        ("audience", "E0", "E2", "T3", "mostly_human"),
    ],
)
def test_rules(layer: str, human: str, gpt4: str, auto: str, rule: str) -> None:
    task = replace(TASK, layer=layer, human_label=human, gpt4_label=gpt4, gpt4_automation=auto)
    assert decide(task) == rule


def test_every_task_gets_an_action_and_tools_from_the_catalogue() -> None:
    a = assess(make_profile(["logo_design:50", "social_media_management:50"]))
    pl = plan(a)
    assert len(pl.actions) == sum(len(s.tasks) for s in a.services)
    assert {x.action for x in pl.actions} <= {AUTOMATE, SUPERVISE, KEEP}
    assert pl.hours_by_action()[AUTOMATE] > 0
    for x in pl.actions:
        if x.action == KEEP:
            assert x.tools == ()
        else:
            assert x.tools, x.task.statement
            for ref in x.tools:
                assert x.task.layer in get_tool(ref.id).layers
        assert x.reason_en and x.reason_fa
    logo_exec = [
        x for x in pl.actions if x.service_id == "logo_design" and x.task.layer == "execution"
    ]
    assert any(ref.id == "midjourney" for x in logo_exec for ref in x.tools)


@pytest.mark.parametrize(
    ("services", "top"),
    [
        (["ml_development"], "ml_developer"),
        (["legal_consulting"], "ai_ethics_contracts"),
        (["data_analysis"], "data_analyst"),
        (["ai_consulting"], "ai_consultant"),
    ],
)
def test_roles_ranked_by_fit(services: list[str], top: str) -> None:
    pl = plan(assess(make_profile(services)))
    assert pl.roles[0].role.id == top
    scores = [r.score for r in pl.roles]
    assert scores == sorted(scores, reverse=True)


def test_role_gap_and_steps_in_both_languages() -> None:
    book = load_roles()
    assert {r.id for r in book.roles} == {
        "content_lifecycle_manager",
        "creativity_system_designer",
        "ai_ethics_contracts",
        "ai_consultant",
        "data_analyst",
        "ml_developer",
        "bridge_role",
    }
    pl = plan(assess(make_profile(["copywriting"])))
    for fit in pl.roles:
        assert set(fit.have) | set(fit.gap) == set(fit.role.skills)
        assert not set(fit.have) & set(fit.gap)
        assert len(fit.role.steps_en) == len(fit.role.steps_fa) >= 3
        assert fit.role.status == "cited, not verified"
    assert {s.skill.id for s in pl.skills} == {
        "paradoxical_thinking",
        "layered_emotional_intelligence",
        "lived_experience_creativity",
    }
    for sp in pl.skills:
        assert len(sp.skill.practices_en) == len(sp.skill.practices_fa) >= 3


def test_pricing_formulas_and_currencies() -> None:
    a = assess(make_profile(["copywriting"], rate=400_000, currency="toman", hours_per_week=40))
    pl = plan(a, monthly_costs=20_000_000, irr_per_usd=1_000_000, year=2027)
    pr = pl.pricing
    billable = 40 * WEEKS_PER_MONTH * 0.7
    assert pr.billable_assumed and pr.billable_hours == pytest.approx(billable)
    assert pr.floor_rate == pytest.approx(20_000_000 / billable)
    assert pr.speedup == pytest.approx(project(a).year(2027).ai_share.central)
    assert pr.effective_rate_same_price == pytest.approx(400_000 / (1 - pr.speedup))
    assert pr.hourly_billing_change == pytest.approx(-pr.speedup)
    converted = pr.in_all(100_000)
    assert list(converted) == ["toman", "USD", "IRR"]
    assert converted["IRR"] == pytest.approx(1_000_000)  # toman = IRR / 10
    assert converted["USD"] == pytest.approx(1.0)
    pr2 = plan(a, monthly_costs=20_000_000, billable_hours=100).pricing
    assert pr2.floor_rate == pytest.approx(200_000) and not pr2.billable_assumed
    assert pr2.exchange.as_of  # the dated, shipped assumption


def test_pricing_inputs_are_checked() -> None:
    a = assess(make_profile(["seo"], rate=10))
    with pytest.raises(ProfileError, match="monthly costs"):
        plan(a, monthly_costs=-1)
    with pytest.raises(ProfileError, match="billable"):
        plan(a, monthly_costs=100, billable_hours=0)
    with pytest.raises(ProfileError, match="IRR per USD"):
        plan(a, irr_per_usd=0)


def test_plan_json_is_complete() -> None:
    d = plan(assess(make_profile(["seo"], rate=10)), monthly_costs=300).to_dict()
    assert d["schema"] == "azadkar.plan/1"
    assert {"tasks", "roles", "human_skills", "pricing", "rules", "assumptions"} <= set(d)
    assert d["pricing"]["exchange_rate"]["status"] == "assumption"
    assert all(t["evidence"].startswith("GPTs are GPTs") for t in d["tasks"])


def test_azadkar_plan_is_callable_even_after_the_submodule_is_imported() -> None:
    import azadkar
    import azadkar.plan as module
    from azadkar.plan import Plan

    assert callable(module)
    result = azadkar.plan(assess(make_profile(["seo"])))  # module or exported function
    assert isinstance(result, Plan)


@pytest.mark.parametrize(
    ("kwargs", "what"),
    [
        ({"monthly_costs": float("inf")}, "monthly costs"),
        ({"monthly_costs": float("nan")}, "monthly costs"),
        ({"monthly_costs": 1e14}, "monthly costs"),
        ({"monthly_costs": 100, "billable_hours": float("nan")}, "billable hours"),
        ({"monthly_costs": 100, "billable_hours": 745}, "billable hours"),
        ({"irr_per_usd": float("inf")}, "IRR per USD"),
        ({"irr_per_usd": float("nan")}, "IRR per USD"),
    ],
)
def test_pricing_inputs_must_be_finite_and_in_range(kwargs: dict, what: str) -> None:
    a = assess(make_profile(["seo"], rate=10))
    with pytest.raises(ProfileError, match=what) as info:
        plan(a, **kwargs)
    assert info.value.message_fa


def test_floor_price_is_never_infinite() -> None:
    a = assess(make_profile(["seo"], rate=10))
    with pytest.raises(ProfileError, match="too few"):
        plan(a, monthly_costs=1e13, billable_hours=1e-310)


def test_a_package_price_below_todays_rate_is_called_a_lowest_price_not_a_suggestion() -> None:
    """A translator at 250,000 toman was told the 'suggested package price' was 83,694 next
    to advice to keep the time AI saves: the figure is the scenario's market price, a floor
    to defend, and the plan now says so."""
    from azadkar.report.plan_strings import s

    a = assess(
        make_profile(
            ["text_translation:70", "transcription_subtitling:30"], rate=250_000, currency="toman"
        )
    )
    pr = plan(a, monthly_costs=20_000_000).pricing
    assert pr.rate is not None and pr.package_price_per_today_hour is not None
    assert pr.package_price_per_today_hour < pr.rate
    assert s("package", "en").startswith("Lowest package price")
    assert "قیمت پیشنهادی" not in s("package", "fa")
    en = [n[0] for n in pr.notes]
    assert any("not a price to aim for" in n for n in en)
    assert any("its cost floor is lower than the hourly floor" in n for n in en)
    assert all(fa and fa != e for e, fa in pr.notes)


def test_a_freelancer_in_toronto_works_in_cad_with_or_without_a_stated_rate() -> None:
    """CAD was refused ("not one of USD, IRR, toman"). Other ISO currencies are accepted;
    amounts stay in them, with USD beside them only for a rate the user states."""
    from azadkar.exposure import normalize_currency

    assert [normalize_currency(c) for c in ("cad", " CAD ", "دلار کانادا", "€", "یورو")] == [
        "CAD", "CAD", "CAD", "EUR", "EUR",
    ]  # fmt: skip
    with pytest.raises(ProfileError, match=r"did you mean CAD\?"):
        normalize_currency("CAX")
    a = assess(make_profile(["ux_ui_design"], rate=90, currency="cad"))
    assert a.profile.currency == "CAD"
    alone = plan(a, monthly_costs=2500).pricing
    assert alone.in_all(alone.floor_rate) == {"CAD": pytest.approx(2500 / alone.billable_hours)}
    assert not alone.exchange.converts("CAD")
    stated = plan(a, monthly_costs=2500, units_per_usd=1.38).pricing
    both = stated.in_all(stated.floor_rate)
    assert both is not None and list(both) == ["CAD", "USD"]
    assert both["USD"] == pytest.approx(both["CAD"] / 1.38)
    assert stated.to_dict()["exchange_rate"]["units_per_usd"] == {"CAD": 1.38}
    # The stated rate is for currencies without a shipped one.
    with pytest.raises(ProfileError, match="--usd-rate"):
        plan(assess(make_profile(["seo"], currency="toman")), units_per_usd=1.38)
    with pytest.raises(ProfileError, match="must be"):
        plan(a, units_per_usd=-1)


def test_a_task_two_services_share_is_listed_once_under_a_human_skill() -> None:
    # logo_design and banner_ad_design share O*NET 27-1024 tasks; the PDF listed
    # "Determine size and arrangement of illustrative material ..." twice.
    pl = plan(assess(["logo_design:50", "banner_ad_design:50"]))
    for sp in pl.skills:
        ids = [t.task_id for t in sp.tasks]
        assert len(ids) == len(set(ids)), (sp.skill.id, ids)
        assert sp.to_dict()["tasks"] == ids


def test_the_callable_plan_module_shows_plans_parameters() -> None:
    import inspect

    import azadkar

    params = inspect.signature(azadkar.plan).parameters
    assert {"scenario", "year", "monthly_costs", "units_per_usd"} <= set(params)


@pytest.mark.parametrize(
    ("services", "named", "not_named"),
    [
        (["blog_content:34", "email_marketing:33", "copywriting:33"], "an article", "logo set"),
        (["text_translation:50", "transcription_subtitling:50"], "a subtitled episode", "logo"),
        (["logo_design"], "a logo set", "article"),
    ],
)
def test_pricing_advice_names_deliverables_of_the_users_own_services(
    services: list[str], named: str, not_named: str
) -> None:
    # A copywriter or a translator was told to price "logo set, article, monthly SEO
    # report": the examples now come from the categories of the services they gave.
    a = assess(make_profile(services, rate=20))
    en, fa = plan(a, monthly_costs=500).pricing.notes[0]
    assert "per deliverable" in en
    assert named in en and not_named not in en
    assert "ست لوگو" not in fa or "logo" in named


def test_a_rate_below_the_floor_says_what_to_do_about_it() -> None:
    # Costs the rate cannot cover: the plan said only "every billable hour loses money".
    a = assess(make_profile(["copywriting"], rate=10))
    notes = plan(a, monthly_costs=9000).pricing.notes
    en, fa = next(n for n in notes if "below your floor" in n[0])
    assert "Raise it to at least the floor" in en and "--billable-hours" in en
    assert "بالا ببرید" in fa and "--billable-hours" in fa
