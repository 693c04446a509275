"""Signing a file that already carries content credentials, and checking it, on a phone.

A Tehran illustrator signs a new version of a poster she delivered before with
credentials. The sign page said the earlier credentials were kept only when the new
manifest's actions happened to hold ``c2pa.opened``; it now says so from the signing's own
answer (``SignResult.earlier``), and names what was kept: the earlier version's title,
signer and tool. The signer is named as the verify results name signers («name (issuer)»),
not as a certificate subject (``OU=…,O=…,CN=…``). On the verify side the earlier versions
fold under their own headings and no line runs past a 390 px screen; the file pickers come
from one macro (the verify one takes several files and says so).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

# base_url (a real server) and browser (chromium): the module fixtures of _web_helpers
from _web_helpers import base_url_fixture, browser_fixture, client, png_bytes  # noqa: F401 (fixtures)

RECORD = {
    "title": "Poster",
    "author": "Shirin",
    "ai_share": 30,
    "human_review": True,
    "tools": [{"tool": "midjourney", "mode": "generate", "purpose": "first sketches"}],
}
SIGNER = "azadkar web TEST ONLY signer (azadkar TEST ONLY)"


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _part(page: str, start: str, end: str) -> str:
    assert start in page, start
    return page.split(start, 1)[1].split(end, 1)[0]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return client(tmp_path_factory.mktemp("sign-earlier"))


def _sign_api(web: Any, data: bytes, name: str, record: Any = RECORD) -> bytes:
    r = web.post(
        "/api/credentials/sign",
        files={"file": (name, data)},
        data={"disclosure": json.dumps(record)} if record else {},
    )
    assert r.status_code == 200, r.text
    return bytes(r.content)


def _sign_page(web: Any, data: bytes, name: str, lang: str) -> str:
    r = web.post(f"/disclose/sign?lang={lang}", files={"file": (name, data)}, data={"lang": lang})
    assert r.status_code == 200, r.text[:500]
    return str(r.text)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_sign_result_names_the_earlier_credentials_it_kept(web: Any, lang: str) -> None:
    delivered = _sign_api(web, png_bytes(8), "poster-v1.png")
    page = _sign_page(web, delivered, "poster-v2.png", lang)
    kept = _text(_part(page, 'id="earlier-signed"', "</dl>"))
    if lang == "fa":
        assert "نسخهٔ پیشین poster-v1.png" in kept
        assert f"امضاکننده {SIGNER}" in kept
        assert "اعتبارنامه ساخته‌شده با azadkar" in kept
    else:
        assert "Earlier version poster-v1.png" in kept
        assert f"Signer {SIGNER}" in kept
        assert "Credentials made with azadkar" in kept
    assert 'id="earlier-invalid"' not in page
    # who signed this version: by name, the subject only on hover
    by = _part(page, 'id="signed-by">', "</p>")
    assert SIGNER in by and ">OU=" not in by


def test_the_signing_answer_carries_the_earlier_version(web: Any) -> None:
    from azadkar.web import actions
    from azadkar.web.uploads import SIGNABLE, check_type

    delivered = _sign_api(web, png_bytes(8), "poster-v1.png")
    creds = web.app.state.azadkar.credentials
    for data, want in ((delivered, "poster-v1.png"), (png_bytes(8), None)):
        signed = actions.sign(creds, data, check_type(data, SIGNABLE, "file"), "p.png", None)
        earlier = signed.summary["earlier"]
        if want is None:
            assert earlier is None
            continue
        assert earlier["title"] == want
        assert earlier["signer"]["common_name"] == "azadkar web TEST ONLY signer"
        assert earlier["validation_state"] in ("Valid", "Trusted")


def test_a_file_without_credentials_says_nothing_was_kept(web: Any) -> None:
    page = _sign_page(web, png_bytes(8), "poster.png", "en")
    assert 'id="kept-earlier"' not in page and 'id="earlier-signed"' not in page


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_earlier_credentials_that_do_not_check_out_are_said_to(web: Any, lang: str) -> None:
    delivered = bytearray(_sign_api(web, png_bytes(16), "poster-v1.png"))
    at = delivered.find(b"IDAT")
    delivered[at + 10] ^= 0xFF  # the picture changed after it was signed
    page = _sign_page(web, bytes(delivered), "poster-v2.png", lang)
    warn = _text(_part(page, 'id="earlier-invalid">', "</p>"))
    assert ("درست درنیامد" if lang == "fa" else "did not check out") in warn


def test_the_iptc_code_breaks_between_its_words() -> None:
    from azadkar.web.pages import camel_breaks

    assert str(camel_breaks("compositeWithTrainedAlgorithmicMedia")) == (
        "composite<wbr>With<wbr>Trained<wbr>Algorithmic<wbr>Media"
    )
    assert str(camel_breaks("<b>")) == "&lt;b&gt;"


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_chain_folds_each_version_and_names_signers_as_the_file_facts_do(
    web: Any, lang: str
) -> None:
    first = _sign_api(web, png_bytes(8), "poster.png")
    second = _sign_api(web, first, "poster-v2.png", {**RECORD, "ai_share": 40})
    third = _sign_api(web, second, "poster-v3.png", {**RECORD, "ai_share": 50})
    r = web.post(
        f"/disclose/verify?lang={lang}",
        files=[("file", ("poster-v3.png", third))],
        data={"lang": lang},
    )
    chain = _part(r.text, 'class="earlier-versions"', "</section>")
    items = re.findall(
        r'<li class="earlier[^"]*"><details( open)?>\s*<summary>(.*?)</summary>', chain
    )
    assert [(opened, _text(s)) for opened, s in items] == [
        (" open", ("نسخهٔ پیشین ۱: poster-v2.png" if lang == "fa" else "Earlier version 1: poster-v2.png")),
        ("", ("نسخهٔ پیشین ۲: poster.png" if lang == "fa" else "Earlier version 2: poster.png")),
    ]  # fmt: skip
    assert SIGNER in _text(chain) and " / " not in _text(chain)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_file_pickers_come_from_the_macro(web: Any, lang: str) -> None:
    page = web.get(f"/disclose?lang={lang}").text
    verify = _part(page, 'action="/disclose/verify', "</form>")
    field = re.search(r'<input type="file" id="verify-file"[^>]*>', verify)
    assert field and " multiple" in field.group(0) and " required" in field.group(0)
    # its button says it takes several files
    button = _part(verify, 'class="file-btn">', "</span>")
    assert button == ("انتخاب فایل‌ها" if lang == "fa" else "Choose files")
    # the CA picker is described by the help under it
    trust = re.search(r'<input type="file" id="verify-trust"[^>]*>', verify)
    assert trust and 'aria-describedby="verify-trust-help"' in trust.group(0)
    assert 'id="verify-trust-help"' in verify
    # the sign picker takes one file
    sign = re.search(r'<input type="file" id="sign-file"[^>]*>', page)
    assert sign and "multiple" not in sign.group(0)
    assert _part(page, 'id="sign"', "</form>").count('class="file-btn">') == 1


# --------------------------------------------------------------------------- browser


WIDER = """sel => [...document.querySelectorAll(sel + ' *')].filter(e => {
  const r = e.getBoundingClientRect(); return r.width && (r.left < -1 || r.right > innerWidth + 1);
}).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_on_a_phone_the_sign_and_verify_results_fit_and_the_chain_folds_by_keyboard(
    browser: Any, base_url: str, lang: str, tmp_path: Path
) -> None:
    import httpx

    first = httpx.post(
        f"{base_url}/api/credentials/sign", files={"file": ("poster.png", png_bytes(8))}
    )
    delivered = tmp_path / "poster.signed.png"
    delivered.write_bytes(first.content)
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        pg.goto(f"{base_url}/disclose?lang={lang}")
        # the CA picker keeps its help and gets the chosen name beside it (app.js)
        assert pg.locator("#verify-trust").get_attribute("aria-describedby") == (
            "verify-trust-help verify-trust-name"
        )
        pg.set_input_files("#sign-file", str(delivered))
        pg.locator("#sign form button[type=submit]").click()
        pg.wait_for_selector("#earlier-signed")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        assert pg.evaluate(WIDER, "#sign") == []
        with pg.expect_download() as download:
            pg.click("#sign a[download]")
        again = tmp_path / "poster.v2.png"
        download.value.save_as(again)
        # sign that one again: a chain of two earlier versions
        pg.set_input_files("#sign-file", str(again))
        pg.locator("#sign form button[type=submit]").click()
        pg.wait_for_selector("#earlier-signed")
        with pg.expect_download() as download:
            pg.click("#sign a[download]")
        third = tmp_path / "poster.v3.png"
        download.value.save_as(third)
        pg.set_input_files("#verify-file", str(third))
        pg.locator("#verify form button[type=submit]").click()
        pg.wait_for_selector(".earlier-versions")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        assert pg.evaluate(WIDER, "#verify") == []
        chain = pg.locator(".earlier-versions .chain")
        assert chain.evaluate("e => getComputedStyle(e).listStyleType") == "none"
        assert chain.evaluate("e => getComputedStyle(e).paddingInlineStart") == "0px"
        folds = chain.locator("details")
        assert folds.count() == 2
        assert (
            folds.nth(0).get_attribute("open") == "" and folds.nth(1).get_attribute("open") is None
        )
        # the folded one opens from the keyboard
        summary = folds.nth(1).locator("summary")
        summary.focus()
        assert pg.evaluate("document.activeElement.tagName") == "SUMMARY"
        pg.keyboard.press("Enter")
        assert folds.nth(1).get_attribute("open") == ""
        assert pg.evaluate(WIDER, "#verify") == []
        # axe-core on the page as it is now (the chain open): nothing serious or critical
        axe = pytest.importorskip("axe_playwright_python.sync_playwright")
        found = axe.Axe().run(pg).response["violations"]
        serious = [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")]
        assert serious == []
        pg.locator(".earlier-versions").screenshot(
            path=str(tmp_path / f"earlier-versions-{lang}-390.png")
        )
    finally:
        pg.close()


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_disclose_page_links_to_its_parts(web: Any, lang: str) -> None:
    page = web.get(f"/disclose?lang={lang}").text
    nav = _part(page, '<nav class="jump"', "</nav>")
    targets = re.findall(r'href="#([\w-]+)"', nav)
    assert targets == ["disclose-form", "sign", "verify"]
    for target in targets:
        assert f'id="{target}"' in page
    # once a disclosure is written, it comes first
    written = web.post(
        "/disclose",
        data={"lang": lang, "title": "Poster", "ai_share": "30", "tool0": "midjourney",
              "human_review": "yes"},
    ).text  # fmt: skip
    nav = _part(written, '<nav class="jump"', "</nav>")
    assert re.findall(r'href="#([\w-]+)"', nav)[0] == "disclosure-result"
    assert 'id="disclosure-result"' in written


@pytest.mark.browser
def test_a_keyboard_reaches_the_verify_form_in_a_few_presses(browser: Any, base_url: str) -> None:
    # the Toronto client only checks the file she received: before, 31 Tab presses (the
    # whole disclosure form and the signing card) came first
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        pg.goto(f"{base_url}/disclose?lang=en")
        for _ in range(12):
            pg.keyboard.press("Tab")
            if pg.evaluate("document.activeElement.getAttribute('href')") == "#verify":
                break
        else:
            pytest.fail("no link to the verify form within 12 Tab presses")
        pg.keyboard.press("Enter")
        pg.keyboard.press("Tab")
        assert pg.evaluate("document.activeElement.id") == "verify-file"
    finally:
        pg.close()
