"""The web app as three people use it: a Tehran illustrator on a phone (Persian, toman),
a Toronto client checking a delivered file (English), and a researcher with curl.

Each test pins one finding of that walk-through and fails on the code before its fix.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from _web_helpers import browser_page, client, png_bytes, serve

ILLUSTRATOR = (
    "کارم تصویرسازی کتاب کودکه، گاهی هم پست اینستاگرام طراحی می‌کنم، با Midjourney هم کار کردم"
)


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return client(tmp_path_factory.mktemp("people"))


def _text(page: str) -> str:
    """What a person reads: tags out, entities and isolate marks resolved."""
    text = re.sub(r"<[^>]+>", "", page)
    return html.unescape(text).replace("\u2066", "").replace("\u2069", "")


# ------------------------------------------------------------------ the illustrator (fa)


def test_service_disagreement_line_shows_its_number_in_persian(web: Any) -> None:
    """Each service's "labels disagree on X of task weight" line showed «{pct}» on Persian
    pages: the sentence was isolated as a whole first, which wrapped the placeholder's
    Latin letters, so the number was never put in."""
    page = web.get(
        "/assess/result?lang=fa&sid=illustration&share=۵۰&sid=banner_ad_design&share=۵۰"
        "&rate=۴۵۰٬۰۰۰&currency=toman"
    ).text
    lines = re.findall(r'<p class="small disagree">(.*?)</p>', page, re.S)
    assert lines, "no per-service disagreement line"
    for line in lines:
        read = _text(line)
        assert "{pct}" not in read and "pct" not in read
        assert re.search("[۰-۹]+٪", read), read
        assert 'href="#ev-labels"' in line  # the number says where it comes from


# ------------------------------------------------------------------------ the researcher


@pytest.mark.parametrize(
    ("body", "byte", "cp1256"),
    [
        (b'{"text": "\xff\xfe logo"}', 11, False),
        # Persian typed on Windows and sent with curl -d @file: Windows-1256 bytes
        ('{"text": "طراحي لوگو"}'.encode("cp1256"), 11, True),
    ],
)
def test_json_body_that_is_not_utf8_is_named(
    web: Any, body: bytes, byte: int, cp1256: bool
) -> None:
    """A body that is not UTF-8 got FastAPI's "There was an error parsing the body" (400,
    English only): now it says which byte, where, and what to send, in both languages."""
    r = web.post("/api/assess", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert "UTF-8" in p["detail"] and f"at byte {byte}" in p["detail"]
    assert "parsing the body" not in p["detail"]
    assert "UTF-8" in p["detail_fa"] and "بایت" in p["detail_fa"]
    assert ("Windows-1256" in p["detail"]) is cp1256
    assert p["errors"][0]["field"] == "body"


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        ("post", "/api/assess", {"json": {}}, "services"),
        ("post", "/api/assess", {"json": {"text": "   "}}, "text"),
        ("post", "/api/assess", {"json": {"services": []}}, "services"),
        ("post", "/api/plan", {"json": {"text": "xxxxxxxx qqqq"}}, "text"),
        (
            "post",
            "/api/credentials/sign",
            {"files": {"file": ("a.png", png_bytes())}, "data": {"disclosure": "{not json"}},
            "disclosure",
        ),
        (
            "post",
            "/api/credentials/sign",
            {"files": {"file": ("a.png", png_bytes())}, "data": {"disclosure": "[1]"}},
            "disclosure",
        ),
        ("get", "/api/market/indicators", {}, None),
    ],
)
def test_api_errors_say_it_in_persian_too(
    web: Any, method: str, path: str, kwargs: dict[str, Any], field: str | None
) -> None:
    """These answers had only an English ``detail``: no ``detail_fa`` (a Persian page or
    client showed English) and no ``field`` naming where the problem is."""
    r = getattr(web, method)(path, **kwargs)
    assert 400 <= r.status_code < 500
    p = r.json()
    assert re.search("[\u0600-\u06ff]", p.get("detail_fa") or ""), p
    if field is not None:
        assert p.get("field") == field, p


def test_expired_download_page_is_in_persian(web: Any) -> None:
    r = web.get("/downloads/nothing-here?lang=fa", headers={"accept": "text/html"})
    assert r.status_code == 400
    assert "دوباره امضا کنید" in html.unescape(r.text)


def test_too_long_text_on_the_persian_assess_page_is_in_persian(web: Any) -> None:
    r = web.post(
        "/assess/understand",
        data={"text": "طراحی لوگو " * 2100, "lang": "fa"},
        headers={"accept": "text/html"},
    )
    assert r.status_code == 400
    assert "۲۰٬۰۰۰ نویسه" in html.unescape(r.text)


@pytest.mark.parametrize("path", ["/api/credentials/sign", "/disclose/sign?lang=fa"])
def test_sign_error_names_the_file_not_the_servers_temporary_path(web: Any, path: str) -> None:
    """A PNG cut short failed with "signing /tmp/azadkar-web-…/upload.png failed": the
    server's private folder, shown to the visitor (the docs promise paths are scrubbed)."""
    r = web.post(path, files={"file": ("cover.png", png_bytes()[:60])})
    assert r.status_code == 422
    body = html.unescape(r.text)
    assert "azadkar-web-" not in body and "/tmp/" not in body and "upload.png" not in body
    assert "cover.png" in body


