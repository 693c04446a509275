"""The service classifier: scikit-learn API, evidence, 'other', several services, shipped model."""

from __future__ import annotations

import numpy as np
import pytest

from azadkar.errors import InputError
from azadkar.text import ServiceClassifier, split_clauses

TRAIN = {
    "logo_design": [
        "logo design for a cafe",
        "I design logos and brand marks",
        "minimal logo for my startup",
        "طراحی لوگو برای کافه",
        "new logo and brand identity",
        "لوگو و هویت بصری برند",
    ],
    "social_media_management": [
        "manage our instagram page",
        "social media manager for instagram and tiktok",
        "I run instagram pages for small businesses",
        "مدیریت پیج اینستاگرام",
        "content calendar and posting on instagram",
        "ادمین اینستاگرام برای فروشگاه",
    ],
    "text_translation": [
        "translate english to persian",
        "translation of a website into french",
        "ترجمه متن انگلیسی به فارسی",
        "I translate legal documents",
        "translator for product descriptions",
        "ترجمه مقاله تخصصی",
    ],
    "_other": [
        "structural engineering drawings for a bridge",
        "plumber to fix a leaking pipe",
        "civil engineer for road design",
        "electrician for house wiring",
        "نقشه سازه ساختمان",
        "mechanical engineer hvac calculations",
    ],
}
CATEGORIES = {
    "logo_design": "design",
    "social_media_management": "marketing",
    "text_translation": "translation",
    "_other": "other",
}


@pytest.fixture(scope="module")
def small() -> ServiceClassifier:
    texts = [t for ts in TRAIN.values() for t in ts]
    labels = [lab for lab, ts in TRAIN.items() for _ in ts]
    return ServiceClassifier(
        categories=CATEGORIES, min_df=1, calibration_folds=2, other_threshold=0.3
    ).fit(texts, labels)


def test_fit_learns_attributes(small: ServiceClassifier) -> None:
    assert list(small.classes_) == sorted(TRAIN)
    assert small.coef_.shape == (4, small.n_features_in_)
    assert small.temperature_ > 0
    assert small.version_.endswith("-sklearn" + __import__("sklearn").__version__)
    assert set(small.get_params()) >= {"engine", "C", "other_threshold"}


def test_predict_and_proba(small: ServiceClassifier) -> None:
    texts = ["professional logo design", "ترجمه کتاب به انگلیسی", "instagram page manager"]
    proba = small.predict_proba(texts)
    assert proba.shape == (3, 4)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    assert list(small.predict(texts)) == [
        "logo_design",
        "text_translation",
        "social_media_management",
    ]


def test_version_depends_on_training_data() -> None:
    texts = [t for ts in TRAIN.values() for t in ts]
    labels = [lab for lab, ts in TRAIN.items() for _ in ts]
    a = ServiceClassifier(categories=CATEGORIES, min_df=1, calibration_folds=0).fit(texts, labels)
    b = ServiceClassifier(categories=CATEGORIES, min_df=1, calibration_folds=0).fit(texts, labels)
    c = ServiceClassifier(categories=CATEGORIES, min_df=1, calibration_folds=0).fit(
        texts[:-1], labels[:-1]
    )
    assert a.version_ == b.version_ != c.version_
    np.testing.assert_array_equal(a.coef_, b.coef_)


def test_evidence_names_the_deciding_words(small: ServiceClassifier) -> None:
    ev = small.explain("we need a logo for our bakery", "logo_design", n=3)
    assert ev and "logo" in ev[0][0]
    assert all(score > 0 for _, score in ev)


def test_out_of_taxonomy_is_other(small: ServiceClassifier) -> None:
    cats, _conf = small.predict_category(["structural engineering drawings for a warehouse"])
    assert cats[0] == "other"


def test_unknown_label_needs_categories() -> None:
    with pytest.raises(InputError, match="not_a_service"):
        ServiceClassifier().fit(["a b", "c d"], ["not_a_service", "_other"])


def test_several_services_in_one_profile(small: ServiceClassifier) -> None:
    [found] = small.predict_services(["I design logos and run Instagram pages for cafés"], top=3)
    ids = [s for s, _ in found]
    assert "logo_design" in ids and "social_media_management" in ids


def test_split_clauses() -> None:
    assert split_clauses("I design logos and run Instagram pages, also translate") == [
        "I design logos",
        "run Instagram pages",
        "translate",
    ]
    assert split_clauses("طراحی لوگو و مدیریت اینستاگرام") == ["طراحی لوگو", "مدیریت اینستاگرام"]


