"""A job post's context is named on the understood and result pages, as the terms of work
set aside are: a client's post says what is already done ("Our designer already made the
website."), and who the company is; the classifier sets those sentences aside
(``Classification.context``) and reads only the work asked for. The pages showed the terms
set aside (``ignored``) but not the context, so a sentence of the person's own text
vanished unsaid."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _web_helpers import client

POST = (
    "We need a logo for our cafe. Our designer already made the website. "
    "About us: we are a small cafe in Tehran."
)
CONTEXT = ["Our designer already made the website.", "About us: we are a small cafe in Tehran."]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-context")) as c:
        yield c


def _reading() -> Any:
    from azadkar.web import actions

    return actions.classify_text(POST)


def test_the_classifier_sets_the_context_aside() -> None:
    # the premise of the pages' tests: the library's reading of the post
    c = _reading()
    assert c.context == CONTEXT
    assert c.services and c.services[0][0] == "logo_design"


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_understood_page_names_the_context(web: Any, lang: str) -> None:
    r = web.post("/assess/understand", data={"text": POST, "lang": lang})
    assert r.status_code == 200, r.text
    note = re.search(r'<div data-note="context">(.*?)</div>', r.text, re.S)
    assert note, r.text
    body = note.group(1)
    assert ("Context, not the work" if lang == "en" else "زمینهٔ آگهی، نه خود کار") in body
    for part in CONTEXT:
        assert f"<bdi>{part}</bdi>" in body  # each part as written, in its own isolate
    assert ("“" if lang == "en" else "«") in body
    assert ("not read" if lang == "en" else "خوانده نشد") in body
    # a text without context has no such note
    r = web.post("/assess/understand", data={"text": "logo design for a bakery", "lang": lang})
    assert 'data-note="context"' not in r.text


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_result_page_names_the_context(web: Any, lang: str) -> None:
    query = {"sid": "logo_design", "share": "100", "text": POST, "lang": lang}
    r = web.get("/assess/result", params=query)
    assert r.status_code == 200, r.text
    section = re.search(
        r'<section class="card understood" id="understood">(.*?)</section>', r.text, re.S
    )
    assert section, "the understood section is shown for a post with context alone"
    note = re.search(r'<p data-note="context">(.*?)</p>', section.group(1), re.S)
    assert note, section.group(1)
    for part in CONTEXT:
        assert f"<bdi>{part}</bdi>" in note.group(1)
    # services given with no words: nothing was read, nothing set aside
    r = web.get("/assess/result", params={"sid": "logo_design", "share": "100", "lang": lang})
    assert 'data-note="context"' not in r.text
