"""`azadkar market compare`: the same indicators for slice A and slice B side by side, with
B - A only where both slices support the figure (else "not supported" and why)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _market_helpers import persian_export, slice_rows, slice_store
from azadkar.cli import app
from azadkar.errors import InputError
from azadkar.market import compare, indicators
from azadkar.market._compare import parse_side

runner = CliRunner(env={"COLUMNS": "160"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("compare")
    path = tmp / "m.duckdb"
    slice_store(tmp, slice_rows(), db=str(path)).close()
    yield path


@pytest.fixture(scope="module")
def fa_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("compare_fa")
    m = persian_export(tmp)
    path = tmp / "m.duckdb"
    r = CliRunner().invoke(
        app,
        ["market", "ingest", str(tmp / "posts.csv"), "--mapping", str(m), "--db", str(path)],
    )
    assert r.exit_code == 0, r.output
    return path


def _row(rows: list[dict], **want: object) -> dict:
    [hit] = [r for r in rows if all(r.get(k) == v for k, v in want.items())]
    return hit


def test_each_side_is_the_slices_own_indicators_and_b_minus_a(db: Path) -> None:
    cmp = compare(db, {"platform": ["alpha"]}, {"platform": ["beta"]})
    a = indicators(db, platform="alpha").to_dict()
    b = indicators(db, platform="beta").to_dict()
    d = cmp.to_dict()
    assert d["a"]["postings"] == a["slice"]["postings"] and d["b"]["slice"] == b["slice"]
    pay_a = {r["category"]: r for r in a["indicators"][2]["rows"]}
    pay_b = {r["category"]: r for r in b["indicators"][2]["rows"]}
    r = _row(d["rows"], indicator="pay_by_category", category="web_dev", pay_type="hourly")
    assert r["a"] == pay_a["web_dev"]["median_hourly_usd"]
    assert r["b"] == pay_b["web_dev"]["median_hourly_usd"]
    assert r["n_a"] == pay_a["web_dev"]["n_hourly"] and r["supported"] is True
    assert r["difference"] == pytest.approx(r["b"] - r["a"], abs=0.005)
    assert r["change"] == pytest.approx(r["b"] / r["a"] - 1, abs=1e-3)
    # Gini of the market, hourly, over each slice's whole period
    g = _row(d["rows"], indicator="inequality", scope="market", pay_type="hourly", metric="gini")
    gini_a = _row(a["indicators"][3]["rows"], scope="market", pay_type="hourly", period="all")
    assert g["a"] == gini_a["gini"] and g["kind"] == "fraction" and g["change"] is None
    assert d["difference"] == "b - a"


def test_a_figure_one_side_cannot_support_has_no_difference_and_says_why(db: Path) -> None:
    # beta has no fixed-price pay at all; alpha's two weeks hold a few hourly values per
    # category: fewer than a median needs
    cmp = compare(db, {"platform": ["alpha"], "since": "2023-01-01", "until": "2023-01-14"}, {})
    rows = cmp.to_dict()["rows"]
    thin = _row(rows, indicator="pay_by_category", category="web_dev", pay_type="hourly")
    assert thin["supported"] is False and thin["difference"] is None and thin["change"] is None
    assert thin["a"] is not None  # the figure of each side is still shown
    assert f"slice A has {thin['n_a']} hourly pay value(s) in web_dev" in thin["why_not"]
    assert "a median needs at least 10" in thin["why_not"]
    assert "میانه دست‌کم ۱۰ مقدار لازم دارد" in thin["why_not_fa"]
    ineq = [r for r in rows if r["indicator"] == "inequality"]
    assert ineq and all(r["difference"] is None for r in ineq)
    assert all(r["why_not"].startswith("slice A") for r in ineq)


def test_no_pay_in_a_slice_is_not_a_zero(tmp_path: Path) -> None:
    from _market_helpers import mapped_store, row

    rows = [row(f"2023-0{m}-{d:02d}", "design", 10.0 + d) for m in (1, 2) for d in range(1, 28)]
    rows += [row(f"2023-03-{d:02d}", "design") for d in range(1, 28)]  # no pay stated
    s, _ = mapped_store(tmp_path, rows, db=str(tmp_path / "m.duckdb"))
    s.close()
    d = compare(
        tmp_path / "m.duckdb", {"since": "2023-01", "until": "2023-02"}, {"since": "2023-03"}
    )
    d = d.to_dict()
    med = _row(d["rows"], indicator="pay_by_category", category="design", pay_type="hourly")
    assert med["b"] is None and med["n_b"] == 0 and med["difference"] is None
    assert med["why_not"].startswith("slice B: no posting states its pay")


def test_parse_side_reads_periods_and_keys() -> None:
    assert parse_side(["2022"], "A") == {"since": "2022", "until": "2022"}
    assert parse_side(["country=India", "country=Iran", "since=2023-01"], "B") == {
        "country": ["India", "Iran"],
        "since": "2023-01",
    }
    with pytest.raises(
        InputError, match=r"--a contry=India: unknown key contry \(did you mean country"
    ):
        parse_side(["contry=India"], "A")
    with pytest.raises(InputError, match="since is given twice"):
        parse_side(["2022", "since=2023"], "A")


def test_cli_text_json_and_csv(db: Path) -> None:
    args = ["market", "compare", "--db", str(db), "--a", "platform=alpha", "--b", "platform=beta"]
    r = runner.invoke(app, [*args, "--a-label", "US/CA", "--b-label", "Iran"])
    assert r.exit_code == 0, r.output
    assert "US/CA: Slice: platform alpha" in r.output and "Iran−US/CA" in r.output
    assert "not supported (1)" in r.output and "(1) slice B (Iran)" in r.output
    assert "not compared as a measurement" in r.output  # the cited $2.4/h
    j = runner.invoke(app, [*args, "--format", "json"])
    d = json.loads(j.stdout)
    assert {"a", "b", "rows", "notes", "notes_fa", "min_median_n", "min_n"} <= set(d)
    assert all(set(x) >= {"a", "b", "difference", "supported", "why_not"} for x in d["rows"])
    c = runner.invoke(app, [*args, "--format", "csv"])
    lines = list(csv.reader(io.StringIO(c.stdout)))
    assert lines[0][:3] == ["indicator", "metric", "kind"] and {len(x) for x in lines} == {14}
    assert lines[1][6].startswith("Slice: platform alpha")
    # the same figures as the JSON: its rows, then its monthly postings
    assert len(lines) - 3 == len(d["rows"]) + len(d["monthly"])


def test_cli_errors_name_the_slice(db: Path) -> None:
    base = ["market", "compare", "--db", str(db)]
    r = runner.invoke(app, [*base, "--a", "contry=US", "--b", "2023"])
    assert r.exit_code == 2 and "unknown key contry" in r.output
    r = runner.invoke(app, [*base, "--a", "2030", "--b", "2023"])
    assert r.exit_code == 2 and "slice A:" in r.output and "holds no posting" in r.output
    r = runner.invoke(app, base)
    assert r.exit_code == 2 and "--a ... --b ..." in r.output


def test_persian_years_side_by_side(fa_db: Path) -> None:
    """Persona (a): Jalali 1401 against 1403 in Persian: Persian digits, the Persian reasons,
    and the exchange rates of each year named."""
    r = runner.invoke(
        app, ["market", "compare", "--db", str(fa_db), "--a", "1401", "--b", "۱۴۰۳", "--lang", "fa"]
    )
    assert r.exit_code == 0, r.output
    out = " ".join(r.output.split())
    assert "برش: آگهی‌شده از ۱ فروردین ۱۴۰۱" in out and "مقایسهٔ دو برش بازار" in out
    assert "میانه (دلار)" in out and "٪" in out
    assert "برش \u2066A\u2069: دستمزدِ به واحدهای دیگر" in out  # the rates of slice A
    d = compare(fa_db, {"since": "1401", "until": "1401"}, {"since": "1403", "until": "1403"})
    ai = _row(d.to_dict()["rows"], indicator="ai_training")
    assert ai["supported"] and ai["n_a"] > 20  # Persian «برچسب‌زنی داده» postings
    assert "2.4" in d.notes[0] and "cited claim, not verified" in d.notes[0]


def test_indicators_json_is_unchanged_in_shape(db: Path) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "json"])
    d = json.loads(r.stdout)
    assert set(d) == {
        "db",
        "engine",
        "postings",
        "dated_postings",
        "category_source",
        "caveats",
        "indicators",
        "caveats_fa",
        "category_source_mode",
        "slice",
    }