def test_save_and_load_round_trip(small: ServiceClassifier, tmp_path) -> None:
    from azadkar.text._model_io import load_model, save_model

    save_model(small, tmp_path)
    again = load_model(tmp_path)
    texts = ["logo for a shop", "translate my thesis", "fix the plumbing"]
    np.testing.assert_allclose(again.predict_proba(texts), small.predict_proba(texts), atol=0.02)
    assert again.version_ == small.version_


# -- the shipped model ---------------------------------------------------------------------
def test_shipped_model_is_small_and_versioned() -> None:
    from azadkar.text._classify import model_dir

    files = list(model_dir().iterdir())
    size = sum(f.stat().st_size for f in files)
    assert size < 10_000_000, f"shipped model is {size / 1e6:.1f} MB"
    from azadkar.text import load_classifier

    clf = load_classifier("fast")
    assert "-sklearn" in clf.version_
    from azadkar.taxonomy import load_taxonomy

    services = {s.id for s in load_taxonomy().services}
    # One class per taxonomy service plus "_other" (outside the taxonomy): a model built
    # before a service was added fails here.
    assert set(clf.classes_) == services | {"_other"}


def test_shipped_classify() -> None:
    from azadkar.text import classify

    c = classify("I design logos and run Instagram pages for cafés")
    ids = [s for s, _ in c.services]
    assert "logo_design" in ids and "social_media_management" in ids
    assert c.evidence and c.lang == "en" and c.engine == "fast"
    assert abs(sum(share for _, share in c.profile) - 1.0) < 1e-3

    fa = classify("ترجمه مقاله انگلیسی به فارسی")
    assert fa.category == "translation" and fa.lang == "fa"


@pytest.mark.parametrize(
    "text", ["structural engineering drawings for a warehouse", "singer for a jingle"]
)
def test_shipped_out_of_taxonomy(text: str) -> None:
    from azadkar.text import classify

    c = classify(text)
    assert c.category == "other"
    assert not [s for s, _ in c.services if s not in ("voice_over", "music_production")]


def test_shipped_flags_bad_input() -> None:
    from azadkar.text import classify

    assert classify("   ").flags == ["empty"]
    assert classify("\x00\x01\x02\x03garbage\ufffd\ufffd").flags == ["binary"]
    for letterless in ("1", "12345", "۱۲۰۰ $", "؟!", "🙂🙂", "$1,000 - $2,000"):
        c = classify(letterless)
        assert c.flags == ["no_words"], letterless
        assert c.category == "other" and c.category_confidence == 0.0 and not c.services
    # One letter in any script is enough to be read.
    for worded in ("SEO", "سئو", "logo 1", "۳ لوگو"):
        assert classify(worded).flags == [], worded
    big = classify("logo design " * 20_000)
    assert big.flags == ["too_long"] and big.category == "design"


def test_understand_profile() -> None:
    from azadkar.text import understand_profile

    c, shares = understand_profile("من طراح لوگو هستم و صفحه اینستاگرام کافه‌ها را مدیریت می‌کنم")
    ids = [s for s, _ in shares]
    assert "logo_design" in ids and "social_media_management" in ids
    assert c.lang == "fa"


def test_char_ngrams_match_scikit_learn() -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    from azadkar.text._features import char_ngrams

    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False)
    for word in ["logo", "wordpress", "c#", "طراحی", "ab"]:
        assert sorted(char_ngrams(word, (2, 5))) == sorted(analyzer.build_analyzer()(word))


def test_batch_features_equal_one_by_one() -> None:
    from azadkar.text._features import WordNgramVectorizer

    docs = ["logo design for cafe", "طراحی لوگو", "logo logo design", "", "unseen words here"]
    vec = WordNgramVectorizer(min_df=1).fit(docs[:3])
    batch = vec.transform(docs).toarray()
    fresh = WordNgramVectorizer(min_df=1).fit(docs[:3])
    single = np.vstack([fresh.transform([d]).toarray() for d in docs])
    np.testing.assert_allclose(batch, single, rtol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(batch[:3], axis=1), 1.0, rtol=1e-5)
    assert not batch[3].any()


def test_public_names() -> None:
    import azadkar.text as text

    for name in text.__all__:
        assert getattr(text, name) is not None
    with pytest.raises(AttributeError):
        _ = text.no_such_name  # type: ignore[attr-defined]


