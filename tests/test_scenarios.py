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
