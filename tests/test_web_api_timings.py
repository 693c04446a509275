"""The API's timings are rounded to the millisecond, not the store's raw float."""

from __future__ import annotations

from pathlib import Path

from _web_helpers import client, postings_csv


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1]) if "." in text else 0


def test_ingest_and_status_seconds_are_rounded_to_ms(tmp_path: Path) -> None:
    with client(tmp_path) as api:
        r = api.post("/api/market/ingest", files={"file": ("jobs.csv", postings_csv(), "text/csv")})
        assert r.status_code == 200, r.text
        files = r.json()["files"]
        status = api.get("/api/market/status").json()["files"]
    for f in [*files, *status]:
        assert isinstance(f["seconds"], float | int)
        assert _decimals(float(f["seconds"])) <= 3, f["seconds"]
