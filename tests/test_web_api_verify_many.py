"""POST /api/credentials/verify takes several files, as the web page's form does: the
`file` field repeated. One result per file in the order sent and a count per verdict; a
file that cannot be checked says why in its own item and does not stop the others. One file
alone still gets the answer it always did (a client written for it keeps working)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from _web_helpers import client, png_bytes
from azadkar.disclosure import disclose, make_dev_cert, sign_file
from azadkar.disclosure.credentials import DevCert

RECORD = {
    "title": "Cover, issue 12",
    "modality": "image",
    "ai_share": 10,
    "human_review": True,
    "tools": [{"tool": "photoshop"}],
}
VERIFY = "/api/credentials/verify"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-verify-many")) as c:
        yield c


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"), name="Sara Karimi")


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, certs: DevCert) -> list[Path]:
    folder = tmp_path_factory.mktemp("sara")
    out = []
    for i, colour in enumerate([(200, 40, 40), (40, 200, 40)]):
        src = folder / f"cover{i}.png"
        Image.new("RGB", (30, 20), colour).save(src)
        dst = folder / f"cover{i}.signed.png"
        sign_file(src, cert=certs.cert, key=certs.key, out=dst, disclosure=disclose(RECORD))
        out.append(dst)
    return out


def _part(name: str, data: bytes, mime: str = "image/png") -> tuple[str, tuple[str, bytes, str]]:
    return ("file", (name, data, mime))


def _batch(signed: list[Path]) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [
        _part("cover0.signed.png", signed[0].read_bytes()),
        _part("notes.txt", b"not an image at all", "text/plain"),
        _part("plain.png", png_bytes()),
        _part("cover1.signed.png", signed[1].read_bytes()),
        _part("empty.png", b""),
    ]


def test_several_files_give_one_result_each_in_order_and_counts(
    api: Any, signed: list[Path], certs: DevCert
) -> None:
    parts = [
        *_batch(signed),
        ("trust", ("ca.pem", certs.ca.read_bytes(), "application/x-pem-file")),
    ]
    r = api.post(VERIFY, files=parts)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["count"], body["checked"], body["not_checked"]) == (5, 3, 2)
    results = body["results"]
    assert [x["index"] for x in results] == [0, 1, 2, 3, 4]
    assert [x["file"] for x in results] == [
        "cover0.signed.png",
        "notes.txt",
        "plain.png",
        "cover1.signed.png",
        "empty.png",
    ]
    assert [x["checked"] for x in results] == [True, False, True, True, False]
    for i in (0, 3):  # checked against the CA the sender gave: valid and trusted
        assert results[i]["valid"] and results[i]["trusted"] and results[i]["trust_given"]
        assert results[i]["verdict"] == "valid and trusted"
        assert results[i]["disclosure"]  # what the file says about its AI use
    assert not results[2]["valid"] and results[2]["verdict"].startswith("no content credentials")
    text, empty = results[1]["error"], results[4]["error"]
    assert text["field"] == "file[1]" and text["status"] == 415
    assert text["message"].startswith("file[1] (notes.txt): ")
    assert empty["field"] == "file[4]" and "empty" in empty["message"]
    assert empty["message_fa"].startswith("\u2066file[4]\u2069")
    counts = {c["verdict"]: c["files"] for c in body["counts"]}
    assert counts == {"valid and trusted": 2, "not checked": 2, results[2]["verdict"]: 1}
    assert sum(counts.values()) == body["count"]
    assert body["counts"][0]["files"] == 2 and all(c["verdict_fa"] for c in body["counts"])
    assert next(c for c in body["counts"] if c["verdict"] == "not checked")["verdict_fa"] == (
        "بررسی نشد"
    )


def test_one_file_keeps_the_answer_it_always_had(api: Any, signed: list[Path]) -> None:
    r = api.post(VERIFY, files=[_part("cover0.signed.png", signed[0].read_bytes())])
    assert r.status_code == 200, r.text
    body = r.json()
    assert "results" not in body and "counts" not in body
    assert body["file"] == "cover0.signed.png" and body["valid"] is True
    assert {"verdict", "verdict_fa", "changed", "damaged", "trust_given"} <= set(body)
    # and a file that cannot be read is the request's problem, as before
    bad = api.post(VERIFY, files=[_part("notes.txt", b"hello", "text/plain")])
    assert bad.status_code == 415 and bad.json()["field"] == "file"


def test_many_true_gives_the_list_shape_for_one_file(api: Any, signed: list[Path]) -> None:
    r = api.post(
        VERIFY, files=[_part("cover1.signed.png", signed[1].read_bytes())], data={"many": "true"}
    )
    body = r.json()
    assert body["count"] == 1 and body["results"][0]["file"] == "cover1.signed.png"
    assert body["counts"] == [
        {
            "verdict": body["results"][0]["verdict"],
            "verdict_fa": body["results"][0]["verdict_fa"],
            "files": 1,
        }
    ]


def test_a_bad_trust_file_is_one_error_for_the_whole_request(api: Any, signed: list[Path]) -> None:
    parts = [*_batch(signed), ("trust", ("ca.pem", b"not a certificate", "text/plain"))]
    r = api.post(VERIFY, files=parts)
    assert r.status_code == 400, r.text
    assert r.json()["field"] == "trust"


def test_too_many_files_are_refused_naming_the_limit(api: Any) -> None:
    from azadkar.web.api import MAX_VERIFY_FILES

    parts = [_part(f"f{i}.png", png_bytes()) for i in range(MAX_VERIFY_FILES + 1)]
    r = api.post(VERIFY, files=parts)
    assert r.status_code == 400 and r.json()["field"] == "file"
    assert f"at most {MAX_VERIFY_FILES}" in r.json()["detail"]


def test_openapi_says_the_field_repeats(api: Any) -> None:
    doc = api.get("/openapi.json").json()
    op = doc["paths"][VERIFY]["post"]
    ref = op["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
    schema = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert schema["properties"]["file"]["type"] == "array"
    assert "Several" in op["description"] and "counts" in op["description"]
