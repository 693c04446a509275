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


def _n(text: str) -> float:
    return float(text.replace(",", ""))


def test_the_figures_docs_market_md_quotes(shared_data: Path, tmp_path: Path) -> None:
    """docs/market.md quotes figures of the shared files: each is read from the page and
    measured again with the ingest its commands run (the files in that order)."""
    import re

    from azadkar.market import classify_postings

    doc = (Path(__file__).resolve().parent.parent / "docs" / "market.md").read_text("utf-8")
    folder = shared_data / "postings"
    files = [folder / "upwork-rss-2024.csv", folder / "upwork-dev-titles.csv"]
    files += sorted((folder / "jobinja-fa").glob("*.xlsx"))
    table = re.findall(
        r"^\| ((?:jobinja-fa/)?[\w.-]+\.(?:csv|xlsx)) \| ([\w-]+) \| ([\d,]+) \| ([\d,]+) \| "
        r"([\d,]+) \| ([\d,]+) \|$",
        doc,
        re.M,
    )
    assert len(table) == 8
    with Store(tmp_path / "m.duckdb") as s:
        results = s.ingest(files)
        got = {Path(r.path).relative_to(folder).as_posix(): r for r in results}
        for name, fmt, rows, accepted, rejected, dups in table:
            r = got[name]
            assert (r.format, r.rows, r.accepted, r.rejected, r.duplicates) == (
                fmt, int(_n(rows)), int(_n(accepted)), int(_n(rejected)), int(_n(dups))
            ), name  # fmt: skip
        sums = dict(
            (Path(p).name, (n, total))
            for p, n, total in s.con.execute(
                "SELECT f.path, count(p.pay), sum(p.pay) FROM postings p "
                "JOIN files f USING (file_id) GROUP BY ALL"
            ).fetchall()
        )
        m = re.search(
            r"RSS ([\d,.]+) USD over ([\d,]+) postings with pay,\s+search results ([\d,.]+) "
            r"USD over ([\d,]+), Jobinja ([\d,]+) toman over (\d+)",
            doc,
        )
        assert m, "the pay sums are not on the page"
        rss = sums["upwork-rss-2024.csv"]
        assert (rss[0], round(rss[1], 3)) == (int(_n(m[2])), _n(m[1]))
        search = sums["upwork-dev-titles.csv"]
        assert (search[0], round(search[1], 3)) == (int(_n(m[4])), _n(m[3]))
        jobinja = [v for k, v in sums.items() if k.endswith(".xlsx")]
        assert sum(n for n, _ in jobinja) == int(m[6])
        assert sum(t for _, t in jobinja) == _n(m[5])

        before = indicators(store=s)
        by_cat = {r["category"]: r["postings"] for r in before.get("postings_by_category").rows}
        m = re.search(r"design ([\d,]+) -> ([\d,]+) on the shared files", doc)
        assert m and by_cat["design"] == int(_n(m[1]))
        assert "(upwork 5,821, jobinja 343)" in before.caveats[0]
        assert "`upwork 5,821, jobinja 343` on the shared files" in " ".join(doc.split())
        notes = " ".join(before.get("inequality").notes)
        m = re.search(
            r"`(one posting carries \d+% of all\s+fixed-price pay in the market, [^`]+)`", doc
        )
        assert m and " ".join(m[1].split()) in notes
        classify_postings(s, progress=False)
        after = indicators(store=s)
    by_cat = {r["category"]: r["postings"] for r in after.get("postings_by_category").rows}
    m = re.search(r"design ([\d,]+) -> ([\d,]+) on the shared files", doc)
    assert m and by_cat["design"] == int(_n(m[2]))
