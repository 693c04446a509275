"""Persian messages of azadkar.load name Latin field paths and values inside LTR isolates."""

from __future__ import annotations

import copy

import pytest

import azadkar
from azadkar.bidi import LRI, PDI, strip

LATIN_RUN = "[A-Za-z0-9_\\[\\].]+"


@pytest.fixture(scope="module")
def saved() -> dict:  # type: ignore[type-arg]
    return azadkar.assess(["copywriting:70", "seo:30"]).to_dict()


def _fa(data: object) -> str:
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.load(data)  # type: ignore[arg-type]
    assert info.value.message_fa
    return info.value.message_fa


def test_field_path_isolated(saved) -> None:  # type: ignore[no-untyped-def]
    bad = copy.deepcopy(saved)
    bad["services"][1]["tasks"][2]["human_label"] = "E9"
    fa = _fa(bad)
    assert f"{LRI}services[1].tasks[2].human_label{PDI}" in fa
    assert f"{LRI}E0{PDI}، {LRI}E1{PDI}، {LRI}E2{PDI}" in fa
    # the English message names the same field
    assert "services[1].tasks[2].human_label" in strip(fa)


def test_wrong_kind_values_isolated_with_persian_digits(saved) -> None:  # type: ignore[no-untyped-def]
    bad = copy.deepcopy(saved)
    bad["profile"]["hours_per_week"] = "forty"
    fa = _fa(bad)
    assert f"{LRI}profile.hours_per_week{PDI}" in fa and "«forty»" in fa
    bad = copy.deepcopy(saved)
    bad["profile"]["hours_per_week"] = True
    assert f"{LRI}true{PDI}" in _fa(bad)
    bad = copy.deepcopy(saved)
    bad["services"][0]["id"] = 12
    fa = _fa(bad)
    assert f"{LRI}services[0].id{PDI}" in fa and "عدد " + LRI + "۱۲" + PDI in fa


def test_batch_columns_isolated() -> None:
    from azadkar.text import classify_many

    d = classify_many(["logo for my cafe"]).to_dict()
    d["category_confidence"] = [-0.5]
    fa = _fa(d)
    assert f"{LRI}category_confidence[0]{PDI}" in fa and f"{LRI}-۰٫۵{PDI}" in fa
    d = classify_many(["logo for my cafe"]).to_dict()
    d["lang"] = []
    fa = _fa(d)
    assert f"{LRI}lang{PDI}" in fa and f"{LRI}n{PDI}" in fa


def test_schema_messages_isolated(saved) -> None:  # type: ignore[no-untyped-def]
    bad = dict(saved, schema="azadkar.assessment/9")
    fa = _fa(bad)
    assert f"«{LRI}azadkar.assessment/9{PDI}»" in fa and f"{LRI}azadkar.assessment/1{PDI}" in fa


def _outside_isolates(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _paths(x: object, pre: tuple[object, ...] = ()):  # type: ignore[no-untyped-def]
    yield pre
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _paths(v, (*pre, k))
    elif isinstance(x, list):
        for i, v in enumerate(x[:2]):
            yield from _paths(v, (*pre, i))


def test_no_latin_path_or_value_outside_an_isolate(saved) -> None:  # type: ignore[no-untyped-def]
    """Every field of a saved assessment and a batch, given a wrong value: the Persian
    message keeps each field path, code and value of the file inside an isolate (a plain
    Latin word, which the bidi algorithm cannot move, may stand alone)."""
    import re

    from azadkar.text import classify_many

    movable = re.compile(r"[A-Za-z0-9_]+[\[\].'\"()/:=<>][^\s،؛]*")
    docs = [saved, classify_many(["logo", "", "seo for shops"]).to_dict()]
    found: dict[str, str] = {}
    for doc in docs:
        for path in _paths(doc):
            if not path:
                continue
            for wrong in (None, "zz", 7.5, []):
                bad = copy.deepcopy(doc)
                cur = bad
                for k in path[:-1]:
                    cur = cur[k]
                if cur[path[-1]] == wrong:
                    continue
                cur[path[-1]] = wrong
                try:
                    azadkar.load(bad)
                except azadkar.SavedResultError as err:
                    runs = movable.findall(_outside_isolates(err.message_fa or ""))
                    if runs:
                        found.setdefault(" ".join(runs), err.message_fa or "")
    assert not found, found
