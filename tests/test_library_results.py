"""Saved results: clean figures in to_dict(), reading them back (azadkar.load / from_dict),
and many results as one table (azadkar.records / azadkar.table)."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import re
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import azadkar
from _web_helpers import client
from azadkar.precision import fraction, hours, money
from azadkar.text import understand_profile

NOISE = re.compile(r"\d\.\d{5,}")


def _floats(obj: Any, where: str = "") -> list[tuple[str, float]]:
    """Every float in a JSON value, with its path; leaves out what is passed as given: a
    dataset's values (applicability ``socs``) and a scenario's ``parameters``."""
    out: list[tuple[str, float]] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in {"socs", "parameters"}:
                continue
            out += _floats(v, f"{where}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _floats(v, f"{where}[{i}]")
    elif isinstance(obj, float):
        out.append((where, obj))
    return out


def _everything(text: str | None = None) -> tuple[Any, Any, Any]:
    profile = azadkar.make_profile(
        ["copywriting:70", "seo:30"], rate=40, currency="CAD", hours_per_week=30, text=text
    )
    a = azadkar.assess(profile)
    p = azadkar.project(a)
    pl = azadkar.plan(a, monthly_costs=2500, units_per_usd=1.38)
    return a, p, pl


# --------------------------------------------------------------------------- precision


def test_figures_carry_no_float_noise() -> None:
    """`to_dict()` wrote 0.4439999999999998 and 121.33333333333331 to the JSON a person
    reads: each figure now keeps its kind's decimals (azadkar.precision)."""
    a, p, pl = _everything()
    for obj in (a, p, pl):
        found = [(w, v) for w, v in _floats(obj.to_dict()) if v != round(v, 4)]
        assert not found, found[:5]
    plan = pl.to_dict()
    # hours to the hundredth, money to the cent
    assert plan["pricing"]["billable_hours_per_month"] == 91.0  # 30 x 52/12 x 0.7
    assert plan["pricing"]["floor_rate"] == money(2500 / (30 * 52 / 12 * 0.7))
    assert all(v == round(v, 2) for v in plan["pricing"]["floor_rate_all"].values())
    y = p.to_dict()["years"][0]
    assert all(b[k] == round(b[k], 2) for b in y["stay"]["hours"].values() for k in b)


def test_exact_keeps_every_digit_and_the_default_is_within_the_precision() -> None:
    a, _, _ = _everything()
    exact = a.to_dict(exact=True)
    shown = a.to_dict()
    assert exact["exposure"]["gpt4"]["beta"] == a.exposure.gpt4.beta
    assert shown["exposure"]["gpt4"]["beta"] == pytest.approx(a.exposure.gpt4.beta, abs=5e-5)
    # a dataset's own values are not rounded: they name the row they came from
    socs = shown["services"][0]["applicability"]["socs"]
    assert socs == dict(a.services[0].applicability.socs)


def test_precision_rules() -> None:
    assert fraction(0.4439999999999998) == 0.444
    assert fraction(3e-06) == 3e-06  # not written as 0
    assert fraction(0.99999) < 1.0  # not written as 1
    assert fraction(-1e-05) == -1e-05
    assert str(fraction(-0.0)) == "0.0"  # JSON never shows -0.0
    assert hours(121.33333333333331) == 121.33
    assert money(20.60439560439561) == 20.6
    assert math.isnan(money(float("nan")))


