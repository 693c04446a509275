"""The CLI's Persian unknown-service error points to `azadkar services`, as the English
one does; the web pages and the API keep pointing to their own lists."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.errors import UnknownServiceError
from azadkar.taxonomy import get_service

LRI, PDI = "\u2066", "\u2069"


@pytest.mark.parametrize("service", ["logo_desgin", "no_such_thing"])
def test_persian_unknown_service_names_the_services_command(service: str) -> None:
    r = CliRunner().invoke(app, ["assess", "-s", service, "--lang", "fa", "x"])
    assert r.exit_code == 2
    assert "شناخته نشد" in r.output
    assert f"{LRI}azadkar services{PDI}" in r.output and "را اجرا کنید" in r.output
    assert r.output.count("azadkar services") == 1


def test_english_message_unchanged_and_library_fa_text_free_of_the_cli_hint() -> None:
    r = CliRunner().invoke(app, ["assess", "-s", "logo_desgin", "x"])
    assert r.exit_code == 2 and "Run `azadkar services` to list them all." in r.output
    with pytest.raises(UnknownServiceError) as info:
        get_service("logo_desgin")
    assert "azadkar services" not in info.value.text("fa")  # the web adds its own pointer
