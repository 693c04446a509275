"""A researcher's citation in one place (`azadkar.cite`), and what the library says about
itself: rows that show the classifier's figures as its JSON does, English messages in
English, a docstring for every public error."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import pytest

import azadkar
from azadkar.scenarios import SHIPPED
from azadkar.text import classify, load_classifier, understand_profile

TEXT = "ترجمهٔ مقاله‌های انگلیسی به فارسی"


def _study() -> tuple[Any, Any, Any, Any]:
    c, shares = understand_profile(TEXT)
    profile = azadkar.make_profile([(s, p * 100) for s, p in shares], rate=30, text=TEXT)
    a = azadkar.assess(profile, understood=c)
    return c, a, azadkar.project(a), azadkar.plan(a)


def test_cite_names_every_version_source_and_claim() -> None:
    c, a, p, pl = _study()
    cited = azadkar.cite({"p1": a, "p1-outlook": p, "p1-plan": pl})
    assert cited.azadkar_version == azadkar.__version__
    assert re.fullmatch(r"[0-9a-f]{12}", cited.data_version)
    sources = {d["id"]: d for d in cited.datasets}
    assert set(sources) == {"gpts-are-gpts", "working-with-ai"}
    assert sources["gpts-are-gpts"]["version"] and sources["gpts-are-gpts"]["licence"]
    assert cited.models == (f"{c.engine} {c.model_version}",)
    assert [s["id"] for s in cited.scenarios] == [p.scenario.id]
    # the parameters are the ones the projection's figures rest on, with their sources
    assert [x.key for x in cited.parameters] == list(p.params_used)
    for x in cited.parameters:
        param = p.scenario.params[x.key]
        assert (x.value, x.status, x.source) == (param.value, param.status, param.source)
    assert cited.claims and all(x.status == "cited, not verified" for x in cited.claims)
    assert cited.counts == {"Assessment": 1, "Projection": 1, "Plan": 1}
    # a plan alone cites the parameters its projection would
    assert azadkar.cite(pl).parameters == azadkar.cite(p).parameters

    en = cited.text("en")
    assert azadkar.__version__ in en and "0471612" in en and c.model_version in en
    assert "cited, not verified" in en and "USDOL/ETA has not approved" in en
    fa = cited.text("fa")
    assert "\u2066" + p.scenario.id + "\u2069" in fa  # Latin ids isolated in Persian
    assert f"{'۰۱۲۳۴۵۶۷۸۹'[len(cited.claims)]} پارامتر" in fa  # Persian digits
    assert "راستی‌آزمایی‌نشده" in fa
    bib = cited.bibtex()
    assert bib.startswith("@software{azadkar,") and "@misc{gpts-are-gpts," in bib
    assert "author = {Eloundou and Manning and Mishkin and Rock}" in bib

    data = json.loads(json.dumps(cited.to_dict(), ensure_ascii=False))
    assert data["schema"] == "azadkar.citation/1"
    assert data["claims"] == [{"scenario": x.scenario, "key": x.key} for x in cited.claims]
    assert data["text"] == {"en": en, "fa": fa} and data["bibtex"] == bib


def test_cite_reads_saved_results_and_the_classifier() -> None:
    _, a, p, pl = _study()
    saved = a.to_dict()
    saved["projection"] = p.to_dict()
    saved["plan"] = pl.to_dict()
    from_file = azadkar.cite(json.loads(json.dumps(saved)))  # the CLI's JSON, as loaded
    assert from_file.to_dict() == azadkar.cite(a, p, pl).to_dict()
    assert azadkar.cite(azadkar.load(saved)).parameters == from_file.parameters
    # (id, result) pairs, as records() and table() take them
    pairs = azadkar.cite([("p1", a), ("p1", p), ("p1", pl)])
    assert pairs.to_dict() == azadkar.cite(a, p, pl).to_dict()

    clf = load_classifier()
    only_model = azadkar.cite(classify("logo for my cafe"))
    assert only_model.models == (f"{clf.engine} {clf.version_}",) and not only_model.datasets
    assert azadkar.cite(clf).models == only_model.models
    everything = azadkar.cite(*(azadkar.load_scenario(s) for s in SHIPPED))
    assert {s["id"] for s in everything.scenarios} == {"report-2025", "observed-2023-2025"}
    assert azadkar.cite().datasets  # with nothing: the installation's own data

    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.cite([a, "not a result"])
    assert info.value.data["field"] == "results[1]" and info.value.message_fa
    with pytest.raises(azadkar.SavedResultError):
        azadkar.cite(a).text("de")


def test_rows_show_the_classifiers_figures_as_its_json_does() -> None:
    """`records()` rounded the classifier's confidences as a share (0.999998) where the
    saved JSON keeps the digits a probability near 1 needs (0.99999785): a row and its file
    disagreed on the same figure."""
    for text in (TEXT, "logo for my cafe"):
        c, shares = understand_profile(text)
        a = azadkar.assess(azadkar.make_profile([(s, p * 100) for s, p in shares]), understood=c)
        saved = a.to_dict()["understood"]
        by_id = {s["service"]: s["confidence"] for s in saved["services"]}
        for row in azadkar.records([a]):
            assert row["service_confidence"] == by_id[row["service"]]
            assert row["category_confidence"] == saved["category_confidence"]
        exact = azadkar.records([a], exact=True)[0]
        assert exact["category_confidence"] == c.category_confidence


def test_a_saved_results_english_message_is_english() -> None:
    """A text or whole-number field of the wrong kind was described in Persian inside the
    English message ("must be text, not عدد 5")."""
    a = azadkar.assess(["copywriting:70", "seo:30"])
    for change, field in (
        (lambda d: d["profile"].update(currency=5), "profile.currency"),
        (
            lambda d: d["services"][0]["tasks"][0].update(task_id="x"),
            "services[0].tasks[0].task_id",
        ),
    ):
        d = a.to_dict()
        change(d)
        with pytest.raises(azadkar.SavedResultError) as info:
            azadkar.Assessment.from_dict(d)
        assert info.value.data["field"] == field
        assert not re.search("[\u0600-\u06ff]", str(info.value)), str(info.value)
        assert re.search("[\u0600-\u06ff]", info.value.message_fa or "")


def test_every_public_error_says_what_it_is() -> None:
    """help(azadkar.ProfileError) showed the base class's "Base class of every error", and
    help(azadkar.Scenario) its field list; azadkar.load_claims had no docstring."""
    base = inspect.getdoc(azadkar.AzadkarError)
    for name in azadkar.__all__:
        obj = getattr(azadkar, name)
        if isinstance(obj, type) and issubclass(obj, azadkar.AzadkarError):
            assert obj is azadkar.AzadkarError or inspect.getdoc(obj) != base, name
    assert not (inspect.getdoc(azadkar.Scenario) or "").startswith("Scenario(")
    assert inspect.getdoc(azadkar.load_claims)


def test_a_table_of_ids_of_two_kinds_says_so() -> None:
    """A list's positions (0) beside a named pair ("x") gave pyarrow's ArrowInvalid "Could
    not convert 'x' with type str: tried to convert to int64"."""
    a = azadkar.assess(["copywriting:70", "seo:30"])
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.table([a, ("x", a)])
    assert info.value.data["field"] == "id" and "two kinds" in str(info.value)
    assert azadkar.table([("w", a), ("x", a)]).column("id").to_pylist()[-1] == "x"


