"""`market compare` in Persian: a reason or caveat names categories in Persian and a
slice by its label in an isolate, and every Latin token (an option, a key, an id, a
Latin label) sits in a bidi isolate, so a Persian sentence reads right to left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from _market_helpers import slice_rows, slice_store
from azadkar.errors import InputError
from azadkar.market import compare
from azadkar.market._compare import _where, parse_side

# a run of Latin letters (an id such as data_ai, a key, a Latin label)
LATIN = re.compile(r"[A-Za-z_][A-Za-z_0-9-]*")
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")


def bare_latin(text: str) -> list[str]:
    """The Latin words of a Persian sentence that are not inside a bidi isolate."""
    return LATIN.findall(ISOLATED.sub("", text))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("compare_fa_words")
    path = tmp / "m.duckdb"
    slice_store(tmp, slice_rows(), db=str(path)).close()
    yield path


def test_persian_reasons_name_categories_in_persian_and_isolate_latin(db: Path) -> None:
    # a thin slice A (ten days) against beta's year: many figures A cannot support
    cmp = compare(
        db,
        {"platform": ["alpha"], "since": "2023-01-01", "until": "2023-01-10"},
        {"platform": ["beta"]},
        labels=("early Jan", "سال ۲۰۲۳"),
    )
    reasons = {r.why_not_fa for r in cmp.rows if r.why_not_fa}
    assert reasons
    for text in reasons:
        assert bare_latin(text) == [], text
        assert "web_dev" not in text and "design" not in text
    assert any("توسعه وب" in t for t in reasons)
    # the label in a first-strong isolate: a Latin label stays left to right
    assert any("(\u2068early Jan\u2069)" in t for t in reasons)
    for text in cmp.caveats_in("fa"):
        assert "(early Jan)" not in text and "(سال ۲۰۲۳)" not in text


def test_a_category_without_a_persian_name_is_an_isolated_id() -> None:
    assert _where("web_dev") == ("web_dev", "توسعه وب")
    assert _where("not_an_id") == ("not_an_id", "\u2066not_an_id\u2069")


@pytest.mark.parametrize(
    "items",
    [["contry=India"], ["since="], ["2022", "until=2023"], ["since=2022", "since=2023"]],
)
def test_a_bad_side_option_in_persian_isolates_its_tokens(items: list[str]) -> None:
    with pytest.raises(InputError) as err:
        parse_side(items, "A")
    fa = err.value.message_fa or ""
    assert fa and bare_latin(fa) == [], fa
    assert err.value.data["field"] == "--a"


def test_persian_event_notes_isolate_event_ids_and_names(db: Path) -> None:
    from azadkar.market import indicators

    mi = indicators(db)
    did = mi.get("did_events")
    per_event = [n for n in did.notes_fa if "دسته‌های کنترل =" in n]
    assert per_event, did.notes_fa
    for note in [*per_event, *(n for n in did.notes_fa if n.startswith("ماه‌های ناکافی"))]:
        assert bare_latin(note) == [], note
    assert any(n.startswith("\u2066chatgpt\u2069 (") for n in per_event)
    # GPT-4 and Midjourney v5, one day apart, named in isolates in the Persian caveat
    from azadkar.market._indicators import did_caveats, load_events

    close = [c for c in did_caveats(load_events())[1] if "تنها یک روز" in c]
    assert close and bare_latin(close[0]) == [], close


def test_persian_release_sides_isolate_chatgpt() -> None:
    import datetime as dt

    from azadkar.market._indicators import _release_sides

    for first, last in (
        (dt.date(2023, 3, 21), dt.date(2025, 3, 19)),  # all after the release
        (dt.date(2022, 1, 1), dt.date(2024, 1, 1)),  # both sides
    ):
        fa = _release_sides(first, last)[1]
        assert "\u2066ChatGPT\u2069" in fa
        assert bare_latin(fa.split("`")[0]) == [], fa
