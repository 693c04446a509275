"""Character n-gram features computed per *word*, then summed per text with one sparse product.

``char_wb`` n-grams (as in scikit-learn's ``CountVectorizer(analyzer="char_wb")``) never
cross a word boundary, so the n-grams of a text are the sum of the n-grams of its words.
Postings reuse a small vocabulary ("developer", "طراحی", "wordpress"), so we compute each
distinct word's feature row once, keep it in a cache, and featurise a whole batch as

    X = D @ W        D: texts x words (counts), W: words x features (tf-idf weights)

The only per-text Python work left is normalisation and ``str.split``; the rest is
scipy. Word unigrams and adjacent-word bigrams are features too (they are what the
evidence shows a person), stored as extra columns of ``W``.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from azadkar.text._normalize import normalize

# Everything that is not part of a word becomes a space; + and # survive for c++ / c#.
# The half-space (ZWNJ) becomes a space too: "برنامه‌نویس" and "برنامه نویس" are both
# written, and both should give the same features (two words and their pair).
_PUNCT = re.compile(r"[^\w+#]+")
_BIGRAM_SEP = " "
_WORD_PREFIX = "w:"
_BIGRAM_PREFIX = "b:"
# Cap on the words kept from one text: long descriptions are summarised by their head,
# and a 1 MB cell cannot blow up memory.
MAX_WORDS = 400


def _emphasise_headline(text: str) -> str:
    # A posting is usually "headline\nbody"; the headline says what the job is, the body
    # adds company boilerplate. Counting the headline twice keeps it from being drowned.
    head, sep, body = text.partition("\n")
    if sep and 0 < len(head) <= 200 and len(body) > len(head):
        return f"{head} {text}"
    return text


def model_text(text: str) -> str:
    """The text as the model reads it: normalised, lower case, punctuation as spaces."""
    if "\n" in text:
        text = _emphasise_headline(text)
    if text.isascii():
        # Fast path for English: nothing for the Persian normaliser to do.
        return " ".join(_PUNCT.sub(" ", text.lower()).split())
    return " ".join(_PUNCT.sub(" ", normalize(text).lower()).split())


def tokens_of(text: str, bigrams: bool = True) -> list[str]:
    """Words of an already model-normalised text, plus ``"a b"`` bigram tokens."""
    words = text.split()[:MAX_WORDS]
    if bigrams and len(words) > 1:
        words = words + [a + _BIGRAM_SEP + b for a, b in itertools.pairwise(words)]
    return words


def char_ngrams(word: str, ngram_range: tuple[int, int]) -> list[str]:
    """``char_wb`` n-grams of one word, padded with spaces the way scikit-learn does."""
    lo, hi = ngram_range
    padded = f" {word} "
    n_chars = len(padded)
    grams: list[str] = []
    for n in range(lo, hi + 1):
        if n > n_chars:
            break
        grams.extend(padded[i : i + n] for i in range(n_chars - n + 1))
    return grams


def word_features(token: str, ngram_range: tuple[int, int]) -> list[str]:
    """Feature names a token contributes (bigram tokens: only the bigram itself)."""
    if _BIGRAM_SEP in token:
        return [_BIGRAM_PREFIX + token]
    return [*char_ngrams(token, ngram_range), _WORD_PREFIX + token]


class WordNgramVectorizer:
    """Fitted-vocabulary tf-idf over char_wb n-grams, word unigrams and word bigrams.

    Parameters follow scikit-learn: set in ``__init__``, learned in ``fit`` (attributes
    ending in ``_``). Output rows are L2-normalised ``float32`` CSR matrices.
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_features: int | None = 120_000,
        bigrams: bool = True,
        sublinear_tf: bool = True,
    ) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.bigrams = bigrams
        self.sublinear_tf = sublinear_tf

    # -- fitting -----------------------------------------------------------------------
    def fit(self, texts: Sequence[str]) -> WordNgramVectorizer:
        docs = [model_text(t) for t in texts]
        df: Counter[str] = Counter()
        for doc in docs:
            feats: set[str] = set()
            for tok in set(tokens_of(doc, self.bigrams)):
                feats.update(word_features(tok, self.ngram_range))
            df.update(feats)
        kept = [(f, c) for f, c in df.items() if c >= self.min_df]
        # Most frequent first, ties broken by name so the vocabulary is reproducible.
        kept.sort(key=lambda fc: (-fc[1], fc[0]))
        if self.max_features is not None:
            kept = kept[: self.max_features]
        n_docs = len(docs)
        self.vocabulary_ = {f: i for i, (f, _) in enumerate(kept)}
        self.idf_ = np.array(
            [math.log((1 + n_docs) / (1 + c)) + 1.0 for _, c in kept], dtype=np.float32
        )
        self._reset_cache()
        return self

    def set_state(self, vocabulary: list[str], idf: np.ndarray) -> WordNgramVectorizer:
        """Restore a fitted state (used when loading a shipped model)."""
        self.vocabulary_ = {f: i for i, f in enumerate(vocabulary)}
        self.idf_ = np.asarray(idf, dtype=np.float32)
        self._reset_cache()
        return self

    def feature_names(self) -> list[str]:
        names = [""] * len(self.vocabulary_)
        for f, i in self.vocabulary_.items():
            names[i] = f
        return names

    # -- word cache --------------------------------------------------------------------
    def _reset_cache(self) -> None:
        if not hasattr(self, "_lock"):
            self._lock = threading.Lock()
        self._word_ids: dict[str, int] = {}
        self._idf_list: list[float] = self.idf_.tolist()
        # Row 0 is the empty row shared by every word pair outside the vocabulary (most
        # pairs): they cost a dictionary entry, not a feature row.
        self._rows_idx: list[list[int]] = [[]]
        self._rows_val: list[list[float]] = [[]]
        # Per cached word: (known weight, total weight, 1 if the word itself is known).
        self._stats: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)]
        self._idf_unknown = float(self.idf_.max()) if len(self.idf_) else 1.0
        self._W: Any = None
        self._S: Any = None
        self._W_rows = 0

    def _add_word(self, token: str) -> int:
        vocab = self.vocabulary_
        idf = self._idf_list
        if _BIGRAM_SEP in token:
            j = vocab.get(_BIGRAM_PREFIX + token)
            if j is None:
                self._word_ids[token] = 0
                return 0
            idx, val = [j], [idf[j]]
            # A word pair adds no coverage of its own: its words are counted already.
            stats = (0.0, 0.0, 0.0)
        else:
            counts: dict[int, int] = {}
            unknown: dict[str, int] = {}
            for f in word_features(token, self.ngram_range):
                j = vocab.get(f)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
                else:
                    unknown[f] = unknown.get(f, 0) + 1
            idx = list(counts)
            if self.sublinear_tf:
                val = [(1.0 + math.log(c)) * idf[j] for j, c in counts.items()]
                missing = sum(1.0 + math.log(c) for c in unknown.values())
            else:
                val = [c * idf[j] for j, c in counts.items()]
                missing = float(sum(unknown.values()))
            # What the model recognises of this word: the weight of its known features
            # against the weight of all of them, an unknown feature weighing as much as
            # the rarest known one (see transform_with_coverage()).
            known = sum(val)
            total = known + missing * self._idf_unknown
            whole = _WORD_PREFIX + token in vocab and len(token) >= 3 and not token.isdigit()
            stats = (known, total, 1.0 if whole else 0.0)
        wid = len(self._rows_idx)
        self._rows_idx.append(idx)
        self._rows_val.append(val)
        self._stats.append(stats)
        self._word_ids[token] = wid
        return wid

    def _matrix(self) -> Any:
        from scipy import sparse

        n = len(self._rows_idx)
        if self._W is None or self._W_rows != n:
            lengths = np.fromiter((len(r) for r in self._rows_idx), dtype=np.int64, count=n)
            indptr = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(lengths, out=indptr[1:])
            total = int(indptr[-1])
            indices = np.fromiter(
                itertools.chain.from_iterable(self._rows_idx), dtype=np.int32, count=total
            )
            data = np.fromiter(
                itertools.chain.from_iterable(self._rows_val), dtype=np.float32, count=total
            )
            self._W = sparse.csr_matrix(
                (data, indices, indptr), shape=(n, len(self.vocabulary_)), dtype=np.float32
            )
            self._S = np.asarray(self._stats, dtype=np.float32).reshape(n, 3)
            self._W_rows = n
        return self._W

    def word_ids(self, docs: Iterable[str]) -> tuple[np.ndarray, np.ndarray, Any]:
        """Token ids of model-normalised docs (flattened), the CSR ``indptr``, and the
        word-feature matrix the ids index (taken under the same lock, so a concurrent
        cache reset cannot pull the rows from under the ids)."""
        ids, indptr, W, _ = self._ids_and_stats(docs)
        return ids, indptr, W

    def _ids_and_stats(self, docs: Iterable[str]) -> tuple[np.ndarray, np.ndarray, Any, np.ndarray]:
        """:meth:`word_ids` plus the per-word coverage statistics the ids index."""
        ids: list[int] = []
        indptr = [0]
        with self._lock:
            # Keep memory bounded on endless streams of unseen words (ids, typos).
            if len(self._word_ids) > 1_000_000:  # pragma: no cover - huge inputs only
                self._reset_cache()
            get = self._word_ids.get
            for doc in docs:
                for t in tokens_of(doc, self.bigrams):
                    wid = get(t)
                    if wid is None:
                        wid = self._add_word(t)
                    ids.append(wid)
                indptr.append(len(ids))
            W = self._matrix()
            S = self._S
        return np.asarray(ids, dtype=np.int32), np.asarray(indptr, dtype=np.int64), W, S

    # -- transform ---------------------------------------------------------------------
    def transform_model_texts(self, docs: Sequence[str]) -> Any:
        """Features of texts already passed through :func:`model_text`."""
        return self.transform_with_coverage(docs)[0]

    def transform_with_coverage(self, docs: Sequence[str]) -> tuple[Any, np.ndarray, np.ndarray]:
        """Features of model texts, with how much of each text the vocabulary knows.

        Returns ``(X, coverage, known_words)``. ``coverage`` is the share of a text's
        n-gram weight (char n-grams and whole words, tf-idf) that is in the fitted
        vocabulary, an unknown feature weighing as much as the rarest known one: 1 for
        text made of familiar words, near 0 for "xxxxxxxx" or "qwzxkjhg", whose few
        known pieces are short n-grams every word has. A misspelt word keeps most of its
        n-grams ("wordpres": 0.87). ``known_words`` counts the words of 3+ characters
        the vocabulary knows as whole words. Texts without words have coverage 0.
        """
        from scipy import sparse

        ids, indptr, W, S = self._ids_and_stats(docs)
        D = sparse.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), ids, indptr),
            shape=(len(docs), W.shape[0]),
            dtype=np.float32,
        )
        sums = np.asarray(D @ S)
        known, total, known_words = sums[:, 0], sums[:, 1], sums[:, 2]
        coverage = np.divide(known, total, out=np.zeros_like(known), where=total > 0)
        X = (D @ W).tocsr()
        # L2-normalise rows in place (empty rows stay zero).
        sq = np.zeros(X.shape[0], dtype=np.float32)
        nonempty = np.flatnonzero(np.diff(X.indptr))
        if len(nonempty):
            sq[nonempty] = np.add.reduceat(X.data * X.data, X.indptr[nonempty])
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        X.data /= np.repeat(norms, np.diff(X.indptr))
        return X, coverage, known_words

    def transform(self, texts: Sequence[str]) -> Any:
        return self.transform_model_texts([model_text(t) for t in texts])

    def fit_transform(self, texts: Sequence[str]) -> Any:
        return self.fit(texts).transform(texts)

    def token_rows(self, doc: str) -> tuple[list[str], Any]:
        """Tokens of one model text and their (un-normalised) feature rows, for evidence."""
        toks = tokens_of(doc, self.bigrams)
        ids, _, W = self.word_ids([doc])
        return toks, W[ids]

    def __getstate__(self) -> dict[str, Any]:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if hasattr(self, "vocabulary_"):
            self._reset_cache()


__all__ = ["MAX_WORDS", "WordNgramVectorizer", "char_ngrams", "model_text", "tokens_of"]
