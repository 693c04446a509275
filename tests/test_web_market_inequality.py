"""The web market page's inequality table: words for every column, market-wide rows named,
and a Gini that one posting carries marked and explained, as in the terminal and the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from _market_helpers import mapped_store, one_big_budget_rows
from _web_helpers import client


def _store(tmp_path: Path) -> Path:
    rows = one_big_budget_rows()  # one $600,000 budget dwarfs the rest
    db = tmp_path / "m.duckdb"
    store, _ = mapped_store(tmp_path, rows, db=str(db))
    store.close()
    return db


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_inequality_table_names_columns_and_marks_one_big_value(tmp_path: Path, lang: str) -> None:
    db = _store(tmp_path)
    page = client(tmp_path, market_db=str(db)).get(f"/market?lang={lang}").text
    table = page.split('id="ind-inequality"')[1] if 'id="ind-inequality"' in page else page
    # the new columns have words, not their JSON keys
    for key in ("max_share", "gini_without_max", "max_usd"):
        assert f'<th scope="col">{key}</th>' not in table, key
    assert ("Gini without largest value" in table) if lang == "en" else ("max_share" not in table)
    # the market-wide rows say so in the category column; the scope column is gone
    assert ("market-wide" if lang == "en" else "کل بازار") in table
    assert '<th scope="col">scope</th>' not in table and "دامنه</th>" not in table
    # the Gini that one posting carries is marked, and the mark explained under the table
    assert "\u00a0†</td>" in table
    assert ("one value alone is" if lang == "en" else "یک مقدار به‌تنهایی") in table


def test_pay_columns_with_no_value_are_left_out_as_in_the_report(tmp_path: Path) -> None:
    # No posting has a monthly salary: the salary columns held "0" and "—" in every row.
    db = _store(tmp_path)
    page = client(tmp_path, market_db=str(db)).get("/market?lang=en").text
    volume = page.split('id="ind-volume_pay"')[1].split("</section>")[0]
    assert "<th" in volume and "salary</th>" not in volume
    assert "median hourly" in volume  # the pay types with values stay


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_market_page_names_rejected_columns_and_cites_claims(tmp_path: Path, lang: str) -> None:
    """As the CLI and the report do: a rejected row names the file's column its reason is
    about, and the source report's claims stand beside the indicators, marked cited."""
    from _web_helpers import postings_csv

    with client(tmp_path, market_db=str(tmp_path / "m.duckdb")) as web:
        page = web.post(
            f"/market/ingest?lang={lang}",
            files={"file": ("jobs.csv", postings_csv(), "text/csv")},
        ).text
    rejected = page.split('id="rejected-rows"')[-1] if 'id="rejected-rows"' in page else page
    assert ("column <bdi>«published»</bdi>" if lang == "en" else "ستون <bdi>«published»</bdi>") in (
        rejected
    )
    ai = page.split('id="ind-ai_training"')[1].split("</section>")[0]
    assert 'class="cited-claim"' in ai and "badge cited" in ai
    assert ("Measured here" if lang == "en" else "سنجیده در اینجا") in ai
    assert "2.4" in ai or "۲٫۴" in ai
