"""Noisy short messages: @handles, hashtags, filler, Finglish "sio", and probe_eval's path.

Sentences here are our own (not rows of probe set 8).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from azadkar.text import _terms, classify

ROOT = Path(__file__).resolve().parents[1]


def test_handles_are_not_read_and_hashtags_are_words() -> None:
    got = _terms.social_text("new flyer for @lime.cafe #print_design")
    assert got.split() == ["new", "flyer", "for", "print", "design"]
    assert _terms.social_text("8 cores @3 GHz") == "8 cores @3 GHz"
    assert _terms.social_text("#BrandIdentity work") == "Brand Identity work"
    assert _terms.social_text("#طراحی_بسته_بندی") == "طراحی بسته بندی"
    # An e-mail address is not a handle.
    assert _terms.social_text("write to nika@example.org") == "write to nika@example.org"


def test_handle_and_hash_mark_are_not_evidence() -> None:
    c = classify("I draw logos for small shops @studio.nika #logo_design #branding")
    assert c.services and c.services[0][0] == "logo_design"
    shown = " ".join(c.evidence)
    assert "@" not in shown and "#" not in shown
    assert "studio" not in shown and "nika" not in shown


@pytest.mark.parametrize("text", ["blah blah", "test test", "سلام خوبی", "lorem ipsum", "hi there"])
def test_filler_is_not_read(text: str) -> None:
    assert _terms.only_filler(text)
    c = classify(text)
    assert c.category == "other"
    assert not c.services
    assert not c.evidence
    assert c.ignored  # says what was left out


def test_filler_beside_work_is_read() -> None:
    assert not _terms.only_filler("test automation for a web shop")
    assert not _terms.only_filler("سلام، طراحی لوگو برای کافه")
    c = classify("hi, I need a logo for my bakery")
    assert c.category == "design"


@pytest.mark.parametrize("text", ["sio baraye site forushgahi", "kare sio baraye vebsait"])
def test_finglish_sio_is_seo(text: str) -> None:
    c = classify(text)
    assert c.services and c.services[0][0] == "seo"


def test_probe_eval_lets_pythonpath_win(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(
        "probe_eval_under_test", ROOT / "benchmarks" / "probe_eval.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    tree_src = str(mod.ROOT / "src")
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != tree_src])
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else/src")
    mod._use_tree_src_unless_pythonpath()
    assert tree_src not in sys.path  # azadkar is importable already: PYTHONPATH wins
    monkeypatch.delenv("PYTHONPATH")
    mod._use_tree_src_unless_pythonpath()
    assert sys.path[0] == tree_src
