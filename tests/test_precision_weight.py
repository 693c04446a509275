"""A profile's exposure weight (the share of its time its tasks cover) is 1, not 0.9999999999999997."""

from __future__ import annotations

import pytest

import azadkar


@pytest.mark.parametrize(
    "specs",
    [
        [("logo_design", 50.01), ("social_media_management", 49.99)],
        [("wordpress_development", 50.08), ("web_programming", 49.92)],
        [("copywriting", 33.34), ("seo", 33.33), ("blog_content", 33.33)],
    ],
)
def test_weight_of_whole_profile_is_one(specs: list[tuple[str, float]]) -> None:
    a = azadkar.assess(azadkar.make_profile(specs))
    d = a.to_dict()
    assert d["exposure"]["weight"] == 1.0
    assert a.exposure.weight == 1.0
    # the layers' weights are the layers' shares of the time, and add up to the whole
    assert sum(v["weight"] for v in d["layers"].values()) == pytest.approx(1.0, abs=1e-3)
    for v in d["layers"].values():
        assert len(repr(v["weight"])) <= 8  # rounded to 4 decimals, not float noise
