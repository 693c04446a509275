"""classify_postings: batches, stored with the model version, never faked without a model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from azadkar.errors import EngineError
from azadkar.market import CATEGORY_IDS, Store, _classify, classify_postings, indicators

RSS = (
    "title,url,published,description,skills,category,country,budget,hourly_range_min,hourly_range_max\n"
    "Write SEO blog posts,https://u/1,2/1/2023 1:00am,articles for our blog,Writing,,US,$50,,\n"
    "Logo for a cafe,https://u/2,2/2/2023 1:00am,brand logo,Logo,,US,$80,,\n"
    "Annotate images for AI training,https://u/3,2/3/2023 1:00am,label bounding boxes,Data Labeling,,US,,$3,$5\n"
    "Translate a contract,https://u/4,2/4/2023 1:00am,English to Persian,Translation,,US,$30,,\n"
)


class KeywordClassifier:
    """A tiny fitted stand-in with the azadkar.text API (categories as classes)."""

    version_ = "stand-in-1"

    def __init__(self) -> None:
        self.calls = 0
        self.classes_ = np.array(CATEGORY_IDS)
        self.words = {
            "blog": "writing",
            "logo": "design",
            "annotate": "data_ai",
            "translate": "translation",
        }

    def _cat(self, text: str) -> str:
        low = text.lower()
        return next((c for w, c in self.words.items() if w in low), "other")

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return np.array([self._cat(t) for t in texts])

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        p = np.full((len(texts), len(self.classes_)), 0.02)
        for i, t in enumerate(texts):
            p[i, list(self.classes_).index(self._cat(t))] = 0.82
        return p

    def predict_services(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        return [[("ai_data_annotation", 0.9)] if "annotate" in t.lower() else [] for t in texts]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    p = tmp_path / "rss.csv"
    p.write_text(RSS, encoding="utf-8")
    s = Store(tmp_path / "m.duckdb")
    s.ingest([p])
    yield s
    s.close()


def test_predictions_are_stored_with_version_beside_platform_labels(store: Store) -> None:
    clf = KeywordClassifier()
    res = classify_postings(store, clf, batch_size=3, progress=False)
    assert (res.classified, res.skipped, res.model_version) == (4, 0, "stand-in-1")
    assert clf.calls == 2  # two batches of at most 3
    got = dict(
        store.con.execute(
            "SELECT p.title, [q.category, q.model_version, q.service] FROM predictions q "
            "JOIN postings p USING (posting_id)"
        ).fetchall()
    )
    assert got["Logo for a cafe"] == ["design", "stand-in-1", None]
    assert got["Annotate images for AI training"] == ["data_ai", "stand-in-1", "ai_data_annotation"]
    # The platform's own label column is untouched.
    assert store.con.execute(
        "SELECT count(*) FROM postings WHERE platform_subcategory IS NOT NULL"
    ).fetchall() == [(0,)]
    again = classify_postings(store, clf, progress=False)
    assert (again.classified, again.skipped) == (0, 4)
    redo = classify_postings(store, clf, progress=False, reclassify=True)
    assert redo.classified == 4 and store.count("predictions") == 4


def test_indicators_use_model_categories(store: Store) -> None:
    before = indicators(store=store)
    assert before.category_source == {"unclassified": 4}
    classify_postings(store, KeywordClassifier(), progress=False)
    after = indicators(store=store)
    assert after.category_source == {"model stand-in-1": 4}
    pay = {r["category"]: r for r in after.get("pay_by_category").rows}
    assert set(pay) == {"writing", "design", "data_ai", "translation"}
    assert pay["data_ai"]["median_hourly_usd"] == 4.0


def test_unknown_category_from_a_model_is_refused(store: Store) -> None:
    clf = KeywordClassifier()
    clf.words = {"blog": "blogging"}
    clf.classes_ = np.array([*CATEGORY_IDS, "blogging"])
    with pytest.raises(EngineError, match="unknown categories"):
        classify_postings(store, clf, progress=False)
    assert store.count("predictions") == 0


def test_missing_model_is_an_engine_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_classify, "model_available", lambda: False)
    with pytest.raises(EngineError, match="model is not installed"):
        classify_postings(store, progress=False)
    assert store.count("predictions") == 0


@pytest.mark.skipif(
    not _classify.model_available(), reason="the shipped classifier model is not built"
)
def test_shipped_model_classifies_postings(store: Store) -> None:
    res = classify_postings(store, progress=False)
    assert res.classified == 4
    cats = dict(
        store.con.execute(
            "SELECT p.title, q.category FROM predictions q JOIN postings p USING (posting_id)"
        ).fetchall()
    )
    assert set(cats.values()) <= set(CATEGORY_IDS)
    assert cats["Logo for a cafe"] == "design"
