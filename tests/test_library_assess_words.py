"""assess() given a description instead of service ids says how to read it first."""

from __future__ import annotations

import pytest

import azadkar
from azadkar.bidi import LRI, PDI


@pytest.mark.parametrize("text", ["طراحی لوگو و هویت بصری", "I design logos for cafes"])
def test_a_description_points_to_understand_profile(text: str) -> None:
    with pytest.raises(azadkar.UnknownServiceError) as info:
        azadkar.assess(text)
    err = info.value
    assert "understand_profile" in str(err) and "logo_design" in err.data["suggestions"]
    assert err.message_fa and f"{LRI}assess(){PDI}" in err.message_fa
    assert "understand_profile" in err.message_fa


def test_a_misspelt_id_keeps_its_plain_message() -> None:
    with pytest.raises(azadkar.UnknownServiceError) as info:
        azadkar.assess("logo_desing")
    assert "understand_profile" not in str(info.value)
    assert "logo_design" in info.value.data["suggestions"]


def test_missing_applicability_note_isolates_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    from azadkar import evidence

    scores = dict(evidence.soc_scores())
    service = azadkar.get_service("logo_design")
    for soc in service.soc6:
        scores.pop(soc, None)
    monkeypatch.setattr(evidence, "soc_scores", lambda: scores)
    a = azadkar.assess(["logo_design"])
    [note] = a.notes_fa
    assert note.startswith("\u200f\u2068logo_design" + PDI)  # RLM: the paragraph is Persian
    assert f"{LRI}SOC {service.soc6[0]}" in note
