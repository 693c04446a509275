"""The C2PA actions tell who made the file and what each AI tool did (C2PA 2.4, 18.15).

Before, ``c2pa.created`` always named the first generating AI tool as its softwareAgent and
carried the whole deliverable's source type, so an illustration a person drew, with AI
thumbnails and an AI background fill, read as "created by Midjourney". Each case is signed
and read back with c2pa-python's own Reader (not azadkar's summary of it), with the
sender's CA as trust anchor, and must validate with no validation errors.
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

# A person drew it; Midjourney made thumbnails that went into it, Photoshop filled the
# background; Claude only gave ideas (nothing of it is in the file).
HUMAN_WITH_AI_EDITS = {
    "title": "Illustration, spread 3",
    "author": "Mina Rahimi",
    "ai_share": 20,
    "human_review": True,
    "tools": [
        {"tool": "midjourney", "mode": "generate", "purpose": "thumbnails"},
        {"tool": "photoshop", "mode": "edit", "purpose": "generative fill background"},
        {"tool": "claude", "mode": "assist", "purpose": "colour ideas"},
    ],
}
# Midjourney made the poster; a person then reworked the type and the layout.
AI_THEN_HUMAN = {
    "title": "Festival poster",
    "author": "Reza",
    "ai_share": 80,
    "human_review": True,
    "tools": [{"tool": "midjourney", "mode": "generate", "purpose": "poster", "model": "V7"}],
}
# A photo, no AI at all.
NO_AI = {"title": "Studio portrait", "ai_share": 0, "human_review": True}
NO_AI_PHOTO = {**NO_AI, "human_source": "digitalCapture"}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="Toronto agency test")


def _read_back(path: Path, ca: Path, ext: str) -> dict[str, Any]:
    """The manifest store as c2pa-python's Reader gives it, checked against ``ca``."""
    import c2pa

    settings = {"verify": {"verify_trust": True}, "trust": {"trust_anchors": ca.read_text()}}
    context = c2pa.Context.from_dict(settings)
    with c2pa.Reader(MIME[ext], io.BytesIO(path.read_bytes()), None, context) as reader:
        return dict(json.loads(reader.json()))


def _signed(tmp: Path, certs: DevCert, record: dict[str, Any], ext: str = "png") -> Path:
    src = tmp / f"work.{ext}"
    src.write_bytes(MAKERS[ext]())
    out = tmp / f"work.signed.{ext}"
    sign_file(src, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(record))
    return out


