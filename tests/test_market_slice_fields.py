"""Every error a slice raises names the field it is about (`field=`), so a caller (the
HTTP API, the web form) maps it to its own field by that attribute, never by its words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _market_helpers import slice_rows, slice_store
from azadkar.errors import InputError
from azadkar.market import indicators
from azadkar.market._slice import FIELDS, parse_bound


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = slice_store(tmp_path_factory.mktemp("slice-fields"), slice_rows())
    yield s
    s.close()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"since": "yesterday"}, "since"),
        ({"until": "۱۴۰۲/۱۳/۰۱"}, "until"),  # no 13th Jalali month
        ({"since": "2024-06-01", "until": "2024-05-01"}, "since"),  # the range holds no day
        ({"platform": "upwrk"}, "platform"),
        ({"file": "nope.csv"}, "file"),
        ({"file": "99"}, "file"),
        ({"country": "Atlantis"}, "country"),
    ],
)
def test_a_slice_error_carries_its_field(store: Any, kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(InputError) as err:
        indicators(store=store, **kwargs)
    assert err.value.data["field"] == field
    assert field in FIELDS
    # both languages still name the option the user typed
    assert f"--{field}" in err.value.message
    assert f"--{field}" in (err.value.message_fa or "")


def test_a_slice_holding_no_posting_is_about_the_whole_slice(store: Any) -> None:
    with pytest.raises(InputError, match="holds no posting") as err:
        indicators(store=store, since="2030", until="2030")
    assert err.value.data.get("field") is None


def test_parse_bound_names_the_option_given(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        parse_bound("x", "--until", end=True)
    assert err.value.data["field"] == "until"
