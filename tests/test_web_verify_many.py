"""The web page's "Verify" takes several files at once, as ``credentials verify FILE...``.

A Tehran publisher receives a book's cover (a JPEG), the text (a PDF) and the contract (a
PDF), and checks them on her phone. Before, the form took one file: the others in a
multi-file upload were silently ignored, and a text file among them was refused for the
whole form. Now each file gets its result, the page counts each verdict, and a file that
cannot be checked is listed as "not checked" with the reason. A file made from an earlier
signed version shows that chain.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from _web_helpers import client, png_bytes

RECORD = {
    "title": "Book cover",
    "author": "Sara",
    "ai_share": 30,
    "human_review": True,
    "tools": [{"tool": "midjourney", "mode": "generate", "purpose": "first sketches"}],
}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return client(tmp_path_factory.mktemp("web"))


def _sign(web: Any, data: bytes, name: str = "cover.png", record: Any = RECORD) -> bytes:
    r = web.post(
        "/api/credentials/sign",
        files={"file": (name, data)},
        data={"disclosure": json.dumps(record)} if record else {},
    )
    assert r.status_code == 200, r.text
    return bytes(r.content)


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _verify(web: Any, files: list[tuple[str, bytes]], lang: str = "en") -> str:
    r = web.post(
        f"/disclose/verify?lang={lang}",
        files=[("file", (name, data)) for name, data in files],
        data={"lang": lang},
    )
    assert r.status_code == 200, r.text
    return str(r.text)


def _rows(page: str) -> list[tuple[str, str]]:
    """(data-verdict, the row's text) for each file's row, in order."""
    listed = page.split('id="verify-list"', 1)[1].split('action="/disclose/verify', 1)[0]
    items = re.findall(
        r'<li><div class="[a-z]+" data-verdict="([^"]+)"[^>]*>(.*?)</div></li>', listed, re.S
    )
    return [(key, _text(body)) for key, body in items]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_several_files_each_get_a_result_and_the_verdicts_are_counted(web: Any, lang: str) -> None:
    signed = _sign(web, png_bytes(8))
    page = _verify(
        web,
        [
            ("cover.png", signed),
            ("notes.txt", "یادداشت مترجم\n".encode()),
            ("empty.png", b""),
            ("plain.png", png_bytes()),
        ],
        lang,
    )
    rows = _rows(page)
    assert [key for key, _ in rows] == ["test-only", "not-checked", "not-checked", "unsigned"]
    # nothing dropped: every file is named, in the order chosen
    assert [text.split(":", 1)[0].strip() for _, text in rows] == [
        "cover.png",
        "notes.txt",
        "empty.png",
        "plain.png",
    ]
    summary = _text(page.split('id="verify-summary"', 1)[1].split("</div>", 1)[0])
    if lang == "fa":
        assert "۴ فایل بررسی شد" in summary
        assert "۲ بررسی نشد" in summary and "۱ بدون اعتبارنامهٔ محتوا" in summary
        assert "notes.txt : بررسی نشد: فایل به نظر یک فایل متنی است" in rows[1][1]
        assert "empty.png : بررسی نشد: فایل خالی است" in rows[2][1]
        assert '<html lang="fa" dir="rtl"' in page
    else:
        assert "4 files checked" in summary
        assert "2 not checked" in summary and "1 no content credentials" in summary
        assert rows[1][1].startswith("notes.txt : not checked: the file looks like a text file")
        assert rows[2][1].startswith("empty.png : not checked: the file is empty")
    # a checked file keeps its details (the disclosure in it), folded on a phone
    assert "<details><summary>" in page.split('id="verify-list"', 1)[1]
    assert "AIA Ph Nc Hin R Midjourney v1.0" in rows[0][1]
    # the reason a file was not checked is machine-readable too
    listed = page.split('id="verify-list"', 1)[1]
    assert 'data-reason="file"' in listed


def test_the_form_takes_several_files_and_opens_at_the_results(web: Any) -> None:
    page = web.get("/disclose?lang=fa").text
    form = page.split('action="/disclose/verify', 1)[1].split("</form>", 1)[0]
    assert re.search(r'<input type="file" id="verify-file" name="file" multiple', form)
    # on a phone the results are below the signing card: the page opens at them
    assert form.startswith('?lang=fa#verify"')
    assert "فایل‌ها (PNG، JPEG، PDF؛ یک یا چند فایل)" in form


def test_one_file_is_reported_in_full_as_before(web: Any) -> None:
    page = _verify(web, [("cover.png", _sign(web, png_bytes(8)))])
    assert 'id="verify-list"' not in page
    assert 'data-verdict="test-only"' in page and 'id="file-facts"' in page


def test_no_file_is_the_forms_error(web: Any) -> None:
    r = web.post("/disclose/verify?lang=en", files=[("file", ("", b""))], data={"lang": "en"})
    assert r.status_code == 400
    assert "choose a file to upload" in r.text


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_file_made_from_an_earlier_signed_version_shows_the_chain(web: Any, lang: str) -> None:
    first = _sign(web, png_bytes(8), "cover.png")
    second = _sign(
        web,
        first,
        "cover.v1.png",
        {**RECORD, "author": "Lena", "ai_share": 40, "tools": [
            {"tool": "adobe_firefly", "mode": "edit", "purpose": "extend the background"}
        ]},
    )  # fmt: skip
    page = _verify(web, [("cover.v2.png", second), ("cover.v1.png", first)], lang)
    rows = _rows(page)
    chain = page.split('class="earlier-versions"', 1)[1].split("</section>", 1)[0]
    said = _text(chain)
    if lang == "fa":
        assert "نسخه‌های پیشین (زنجیرهٔ منشأ)" in said
        assert "نسخهٔ پیشین ۱: cover.png" in said
        assert "آنچه از آن پس انجام شد" in said
        assert "ویرایش شد: Adobe Firefly (extend the background)" in said
        assert "ساختهٔ یک انسان" in said  # the first version's c2pa.created, in words
        assert "سهم هوش مصنوعی ۳۰٪" in said
    else:
        assert "Earlier versions (provenance chain)" in said
        assert "Earlier version 1: cover.png" in said
        assert "edited: Adobe Firefly (extend the background)" in said
        # a person's action in azadkar's words, without "edited: edited by ..."
        assert "edited by a person (Lena), Edited by a person" in said
        assert "made by a person (Sara), Created by a person" in said
        assert "edited: edited" not in said and "created: made" not in said
        assert "AI share 30%" in said
    # the first file, made from nothing signed, has no chain
    assert rows[1][1].count("earlier-versions") == 0
    assert page.count('class="earlier-versions"') == 1


def test_signing_a_signed_file_on_the_page_says_its_credentials_were_kept(
    web: Any, tmp_path: Path
) -> None:
    first = _sign(web, png_bytes(8))
    page = web.post(
        "/disclose/sign?lang=en", files={"file": ("cover.signed.png", first)}, data={"lang": "en"}
    ).text
    assert 'id="kept-earlier"' in page
    assert "they are kept in the signed file as its earlier version" in page
    # no disclosure attached: the page does not claim digitalCreation was recorded
    assert "the credential records digitalCreation" not in page
    assert "opened from its earlier version, not what was done to it since" in page
