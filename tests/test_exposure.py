"""The exposure engine: the JSON numbers equal the core-weighted recomputation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import azadkar
from azadkar import evidence
from azadkar.errors import ProfileError, UnknownServiceError
from azadkar.exposure import assess, make_profile, score
from azadkar.layers import LAYERS
from azadkar.taxonomy import load_taxonomy

VAL = {"E0": (0, 0, 0), "E1": (1, 1, 1), "E2": (0, 0.5, 1)}


def _by_hand(tasks: list[dict], who: str) -> tuple[float, float, float]:
    w = sum(t["weight"] for t in tasks)
    return tuple(sum(t["weight"] * VAL[t[f"{who}_label"]][i] for t in tasks) / w for i in range(3))  # type: ignore[return-value]


@pytest.mark.parametrize("service", [s.id for s in load_taxonomy().services])
def test_service_json_equals_recomputation(service: str) -> None:
    data = assess([service]).to_dict(exact=True)  # unrounded: compared to 1e-12
    (svc,) = data["services"]
    assert svc["id"] == service and svc["share"] == 1.0
    listed = svc["tasks"]
    assert len(listed) == len(evidence.service_tasks()[service])
    for who in ("human", "gpt4"):
        got = svc["exposure"][who]
        assert (got["alpha"], got["beta"], got["gamma"]) == pytest.approx(
            _by_hand(listed, who), abs=1e-12
        )
    for layer in LAYERS:
        in_layer = [t for t in listed if t["layer"] == layer]
        if in_layer:
            got = svc["layers"][layer]["gpt4"]
            assert got["beta"] == pytest.approx(_by_hand(in_layer, "gpt4")[1], abs=1e-12)
    # the task rows carry the fields other tools read
    for t in listed:
        assert {
            "onet_soc",
            "task_id",
            "statement",
            "task_type",
            "weight",
            "layer",
            "human_label",
            "gpt4_label",
        } <= set(t)
        assert t["weight"] == (2 if t["task_type"] == "Core" else 1)


def test_profile_is_time_weighted_mix() -> None:
    a = assess(["logo_design:60", "seo:40"])
    d = a.to_dict(exact=True)
    logo, seo = (s["exposure"]["gpt4"]["beta"] for s in d["services"])
    assert d["exposure"]["gpt4"]["beta"] == pytest.approx(0.6 * logo + 0.4 * seo, abs=1e-12)
    assert sum(a.layer_time.values()) == pytest.approx(1.0)
    assert {"human", "gpt4"} <= set(d["exposure"])


def test_layer_scores_pool_to_overall() -> None:
    a = assess(["copywriting:50", "data_entry:50"])
    total = sum(a.layer_time[layer] * a.layers[layer].gpt4.gamma for layer in LAYERS)
    assert total == pytest.approx(a.exposure.gpt4.gamma, abs=1e-12)


def test_disagreement_share() -> None:
    ex = score([(2, "E1", "E1"), (1, "E0", "E2"), (1, "E2", "E2")])
    assert ex.disagreement == pytest.approx(0.25)
    assert ex.human.alpha == pytest.approx(0.5)
    assert ex.gpt4.beta == pytest.approx((2 + 0.5 + 0.5) / 4)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([1, 2]),
            st.sampled_from(["E0", "E1", "E2"]),
            st.sampled_from(["E0", "E1", "E2"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_scores_are_ordered_and_bounded(items) -> None:
    ex = score(items)
    for s in (ex.human, ex.gpt4):
        assert 0 <= s.alpha <= s.beta <= s.gamma <= 1


def test_shares_split_and_validate() -> None:
    p = make_profile(["logo_design:50", "seo", "copywriting"])
    assert dict(p.services) == pytest.approx({"logo_design": 0.5, "seo": 0.25, "copywriting": 0.25})
    with pytest.raises(ProfileError, match="add up to 90"):
        make_profile(["logo_design:50", "seo:40"])
    with pytest.raises(ProfileError, match="named twice"):
        make_profile(["seo", "seo"])
    with pytest.raises(ProfileError, match="must be a number"):
        make_profile(["seo:abc"])
    with pytest.raises(ProfileError, match="currency"):
        make_profile(["seo"], currency="BTC")
    with pytest.raises(UnknownServiceError, match="seo"):
        make_profile(["seoo"])


def test_library_api() -> None:
    a = azadkar.assess(azadkar.make_profile(["video_editing"], rate=20, currency="USD"))
    assert isinstance(a, azadkar.Assessment)
    assert a.services[0].most_exposed() or a.services[0].most_human()
    ce = azadkar.category_exposure("design")
    assert 0 <= ce["exposure"]["gpt4"]["beta"] <= 1
    assert ce["services"] == [s.id for s in load_taxonomy().services_in("design")]


def test_every_service_lists_its_most_human_tasks_or_says_why() -> None:
    import azadkar
    from azadkar.report.strings import most_human_note
    from azadkar.taxonomy import load_taxonomy

    listed = 0
    for svc in load_taxonomy().services:
        se = azadkar.assess(azadkar.make_profile([svc.id])).services[0]
        human = se.most_human()
        top = max(t.beta_mean for t in se.tasks)
        assert all(t.beta_mean < top for t in human), svc.id
        assert not {t.task_id for t in human} & {t.task_id for t in se.most_exposed()}
        assert [t.beta_mean for t in human] == sorted(t.beta_mean for t in human)
        if human:
            listed += 1
            assert most_human_note(se, "en") == ""
        else:
            assert most_human_note(se, "en") and most_human_note(se, "fa"), svc.id
    # Before the ranking was made relative, 26 of 44 services listed none.
    assert listed >= 40


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rate": float("nan")},
        {"rate": float("inf")},
        {"rate": 1e308},
        {"hours_per_week": float("nan")},
        {"hours_per_week": float("inf")},
    ],
)
def test_non_finite_or_huge_numbers_are_refused(kwargs: dict) -> None:
    with pytest.raises(ProfileError, match=r"rate|hours") as info:
        make_profile(["seo"], **kwargs)
    assert info.value.message_fa


def test_non_finite_share_is_refused() -> None:
    with pytest.raises(ProfileError, match="share of service 'seo'"):
        make_profile([("seo", float("nan"))])
    with pytest.raises(ProfileError, match="share of service 'seo'"):
        make_profile([("seo", float("inf")), ("copywriting", None)])


def test_hand_built_profile_with_nan_rate_is_refused() -> None:
    from azadkar.exposure import Profile

    with pytest.raises(ProfileError, match="finite"):
        assess(Profile((("seo", 1.0),), rate=float("nan")))


@pytest.mark.parametrize(
    ("spec", "share"),
    [
        ("seo:60%", 60.0),
        ("seo:۶۰٪", 60.0),
        ("seo: ٪۶۰", 60.0),
        ("seo:۱۲٫۵", 12.5),
        ("seo:60", 60.0),
    ],
)
def test_service_spec_share_reads_a_percent_as_people_type_it(spec: str, share: float) -> None:
    from azadkar.exposure import parse_service_spec

    assert parse_service_spec(spec) == ("seo", share)  # before: 60% and ۶۰٪ were refused
    with pytest.raises(ProfileError, match="must be a number"):
        parse_service_spec("seo:60%%")


def test_a_number_above_the_limit_is_said_to_be_too_large() -> None:
    from azadkar.exposure import MAX_RATE, check_number

    with pytest.raises(ProfileError) as info:
        make_profile(["seo"], rate=1e308)
    assert info.value.message == "rate is too large: at most 1,000,000,000,000, got 1e+308"
    assert "بیش از اندازه بزرگ است: حداکثر ۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰" in str(info.value.message_fa)
    with pytest.raises(ProfileError, match="too large"):
        check_number(float("inf"), "rate", "نرخ", high=MAX_RATE)  # 1e999 reads as inf
    with pytest.raises(ProfileError, match="finite"):
        check_number(float("nan"), "rate", "نرخ", high=MAX_RATE)
    with pytest.raises(ProfileError, match="must be above 0"):
        check_number(-1, "rate", "نرخ", high=MAX_RATE)


def test_one_service_given_as_a_string_is_not_read_letter_by_letter() -> None:
    # make_profile("seo") used to fail with "unknown service id 's'. Did you mean:
    # blog_content ...": the string was iterated character by character.
    assert make_profile("seo").services == make_profile(["seo"]).services
    assert make_profile("seo:100").services == make_profile(["seo"]).services
    assert assess("logo_design").to_dict() == assess(["logo_design"]).to_dict()
    with pytest.raises(UnknownServiceError, match="'graphic design'"):
        make_profile("graphic design")
    with pytest.raises(ProfileError, match="name at least one service"):
        make_profile("  ")