@pytest.mark.shared
def test_jobinja_data_ads_classify_as_data_ai(shared_data) -> None:
    """The issue's target, on real Persian ads the model never saw (benchmarks/ has all)."""
    pytest.importorskip("openpyxl")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from classify_eval import load_jobinja
    finally:
        sys.path.pop(0)
    from azadkar.text import load_classifier

    loaded = load_jobinja()
    assert loaded is not None
    _, full, expected = loaded
    ads = [t for t, e in zip(full, expected, strict=True) if e]
    assert len(ads) > 90
    shares = {}
    for engine in ("fast", "combined"):
        clf = load_classifier(engine)
        cats, _ = clf.categorize(clf.predict_proba(ads))
        shares[engine] = float((cats == "data_ai").mean())
    # The target (>= 90%) is met by the combined engine, the accuracy engine;
    # the fast bulk engine is held to a regression floor (measured 89.1%, see docs).
    assert shares["combined"] >= 0.9, shares
    assert shares["fast"] >= 0.85, shares


@pytest.mark.parametrize(
    "text",
    [
        "طراحی و پیاده‌سازی سایت با لاراول برای فروشگاه",
        "I design logos and run Instagram pages for cafés",
        "I translate articles and edit books, and sometimes subtitle videos",
    ],
)
def test_profile_category_matches_its_strongest_service(text: str) -> None:
    from azadkar.taxonomy import get_service
    from azadkar.text import classify

    c = classify(text)
    assert c.services, c
    assert c.category == get_service(c.services[0][0]).category


# -- the held-out probe sets (benchmarks/probe; committed, never trained on) ---------------
# Regression floors, not targets. Set 1 is clean single-service text (0.992 en / 0.985 fa
# with model a81f363e); sets 2 and 3 are cross-domain, role-only and product-type text
# (set 3, blind to every row added for sets 2 and 3: 0.843 / 0.859 with model 338b81e8,
# 0.929 / 0.944 with 920118cd, 0.932 / 0.944 with a81f363e). Real postings score far lower (benchmarks/classify_eval.py).
@pytest.mark.parametrize(
    ("name", "lang", "floor"),
    [
        ("probe", "en", 0.90),
        ("probe", "fa", 0.90),
        ("probe2", "en", 0.85),
        ("probe2", "fa", 0.85),
        ("probe3", "en", 0.85),
        ("probe3", "fa", 0.85),
    ],
)
def test_probe_set_categories(name: str, lang: str, floor: float) -> None:
    import csv
    from pathlib import Path

    from sklearn.metrics import f1_score

    from azadkar.taxonomy import CATEGORY_IDS
    from azadkar.text import load_classifier

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "probe" / f"{name}_{lang}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 140
    clf = load_classifier("fast")
    cats, _ = clf.categorize(clf.predict_proba([r["text"] for r in rows]))
    gold = [r["category"] for r in rows]
    macro = f1_score(gold, list(cats), labels=list(CATEGORY_IDS), average="macro")
    assert macro >= floor, f"{name} {lang}: macro-F1 {macro:.3f}"


def test_a_few_control_characters_do_not_make_a_cell_binary() -> None:
    from azadkar.text import classify

    c = classify("logo\x01design\x7f")
    assert c.flags == [] and c.services[0][0] == "logo_design"
    # Every control character is read alike: NUL is no different from ESC or DEL.
    from azadkar.text._classify import inspect_cell

    results = {inspect_cell(f"logo{ch}design") for ch in ("\x00", "\x1b", "\x01", "\x7f")}
    assert results == {("logo design", "")}
    assert inspect_cell("\x00\x01\x02\x03garbage\ufffd\ufffd")[1] == "binary"


def test_a_profile_gives_time_only_to_services_at_least_as_likely_as_not() -> None:
    """A video editor's 46% 'music production' guess took a fifth of the week before; such
    guesses are now listed as maybe, with no share of the time."""
    from azadkar.text._classify import PROFILE_MIN_CONFIDENCE, Classification

    def c(services: list[tuple[str, float]]) -> Classification:
        return Classification("t", "en", "t", "design", 0.9, services, [], "fast", "v")

    mixed = c(
        [("video_editing", 1.0), ("social_media_management", 0.98), ("music_production", 0.46)]
    )
    assert PROFILE_MIN_CONFIDENCE == 0.5
    assert [s for s, _ in mixed.profile] == ["video_editing", "social_media_management"]
    assert sum(p for _, p in mixed.profile) == pytest.approx(1.0, abs=1e-3)
    assert mixed.maybe == [("music_production", 0.46)]
    unsure = c([("animation", 0.4), ("video_editing", 0.3)])
    assert unsure.profile == [("animation", 1.0)]  # the best guess, when none is likely
    assert unsure.maybe == [("video_editing", 0.3)]
    assert c([]).profile == [] and c([]).maybe == []


