"""`azadkar claims`: every cited claim, checked; verdict rules on both sides of each threshold."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar import claims as C
from azadkar import evidence
from azadkar.cli import app
from azadkar.taxonomy import load_taxonomy

MISSION_FIGURES = ["47%", "30%", "22%", "$2.4", "80%", "200%", "40%"]

# Every claim of mission.md §3 (and the two §2 layer figures), in the order of §3, with the
# words of the report that it restates. A claim missing from data/claims.toml fails here.
MISSION_CLAIMS: dict[str, str] = {
    "exposed_47": "MIT study (2024): 47% of freelance jobs ... exposed to automation",
    "translation_pay_30": "About 30% lower pay for simple translation projects",
    "hybrid_skills": "MIT study (2025): freelancers need to combine human skills with AI tools",
    "inequality_22": "Nature Human Behaviour (2024): 22% rise in inequality of access",
    "ghost_work_2_4": "'Ghost workers' paid about $2.4 per hour to train AI models",
    "ownership_disclosure": "Legal: unclear ownership of AI-made work; disclosure standards",
    "bridge_roles_x3_2030": "demand for multidisciplinary bridge people triples by 2030",
    "lifecycle_40_2030": "2026-2030: about 40% of freelancers become content-lifecycle managers",
    "hybrid_roles_200": "demand for hybrid roles grows 200%",
    "execution_80_2027": "§2: technical execution, AI replaces up to 80% by about 2027",
    "ideation_200": "§2: strategic ideation, AI amplifies capability by 200%",
    "competition_prices": "Challenges: fiercer competition and lower prices",
    "customer_service_chatbots": "Challenges: less need for human labour (chatbots)",
    "new_skills": "Challenges: new skills needed",
    "efficiency_simple_work": "Opportunities: efficiency (Grammarly, Canva)",
    "global_markets": "Opportunities: global markets",
    "new_jobs_data_ai": "Opportunities: new jobs (data analyst, ML developer, AI consultant)",
    "blind_painter": "An expert: AI is 'a skilled but blind painter'",
    "future_human_traits": "An expert: the future belongs to AI mastery plus human traits",
}
PERSIAN_CHARS = re.compile(r"[\u0600-\u06ff]")


def test_every_mission_claim_is_in_the_catalogue_in_both_languages() -> None:
    claims = C.load_claims()
    by_id = {c.id: c for c in claims}
    missing = [cid for cid in MISSION_CLAIMS if cid not in by_id]
    assert not missing, f"mission.md §3 claims missing from claims.toml: {missing}"
    assert len(by_id) == len(claims), "duplicate claim ids"
    text = " ".join(c.en for c in claims)
    for fig in MISSION_FIGURES:
        assert fig in text, fig
    for c in claims:
        assert c.en.strip() and not PERSIAN_CHARS.search(c.en), c.id
        assert c.fa.strip() and PERSIAN_CHARS.search(c.fa), c.id
        assert c.how_en.strip() and c.how_fa.strip() and PERSIAN_CHARS.search(c.how_fa), c.id
        assert c.cited_source.strip() and PERSIAN_CHARS.search(c.cited_source_fa), c.id
        assert c.kind in {"exposure", "market", "forecast", "qualitative"}, c.id


def test_catalogue_follows_the_order_of_the_mission() -> None:
    ids = [c.id for c in C.load_claims()]
    assert [i for i in ids if i in MISSION_CLAIMS] == list(MISSION_CLAIMS)
    report = C.check_claims()
    assert [c.claim.id for c in report.checks] == ids


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_every_mission_claim_is_shown_as_cited_by_the_cli(lang: str) -> None:
    by_id = {c.id: c for c in C.load_claims()}
    r = CliRunner().invoke(app, ["claims", "--lang", lang, "-f", "md"])
    assert r.exit_code == 0, r.output
    for cid in MISSION_CLAIMS:
        assert f"## {by_id[cid].text(lang)}\n" in r.stdout, cid
        assert f"(`{cid}`)" in r.stdout
    d = json.loads(CliRunner().invoke(app, ["claims", "-f", "json"]).stdout)
    shown = {c["id"]: c for c in d["claims"]}
    for cid in MISSION_CLAIMS:
        assert shown[cid]["status"] == "cited, not verified"
        assert shown[cid]["claim"]["en"] and shown[cid]["claim"]["fa"]


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


# ----------------------------------------------------------------------------- claims added for §3

ENGLISH_WORDS = re.compile(r"\b(consistent|postings|needs|services|settle|share|forecast)\b")


def _by_id() -> dict[str, C.Claim]:
    return {c.id: c for c in C.load_claims()}


def _persian_twins(check: C.ClaimCheck) -> None:
    assert PERSIAN_CHARS.search(check.method_fa) and not ENGLISH_WORDS.search(check.method_fa)
    assert bool(check.note) == bool(check.note_fa)
    if check.note:
        assert PERSIAN_CHARS.search(check.note_fa) and not ENGLISH_WORDS.search(check.note_fa)
    assert len(check.evidence_fa) == len(check.evidence)


def _priced(d: date, pay: float, n: int, kind: str = "hourly") -> list[C.Posting]:
    return [_P(d, "writing" if i % 2 else "design", pay + i % 3, kind) for i in range(n)]


@pytest.mark.parametrize(
    ("before_pay", "after_pay", "verdict"),
    [(30.0, 20.0, C.PARTLY), (30.0, 30.0, C.INCONSISTENT), (20.0, 30.0, C.INCONSISTENT)],
)
def test_competition_prices_checks_only_the_price_half(before_pay, after_pay, verdict) -> None:
    claim = _by_id()["competition_prices"]
    postings = _priced(date(2022, 5, 1), before_pay, 21) + _priced(date(2023, 5, 1), after_pay, 21)
    check = C.check_competition_prices(claim, postings)
    assert check.verdict == verdict  # never "consistent": competition is not measured
    assert check.values["pay_type"] == "hourly" and check.values["n_before"] == 21
    assert check.values["median_before_usd"] == before_pay + 1
    assert check.values["change"] == pytest.approx((after_pay - before_pay) / (before_pay + 1))
    assert "competition is not measured" in check.method and "رقابت" in check.method_fa
    _persian_twins(check)


def test_competition_prices_falls_back_to_fixed_and_says_why_when_it_cannot() -> None:
    claim = _by_id()["competition_prices"]
    fixed = _priced(date(2022, 5, 1), 500.0, 20, "fixed") + _priced(
        date(2023, 5, 1), 400.0, 20, "fixed"
    )
    check = C.check_competition_prices(claim, fixed + _priced(date(2023, 5, 1), 9.0, 5))
    assert check.values["pay_type"] == "fixed" and check.verdict == C.PARTLY
    check = C.check_competition_prices(claim, fixed[:19] + fixed[20:])
    assert check.verdict == C.NOT_CHECKABLE and check.values and "settle" in check.note
    assert "bids or applicants" in check.note
    _persian_twins(check)
    check = C.check_competition_prices(claim, None)
    assert check.verdict == C.NOT_CHECKABLE and "without postings" in check.method


def _skilled(d: date, n: int, ai: int) -> list[C.Posting]:
    return [C.Posting(d, "writing", None, None, False, i < ai) for i in range(n)]


def test_new_skills_from_ai_skills_named_in_postings() -> None:
    claim = _by_id()["new_skills"]
    before, after = date(2022, 1, 1), date(2024, 1, 1)
    check = C.check_new_skills(claim, _skilled(before, 20, 1) + _skilled(after, 20, 8))
    assert check.verdict == C.CONSISTENT
    assert check.values["ai_skill_share_before"] == pytest.approx(0.05)
    assert check.values["ai_skill_share_after"] == pytest.approx(0.40)
    _persian_twins(check)
    check = C.check_new_skills(claim, _skilled(before, 20, 8) + _skilled(after, 20, 8))
    assert check.verdict == C.INCONSISTENT
    # postings without any title or skill text (ai_skill None) do not count
    no_text = [C.Posting(after, "writing", None, None, False) for _ in range(30)]
    check = C.check_new_skills(claim, _skilled(before, 20, 1) + no_text)
    assert check.verdict == C.NOT_CHECKABLE and check.values["after"] == 0
    assert "settle" in check.note
    _persian_twins(check)


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("ChatGPT prompt engineer for blog", True),
        ("AI-driven logo designer", True),
        ("Fine-tune an LLM on support tickets", True),
        ("Midjourney artist for book covers", True),
        ("طراح گرافیک آشنا به هوش مصنوعی", True),
        ("طراح گرافیک آشنا به هوش‌مصنوعی", True),
        ("Thai email assistant, paid per hour", False),
        ("Logo design for a bakery", False),
        ("Prompt delivery of translated contracts", False),
    ],
)
def test_ai_skill_pattern_in_the_store(tmp_path: Path, title: str, named: bool) -> None:
    pytest.importorskip("duckdb")
    from _market_helpers import mapped_store, row

    db = tmp_path / "m.duckdb"
    store, _ = mapped_store(tmp_path, [row("2023-06-01", "design", 20.0, title=title)], db=str(db))
    store.close()
    [posting] = C.load_postings(db)
    assert posting.ai_skill is named


def test_a_category_share_of_a_year_has_persian_words() -> None:
    # The hybrid-role checks on a market store emit "{category}_share_{year}"; the Persian
    # evidence page showed the key "data_ai_share_2024" as it is.
    from azadkar.report.claims_view import value_label
    from azadkar.taxonomy import load_taxonomy

    assert value_label("data_ai_share_2024", "fa") == "سهم «داده و هوش مصنوعی» از آگهی‌های ۲۰۲۴"
    for cat in load_taxonomy().categories:
        assert value_label(f"{cat.id}_share_2023", "fa") != f"{cat.id}_share_2023", cat.id
    assert value_label("data_ai_share_2024", "en") == "data_ai_share_2024"


def test_market_store_checks_competition_and_new_skills(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from _market_helpers import mapped_store, row

    rows = [
        row("2022-06-01", "writing", 30.0 + i % 5, title="Travel blog writer") for i in range(25)
    ]
    rows += [
        row("2023-06-01", "writing", 20.0 + i % 5, title="Blog writer using ChatGPT")
        for i in range(25)
    ]
    db = tmp_path / "m.duckdb"
    store, _ = mapped_store(tmp_path, rows, db=str(db))
    store.close()
    checks = {c.claim.id: c for c in C.check_claims(db).checks}
    prices = checks["competition_prices"]
    assert prices.verdict == C.PARTLY and prices.values["median_before_usd"] == 32.0
    assert prices.values["median_after_usd"] == 22.0
    skills = checks["new_skills"]
    assert skills.verdict == C.CONSISTENT
    assert skills.values["ai_skill_share_before"] == 0.0
    assert skills.values["ai_skill_share_after"] == 1.0
    # a store without title or skills columns: the claim says it cannot be checked
    duckdb = pytest.importorskip("duckdb")
    bare = tmp_path / "bare.duckdb"
    con = duckdb.connect(str(bare))
    con.execute(
        "CREATE TABLE postings (posting_id BIGINT, posted_at TIMESTAMP, pay_type VARCHAR, "
        "pay_usd DOUBLE, mapped_category VARCHAR, ai_training BOOLEAN)"
    )
    con.execute("INSERT INTO postings VALUES (1, '2023-01-01', 'hourly', 10, 'writing', false)")
    con.close()
    bare_check = next(c for c in C.check_claims(bare).checks if c.claim.id == "new_skills")
    assert bare_check.verdict == C.NOT_CHECKABLE and "settle" in bare_check.note


def test_global_markets_cannot_be_checked_and_says_why() -> None:
    check = next(c for c in C.check_claims().checks if c.claim.id == "global_markets")
    assert check.verdict == C.NOT_CHECKABLE and check.values == {}
    assert "client's country" in check.method and "settle" in check.note
    _persian_twins(check)


def test_future_human_traits_shows_todays_exposure_of_the_trait_layers() -> None:
    from azadkar.exposure import assess, make_profile

    check = next(c for c in C.check_claims().checks if c.claim.id == "future_human_traits")
    assert check.verdict == C.NOT_CHECKABLE and check.claim.kind == "forecast"
    a = assess(make_profile([s.id for s in load_taxonomy().services]))
    time = sum(a.layer_time[ly] for ly in C.TRAIT_LAYERS)
    for who in ("human", "gpt4"):
        expected = (
            sum(a.layer_time[ly] * getattr(a.layers[ly], who).beta for ly in C.TRAIT_LAYERS) / time
        )
        assert check.values[f"trait_layers_{who}_beta"] == pytest.approx(expected)
        assert check.values[f"execution_{who}_beta"] == getattr(a.layers["execution"], who).beta
    assert check.values["trait_layers_time_share"] == pytest.approx(time)
    less = check.values["trait_layers_gpt4_beta"] < check.values["execution_gpt4_beta"]
    assert ("by the GPT-4 labels these layers are less" in check.note) is less
    _persian_twins(check)


def test_persian_output_names_every_measured_value_in_persian() -> None:
    from azadkar.claims import check_claims
    from azadkar.report.claims_view import claims_markdown, value_label

    report = check_claims()
    keys = {k for c in report.checks for k in c.values}
    assert keys, "the shipped checks measure something"
    for k in keys:
        assert value_label(k, "en") == k  # English keeps the JSON key
        assert value_label(k, "fa") != k, k  # every key the checks emit has Persian words
    md = claims_markdown(report, "fa")
    assert "execution_gpt4_beta" not in md and "β «اجرای تکنیکی» (برچسب GPT-4)" in md
