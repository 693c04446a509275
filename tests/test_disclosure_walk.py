"""A Tehran illustrator signs her deliverables; her Toronto client verifies what arrived.

Found walking it end to end: a file changed after signing was only "invalid" (the same word
as a broken signature), the web said nothing about what a file without credentials means
for the client, the verify text listed "c2pa.created: ... Midjourney" without what the tool
was used for, the clauses said a person reviews all AI output when the disclosure said it
was not reviewed (and never named the reviewer it gave), and a text file named .png was
"another kind of file, or a damaged one" in the terminal and "a CSV file" on the web.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from typer.testing import CliRunner

from _web_helpers import client
from azadkar.cli import app
from azadkar.disclosure import contract_clauses, disclose, make_dev_cert, sign_file, verify_file
from azadkar.disclosure.credentials import DevCert
from azadkar.web.i18n import t

RECORD = {
    "title": "Illustration for 'The Moon Fox', spread 3",
    "modality": "image",
    "author": "Mina Rahimi",
    "client": "Maple Leaf Kids Press",
    "ai_share": 20,
    "human_review": True,
    "tools": [
        {"tool": "midjourney", "mode": "generate", "purpose": "thumbnails"},
        {"tool": "photoshop", "mode": "edit", "purpose": "generative fill background"},
    ],
}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="Mina Rahimi")


def _illustration(path: Path) -> Path:
    im = Image.new("RGB", (64, 48), (240, 220, 180))
    for x in range(64):
        im.putpixel((x, x % 48), (200, 80, 60))
    im.save(path)
    return path


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, certs: DevCert) -> Path:
    folder = tmp_path_factory.mktemp("mina")
    src = _illustration(folder / "spread 3 تصویر.png")
    out = folder / "spread 3 تصویر.signed.png"
    sign_file(src, cert=certs.cert, key=certs.key, out=out, disclosure=disclose(RECORD))
    return out


def _tampered(signed: Path, dst: Path) -> Path:
    """A byte of the image changed after signing, the PNG still readable (CRC fixed)."""
    import struct
    import zlib

    data = bytearray(signed.read_bytes())
    at = data.index(b"IDAT") - 4
    size = struct.unpack(">I", data[at : at + 4])[0]
    raw = bytearray(zlib.decompress(bytes(data[at + 8 : at + 8 + size])))
    raw[len(raw) // 2] ^= 0x40
    body = zlib.compress(bytes(raw))
    chunk = struct.pack(">I", len(body)) + b"IDAT" + body
    chunk += struct.pack(">I", zlib.crc32(b"IDAT" + body) & 0xFFFFFFFF)
    data[at : at + 12 + size] = chunk
    dst.write_bytes(bytes(data))
    return dst


def _resized(signed: Path, dst: Path) -> Path:
    with Image.open(signed) as im:
        im.resize((32, 24)).save(dst)
    return dst


# ----------------------------------------------------------------------------- verdicts


def test_changed_after_signing_is_its_own_verdict(
    tmp_path: Path, signed: Path, certs: DevCert
) -> None:
    changed = verify_file(_tampered(signed, tmp_path / "tampered.png"), trust=certs.ca)
    stripped = verify_file(_resized(signed, tmp_path / "resized.png"), trust=certs.ca)
    untrusted = verify_file(signed)
    assert changed.changed and not changed.unsigned and not changed.valid
    assert changed.verdict == "invalid: the file changed after it was signed"
    assert changed.verdict_text("fa") == "نامعتبر: فایل پس از امضا تغییر کرده است"
    assert changed.meaning_text().startswith("The file's content changed after it was signed")
    assert "نسخهٔ اصلیِ" in changed.meaning_text("fa")
    # the three a client must tell apart read differently, in both languages
    for lang in ("en", "fa"):
        said = {r.verdict_text(lang) for r in (changed, stripped, untrusted)}
        assert len(said) == 3
    assert not stripped.changed and stripped.unsigned
    assert not untrusted.changed and untrusted.valid and untrusted.test_only


def test_cli_verify_names_the_change_and_each_tool_with_its_purpose(
    tmp_path: Path, signed: Path, certs: DevCert
) -> None:
    tampered = _tampered(signed, tmp_path / "tampered.png")
    r = CliRunner().invoke(app, ["credentials", "verify", str(tampered), "--trust", str(certs.ca)])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0] == f"{tampered}: invalid: the file changed after it was signed"
    # 20% AI: Mina made the illustration; Midjourney's thumbnails and Photoshop's fill are
    # edits to it (before, c2pa.created named Midjourney as if it had made the file)
    assert "  c2pa.created: digitalCreation, made by a person (Mina Rahimi)" in lines
    assert "  c2pa.edited: trainedAlgorithmicMedia, Midjourney (thumbnails)" in lines
    assert (
        "  c2pa.edited: compositeWithTrainedAlgorithmicMedia, Adobe Photoshop "
        "(generative fill background)"
    ) in lines
    r = CliRunner().invoke(app, ["credentials", "verify", str(tampered), "--format", "json"])
    out = json.loads(r.output)
    assert out["verdict"] == "invalid: the file changed after it was signed"
    assert out["valid"] is False and out["test_only"] is True
    r = CliRunner().invoke(app, ["credentials", "verify", str(signed), "--lang", "fa"])
    fa_lines = r.output.splitlines()
    assert "  ساخته شد: \u2066digitalCreation\u2069، ساختهٔ یک انسان (Mina Rahimi)" in (fa_lines)
    assert "  ویرایش شد: \u2066trainedAlgorithmicMedia\u2069، Midjourney (thumbnails)" in fa_lines


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return client(tmp_path_factory.mktemp("web"))


def _verify(web: Any, name: str, data: bytes, lang: str) -> str:
    r = web.post(f"/disclose/verify?lang={lang}", files={"file": (name, data)}, data={"lang": lang})
    return r.text


def _box(page: str) -> str:
    box = page.split("data-verdict=", 1)[1].split("</div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", " ", box))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_web_says_changed_and_what_a_missing_credential_means(
    web: Any, tmp_path: Path, signed: Path, lang: str
) -> None:
    page = _verify(web, "tampered.png", _tampered(signed, tmp_path / "t.png").read_bytes(), lang)
    assert 'data-verdict="changed"' in page
    box = _box(page)
    assert t("changed_after_signing", lang) in box
    from azadkar.disclosure.credentials import MEANINGS

    assert MEANINGS["changed"][lang] in box
    # re-saved by an editor: the client is told an editor may have removed them, and what to do
    page = _verify(web, "resized.png", _resized(signed, tmp_path / "r.png").read_bytes(), lang)
    assert 'data-verdict="unsigned"' in page
    assert MEANINGS["unsigned"][lang] in _box(page)
    # the API carries the same
    api = web.post(
        "/api/credentials/verify", files={"file": ("t.png", (tmp_path / "t.png").read_bytes())}
    ).json()
    assert api["changed"] is True and api["meaning"]["en"] == MEANINGS["changed"]["en"]


# ----------------------------------------------------------------------------- clauses


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_clauses_do_not_claim_a_review_the_disclosure_did_not_state(lang: str) -> None:
    record = disclose({**RECORD, "human_review": False}).record
    text = contract_clauses(lang=lang, record=record).to_markdown()
    assert "reviews all AI output before delivery" not in text
    assert "را پیش از تحویل بازبینی می‌کند" not in text
    said = (
        "the current disclosure states that not all of it was reviewed"
        if lang == "en"
        else "افشانامهٔ کنونی می‌گوید همهٔ آن بازبینی نشده است"
    )
    assert said in text
    # reviewed, by someone else than the author: that person is named
    reviewed = disclose({**RECORD, "reviewer": "Sara Ahmadi"}).record
    text = contract_clauses(lang=lang, record=reviewed).to_markdown()
    assert "Sara Ahmadi" in text
    # reviewed by the author: as before
    own = contract_clauses(lang=lang, record=disclose(RECORD).record).to_markdown()
    assert ("A person (Mina Rahimi) reviews" if lang == "en" else "یک انسان (") in own


# ----------------------------------------------------------------------------- bad files


def test_a_text_file_named_png_is_called_a_text_file(tmp_path: Path, certs: DevCert) -> None:
    notes = tmp_path / "notes for the client.png"
    notes.write_text("Spread 3: colours as agreed.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["credentials", "verify", str(notes)])
    assert r.exit_code == 2
    assert "the name ends in .png, but the file is a text file, not a PNG" in r.output
    r = CliRunner().invoke(app, ["credentials", "verify", str(notes), "--lang", "fa"])
    assert "یک فایل متنی است، نه PNG" in r.output
    r = CliRunner().invoke(
        app,
        [
            "credentials",
            "sign",
            str(notes),
            "--cert",
            str(certs.cert),
            "--key",
            str(certs.key),
            "--out",
            str(tmp_path / "out.png"),
        ],
    )
    assert r.exit_code == 2 and "a text file, not a PNG" in r.output
    assert not (tmp_path / "out.png").exists()


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_web_names_what_a_refused_upload_is(web: Any, tmp_path: Path, lang: str) -> None:
    webp = tmp_path / "x.webp"
    Image.new("RGB", (8, 8)).save(webp)
    cases = {
        b"Spread 3: colours as agreed.\n": ("a text file", "یک فایل متنی"),
        webp.read_bytes(): ("a WebP", "یک فایل WebP"),
    }
    for data, (en, fa) in cases.items():
        page = _verify(web, "illustration.png", data, lang)
        alert = html.unescape(page.split('role="alert"', 1)[1].split("</p>", 1)[0])
        assert (en if lang == "en" else fa) in alert
        assert "CSV" not in alert


# ----------------------------------------------------------------------------- web clauses


def test_a_persian_page_gives_the_clauses_in_english_for_the_client(web: Any) -> None:
    """Mina reads the page in Persian; her Toronto client reads only English. The clauses
    PDF came only in the page's language, so the English one meant filling in the whole
    form again on the English page."""
    page = web.post(
        "/disclose?lang=fa",
        data={
            "lang": "fa",
            "title": "تصویرسازی «روباه ماه»، صفحهٔ ۳",
            "modality": "image",
            "ai_share": "۲۰",
            "tool0": "midjourney",
            "purpose0": "طرح‌های اولیهٔ کوچک",
            "tool1": "photoshop",
            "human_review": "yes",
            "author": "Mina Rahimi",
            "client": "Maple Leaf Kids Press",
        },
    ).text
    form = page.split('id="disclosure-downloads"', 1)[1].split("</form>", 1)[0]
    assert 'name="doc_lang" value="en"' in form
    assert t("dl_clauses_pdf_other", "fa") in html.unescape(re.sub(r"<[^>]+>", "", form))
    record = html.unescape(re.search(r'name="record" value="([^"]*)"', form).group(1))
    r = web.post(
        "/disclose/download/pdf?lang=fa", data={"lang": "fa", "record": record, "doc_lang": "en"}
    )
    assert r.status_code == 200 and r.content.startswith(b"%PDF-")
    assert 'filename="ai-use-clauses-en.pdf"' in r.headers["content-disposition"]
    md = web.post(
        "/disclose/download/md?lang=fa", data={"lang": "fa", "record": record, "doc_lang": "en"}
    ).text
    assert "Mina Rahimi may use these AI tools" in md and "بندهای قرارداد" not in md
    # without it, the page's own language, as before
    md = web.post("/disclose/download/md?lang=fa", data={"lang": "fa", "record": record}).text
    assert "بندهای قرارداد" in md
    bad = web.post(
        "/disclose/download/md?lang=en", data={"lang": "en", "record": record, "doc_lang": "de"}
    )
    assert bad.status_code >= 400 and "doc_lang" in bad.text


def test_persian_clauses_pdf_numbers_its_pages_in_persian_digits(tmp_path: Path) -> None:
    """The Persian clauses PDF's footer read «1 / 2» in Latin digits."""
    import shutil
    import subprocess

    from azadkar.report.clauses_pdf import clauses_pdf_document, render_clauses_pdf

    record = disclose(RECORD).record
    fa = contract_clauses(lang="fa", record=record)
    assert "counter(page, persian)" in clauses_pdf_document(fa)
    assert "persian" not in clauses_pdf_document(contract_clauses(lang="en", record=record))
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "fa.pdf"
    path.write_bytes(render_clauses_pdf(fa))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"۱\s*/\s*[۱-۹]", text)
    assert not re.search(r"\b1\s*/\s*[1-9]\b", text)