def test_evidence_has_no_phrase_made_of_a_detached_persian_suffix() -> None:
    """«پیج‌ها ریلز» is normalised to "پیج ها ریلز"; the evidence showed the fragment «ها ریلز»."""
    from azadkar.text import classify

    ev = classify(
        "تدوینگر ویدیو هستم با پریمیر و افترافکت، برای یوتیوبرها و پیج‌ها ریلز میسازم"
    ).evidence
    assert ev and not any(w in {"ها", "های", "ای"} for e in ev for w in e.split()), ev


def test_a_rows_answer_does_not_depend_on_the_other_rows_of_the_file() -> None:
    # "xxxxxxxx" alone: web_dev; in a batch with a row that splits into clauses it was
    # consulting_teaching (at 0.32, under other_threshold), so `azadkar classify TEXT`
    # and `azadkar classify --file` disagreed about the same cell.
    from azadkar.text import classify, classify_many

    rows = ["xxxxxxxx", "ترجمه مقاله انگلیسی به فارسی"]
    other = "I design logos and run Instagram pages for cafés"
    alone = classify_many(rows)
    mixed = classify_many([*rows, other])
    for i, text in enumerate(rows):
        assert mixed.category[i] == alone.category[i] == classify(text).category, text
        assert float(mixed.category_confidence[i]) == pytest.approx(
            float(alone.category_confidence[i])
        )
        assert mixed.services[i] == alone.services[i]
    assert "social_media_management" in [s for s, _ in mixed.services[2]]


def test_one_string_is_refused_not_read_letter_by_letter(small: ServiceClassifier) -> None:
    # clf.predict("logo") returned four predictions, one per character.
    for call in (small.predict, small.predict_proba, small.predict_services):
        with pytest.raises(InputError, match=r"a list of texts, not one string: pass \['logo'\]"):
            call("logo")
    with pytest.raises(InputError, match="labels must be a list"):
        ServiceClassifier().fit(["a logo"], "logo_design")
    assert small.predict(["logo"]).shape == (1,)
    from azadkar.text import classify_many

    with pytest.raises(InputError, match="use classify"):
        classify_many("logo design")


@pytest.mark.parametrize(
    ("p", "en", "fa"),
    [
        (0.9999, ">99%", "بیش از ۹۹٪"),  # was "100%" / «۱۰۰٪», then «>۹۹٪» isolated
        (0.995, ">99%", "بیش از ۹۹٪"),
        (0.994, "99%", "۹۹٪"),
        (1.0, ">99%", "بیش از ۹۹٪"),  # float32 saturates ("logo"): still not certainty
        (0.5, "50%", "۵۰٪"),
        (0.004, "<1%", "کمتر از ۱٪"),  # was "0%" / «۰٪»
        (0.0, "0%", "۰٪"),
    ],
)
def test_a_confidence_never_reads_as_certainty(p: float, en: str, fa: str) -> None:
    from azadkar.report.strings import confidence

    assert confidence(p, "en") == en
    assert confidence(np.float32(p), "en") == en  # the batch answers are float32
    assert confidence(p, "fa", isolate=True) == fa
    assert confidence(p, "fa") == fa.strip("\u2066\u2069")  # plain, for the terminal


def test_classification_text_shows_bounded_percentages() -> None:
    # `azadkar classify` printed "confidence 1.00" (English) and «اطمینان ۱۰۰٪» for 0.9999.
    from types import SimpleNamespace

    from azadkar.report.classify_view import classification_text

    c = SimpleNamespace(
        flags=[], category="design", category_confidence=np.float32(0.99995),
        services=[("logo_design", 0.9999), ("social_media_management", 0.62), ("seo", 0.004)],
        evidence=["logo"], lang="en", engine="fast", model_version="m",
    )  # fmt: skip
    en = classification_text(c, "en")
    assert "category:   design (Graphic design)  confidence >99%" in en
    assert "logo_design (Logo design)  >99%" in en and "(Social media management)  62%" in en
    assert "seo (Search engine optimization (SEO))  <1%" in en
    assert "1.00" not in en and "100%" not in en
    fa = classification_text(c, "fa")
    assert "اطمینان بیش از ۹۹٪" in fa and "(logo_design)  بیش از ۹۹٪" in fa and "کمتر از ۱٪" in fa
    assert "۱۰۰٪" not in fa
