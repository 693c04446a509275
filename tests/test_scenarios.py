"""Scenario files: shipped contents, ramps, and validation errors that name file, key, value, range."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from azadkar.errors import ScenarioError
from azadkar.scenarios import SHIPPED, list_scenarios, load_scenario, parse_scenario

MINIMAL = {
    "schema": "azadkar.scenario/1",
    "id": "mine",
    "name_en": "Mine",
    "name_fa": "مال من",
    "status": "assumption",
    "layers": {
        "execution": {
            "takeover": {"value": 0.5, "by": 2028, "source": "my guess", "status": "assumption"}
        }
    },
}


def _doc(**changes: object) -> dict:
    doc = {k: (dict(v) if isinstance(v, dict) else v) for k, v in MINIMAL.items()}
    doc["layers"] = {"execution": {"takeover": dict(MINIMAL["layers"]["execution"]["takeover"])}}
    for key, value in changes.items():
        doc[key] = value
    return doc


def test_shipped_scenarios_load_and_cite_every_parameter() -> None:
    scenarios = list_scenarios()
    assert [s.id for s in scenarios] == list(SHIPPED)
    for sc in scenarios:
        assert sc.params
        for p in sc:
            assert p.source.strip(), p.key
            assert p.status in ("cited, not verified", "measured", "assumption")


def test_report_2025_carries_the_reports_figures_as_cited() -> None:
    sc = load_scenario("report-2025")
    execution = sc.params["layers.execution.takeover"]
    assert (execution.value, execution.by, execution.status) == (0.8, 2027, "cited, not verified")
    assert sc.params["layers.ideation.multiplier"].value == 3.0  # +200%
    assert sc.params["adapt.bridge_demand"].value == 3.0  # x3 by 2030
    assert sc.params["adapt.bridge_demand"].by == 2030
    assert sc.params["adapt.redeploy"].value == 0.4  # 40% to content-lifecycle management
    assert sc.params["pay.text_translation"].value == -0.30
    assert {p.status for p in sc} <= {"cited, not verified", "assumption"}
    assert "exposed_47" in {c.id for c in sc.claims}


def test_observed_scenario_cites_the_market_studies() -> None:
    sc = load_scenario("observed-2023-2025")
    sources = " ".join(p.source for p in sc)
    for study in ("Hui, Reshef & Zhou", "Demirci, Hannane & Zhu", "Teutloff"):
        assert study in sources
    assert sc.params["demand.writing"].value == -0.02
    assert sc.params["demand.design"].value == -0.17
    assert sc.params["demand.ml_development"].value == 0.24
    assert "measured" in {p.status for p in sc}


def test_ramp_is_linear_to_the_target_year_then_flat() -> None:
    p = load_scenario("report-2025").params["layers.execution.takeover"]
    assert p.at(2025, 2025) == 0.0
    assert p.at(2026, 2025) == pytest.approx(0.4)
    assert p.at(2027, 2025) == pytest.approx(0.8)
    assert p.at(2030, 2025) == pytest.approx(0.8)
    assert p.at(2030, 2025, "pessimistic") == pytest.approx(0.9)


def _error(doc: dict, origin: str = "my.toml") -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(doc, origin)
    return info.value


def test_out_of_range_value_names_file_key_value_and_range() -> None:
    doc = _doc()
    doc["layers"]["execution"]["takeover"]["value"] = 1.5
    err = _error(doc)
    assert err.data["file"] == "my.toml"
    assert err.data["key"] == "layers.execution.takeover.value"
    assert err.data["value"] == 1.5
    assert err.data["allowed"] == "0 to 1"
    for part in ("my.toml", "layers.execution.takeover.value", "1.5", "0 to 1"):
        assert part in err.message


@pytest.mark.parametrize(
    ("mutate", "key", "allowed"),
    [
        (
            lambda d: d["layers"].update(typing={"takeover": d["layers"]["execution"]["takeover"]}),
            "layers.typing",
            "execution",
        ),
        (
            lambda d: d["layers"]["execution"]["takeover"].update(by=2050),
            "layers.execution.takeover.by",
            "2025 to 2040",
        ),
        (
            lambda d: d["layers"]["execution"]["takeover"].update(status="sure"),
            "layers.execution.takeover.status",
            "measured",
        ),
        (
            lambda d: d["layers"]["execution"]["takeover"].update(source=" "),
            "layers.execution.takeover.source",
            "citation",
        ),
        (
            lambda d: d["layers"]["execution"]["takeover"].update(pessimistic=0.9, optimistic=0.7),
            "layers.execution.takeover.value",
            "between",
        ),
        (
            lambda d: d.update(
                pay={"astrology": {"value": -0.1, "source": "x", "status": "assumption"}}
            ),
            "pay.astrology",
            "category id",
        ),
        (
            lambda d: d.update(
                demand={"seo": {"value": 9.0, "source": "x", "status": "assumption"}}
            ),
            "demand.seo.value",
            "-0.9 to 5",
        ),
        (
            lambda d: d.update(
                adapt={"bridge_demand": {"value": 0.5, "source": "x", "status": "assumption"}}
            ),
            "adapt.bridge_demand.value",
            "1 to 10",
        ),
        (lambda d: d.update(colour="blue"), "colour", "no such key"),
        (
            lambda d: d["layers"]["execution"]["takeover"].update(value="lots"),
            "layers.execution.takeover.value",
            "number",
        ),
    ],
)
def test_every_invalid_field_is_named(mutate, key: str, allowed: str) -> None:  # type: ignore[no-untyped-def]
    doc = _doc()
    mutate(doc)
    err = _error(doc)
    assert err.data["key"] == key
    assert allowed in str(err.data["allowed"])
    assert key in err.message and "my.toml" in err.message


def test_user_file_by_path_and_bad_toml(tmp_path: Path) -> None:
    good = tmp_path / "mine.toml"
    good.write_text(
        'schema = "azadkar.scenario/1"\nid = "mine"\nname_en = "Mine"\nname_fa = "من"\n'
        'status = "assumption"\n[layers.execution.takeover]\nvalue = 0.3\nby = 2026\n'
        'source = "my own reading"\nstatus = "assumption"\n',
        encoding="utf-8",
    )
    sc = load_scenario(str(good))
    assert sc.params["layers.execution.takeover"].value == 0.3
    assert sc.origin == str(good)
    bad = tmp_path / "bad.toml"
    bad.write_text("id = [", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"bad\.toml: not valid TOML"):
        load_scenario(str(bad))
    with pytest.raises(ScenarioError, match="does not exist"):
        load_scenario(str(tmp_path / "missing.toml"))
    with pytest.raises(ScenarioError, match="report-2025"):
        load_scenario("report-2024")


def test_with_param_changes_one_value_and_widens_the_band() -> None:
    sc = load_scenario("report-2025")
    changed = sc.with_param("layers.execution.takeover", value=0.95)
    p = changed.params["layers.execution.takeover"]
    assert p.value == 0.95 and p.pessimistic == 0.95 and p.optimistic == 0.5
    assert sc.params["layers.execution.takeover"].value == 0.8  # original untouched
    with pytest.raises(ScenarioError):
        sc.with_param("layers.execution.takeover", value=1.2)
    with pytest.raises(ScenarioError, match="no parameter"):
        sc.with_param("layers.nothing.takeover", value=0.1)


def test_every_shipped_parameter_has_a_persian_source() -> None:
    persian = re.compile(r"[\u0600-\u06ff]")
    for sc in list_scenarios():
        for p in sc:
            assert p.source_fa.strip(), p.key
            assert persian.search(p.source_fa), p.key
            assert p.source_fa != p.source, p.key
            # Figures in Persian digits; Latin digits only inside a product name (GPT-4).
            assert not re.search(r"[0-9]", p.source_fa.replace("GPT-4", "")), p.key
            assert p.source_in("fa") == p.source_fa and p.source_in("en") == p.source
            d = p.to_dict()
            assert d["source"] == p.source and d["source_fa"] == p.source_fa


def test_persian_source_keeps_the_figures_of_the_english_one() -> None:
    latin = str.maketrans("۰۱۲۳۴۵۶۷۸۹٫", "0123456789.")
    for sc in list_scenarios():
        for p in sc:
            en = {n for n in re.findall(r"\d+(?:\.\d+)?", p.source.replace("GPT-4", ""))}
            fa = set(re.findall(r"\d+(?:\.\d+)?", p.source_fa.translate(latin)))
            assert en <= fa, (p.key, en - fa)


def test_scenario_without_source_fa_loads_and_falls_back(tmp_path: Path) -> None:
    p = parse_scenario(_doc()).params["layers.execution.takeover"]
    assert p.source_fa == ""
    assert p.source_in("fa") == "my guess" and p.source_in("en") == "my guess"
    assert p.to_dict()["source_fa"] == ""
    doc = _doc()
    doc["layers"]["execution"]["takeover"]["source_fa"] = "حدس من"
    p = parse_scenario(doc).params["layers.execution.takeover"]
    assert (p.source_in("fa"), p.source_in("en")) == ("حدس من", "my guess")
    doc["layers"]["execution"]["takeover"]["source_fa"] = "  "
    assert parse_scenario(doc).params["layers.execution.takeover"].source_in("fa") == "my guess"
    # A user's file in the old format (no source_fa) still loads, and Persian output shows
    # its source, with azadkar's own label put in Persian.
    from azadkar.report.notes import param_source

    old = tmp_path / "old.toml"
    old.write_text(
        'schema = "azadkar.scenario/1"\nid = "old"\nname_en = "Old"\nname_fa = "قدیمی"\n'
        'status = "assumption"\n[layers.execution.takeover]\nvalue = 0.3\nby = 2026\n'
        'source = "azadkar assumption: my own reading"\nstatus = "assumption"\n',
        encoding="utf-8",
    )
    p = load_scenario(str(old)).params["layers.execution.takeover"]
    assert p.source_fa == ""
    assert param_source(p, "fa") == "فرض آزادکار: \u2068my own reading\u2069"
    assert param_source(p, "en") == "azadkar assumption: my own reading"


def test_scenario_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    from importlib import resources

    text = resources.files("azadkar").joinpath("data/scenarios/report-2025.toml").read_text("utf-8")
    path = tmp_path / "notepad.toml"
    path.write_text(text, encoding="utf-8-sig")  # Notepad's "UTF-8 with BOM"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    sc = load_scenario(str(path))
    assert sc.params == load_scenario("report-2025").params


# --- Persian messages: the same file, line, key, value and range ----------------------------

FILE_HEAD = (
    'schema = "azadkar.scenario/1"\nid = "mine"\nname_en = "Mine"\nname_fa = "من"\n'
    'status = "assumption"\n'
)
TAKEOVER = (
    '[layers.execution.takeover]\nvalue = 0.3\nby = 2026\nsource = "my own reading"\n'
    'status = "assumption"\n'
)


def _plain(text: str) -> str:
    from azadkar.bidi import strip

    return strip(text)


def _no_latin_digits_outside_isolates(text: str) -> None:
    """Numbers in Persian digits; Latin ones only inside isolated TOML, keys or names."""
    outside = re.sub("[\u2066\u2068][^\u2069]*\u2069", "", text)
    assert not re.search(r"[0-9]", outside), text


@pytest.mark.parametrize(
    ("body", "english", "persian"),
    [
        # not a number, with the hint to drop the quotes
        (
            TAKEOVER.replace("value = 0.3", 'value = "lots"'),
            "my.toml, line 7: layers.execution.takeover.value = 'lots' is not a number "
            "(write it without quotes, e.g. value = 0.5)",
            "پروندهٔ «my.toml»، سطر ۷: مقدار «lots» برای layers.execution.takeover.value "
            "عدد نیست (آن را بدون گیومه بنویسید، مثلاً value = 0.5)",
        ),
        # missing
        (
            TAKEOVER.replace('source = "my own reading"\n', ""),
            "my.toml, line 6: layers.execution.takeover.source is missing (a value is required)",
            "پروندهٔ «my.toml»، سطر ۶: layers.execution.takeover.source نیامده است "
            "(این مقدار لازم است)",
        ),
        # an unknown key, with the keys the table takes
        (
            'colour = "blue"\n' + TAKEOVER,
            "my.toml, line 6: colour is not a known key (set to 'blue'); known keys here: "
            "schema, id, name_en,",
            "پروندهٔ «my.toml»، سطر ۶: colour کلید شناخته‌شده‌ای نیست (با مقدار «blue»)؛ "
            "کلیدهای شناخته‌شده در این بخش: schema، id، name_en،",
        ),
        # out of range, naming the allowed range
        (
            TAKEOVER.replace("value = 0.3", "value = 1.5"),
            "my.toml, line 7: layers.execution.takeover.value = 1.5 is not allowed; "
            "allowed: 0 to 1",
            "پروندهٔ «my.toml»، سطر ۷: مقدار ۱٫۵ برای layers.execution.takeover.value بیرون "
            "از بازهٔ مجاز است؛ مجاز: ۰ تا ۱",
        ),
        (
            '[demand.seo]\nvalue = 9.0\nsource = "x"\nstatus = "assumption"\n',
            "my.toml, line 7: demand.seo.value = 9.0 is not allowed; allowed: -0.9 to 5",
            "پروندهٔ «my.toml»، سطر ۷: مقدار ۹ برای demand.seo.value بیرون از بازهٔ مجاز است؛ "
            "مجاز: −۰٫۹ تا ۵",
        ),
        # a misspelt layer
        (
            TAKEOVER.replace("execution", "excution"),
            "my.toml, line 6: layers.excution = 'excution' is not allowed (unknown layer); "
            "allowed: execution, ideation, audience, client",
            "پروندهٔ «my.toml»، سطر ۶: لایهٔ «excution» در layers.excution شناخته نیست؛ "
            "مجاز: execution (اجرای تکنیکی)، ideation (ایده‌پردازی استراتژیک)، audience",
        ),
        # a bad year
        (
            TAKEOVER.replace("by = 2026", "by = 2050"),
            "my.toml, line 8: layers.execution.takeover.by = 2050 is not allowed; "
            "allowed: 2025 to 2040",
            "پروندهٔ «my.toml»، سطر ۸: سال ۲۰۵۰ برای layers.execution.takeover.by بیرون از "
            "بازهٔ مجاز است؛ مجاز: ۲۰۲۵ تا ۲۰۴۰",
        ),
        (
            TAKEOVER.replace("by = 2026", "by = 2026.5"),
            "my.toml, line 8: layers.execution.takeover.by = 2026.5 is not a whole number",
            "پروندهٔ «my.toml»، سطر ۸: مقدار ۲۰۲۶٫۵ برای layers.execution.takeover.by عدد صحیح نیست",
        ),
        (
            "base_year = 2030\n" + TAKEOVER,
            "my.toml, line 6: base_year = 2030 is not allowed; allowed: 2025 to 2025",
            "پروندهٔ «my.toml»، سطر ۶: سال ۲۰۳۰ برای base_year بیرون از بازهٔ مجاز است؛ "
            "مجاز: فقط ۲۰۲۵",
        ),
        # the central value outside its band
        (
            TAKEOVER.replace("value = 0.3", "value = 0.3\npessimistic = 0.1\noptimistic = 0.2"),
            "my.toml, line 7: layers.execution.takeover.value = 0.3 is not allowed; "
            "allowed: between pessimistic (0.1) and optimistic (0.2)",
            "پروندهٔ «my.toml»، سطر ۷: مقدار ۰٫۳ برای layers.execution.takeover.value بیرون "
            "از بازهٔ بدبینانه تا خوش‌بینانه است؛ مجاز: میان pessimistic (۰٫۱) و optimistic (۰٫۲)",
        ),
        (
            TAKEOVER.replace('status = "assumption"', 'status = "sure"'),
            "my.toml, line 10: layers.execution.takeover.status = 'sure' is not allowed; "
            "allowed: cited, not verified, measured, assumption",
            "پروندهٔ «my.toml»، سطر ۱۰: مقدار «sure» برای layers.execution.takeover.status "
            "پذیرفته نیست؛ مجاز: «cited, not verified»، «measured»، «assumption»",
        ),
        (
            TAKEOVER.replace("takeover", "speed"),
            "my.toml, line 6: layers.execution.speed = 'speed' is not allowed; "
            "allowed: takeover, multiplier",
            "پروندهٔ «my.toml»، سطر ۶: کلید «speed» در layers.execution.speed شناخته نیست؛ "
            "مجاز: takeover، multiplier",
        ),
        (
            '[pay.astrology]\nvalue = -0.1\nsource = "x"\nstatus = "assumption"\n',
            "my.toml, line 6: pay.astrology = 'astrology' is not allowed (unknown category or "
            "service); allowed: a category id (writing,",
            "پروندهٔ «my.toml»، سطر ۶: دسته یا خدمتی به نام «astrology» در pay.astrology "
            "شناخته نیست؛ مجاز: شناسهٔ یک دسته (writing،",
        ),
        (
            "layers = 5\n",
            "my.toml, line 6: layers = 5 is not a table",
            "پروندهٔ «my.toml»، سطر ۶: مقدار ۵ برای layers جدول ([section] یا { key = value }) نیست",
        ),
    ],
    ids=[
        "not-a-number",
        "missing",
        "unknown-key",
        "out-of-range",
        "out-of-range-negative-low",
        "misspelt-layer",
        "bad-year",
        "year-not-whole",
        "bad-base-year",
        "outside-band",
        "bad-status",
        "unknown-layer-key",
        "unknown-category",
        "not-a-table",
    ],
)
def test_every_scenario_error_has_a_persian_message(
    tmp_path: Path, body: str, english: str, persian: str
) -> None:
    path = tmp_path / "my.toml"
    path.write_text(FILE_HEAD + body, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(str(path))
    err = info.value
    origin = str(path)
    # English is as before; Persian names the same file, line, key, value and range.
    assert err.message.replace(origin, "my.toml").startswith(english), err.message
    assert err.message_fa is not None
    assert _plain(err.message_fa).replace(origin, "my.toml").startswith(persian), err.message_fa
    assert err.text("fa") == err.message_fa and err.text("en") == err.message
    # The key and the file are isolated left to right inside the Persian sentence.
    assert f"«\u2066{origin}\u2069»" in err.message_fa
    assert f"\u2066{err.data['key']}\u2069" in err.message_fa
    _no_latin_digits_outside_isolates(err.message_fa.replace(origin, ""))


def test_persian_scenario_errors_without_a_line_and_for_bad_toml(tmp_path: Path) -> None:
    doc = _doc()
    del doc["id"]
    err = _error(doc)
    assert err.message == "my.toml: id is missing (a value is required)"
    assert _plain(err.message_fa or "") == "پروندهٔ «my.toml»: id نیامده است (این مقدار لازم است)"
    doc = _doc()
    doc["layers"]["execution"]["takeover"]["value"] = -0.5
    assert _plain(_error(doc).message_fa or "") == (
        "پروندهٔ «my.toml»: مقدار −۰٫۵ برای layers.execution.takeover.value بیرون از "
        "بازهٔ مجاز است؛ مجاز: ۰ تا ۱"
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 5 x\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(str(bad))
    assert info.value.message == (
        f"{bad}: not valid TOML (Expected newline or end of document after a statement "
        "(at line 1, column 8))"
    )
    assert _plain(info.value.message_fa or "") == (
        f"پروندهٔ «{bad}»، سطر ۱، ستون ۸: متن TOML درستی نیست "
        "(Expected newline or end of document after a statement)"
    )
    bad.write_text("id = [", encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(str(bad))
    assert "در پایان پرونده: متن TOML درستی نیست" in (info.value.message_fa or "")


def test_with_param_errors_are_persian_too() -> None:
    sc = load_scenario("report-2025")
    with pytest.raises(ScenarioError) as info:
        sc.with_param("layers.execution.takeover", value=1.2)
    assert "بیرون از بازهٔ مجاز است؛ مجاز: ۰ تا ۱" in (info.value.message_fa or "")
    assert "۱٫۲" in (info.value.message_fa or "")
    with pytest.raises(ScenarioError) as info:
        sc.with_param("layers.nothing.takeover", value=0.1)
    assert info.value.message.startswith("scenario 'report-2025' has no parameter")
    assert _plain(info.value.message_fa or "").startswith(
        "سناریوی «report-2025» پارامتری به نام layers.nothing.takeover ندارد؛ پارامترهایش: "
    )


def test_misspelt_key_is_named_with_the_closest_key_not_as_the_missing_one(tmp_path: Path) -> None:
    """ "vlaue = 0.8" also leaves "value" missing; the error names the misspelling and
    suggests the key, in both languages."""
    shipped = (Path(__file__).parents[1] / "src/azadkar/data/scenarios/report-2025.toml").read_text(
        "utf-8"
    )
    bad = tmp_path / "typo.toml"
    bad.write_text(shipped.replace("value = 0.8", "vlaue = 0.8", 1), "utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    assert "vlaue is not a known key" in str(info.value)
    assert "did you mean value?" in str(info.value)
    assert "is missing" not in str(info.value)
    assert "منظورتان" in info.value.text("fa") and "value" in info.value.text("fa")
