"""When the words do not tell a text's two best services apart ("edit photos": product or
portrait photography), the classification says it is unsure instead of naming the first."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def test_edit_photos_is_unsure_between_two_photography_services() -> None:
    from azadkar.text import classify

    c = classify("edit photos")
    # There is no photo-retouching service; the model splits 53 % / 44 %.
    assert [s for s, _ in c.unsure] == ["product_photography", "portrait_photography"], c
    assert c.to_dict()["unsure"] == ["product_photography", "portrait_photography"]


def test_a_clear_text_or_a_profile_of_two_services_is_not_unsure() -> None:
    from azadkar.text import classify

    assert classify("logo design for a bakery").unsure == []
    # Two clauses, two services, both near-certain: not a choice between them.
    c = classify("I design logos and run Instagram pages for cafés")
    assert len(c.services) == 2 and c.unsure == [], c
    assert classify("urgent, paid hourly").unsure == []


def test_cli_says_it_is_unsure_in_both_languages() -> None:
    r = runner.invoke(app, ["classify", "edit photos"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    unsure = [x for x in lines if x.startswith("unsure:")]
    assert unsure and "product_photography (53%) or portrait_photography" in unsure[0], r.output
    assert max(len(x) for x in lines) <= 80
    r = runner.invoke(app, ["classify", "edit photos", "--lang", "fa"])
    assert "نامطمئن:" in r.output and "۵۳٪" in r.output, r.output
    r = runner.invoke(app, ["classify", "logo design for a bakery"])
    assert "unsure" not in r.output
    r = runner.invoke(app, ["classify", "logo design", "--format", "json"])
    assert json.loads(r.output)["unsure"] == []
