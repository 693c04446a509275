"""`azadkar claims`: every cited claim, checked; verdict rules on both sides of each threshold."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar import claims as C
from azadkar import evidence
from azadkar.cli import app
from azadkar.taxonomy import load_taxonomy

MISSION_FIGURES = ["47%", "30%", "22%", "$2.4", "80%", "200%", "40%"]


def test_every_mission_claim_is_in_the_catalogue_in_both_languages() -> None:
    claims = C.load_claims()
    ids = {c.id for c in claims}
    assert {
        "exposed_47", "translation_pay_30", "hybrid_skills", "inequality_22", "ghost_work_2_4",
        "ownership_disclosure", "bridge_roles_x3_2030", "lifecycle_40_2030", "hybrid_roles_200",
        "execution_80_2027", "ideation_200", "customer_service_chatbots", "efficiency_simple_work",
        "new_jobs_data_ai", "blind_painter",
    } <= ids  # fmt: skip
    text = " ".join(c.en for c in claims)
    for fig in MISSION_FIGURES:
        assert fig in text, fig
    for c in claims:
        assert c.fa and any("\u0600" <= ch <= "\u06ff" for ch in c.fa), c.id
        assert c.how_en and c.how_fa and c.cited_source


def _gamma_by_hand(service_ids: list[str], who: str) -> float:
    tasks = evidence.tasks()
    total = 0.0
    for sid in service_ids:
        rows = [tasks[(r.onet_soc, r.task_id)] for r in evidence.service_tasks()[sid]]
        w = sum(t.weight for t in rows)
        exposed = sum(t.weight for t in rows if getattr(t, f"{who}_label") in ("E1", "E2"))
        total += exposed / w / len(service_ids)
    return total


def test_exposure_check_recomputed_from_shipped_tables() -> None:
    check = C.check_exposed_47(next(c for c in C.load_claims() if c.id == "exposed_47"))
    tax = load_taxonomy()
    ids = [s.id for cat in ("writing", "design") for s in tax.services_in(cat)] + ["data_entry"]
    assert check.values["human_gamma"] == pytest.approx(_gamma_by_hand(ids, "human"), abs=1e-12)
    assert check.values["gpt4_gamma"] == pytest.approx(_gamma_by_hand(ids, "gpt4"), abs=1e-12)
    expected = C.verdict_near(
        [check.values["human_gamma"], check.values["gpt4_gamma"]], 0.47, C.EXPOSED_TOLERANCE
    )
    assert check.verdict == expected
    assert "jobs" in check.method


@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        ([0.47, 0.50], C.CONSISTENT),
        ([0.569, 0.371], C.CONSISTENT),
        ([0.58, 0.47], C.PARTLY),
        ([0.58, 0.36], C.INCONSISTENT),
    ],
)
def test_verdict_near(values, verdict) -> None:
    assert C.verdict_near(values, 0.47, C.EXPOSED_TOLERANCE) == verdict


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        (-0.30, C.CONSISTENT),
        (-0.20, C.CONSISTENT),
        (-0.19, C.PARTLY),
        (-0.41, C.PARTLY),
        (0.0, C.INCONSISTENT),
        (0.05, C.INCONSISTENT),
    ],
)
def test_verdict_pay_range(change, verdict) -> None:
    assert C.verdict_range(change, *C.PAY_DROP_RANGE) == verdict


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        (0.22, C.CONSISTENT),
        (0.12, C.CONSISTENT),
        (0.11, C.PARTLY),
        (0.5, C.PARTLY),
        (-0.01, C.INCONSISTENT),
    ],
)
def test_verdict_inequality_range(change, verdict) -> None:
    assert C.verdict_range(change, *C.INEQUALITY_RANGE) == verdict


@pytest.mark.parametrize(
    ("median", "verdict"),
    [
        (2.4, C.CONSISTENT),
        (2.99, C.CONSISTENT),
        (3.01, C.PARTLY),
        (4.8, C.PARTLY),
        (4.81, C.INCONSISTENT),
        (15.0, C.INCONSISTENT),
    ],
)
def test_verdict_ghost(median, verdict) -> None:
    assert C.verdict_ghost(median) == verdict


def test_verdict_all() -> None:
    assert C.verdict_all([True, True]) == C.CONSISTENT
    assert C.verdict_all([True, False]) == C.PARTLY
    assert C.verdict_all([False, False]) == C.INCONSISTENT


def test_gini() -> None:
    assert C.gini([1, 1, 1, 1]) == pytest.approx(0.0)
    assert C.gini([0, 0, 0, 10]) == pytest.approx(0.75)
    assert C.gini([1, 2, 3, 4]) == pytest.approx(0.25)


def _P(d: date, cat: str, pay: float | None, kind: str = "hourly", ai: bool = False) -> C.Posting:
    return C.Posting(d, cat, kind, pay, ai)


def test_market_checks_on_synthetic_postings() -> None:
    by_id = {c.id: c for c in C.load_claims()}
    before = [_P(date(2022, 6, 1), "translation", 20.0) for _ in range(25)]
    after = [_P(date(2023, 6, 1), "translation", 14.0) for _ in range(25)]
    check = C.check_pay_change(by_id["translation_pay_30"], before + after)
    assert check.values["change"] == pytest.approx(-0.30)
    assert check.verdict == C.CONSISTENT
    # too few rows after the event: says why, no number
    check = C.check_pay_change(by_id["translation_pay_30"], before + after[:5])
    assert check.verdict == C.NOT_CHECKABLE and "20" in check.method
    ghost = [_P(date(2024, 1, 1), "data_ai", 12.0, ai=True) for _ in range(12)]
    check = C.check_ghost(by_id["ghost_work_2_4"], ghost)
    assert check.values["median_hourly_usd"] == 12.0 and check.verdict == C.INCONSISTENT
    check = C.check_new_jobs(by_id["new_jobs_data_ai"], before + after + ghost)
    assert check.verdict == C.CONSISTENT


def test_without_db_market_claims_say_what_would_settle_them() -> None:
    report = C.check_claims()
    market = [c for c in report.checks if c.claim.kind == "market"]
    assert market and all(c.verdict == C.NOT_CHECKABLE for c in market)
    assert all("without postings" in c.method and "settle" in c.note for c in market)
    forecasts = [c for c in report.checks if c.claim.kind == "forecast"]
    assert forecasts and all(c.verdict == C.NOT_CHECKABLE for c in forecasts)
    assert {c.claim.id for c in report.checks} == {c.id for c in C.load_claims()}


def test_store_with_real_schema(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    db = tmp_path / "m.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE postings (posting_id BIGINT, posted_at TIMESTAMP, pay_type VARCHAR, "
        "pay_usd DOUBLE, mapped_category VARCHAR, ai_training BOOLEAN)"
    )
    rows = [
        (i, f"2022-0{1 + i % 9}-01", "hourly", 10.0 + i, "translation", False) for i in range(30)
    ]
    rows += [
        (100 + i, f"2023-0{1 + i % 9}-01", "hourly", 5.0 + i, "translation", False)
        for i in range(30)
    ]
    con.executemany("INSERT INTO postings VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.close()
    report = C.check_claims(db)
    pay = next(c for c in report.checks if c.claim.id == "translation_pay_30")
    assert pay.values["n_before"] == 30 and pay.values["median_before_usd"] == pytest.approx(24.5)
    assert pay.values["median_after_usd"] == pytest.approx(19.5)


def test_cli_json_and_persian() -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["claims", "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert all(c["status"] == "cited, not verified" for c in d["claims"])
    assert sum(d["verdict_counts"].values()) == len(d["claims"])
    r = runner.invoke(app, ["claims", "--lang", "fa"], env={"COLUMNS": "120"})
    assert r.exit_code == 0 and "نقل‌شده، تأییدنشده" in r.stdout and "سنجیدنی" in r.stdout
    r = runner.invoke(app, ["claims", "--format", "md"])
    assert r.exit_code == 0 and r.stdout.startswith("# ")
    r = runner.invoke(app, ["claims", "--db", "/nonexistent/x.duckdb"])
    assert r.exit_code == 2 and "does not exist" in r.output


@pytest.mark.shared
@pytest.mark.slow
def test_market_checks_on_real_postings(shared_data: Path, tmp_path: Path) -> None:
    from azadkar.market import Store, classify_postings

    files = sorted((shared_data / "postings").rglob("*.csv")) + sorted(
        (shared_data / "postings").rglob("*.xlsx")
    )
    db = tmp_path / "real.duckdb"
    with Store(db) as store:
        store.ingest(files)
        classify_postings(store, progress=False)
    report = C.check_claims(db)
    for check in report.checks:
        if check.claim.kind != "market":
            continue
        if check.verdict == C.NOT_CHECKABLE:
            # no number: it must say precisely why (what it found) and what would settle it
            assert check.values and "settle" in check.note, check.claim.id
        else:
            assert check.values and check.evidence, check.claim.id


def test_cited_sources_have_persian_and_show_in_persian_output() -> None:
    from azadkar.report.claims_view import claims_markdown

    for c in C.load_claims():
        assert c.cited_source_fa and c.source("fa") != c.source("en") == c.cited_source
    report = C.check_claims()
    md_fa = claims_markdown(report, "fa")
    assert "پیش‌بینی گزارش" in md_fa and "Report forecast" not in md_fa
    assert "Report forecast" in claims_markdown(report, "en")
