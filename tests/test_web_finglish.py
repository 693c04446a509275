"""The web's "what azadkar understood" page says when a description was Persian in Latin
letters ("Finglish"), shows the Persian reading the classifier used, and hedges an unsure
one, as `azadkar classify` does (the page said nothing of it)."""

from __future__ import annotations

import html
from typing import Any

import pytest

from _web_helpers import client
from azadkar.text import classify


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-finglish")) as c:
        yield c


def _understood(web: Any, text: str, lang: str) -> str:
    r = web.post("/assess/understand", data={"text": text, "lang": lang})
    assert r.status_code == 200, r.text
    return html.unescape(r.text)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_finglish_is_named_with_its_persian_reading(web: Any, lang: str) -> None:
    text = "man barname nevis android hastam"
    page = _understood(web, text, lang)
    box = page.split('data-note="finglish"', 1)[1].split("</div>", 1)[0]
    assert ("Finglish" if lang == "en" else "فینگلیش") in box
    assert classify(text).reading in box and "android" in box


def test_an_unsure_finglish_reading_is_hedged(web: Any) -> None:
    text = next(
        t
        for t in (
            "tarjome matn englisi be farsi va virastari",
            "kar ba aks va video baraye site",
            "kar ba aks baraye site",
        )
        if classify(t).finglish_unsure
    )
    page = _understood(web, text, "fa")
    assert 'data-note="finglish-unsure"' in page


def test_english_and_persian_script_get_no_finglish_note(web: Any) -> None:
    for text in ("Logo design for a bakery", "طراحی لوگو برای نانوایی"):
        page = _understood(web, text, "en")
        assert 'data-note="finglish' not in page
