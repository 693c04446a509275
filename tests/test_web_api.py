"""The JSON API, in process: it mirrors the library, answers problem+json, guards uploads."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

import azadkar
from _web_helpers import client, png_bytes, postings_csv
from azadkar.web import uploads

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-api")) as c:
        yield c


def _problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    return body  # type: ignore[no-any-return]


def test_assess_services_is_the_library_json(api: Any) -> None:
    r = api.post(
        "/api/assess",
        json={"services": ["logo_design:60", {"id": "seo", "share": 40}], "rate": 25},
    )
    assert r.status_code == 200, r.text
    profile = azadkar.make_profile(["logo_design:60", "seo:40"], rate=25)
    expected = json.loads(json.dumps(azadkar.assess(profile).to_dict()))
    assert r.json() == expected
    service = r.json()["services"][0]
    assert {"id", "share", "exposure", "tasks"} <= set(service)
    assert {"alpha", "beta", "gamma"} <= set(service["exposure"]["gpt4"])


def test_assess_free_text_reads_the_services(api: Any) -> None:
    r = api.post("/api/assess", json={"text": "طراحی لوگو برای کافه‌ها و ادمین اینستاگرام"})
    assert r.status_code == 200, r.text
    body = r.json()
    ids = {s["id"] for s in body["services"]}
    assert "logo_design" in ids
    assert body["understood"]["category"]
    assert abs(sum(s["share"] for s in body["services"]) - 1) < 1e-6


def test_assess_errors_are_actionable_problems(api: Any) -> None:
    body = _problem(api.post("/api/assess", json={"services": ["logo"]}), 422)
    assert "logo_design" in body["suggestions"] and "logo" in body["detail"]
    body = _problem(api.post("/api/assess", json={"services": ["seo:30", "logo_design:30"]}), 400)
    assert "100" in body["detail"]
    body = _problem(api.post("/api/assess", json={}), 400)
    assert "text" in body["detail"] and "services" in body["detail"]
    body = _problem(api.post("/api/assess", json={"services": [{"id": "seo", "share": 500}]}), 422)
    assert any(e["field"].startswith("services") for e in body["errors"])
    _problem(
        api.post("/api/assess", content=b"{not json", headers={"content-type": "application/json"}),
        422,
    )


def test_classify(api: Any) -> None:
    r = api.post("/api/classify", json={"text": "I edit videos for YouTube channels"})
    assert r.status_code == 200
    body = r.json()
    assert body["profile"] and body["profile"][0]["id"] == "video_editing"
    assert body["lang"] == "en"


def test_report_downloads(api: Any) -> None:
    r = api.post("/api/report/md", json={"services": ["copywriting"], "lang": "fa"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/markdown")
    assert "attachment" in r.headers["content-disposition"]
    assert "ارزیابی" in r.text
    from typer.testing import CliRunner

    from azadkar.cli import app

    # The same document as `azadkar assess --format md`: projection, plan and pricing too.
    cli = CliRunner().invoke(
        app, ["assess", "--service", "copywriting", "--lang", "fa", "-f", "md"]
    )
    assert r.text.rstrip("\n") == cli.output.rstrip("\n")
    assert "۲. چشم‌انداز" in r.text and "۳. برنامهٔ شما" in r.text
    r = api.post("/api/report/json", json={"services": ["copywriting"]})
    body = r.json()
    assert body["services"][0]["id"] == "copywriting"
    cli = CliRunner().invoke(app, ["assess", "--service", "copywriting", "-f", "json"])
    assert body == json.loads(cli.output)
    assert body["projection"]["years"] and body["plan"]["tasks"] and body["plan"]["pricing"]
    _problem(api.post("/api/report/docx", json={"services": ["seo"]}), 422)


def test_disclose_and_its_errors(api: Any) -> None:
    record = {
        "title": "Blog post",
        "ai_share": 30,
        "human_review": True,
        "tools": [{"tool": "chatgpt", "mode": "generate", "purpose": "first draft"}],
    }
    r = api.post("/api/disclose", json={"record": record, "clauses": {"platform": "upwork"}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["disclosure"]["aia"]["statement"].startswith("AIA ")
    assert body["clauses"]["fa"]["clauses"] and body["clauses"]["en"]["markdown"].startswith("# ")
    body = _problem(api.post("/api/disclose", json={"record": {**record, "tools": []}}), 422)
    assert "tool" in body["detail"]
    assert api.post("/api/disclose", json={"record": record}).json()["warnings"] == []


def test_disclose_warns_when_the_clauses_cap_ai_below_the_disclosure(api: Any) -> None:
    # The CLI and the web form warn; the API answered without a word.
    record = {
        "title": "Blog post",
        "ai_share": 35,
        "human_review": True,
        "tools": [{"tool": "chatgpt", "mode": "generate"}],
    }
    r = api.post("/api/disclose", json={"record": record, "clauses": {"max_ai_share": "25%"}})
    assert r.status_code == 200, r.text
    (warning,) = r.json()["warnings"]
    assert warning["code"] == "share_conflict"
    assert "25%" in warning["en"] and "35%" in warning["en"] and "۳۵" in warning["fa"]


def test_sign_then_verify_round_trip(api: Any) -> None:
    disclosure = json.dumps(
        {
            "title": "Poster",
            "ai_share": 40,
            "human_review": True,
            "modality": "image",
            "tools": [{"tool": "midjourney", "mode": "generate"}],
        }
    )
    r = api.post(
        "/api/credentials/sign",
        files={"file": ("poster.png", png_bytes(), "image/png")},
        data={"disclosure": disclosure},
    )
    assert r.status_code == 200, r.text
    signed = r.content
    assert signed.startswith(b"\x89PNG") and len(signed) > len(png_bytes())
    assert r.headers["x-azadkar-test-only"] == "true"
    r = api.post("/api/credentials/verify", files={"file": ("any-name.png", signed, "image/png")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["valid"] and body["trusted"] and body["test_only"]
    assert body["disclosure"]["aia"].startswith("AIA ")
    assert body["file"] == "any-name.png"
    assert "/tmp" not in json.dumps(body)  # no server path leaks out
    # an unsigned file verifies as invalid, with a reason
    r = api.post("/api/credentials/verify", files={"file": ("plain.png", png_bytes(), "image/png")})
    assert r.status_code == 200 and not r.json()["valid"]
    assert r.json()["reasons"][0]["code"] == "manifest.notFound"


def test_upload_types_are_judged_by_content(api: Any) -> None:
    body = _problem(
        api.post(
            "/api/credentials/sign", files={"file": ("photo.png", b"name,pay\nx,1\n", "image/png")}
        ),
        415,
    )
    # where no text is taken (a file to sign), text is "a text file", not "a CSV file"
    assert "a text file" in body["detail"] and "content" in body["detail"]
    body = _problem(
        api.post("/api/market/ingest", files={"file": ("jobs.csv", png_bytes(), "text/csv")}), 415
    )
    assert "PNG" in body["detail"]
    _problem(api.post("/api/market/ingest", files={"file": ("empty.csv", b"", "text/csv")}), 400)
    body = _problem(
        api.post(
            "/api/market/ingest", files={"file": ("my jobs.csv", b"foo,bar\n1,2\n", "text/csv")}
        ),
        422,
    )
    # Names the upload, not the server's private copy, and no CLI option the page lacks.
    assert "my jobs.csv: cannot tell the format from its columns (foo, bar)" in body["detail"]
    assert "azadkar-web-" not in json.dumps(body) and "--format" not in body["detail"]
    assert "--mapping MAP.toml" in body["detail"]


def test_market_ingest_status_indicators(api: Any) -> None:
    r = api.post(
        "/api/market/ingest",
        files={"file": ("../../etc/postings.csv", postings_csv(), "text/csv")},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    f = body["files"][0]
    assert (f["rows"], f["accepted"], f["rejected"]) == (25, 24, 1)
    assert f["path"] == "postings.csv"  # shown by its last part; never used as a path
    assert body["rejected"][0]["reason"].startswith("unparseable date")
    again = api.post("/api/market/ingest", files={"file": ("copy.csv", postings_csv(), "text/csv")})
    assert again.json()["files"][0]["skipped"] and "/tmp" not in again.text
    status = api.get("/api/market/status").json()
    assert status["postings"] == 24 and status["rejected"] == 1
    assert status["files"][0]["path"] == "postings.csv" and "/tmp" not in json.dumps(status)
    ind = api.get("/api/market/indicators").json()
    names = {i["name"]: i for i in ind["indicators"]}
    assert names["pay_by_category"]["status"] == "ok"
    assert sum(r["postings"] for r in names["pay_by_category"]["rows"]) <= 24


def test_uploads_live_in_a_private_folder_that_is_removed(
    api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Path, int]] = []
    real = uploads.write_private

    def spy(folder: Path, data: bytes, sniffed: Any, stem: str = "upload") -> Path:
        path = real(folder, data, sniffed, stem)
        seen.append((folder, stat.S_IMODE(os.stat(folder).st_mode)))
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert path.name == f"{stem}{sniffed.ext}"
        return path

    monkeypatch.setattr("azadkar.web.actions.write_private", spy)
    r = api.post("/api/credentials/verify", files={"file": ("../x.png", png_bytes(), "image/png")})
    assert r.status_code == 200
    ((folder, mode),) = seen
    assert mode == 0o700
    assert not folder.exists()


def test_size_limits(tmp_path: Path) -> None:
    with client(tmp_path, max_request_bytes=2000, max_upload_bytes=5000) as small:
        body = _problem(small.post("/api/classify", json={"text": "x" * 3000}), 413)
        assert "at most" in body["detail"]
        # the advice fits what the address takes: a JSON request is sent in parts,
        # postings are split into files, an image is exported smaller (never "split it")
        assert "smaller batches" in body["detail"] and "file" not in body["detail"]
        postings = _problem(
            small.post(
                "/api/market/ingest", files={"file": ("big.csv", b"a,b\n" * 3000, "text/csv")}
            ),
            413,
        )
        assert "split the postings into several files" in postings["detail"]
        image = _problem(
            small.post(
                "/api/credentials/verify", files={"file": ("art.png", b"x" * 6000, "image/png")}
            ),
            413,
        )
        assert "export the image or PDF at a smaller size" in image["detail"]
        assert "split" not in image["detail"]

        # a body without Content-Length is counted while it streams
        def chunks() -> Any:
            for _ in range(10):
                yield b"x" * 500

        r = small.post(
            "/api/classify", content=chunks(), headers={"content-type": "application/json"}
        )
        _problem(r, 413)


def test_guards_and_headers(api: Any) -> None:
    r = api.post(
        "/api/assess", json={"services": ["seo"]}, headers={"sec-fetch-site": "cross-site"}
    )
    _problem(r, 403)
    r = api.get("/healthz", headers={"host": "evil.example"})
    assert r.status_code == 400
    r = api.get("/healthz")
    assert r.json()["status"] == "ok"
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_documents_the_api(api: Any) -> None:
    doc = api.get("/openapi.json").json()
    for path in (
        "/api/assess",
        "/api/classify",
        "/api/plan",
        "/api/disclose",
        "/api/credentials/sign",
        "/api/credentials/verify",
        "/api/market/ingest",
        "/api/market/status",
        "/api/market/indicators",
        "/api/claims",
    ):
        assert path in doc["paths"], path
    assert "/assess" not in doc["paths"]  # pages are not API
    _problem(api.get("/api/nowhere"), 404)


def test_claims_are_marked_cited(api: Any) -> None:
    body = api.get("/api/claims").json()
    assert body["claims"]
    assert {c["status"] for c in body["claims"]} == {"cited, not verified"}


def test_sniff() -> None:
    assert uploads.sniff(png_bytes()).kind == "png"  # type: ignore[union-attr]
    assert uploads.sniff(b"%PDF-1.7\n...").kind == "pdf"  # type: ignore[union-attr]
    assert uploads.sniff(b'{"a": 1}\n{"a": 2}\n').kind == "jsonl"  # type: ignore[union-attr]
    assert uploads.sniff("عنوان,دستمزد\nطراحی,۱۰\n".encode()).kind == "csv"  # type: ignore[union-attr]
    assert uploads.sniff(b"\x00\x01\x02binary\xff\xfe") is None
    assert uploads.sniff(b"PK\x03\x04not really a zip") is None


def test_uploaded_file_keeps_its_name_after_a_restart(tmp_path: Path) -> None:
    with client(tmp_path) as first:
        r = first.post(
            "/api/market/ingest", files={"file": ("jobs-may.csv", postings_csv(), "text/csv")}
        )
        assert r.status_code == 200, r.text
    # A new app on the same store (the server restarted): the name is in the store itself.
    with client(tmp_path) as second:
        status = second.get("/api/market/status").json()
    assert [f["path"] for f in status["files"]] == ["jobs-may.csv"]
    assert "azadkar-web-" not in json.dumps(status)


def test_plan_takes_scenario_and_costs_like_the_cli(api: Any) -> None:
    from typer.testing import CliRunner

    from azadkar.cli import app

    body = {
        "services": ["seo"],
        "rate": 20,
        "monthly_costs": 2000,
        "scenario": "observed-2023-2025",
    }
    r = api.post("/api/plan", json=body)
    assert r.status_code == 200, r.text
    got = r.json()
    cli = CliRunner().invoke(
        app,
        ["assess", "--service", "seo", "--rate", "20", "--costs", "2000",
         "--scenario", "observed-2023-2025", "-f", "json"],
    )  # fmt: skip
    want = json.loads(cli.output)
    assert got["projection"] == want["projection"] and got["plan"] == want["plan"]
    assert got["plan"]["pricing"]["floor_rate"] > 0
    r = api.post("/api/report/json", json=body)
    assert r.json()["plan"]["pricing"]["floor_rate"] == want["plan"]["pricing"]["floor_rate"]
    # Only shipped scenarios: never a path on the server.
    for bad in ("nope", "../../etc/passwd", "/tmp/x.toml"):
        problem = _problem(api.post("/api/plan", json={"services": ["seo"], "scenario": bad}), 422)
        assert "observed-2023-2025" in problem["detail"]
        assert problem["field"] == "scenario" and "observed-2023-2025" in problem["detail_fa"]


def test_api_errors_name_no_cli_flags(api: Any) -> None:
    body = _problem(api.post("/api/assess", json={"services": ["seo:150"]}), 400)
    assert "--service" not in body["detail"] and "seo:150" in body["detail"]
    assert body["detail_fa"].startswith("خدمت «seo:150»")


JSON = {"content-type": "application/json"}


def test_malformed_json_says_where_in_the_body(api: Any) -> None:
    body = _problem(api.post("/api/assess", content=b'{"text": x}', headers=JSON), 422)
    # not {"field": "9", "message": "JSON decode error"}: what, where, in both languages
    assert body["detail"].startswith("The request body is not valid JSON (at character 10")
    assert "line 1, column 10" in body["detail"] and "Expecting value" in body["detail"]
    assert body["detail_fa"].startswith("بدنهٔ درخواست JSON معتبر نیست (در نویسهٔ ۱۰")
    assert [(e["field"], e["in"]) for e in body["errors"]] == [("body", "body")]
    raw = b'{\n  "services": ["seo"],\n  "rate": 25,\n}'
    body = _problem(api.post("/api/assess", content=raw, headers=JSON), 422)
    assert "line 4, column 1" in body["detail"] and "double quotes" in body["detail"]
    assert "سطر ۴" in body["detail_fa"]


def test_a_body_that_is_not_json_is_415_and_an_empty_one_says_so(api: Any) -> None:
    for headers, content in (
        ({"content-type": "text/plain"}, b'{"text": "logo design"}'),
        ({"content-type": "application/x-www-form-urlencoded"}, b"text=logo+design"),
        ({}, b'{"text": "logo design"}'),
    ):
        body = _problem(api.post("/api/assess", content=content, headers=headers), 415)
        assert "application/json" in body["detail"] and "application/json" in body["detail_fa"]
        assert body["expected"] == "application/json"
        assert "valid dictionary" not in body["detail"]
    body = _problem(api.post("/api/disclose", data={"record": "x"}), 415)
    assert body["received"] == "application/x-www-form-urlencoded"
    # an upload endpoint sent JSON names multipart/form-data
    body = _problem(api.post("/api/market/ingest", json={"file": "jobs.csv"}), 415)
    assert "multipart/form-data" in body["detail"]
    # an empty body: said as such, with what to send
    for path in ("/api/assess", "/api/classify", "/api/disclose"):
        body = _problem(api.post(path, content=b"", headers=JSON), 422)
        assert body["detail"].startswith("The request body is empty; send a JSON object")
        assert "Field required" not in body["detail"] and "request:" not in body["detail"]
        assert body["detail_fa"].startswith("بدنهٔ درخواست خالی است")
    assert '"text"' in _problem(api.post("/api/classify", content=b"", headers=JSON), 422)["detail"]
    body = _problem(api.post("/api/assess", json=["seo"]), 422)
    assert "must be a JSON object, not an array" in body["detail"]


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"services": ["seo"], "rate": NaN}', "rate"),
        (b'{"services": ["seo"], "rate": 1e999}', "rate"),
        (b'{"services": ["seo"], "hours_per_week": -Infinity}', "hours_per_week"),
        (b'{"services": [{"id": "seo", "share": Infinity}]}', "services[0].share"),
        (b'{"services": ["seo"], "monthly_costs": NaN}', "monthly_costs"),
    ],
)
def test_non_finite_numbers_are_refused_as_such(api: Any, raw: bytes, field: str) -> None:
    body = _problem(api.post("/api/plan", content=raw, headers=JSON), 422)
    assert [e["field"] for e in body["errors"]] == [field]
    assert "must be a finite number" in body["detail"] and "NaN" in body["detail"]
    assert "less than or equal" not in body["detail"]
    assert "متناهی" in body["detail_fa"]


def test_currency_takes_the_cli_spellings(api: Any) -> None:
    for given, meant in (("usd", "USD"), ("Toman", "toman"), ("تومان", "toman"), ("ریال", "IRR")):
        r = api.post("/api/assess", json={"services": ["seo"], "rate": 20, "currency": given})
        assert r.status_code == 200, r.text
        # the core's own parsing, the one `azadkar assess --currency` uses
        profile = azadkar.make_profile(["seo"], rate=20, currency=given)
        assert r.json()["profile"]["currency"] == profile.currency == meant
    r = api.post("/api/plan", json={"services": ["seo"], "monthly_costs": 9e7, "currency": "تومان"})
    assert r.status_code == 200 and r.json()["plan"]["pricing"]["currency"] == "toman"
    # Other ISO currencies (CAD, EUR, ...) are accepted; their amounts stay in them.
    r = api.post("/api/assess", json={"services": ["seo"], "rate": 90, "currency": "euro"})
    assert r.status_code == 200 and r.json()["profile"]["currency"] == "EUR"
    body = _problem(api.post("/api/assess", json={"services": ["seo"], "currency": "bitcoin"}), 422)
    assert body["field"] == "currency" and "USD, IRR and toman" in body["detail"]
    assert "تومان" in body["detail_fa"] and "bitcoin" in body["detail_fa"]


def test_unknown_service_in_the_body_is_422_and_points_at_the_api_list(api: Any) -> None:
    sent = {"services": ["seo:50", {"id": "logo", "share": 50}]}
    for path in ("/api/assess", "/api/plan", "/api/report/json"):
        body = _problem(api.post(path, json=sent), 422)
        assert body["type"].endswith(":unknown_service") and body["field"] == "services[1]"
        assert body["suggestions"][0] == "logo_design"
        assert "Did you mean: logo_design" in body["detail"]
        assert "azadkar services" not in body["detail"] and "GET /api/services" in body["detail"]
        assert body["detail_fa"].startswith("\u2066services[1]\u2069: شناسهٔ خدمت «logo»")
        assert "/api/services" in body["detail_fa"]
    # the list it points at is there, and finds the service
    ids = [s["id"] for s in api.get("/api/services", params={"q": "logo"}).json()]
    assert "logo_design" in ids


def test_disclose_matches_tool_names_like_the_cli(api: Any) -> None:
    from azadkar.disclosure.tool_names import suggest_tools

    def record(tool: str) -> dict[str, Any]:
        return {
            "title": "Blog post",
            "ai_share": 30,
            "human_review": True,
            "tools": [{"tool": tool, "mode": "generate"}],
        }

    body = _problem(api.post("/api/disclose", json={"record": record("chatgbt")}), 422)
    assert body["suggestions"] == [t.id for t in suggest_tools("chatgbt")] == ["chatgpt"]
    assert body["field"] == "record.tools[0].tool"
    assert (
        "'chatgbt' is not in the AI tool catalogue; did you mean ChatGPT (chatgpt)?"
        in (body["detail"])
    )
    assert "keep_tool_names" in body["detail"] and "«chatgbt»" in body["detail_fa"]
    # any case or Persian spelling of a catalogue tool is that tool, by its id
    for typed in ("ChatGPT", "chat gpt", "چت جی پی تی"):
        r = api.post("/api/disclose", json={"record": record(typed)})
        assert r.status_code == 200, r.text
        assert r.json()["disclosure"]["record"]["tools"][0]["tool"] == "chatgpt"
    # as --keep-tool-names: recorded as written; a name far from every tool is kept too
    r = api.post("/api/disclose", json={"record": record("chatgbt"), "keep_tool_names": True})
    assert r.status_code == 200 and r.json()["disclosure"]["record"]["tools"][0]["tool"] == (
        "chatgbt"
    )
    r = api.post("/api/disclose", json={"record": record("OurInHouseModel")})
    assert r.status_code == 200
    assert r.json()["disclosure"]["record"]["tools"][0]["tool"] == "OurInHouseModel"


def test_a_lang_other_than_fa_or_en_is_refused(api: Any) -> None:
    seo = {"services": ["seo"]}
    body = _problem(api.post("/api/report/md", params={"lang": "xx"}, json=seo), 422)
    assert body["errors"][0]["field"] == "lang" and body["errors"][0]["in"] == "query"
    assert "query parameter lang: must be one of 'en', 'fa'" in body["detail"]
    assert "'en', 'fa'" in body["detail_fa"]
    body = _problem(api.post("/api/report/md", json={**seo, "lang": "xx"}), 422)
    assert "lang: must be one of 'fa', 'en'" in body["detail"]
    # the query's lang is used when the body has none; two different ones are an error
    r = api.post("/api/report/md", params={"lang": "fa"}, json=seo)
    assert r.status_code == 200 and "ارزیابی" in r.text
    _problem(api.post("/api/report/md", params={"lang": "fa"}, json={**seo, "lang": "en"}), 422)
    for path in ("/api/services", "/api/evidence"):
        body = _problem(api.get(path, params={"lang": "de"}), 422)
        assert "'de'" in body["detail"] or '"de"' in body["detail"]


def test_market_ingest_and_status_agree_on_ingested_at_and_unconverted_pay(
    tmp_path: Path,
) -> None:
    import re

    ads = (
        "links,title,salary,date\n"
        "https://jobinja.ir/j/1,تحلیلگر داده,۲۰ میلیون تومان,2017-05-01\n"
        "https://jobinja.ir/j/2,برنامه‌نویس,۲۰ میلیون تومان,2019-05-01\n"
    ).encode()
    with client(tmp_path) as c:
        r = c.post("/api/market/ingest", files={"file": ("jobinja.csv", ads, "text/csv")})
        assert r.status_code == 200, r.text
        [f] = r.json()["files"]
        status = c.get("/api/market/status").json()
    # Before: null here, and "...T15:36:03.xxxxxx" (no zone) in the status.
    assert f["ingested_at"] and re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", f["ingested_at"]
    ), f["ingested_at"]
    [sf] = status["files"]
    assert sf["ingested_at"] == f["ingested_at"]
    assert (f["accepted"], f["rejected"], f["duplicates"]) == (2, 0, 0)
    assert f["pay_unconverted"] == sf["pay_unconverted"] == 1
    assert any("no rate on or before the posting date for currency TOMAN" in n for n in sf["notes"])


# --- numbers typed in Persian, and an unknown scenario (tester's report) ------------------


def test_numbers_sent_as_persian_text_are_read_as_the_cli_reads_them(api: Any) -> None:
    typed = {
        "services": ["logo_design:۶۰٪", {"id": "seo", "share": "۴۰"}],
        "rate": "۴۰۰٬۰۰۰",
        "currency": "تومان",
        "hours_per_week": "۳۵٫۵",
        "monthly_costs": "۳۰٬۰۰۰٬۰۰۰",
        "billable_hours": "1,00",
    }
    body = _problem(api.post("/api/plan", json=typed), 422)  # "1,00": not thousands
    assert [e["field"] for e in body["errors"]] == ["billable_hours"]
    typed["billable_hours"] = "۱۰۰"
    r = api.post("/api/plan", json=typed)
    assert r.status_code == 200, r.text  # before: 422 "must be a number, not "۴۰۰٬۰۰۰""
    plain = {
        "services": ["logo_design:60", {"id": "seo", "share": 40}],
        "rate": 400_000,
        "currency": "toman",
        "hours_per_week": 35.5,
        "monthly_costs": 30_000_000,
        "billable_hours": 100,
    }
    assert r.json() == api.post("/api/plan", json=plain).json()
    # a % is for shares only; text that is no number keeps its usual message
    for field, value in (("rate", "15%"), ("rate", "abc"), ("hours_per_week", "۳۵x")):
        body = _problem(api.post("/api/assess", json={"services": ["seo"], field: value}), 422)
        assert [e["field"] for e in body["errors"]] == [field]
        assert "must be a number" in body["detail"]


def test_disclose_record_numbers_take_persian_digits(api: Any) -> None:
    record = {
        "title": "Poster",
        "ai_share": "۳۰٪",
        "human_review": True,
        "tools": [{"tool": "midjourney"}],
    }
    r = api.post("/api/disclose", json={"record": record, "clauses": {"dispute_days": "۲۰"}})
    assert r.status_code == 200, r.text
    assert r.json()["disclosure"]["record"]["ai_share"] == 30
    body = _problem(api.post("/api/disclose", json={"record": {**record, "ai_share": "۳۰٫۵"}}), 422)
    assert "ai_share" in body["detail"]


def test_unknown_scenario_is_422_as_documented(api: Any) -> None:
    from pathlib import Path as _Path

    body = _problem(api.post("/api/plan", json={"services": ["seo"], "scenario": "nope"}), 422)
    assert body["type"].endswith(":scenario_error") and body["title"] == "Unprocessable Content"
    assert body["field"] == "scenario" and body["known"] == ["report-2025", "observed-2023-2025"]
    assert "شناخته نشد" in body["detail_fa"]
    docs = (_Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text("utf-8")
    assert "a `scenario` that is not a shipped one) is 422" in " ".join(docs.split())


def test_market_upload_in_another_encoding_says_which_and_how(tmp_path: Path) -> None:
    """A cp1256 CSV was "a type azadkar does not read" (415, no hint); a UTF-16 one too."""
    cp1256 = "links,title,salary\nhttps://jobinja.ir/1,طراحي لوگو,۲۰ ميليون تومان\n".encode(
        "cp1256", errors="replace"
    )
    utf16 = "links\ttitle\tsalary\nhttps://jobinja.ir/1\tطراحی لوگو\t۲۰ میلیون تومان\n".encode(
        "utf-16"
    )
    bare16 = "title,published,budget\nLogo,2024-01-01,$5\n".encode("utf-16-le")
    with client(tmp_path) as c:
        body = _problem(
            c.post("/api/market/ingest", files={"file": ("fa.csv", cp1256, "text/csv")}), 415
        )
        assert "Windows-1256" in body["detail"] and "--encoding cp1256" in body["detail"]
        assert "CSV UTF-8" in body["detail"] and body["encoding"] == "cp1256"
        assert "Windows-1256" in body["detail_fa"] and "UTF-8 ذخیره کنید" in body["detail_fa"]
        assert "does not read" not in body["detail"]
        body = _problem(
            c.post("/api/market/ingest", files={"file": ("u.csv", bare16, "text/csv")}), 415
        )
        assert "UTF-16 little-endian text without a byte-order mark" in body["detail"]
        # Excel's "Unicode text" (UTF-16 with a byte-order mark) is read as it is.
        r = c.post("/api/market/ingest", files={"file": ("unicode.csv", utf16, "text/csv")})
        assert r.status_code == 200, r.text
        [f] = r.json()["files"]
        assert f["accepted"] == 1 and "read as UTF-16 text" in f["notes"][0]
        # The Market page says the same, in the form's language.
        r = c.post(
            "/market/ingest", files={"file": ("fa.csv", cp1256, "text/csv")}, data={"lang": "fa"}
        )
        assert r.status_code == 415 and "Windows-1256" in r.text and "cp1256" in r.text


def test_market_upload_with_a_bad_count_is_a_rejected_row_not_a_500(api: Any) -> None:
    oli = b"timestamp,occupation,count\n2024-01-01,Writing and translation,nan\n"
    r = api.post("/api/market/ingest", files={"file": ("oli.csv", oli, "text/csv")})
    assert r.status_code == 200, r.text
    [row] = r.json()["rejected"]
    assert row["reason"] == "count is not a finite number: nan"


def test_market_ingest_refuses_a_lang_field_other_than_fa_or_en(api: Any) -> None:
    body = _problem(
        api.post(
            "/api/market/ingest",
            files={"file": ("jobs.csv", postings_csv(), "text/csv")},
            data={"lang": "xx"},
        ),
        422,
    )
    assert body["errors"][0]["field"] == "lang", body
    assert "'fa', 'en'" in body["detail"] or "'en', 'fa'" in body["detail"]
    r = api.post(
        "/api/market/ingest",
        files={"file": ("jobs-fa.csv", postings_csv(3), "text/csv")},
        data={"lang": "fa"},
    )
    assert r.status_code == 200, r.text


def test_plan_takes_the_cli_exchange_rates(api: Any) -> None:
    """`--fx` and `--usd-rate` had no counterpart in the API."""
    r = api.post(
        "/api/plan",
        json={
            "services": ["ux_ui_design"],
            "rate": 90,
            "currency": "CAD",
            "monthly_costs": 2500,
            "fx": "1.38",
        },
    )
    assert r.status_code == 200, r.text
    floor = r.json()["plan"]["pricing"]["floor_rate_all"]
    # money is written to the cent (azadkar.precision): the USD figure is the CAD one
    # converted, to within a cent of each rounding
    assert list(floor) == ["CAD", "USD"] and floor["USD"] == pytest.approx(
        floor["CAD"] / 1.38, abs=0.01
    )
    r = api.post(
        "/api/plan",
        json={"services": ["seo"], "currency": "toman", "monthly_costs": 25e6, "usd_rate": 900000},
    )
    assert (
        r.status_code == 200
        and r.json()["plan"]["pricing"]["exchange_rate"]["irr_per_usd"] == 900000
    )
    assert api.post("/api/plan", json={"services": ["seo"], "fx": 0}).status_code == 422


def test_test_only_certificate_is_kept_in_the_data_folder_across_restarts(
    tmp_path: Path,
) -> None:
    """Two app instances with the same data folder sign with one certificate: a file signed
    by the first verifies, trusted, on the second (each run used to make its own test CA in
    a temporary folder, removed on shutdown, and yesterday's files no longer verified)."""
    from azadkar.web import Settings
    from azadkar.web.actions import Credentials

    data = tmp_path / "azadkar-data"
    with client(tmp_path, data_dir=data) as first:
        r = first.post(
            "/api/credentials/sign", files={"file": ("poster.png", png_bytes(), "image/png")}
        )
        assert r.status_code == 200, r.text
        signed = r.content
    folder = data / "web-test-cert"
    assert sorted(p.name for p in folder.iterdir()) == ["ca.pem", "cert.pem", "key.pem"]
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "key.pem").st_mode) == 0o600
    # a second app (a restart): it has signed nothing yet, and still trusts the kept CA
    with client(tmp_path, data_dir=data) as second:
        r = second.post(
            "/api/credentials/verify", files={"file": ("poster.png", signed, "image/png")}
        )
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["valid"] and body["trusted"] and body["test_only"], body
    assert folder.is_dir()  # shutting down keeps it
    one, two = Credentials(Settings(data_dir=data)), Credentials(Settings(data_dir=data))
    assert one.paths() == two.paths() and one.paths()[0].parent == folder
    # another data folder: another certificate, which does not trust the first one's files
    with client(tmp_path, data_dir=tmp_path / "elsewhere") as other:
        r = other.post("/api/credentials/verify", files={"file": ("p.png", signed, "image/png")})
        assert not r.json()["trusted"]


