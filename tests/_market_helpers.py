"""Shared inputs for market tests: a column mapping and platform labels for made-up rows."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import random
from pathlib import Path
from typing import Any

import pytest

from azadkar.market import CATEGORY_IDS, FileStatus, Store

# The marks of every Spark test file (`pytestmark = SPARK_MARKS`): slow, Spark only, and
# py4j's sockets left to the garbage collector are Spark's business, not ours.
SPARK_MARKS = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]

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


# -- a store of two platforms, for slices ------------------------------------------------
# Two mapped sources, each its own platform, with a client country column.
SLICE_MAPPING = """platform = "{platform}"
[columns]
key = "id"
title = "title"
posted = "date"
pay = "pay"
pay_type = "pay_type"
category = "cat"
country = "country"
[defaults]
currency = "USD"
"""
SLICE_PLATFORMS = ("alpha", "beta")
SLICE_LABELS = "".join(
    f"[{p}.categories]\n" + "".join(f'"{c}" = "{c}"\n' for c in CATEGORY_IDS)
    for p in SLICE_PLATFORMS
)
SLICE_FIELDS = ["id", "title", "date", "pay", "pay_type", "cat", "country"]


def slice_rows() -> dict[str, list[dict[str, Any]]]:
    """Rows of the two sources: ``alpha`` (2022-10 to 2024-03, clients in the United States
    or Canada, some naming no country, 15 undated, 3 of them naming no country) and
    ``beta`` (2023, clients in Iran)."""
    rnd = random.Random(11)
    alpha, beta = [], []
    cats = ("web_dev", "design", "writing", "translation")
    day = dt.date(2022, 10, 1)
    for i in range(18 * 30):
        d = day + dt.timedelta(days=i)
        if d.year == 2024 and d.month > 3:
            break
        country = ("United States", "Canada", "united states", "")[i % 4]
        r = row(d.isoformat(), cats[i % 4], 5.0 + rnd.randrange(60))
        alpha.append({**r, "country": country})
        if i % 3 == 0:
            r = row(d.isoformat(), cats[(i // 3) % 4], 100.0 + rnd.randrange(900), "fixed")
            alpha.append({**r, "country": country})
    for i in range(12):  # undated
        alpha.append({**row("", cats[i % 4], 20.0 + i), "country": "Canada"})
    for i in range(3):  # undated, naming no country
        alpha.append({**row("", cats[i % 4], 30.0 + i), "country": ""})
    for i in range(360):
        d = dt.date(2023, 1, 1) + dt.timedelta(days=i)
        beta.append({**row(d.isoformat(), cats[i % 2], 3.0 + rnd.randrange(20)), "country": "Iran"})
    return {"alpha": alpha, "beta": beta}


def slice_store(
    tmp_path: Path,
    rows: dict[str, list[dict[str, Any]]],
    db: str = ":memory:",
) -> Store:
    """A store of one file per platform in ``rows`` (``alpha.csv``, ``beta.csv``), ingested
    in that order, with the platform labels mapping our category ids to themselves."""
    (tmp_path / "labels.toml").write_text(SLICE_LABELS, encoding="utf-8")
    s = Store(db)
    for platform, rs in rows.items():
        if not rs:
            continue
        p = tmp_path / f"{platform}.csv"
        with p.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, SLICE_FIELDS)
            w.writeheader()
            w.writerows(rs)
        m = tmp_path / f"{platform}.toml"
        m.write_text(SLICE_MAPPING.format(platform=platform), encoding="utf-8")
        s.ingest([p], mapping=m, platform_labels=tmp_path / "labels.toml")
    return s


# -- Persian months: three full months of 2024, and Persian ads read by a mapping TOML ----
def three_month_rows(thin_may: bool = False) -> list[dict[str, Any]]:
    """Three full months (Feb-Apr 2024) of hourly and fixed pay in two categories; with
    ``thin_may``, two postings in May as well (a month too thin to count)."""
    out = []
    for m in (2, 3, 4):
        for i in range(24):
            cat = ("web_dev", "design")[i % 2]
            out.append(row(f"2024-{m:02d}-{1 + i:02d}", cat, 10.0 + i))
            out.append(row(f"2024-{m:02d}-{1 + i:02d}", cat, 100.0 + 10 * i, "fixed"))
    if thin_may:
        out += [row("2024-05-02", "web_dev", 12.0), row("2024-05-03", "design", 14.0)]
    return out


def three_month_db(tmp: Path, thin_may: bool = False) -> Path:
    """A store file under ``tmp`` holding :func:`three_month_rows`."""
    path = tmp / "m.duckdb"
    s, _ = mapped_store(tmp, three_month_rows(thin_may), db=str(path))
    s.close()
    return path


def persian_ads_db(
    tmp_path: Path, dates: list[str], *, require_date: bool = False
) -> tuple[Path, Any]:
    """Persian ads keyed a, b, c ... (title «کار», pay «۵ میلیون تومان»), one per date,
    ingested by ``azadkar market ingest`` with a mapping TOML of their Persian column names
    (``require_date``: a row without a readable date is rejected). Returns the store file
    and the command's result."""
    from typer.testing import CliRunner

    from azadkar.cli import app

    f = tmp_path / "ads.csv"
    f.write_text(
        "شناسه,عنوان,تاریخ ثبت,بودجه\n"
        + "".join(f"{chr(ord('a') + i)},کار,{d},۵ میلیون تومان\n" for i, d in enumerate(dates)),
        encoding="utf-8",
    )
    m = tmp_path / "m.toml"
    m.write_text(
        ("require_date = true\n" if require_date else "")
        + '[columns]\nkey = "شناسه"\ntitle = "عنوان"\n'
        'posted = "تاریخ ثبت"\npay = "بودجه"\n[defaults]\ncurrency = "toman"\n',
        encoding="utf-8",
    )
    db = tmp_path / "m.duckdb"
    result = CliRunner().invoke(
        app, ["market", "ingest", str(f), "--mapping", str(m), "--db", str(db)]
    )
    return db, result


