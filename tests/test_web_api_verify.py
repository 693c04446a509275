"""The API checks a received file against the CA file its sender gave (as `--trust` on the
command line and the web page's "sender's CA file" field do), and says its verdict in
words in both languages, as the command line's JSON does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from _web_helpers import client
from azadkar.disclosure import disclose, make_dev_cert, sign_file
from azadkar.disclosure.credentials import DevCert

RECORD = {
    "title": "Illustration, spread 3",
    "modality": "image",
    "ai_share": 20,
    "human_review": True,
    "tools": [{"tool": "midjourney", "mode": "generate", "purpose": "thumbnails"}],
}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-verify")) as c:
        yield c


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="Mina Rahimi")


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, certs: DevCert) -> Path:
    folder = tmp_path_factory.mktemp("mina")
    src = folder / "spread.png"
    Image.new("RGB", (40, 30), (240, 220, 180)).save(src)
    out = folder / "spread.signed.png"
    sign_file(src, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(RECORD))
    return out


def _verify(api: Any, file: Path, ca: Path | None = None) -> Any:
    files: dict[str, Any] = {"file": (file.name, file.read_bytes(), "image/png")}
    if ca is not None:
        files["trust"] = (ca.name, ca.read_bytes(), "application/x-pem-file")
    return api.post("/api/credentials/verify", files=files)


def test_without_the_senders_ca_the_file_is_valid_but_not_trusted(api: Any, signed: Path) -> None:
    body = _verify(api, signed).json()
    assert body["valid"] and not body["trusted"] and not body["trust_given"]
    assert body["verdict"].startswith("valid") and body["verdict_fa"].startswith("معتبر")


def test_with_the_senders_ca_the_file_is_trusted_as_a_test_only_signature(
    api: Any, signed: Path, certs: DevCert
) -> None:
    r = _verify(api, signed, certs.ca)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["valid"] and body["trusted"] and body["test_only"] and body["trust_given"]
    assert "TEST ONLY" in body["meaning"]["en"]
    assert "sender-ca.pem" not in r.text  # the server's path of the upload never shows


def test_someone_elses_ca_does_not_make_the_file_trusted(
    api: Any, signed: Path, tmp_path: Path
) -> None:
    other = make_dev_cert(tmp_path / "other", name="Someone else")
    body = _verify(api, signed, other.ca).json()
    assert body["valid"] and not body["trusted"] and body["trust_given"]


def test_a_key_in_place_of_the_ca_file_is_refused_naming_the_field(
    api: Any, signed: Path, certs: DevCert
) -> None:
    r = _verify(api, signed, certs.key)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["field"] == "trust" and "CA file" in body["detail"]
