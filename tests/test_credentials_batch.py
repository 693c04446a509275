"""``credentials verify`` of many files: an agency checks a folder of deliveries at once.

Before, ``verify`` took one file ("Got unexpected extra argument" for a second one), so a
Toronto agency receiving a dozen files from its freelancers ran it a dozen times. Now it
takes several files and folders: one line per file, a count of each verdict, JSON with one
object per file, and an exit code that says whether all of them verified. A file that is
not a JPEG, PNG or PDF is named with its reason, never skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.disclosure import DevCert, disclose, make_dev_cert, sign_file
from test_credentials import MAKERS

RECORD = {
    "title": "Brochure",
    "author": "Sara",
    "ai_share": 30,
    "human_review": True,
    "tools": [{"tool": "chatgpt", "mode": "generate", "purpose": "first draft"}],
}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="freelancer")


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, certs: DevCert) -> Path:
    """A folder of signed deliveries: a JPEG, a PNG and (in a subfolder) a PDF."""
    folder = tmp_path_factory.mktemp("signed")
    (folder / "print").mkdir()
    for ext, where in (("jpg", "cover.jpg"), ("png", "banner.png"), ("pdf", "print/flyer.pdf")):
        src = folder.parent / f"src-{ext}.{ext}"
        src.write_bytes(MAKERS[ext]())
        sign_file(
            src, cert=certs.cert, key=certs.key, out=folder / where, disclosure=disclose(RECORD)
        )
    return folder


@pytest.fixture
def mixed(tmp_path: Path, signed: Path) -> Path:
    """What arrives in practice: signed files, one changed after signing, one re-saved
    without credentials, notes, an empty download."""
    folder = tmp_path / "deliveries"
    folder.mkdir()
    for name in ("cover.jpg", "banner.png"):
        (folder / name).write_bytes((signed / name).read_bytes())
    data = bytearray((signed / "cover.jpg").read_bytes())
    original = MAKERS["jpg"]()
    at = bytes(data).find(original[-20:-2])
    data[at + 2] ^= 0x01
    (folder / "cover-edited.jpg").write_bytes(bytes(data))
    (folder / "plain.png").write_bytes(MAKERS["png"]())
    (folder / "notes.txt").write_text("colours: teal and sand\n", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"")
    return folder


def _run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(app, ["credentials", "verify", *args])
    return r.exit_code, r.output


def test_all_signed_and_trusted_exits_0(signed: Path, certs: DevCert) -> None:
    code, out = _run(str(signed), "--trust", str(certs.ca))
    assert code == 0, out
    # each file with what its signer disclosed: the agency sees which are partly AI-made
    assert out.splitlines() == [
        f"{signed / 'banner.png'}: valid and trusted; disclosed: 30% AI",
        f"{signed / 'cover.jpg'}: valid and trusted; disclosed: 30% AI",
        f"{signed / 'print' / 'flyer.pdf'}: valid and trusted; disclosed: 30% AI",
        "summary: 3 files",
        "  3  valid and trusted",
    ]


def test_files_named_one_by_one_and_without_trust_exit_1(signed: Path) -> None:
    files = [str(signed / "cover.jpg"), str(signed / "banner.png")]
    code, out = _run(*files)
    assert code == 1
    lines = out.splitlines()
    # in the order given, not sorted
    said = "valid, not trusted (no --trust CA given); disclosed: 30% AI"
    assert lines[0] == f"{files[0]}: {said}"
    assert lines[1] == f"{files[1]}: {said}"
    assert lines[2:] == ["summary: 2 files", "  2  valid, not trusted (no --trust CA given)"]


def test_a_mixed_folder_names_every_file_and_counts_each_verdict(
    mixed: Path, certs: DevCert
) -> None:
    code, out = _run(str(mixed), "--trust", str(certs.ca))
    # a file that could not be checked at all is wrong input, as for a single file
    assert code == 2
    lines = out.splitlines()
    assert f"{mixed / 'banner.png'}: valid and trusted; disclosed: 30% AI" in lines
    # what a file that failed the check claims is not repeated as if it held
    assert f"{mixed / 'cover-edited.jpg'}: invalid: the file changed after it was signed" in lines
    assert f"{mixed / 'plain.png'}: no content credentials" in lines
    notes = next(line for line in lines if line.startswith(f"{mixed / 'notes.txt'}: "))
    assert notes == (
        f"{mixed / 'notes.txt'}: not checked: unsupported file type .txt; azadkar reads "
        "content credentials in JPEG (.jpg, .jpeg), PNG (.png) and PDF (.pdf)"
    )
    empty = next(line for line in lines if line.startswith(f"{mixed / 'logo.png'}: "))
    assert "not checked:" in empty and "is empty (0 bytes)" in empty
    summary = lines[lines.index("summary: 6 files") :]
    assert summary[1:] == [
        "  2  valid and trusted",
        "  2  not checked",
        "  1  invalid: the file changed after it was signed",
        "  1  no content credentials",
    ]
    assert len(lines) == 6 + 5


def test_json_is_one_object_per_file(mixed: Path, certs: DevCert) -> None:
    code, out = _run(str(mixed), "--trust", str(certs.ca), "--format", "json")
    assert code == 2
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 6
    by_name = {Path(r["file"]).name: r for r in rows}
    assert set(by_name) == {
        "banner.png",
        "cover.jpg",
        "cover-edited.jpg",
        "plain.png",
        "notes.txt",
        "logo.png",
    }
    cover = by_name["cover.jpg"]
    assert cover["checked"] and cover["valid"] and cover["trusted"]
    assert cover["verdict"] == "valid and trusted"
    assert cover["disclosure"]["record"]["author"] == "Sara"
    notes = by_name["notes.txt"]
    assert notes["checked"] is False and notes["verdict"] == "not checked"
    assert notes["reason"] == "unsupported_type" and ".txt" in notes["error"]
    assert by_name["logo.png"]["reason"] == "empty"
    assert by_name["cover-edited.jpg"]["verdict"] == (
        "invalid: the file changed after it was signed"
    )


def test_a_single_file_keeps_its_full_report_and_json_object(signed: Path, certs: DevCert) -> None:
    code, out = _run(str(signed / "cover.jpg"), "--trust", str(certs.ca), "-f", "json")
    assert code == 0
    assert json.loads(out)["verdict"] == "valid and trusted"  # an object, not a list
    code, out = _run(str(signed / "cover.jpg"), "--trust", str(certs.ca))
    assert "disclosure: AIA" in out and "summary:" not in out


def test_persian_lines_and_summary(signed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "خالی"
    empty.mkdir()
    code, out = _run(str(signed), str(empty), "--lang", "fa")
    assert code == 2
    lines = out.splitlines()
    assert (
        "\u200f\u2066" + str(signed / "cover.jpg") + "\u2069: معتبر، اما مورد اعتماد نیست"
        in (lines[1])
    )
    assert lines[3] == (
        f"\u200f\u2066{empty}\u2069: بررسی نشد: پوشهٔ \u2066{empty}\u2069 خالی است: "
        "فایلی در آن برای بررسی نیست"
    )
    assert lines[4] == "\u200fخلاصه: ۴ فایل"
    assert "\u200f  ۱ بررسی نشد" in lines


def test_a_bad_trust_file_is_said_once(signed: Path, tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate\n", encoding="utf-8")
    code, out = _run(str(signed), "--trust", str(bad))
    assert code == 2
    assert out.count("holds no PEM certificate") == 1
    assert "summary" not in out


def test_a_file_disclosed_without_ai_says_so(tmp_path: Path, certs: DevCert) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(MAKERS["jpg"]())
    record = {"title": "Portrait", "ai_share": 0, "human_review": True}
    sign_file(
        src,
        cert=certs.cert,
        key=certs.key,
        out=tmp_path / "out" / "photo.jpg",
        disclosure=disclose(record),
    )
    (tmp_path / "out" / "copy.jpg").write_bytes(src.read_bytes())
    code, out = _run(str(tmp_path / "out"), "--trust", str(certs.ca))
    assert code == 1
    assert f"{tmp_path / 'out' / 'photo.jpg'}: valid and trusted; disclosed: no AI" in out
    # nothing is said to be disclosed for a file without credentials
    assert f"{tmp_path / 'out' / 'copy.jpg'}: no content credentials\n" in out
