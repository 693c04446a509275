"""Follow-ups on the Market and compare pages: a slice error marks the field the error
carries (``exc.data["field"]``), not one read from its words; the compare chart's month
axis holds the months between the two slices as a gap; the Persian difference-in-
differences table names its event (in English, read with the English voice) and keeps
the id for a machine."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _web_helpers import RSS_HEADER, client
from azadkar.errors import InputError
from azadkar.web import pages


def _side_error(message: str, side: str, field: str | None) -> InputError:
    data: dict[str, Any] = {"side": side}
    if field is not None:
        data["field"] = field
    return InputError(message, message_fa=message, **data)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_compare_error_marks_the_field_the_error_carries(lang: str) -> None:
    # the words name --since (the other bound), the error is about --until
    exc = _side_error("slice B: the period ends before --since begins", "b", "until")
    assert pages._compare_error(exc, lang)[1] == "b_until"
    # words that name no option at all still mark their field
    exc = _side_error("slice A: that period holds no posting", "a", "since")
    assert pages._compare_error(exc, lang)[1] == "a_since"
    # no field, or one that is not a slice field: the slice as a whole
    assert pages._compare_error(_side_error("slice A: empty", "a", None), lang)[1] == "a"
    assert pages._compare_error(_side_error("slice A: x", "a", "--a"), lang)[1] == "a"


def _rows(dates: list[str]) -> bytes:
    rows = [
        f'"Logo design {i} - Upwork",https://www.upwork.com/jobs/job_{i}?source=rss,'
        f'{d} 4:58am,"Details {i}",design,,Canada,,${15 + i % 7},${30 + i % 7}'
        for i, d in enumerate(dates)
    ]
    return (RSS_HEADER + "\n".join(rows) + "\n").encode("utf-8")


# slice A: January and February 2024; slice B: May and June 2024 (March, April: neither)
DATES = [f"{m}/{d}/2024" for m in (1, 2, 5, 6) for d in range(1, 13)]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-followups")) as c:
        r = c.post(
            "/market/ingest?lang=en",
            files={"file": ("jobs.csv", _rows(DATES), "text/csv")},
            data={"lang": "en"},
        )
        assert r.status_code == 200, r.text
        yield c


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_market_page_marks_the_field_the_error_carries(
    web: Any, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    market = web.app.state.azadkar.market
    real = market.indicators

    def indicators(**asked: Any) -> Any:
        if asked:
            raise InputError("that period holds no posting", field="until")
        return real()

    monkeypatch.setattr(market, "indicators", indicators)
    r = web.get("/market", params={"lang": lang, "until": "2020"})
    assert r.status_code == 400
    until = re.search(r'<input [^>]*name="until"[^>]*>', r.text)
    since = re.search(r'<input [^>]*name="since"[^>]*>', r.text)
    assert until and since
    assert 'aria-invalid="true"' in until.group(0)
    assert "aria-invalid" not in since.group(0)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_compare_chart_shows_the_months_between_as_a_gap(web: Any, lang: str) -> None:
    q = {"lang": lang, "a_until": "2024-02", "b_since": "2024-05"}
    r = web.get("/market/compare", params=q)
    assert r.status_code == 200, r.text
    svg = r.text.split('class="card chart-box"', 1)[1].split("</svg>", 1)[0]
    march = "2024-03" if lang == "en" else "۲۰۲۴-۰۳"
    found = re.search(rf'<text class="axis" x="([0-9.]+)"[^>]*>{march}</text>', svg)
    assert found, "March, a month neither slice holds, is on the month axis"
    x_march = float(found.group(1))
    lines = re.findall(r'<polyline [^>]*points="([^"]+)"', svg)
    assert len(lines) == 2
    for points in lines:
        xs = [float(p.split(",")[0]) for p in points.split()]
        assert not min(xs) < x_march < max(xs), "a line bridges the gap"


def test_persian_did_event_cell_names_the_event() -> None:
    row = {"event": "chatgpt", "event_name": "ChatGPT released", "category": "design"}
    cell = str(pages._market_cell("event", "chatgpt", row, "fa"))
    assert 'lang="en"' in cell and 'dir="ltr"' in cell and 'data-event="chatgpt"' in cell
    assert re.sub(r"<[^>]+>", "", cell) == "ChatGPT released"
    assert pages._market_cell("event", "chatgpt", row, "en") == "chatgpt"


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_market_and_compare_tables_are_named_by_their_heading(web: Any, lang: str) -> None:
    pages_ = [
        web.get("/market", params={"lang": lang}).text,
        web.get(
            "/market/compare", params={"lang": lang, "a_until": "2024-02", "b_since": "2024-05"}
        ).text,
    ]
    for page in pages_:
        tables = re.findall(r'<table class="nums small[^"]*"[^>]*>', page)
        assert tables
        for table in tables:
            named = re.search(r'aria-labelledby="([^"]+)"', table)
            assert named, table
            heading = re.search(rf'<h[23] id="{named.group(1)}">([^<]+)</h[23]>', page)
            assert heading and heading.group(1).strip(), named.group(1)


def test_to_html_marks_latin_isolates_in_persian_text_as_english() -> None:
    from azadkar.bidi import LRI, PDI, to_html

    text = f"گزینهٔ {LRI}--since{PDI} و {LRI}۱۴۰۲{PDI} و `azadkar market`"
    out = to_html(text, latin_lang="en")
    assert '<bdi dir="ltr" lang="en">--since</bdi>' in out
    assert '<bdi dir="ltr">۱۴۰۲</bdi>' in out  # digits alone keep the page's language
    assert '<code dir="ltr" lang="en">azadkar market</code>' in out
    # without it (English text, the existing callers) nothing changes
    assert 'lang="en"' not in to_html(text)