RECORD = {"title": "Book cover", "ai_share": 30, "human_review": True, "tools": ["midjourney"]}


def test_disclose_refuses_an_unknown_service_id(web: Any) -> None:
    """``record.service`` was recorded as sent ("illustrations"): the disclosure named a
    service that does not exist, where ``azadkar disclose --service`` refuses it."""
    record = {**RECORD, "tools": [{"tool": "midjourney"}], "service": "illustrations"}
    r = web.post("/api/disclose", json={"record": record})
    assert r.status_code == 422
    p = r.json()
    assert p["field"] == "record.service"
    assert "illustration" in p["suggestions"]
    assert "record.service" in p["detail"] and "خدمت" in p["detail_fa"]
    # a known id still goes through
    ok = web.post("/api/disclose", json={"record": {**record, "service": "illustration"}})
    assert ok.status_code == 200, ok.text


def test_sign_refuses_a_disclosure_with_an_unknown_service_id(web: Any) -> None:
    record = {**RECORD, "tools": [{"tool": "midjourney"}], "service": "ilustration"}
    r = web.post(
        "/api/credentials/sign",
        files={"file": ("a.png", png_bytes())},
        data={"disclosure": json.dumps(record)},
    )
    assert r.status_code == 422
    assert r.json()["field"] == "disclosure.service"


def test_disclosure_record_errors_name_their_field_in_the_request(web: Any) -> None:
    """A record that does not validate listed ``errors`` as the core's ``{loc, msg}`` (no
    ``field``, ``in`` or Persian), unlike every other wrong-shape answer, and the detail
    named ``ai_share`` rather than where it is in the request, ``record.ai_share``."""
    record = {
        "title": "Book cover",
        "ai_share": 150,
        "human_review": True,
        "tools": [{"tool": "midjourney", "mode": "paint"}],
    }
    r = web.post("/api/disclose", json={"record": record})
    assert r.status_code == 422
    p = r.json()
    fields = {e["field"] for e in p["errors"]}
    assert fields == {"record.ai_share", "record.tools[0].mode"}, p["errors"]
    for e in p["errors"]:
        assert e["in"] == "body"
        assert e["message"].startswith(e["field"] + ": ")
        assert re.search("[\u0600-\u06ff]", e["message_fa"]), e
    assert "record.ai_share" in p["detail"] and "record.ai_share" in p["detail_fa"]


def test_sign_disclosure_errors_name_their_field_in_the_form(web: Any) -> None:
    r = web.post(
        "/api/credentials/sign",
        files={"file": ("a.png", png_bytes())},
        data={"disclosure": json.dumps({"title": "", "ai_share": 30, "human_review": True})},
    )
    assert r.status_code == 422
    p = r.json()
    assert [e["field"] for e in p["errors"]] == ["disclosure.title"]
    assert p["field"] == "disclosure.title"


# ------------------------------------------------------------------- the Toronto client


def _disclosed(web: Any, lang: str = "en") -> tuple[str, str]:
    """The disclose page after a disclosure, and its hidden record for the file forms."""
    page = web.post(
        "/disclose",
        data={
            "lang": lang,
            "title": "Cover illustration",
            "modality": "image",
            "ai_share": "30",
            "tool0": "midjourney",
            "purpose0": "first composition ideas",
            "human_review": "on",
            "author": "Sara",
            "max_ai_share": "40",
        },
    ).text
    record = html.unescape(re.search(r'name="record" value="([^"]*)"', page).group(1))
    return page, record


