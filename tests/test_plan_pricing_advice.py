"""Pricing advice a Tehran video editor and motion designer can act on: what to price per
project (her own deliverables, not "a photo set"), what to charge for supervision and
revisions with the plan's own hours, how to show the value when hours drop, and how to
price work paid in dollars through an intermediary without an invented exchange rate."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.exposure import Profile, assess
from azadkar.plan import SUPERVISE, default_exchange_rate, plan

runner = CliRunner()

EDITOR = (("video_editing", 0.5), ("animation", 0.5))
LATIN_DIGIT = re.compile(r"[0-9]")


def _editor_plan(**kw: object) -> object:
    profile = Profile(EDITOR, rate=400_000, currency="toman", text="تدوینگر ویدئو و موشن‌دیزاینر")
    return plan(assess(profile), monthly_costs=30_000_000, **kw)  # type: ignore[arg-type]


def _note(pl: object, words: str) -> tuple[str, str]:
    notes = pl.pricing.notes  # type: ignore[attr-defined]
    return next(n for n in notes if words in n[0])


def test_a_video_editor_and_motion_designer_prices_her_own_deliverables() -> None:
    # Both services are in photo_video: she was told to price "an edited video, a photo set".
    en, fa = _note(_editor_plan(), "per deliverable")
    assert "an edited video" in en and "a motion-graphics piece" in en
    assert "photo set" not in en and "مجموعه عکس" not in fa
    assert "موشن‌گرافیک" in fa
    # a photographer still prices photo sets
    photo = plan(assess(Profile((("portrait_photography", 1.0),), rate=20)))
    assert "a photo set" in _note(photo, "per deliverable")[0]


def test_supervision_and_revisions_are_priced_with_the_plans_own_hours() -> None:
    pl = _editor_plan()
    rows = pl.by_action(SUPERVISE)  # type: ignore[attr-defined]
    today = sum(x.hours_per_week for x in rows)
    later = sum(x.hours_per_week * (1 - x.ai_share) for x in rows)
    assert today > later > 0
    en, fa = _note(pl, "supervision and revisions")
    assert f"{today:,.1f} hours a week today" in en
    assert f"about {later:,.1f} in 2027" in en
    assert "revision rounds" in en and "extra round by the hour" in en
    assert "دور اصلاح" in fa and "ساعتی حساب کنید" in fa
    # Persian figures in Persian digits
    assert (
        f"{today:.1f}".replace(".", "٫").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in fa
    )
    assert not LATIN_DIGIT.search(fa)


def test_the_value_note_counts_the_tasks_that_stay_the_freelancers() -> None:
    pl = _editor_plan()
    en, fa = _note(pl, "Show the client what they pay for")
    n = len(pl.actions)  # type: ignore[attr-defined]
    kept = len(pl.by_action("keep"))  # type: ignore[attr-defined]
    sup = len(pl.by_action(SUPERVISE))  # type: ignore[attr-defined]
    assert f"of your {n} tasks the plan keeps {kept} human and has you supervise {sup}" in en
    assert not LATIN_DIGIT.search(fa)


def test_dollar_clients_through_an_intermediary_get_an_honest_note() -> None:
    fx = default_exchange_rate()
    en, fa = _note(_editor_plan(), "through an intermediary")
    # the rate behind the dollar amounts, in toman and rial, with its date and source
    assert f"1 USD = {fx.irr_per_usd / 10:,.0f} toman ({fx.irr_per_usd:,.0f} rial)" in en
    assert fx.as_of in en and "open-market" in en
    assert "not the rate you will be paid at" in en and "--usd-rate" in en
    assert "not your toman rate converted" in en
    assert "واسطه" in fa and "کارمزد" in fa and "تومان" in fa
    date_fa = fx.as_of.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert f"\u2066{date_fa}\u2069" in fa  # hyphens kept, not minus signs
    # a rate the user gave is named as theirs
    en, fa = _note(_editor_plan(irr_per_usd=1_500_000), "through an intermediary")
    assert "1 USD = 150,000 toman (1,500,000 rial) (the rate you gave)" in en
    assert "نرخی که خودتان دادید" in fa


def test_a_dollar_profile_is_told_the_toman_amounts_are_an_assumption() -> None:
    pl = plan(assess(Profile(EDITOR, rate=12, currency="USD")), monthly_costs=600)
    en, _fa = _note(pl, "through an intermediary")
    assert en.startswith("Paid in dollars through an intermediary")


@pytest.mark.parametrize(
    ("currency", "rate"),
    [("CAD", 60.0), ("toman", None)],
)
def test_no_currency_note_where_no_amount_is_converted(currency: str, rate: float | None) -> None:
    # CAD has no shipped dollar rate; a toman profile with no rate and no costs shows no amounts
    pl = plan(assess(Profile(EDITOR, rate=rate, currency=currency)))
    assert not [n for n in pl.pricing.notes if "intermediary" in n[0]]


def _fa_pricing(*args: str) -> str:
    r = runner.invoke(
        app,
        ["plan", "--service", "video_editing:50", "--service", "animation:50", "--lang", "fa",
         "--currency", "toman", "--rate", "400000", "--costs", "30000000", *args],
        env={"COLUMNS": "80"},
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    out = r.output[r.output.index("۴. قیمت‌گذاری") :]
    return " ".join(out.split())


def test_the_terminal_names_where_the_dollar_rate_comes_from() -> None:
    shipped = _fa_pricing()
    assert "data/market/rates.toml" in shipped and "--usd-rate" in shipped
    given = _fa_pricing("--usd-rate", "1500000")
    # it printed the word "given" in a Persian row
    assert "given" not in given
    assert "۱٬۵۰۰٬۰۰۰ ریال" in given and "--usd-rate" in given
