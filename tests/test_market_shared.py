"""Every real postings file in ../shared/data ingests with each row accounted for."""

from __future__ import annotations

from pathlib import Path

import pytest

from azadkar.market import Store, indicators

pytestmark = pytest.mark.shared

# Rows as the sources describe them (README of ../shared/data): 770 RSS rows, 18,600 search
# rows (about 5,051 unique), 530 Jobinja ads in six sheets.
EXPECTED_ROWS = {"upwork-rss-2024.csv": 770, "upwork-dev-titles.csv": 18_600}


def test_all_postings_files_ingest_and_indicators_run(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "postings"
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert len(files) >= 8
    with Store(tmp_path / "m.duckdb") as s:
        results = s.ingest(files)
        for r in results:
            assert r.rows == r.accepted + r.rejected + r.duplicates, r.path
            assert r.accepted > 0, r.path
            if Path(r.path).name in EXPECTED_ROWS:
                assert r.rows == EXPECTED_ROWS[Path(r.path).name]
        by_name = {Path(r.path).name: r for r in results}
        assert by_name["upwork-dev-titles.csv"].accepted == 5051  # the README's unique count
        assert sum(r.rows for r in results if r.format == "jobinja") == 530
        assert s.count("postings") == sum(r.accepted for r in results)
        assert s.count("rejected") == sum(r.rejected for r in results)
        res = indicators(store=s)
    names = {i.name: i for i in res.indicators}
    assert names["pay_by_category"].ok and names["inequality"].ok
    assert names["volume_pay"].ok  # the RSS file spans 2024-05-14..06-06
    assert "month" in (names["did_events"].insufficient or "")
    web = next(r for r in names["pay_by_category"].rows if r["category"] == "web_dev")
    assert web["n_hourly"] > 1000 and 5 < web["median_hourly_usd"] < 100
