"""scripts/build_model.py reads the corpus strictly: a file or row it cannot use stops the build."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_model.py"


@pytest.fixture
def build_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_model_under_test", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(mod, "CORPUS", tmp_path)
    (tmp_path / "en").mkdir()
    return mod


def test_prefixed_files_take_the_service_label(build_model: Any, tmp_path: Path) -> None:
    (tmp_path / "en" / "fix3_seo.tsv").write_text("kind\ttext\ntitle\tRank my shop\n\n")
    (tmp_path / "en" / "xdom__other.tsv").write_text("kind\ttext\ntitle\tFix my boiler\n")
    rows = build_model.corpus_rows({"seo"})
    assert sorted((t, label) for t, label, _, _ in rows) == [
        ("Fix my boiler", "_other"),
        ("Rank my shop", "seo"),
    ]


def test_unusable_corpus_files_and_rows_stop_the_build(build_model: Any, tmp_path: Path) -> None:
    (tmp_path / "en" / "fix3_seo_typo.tsv").write_text("kind\ttext\ntitle\tRank my shop\n")
    (tmp_path / "en" / "seo.tsv").write_text("kind\ttext\ntitle\tok\ntitle\t  \ntitle\n")
    (tmp_path / "en" / "more_seo.tsv").write_text("text\nRank my shop\n")
    with pytest.raises(SystemExit) as err:
        build_model.corpus_rows({"seo"})
    msg = str(err.value)
    assert "fix3_seo_typo.tsv: 'seo_typo' is not a service id" in msg
    assert "seo.tsv:3: no text" in msg and "seo.tsv:4: no text" in msg
    assert "more_seo.tsv:1: header is ['text']" in msg
