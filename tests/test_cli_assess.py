"""`azadkar assess` and `azadkar services` from the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def test_json_contract() -> None:
    r = runner.invoke(
        app,
        [
            "assess",
            "--service",
            "logo_design",
            "--service",
            "seo:30",
            "--rate",
            "25",
            "--currency",
            "USD",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert [s["id"] for s in d["services"]] == ["logo_design", "seo"]
    assert [s["share"] for s in d["services"]] == [0.7, 0.3]
    for ex in [d["exposure"], *(s["exposure"] for s in d["services"]), *d["layers"].values()]:
        for who in ("human", "gpt4"):
            assert set(ex[who]) >= {"alpha", "beta", "gamma"}
    task = d["services"][0]["tasks"][0]
    assert {
        "onet_soc",
        "task_id",
        "statement",
        "task_type",
        "weight",
        "layer",
        "human_label",
        "gpt4_label",
    } <= set(task)
    assert d["profile"]["rate"] == 25


def test_text_report_english_and_persian() -> None:
    en = runner.invoke(app, ["assess", "--service", "copywriting"], env={"COLUMNS": "120"})
    assert en.exit_code == 0, en.output
    assert "Most exposed tasks" in en.stdout and "GPTs are GPTs" in en.stdout
    fa = runner.invoke(
        app, ["assess", "--service", "copywriting", "--lang", "fa"], env={"COLUMNS": "120"}
    )
    assert fa.exit_code == 0, fa.output
    assert "بیشترین مواجهه" in fa.stdout and "مواجههٔ کلی" in fa.stdout
    assert "Most exposed" not in fa.stdout


def test_markdown() -> None:
    r = runner.invoke(app, ["assess", "--service", "data_entry", "--format", "md"])
    assert r.exit_code == 0
    assert r.stdout.startswith("# azadkar") and "[^labels]:" in r.stdout


def test_unknown_service_suggests() -> None:
    r = runner.invoke(app, ["assess", "--service", "logo_desing"])
    assert r.exit_code != 0
    assert "logo_design" in r.output


def test_free_text_without_words_says_why() -> None:
    r = runner.invoke(app, ["assess", "۱۲۰۰"])
    assert r.exit_code == 2
    assert "not one letter in any script" in r.output and "--service" in r.output
    r = runner.invoke(app, ["assess", "the weather in Shiraz is lovely today"])
    assert r.exit_code == 2
    assert "read as category 'other'" in r.output


def test_services_search() -> None:
    r = runner.invoke(app, ["services", "وردپرس", "--format", "json"])
    assert r.exit_code == 0
    assert "wordpress_development" in [s["id"] for s in json.loads(r.stdout)]
    r = runner.invoke(
        app, ["services", "--category", "design", "--lang", "fa"], env={"COLUMNS": "120"}
    )
    assert r.exit_code == 0 and "طراحی لوگو" in r.stdout


def test_terminal_lists_every_assumption_and_parameter() -> None:
    import azadkar
    from azadkar.plan import plan
    from azadkar.projection import project

    r = runner.invoke(app, ["assess", "--service", "seo"], env={"COLUMNS": "1000"})
    assert r.exit_code == 0, r.output
    a = azadkar.assess(azadkar.make_profile(["seo"]))
    p = project(a)
    for asm in (*p.assumptions, *plan(a).assumptions):
        assert asm.en in r.output, asm.id
    for key in p.params_used:
        assert f"• {key} = " in r.output


def test_errors_speak_persian_with_lang_fa() -> None:
    r = runner.invoke(app, ["assess", "--service", "seo:150", "--lang", "fa"])
    assert r.exit_code == 2
    assert "خطا: خدمت «seo:150»: سهم باید بیشتر از ۰ و حداکثر ۱۰۰ باشد" in r.output
    r = runner.invoke(app, ["assess", "--service", "seo:150"])
    assert r.exit_code == 2 and "Error: service 'seo:150': the share must be" in r.output
