"""Persian normalisation: letters, digits, half-spaces, diacritics; properties via hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azadkar.text import normalize
from azadkar.text._normalize import ZWNJ

ARABIC_FORMS = set("يكى")
NON_ASCII_DIGITS = set("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("طراحي لوگو", "طراحی لوگو"),
        ("كارت ويزيت", "کارت ویزیت"),
        ("۲۰ عدد و ٣٠ صفحه", "20 عدد و 30 صفحه"),
        ("تَرجُمه", "ترجمه"),  # diacritics dropped
        ("  برنامه   نویس  ", "برنامه نویس"),
        ("کتاب\u200c\u200cها", f"کتاب{ZWNJ}ها"),  # runs of ZWNJ collapse
        (f"{ZWNJ}سلام{ZWNJ} دنیا", "سلام دنیا"),  # loose ZWNJ at word edges dropped
        ("Python 3.11 developer", "Python 3.11 developer"),  # rishe alone would make ۳.۱۱
        ("ﻻ", "لا"),  # presentation form folded
        ("", ""),
    ],
)
def test_examples(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_persian_digits_on_request() -> None:
    assert normalize("سفارش 12 و ٣", digits="persian") == "سفارش ۱۲ و ۳"
    assert normalize("سفارش 12", digits="keep") == "سفارش 12"


def test_half_space_between_persian_letters_is_kept() -> None:
    assert ZWNJ in normalize("برنامه\u200cنویس")


persianish = st.text(
    alphabet=st.sampled_from(
        list("abc XYZ 09.,!?-_طراحیلوگوكتابيىۀةأإؤئ٠١٢۳۴\u200c\u200d\u200f\u064e\u0650\u0640\t\nﻻ")
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(persianish, st.text(max_size=40)))
def test_properties(text: str) -> None:
    out = normalize(text)
    # idempotent
    assert normalize(out) == out
    # no Arabic letter forms, no non-ASCII digits, tidy whitespace
    assert not (set(out) & ARABIC_FORMS)
    assert not (set(out) & NON_ASCII_DIGITS)
    assert out == out.strip()
    assert "  " not in out and "\t" not in out and "\n" not in out
    # a ZWNJ only ever sits between two letters
    for i, ch in enumerate(out):
        if ch == ZWNJ:
            assert 0 < i < len(out) - 1
            assert out[i - 1].isalpha() and out[i + 1].isalpha()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=40))
def test_plain_ascii_words_survive(text: str) -> None:
    # English text without spaces is left alone (no digit or letter rewriting).
    assert normalize(text) == text
