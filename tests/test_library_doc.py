"""docs/library.md runs as written: every ```python block, in order, in one namespace."""

from __future__ import annotations

import ast
import contextlib
import csv
import io
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "library.md"


def _posts(path: Path) -> None:
    """A small Upwork RSS export: five kinds of job over three years, hourly and fixed pay."""
    titles = [
        "Logo design for a bakery",
        "SEO audit for a Shopify store",
        "Translate product pages to Persian",
        "Data entry into Excel sheets",
        "Label images for AI training data",
    ]
    fields = ["title", "url", "published", "description", "skills", "category", "country",
              "budget", "hourly_range_min", "hourly_range_max"]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for i in range(400):
            month = i % 36
            hourly = i % 2 == 1
            w.writerow(
                {
                    "title": titles[i % 5],
                    "url": f"https://www.upwork.com/jobs/~{i:06d}",
                    "published": f"{2021 + month // 12}-{month % 12 + 1:02d}-{1 + i % 27:02d} 10:00",
                    "description": "details",
                    "skills": "",
                    "category": "",
                    "country": "Canada",
                    "budget": "" if hourly else str(50 + i % 200),
                    "hourly_range_min": str(10 + i % 30) if hourly else "",
                    "hourly_range_max": str(20 + i % 30) if hourly else "",
                }
            )


def _png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 48), (200, 120, 40)).save(path)


def test_every_python_block_of_the_library_guide_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert len(blocks) >= 7
    _posts(tmp_path / "posts.csv")
    _png(tmp_path / "logo.png")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    out = io.StringIO()
    for n, block in enumerate(blocks, 1):
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(block, f"docs/library.md block {n}", "exec"), namespace)
            except Exception as exc:  # name the block that broke
                pytest.fail(f"block {n} failed: {type(exc).__name__}: {exc}\n{block}")
    text = out.getvalue()
    # a few things the guide says the reader will see
    assert "AIA Ph Ce Nc Hin R Midjourney, Adobe Photoshop v1.0" in text  # Photoshop: edit
    assert "valid and trusted" in text
    assert "the shares add up to 90%, not 100%" in text
    assert (tmp_path / "market.duckdb").exists() and (tmp_path / "logo.signed.png").exists()
    # a classify_many batch as a table: one row per text (docs' "Classify" block)
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    batch_rows = pq.read_table(tmp_path / "study" / "batch.parquet").to_pylist()
    assert [r["index"] for r in batch_rows] == [0, 1, 2, 3]
    assert batch_rows[3]["flags"] == "empty" and batch_rows[3]["category"] == "other"


@pytest.mark.parametrize("doc", ["README.md", "docs/market.md", "docs/disclosure.md"])
def test_the_python_blocks_of_the_other_docs_run(
    doc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README.md, docs/market.md and docs/disclosure.md show Python too: it runs as written."""
    text = (DOC.parent.parent / doc).read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks, f"{doc} has no python block"
    _posts(tmp_path / "upwork-rss-2024.csv")  # the file docs/market.md ingests
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for n, block in enumerate(blocks, 1):
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                exec(compile(block, f"{doc} block {n}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"{doc} block {n} failed: {type(exc).__name__}: {exc}\n{block}")
        # A line `expression  # 'text'` promises what the expression gives: hold it to that.
        for expr, shown in re.findall(r"^(\w[\w.\[\]\"']*)\s+#\s+('[^']*')\s*$", block, re.M):
            assert eval(expr, namespace) == ast.literal_eval(shown), f"{doc}: {expr}"
