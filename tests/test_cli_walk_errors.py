"""`azadkar assess` errors in Persian: options and commands read left to right, the
category by its Persian name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

import azadkar.text
from azadkar.cli import app

runner = CliRunner()


def test_persian_error_without_text_or_service_isolates_options() -> None:
    r = runner.invoke(app, ["assess", "--lang", "fa"])
    assert r.exit_code == 2
    # Unisolated, right-to-left text shows "--service" as "service--".
    assert "\u2066--service\u2069" in r.output
    assert "\u2066azadkar assess --help\u2069" in r.output
    assert "`" not in r.output


def test_persian_error_for_an_unrecognised_text_names_the_category_in_persian(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def nothing(text: str) -> tuple[SimpleNamespace, list[tuple[str, float]]]:
        return SimpleNamespace(category="other", flags=()), []

    monkeypatch.setattr(azadkar.text, "understand_profile", nothing)
    r = runner.invoke(app, ["assess", "چیزهای مختلف", "--lang", "fa"])
    assert r.exit_code == 2
    # Before: «دستهٔ خوانده‌شده: other», an English id in a Persian sentence.
    assert "سایر \u2066other\u2069" in r.output
    assert "\u2066--service\u2069" in r.output
    assert "\u2066azadkar services\u2069" in r.output
    en = runner.invoke(app, ["assess", "various things", "--lang", "en"])
    assert en.exit_code == 2
    assert "read as category 'other'" in en.output  # the English message is unchanged
