"""Probe set 8 (benchmarks/probe/probe8_noisy.tsv): short noisy messages, checked by
benchmarks/probe/validate.py and scored by benchmarks/probe_eval.py ``--set noisy``.

The broken copies are written to pytest's temporary folder under the set's own file name
(validate.py chooses a one-file set's rules by name); the shipped file is never changed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "benchmarks" / "probe"
NOISY = PROBE / "probe8_noisy.tsv"
HEADER = "text\tcategory\tservice\tlang"


def _rows() -> list[list[str]]:
    lines = NOISY.read_text(encoding="utf-8").split("\n")
    assert lines[0] == HEADER
    return [line.split("\t") for line in lines[1:] if line]


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(PROBE / "validate.py"), str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _write(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / NOISY.name
    body = "".join("\t".join(r) + "\n" for r in rows)
    path.write_text(HEADER + "\n" + body, encoding="utf-8", newline="")
    return path


def test_validate_accepts_the_noisy_set() -> None:
    res = _validate(NOISY)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.rstrip().endswith("OK")
    assert "mixed" in res.stdout.splitlines()[0]


def test_validate_rejects_a_missing_service(tmp_path: Path) -> None:
    rows = [r for r in _rows() if r[2] != "ai_consulting"]
    res = _validate(_write(tmp_path, rows))
    assert res.returncode == 1
    assert "service ai_consulting has only 0 rows" in res.stdout


def test_validate_rejects_a_service_without_a_persian_row(tmp_path: Path) -> None:
    rows = [r for r in _rows() if not (r[2] == "legal_consulting" and r[3] != "en")]
    extra = ["a made-up second English row asking a lawyer about a lease"]
    extra += ["consulting_teaching", "legal_consulting", "en"]
    res = _validate(_write(tmp_path, [*rows, extra]))
    assert res.returncode == 1
    assert "service legal_consulting lacks an English or a Persian (fa/mixed) row" in res.stdout


def test_validate_rejects_a_bad_lang(tmp_path: Path) -> None:
    rows = _rows()
    rows[3] = [*rows[3][:3], "fa-IR"]
    res = _validate(_write(tmp_path, rows))
    assert res.returncode == 1
    assert "5: bad lang 'fa-IR'" in res.stdout


def test_validate_rejects_a_tab_in_text(tmp_path: Path) -> None:
    rows = _rows()
    rows[0] = [rows[0][0].replace(" ", "\t", 1), *rows[0][1:]]
    res = _validate(_write(tmp_path, rows))
    assert res.returncode == 1
    assert "2: 5 columns" in res.stdout


@pytest.mark.parametrize("words", [2, 41])
def test_validate_rejects_texts_outside_the_word_limits(tmp_path: Path, words: int) -> None:
    rows = _rows()
    rows[1] = [" ".join(["logo"] * words), *rows[1][1:]]
    res = _validate(_write(tmp_path, rows))
    assert res.returncode == 1
    assert f"3: {words} words, not 3-40" in res.stdout


def test_probe_eval_knows_the_noisy_set() -> None:
    spec = importlib.util.spec_from_file_location(
        "probe_eval_for_test", ROOT / "benchmarks" / "probe_eval.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.SETS[mod.ALIASES["noisy"]] == mod.SETS["8"] == mod.NOISY
    assert (PROBE / mod.NOISY_FILE) == NOISY
    assert {r[3] for r in _rows()} == set(mod.NOISY_LANGS)