def _signed(web: Any, record: str) -> bytes:
    r = web.post(
        "/api/credentials/sign",
        files={"file": ("cover.png", png_bytes(8))},
        data={"disclosure": record},
    )
    assert r.status_code == 200, r.text
    return r.content


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_verify_says_who_signed_and_what_the_file_claims(web: Any, lang: str) -> None:
    """A client checking a delivered file saw a verdict and the disclosure sentence, but not
    who signed it, which AI tools its manifest names, its source type or its date."""
    _, record = _disclosed(web, lang)
    page = web.post(
        f"/disclose/verify?lang={lang}",
        files={"file": ("cover.signed.png", _signed(web, record))},
        data={"lang": lang},
    ).text
    facts = _text(page.split('id="file-facts"', 1)[1].split("</dl>", 1)[0])
    assert "azadkar web TEST ONLY signer" in facts
    assert "Midjourney (first composition ideas)" in facts
    assert ("ترکیبی" if lang == "fa" else "Composite") in facts
    assert "Sara" in facts
    assert ("۳۰٪" if lang == "fa" else "30%") in facts
    # a person made it (30% AI): the c2pa.created action names no tool, and the page says so
    assert ("ساختهٔ یک انسان" if lang == "fa" else "made by a person (Sara)") in facts


def test_a_tampered_files_claims_are_not_shown_as_if_they_held(web: Any) -> None:
    _, record = _disclosed(web)
    data = bytearray(_signed(web, record))
    data[data.index(b"IDAT") + 6] ^= 0xFF  # a byte of the image itself, after signing
    page = web.post(
        "/disclose/verify?lang=en", files={"file": ("cover.png", bytes(data))}, data={"lang": "en"}
    ).text
    assert 'data-verdict="changed"' in page
    assert 'id="invalid-caution"' in page
    # the unsigned file: no claims, so no caution and no facts
    plain = web.post(
        "/disclose/verify?lang=en", files={"file": ("a.png", png_bytes())}, data={"lang": "en"}
    ).text
    assert 'data-verdict="unsigned"' in plain
    assert 'id="invalid-caution"' not in plain and 'id="file-facts"' not in plain


def test_verifying_keeps_the_disclosure_on_the_page(web: Any) -> None:
    """After signing, the disclosure stayed on the page; verifying the signed file then
    emptied it and the form (title gone, medium back to text), so the next file could not
    be signed with it without typing it all again."""
    page, record = _disclosed(web)
    assert 'action="/disclose/verify' in page
    verify_form = page.split('action="/disclose/verify', 1)[1].split("</form>", 1)[0]
    assert 'name="record"' in verify_form
    options = html.unescape(re.search(r'name="options" value="([^"]*)"', page).group(1))
    after = web.post(
        "/disclose/verify?lang=en",
        files={"file": ("cover.png", _signed(web, record))},
        data={"lang": "en", "record": record, "options": options},
    ).text
    assert 'id="disclosure-result"' in after
    assert 'value="Cover illustration"' in after
    assert re.search(r'<option value="image" selected>', after)


# --------------------------------------------------------- the illustrator saves her disclosure


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_disclosure_can_be_downloaded(web: Any, lang: str) -> None:
    """The page showed the disclosure with copy buttons only: nothing to save it with, for
    the records or for signing on the command line, and no clauses to attach to a contract."""
    page, record = _disclosed(web, lang)
    form = page.split('id="disclosure-downloads"', 1)[1].split("</form>", 1)[0]
    assert 'name="record"' in form
    options = html.unescape(re.search(r'name="options" value="([^"]*)"', form).group(1))
    sent = {"lang": lang, "record": record, "options": options}

    saved = web.post("/disclose/download/json", data=sent)
    assert saved.status_code == 200
    assert 'filename="disclosure.json"' in saved.headers["content-disposition"]
    doc = saved.json()
    assert doc["aia"]["statement"] == "AIA Ph Nc Hin R Midjourney v1.0"
    assert doc["record"]["title"] == "Cover illustration"
    # what the JSON download holds signs a file as the record itself does
    signed = web.post(
        "/api/credentials/sign",
        files={"file": ("cover.png", png_bytes())},
        data={"disclosure": json.dumps(doc["record"])},
    )
    assert signed.status_code == 200

    md = web.post("/disclose/download/md", data=sent)
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    text = md.content.decode()
    assert "AIA Ph Nc Hin R Midjourney v1.0" in text
    assert ("بندهای قرارداد" if lang == "fa" else "AI-use clauses") in text

    pdf = web.post("/disclose/download/pdf", data=sent)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_a_disclosure_download_without_a_disclosure_says_what_to_do(web: Any) -> None:
    r = web.post("/disclose/download/md", data={"lang": "fa"}, headers={"accept": "text/html"})
    assert r.status_code == 400
    assert "نخست فرم صفحهٔ «افشا» را پر کنید" in html.unescape(r.text)
    r = web.post("/disclose/download/docx", data={"lang": "en", "record": "{}"})
    assert r.status_code == 400 and "json, md or pdf" in r.json()["detail"]


