"""Shared inputs for market tests: a column mapping and platform labels for made-up rows."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path
from typing import Any

from azadkar.market import CATEGORY_IDS, FileStatus, Store

# A mapped-format source with one column per canonical field the indicators need.
MAPPING = """platform = "test"
[columns]
key = "id"
title = "title"
posted = "date"
pay = "pay"
pay_type = "pay_type"
category = "cat"
[defaults]
currency = "USD"
"""

# Platform labels that map each of our category ids to itself.
LABELS = "[test.categories]\n" + "\n".join(f'"{c}" = "{c}"' for c in CATEGORY_IDS) + "\n"

_ids = itertools.count()


def row(
    day: str, cat: str, pay: float | None = None, pay_type: str = "hourly", title: str = "job"
) -> dict[str, Any]:
    """One posting of the mapped test format (a fresh id each call)."""
    return {
        "id": next(_ids),
        "title": title,
        "date": day,
        "pay": "" if pay is None else f"${pay}",
        "pay_type": pay_type if pay is not None else "",
        "cat": cat,
    }


def mapped_store(
    tmp_path: Path, rows: list[dict[str, Any]], name: str = "p.csv", db: str = ":memory:"
) -> tuple[Store, FileStatus]:
    """Write ``rows`` as CSV under ``tmp_path`` and ingest them into a new store at ``db``."""
    p = tmp_path / name
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "title", "date", "pay", "pay_type", "cat"])
        w.writeheader()
        w.writerows(rows)
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "labels.toml").write_text(LABELS, encoding="utf-8")
    s = Store(db)
    [res] = s.ingest([p], mapping=tmp_path / "m.toml", platform_labels=tmp_path / "labels.toml")
    return s, res


def toman_ads(tmp_path: Path) -> tuple[Path, Path]:
    """Two Persian ads paid in toman, with no exchange rate for their dates (2017, 2019),
    and the column-mapping TOML that reads them: (the CSV, the TOML)."""
    f = tmp_path / "ads.csv"
    f.write_text(
        "title,date,pay\nلوگو,2017-05-01,۲ میلیون تومان\nترجمه,2019-05-01,۲ میلیون تومان\n",
        encoding="utf-8",
    )
    m = tmp_path / "m.toml"
    m.write_text(
        '[columns]\ntitle = "title"\nposted = "date"\npay = "pay"\n'
        '[defaults]\ncurrency = "toman"\n',
        encoding="utf-8",
    )
    return f, m


def one_big_budget_rows() -> list[dict[str, Any]]:
    """Two months of hourly rates and fixed budgets in two categories, one budget of
    $600,000 among budgets of $100-$600; no monthly salary at all."""
    rows = []
    for m in (1, 2):
        for i in range(24):
            cat = ("web_dev", "design")[i % 2]
            rows.append(row(f"2024-0{m}-{1 + i:02d}", cat, 15.0 + i))
            rows.append(row(f"2024-0{m}-{1 + i:02d}", cat, 100.0 + 20 * i, "fixed"))
    rows.append(row("2024-02-25", "web_dev", 600_000.0, "fixed"))
    return rows
