"""The result page names the form's fields, not the command line's options.

A Tehran illustrator on her phone reads the plan's pricing: «نرخ امروز را با --usd-rate
بدهید (در وب: خانهٔ نرخ دلار)» named an option she cannot type anywhere, and a field
(«خانهٔ نرخ دلار») whose label on the form is something else. The projection's
assumptions said «--hours» and «--billable-hours» the same way. On the web each note now
names the field by the label she sees on the form. Also: an unknown scenario is quoted in
each language's quotation marks, isolated, not as Python's ``'nope'``.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlencode

import pytest

from _web_helpers import client
from azadkar.web.i18n import t

OPTIONS = re.compile(r"--(usd-rate|fx|hours|billable-hours|costs|work-language|rate)\b")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return client(tmp_path_factory.mktemp("form-words"))


def _result(web: Any, lang: str, **extra: str) -> str:
    query = [("sid", "illustration"), ("share", "70"), ("sid", "logo_design"), ("share", "30")]
    query += [*extra.items(), ("lang", lang)]
    r = web.get("/assess/result?" + urlencode(query))
    assert r.status_code == 200, r.text[:500]
    return str(r.text)


def _quoted(key: str, lang: str) -> str:
    return f"«{t(key, lang)}»" if lang == "fa" else f"\u201c{t(key, lang)}\u201d"


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_exchange_rate_note_names_the_forms_field(web: Any, lang: str) -> None:
    # toman with the shipped, dated rate: the note says how to give today's
    page = _result(web, lang, rate="500000", currency="toman", costs="20000000")
    notes = [_text(n) for n in re.findall(r'<p class="small pricing-note">(.*?)</p>', page, re.S)]
    rate_note = next(n for n in notes if _quoted("fx_field", lang) in n)
    assert "--usd-rate" not in rate_note
    if lang == "fa":
        assert "نرخ امروز را در خانهٔ «نرخ دلار به واحد پول شما» در فرم بنویسید" in rate_note
    else:
        assert "give today's rate in the form's “Your currency per US dollar” field" in rate_note
    # the label is the one the form shows
    query = urlencode([("sid", "illustration"), ("share", "100"), ("lang", lang)])
    form = web.get(f"/assess/edit?{query}").text
    assert f"<label>{t('fx_field', lang)} <span" in form


@pytest.mark.parametrize("lang", ["fa", "en"])
@pytest.mark.parametrize(
    "extra",
    [
        {"rate": "500000", "currency": "toman", "costs": "20000000"},
        # a rate below the floor: "bill more hours a month (--billable-hours)"
        {"rate": "3", "currency": "USD", "costs": "9000"},
        {"rate": "30", "currency": "CAD", "costs": "900", "fx": "1.38", "hours": "30"},
        {"rate": "30", "currency": "USD", "costs": "900", "billable": "80"},
    ],
)
def test_no_note_on_the_result_page_names_a_command_line_option(
    web: Any, lang: str, extra: dict[str, str]
) -> None:
    page = _result(web, lang, **extra)
    body = _text(page.split("<main", 1)[1].split("</main>", 1)[0])
    # the page's own forms and downloads aside, what it says names no option
    found = [body[max(0, m.start() - 60) : m.end() + 20] for m in OPTIONS.finditer(body)]
    assert not found, found


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_assumed_hours_are_told_by_the_forms_field(web: Any, lang: str) -> None:
    page = _result(web, lang, rate="30", currency="USD", costs="900")
    assumptions = _text(page.split('id="assume-hours"', 1)[1].split("</li>", 1)[0])
    assert _quoted("hours", lang) in assumptions and "--hours" not in assumptions
    month = _text(page.split('id="assume-month"', 1)[1].split("</li>", 1)[0])
    assert _quoted("billable_hours", lang) in month and "--billable-hours" not in month


def test_every_cli_phrase_of_the_plan_and_projection_notes_is_rewritten() -> None:
    """The plan's and projection's own sentences (the ones the web shows) leave no option
    after ``form_words``; a new sentence naming an option falls back to the label."""
    from azadkar import plan, projection
    from azadkar.web.pages import form_words

    texts = [
        a.text(lang)
        for a in (projection.MONTH_BILLABLE, projection.HOURS_ASSUMED, *plan.PLAN_ASSUMPTIONS)
        for lang in ("en", "fa")
    ]
    texts += [
        "give today's rate with --usd-rate (on the web: the exchange-rate field)",
        "نرخ امروز را با --usd-rate بدهید (در وب: خانهٔ نرخ دلار)",
        "or bill more hours a month (--billable-hours), until",
        "صورت‌حساب کنید (--billable-hours)، تا کف قیمت",
    ]
    for text in texts:
        lang = "fa" if re.search("[\u0600-\u06ff]", text) else "en"
        out = form_words(text, lang)
        assert not OPTIONS.search(out), out
    assert form_words("use --fx here", "en") == "use “Your currency per US dollar” here"
    assert form_words("با \u200e--costs\u200e بدهید", "fa") == "با «هزینهٔ ماهانه» بدهید"
    # an option that is not a form field is left alone (the page shows it as code)
    assert form_words("with --plan-year 2028", "en") == "with --plan-year 2028"


# ---------------------------------------------------------------- an unknown scenario


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Unknown scenario \u201cnope\u201d; choose one of"),
        ("fa", "سناریوی «\u2068nope\u2069» شناخته نشد"),
    ],
)
def test_an_unknown_scenario_is_quoted_in_the_pages_language(
    web: Any, lang: str, said: str
) -> None:
    r = web.get(
        "/assess/result?"
        + urlencode([("sid", "illustration"), ("scenario", "nope"), ("lang", lang)])
    )
    assert r.status_code == 422
    alert = html.unescape(r.text.split('id="form-error">', 1)[1].split("</p>", 1)[0])
    assert said in alert
    assert "'nope'" not in alert and "\u2068'" not in alert


def test_a_persian_scenario_value_is_isolated_in_english_and_left_as_is_in_persian() -> None:
    from azadkar.errors import ScenarioError
    from azadkar.web.actions import check_scenario

    with pytest.raises(ScenarioError) as caught:
        check_scenario("بدبینانه ۲")
    err = caught.value
    assert "unknown scenario \u201c\u2068بدبینانه ۲\u2069\u201d; choose one of" in err.message
    assert "سناریوی «بدبینانه ۲» شناخته نشد" in str(err.message_fa)
    with pytest.raises(ScenarioError) as caught:
        check_scenario("report 2024 (old)")
    assert "«\u2068report 2024 (old)\u2069»" in str(caught.value.message_fa)
    assert "\u201creport 2024 (old)\u201d" in caught.value.message