def test_api_page_shows_a_persian_search_that_curl_can_send(web: Any) -> None:
    """The services example searched "logo"; a researcher who typed a Persian word into the
    same command got "Invalid HTTP request received." (400, before the app): the server
    refuses raw Persian bytes in an address. The example now searches in Persian, encoded
    by curl, and says why."""
    from urllib.parse import parse_qsl

    from azadkar.web.pages import SERVICES_EXAMPLE_QUERY, api_operations

    op = next(
        o for o in api_operations(web.app, "http://testserver/") if o["path"] == "/api/services"
    )
    assert "-G" in op["command"].split() and "--data-urlencode" in op["command"]
    query = re.search(r"--data-urlencode '([^']*)'", op["command"]).group(1)
    params = dict(parse_qsl(query))
    assert params["q"] == SERVICES_EXAMPLE_QUERY
    found = web.get("/api/services", params=params).json()
    assert "logo_design" in [s["id"] for s in found]
    for lang in ("fa", "en"):
        page = web.get(f"/docs?lang={lang}").text
        assert 'id="urlencode-note"' in page and "--data-urlencode" in page


# ------------------------------------------------------------------------- on a phone


@pytest.mark.browser
def test_phone_header_keeps_the_sections_on_one_line(tmp_path: Path) -> None:
    """On a 390 px phone the English menu, squeezed between the brand and the language
    switch, stood one link a line: four lines, 165 px of header above every page."""
    with serve(tmp_path / "m.duckdb") as url, browser_page() as page:
        for lang in ("en", "fa"):
            page.goto(f"{url}/assess?lang={lang}")
            tops = page.evaluate(
                "[...document.querySelectorAll('nav a')].map(a => a.getBoundingClientRect().top)"
            )
            assert len(tops) == 4 and max(tops) - min(tops) < 2, (lang, tops)
            header = page.evaluate("document.querySelector('header.top').offsetHeight")
            assert header <= 110, (lang, header)
            brand = page.locator(".brand").bounding_box()
            switch = page.locator(".lang-switch").bounding_box()
            assert brand and switch and abs(brand["y"] - switch["y"]) < 20
            assert (brand["x"] > switch["x"]) == (lang == "fa")
            assert page.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_ai_share_is_never_assumed(web: Any, lang: str) -> None:
    """The form came with an AI share of 30 filled in: anyone who did not change it
    disclosed, and signed into the file, a share they never gave. Sent empty, it was read
    as 0% ("made entirely by a person")."""
    form = web.get(f"/disclose?lang={lang}").text
    share = re.search(r'<input name="ai_share"[^>]*>', form).group(0)
    assert 'value=""' in share and "required" in share
    r = web.post(
        "/disclose",
        data={"lang": lang, "title": "Cover", "ai_share": "", "human_review": "on"},
        headers={"accept": "text/html"},
    )
    assert r.status_code == 400
    assert 'id="ai_share-error"' in r.text and 'id="disclosure-result"' not in r.text
    assert ("اگر هوش مصنوعی به کار نرفته" if lang == "fa" else "0 if no AI") in r.text


@pytest.mark.parametrize(("lang", "words"), [("en", "Disclose page"), ("fa", "صفحهٔ «افشا»")])
def test_claims_point_to_the_disclose_page(web: Any, lang: str, words: str) -> None:
    """The ownership claim's note said to run `azadkar disclose`, a command, on a web page
    whose Disclose page does it."""
    page = html.unescape(web.get(f"/evidence?lang={lang}").text)
    claims = page.split('id="claims"', 1)[1]
    assert words in claims