def test_cli_and_api_json_follow_the_same_rule(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from azadkar.cli import app

    out = CliRunner().invoke(
        app, ["assess", "-s", "copywriting:70", "-s", "seo:30", "--rate", "40", "--format", "json"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    found = [(w, v) for w, v in _floats(data) if v != round(v, 4)]
    assert not found, found[:5]
    with client(tmp_path) as api:
        r = api.post(
            "/api/plan",
            json={"services": ["copywriting:70", "seo:30"], "rate": 40, "hours_per_week": 30},
        )
        assert r.status_code == 200, r.text
        found = [(w, v) for w, v in _floats(r.json()) if v != round(v, 4)]
        assert not found, found[:5]
        # and the API's answer reads back with azadkar.load
        saved = azadkar.load(r.json())
        assert isinstance(saved, azadkar.Saved) and saved.plan is not None
        assert saved.plan.to_dict()["tasks"] == r.json()["plan"]["tasks"]


# --------------------------------------------------------------------------- round trip

SERVICES = [
    "logo_design",
    "copywriting",
    "seo",
    "text_translation",
    "data_entry",
    "wordpress_development",
    "customer_support",
    "video_editing",
]
CURRENCIES = ["USD", "CAD", "toman", "EUR"]


@st.composite
def profiles(draw: st.DrawFn) -> Any:
    chosen = draw(st.lists(st.sampled_from(SERVICES), min_size=1, max_size=3, unique=True))
    cuts = draw(st.lists(st.integers(1, 9), min_size=len(chosen), max_size=len(chosen)))
    total = sum(cuts)
    specs: list[tuple[str, float | None]] = [
        (sid, 100 * c / total) for sid, c in zip(chosen, cuts, strict=True)
    ]
    rate = draw(st.one_of(st.none(), st.floats(5, 500)))
    return azadkar.make_profile(
        specs,
        rate=rate,
        currency=draw(st.sampled_from(CURRENCIES)),
        hours_per_week=draw(st.floats(5, 60)),
    )


def _reload(obj: Any, exact: bool) -> Any:
    text = json.dumps(obj.to_dict(exact=exact), ensure_ascii=False)
    return type(obj).from_dict(json.loads(text))


def _close(x: Any, y: Any, where: str = "") -> None:
    """``x`` and ``y`` are equal field by field, floats within the rounding (a cent)."""
    if isinstance(x, float) or isinstance(y, float):
        assert x == pytest.approx(y, abs=0.0051, rel=1e-9), where
    elif dataclasses.is_dataclass(x) and not isinstance(x, type):
        assert type(x) is type(y), where
        for f in dataclasses.fields(x):
            _close(getattr(x, f.name), getattr(y, f.name), f"{where}.{f.name}")
    elif isinstance(x, dict):
        assert list(x) == list(y), where
        for k in x:
            _close(x[k], y[k], f"{where}.{k}")
    elif isinstance(x, list | tuple):
        assert len(x) == len(y), where
        for i, (a, b) in enumerate(zip(x, y, strict=True)):
            _close(a, b, f"{where}[{i}]")
    else:
        assert x == y, where


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    profile=profiles(),
    scenario=st.sampled_from(["report-2025", "observed-2023-2025"]),
    year=st.sampled_from([2026, 2027, 2030]),
)
def test_to_dict_json_from_dict_gives_the_original(profile: Any, scenario: str, year: int) -> None:
    a = azadkar.assess(profile)
    p = azadkar.project(a, scenario)
    pl = azadkar.plan(a, scenario=scenario, year=year, monthly_costs=1000)
    for obj in (a, p, pl):
        assert _reload(obj, exact=True) == obj  # bit for bit
        back = _reload(obj, exact=False)
        _close(back, obj)  # within each figure's precision
        if obj is not pl:  # a plan's sums and conversions are computed again from the file's
            assert back.to_dict() == json.loads(json.dumps(obj.to_dict()))


@pytest.mark.parametrize(
    "text",
    [
        "لوگو و هویت بصری می‌زنم، یه کمم ادیت عکس با فتوشاپ",
        "ترجمهٔ مقاله‌های انگلیسی به فارسی و ویرایش متن",
        "I write blog posts and do SEO for small shops",
        "tarahi logo baraye kafe",
    ],
)
def test_round_trip_keeps_what_the_classifier_read(text: str) -> None:
    c, shares = understand_profile(text)
    specs: list[Any] = [(sid, share * 100) for sid, share in shares] or ["copywriting"]
    profile = azadkar.make_profile(specs, rate=35, currency="USD", text=text)
    a = azadkar.assess(profile, understood=c)
    pl = azadkar.plan(a, work_language="fa" if c.lang.startswith("fa") else "en")
    for obj in (a, pl):
        back = _reload(obj, exact=True)
        assert back == obj
    back = _reload(a, exact=False)
    assert [s for s, _ in back.understood.services] == [s for s, _ in c.services]
    for (_, saved), (_, read) in zip(back.understood.services, c.services, strict=True):
        assert saved == pytest.approx(read, abs=5e-5)
    assert back.understood.text == text and back.profile.text == text
    assert back.understood.evidence == c.evidence and back.understood.flags == c.flags


def test_load_reads_the_cli_file_and_each_kind(tmp_path: Path) -> None:
    a, p, pl = _everything(text="copy and SEO for Toronto cafés")
    cli = a.to_dict()
    cli["projection"] = p.to_dict()
    cli["plan"] = pl.to_dict()
    path = tmp_path / "a.json"
    path.write_text(json.dumps(cli, ensure_ascii=False), "utf-8")
    saved = azadkar.load(path)
    assert isinstance(saved, azadkar.Saved)
    assert saved.assessment.to_dict() == a.to_dict()
    assert saved.projection is not None and saved.projection.to_dict() == p.to_dict()
    assert saved.plan is not None and saved.plan.profile == a.profile
    assert saved.to_dict()["projection"] == cli["projection"]
    # a reloaded file gives the rows the original did
    assert azadkar.records([saved]) == azadkar.records([a])
    assert azadkar.records([saved], per="year") == azadkar.records([p], per="year")
    for obj in (a, p, pl):
        path.write_text(json.dumps(obj.to_dict(exact=True)), "utf-8")
        assert azadkar.load(path) == obj
    assert azadkar.load(str(path)) == pl


# --------------------------------------------------------------------------- errors


def _error(fn: Any, *args: Any) -> azadkar.SavedResultError:
    with pytest.raises(azadkar.SavedResultError) as info:
        fn(*args)
    err = info.value
    assert err.message_fa and err.status == 422
    return err


def test_a_wrong_or_foreign_file_names_the_field() -> None:
    a, _, pl = _everything()
    d = a.to_dict()

    def changed(fn: Any) -> dict[str, Any]:
        x = copy.deepcopy(d)
        fn(x)
        return x

    newer = _error(
        azadkar.Assessment.from_dict, changed(lambda x: x.update(schema="azadkar.assessment/2"))
    )
    assert newer.data["field"] == "schema" and newer.data["schema"] == "azadkar.assessment/2"
    assert "another version" in str(newer)
    other = _error(azadkar.Assessment.from_dict, pl.to_dict())
    assert other.data["field"] == "schema" and "azadkar.plan/1" in str(other)
    err = _error(azadkar.Assessment.from_dict, changed(lambda x: x.pop("schema")))
    assert err.data["field"] == "schema"
    err = _error(
        azadkar.Assessment.from_dict,
        changed(lambda x: x["services"][1]["tasks"][3].update(human_label="E3")),
    )
    assert err.data["field"] == "services[1].tasks[3].human_label"
    err = _error(
        azadkar.Assessment.from_dict, changed(lambda x: x["services"][0].update(id="copywritin"))
    )
    assert err.data["field"] == "services[0].id"
    err = _error(
        azadkar.Assessment.from_dict,
        changed(lambda x: x["profile"].update(hours_per_week="forty")),
    )
    assert err.data["field"] == "profile.hours_per_week" and "'forty'" in str(err)
    assert "«forty»" in (err.message_fa or "")
    err = _error(azadkar.Assessment.from_dict, changed(lambda x: x["exposure"]["gpt4"].pop("beta")))
    assert err.data["field"] == "exposure.gpt4.beta"
    err = _error(azadkar.load, [1, 2])
    assert "JSON object" in str(err)


def test_a_file_saved_with_other_data_is_refused_not_mixed() -> None:
    _, p, pl = _everything()
    d = p.to_dict()
    d["parameters"][0]["value"] = 0.123
    err = _error(azadkar.Projection.from_dict, d)
    assert err.data["field"] == "parameters[0].value" and "another version" in str(err)
    d = pl.to_dict()
    d["tasks"][0]["gpt4_label"] = "E0" if d["tasks"][0]["gpt4_label"] != "E0" else "E1"
    err = _error(azadkar.Plan.from_dict, d)
    assert err.data["field"] == "tasks[0].gpt4_label"


def test_load_names_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"schema": "azadkar.assessment/1",', "utf-8")
    err = _error(azadkar.load, path)
    assert "is not JSON" in str(err) and "line 1" in str(err)


# --------------------------------------------------------------------------- tables


def test_records_per_service_and_per_year_with_evidence(tmp_path: Path) -> None:
    texts = {
        "fa-1": "لوگو و هویت بصری می‌زنم",
        "en-1": "I write blog posts and do SEO",
    }
    assessed = {}
    for key, text in texts.items():
        c, shares = understand_profile(text)
        profile = azadkar.make_profile([(s, p * 100) for s, p in shares], text=text)
        assessed[key] = azadkar.assess(profile, understood=c)
    rows = azadkar.records(assessed)
    assert len(rows) == sum(len(a.services) for a in assessed.values())
    first = rows[0]
    assert first["id"] == "fa-1" and first["text"] == texts["fa-1"]
    assert first["service"] == assessed["fa-1"].services[0].id
    assert first["beta_gpt4"] == fraction(assessed["fa-1"].services[0].exposure.gpt4.beta)
    assert first["category"] == assessed["fa-1"].understood.category
    assert first["service_confidence"] is not None and first["model_version"]
    task = assessed["fa-1"].services[0].tasks[0]
    assert f"{task.onet_soc}#{task.task_id}" in first["tasks"]
    assert "GPTs are GPTs" in first["label_source"]

    projected = [
        (key, azadkar.project(a, sc))
        for key, a in assessed.items()
        for sc in ("report-2025", "observed-2023-2025")
    ]
    years = azadkar.records(projected, per="year")
    assert len(years) == 2 * 2 * 5
    assert {(r["id"], r["scenario"], r["year"]) for r in years} == {
        (k, sc, y)
        for k in texts
        for sc in ("report-2025", "observed-2023-2025")
        for y in range(2026, 2031)
    }
    assert all(r["parameters"] and r["parameter_status"] for r in years)
    assert all(r["ai_share_low"] <= r["ai_share_central"] <= r["ai_share_high"] for r in years)

    t = azadkar.table(projected, per="year")
    assert t.num_rows == len(years) and t.column_names == list(years[0])
    path = tmp_path / "years.parquet"
    pq.write_table(t, path)
    assert pq.read_table(path).to_pylist() == years  # saved and read back as it was


def test_records_refuse_what_they_cannot_tabulate() -> None:
    a, _, _ = _everything()
    err = _error(lambda: azadkar.records([a], per="nope"))
    assert err.data["field"] == "per"
    with pytest.raises(azadkar.SavedResultError, match=r"results\[0\]"):
        azadkar.records([a], per="year")
    with pytest.raises(azadkar.SavedResultError, match=r"results\[1\]"):
        azadkar.records([a, "text"])


def test_claim_checks_follow_the_same_rule() -> None:
    """`check_claims().to_dict()` (GET /api/claims, `azadkar claims --format json`) wrote
    β values such as 0.28571428571428575."""
    data = azadkar.check_claims().to_dict()
    found = [(w, v) for w, v in _floats(data) if v != round(v, 4)]
    assert not found, found[:5]
    check = next(c for c in azadkar.check_claims().checks if c.claim.id == "exposed_47")
    shown = next(c for c in data["claims"] if c["id"] == "exposed_47")
    assert shown["values"]["human_beta"] == fraction(check.values["human_beta"])


def test_a_plan_without_its_profile_takes_the_assessments() -> None:
    a, _, pl = _everything()
    d = pl.to_dict(exact=True)
    del d["profile"]
    err = _error(azadkar.Plan.from_dict, d)
    assert err.data["field"] == "profile"
    assert azadkar.Plan.from_dict(d, profile=a.profile) == pl
