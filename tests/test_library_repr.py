"""What a notebook shows for the library's result objects: a short summary, not the
dataclass dump of every task (an Assessment's ran to 17,000 characters, a Plan's 89,000)."""

from __future__ import annotations

import azadkar
from azadkar.text import classify_many


def _assessment() -> azadkar.Assessment:
    profile = azadkar.make_profile(
        ["copywriting:70", "seo:30"], rate=40, currency="CAD", hours_per_week=30
    )
    return azadkar.assess(profile)


def test_an_assessment_and_its_services_sum_up_in_one_line() -> None:
    a = _assessment()
    text = repr(a)
    assert len(text) < 300 and "\n" not in text
    assert text.startswith("<Assessment copywriting 70%, seo 30%: ")
    assert f"β {a.exposure.gpt4.beta:.0%} (GPT-4 labels)" in text
    assert f"{a.exposure.n_tasks} tasks" in text
    s = repr(a.services[0])
    assert s.startswith("<ServiceExposure copywriting 70% of the time")
    assert len(s) < 300


def test_a_projection_names_its_scenario_years_and_central_income() -> None:
    pr = azadkar.project(_assessment())
    text = repr(pr)
    last = pr.years[-1]
    assert len(text) < 400 and "\n" not in text
    assert text.startswith(f"<Projection {pr.scenario.id}, 2026-2030")
    assert f"{pr.baseline_income:,.0f} CAD" in text
    assert f"{last.stay.income.central:,.0f} staying as is" in text  # type: ignore[union-attr]


def test_a_plan_counts_its_actions() -> None:
    pl = azadkar.plan(_assessment())
    text = repr(pl)
    assert len(text) < 300 and "\n" not in text
    for action in ("automate", "supervise", "keep"):
        assert f"{len(pl.by_action(action))} {action}" in text
    assert pl.roles[0].role.id in text


def test_a_batch_has_a_length_and_counts_what_happened() -> None:
    b = classify_many(["logo design for a bakery", "", "translate my book into Persian"])
    assert len(b) == 3
    text = repr(b)
    assert "of 3 texts: 2 in a category, 0 other, 1 not read, 1 flagged" in text
    big = classify_many(["logo design"] * 500)
    assert len(repr(big)) < 300