def test_signing_over_an_existing_file_says_it_replaced_it(tmp_path: Path, certs: DevCert) -> None:
    """Signing again to the same --out replaced the earlier signed file without a word."""
    src = _illustration(tmp_path / "تصویر کتاب.png")
    out = tmp_path / "تصویر کتاب.signed.png"
    args = ["credentials", "sign", str(src), "--cert", str(certs.cert), "--key", str(certs.key)]
    first = CliRunner().invoke(app, [*args, "--out", str(out), "--source-type", "digitalCreation"])
    assert first.exit_code == 0 and "replaced" not in first.output
    again = CliRunner().invoke(app, [*args, "--out", str(out), "--source-type", "digitalCreation"])
    assert again.exit_code == 0
    assert f"note: a file named {out} was there before; the signed file replaced it" in again.output
    fa = CliRunner().invoke(
        app, [*args, "--out", str(out), "--source-type", "digitalCreation", "--lang", "fa"]
    )
    assert "از پیش بود و فایل امضاشده جای آن را گرفت" in fa.output
    js = CliRunner().invoke(
        app, [*args, "--out", str(out), "--source-type", "digitalCreation", "--format", "json"]
    )
    assert json.loads(js.stdout)["replaced"] is True


def test_a_png_of_zeros_is_called_damaged_without_the_slow_c2pa_walk(
    tmp_path: Path, certs: DevCert, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 20 MB file of zeros after a PNG signature took 45 s to verify (400 MB: over ten
    minutes and 2 GB of memory), the C2PA library walking every byte before calling it
    damaged. Its first chunk has no valid type: that is known at once."""
    import c2pa

    zeros = tmp_path / "huge illustration.png"
    zeros.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2_000_000))

    def not_called(*args: object, **kwargs: object) -> None:
        raise AssertionError("the C2PA library was asked to read a PNG known to be damaged")

    monkeypatch.setattr(c2pa, "Reader", not_called)
    monkeypatch.setattr(c2pa, "Builder", not_called)
    result = verify_file(zeros)
    assert result.damaged and result.verdict.startswith("could not be checked")
    from azadkar.errors import CredentialsError

    with pytest.raises(CredentialsError, match="could not be read as a PNG file"):
        sign_file(zeros, cert=certs.cert, key=certs.key, out=tmp_path / "s.png")
    assert not (tmp_path / "s.png").exists()


# ----------------------------------------------------------------------------- sender's CA


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_web_checks_the_file_against_the_ca_file_the_sender_gave(
    web: Any, tmp_path: Path, signed: Path, certs: DevCert, lang: str
) -> None:
    """The client in Toronto got Mina's ca.pem with the files; the web page could check a
    file only against the server's own CA, so her files were never more than "not trusted",
    whoever had signed them (the command line takes --trust)."""
    page = web.get(f"/disclose?lang={lang}").text
    assert 'name="trust"' in page and t("sender_ca", lang) in html.unescape(page)

    def check(ca: Path, file: Path = signed) -> str:
        return web.post(
            f"/disclose/verify?lang={lang}",
            files={"file": (file.name, file.read_bytes()), "trust": (ca.name, ca.read_bytes())},
            data={"lang": lang},
        ).text

    from azadkar.web.actions import SENDER_CA_MEANINGS

    page = check(certs.ca)
    assert 'data-verdict="sender-ca-test-only"' in page
    box = _box(page)
    assert t("verdict_sender_ca_test_only", lang) in box
    assert SENDER_CA_MEANINGS["trusted_test"][lang] in box
    # someone else's CA: valid, but not from it
    other = make_dev_cert(tmp_path / "other", name="Someone else")
    page = check(other.ca)
    assert 'data-verdict="other-signer"' in page
    assert SENDER_CA_MEANINGS["other_signer"][lang] in _box(page)
    # changed after signing: still said so, the CA file does not make it valid
    page = check(certs.ca, _tampered(signed, tmp_path / "t.png"))
    assert 'data-verdict="changed"' in page
    # a key or any other file in place of the CA file: named, nothing checked
    page = check(certs.key)
    alert = html.unescape(page.split('role="alert"', 1)[1].split("</p>", 1)[0])
    assert ("CA file" if lang == "en" else "گواهی مرجع فرستنده") in alert
    assert "data-verdict=" not in page
    # the server's path of the uploaded CA never shows
    assert "sender-ca.pem" not in check(other.ca)
