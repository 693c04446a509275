"""The understood page says which services it named but gave no row in the form.

A Tehran illustrator describes her work; azadkar reads illustration (more than 99% sure)
and eBook writing (41%). The services line listed both, but the form below started with
one row, illustration at 100%, and nothing said why the other was missing: a service that
seemed dropped. The classifier gives a share of the time only to services it is at least
50% sure of (``Classification.maybe`` are the others); the page now names those, with
their confidence, and says to add one to the form if she does that work too.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from _web_helpers import client
from azadkar.web import actions

TEXT = "تصویرگر کتاب کودک هستم و گاهی کتاب الکترونیک می‌نویسم"


@pytest.fixture()
def two_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier's reading of TEXT, with the two services and confidences of the
    illustrator's description (the model is retrained from time to time; the page's
    behaviour is what is tested here)."""
    real = actions.classify_text

    def classify(text: str) -> Any:
        c = real(text)
        return dataclasses.replace(c, services=[("illustration", 0.9991), ("ebook_writing", 0.41)])

    monkeypatch.setattr(actions, "classify_text", classify)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "fa",
            "این‌ها ردیفی در فرم زیر نگرفتند، چون اطمینان آزادکار به آن‌ها کمتر از ۵۰٪ است: "
            "«نوشتن کتاب الکترونیک» (۴۱٪). اگر این کار را هم می‌کنید، آن را به فرم اضافه کنید.",
        ),
        (
            "en",
            "Not given a row in the form below, because azadkar is less than 50% sure of them: "
            "E-book writing (41%). If you do this work too, add it to the form.",
        ),
    ],
)
def test_a_service_given_no_row_is_named(
    tmp_path: Path, two_services: None, lang: str, said: str
) -> None:
    with client(tmp_path) as c:
        page = c.post("/assess/understand", data={"text": TEXT, "lang": lang}).text
    note = page.split('id="maybe-left-out">', 1)[1].split("</p>", 1)[0]
    assert note == said
    # one row for the service it is sure of, none for the other
    assert page.count('<option value="illustration" selected>') == 1
    assert '<option value="ebook_writing" selected>' not in page


def test_no_note_when_every_service_has_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = actions.classify_text
    monkeypatch.setattr(
        actions,
        "classify_text",
        lambda text: dataclasses.replace(
            real(text), services=[("illustration", 0.7), ("ebook_writing", 0.6)]
        ),
    )
    with client(tmp_path) as c:
        page = c.post("/assess/understand", data={"text": TEXT, "lang": "en"}).text
    assert 'id="maybe-left-out"' not in page
    assert page.count('<option value="ebook_writing" selected>') == 1
