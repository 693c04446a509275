"""A real SIGKILL in the middle of an ingest leaves the store exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from azadkar.market import Store

pytestmark = pytest.mark.slow

HEADER = "title,url,published,description,skills,category,country,budget,hourly_range_min,hourly_range_max\n"

CHILD = """
import sys
from azadkar.market import Store
with Store(sys.argv[1]) as s:
    if sys.argv[3] == "disk":
        s.stage_memory_max_bytes = 0  # stage the file in a stage file on disk
    s.ingest([sys.argv[2]], on_event=lambda e: print(e, flush=True))
print("committed", flush=True)
"""


def write_rows(path: Path, start: int, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(start, start + n):
            f.write(
                f"Job {i} - Upwork,https://www.upwork.com/jobs/j{i}?source=rss,"
                f"{1 + i % 12}/{1 + i % 28}/2023 {1 + i % 12}:{i % 60:02d}am,"
                f'"Long description for job {i}, with enough words to make the row realistic",'
                f'"Python, SQL",Data Entry,Germany,,${10 + i % 40}.00,${50 + i % 40}.00\n'
            )
    return path


def snapshot(db: Path) -> tuple:
    with Store(db, read_only=True) as s:
        return (
            s.count("postings"),
            s.count("rejected"),
            [(f.path, f.rows, f.accepted, f.rejected, f.duplicates) for f in s.status()],
            s.con.execute("SELECT sum(pay_usd), max(posting_id) FROM postings").fetchall(),
        )


# The ingest parses every file into temporary tables first ("begin"), then opens one
# transaction for the writes ("transaction"): kill it in each phase.
@pytest.mark.parametrize("staging", ["memory", "disk"])
@pytest.mark.parametrize(("phase", "delay"), [("begin", 0.3), ("transaction", 0.05)])
def test_sigkill_mid_ingest_leaves_store_as_before(
    tmp_path: Path, phase: str, delay: float, staging: str
) -> None:
    db = tmp_path / "m.duckdb"
    small = write_rows(tmp_path / "small.csv", 0, 500)
    with Store(db) as s:
        s.ingest([small])
    before = snapshot(db)
    big = write_rows(tmp_path / "big.csv", 10_000, 600_000)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(big), staging],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "begin", f"child did not start the ingest: {line!r}"
    while line != phase:
        line = proc.stdout.readline().strip()
        assert line, "child ended before the phase to kill in"
    time.sleep(delay)
    still_running = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    rest = proc.stdout.read()
    proc.stdout.close()
    assert still_running and "committed" not in rest, "ingest finished before the kill"
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(db) == before
    # The store is still usable and the killed file can now be ingested in full; the
    # killed ingest's stage file, if any, is removed.
    with Store(db) as s:
        [res] = s.ingest([big])
        assert res.accepted == 600_000
    assert not list(tmp_path.glob("m.duckdb.tmp/azadkar-stage-*"))
