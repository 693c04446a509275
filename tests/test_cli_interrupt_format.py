"""Ctrl-C says so in one line (and leaves no half-written file); ``--format pdf`` points
to ``--report out.pdf`` where ``--format`` takes no pdf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from azadkar.cli._help import write_output

_INTERRUPT = """
import os, signal, sys
import azadkar.taxonomy as t
def stop(*a, **k):
    os.kill(os.getpid(), signal.SIGINT)
t.load_taxonomy = stop
from azadkar.cli import main
sys.argv = ["azadkar", *sys.argv[1:]]
main()
"""


def _azadkar(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", code or "from azadkar.cli import main; main()"]
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [((), "interrupted; nothing was written"), (("--lang", "fa"), "قطع شد؛ چیزی نوشته نشد.")],
)
def test_ctrl_c_prints_one_line_and_exits_130(lang: tuple[str, ...], line: str) -> None:
    r = _azadkar("services", *lang, code=_INTERRUPT)
    assert r.returncode == 130
    assert r.stderr.strip() == line
    assert "Traceback" not in r.stderr


def test_ctrl_c_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"

    def writer() -> None:
        target.write_bytes(b"%PDF-half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_output(target, writer, "--report")
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("assess", "logo", "--format", "pdf"), "--report out.pdf"),
        (("plan", "-f=pdf"), "--report out.pdf"),
        (("market", "status", "-f", "pdf"), "use one of text, json"),
        (("claims", "--format", "PDF"), "use one of text, json, md"),
    ],
)
def test_format_pdf_points_to_report(args: tuple[str, ...], expected: str) -> None:
    r = _azadkar(*args)
    assert r.returncode == 2
    assert "--format does not take pdf" in r.stderr and expected in r.stderr


def test_format_pdf_in_persian_isolates_the_options() -> None:
    r = _azadkar("assess", "logo", "--format", "pdf", "--lang", "fa")
    assert r.returncode == 2
    assert "\u2066--report out.pdf\u2069" in r.stderr and "\u2066--format\u2069" in r.stderr
