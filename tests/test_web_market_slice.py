"""The market page measures a slice of the store, as `azadkar market indicators --country
... --since ...` does: a form of five fields under the indicators, the slice named above
the figures, the fields kept, and a slice that cannot be made said in the page's words
(the field's name, not the command line's option) while the whole store stays shown."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from _web_helpers import client, postings_csv


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-market-slice")) as c:
        r = c.post(
            "/market/ingest?lang=en",
            files={"file": ("jobs.csv", postings_csv(), "text/csv")},
            data={"lang": "en"},
        )
        assert r.status_code == 200, r.text
        yield c


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _slice_line(page: str) -> str:
    return _text(page.split('id="slice-line">', 1)[1].split("</p>", 1)[0])


def test_the_form_is_there_with_labelled_fields(web: Any) -> None:
    page = web.get("/market?lang=en").text
    form = page.split('id="slice-form"', 1)[1].split("</form>", 1)[0]
    for name in ("platform", "file", "country", "since", "until"):
        assert f'name="{name}"' in form and f'for="slice-{name}"' in form
    assert 'value="1"' in form and "jobs.csv" in form  # files by id, shown by name
    assert "Slice: the whole store" in _slice_line(page)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_period_is_measured_and_named_and_the_fields_are_kept(web: Any, lang: str) -> None:
    r = web.get(f"/market?lang={lang}&since=2024-05-15&until=2024-05-31&file=1&country=")
    assert r.status_code == 200
    line = _slice_line(r.text)
    # the postings are dated 5/1 .. 5/24/2024: ten fall on or after 5/15
    assert ("۱۰ از ۲۴" if lang == "fa" else "10 of the store's 24") in line
    form = r.text.split('id="slice-form"', 1)[1].split("</form>", 1)[0]
    assert 'value="2024-05-15"' in form and 'value="2024-05-31"' in form
    assert re.search(r'<option value="1" selected>', form)
    assert 'href="/market?lang=' in form  # a way back to the whole store


@pytest.mark.parametrize(("lang", "field"), [("en", "“Client country”"), ("fa", "«کشور کارفرما»")])
def test_a_slice_that_cannot_be_made_names_the_field_and_keeps_the_store(
    web: Any, lang: str, field: str
) -> None:
    r = web.get(f"/market?lang={lang}&country=Iranx")
    assert r.status_code == 400
    alert = _text(r.text.split('role="alert"', 1)[1].split("</p>", 1)[0])
    assert field in alert and "--country" not in alert and "Iranx" in alert
    assert "Canada" in alert  # the countries the store does name
    assert 'id="dashboard"' in r.text  # the whole store is still measured and shown
    assert ("کل انبار" if lang == "fa" else "the whole store") in _slice_line(r.text)
