"""Unknown service ids: the Persian "did you mean" isolates each Latin id, and
`get_service` says what it gives and raises (a docstring a notebook's `help()` shows)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

import azadkar
from azadkar.bidi import FSI, PDI, strip, to_html
from azadkar.errors import UnknownServiceError
from azadkar.taxonomy import get_service


def _fa(service_id: Any) -> UnknownServiceError:
    with pytest.raises(UnknownServiceError) as caught:
        get_service(service_id)
    return caught.value


def test_each_suggested_id_is_isolated_in_the_persian_message() -> None:
    err = _fa("logo")
    assert err.data["suggestions"] == ["logo_design", "animation", "blog_content"]
    fa = err.message_fa
    assert fa is not None
    # not "logo_design، animation، blog_content": one left-to-right run that reads backwards
    shown = "، ".join(f"{FSI}{sid}{PDI}" for sid in err.data["suggestions"])
    assert f"شاید منظورتان {shown} باشد." in fa
    # between two isolates only the Persian comma and a space: nothing Latin is left bare
    between = fa.split(FSI, 1)[1]
    for chunk in between.split(PDI)[1:]:
        bare = chunk.split(FSI)[0]
        assert not any(unicodedata.bidirectional(ch) == "L" for ch in bare), chunk
    # the same words as before, once the marks are taken out
    assert strip(fa) == (
        "شناسهٔ خدمت «logo» شناخته نشد. شاید منظورتان logo_design، animation، blog_content باشد."
    )
    # and in HTML each id is its own left-to-right element
    assert to_html(fa).count('<bdi dir="ltr">') == 3
    # a front end that writes the Persian name beside the id keeps it right to left
    named = fa.replace("logo_design", "«طراحی لوگو» (logo_design)")
    assert '<bdi dir="rtl">«طراحی لوگو» (logo_design)</bdi>' in to_html(named)


def test_a_persian_id_and_a_persian_name_stay_as_they_are() -> None:
    err = _fa("سئوو")
    assert err.message_fa is not None
    assert err.message_fa.startswith("شناسهٔ خدمت «سئوو» شناخته نشد.")
    assert f"{FSI}seo{PDI}" in err.message_fa


def test_an_id_that_is_not_a_string_is_an_unknown_service_naming_its_type() -> None:
    # it was AttributeError: 'int' object has no attribute 'replace'
    for bad in (5, None, ["seo"]):
        err = _fa(bad)
        assert "a service id is a string such as 'logo_design'" in str(err)
        assert type(bad).__name__ in str(err)
        assert err.message_fa and err.data["suggestions"] == []


def test_get_service_has_a_docstring_naming_what_it_raises() -> None:
    doc = azadkar.get_service.__doc__
    assert doc and "UnknownServiceError" in doc and "suggestions" in doc
    assert get_service("seo").en == "Search engine optimization (SEO)"
