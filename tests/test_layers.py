"""The documented layer rule."""

from __future__ import annotations

import pytest

from azadkar import evidence
from azadkar.layers import LAYERS, assign_layer


@pytest.mark.parametrize(
    ("statement", "layer"),
    [
        ("Confer with clients to discuss and determine layout design.", "client"),
        ("Present drafts and ideas to clients.", "client"),
        ("Negotiate contracts with clients.", "client"),
        ("Conduct research and interviews to determine selling features.", "audience"),
        ("Analyze user needs to determine technical requirements.", "audience"),
        ("Develop advertising campaigns for a wide range of clients.", "ideation"),
        ("Plan project arrangements or outlines.", "ideation"),
        ("Design and implement Web site security measures, such as firewalls.", "execution"),
        ("Write fiction or nonfiction prose, such as short stories.", "execution"),
        ("Key information into computer equipment to create layouts.", "execution"),
    ],
)
def test_rule(statement: str, layer: str) -> None:
    assert assign_layer(statement).layer == layer


def test_every_shipped_task_has_a_layer_and_its_reason() -> None:
    for t in evidence.tasks().values():
        assert t.layer in LAYERS
        assert t.layer_rule
