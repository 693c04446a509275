"""A file that already carries content credentials keeps them when it is signed again.

Before, ``credentials sign`` on a file someone had signed (another C2PA tool, or azadkar
itself for an earlier version) wrote a new manifest store with only its own manifest: the
earlier one was dropped, and with it who made the first version. C2PA (2.4, 18.15.4.7 and
the ingredient assertion) has the earlier manifest become the new one's parent ingredient
(``relationship`` ``parentOf``), pointed to by a ``c2pa.opened`` action, so provenance is a
chain. Each case is read back with c2pa-python's own Reader, with the CA as trust anchor.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.disclosure import DevCert, disclose, make_dev_cert, sign_file, verify_file
from azadkar.disclosure import credentials as cred
from test_credentials import MAKERS

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
MIME = {"jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}

# The first version: Midjourney made the cover, Reza reworked it (80% AI).
FIRST = {
    "title": "Book cover",
    "author": "Reza",
    "ai_share": 80,
    "human_review": True,
    "tools": [{"tool": "midjourney", "mode": "generate", "purpose": "key visual"}],
}
# The second: the Toronto illustrator extended it with Firefly and repainted the type.
SECOND = {
    "title": "Book cover, final",
    "author": "Lena",
    "ai_share": 60,
    "human_review": True,
    "tools": [{"tool": "adobe_firefly", "mode": "edit", "purpose": "extend the background"}],
}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="Toronto illustrator")


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("other"), name="another tool")


def _read_back(path: Path, ca: Path, ext: str) -> dict[str, Any]:
    import c2pa

    settings = {"verify": {"verify_trust": True}, "trust": {"trust_anchors": ca.read_text()}}
    context = c2pa.Context.from_dict(settings)
    with c2pa.Reader(MIME[ext], io.BytesIO(path.read_bytes()), None, context) as reader:
        return dict(json.loads(reader.json()))


def _twice(tmp: Path, certs: DevCert, ext: str) -> tuple[Path, Path]:
    src = tmp / f"cover.{ext}"
    src.write_bytes(MAKERS[ext]())
    first = tmp / f"cover.v1.{ext}"
    sign_file(src, cert=certs.cert, key=certs.key, out=first, disclosure=disclose(FIRST))
    second = tmp / f"cover.v2.{ext}"
    sign_file(first, cert=certs.cert, key=certs.key, out=second, disclosure=disclose(SECOND))
    return first, second


def _no_validation_errors(store: dict[str, Any]) -> None:
    assert store.get("validation_state") == "Trusted", store.get("validation_status")
    assert not store.get("validation_status"), store.get("validation_status")
    results = store["validation_results"]
    assert results["activeManifest"]["failure"] == []
    for delta in results.get("ingredientDeltas") or []:
        assert delta["validationDeltas"]["failure"] == [], delta


@pytest.mark.parametrize("ext", ["jpg", "png", "pdf"])
def test_signing_a_signed_file_keeps_the_earlier_manifest_as_its_parent(
    tmp_path: Path, certs: DevCert, ext: str
) -> None:
    first, second = _twice(tmp_path, certs, ext)
    before = _read_back(first, certs.ca, ext)
    store = _read_back(second, certs.ca, ext)
    _no_validation_errors(store)
    # both manifests are in the store: the earlier one was not dropped
    assert len(store["manifests"]) == 2
    earlier_label = before["active_manifest"]
    assert earlier_label in store["manifests"]
    active = store["manifests"][store["active_manifest"]]
    (parent,) = active["ingredients"]
    assert parent["relationship"] == "parentOf"
    assert parent["active_manifest"] == earlier_label
    # named by the earlier manifest's own title (the file its signer signed)
    assert parent["title"] == f"cover.{ext}" == before["manifests"][earlier_label]["title"]
    # the earlier version's actions and disclosure are there as they were signed
    earlier = store["manifests"][earlier_label]
    earlier_actions = next(
        a["data"]["actions"] for a in earlier["assertions"] if a["label"] == "c2pa.actions.v2"
    )
    assert earlier_actions[0]["action"] == "c2pa.created"
    assert earlier_actions[0]["softwareAgent"]["name"] == "Midjourney"
    # this version was opened from it (pointing to the ingredient), then edited
    actions = next(
        a["data"]["actions"] for a in active["assertions"] if a["label"] == "c2pa.actions.v2"
    )
    opened = actions[0]
    assert opened["action"] == "c2pa.opened"
    (ref,) = opened["parameters"]["ingredients"]
    assert ref["url"].endswith(f"c2pa.assertions/{parent['label']}")
    assert [(a["action"], (a.get("softwareAgent") or {}).get("name")) for a in actions[1:]] == [
        ("c2pa.edited", "Adobe Firefly"),
        ("c2pa.edited", None),
    ]
    assert actions[2]["digitalSourceType"] == IPTC + "humanEdits"
    assert actions[2]["description"] == "edited by a person (Lena)"
    # no c2pa.created: the file was not made here (C2PA: created or opened, not both)
    assert all(a["action"] != "c2pa.created" for a in actions)


def test_verify_shows_the_chain_who_made_the_earlier_version_and_what_was_done_since(
    tmp_path: Path, certs: DevCert
) -> None:
    _, second = _twice(tmp_path, certs, "jpg")
    result = verify_file(second, trust=certs.ca)
    assert result.valid and result.trusted, result.reasons
    (earlier,) = result.earlier_versions
    assert earlier["title"] == "cover.jpg"
    assert earlier["credentials"] is True and earlier["failures"] == []
    assert earlier["trusted"] is True
    assert earlier["claim_generator"][0]["name"] == "azadkar"
    assert "Toronto illustrator" in earlier["signer"]["common_name"]
    assert earlier["disclosure"]["record"]["author"] == "Reza"
    assert earlier["actions"][0]["softwareAgent"]["name"] == "Midjourney"
    assert result.to_dict()["earlier_versions"] == result.earlier_versions

    out = (
        CliRunner()
        .invoke(app, ["credentials", "verify", str(second), "--trust", str(certs.ca)])
        .output
    )
    assert "c2pa.opened: opened the earlier version (cover.jpg)" in out
    assert "c2pa.edited: compositeWithTrainedAlgorithmicMedia, Adobe Firefly" in out
    chain = out.split("earlier versions (provenance chain), newest first:", 1)[1]
    assert "1. cover.jpg" in chain
    assert "signed by: Toronto illustrator TEST ONLY signer" in chain
    assert "c2pa.created: trainedAlgorithmicMedia, Midjourney (key visual)" in chain
    assert "c2pa.edited: humanEdits, edited by a person (Reza)" in chain

    fa = (
        CliRunner()
        .invoke(
            app, ["credentials", "verify", str(second), "--trust", str(certs.ca), "--lang", "fa"]
        )
        .output
    )
    assert "نسخه‌های پیشین (زنجیرهٔ منشأ)" in fa
    assert "باز شد: نسخهٔ پیشین (\u2068cover.jpg\u2069)" in fa
    assert "۱. \u2068cover.jpg\u2069" in fa


def test_a_third_signature_keeps_the_whole_chain_newest_first(
    tmp_path: Path, certs: DevCert
) -> None:
    _, second = _twice(tmp_path, certs, "png")
    third = tmp_path / "cover.v3.png"
    sign_file(second, cert=certs.cert, key=certs.key, out=third)
    store = _read_back(third, certs.ca, "png")
    _no_validation_errors(store)
    assert len(store["manifests"]) == 3
    result = verify_file(third, trust=certs.ca)
    # each named by its manifest's title: v2 was signed from cover.v1.png, v1 from cover.png
    assert [e["title"] for e in result.earlier_versions] == ["cover.v1.png", "cover.png"]
    # without a disclosure nothing is claimed beyond the opening (no default digitalCreation)
    assert [a["action"] for a in (result.manifest or {})["actions"]] == ["c2pa.opened"]
    out = CliRunner().invoke(app, ["credentials", "verify", str(third), str(second)]).output
    assert f"{third}: valid, not trusted (no --trust CA given); made from 2 earlier versions" in out


def test_sign_says_the_earlier_credentials_were_kept_and_claims_nothing_by_default(
    tmp_path: Path, certs: DevCert
) -> None:
    first, _ = _twice(tmp_path, certs, "jpg")
    out = tmp_path / "again.jpg"
    r = CliRunner().invoke(
        app,
        [
            "credentials", "sign", str(first), "--cert", str(certs.cert),
            "--key", str(certs.key), "--out", str(out),
        ],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "kept: the content credentials the file already had" in r.output
    assert "Toronto illustrator TEST ONLY signer" in r.output
    # the digitalCreation warning would be untrue here: no source type was recorded
    assert "records digitalCreation" not in r.output
    assert "opened from the earlier version, not what was done to it since" in r.output
    as_json = CliRunner().invoke(
        app,
        [
            "credentials", "sign", str(first), "--cert", str(certs.cert),
            "--key", str(certs.key), "--out", str(out), "--format", "json",
        ],
    )  # fmt: skip
    said = json.loads(as_json.stdout)
    assert said["earlier"]["title"] == "cover.jpg"
    assert said["earlier"]["claim_generator"][0]["name"] == "azadkar"
    assert [a["action"] for a in said["actions"]] == ["c2pa.opened"]


def _other_tool_file(tmp: Path, other: DevCert) -> Path:
    """A JPEG signed by another C2PA tool (written here with c2pa's own Builder): Firefly
    generated it."""
    import c2pa

    manifest = {
        "claim_generator_info": [{"name": "Example Editor", "version": "3.1"}],
        "title": "art.jpg",
        "format": "image/jpeg",
        "assertions": [
            {
                "label": "c2pa.actions.v2",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "softwareAgent": {"name": "Adobe Firefly"},
                            "digitalSourceType": IPTC + "trainedAlgorithmicMedia",
                        }
                    ]
                },
            }
        ],
    }
    info = c2pa.C2paSignerInfo(
        c2pa.C2paSigningAlg.ES256, other.cert.read_bytes(), other.key.read_bytes(), None
    )
    result = io.BytesIO()
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}}})
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest, context) as builder:
        builder.sign(signer, "image/jpeg", io.BytesIO(MAKERS["jpg"]()), result)
    path = tmp / "art.jpg"
    path.write_bytes(result.getvalue())
    return path


def test_a_file_from_another_c2pa_tool_becomes_the_parent_and_her_signature_is_trusted(
    tmp_path: Path, certs: DevCert, other: DevCert
) -> None:
    art = _other_tool_file(tmp_path, other)
    out = tmp_path / "art.signed.jpg"
    sign_file(art, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(SECOND))
    result = verify_file(out, trust=certs.ca)
    # her own signature chains to the CA her client trusts: trusted, although c2pa-rs
    # calls the whole store only "Valid" because the earlier signer is someone else
    assert result.valid and result.trusted, result.reasons
    assert result.verdict == "valid and trusted"
    assert not [r for r in result.reasons if r.code == "signingCredential.untrusted"]
    (earlier,) = result.earlier_versions
    assert earlier["claim_generator"][0]["name"] == "Example Editor"
    assert earlier["actions"][0]["softwareAgent"]["name"] == "Adobe Firefly"
    assert earlier["trusted"] is False and earlier["failures"] == []
    text = (
        CliRunner()
        .invoke(app, ["credentials", "verify", str(out), "--trust", str(certs.ca)])
        .output
    )
    assert "credentials made with: Example Editor 3.1" in text
    assert "its signer is not from your --trust CA" in text


def test_an_earlier_version_changed_before_it_was_edited_is_flagged(
    tmp_path: Path, certs: DevCert
) -> None:
    first, _ = _twice(tmp_path, certs, "jpg")
    data = bytearray(first.read_bytes())
    data[-10] ^= 0x01  # the image changed after signing, its credentials kept
    changed = tmp_path / "changed.jpg"
    changed.write_bytes(bytes(data))
    assert verify_file(changed, trust=certs.ca).changed
    out = tmp_path / "changed.signed.jpg"
    sign_file(changed, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(SECOND))
    result = verify_file(out, trust=certs.ca)
    assert result.valid and result.trusted  # this version's own signature holds
    (earlier,) = result.earlier_versions
    assert earlier["failures"] == ["assertion.dataHash.mismatch"]
    warning = next(r for r in result.reasons if r.code == cred.EARLIER_FAILED)
    assert warning.severity == "warning"
    assert "cover.jpg (assertion.dataHash.mismatch)" in warning.explanation
    assert cred.reason_text(warning, "fa").startswith("اعتبارنامهٔ نسخهٔ پیشینی")


def test_a_file_without_credentials_is_still_created_not_opened(
    tmp_path: Path, certs: DevCert
) -> None:
    src = tmp_path / "plain.png"
    src.write_bytes(MAKERS["png"]())
    out = tmp_path / "plain.signed.png"
    signed = sign_file(src, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(FIRST))
    assert signed.earlier is None
    assert signed.actions[0]["action"] == "c2pa.created"
    store = _read_back(out, certs.ca, "png")
    assert len(store["manifests"]) == 1
    assert "ingredients" not in store["manifests"][store["active_manifest"]]
    assert verify_file(out, trust=certs.ca).earlier_versions == []