def _actions_assertion(store: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the active manifest, the data of its one actions assertion)."""
    assert store.get("validation_state") == "Trusted", store.get("validation_status")
    # no validation errors at all (c2pa-rs reports none for a clean, trusted manifest)
    assert not store.get("validation_status"), store.get("validation_status")
    active = store["manifests"][store["active_manifest"]]
    found = [a for a in active["assertions"] if a["label"].startswith("c2pa.actions")]
    assert [a["label"] for a in found] == ["c2pa.actions.v2"]  # v1 is deprecated (18.15.1)
    return active, found[0]["data"]


def _azadkar_is_the_claim_generator(active: dict[str, Any], actions: list[dict[str, Any]]) -> None:
    assert active["claim_generator_info"][0]["name"] == "azadkar"
    agents = [str((a.get("softwareAgent") or {}).get("name", "")) for a in actions]
    assert not any("azadkar" in name.lower() for name in agents)


@pytest.mark.parametrize("ext", ["png", "jpg", "pdf"])
def test_a_person_made_it_and_each_ai_tool_edited_it(
    tmp_path: Path, certs: DevCert, ext: str
) -> None:
    store = _read_back(_signed(tmp_path, certs, HUMAN_WITH_AI_EDITS, ext), certs.ca, ext)
    active, data = _actions_assertion(store)
    actions = data["actions"]
    created = actions[0]
    assert created == {
        "action": "c2pa.created",
        "digitalSourceType": IPTC + "digitalCreation",
        "description": "made by a person (Mina Rahimi)",
    }
    edits = [(a["action"], a["softwareAgent"]["name"], a["description"]) for a in actions[1:]]
    assert edits == [
        ("c2pa.edited", "Midjourney", "thumbnails"),
        ("c2pa.edited", "Adobe Photoshop", "generative fill background"),
    ]
    assert actions[1]["digitalSourceType"] == IPTC + "trainedAlgorithmicMedia"
    assert actions[2]["digitalSourceType"] == IPTC + "compositeWithTrainedAlgorithmicMedia"
    # Claude only assisted: no action (none of its output is in the file)
    assert len(actions) == 3
    # azadkar does not claim every step a person took with other tools (18.15.3)
    assert data["allActionsIncluded"] is False
    _azadkar_is_the_claim_generator(active, actions)
    # the deliverable as a whole is still a composite, in the disclosure assertion
    disclosure = next(a for a in active["assertions"] if a["label"] == cred.DISCLOSURE_LABEL)
    assert (
        disclosure["data"]["digital_source_type"] == IPTC + "compositeWithTrainedAlgorithmicMedia"
    )
    assert disclosure["data"]["actions_rule"] == cred.ACTIONS_RULE


def test_ai_made_it_and_a_person_edited_it(tmp_path: Path, certs: DevCert) -> None:
    active, data = _actions_assertion(
        _read_back(_signed(tmp_path, certs, AI_THEN_HUMAN), certs.ca, "png")
    )
    created, by_person = data["actions"]
    assert created == {
        "action": "c2pa.created",
        "softwareAgent": {"name": "Midjourney V7"},
        "digitalSourceType": IPTC + "trainedAlgorithmicMedia",
        "description": "poster",
    }
    assert by_person == {
        "action": "c2pa.edited",
        "digitalSourceType": IPTC + "humanEdits",
        "description": "edited by a person (Reza)",
    }
    _azadkar_is_the_claim_generator(active, data["actions"])


def test_entirely_ai_has_no_human_edit(tmp_path: Path, certs: DevCert) -> None:
    record = {**AI_THEN_HUMAN, "ai_share": 100}
    _, data = _actions_assertion(_read_back(_signed(tmp_path, certs, record), certs.ca, "png"))
    assert [a["action"] for a in data["actions"]] == ["c2pa.created"]
    assert data["actions"][0]["softwareAgent"] == {"name": "Midjourney V7"}


@pytest.mark.parametrize(
    ("record", "source"), [(NO_AI, "digitalCreation"), (NO_AI_PHOTO, "digitalCapture")]
)
def test_no_ai_at_all(tmp_path: Path, certs: DevCert, record: dict[str, Any], source: str) -> None:
    active, data = _actions_assertion(_read_back(_signed(tmp_path, certs, record), certs.ca, "png"))
    assert data["actions"] == [
        {
            "action": "c2pa.created",
            "digitalSourceType": IPTC + source,
            "description": "made by a person",
        }
    ]
    _azadkar_is_the_claim_generator(active, data["actions"])


def test_verify_text_says_who_made_it_in_both_languages(tmp_path: Path, certs: DevCert) -> None:
    signed = _signed(tmp_path, certs, AI_THEN_HUMAN)
    runner = CliRunner()
    en = runner.invoke(app, ["credentials", "verify", str(signed), "--trust", str(certs.ca)])
    assert en.exit_code == 0, en.output
    assert "  c2pa.created: trainedAlgorithmicMedia, Midjourney V7 (poster)" in en.output
    assert "  c2pa.edited: humanEdits, edited by a person (Reza)" in en.output
    fa = runner.invoke(app, ["credentials", "verify", str(signed), "--lang", "fa"])
    lines = fa.output.splitlines()
    assert "  ویرایش شد: \u2066humanEdits\u2069، ویرایش به دست یک انسان (Reza)" in lines
    assert "edited by a person" not in fa.output


# ----------------------------------------------------------------- files signed before


def _actions_before(report: Any, source_type: str | None) -> tuple[str, list[dict[str, Any]]]:
    """``_actions`` as azadkar wrote them before (commit 35bdb88), kept to make such files."""
    from azadkar.disclosure import iptc

    if report is None:
        code = source_type or cred.DEFAULT_SOURCE_TYPE
        return code, [{"action": "c2pa.created", "digitalSourceType": iptc.uri(code)}]
    code = source_type or report.digital_source_type.code
    created: dict[str, Any] = {"action": "c2pa.created", "digitalSourceType": iptc.uri(code)}
    actions = [created]
    generators = [u for u in report.uses if u.mode == "generate"]
    if generators:
        first = generators[0]
        created["softwareAgent"] = {
            "name": f"{first.name} {first.model}" if first.model else first.name
        }
        if first.purpose:
            created["description"] = first.purpose
    for use in report.uses:
        if use.mode == "assist" or (generators and use is generators[0]):
            continue
        action: dict[str, Any] = {
            "action": "c2pa.edited",
            "softwareAgent": {"name": f"{use.name} {use.model}" if use.model else use.name},
        }
        if use.digital_source_type:
            action["digitalSourceType"] = iptc.uri(use.digital_source_type)
        if use.purpose:
            action["description"] = use.purpose
        actions.append(action)
    return code, actions


def _sign_before(
    tmp: Path, certs: DevCert, record: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A file as the previous azadkar signed it: the old actions, and a disclosure
    assertion without ``actions_rule`` (c2pa.actions, which c2pa-rs stores as v2)."""
    new_data = cred._assertion_data

    def old_data(report: Any) -> dict[str, Any]:
        data = new_data(report)
        data.pop("actions_rule")
        return data

    monkeypatch.setattr(cred, "_actions", _actions_before)
    monkeypatch.setattr(cred, "_assertion_data", old_data)
    try:
        return _signed(tmp, certs, record)
    finally:
        monkeypatch.undo()