def posted_by_key(db: Path) -> dict[str, dt.datetime]:
    """Each posting's key and the date and time the ingest kept."""
    with Store(db, read_only=True) as s:
        return dict(s.con.execute("SELECT source_key, posted_at FROM postings").fetchall())


# -- a Persian postings export as a Tehran journalist makes it (persona a) ------------------
PERSIAN_MAPPING = """platform = "ponisha"
[columns]
key = "شناسه"
title = "عنوان"
posted = "تاریخ"
pay = "بودجه"
pay_type = "نوع"
category = "دسته"
[defaults]
currency = "toman"
[categories]
"ترجمه" = "translation"
"طراحی" = "design"
"برنامه‌نویسی" = "web_dev"
"برچسب‌زنی داده" = "data_ai"
"""

_PERSIAN_TITLES = {
    "ترجمه": "ترجمه متن انگلیسی به فارسی",
    "برچسب‌زنی داده": "برچسب‌زنی داده برای آموزش هوش مصنوعی",
    "طراحی": "طراحی لوگو",
    "برنامه‌نویسی": "توسعه وب‌سایت",
}


def persian_export(tmp: Path, years: tuple[int, ...] = (1401, 1403), per_month: int = 16) -> Path:
    """``posts.csv`` and ``map.toml`` under ``tmp``: Persian column names, Jalali dates
    (year first and day first), pay in toman («۲ میلیون تومان», «120,000 تومان» an hour for
    data labelling) and in rial, ``per_month`` postings in each month of ``years``. Returns
    the mapping's path (the CSV is beside it)."""
    rnd = random.Random(4)
    cats = list(_PERSIAN_TITLES)
    lines = ["شناسه,عنوان,تاریخ,بودجه,نوع,دسته"]
    i = 0
    for y in years:
        for m in range(1, 13):
            for k in range(per_month):
                i += 1
                c = cats[i % 4]
                d = rnd.randint(1, 28)
                date = f"{y}/{m:02d}/{d:02d}" if k % 2 else f"{d:02d}/{m:02d}/{y}"
                if c == "برچسب‌زنی داده":
                    pay, pt = f'"{rnd.randint(80, 200)},000 تومان"', "ساعتی"
                elif k % 3:
                    pay, pt = f"{rnd.randint(2, 30)} میلیون تومان", "پروژه‌ای"
                else:
                    pay, pt = f'"{rnd.randint(20, 300)},000,000 ریال"', "پروژه‌ای"
                lines.append(f"{i},{_PERSIAN_TITLES[c]},{date},{pay},{pt},{c}")
    (tmp / "posts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    m = tmp / "map.toml"
    m.write_text(PERSIAN_MAPPING, encoding="utf-8")
    return m
