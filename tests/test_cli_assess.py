"""`azadkar assess` and `azadkar services` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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
    # the command line counts income on billable hours, and no --hours means 40 assumed
    p = project(a, income_basis="billable", hours_assumed=True)
    assert p.assumptions[0].id == "hours"
    for asm in (*p.assumptions, *plan(a).assumptions):
        assert asm.en in r.output, asm.id
    from azadkar.report.plan_strings import param_label

    for key in p.params_used:
        assert f"• {param_label(key, 'en')} ({key}) = " in r.output


def test_errors_speak_persian_with_lang_fa() -> None:
    r = runner.invoke(app, ["assess", "--service", "seo:150", "--lang", "fa"])
    assert r.exit_code == 2
    assert "خطا: خدمت «seo:150»: سهم باید بیشتر از ۰ و حداکثر ۱۰۰ باشد" in r.output
    r = runner.invoke(app, ["assess", "--service", "seo:150"])
    assert r.exit_code == 2 and "Error: service 'seo:150': the share must be" in r.output


# --- bad numbers and Persian errors --------------------------------------------------------


def _refused(args: list[str], *needles: str) -> str:
    r = runner.invoke(app, args)
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert "Traceback" not in r.output
    for needle in needles:
        assert needle in r.output, r.output
    return r.output


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--rate", "nan"),
        ("--rate", "inf"),
        ("--rate", "1e308"),
        ("--hours", "nan"),
        ("--costs", "inf"),
        ("--costs", "1e14"),
        ("--billable-hours", "nan"),
        ("--billable-hours", "745"),
        ("--usd-rate", "inf"),
        ("--usd-rate", "0.5"),
    ],
)
def test_nan_infinity_and_huge_numbers_are_refused_naming_the_option(
    option: str, value: str
) -> None:
    args = ["assess", "-s", "seo", "--rate", "10", "--currency", "toman", "--format", "json"]
    out = _refused([*args, option, value], option)
    assert "NaN" not in out and "Infinity" not in out


def test_limits_are_the_http_apis() -> None:
    from azadkar import exposure

    assert exposure.MAX_RATE == 1e12 and exposure.MAX_BILLABLE_HOURS == 744
    assert exposure.MAX_MONTHLY_COSTS == 1e13 and exposure.MAX_HOURS_PER_WEEK == 100
    top = ["--rate", "1e12", "--costs", "1e13", "--billable-hours", "744"]
    ok = runner.invoke(app, ["assess", "-s", "seo", *top, "--format", "json"])
    assert ok.exit_code == 0, ok.output
    json.loads(ok.stdout)


def test_print_json_refuses_nan() -> None:
    from azadkar.cli._common import json_text

    with pytest.raises(ValueError):
        json_text({"rate": float("nan")})
    with pytest.raises(ValueError):
        json_text([float("inf")])


@pytest.mark.parametrize(
    ("args", "persian"),
    [
        (["assess", "-s", "seo", "--rate", "-1"], "نرخ ساعتی (--rate) باید بیشتر از ۰"),
        (["assess", "-s", "seo", "--hours", "0"], "ساعت کار در هفته (--hours) باید"),
        (["assess", "-s", "seo", "--currency", "BTC"], "واحد پول «BTC» شناخته نشد"),
        (["assess", "-s", "seo", "--rate", "nan"], "باید یک عدد معمولی باشد"),
        (["assess", "-s", "seo", "--plan-year", "2040"], "میان ۲۰۲۶ و ۲۰۳۰"),
        (["assess"], "کارتان را در متن (TEXT) شرح دهید"),
        (["assess", "12345"], "هیچ خدمت آزادکاری شناخته نشد (هیچ حرفی به هیچ خطی ندارد"),
        (["assess", "-s", "seo", "--report", "r.txt"], "نام پرونده باید به .html"),
        (["services", "--category", "nope"], "دستهٔ «nope» شناخته نشد"),
        (["services", "zzzzqqq"], "هیچ خدمتی با «zzzzqqq» جور نیست"),
        (["scenarios", "s1.toml"], "پروندهٔ سناریوی «s1.toml» وجود ندارد"),
        (["scenarios", "nonexist"], "سناریوی «nonexist» شناخته نشد"),
        (
            ["claims", "--db", "missing.duckdb"],
            "انبار دادهٔ بازار «missing.duckdb» (--db) وجود ندارد",
        ),
    ],
)
def test_errors_are_persian_with_lang_fa_and_english_without(args: list[str], persian: str) -> None:
    fa = _refused([*args, "--lang", "fa"], "خطا: ", persian)
    assert "Error:" not in fa
    en = _refused(args, "Error: ")
    assert persian not in en


def test_persian_share_error_has_persian_digits_only() -> None:
    out = _refused(["assess", "-s", "seo:60", "-s", "logo_design:60", "--lang", "fa"])
    assert "جمع سهم‌ها ۱۲۰٪ است، نه ۱۰۰٪" in out
    assert not any(ch.isdigit() and ch.isascii() for ch in out), out


def test_a_few_control_characters_in_the_text_still_name_the_service() -> None:
    r = runner.invoke(app, ["assess", "logo\x01design\x7f", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [s["id"] for s in json.loads(r.stdout)["services"]] == ["logo_design"]


def test_plan_year_takes_persian_digits() -> None:
    r = runner.invoke(app, ["assess", "-s", "seo", "--plan-year", "۲۰۲۸", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["plan"]["year"] == 2028
    _refused(["assess", "-s", "seo", "--plan-year", "۲۰۳۱"], "--plan-year", "2030")


def test_a_huge_search_is_not_echoed_back_whole() -> None:
    out = _refused(["services", "x" * 100_000])
    assert len(out) < 400 and "…" in out


# --- a user's scenario file with a mistake: Persian with --lang fa, English without ----------

_SCENARIO = (
    'schema = "azadkar.scenario/1"\nid = "mine"\nname_en = "Mine"\nname_fa = "من"\n'
    'status = "assumption"\n[layers.execution.takeover]\nvalue = 1.5\nby = 2026\n'
    'source = "my own reading"\nstatus = "assumption"\n'
)


@pytest.mark.parametrize(
    ("mistake", "english", "persian"),
    [
        (
            ("value = 1.5", "value = 1.5"),
            "my.toml, line 7: layers.execution.takeover.value = 1.5 is not allowed; "
            "allowed: 0 to 1",
            "پروندهٔ «my.toml»، سطر ۷: مقدار ۱٫۵ برای layers.execution.takeover.value بیرون از "
            "بازهٔ مجاز است؛ مجاز: ۰ تا ۱",
        ),
        (
            ("value = 1.5", 'value = "half"'),
            "my.toml, line 7: layers.execution.takeover.value = 'half' is not a number",
            "پروندهٔ «my.toml»، سطر ۷: مقدار «half» برای layers.execution.takeover.value عدد نیست",
        ),
        (
            ("value = 1.5", "valeu = 0.5"),
            "my.toml, line 7: layers.execution.takeover.valeu is not a known key (set to 0.5); "
            "did you mean value?",
            "پروندهٔ «my.toml»، سطر ۷: layers.execution.takeover.valeu کلید شناخته‌شده‌ای نیست "
            "(با مقدار ۰٫۵)؛ منظورتان value بود؟",
        ),
        (
            (
                "[layers.execution.takeover]\nvalue = 1.5",
                "[layers.execution.takeover]\nvalue = 0.5\nspeed = 1",
            ),
            "my.toml, line 8: layers.execution.takeover.speed is not a known key (set to 1); "
            "known keys here: value, pessimistic",
            "پروندهٔ «my.toml»، سطر ۸: layers.execution.takeover.speed کلید شناخته‌شده‌ای نیست "
            "(با مقدار ۱)؛ کلیدهای شناخته‌شده در این بخش: value، pessimistic",
        ),
        (
            ("layers.execution", "layers.excecution"),
            "my.toml, line 6: layers.excecution = 'excecution' is not allowed (unknown layer); "
            "allowed: execution, ideation, audience, client",
            "پروندهٔ «my.toml»، سطر ۶: لایهٔ «excecution» در layers.excecution شناخته نیست؛ مجاز: "
            "execution (اجرای تکنیکی)",
        ),
        (
            ("value = 1.5\nby = 2026", "value = 0.5\nby = 2045"),
            "my.toml, line 8: layers.execution.takeover.by = 2045 is not allowed; "
            "allowed: 2025 to 2040",
            "پروندهٔ «my.toml»، سطر ۸: سال ۲۰۴۵ برای layers.execution.takeover.by بیرون از بازهٔ "
            "مجاز است؛ مجاز: ۲۰۲۵ تا ۲۰۴۰",
        ),
    ],
    ids=["out-of-range", "not-a-number", "misspelt-key", "unknown-key", "misspelt-layer", "year"],
)
@pytest.mark.parametrize(
    "command", [["scenarios"], ["assess", "-s", "seo", "--scenario"]], ids=["scenarios", "assess"]
)
def test_scenario_file_errors_are_persian_with_lang_fa(
    tmp_path, monkeypatch, command: list[str], mistake: tuple[str, str], english: str, persian: str
) -> None:
    from azadkar.bidi import strip

    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.toml").write_text(_SCENARIO.replace(*mistake), encoding="utf-8")
    en = _refused([*command, "my.toml"])
    assert en.startswith(f"Error: {english}"), en
    fa = _refused([*command, "my.toml", "--lang", "fa"])
    assert strip(fa).startswith(f"خطا: {persian}"), fa
    assert "Error:" not in fa and "\u2066my.toml\u2069" in fa
    assert fa == _refused([*command, "my.toml", "--lang=fa"])


def test_a_huge_rate_is_too_large_with_the_limit_in_both_languages() -> None:
    args = ["assess", "-s", "seo", "--rate", "1e308"]
    en = _refused(args, "Error: --rate (hourly rate) is too large: at most 1,000,000,000,000")
    assert "must be above" not in en
    _refused([*args, "--lang", "fa"], "خطا: نرخ ساعتی (--rate) بیش از اندازه بزرگ است")


def test_number_options_name_themselves_in_persian_and_refuse_a_stray_percent() -> None:
    fa = _refused(
        ["assess", "-s", "seo", "--rate", "abc", "--lang", "fa"], "خطا: ", "«abc» عدد نیست"
    )
    assert "Error" not in fa  # before: click's English usage box
    _refused(["assess", "-s", "seo", "--rate", "15%"], "Error: --rate: '15%' is not a number")


def test_free_text_lists_unsure_services_without_a_share_of_the_time() -> None:
    text = "I write blog posts and sometimes edit photos"
    r = runner.invoke(app, ["assess", text], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "(blog_content)" in r.output and "share of your time" in r.output
    # portrait photography is read at about 30%: listed, but given no share of the time
    line = next(x for x in r.output.splitlines() if "(portrait_photography)" in x)
    assert (
        "not counted" in line
        and "--service portrait_photography:percent" in line
        and "share of" not in line
    )
    j = runner.invoke(app, ["assess", text, "-f", "json"])
    ids = [s["id"] for s in json.loads(j.stdout)["profile"]["services"]]
    assert "blog_content" in ids and "portrait_photography" not in ids


def test_plan_is_a_command_with_the_same_output_as_assess() -> None:
    args = ["--service", "seo:60", "--service", "logo_design:40", "--rate", "20", "-f", "json"]
    plan_r, assess_r = runner.invoke(app, ["plan", *args]), runner.invoke(app, ["assess", *args])
    assert plan_r.exit_code == 0, plan_r.output  # was "No such command 'plan'"
    a, p = json.loads(assess_r.stdout), json.loads(plan_r.stdout)
    assert p["plan"]["tasks"] == a["plan"]["tasks"] and p["plan"]["pricing"] == a["plan"]["pricing"]
    help_r = runner.invoke(app, ["plan", "--help"], env={"COLUMNS": "100"})
    assert "same command as assess" in help_r.output


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_assess_in_cad_shows_cad_and_says_how_to_see_usd(lang: str) -> None:
    base = ["assess", "-s", "ux_ui_design", "--rate", "90", "--currency", "CAD", "--costs", "2500"]
    r = runner.invoke(app, [*base, "--lang", lang], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    cad = "دلار کانادا" if lang == "fa" else "CAD"
    assert f"{'۹۰٫۰۰' if lang == 'fa' else '90.00'} {cad}" in r.output
    assert "--fx" in r.output  # how to see USD
    j = runner.invoke(app, [*base, "--fx", "1.38", "-f", "json"])
    floor = json.loads(j.stdout)["plan"]["pricing"]["floor_rate_all"]
    # money is written to the cent (azadkar.precision): within a cent of each rounding
    assert list(floor) == ["CAD", "USD"] and floor["USD"] == pytest.approx(
        floor["CAD"] / 1.38, abs=0.01
    )


def test_output_language_follows_the_description_when_no_lang_is_given() -> None:
    fa_text = "طراحی لوگو و مدیریت پیج اینستاگرام کافه‌ها"
    r = runner.invoke(app, ["assess", fa_text])
    assert r.exit_code == 0, r.output
    assert "برداشت آزادکار از متن شما" in r.output and "What azadkar understood" not in r.output
    # Persian around English tool names is still Persian
    r = runner.invoke(app, ["plan", "ادمین اینستاگرام هستم و با Canva و CapCut ریلز می‌سازم"])
    assert r.exit_code == 0 and "برنامهٔ شما" in r.output
    # --lang wins; English text and services stay English
    r = runner.invoke(app, ["assess", fa_text, "--lang", "en"])
    assert r.exit_code == 0 and "برداشت آزادکار" not in r.output
    r = runner.invoke(app, ["assess", "I design logos for cafés"])
    assert r.exit_code == 0 and "Your plan" in r.output
    r = runner.invoke(app, ["classify", "استخدام مترجم زبان انگلیسی دورکار"])
    assert r.exit_code == 0 and "دسته:" in r.output
    r = runner.invoke(app, ["classify", "logo design for a bakery"])
    assert r.exit_code == 0 and "category:" in r.output


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "description was not read"), ("fa", "شرح کارتان خوانده نشد")]
)
def test_text_beside_service_is_said_to_be_unread(lang: str, said: str) -> None:
    """TEXT with --service: the services are assessed and the text is not read; every
    output says so first, instead of showing the text as if it had been understood."""
    base = ["assess", "I design logos", "--service", "seo", "--lang", lang]
    out = runner.invoke(app, base, env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    head = out.stdout.splitlines()[:3]
    assert any(said in line for line in head), head
    d = json.loads(runner.invoke(app, [*base, "--format", "json"]).stdout)
    assert [s["id"] for s in d["services"]] == ["seo"] and d["understood"] is None
    assert said in (d["notes_fa"] if lang == "fa" else d["notes"])[0]
    md = runner.invoke(app, [*base, "--format", "md"]).stdout
    assert said in md.split("|")[0]
    # text read, or services alone: no such note
    for args in (["assess", "I design logos"], ["assess", "--service", "seo"]):
        d = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
        assert d["notes"] == [] and d["notes_fa"] == []


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_an_unread_description_is_not_shown_as_understood_in_reports(
    tmp_path: Path, suffix: str
) -> None:
    """The report's header showed "What azadkar understood: “I design logos”" for a text
    that --service kept from being read."""
    out = tmp_path / f"r{suffix}"
    r = runner.invoke(app, ["assess", "I design logos", "-s", "seo", "--report", str(out)])
    assert r.exit_code == 0, r.output
    doc = out.read_text(encoding="utf-8")
    assert "What azadkar understood" not in doc and "description was not read" in doc
    read = tmp_path / f"read{suffix}"
    r = runner.invoke(app, ["assess", "I design logos", "--report", str(read)])
    assert "What azadkar understood" in read.read_text(encoding="utf-8")
