"""The Market page compares two slices of the store, as `azadkar market compare` and
`POST /api/market/compare` do: a GET form of two slices (platform, file, client country,
from, to, and a name each), each side's postings, B - A only where both slices support the
figure and "not supported" with the market package's reason elsewhere, both slices'
caveats and their months side by side. A slice that cannot be made is said on the form
naming its field, and what was typed stays. The difference-in-differences table's placebo
columns have short heads of the web's own, and its control categories are named."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from _web_helpers import client, postings_csv

# postings_csv(): 24 postings dated 2024-05-01 .. 2024-05-24, clients in Canada
EARLY_LATE = {
    "a_since": "2024-05-01",
    "a_until": "2024-05-14",
    "a_label": "early May",
    "b_since": "2024-05-15",
    "b_label": "late May",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("web-market-compare")
    with client(folder) as c:
        r = c.post(
            "/market/ingest?lang=en",
            files={"file": ("jobs.csv", postings_csv(), "text/csv")},
            data={"lang": "en"},
        )
        assert r.status_code == 200, r.text
        yield c, folder / "market.duckdb"


@pytest.fixture(scope="module")
def web(store: Any) -> Any:
    return store[0]


def _text(fragment: str) -> str:
    """What a person reads: cells apart, other tags gone, spaces collapsed."""
    cells = re.sub(r"</?(t[dh]|span)\b[^>]*>", " ", fragment)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", cells))).strip()


def _alert(page: str) -> str:
    return _text(page.split('role="alert"', 1)[1].split(">", 1)[1].split("</p>", 1)[0])


def _field(page: str, name: str) -> str:
    found = re.search(rf'<input [^>]*name="{name}"[^>]*>', page)
    assert found, name
    return found.group(0)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_market_page_links_to_the_comparison(web: Any, lang: str) -> None:
    page = web.get(f"/market?lang={lang}").text
    assert f'href="/market/compare?lang={lang}"' in page
    r = web.get(f"/market/compare?lang={lang}")
    assert r.status_code == 200
    form = r.text.split('id="compare-form"', 1)[1].split("</form>", 1)[0]
    assert 'method="get"' in r.text.split('id="compare-form"', 1)[0].rsplit("<form", 1)[1]
    for side in ("a", "b"):
        for name in ("platform", "file", "country", "since", "until", "label"):
            assert f'name="{side}_{name}"' in form and f'for="{side}-{name}"' in form
    assert 'id="compare-result"' not in r.text  # nothing asked, nothing compared


def test_the_rows_are_the_market_packages_comparison(store: Any) -> None:
    web, db = store
    r = web.get("/market/compare", params={"lang": "en", **EARLY_LATE})
    assert r.status_code == 200, r.text
    page = r.text
    # each side's postings, under its name
    stats = _text(page.split('<div class="stats">', 1)[1].split("</div>\n  </div>", 1)[0])
    assert "14 postings: early May" in stats and "10 postings: late May" in stats
    from azadkar.market import compare

    want = compare(
        db,
        {"since": "2024-05-01", "until": "2024-05-14"},
        {"since": "2024-05-15"},
        labels=("early May", "late May"),
    )
    body = [_text(tr) for tr in re.findall(r"<tbody>(.*?)</tbody>", page, re.S)]
    rows = [
        _text(tr)
        for b in re.findall(r"<tbody>(.*?)</tbody>", page, re.S)
        for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", b, re.S)
    ]
    assert body
    supported = [r for r in want.rows if r.supported]
    unsupported = [r for r in want.rows if not r.supported]
    assert supported and unsupported  # the data gives both kinds
    # "postings": 14 and 10, B - A = -4, a change of -28.6%
    assert "postings 14 10 −4 −28.6%" in rows
    for w in unsupported:
        assert w.why_not
        shown = [row for row in rows if w.why_not in row]
        assert shown, w.why_not  # the package's reason, on its row
        assert all(row.count("not supported:") == 1 for row in shown)
    # no difference is shown on an unsupported row: its cells are the two figures only
    unsupported_trs = re.findall(r'<tr class="unsupported">(.*?)</tr>', page, re.S)
    assert len(unsupported_trs) == len(unsupported)
    for tr in unsupported_trs:
        assert tr.count("<td") == 3 and 'colspan="2"' in tr
    assert len(rows) == len(want.rows) + len(want.monthly())


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_both_slices_caveats_and_the_months(web: Any, lang: str) -> None:
    page = web.get("/market/compare", params={"lang": lang, **EARLY_LATE}).text
    caveats = _text(page.split('id="compare-caveats">', 1)[1].split("</ul>", 1)[0])
    if lang == "en":
        assert "both slices: Pay is what clients post" in caveats
        assert "early May: Postings are what the ingested files hold (upwork 14)" in caveats
        assert "late May: Postings are what the ingested files hold (upwork 10)" in caveats
    else:
        assert "هر دو برش:" in caveats and "early May:" in caveats and "۱۴" in caveats
    monthly = page.split('id="cmp-monthly"', 1)[1].split("</section>", 1)[0]
    assert "2024-05" in _text(monthly) or "۲۰۲۴-۰۵" in _text(monthly)
    assert ("14" if lang == "en" else "۱۴") in _text(monthly)


def test_persian_page_digits_isolates_and_direction(web: Any) -> None:
    q = {**EARLY_LATE, "a_label": "اوایل", "b_label": "late May", "lang": "fa"}
    page = web.get("/market/compare", params=q).text
    assert re.search(r"<html lang=\"fa\" dir=\"rtl\"", page)
    stats = page.split('<div class="stats">', 1)[1].split("</div>\n  </div>", 1)[0]
    assert "۱۴" in stats and "۱۰" in stats and "14" not in _text(stats)
    assert "<bdi>late May</bdi>" in stats  # a Latin name isolated in Persian text
    # a difference keeps its sign on the left of its number: an LTR isolate
    assert '<bdi dir="ltr">−۴</bdi>' in page
    # Persian medians carry no «دلار» beside the number: the row's name says (دلار)
    assert "میانه (دلار)" in page


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["slice A", "“From”", "2024-13-45"]), ("fa", ["برش", "«از تاریخ»", "2024-13-45"])],
)
def test_a_bad_slice_names_the_field_and_keeps_what_was_typed(
    web: Any, lang: str, words: list[str]
) -> None:
    q = {"lang": lang, "a_since": "2024-13-45", "a_label": "mine", "b_country": "Canada"}
    r = web.get("/market/compare", params=q)
    assert r.status_code == 400
    alert = _alert(r.text)
    assert all(w in alert for w in words), alert
    assert "--since" not in alert
    since = _field(r.text, "a_since")
    assert 'value="2024-13-45"' in since and 'aria-invalid="true"' in since
    assert 'value="mine"' in _field(r.text, "a_label")
    assert 'value="Canada"' in _field(r.text, "b_country")
    assert "aria-invalid" not in _field(r.text, "b_country")
    assert 'id="compare-result"' not in r.text


def test_a_country_no_posting_names_is_said_on_slice_b(web: Any) -> None:
    r = web.get("/market/compare", params={"lang": "en", "b_country": "Iranx"})
    assert r.status_code == 400
    alert = _alert(r.text)
    assert alert.startswith("slice B:") and "“Client country”" in alert and "Canada" in alert
    assert 'aria-invalid="true"' in _field(r.text, "b_country")


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_an_empty_form_asks_for_a_field(web: Any, lang: str) -> None:
    r = web.get("/market/compare", params={"lang": lang, "a_since": "", "b_since": ""})
    assert r.status_code == 400
    assert ("at least one field" if lang == "en" else "دست‌کم یک فیلد") in _alert(r.text)


def test_the_comparison_escapes_what_was_typed(web: Any) -> None:
    q = {**EARLY_LATE, "a_label": "<script>x</script>", "lang": "en"}
    page = web.get("/market/compare", params=q).text
    assert "<script>x" not in page and "&lt;script&gt;x" in page


def test_an_empty_store_is_said(tmp_path: Path) -> None:
    with client(tmp_path) as c:
        r = c.get("/market/compare", params={"lang": "en", "a_since": "2024"})
    assert r.status_code == 400 and 'role="alert"' in r.text


@pytest.mark.parametrize(
    ("key", "en", "fa"),
    [
        ("placebo_months_before", "placebo, months before", "ساختگی، ماه پیش"),
        ("placebo_pct", "placebo (%)", "ساختگی (٪)"),
        ("placebo_ci_low_pct", "placebo low (%)", "پایینِ ساختگی (٪)"),
        ("placebo_ci_high_pct", "placebo high (%)", "بالای ساختگی (٪)"),
        ("pre_trend", "pre-trend", "روند پیشین"),
    ],
)
def test_did_placebo_columns_have_short_heads(key: str, en: str, fa: str) -> None:
    from azadkar.web.pages import column_label

    assert column_label(key, "en") == en and column_label(key, "fa") == fa


def test_did_cells_name_the_control_categories_and_round_percent() -> None:
    from azadkar.web.pages import fmt_cell

    control = ["photo_video", "design"]
    assert fmt_cell("control", control, "en") == "Photography & video, Graphic design"
    assert "[" not in fmt_cell("control", control, "fa") and "، " in fmt_cell(
        "control", control, "fa"
    )
    assert fmt_cell("placebo_pct", -10.8547470551, "en") == "−10.9"
    assert fmt_cell("did_pct", 29.741742215, "fa") == "۲۹٫۷"
    # a Persian negative keeps its minus on the left of the number: an LTR isolate
    assert fmt_cell("placebo_pct", -10.8547470551, "fa") == "\u2066−۱۰٫۹\u2069"
    assert fmt_cell("confidence", 0.95, "en") == "95%"
