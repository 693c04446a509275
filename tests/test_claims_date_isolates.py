"""Dates in the claims' Persian texts are isolated left to right, as plan_view's are."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from azadkar.claims import check_pay_change, load_claims
from azadkar.cli import app

LRI, PDI = "\u2066", "\u2069"
DATE = re.compile(r"[0-9۰-۹]{4}-[0-9۰-۹]{2}-[0-9۰-۹]{2}")


def _all_isolated(text: str) -> bool:
    return all(
        text[m.start() - 1 : m.start()] == LRI and text[m.end() : m.end() + 1] == PDI
        for m in DATE.finditer(text)
    )


def test_isolate_dates_wraps_each_date_once() -> None:
    from azadkar.claims import isolate_dates

    once = isolate_dates("پس از ۲۰۲۲-۱۱-۳۰ و پیش از 2024-01-02")
    assert once == f"پس از {LRI}۲۰۲۲-۱۱-۳۰{PDI} و پیش از {LRI}2024-01-02{PDI}"
    assert isolate_dates(once) == once
    assert isolate_dates("سال ۲۰۲۴") == "سال ۲۰۲۴"  # a year alone needs no isolate


def test_claim_texts_and_checks_isolate_dates_in_persian() -> None:
    claims = load_claims()
    dated = [c for c in claims if DATE.search(c.how_fa + c.fa)]
    assert dated
    for c in claims:
        assert _all_isolated(c.how_fa) and _all_isolated(c.fa) and _all_isolated(c.cited_source_fa)
    pay = next(c for c in claims if c.id == "translation_pay_30")
    check = check_pay_change(pay, None)
    assert DATE.search(check.note_fa) and _all_isolated(check.note_fa)
    assert _all_isolated(check.method_fa)
    assert f"{LRI}" not in check.note and "2022-11-30" in check.note


def test_claims_command_in_persian_isolates_dates() -> None:
    out = CliRunner().invoke(app, ["claims", "--lang", "fa"], env={"COLUMNS": "200"}).output
    assert DATE.search(out)
    assert _all_isolated(out)