@pytest.mark.parametrize(("lang", "words"), [("en", "Composite including"), ("fa", "ترکیبی")])
def test_signed_file_names_its_source_type_in_words(web: Any, lang: str, words: str) -> None:
    """After signing, the page gave the IPTC source type as its code only
    ("compositeWithTrainedAlgorithmicMedia"), which says nothing to a person."""
    _, record = _disclosed(web, lang)
    page = web.post(
        f"/disclose/sign?lang={lang}",
        files={"file": ("cover.png", png_bytes())},
        data={"lang": lang, "record": record, "attach": "on"},
    ).text
    ok = html.unescape(page.split('<div class="ok" role="status">', 1)[1].split("</p>", 1)[0])
    # the code may break between its words on a phone (<wbr>), never inside one
    assert words in ok and "compositeWithTrainedAlgorithmicMedia" in ok.replace("<wbr>", "")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_human_review_is_asked_not_ticked_for_the_person(web: Any, lang: str) -> None:
    """ "A person reviewed all AI output before delivery" came ticked: everyone who did not
    untick it stated a review in the disclosure, and signed it into the file. It is now a
    yes-or-no question with neither answer chosen, that the browser requires."""
    form = web.get(f"/disclose?lang={lang}").text
    radios = re.findall(r'<input type="radio" name="human_review"[^>]*>', form)
    assert [re.search(r'value="(\w+)"', r).group(1) for r in radios] == ["yes", "no"]
    assert not any("checked" in r for r in radios) and "required" in radios[0]
    base = {"lang": lang, "title": "Cover", "ai_share": "30", "tool0": "midjourney"}
    for answer, reviewed in (("yes", True), ("no", False), ("on", True)):
        page = web.post("/disclose", data={**base, "human_review": answer}).text
        record = json.loads(html.unescape(re.search(r'name="record" value="([^"]*)"', page)[1]))
        assert record["human_review"] is reviewed
        # the answer given is the one shown again
        chosen = re.search(
            r'<input type="radio" name="human_review" value="(\w+)"[^>]*checked', page
        )
        assert chosen and chosen.group(1) == ("yes" if reviewed else "no")


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_cut_short_file_is_named_damaged_not_invalid(web: Any, lang: str) -> None:
    """A signed file cut in half (an interrupted download) is not a broken signature: the
    page says it is damaged and what to do, in the page's language, as the CLI does."""
    _, record = _disclosed(web, lang)
    signed = _signed(web, record)
    half = signed[: len(signed) // 2]
    page = web.post(
        f"/disclose/verify?lang={lang}",
        files={"file": ("cover.png", half)},
        data={"lang": lang},
    ).text
    assert 'data-verdict="damaged"' in page
    said = _text(page.split('data-verdict="damaged"', 1)[1].split("</ul>", 1)[0])
    assert ("آسیب دیده یا ناقص" if lang == "fa" else "damaged or cut short") in said
    assert ("دوباره" if lang == "fa" else "again") in said
    assert "asset could not be parsed" not in said  # c2pa's words are not the message
    api = web.post("/api/credentials/verify", files={"file": ("cover.png", half)}).json()
    assert api["damaged"] and not api["valid"] and api["meaning"]["fa"]
    assert [r["code"] for r in api["reasons"]] == ["file.damaged"]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_plan_rules_are_explained_once_and_rows_name_their_rule(web: Any, lang: str) -> None:
    """The task table repeated its rule's whole sentence on every row; the rules now stand
    once above it, and each row links to its rule, as in the reports."""
    import azadkar
    from azadkar.plan import RULES, plan

    page = html.unescape(
        web.get(f"/assess/result?lang={lang}&sid=copywriting&share=60&sid=seo&share=40").text
    )
    rules = page.split('id="plan-rules"', 1)[1].split("</dl>", 1)[0]
    used = {x.rule for x in plan(azadkar.assess(["copywriting:60", "seo:40"])).actions}
    for rid, _act, en, fa in RULES:
        sentence = fa if lang == "fa" else en
        assert page.count(sentence) == (1 if rid in used else 0), rid
        assert (sentence in rules) == (rid in used)
    assert page.count('href="#rule-') == len(
        plan(azadkar.assess(["copywriting:60", "seo:40"])).actions
    )
