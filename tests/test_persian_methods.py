"""Machine-written method texts in Persian: claim checks and market indicators.

Every claim check's method/note/evidence and every market indicator's title, source, notes,
"insufficient data" reason and the general caveats have a Persian twin built beside the
English from the same numbers. Persian output shows the Persian; English output and the
existing JSON fields stay as they were (JSON only gains ``*_fa`` fields).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from _market_helpers import mapped_store, row
from _web_helpers import client, postings_csv
from azadkar import claims as C
from azadkar.cli import app
from azadkar.market import Event, IndicatorConfig, MarketIndicators, Store, indicators
from azadkar.report.claims_view import claims_markdown, render_claims
from azadkar.report.market_report import render_market_html

runner = CliRunner()

PERSIAN = re.compile(r"[\u0600-\u06FF]")
LATIN_COMMA_IN_PERSIAN = re.compile(r"[\u0600-\u06FF], [\u0600-\u06FF]")
# English words that appear in every English method sentence but never in the Persian ones
ENGLISH_WORDS = re.compile(r"\b(consistent|postings|needs|services|settle|share|forecast)\b")

CLAIM_KEYS = {
    "id", "kind", "claim", "cited_source", "status", "quantity", "unit", "how_to_check",
    "verdict", "values", "method", "evidence", "note",
}  # fmt: skip
INDICATOR_KEYS = {"name", "title", "status", "insufficient", "source", "notes", "rows"}
MARKET_KEYS = {"db", "engine", "postings", "dated_postings", "category_source", "caveats"}


def persian(text: str) -> bool:
    return bool(PERSIAN.search(text))


# ----------------------------------------------------------------------------- claims

ONE = dt.date(2022, 6, 1)
TWO = dt.date(2023, 6, 1)


def _postings(n: int) -> list[C.Posting]:
    """``n`` postings on each side of the event: translation pay, data_ai, AI training."""
    out = []
    for i in range(n):
        for day, pay in ((ONE, 20.0 + i), (TWO, 14.0 + i)):
            out.append(C.Posting(day, "translation", "hourly", pay, False))
            out.append(C.Posting(day, "data_ai" if i % 3 else "writing", "hourly", pay, i < 12))
    return out


def _market_checks(postings: list[C.Posting] | None) -> list[C.ClaimCheck]:
    by_id = {c.id: c for c in C.load_claims()}
    return [
        C.check_pay_change(by_id["translation_pay_30"], postings),
        C.check_inequality(by_id["inequality_22"], postings),
        C.check_ghost(by_id["ghost_work_2_4"], postings),
        C.check_new_jobs(by_id["new_jobs_data_ai"], postings),
        C._forecast_market(by_id["bridge_roles_x3_2030"], postings, "data_ai"),
    ]


@pytest.fixture(scope="module")
def report() -> C.ClaimsReport:
    return C.check_claims()


def _every_check(report: C.ClaimsReport) -> Iterator[C.ClaimCheck]:
    yield from report.checks
    for postings in (None, _postings(3), _postings(30)):
        yield from _market_checks(postings)


def test_every_claim_check_has_persian_method_note_and_evidence(report: C.ClaimsReport) -> None:
    checks = list(_every_check(report))
    # both sides of the market checks are covered: enough postings and too few
    assert {c.verdict for c in checks} > {C.NOT_CHECKABLE}
    for c in checks:
        assert persian(c.method_fa) and not ENGLISH_WORDS.search(c.method_fa), c.method_fa
        assert c.method_in("fa") == c.method_fa and c.method_in("en") == c.method
        assert bool(c.note) == bool(c.note_fa), (c.claim.id, c.note)
        if c.note:
            assert persian(c.note_fa) and not ENGLISH_WORDS.search(c.note_fa), c.note_fa
            assert c.note_in("fa") == c.note_fa and c.note_in("en") == c.note
        assert len(c.evidence_fa) == len(c.evidence)
        assert all(persian(e) for e in c.evidence_fa)
        for text in (c.method_fa, c.note_fa, *c.evidence_fa):
            assert not LATIN_COMMA_IN_PERSIAN.search(text), text


def test_persian_method_uses_the_same_numbers_in_persian_digits() -> None:
    [pay, ineq, ghost, new_jobs, trend] = _market_checks(_postings(30))
    assert pay.verdict != C.NOT_CHECKABLE
    assert "۲۰۲۲-۱۱-۳۰" in pay.method_fa and "2022-11-30" in pay.method
    assert "−۴۰٪" in pay.method_fa and "−۲۰٪" in pay.method_fa and "ساعتی" in pay.method_fa
    assert "۱۲٪" in ineq.method_fa and "۳۲٪" in ineq.method_fa
    assert "۲۵٪" in ghost.method_fa and "۲٫۴ دلار" in ghost.method_fa
    assert "داده و هوش مصنوعی" in new_jobs.method_fa
    assert "\u2066۲۰۲۲-۰۶-۰۱\u2069 تا \u2066۲۰۲۳-۰۶-۰۱\u2069" in trend.note_fa
    [pay, *_] = _market_checks(_postings(3))
    assert pay.verdict == C.NOT_CHECKABLE
    assert "دست‌کم ۲۰ آگهی" in pay.method_fa and "۶ آگهی ترجمه" in pay.note_fa


def test_claims_json_keeps_every_field_and_adds_persian(report: C.ClaimsReport) -> None:
    doc = report.to_dict()
    for d, check in zip(doc["claims"], report.checks, strict=True):
        assert set(d) >= CLAIM_KEYS
        assert d["method"] == check.method and d["note"] == check.note
        assert d["evidence"] == list(check.evidence)
        assert d["method_fa"] == check.method_fa and d["note_fa"] == check.note_fa
        assert d["evidence_fa"] == list(check.evidence_fa)
    json.dumps(doc, ensure_ascii=False)


def test_persian_markdown_has_no_english_method_text(report: C.ClaimsReport) -> None:
    fa = claims_markdown(report, "fa")
    en = claims_markdown(report, "en")
    for c in report.checks:
        assert c.method not in fa and c.method_fa in fa
        if c.note:
            assert c.note not in fa and c.note_fa in fa
        for ev, ev_fa in zip(c.evidence, c.evidence_fa, strict=True):
            assert ev not in fa and ev_fa in fa
        # English: exactly the English texts, as before
        assert f"- method: {c.method}" in en
        if c.note:
            assert f"- {c.note}\n" in en
        for ev in c.evidence:
            assert f"- evidence: {ev}" in en
    assert "به انگلیسی" not in fa
    assert not any(persian(line) for line in en.splitlines() if line.startswith("- method:"))
    assert not LATIN_COMMA_IN_PERSIAN.search(fa)


def test_persian_terminal_has_no_english_method_text(report: C.ClaimsReport) -> None:
    def render(lang: str) -> str:
        console = Console(record=True, file=io.StringIO(), width=2000, color_system=None)
        render_claims(report, lang, console)
        return console.export_text()

    fa, en = render("fa"), render("en")
    for c in report.checks:
        assert c.method not in fa and c.method_fa in fa
        if c.note:
            assert c.note not in fa and c.note_fa in fa
        assert f"method: {c.method}" in en and c.method_fa not in en
    assert "جزئیات محاسبه:" in fa and "به انگلیسی" not in fa


def test_cli_claims_in_persian_text_and_markdown() -> None:
    r = runner.invoke(app, ["claims", "--lang", "fa", "--format", "md"])
    assert r.exit_code == 0, r.output
    assert "cannot be checked without postings" not in r.output
    assert "بدون آگهی‌ها سنجیدنی نیست" in r.output
    r = runner.invoke(app, ["claims", "--lang", "fa"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "Data that would settle it" not in r.output and "A legal question" not in r.output
    r = runner.invoke(app, ["claims", "--format", "json"])
    doc = json.loads(r.output)
    assert all(persian(c["method_fa"]) for c in doc["claims"])


# ----------------------------------------------------------------------------- market


def _row(day: str, cat: str, pay: float | None = None, title: str = "job") -> dict[str, Any]:
    return row(day, cat, pay, title=title)


def _store(tmp_path: Path, rows: list[dict[str, Any]], db: str = ":memory:") -> Store:
    return mapped_store(tmp_path, rows, db=db)[0]


def _rich_rows() -> list[dict[str, Any]]:
    """Seven months around an event, with pay, AI-training work and one unclassified row."""
    rows = []
    months = ["2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]
    for k, m in enumerate(months):
        rows += [_row(f"{m}-05", "writing", 10.0 + i + k) for i in range(8 + k)]
        rows += [_row(f"{m}-06", "design", 30.0 + 3 * i) for i in range(9)]
    rows += [_row("2023-01-07", "marketing")]  # one month only: "too few months"
    rows += [
        _row("2023-02-08", "data_ai", p, "Data annotation for AI training") for p in range(2, 9)
    ]
    rows += [_row("2023-02-09", "not-a-category")]
    return rows


EVENT = Event("gpt4", "GPT-4", dt.date(2023, 3, 14))


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> MarketIndicators:
    with _store(tmp_path_factory.mktemp("fa-full"), _rich_rows()) as s:
        return indicators(
            store=s, config=IndicatorConfig(events=[EVENT], window_months=3, control=("design",))
        )


@pytest.fixture(scope="module")
def thin(tmp_path_factory: pytest.TempPathFactory) -> MarketIndicators:
    rows = [_row(f"2024-05-{d:02d}", "writing") for d in range(1, 8)]
    with _store(tmp_path_factory.mktemp("fa-thin"), rows) as s:
        return indicators(store=s)


def _check_indicators(mi: MarketIndicators) -> None:
    for ind in mi.indicators:
        assert persian(ind.title_fa) and persian(ind.source_fa), ind.name
        assert len(ind.notes_fa) == len(ind.notes), (ind.name, ind.notes)
        assert all(persian(n) for n in ind.notes_fa), ind.notes_fa
        assert ind.notes_in("fa") == ind.notes_fa and ind.notes_in("en") == ind.notes
        if ind.ok:
            assert ind.insufficient_in("fa") is None
        else:
            assert persian(ind.insufficient_fa or ""), ind.name
            assert ind.insufficient_in("fa") == ind.insufficient_fa
            assert ind.insufficient_in("en") == ind.insufficient
        for text in (ind.title_fa, ind.source_fa, *ind.notes_fa, ind.insufficient_fa or ""):
            assert not LATIN_COMMA_IN_PERSIAN.search(text), text
            assert not ENGLISH_WORDS.search(text), text
    assert len(mi.caveats_fa) == len(mi.caveats) and all(persian(c) for c in mi.caveats_fa)


def test_every_indicator_has_persian_texts_when_computed(full: MarketIndicators) -> None:
    assert all(i.ok for i in full.indicators), [i.insufficient for i in full.indicators]
    _check_indicators(full)
    did = full.get("did_events")
    assert any("ماه‌های ناکافی برای" in n and "بازاریابی" in n for n in did.notes_fa)
    assert any("۲۰۲۳-۰۳-۱۴" in n and "طراحی" in n for n in did.notes_fa)
    assert any("هنوز دسته ندارد" in n for n in full.get("volume_pay").notes_fa)


def test_every_indicator_has_persian_reason_when_data_is_thin(thin: MarketIndicators) -> None:
    assert not any(i.ok for i in thin.indicators)
    _check_indicators(thin)
    by = {i.name: i for i in thin.indicators}
    assert "۷ روز" in (by["volume_pay"].insufficient_fa or "")
    assert "دستمزدش را اعلام نکرده" in (by["inequality"].insufficient_fa or "")
    assert "۱ ماه" in (by["did_events"].insufficient_fa or "")


def test_indicators_json_keeps_every_field_and_adds_persian(
    full: MarketIndicators, thin: MarketIndicators
) -> None:
    for mi in (full, thin):
        doc = mi.to_dict()
        assert MARKET_KEYS | {"indicators", "caveats_fa"} <= set(doc)
        assert doc["caveats"] == mi.caveats and doc["caveats_fa"] == mi.caveats_fa
        for d, ind in zip(doc["indicators"], mi.indicators, strict=True):
            assert set(d) >= INDICATOR_KEYS
            assert d["notes"] == ind.notes and d["source"] == ind.source
            assert d["insufficient"] == (
                f"insufficient data: {ind.insufficient}" if ind.insufficient else None
            )
            assert d["notes_fa"] == ind.notes_fa and d["title_fa"] == ind.title_fa
            assert d["source_fa"] == ind.source_fa
            assert d["reason_fa"] == (ind.insufficient_fa if ind.insufficient else None)
        json.dumps(doc, ensure_ascii=False)


def test_market_report_in_persian_has_no_english_notes(
    full: MarketIndicators, thin: MarketIndicators
) -> None:
    for mi in (full, thin):
        fa = html.unescape(render_market_html(mi, "fa"))
        en = html.unescape(render_market_html(mi, "en"))
        # the Persian text as read: dates and options sit in left-to-right isolates
        read = re.sub(r"<[^>]+>|[\u2066-\u2069]", "", fa)
        for ind in mi.indicators:
            for n in ind.notes:
                assert n not in fa and n in en
            assert ind.source not in fa and ind.source in en
            assert ind.title not in fa and ind.title in en
            if ind.insufficient:
                assert ind.insufficient not in fa and ind.insufficient_fa in read
        for c in mi.caveats:
            assert c not in fa and c in en
        assert all(re.sub(r"[\u2066-\u2069]", "", c) in read for c in mi.caveats_fa)
        assert "به انگلیسی" not in fa
        assert '<ul class="small en">' in en and '<ul class="small en">' not in fa


def test_cli_market_indicators_lang(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    _store(tmp_path, _rich_rows()[:40], str(db)).close()
    plain = runner.invoke(app, ["market", "indicators", "--db", str(db)])
    en = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "en"])
    fa = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "fa"])
    assert plain.exit_code == en.exit_code == fa.exit_code == 0, fa.output
    assert plain.output == en.output  # English unchanged, --lang en is the default
    assert "Caveats:" in en.output and "ملاحظات:" in fa.output
    for english in ("insufficient data:", "Caveats:", "note:", "Postings are what", "source:"):
        assert english not in fa.output
    assert "دادهٔ کافی نیست:" in fa.output and "یادداشت:" in fa.output


# ----------------------------------------------------------------------------- web


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-fa-methods")) as c:
        yield c


def test_web_evidence_page_shows_persian_methods(web: Any) -> None:
    claims = web.get("/api/claims").json()
    fa = html.unescape(web.get("/evidence?lang=fa").text)
    en = html.unescape(web.get("/evidence?lang=en").text)
    for c in claims["claims"]:
        assert c["method"] not in fa and c["method_fa"] not in en
        if "--db" in c["method_fa"]:
            # On the web the CLI's "give a store with --db" points to the Market page.
            assert "صفحهٔ «بازار»" in fa and '<code dir="ltr">--db</code>' in fa
            assert "Market page" in en
        else:
            assert c["method_fa"] in fa and c["method"] in en
        if c["note"]:
            # `backticked` commands are shown as code on the page: compare the words.
            words_fa = re.sub(r"<[^>]+>", "", fa)
            assert c["note"].replace("`", "") not in words_fa
            if "--db" in c["note_fa"]:  # pointed to the Market page, as above
                continue
            assert c["note_fa"].replace("`", "") in words_fa
    assert f'<p class="small muted">{claims["claims"][0]["method_fa"]}' in fa
    assert '<p class="small muted" lang="en" dir="ltr">' in en


def test_web_market_page_shows_persian_notes(web: Any) -> None:
    r = web.post(
        "/market/ingest",
        params={"lang": "fa"},
        files={"file": ("jobs.csv", postings_csv(40), "text/csv")},
    )
    assert r.status_code == 200
    ind = web.get("/api/market/indicators").json()
    # the pages as read: dates sit in left-to-right isolates (<bdi>)
    fa, en = (
        html.unescape(re.sub(r"<bdi[^>]*>|</bdi>", "", web.get(f"/market?lang={x}").text))
        for x in ("fa", "en")
    )
    for i in ind["indicators"]:
        for n, n_fa in zip(i["notes"], i["notes_fa"], strict=True):
            assert n not in fa and n_fa in fa and n in en
        if i["status"] != "ok":
            assert i["reason_fa"] in fa and i["insufficient"] not in fa
    for c, c_fa in zip(ind["caveats"], ind["caveats_fa"], strict=True):
        assert c not in fa and c_fa in fa and c in en