def test_persian_messages_isolate_what_is_latin(tmp_path: Any) -> None:
    """Paths, scenario ids and field names inside Persian messages were left to the
    Persian around them («سناریوهای همراه برنامه: report-2025، observed-2023-2025»), and
    English said "is a Assessment"."""
    lri, pdi = "\u2066", "\u2069"
    with pytest.raises(azadkar.AzadkarError) as info:
        azadkar.project(azadkar.assess(["seo"]), "nope")
    assert f"{lri}report-2025{pdi}، {lri}observed-2023-2025{pdi}" in (info.value.message_fa or "")
    missing = tmp_path / "none.json"
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.load(missing)
    assert info.value.message_fa == f"پرونده‌ای با نشانی {lri}{missing}{pdi} نیست"
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "azadkar.assessment/1",', "utf-8")
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.load(broken)
    assert f"{lri}{broken}{pdi}" in (info.value.message_fa or "")
    assert "سطر ۱، ستون ۳۵" in (info.value.message_fa or "")
    with pytest.raises(azadkar.SavedResultError) as info:
        azadkar.records([azadkar.assess(["seo"])], per="year")
    assert "is an Assessment" in str(info.value)
    assert (info.value.message_fa or "").startswith(f"{lri}results[0]{pdi} پیش‌بینی نیست")