@pytest.fixture
def signed_before(tmp_path: Path, certs: DevCert, monkeypatch: pytest.MonkeyPatch) -> Path:
    return _sign_before(tmp_path, certs, HUMAN_WITH_AI_EDITS, monkeypatch)


def test_a_file_signed_before_still_verifies_and_is_described(
    signed_before: Path, certs: DevCert
) -> None:
    result = verify_file(signed_before, trust=certs.ca)
    assert result.valid and result.trusted, result.reasons
    assert result.manifest is not None
    assert result.manifest["actions"][0]["softwareAgent"]["name"] == "Midjourney"
    note = next(r for r in result.reasons if r.code == cred.LEGACY_CREATED)
    assert note.severity == "info"
    assert "earlier version of azadkar" in note.explanation
    assert "names Midjourney as if it had made the file" in note.explanation
    assert "a person made this work (digitalCreation)" in note.explanation
    runner = CliRunner()
    en = runner.invoke(app, ["credentials", "verify", str(signed_before), "--trust", str(certs.ca)])
    assert en.exit_code == 0
    assert f"[info] {cred.LEGACY_CREATED}: signed by an earlier version of azadkar" in en.output
    fa = runner.invoke(app, ["credentials", "verify", str(signed_before), "--lang", "fa"])
    assert "[توضیح] با نسخه‌ای پیشین از آزادکار امضا شده است" in fa.output
    assert cred.LEGACY_CREATED not in fa.output


def test_no_note_for_new_files_nor_for_old_ai_made_ones(
    tmp_path: Path, certs: DevCert, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = verify_file(_signed(tmp_path, certs, HUMAN_WITH_AI_EDITS), trust=certs.ca)
    assert not any(r.code == cred.LEGACY_CREATED for r in new.reasons)
    # the earlier rule named the right maker when AI made the file (AIA PAI/EAI)
    old_ai = tmp_path / "old-ai"
    old_ai.mkdir()
    result = verify_file(_sign_before(old_ai, certs, AI_THEN_HUMAN, monkeypatch), trust=certs.ca)
    assert result.trusted and result.disclosure and "actions_rule" not in result.disclosure
    assert not any(r.code == cred.LEGACY_CREATED for r in result.reasons)
    # nor for a file without AI, which the earlier rule also described right
    no_ai = tmp_path / "old-no-ai"
    no_ai.mkdir()
    result = verify_file(_sign_before(no_ai, certs, NO_AI, monkeypatch), trust=certs.ca)
    assert result.trusted and not any(r.code == cred.LEGACY_CREATED for r in result.reasons)


def test_sign_prints_the_actions_it_wrote(tmp_path: Path, certs: DevCert) -> None:
    src = tmp_path / "spread.png"
    src.write_bytes(MAKERS["png"]())
    record = tmp_path / "mina.json"
    record.write_text(json.dumps(HUMAN_WITH_AI_EDITS), encoding="utf-8")
    args = ["credentials", "sign", str(src), "--cert", str(certs.cert), "--key", str(certs.key)]
    args += ["--disclosure", str(record)]
    en = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "en.png")])
    assert en.exit_code == 0, en.output
    lines = en.output.splitlines()
    assert "digital source type (whole file): compositeWithTrainedAlgorithmicMedia" in lines
    at = lines.index("actions:")
    assert lines[at + 1 : at + 3] == [
        "  c2pa.created: digitalCreation, made by a person (Mina Rahimi)",
        "  c2pa.edited: trainedAlgorithmicMedia, Midjourney (thumbnails)",
    ]
    fa = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "fa.png"), "--lang", "fa"])
    assert "  ساخته شد: \u2066digitalCreation\u2069، ساختهٔ یک انسان (Mina Rahimi)" in (
        fa.output.splitlines()
    )


@pytest.mark.parametrize(
    ("share", "maker"), [(40, None), (60, None), (61, "Midjourney V7"), (99, "Midjourney V7")]
)
def test_who_made_it_follows_the_aia_proportion(share: int, maker: str | None) -> None:
    """AI made the asset from AIA PAI (61%) up; a human-AI blend (40-60%) is a person's
    work with AI parts. The bands are azadkar's stated assumption (docs/disclosure.md)."""
    _, actions = cred._actions(disclose({**AI_THEN_HUMAN, "ai_share": share}), None)
    created = actions[0]
    assert created["action"] == "c2pa.created"
    assert (created.get("softwareAgent") or {}).get("name") == maker
    if maker is None:
        assert created["digitalSourceType"] == IPTC + "digitalCreation"
        assert actions[1]["softwareAgent"]["name"] == "Midjourney V7"
    else:
        assert actions[-1]["digitalSourceType"] == IPTC + "humanEdits"
