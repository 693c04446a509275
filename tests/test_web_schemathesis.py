"""Property-based API testing with schemathesis: no input may make the server fail (5xx)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from azadkar.web import Settings, create_app

pytestmark = pytest.mark.slow

# A store of its own, so fuzzed uploads never touch a real one.
_STORE = Path(tempfile.mkdtemp(prefix="azadkar-st-"))
atexit.register(shutil.rmtree, _STORE, True)
APP = create_app(Settings(market_db=str(_STORE / "st.duckdb"), data_dir=_STORE))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_never_answers_5xx(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response, checks=(not_a_server_error,))