def test_an_expired_test_certificate_is_replaced_and_kept_aside(tmp_path: Path) -> None:
    import datetime as dt

    from cryptography import x509

    from azadkar.disclosure import make_dev_cert
    from azadkar.web import Settings
    from azadkar.web.actions import Credentials

    folder = tmp_path / "web-test-cert"
    make_dev_cert(folder, name="old", days=1)  # valid for less than the day required
    cert, _, ca = Credentials(Settings(data_dir=tmp_path)).paths()
    leaf = x509.load_pem_x509_certificate(cert.read_bytes())
    assert leaf.not_valid_after_utc > dt.datetime.now(dt.UTC) + dt.timedelta(days=800)
    old = [p for p in tmp_path.iterdir() if p.name.startswith("web-test-cert.old-")]
    assert len(old) == 1 and (old[0] / "ca.pem").is_file() and ca == folder / "ca.pem"


def test_text_beside_services_is_said_to_be_unread(api: Any) -> None:
    """With both, the services are assessed and the text only echoed: the answer says so
    (it used to come back with the text in profile.text and no word that it was unread)."""
    r = api.post("/api/assess", json={"text": "I design logos", "services": ["seo"]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [s["id"] for s in body["services"]] == ["seo"] and body["understood"] is None
    assert any("was not read" in n for n in body["notes"])
    assert any("خوانده نشد" in n for n in body["notes_fa"])
    plan = api.post("/api/plan", json={"text": "I design logos", "services": ["seo"]}).json()
    assert any("was not read" in n for n in plan["assessment"]["notes"])
    # services alone, or text alone: nothing to say
    for only in ({"services": ["seo"]}, {"text": "I design logos"}):
        assert api.post("/api/assess", json=only).json()["notes"] == []
