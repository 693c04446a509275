"""Persian written in Latin letters ("Finglish"): recognising it, and reading it in Persian.

Many Iranian freelancers type Persian with Latin letters ("tarjome matn englisi be farsi",
"man barname nevis android hastam"). fastText reads such text as English or as noise,
and the classifier, trained on Persian in Persian script and on English, knows almost
none of its words.

**Recognising it** (:func:`is_finglish`) is a documented word-list rule, not a model.
The lower-cased Latin words of a text (mostly Latin letters) are counted:

- *strong* Persian evidence: a Persian function word, pronoun or verb form that is not
  an English word (``baraye``, ``hastam``, ``mikham``, ``niaz``, ``lotfan`` ... in
  :data:`STRONG_WORDS`); a verb form built like ``mi…am`` / ``nemi…im`` / ``…and``
  (``minevisam``, ``mikonim``, ``nemikhaym``: :data:`_VERB`); or a common Persian word
  of freelance work (``tarahi``, ``tarjome``, ``barname``, ``mohtava``, ``moshavere``
  ... in :data:`WORK_WORDS`), with the spellings people use (tarjome / tarjomeh,
  tarahi / tarrahi, kh / x, gh / q);
- *weak* Persian evidence: short words that are also acronyms or names (``va``, ``ba``,
  ``az``, ``dar``, ``ke`` ...: :data:`WEAK_WORDS`), counted only when there is strong
  evidence; words that are both Persian and English (``be``, ``man``, ``to``, ``in``,
  ``ham``) count for neither;
- English evidence: English function words (``the``, ``for``, ``with``, ``need`` ...:
  :data:`ENGLISH_WORDS`).

A text is Finglish when it has at least one strong word and more Persian than English
evidence. So "tarahi logo" is Finglish, "Farsi translator" and "VA needed for Amazon
store" are English (``farsi`` and ``va`` prove nothing on their own), and an English post
that quotes one Persian word stays English. The lists were written by hand (helper-93,
2026-11-27) from general knowledge of how Persian is typed in Latin letters; the same
person wrote the held-out Finglish probe set (``benchmarks/probe/probe4_finglish.tsv``)
first, so figures on it are not independent of the lists.

**Reading it** (:class:`FinglishReader`) renders each Latin word in Persian script from
the classifier's own vocabulary: a word of Persian script the model knows (a ``w:`` word
feature) is indexed by its consonant skeleton (vowels dropped, ``ط``/``ت`` → t,
``ق``/``غ`` → q, ``خ`` → x ...), the Latin word's skeleton is looked up the same way
(``kh``/``x`` → x, ``gh``/``q`` → q, ``sh`` → S ...), and among the words with that
skeleton the one whose spelling is closest to the Latin word's vowels wins (ties: the
commoner word, by document frequency). A word with no match may be two Persian words
written together (``barnamenevis`` → برنامه نویس); a word the model knows as a Latin word
(``logo``, ``android``, ``wordpress``) is kept as it is. Short function words come from a
fixed table (:data:`FUNCTION_FA`). The model then reads the original text followed by
its Persian reading, so the English words keep their weight.
"""

from __future__ import annotations

import difflib
import re
import threading
import weakref
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# The language code reported for Persian in Latin letters (BCP 47: language + script).
FINGLISH = "fa-Latn"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


STRONG_WORDS = _word_set(
    """
    baraye barayeh baraie barai barye vase vaseye vasse vasseye bare
    hastam hastim hastid hastan hastand hasti nistam nistim nist
    mikham mikhay mikhaym mikhaim mikhahim mikhad mikhan mikhaam mixam mixaym
    darim daram darid dare nadarim nadaram
    shoma shomaa khodam khodet khodesh xodam
    niaz niyaz niazmand lotfan lotfa fori foori kheili kheyli khob xob bayad
    mishe mitoonam mitunam mitonam mitoonim mitunim mikonam mikonim mikone mikonid
    konid konim kone kardan kardam kardim shode shodeh shodan anjam
    haye hayi chand chi chizi chera chetor chejoori yeki kasi nafar
    tajrobe tajrobeh sabeghe saabeghe ertebat tamas hoghugh hoghoogh daryaft
    pardakht sefaresh sefareshi
    """
)

WEAK_WORDS = _word_set(
    """
    va o ba az dar ke ro ra ye yek ya hast bi por pas
    """
)

WORK_WORDS = _word_set(
    """
    tarahi tarrahi tarahy tarrahy tarh tarah tarrah tarahie
    tarjome tarjomeh tarjomeye tarjume motarjem motarjim
    barname barnameh barnamenevis barnamenevisi nevis nevisi nevisande
    neveshtan nevisandegi minevisam
    sakht sakhte sakhtan saxt modiriat modiryat modiriyat modir mohtava mohtavaye
    tolid tolide tadvin tadvingar tadvinger aks akkas akas akasi akkasi aksbardari
    filmbardari moshavere moshavereh moshaver moshavera tadris modares moallem mo3allem
    mo3alem amoozesh amuzesh amoozeshi amuzeshi hesabdar hesabdari poshtibani
    forooshgah forushgah foroushgah forooshgahi forushgahi forush foroosh forosh
    tahlil dade dadeh dadeha hoosh housh hush masnooi masnoei masnui masnuee
    tablighat tablighati tabligh tabliqat tabliqati virayesh virastar virastari
    zirnevis gooyande guyande gooyandegi ahang ahangsaz ahangsazi sherkat sherkate
    maghale maqale maghalat maqalat ketab ketabe matn motoon shakhsi mahsool mahsul
    mahsoolat mahsulat moshtari moshtarian moshtariha etelaat ettelaat vorood vorud
    dastyar dastiar monshi hamahangi poroje porozhe karbar karbari rabet ghaleb qaleb
    safhe safheye englisi engilisi inglisi almani arabi faransavi zaban ravabet
    hoghooghi hoghughi gharardad qarardad vakil mali maliati sarmaye sarmayegozari
    bazar bazaryabi bazaryab tahghigh tahqiq esteratezhi kasb kasbokar elmi payanname
    pezeshki salamat khabari khabarname jadid monaseb gheymat qeymat ghimat
    amari amar jozve pishbini shenasi karshenas dorkar dourkar estekhdam
    nasb tanzim tamir sazi sazande
    """
)

ENGLISH_WORDS = _word_set(
    """
    the and for of with a an our my your is are i we need needed looking who can will
    from by at this that you it want have has must should would please some all any
    more about into using based their they he she his her was were been being do does
    what which where when how expert experienced
    """
)

# Persian verb forms: mi-/nemi- + stem + a person ending (minevisam, mikonim, nemikhaym).
_VERB = re.compile(r"^(?:mi|nemi|bi)[a-z]{2,}(?:am|im|id|and|aym|aim|ym)$")
# A Latin word: letters, with the digits people use for Persian letters (mo3alem).
_WORD = re.compile(r"[a-z][a-z0-9']*")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")

# Words a quick test looks for before the full rule runs (most texts have none).
_ALL_PERSIAN = STRONG_WORDS | WORK_WORDS


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def finglish_evidence(text: str) -> tuple[int, int, int]:
    """(strong Persian, weak Persian, English) word counts of a text's Latin words."""
    strong = weak = english = 0
    for w in _words(text):
        if w in STRONG_WORDS or w in WORK_WORDS or _VERB.match(w):
            strong += 1
        elif w in WEAK_WORDS:
            weak += 1
        elif w in ENGLISH_WORDS:
            english += 1
    return strong, weak, english


def is_finglish(text: str) -> bool:
    """Whether ``text`` is Persian written in Latin letters (see the module's rule)."""
    if not text:
        return False
    sample = text[:2000]
    n_latin = len(_LATIN.findall(sample))
    if n_latin == 0 or len(_ARABIC_SCRIPT.findall(sample)) >= n_latin:
        return False
    strong, weak, english = finglish_evidence(sample)
    return strong > 0 and strong + weak > english


_ASCII_PUNCT = str.maketrans({c: " " for c in '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n\r'})


def may_be_finglish_ascii(text: str) -> bool:
    """:func:`may_be_finglish` on raw ASCII text (punctuation read as spaces)."""
    return not _ALL_PERSIAN.isdisjoint(text.lower().translate(_ASCII_PUNCT).split())


def may_be_finglish(model_text: str) -> bool:
    """A cheap first test on a text as the model reads it (lower case, words split by
    spaces): has it a word of :data:`STRONG_WORDS` or :data:`WORK_WORDS`? About 1 µs a
    title; only texts that pass are checked with :func:`is_finglish`."""
    return not _ALL_PERSIAN.isdisjoint(model_text.split())


def reader_for(vectorizer: Any) -> FinglishReader:
    """The :class:`FinglishReader` of a fitted vectoriser's vocabulary (built once)."""
    with _readers_lock:
        reader = _readers.get(vectorizer)
        if reader is None:
            persian: dict[str, float] = {}
            latin: list[str] = []
            idf = vectorizer.idf_
            for feature, j in vectorizer.vocabulary_.items():
                if not feature.startswith("w:"):
                    continue
                word = feature[2:]
                if word.isascii():
                    latin.append(word)
                elif all(ch in _FA_SKELETON for ch in word):
                    persian[word] = -float(idf[j])
            reader = FinglishReader(persian, latin)
            _readers[vectorizer] = reader
    return reader


# -- reading Finglish in Persian script ------------------------------------------------

# Short and function words, whose skeleton is too short to look up.
FUNCTION_FA = {
    "va": "و",
    "o": "و",
    "ba": "با",
    "az": "از",
    "dar": "در",
    "be": "به",
    "ke": "که",
    "ro": "رو",
    "ra": "را",
    "ye": "یه",
    "yek": "یک",
    "ya": "یا",
    "ta": "تا",
    "man": "من",
    "ma": "ما",
    "to": "تو",
    "in": "این",
    "on": "اون",
    "ham": "هم",
    "hast": "هست",
    "baraye": "برای",
    "barayeh": "برای",
    "baraie": "برای",
    "barai": "برای",
    "bara": "برا",
    "vase": "واسه",
    "vaseye": "واسه",
    "hastam": "هستم",
    "hastim": "هستیم",
    "shoma": "شما",
    "mikham": "میخوام",
    "mikhaym": "میخوایم",
    "mikhaim": "میخوایم",
    "mixam": "میخوام",
    "niaz": "نیاز",
    "niyaz": "نیاز",
    "fori": "فوری",
    "foori": "فوری",
    "mi": "می",
    "nemi": "نمی",
    "ha": "ها",
    "haye": "های",
}

# Persian letters as consonant-skeleton symbols; "" = a vowel letter, not in the skeleton.
_FA_SKELETON = {
    "ا": "",
    "آ": "",
    "أ": "",
    "إ": "",
    "ء": "",
    "ئ": "",
    "ؤ": "",
    "ع": "",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "j",
    "چ": "c",
    "ح": "h",
    "ه": "h",
    "خ": "x",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ض": "z",
    "ظ": "z",
    "ر": "r",
    "ژ": "J",
    "ش": "S",
    "غ": "q",
    "ق": "q",
    "ف": "f",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "v",
    "ی": "y",
}
# The same letters as a rough Latin spelling, to choose between words of one skeleton.
_FA_LATIN = {
    **{k: v.lower() for k, v in _FA_SKELETON.items()},
    "ا": "a",
    "آ": "a",
    "ع": "",
    "ش": "sh",
    "چ": "ch",
    "خ": "kh",
    "غ": "gh",
    "ق": "gh",
    "ژ": "zh",
    "و": "u",
    "ی": "i",
}
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "S"), ("ch", "c"), ("gh", "q"), ("zh", "J"))
_LATIN_SKELETON = str.maketrans({"q": "q", "w": "v", "c": "k", "3": "", "2": "", "'": ""})
_VOWELS = re.compile(r"[aeiou]")
# Choosing among the Persian words of one skeleton: similarity of the spelling (0-1)
# plus this share of the word's weight (minus its idf: a common word beats a rare one
# spelt the same way, برنامه "program" over بارنامه "waybill" for "barname").
WEIGHT_SHARE = 0.05
# Below this similarity a skeleton match is a coincidence, not a reading.
MIN_SIMILARITY = 0.5


def _fa_skeletons(word: str) -> set[str]:
    """Consonant skeletons of a Persian word: و and ی inside a word are vowels or
    consonants, so they are left out after the first letter; a final ه may be a vowel."""
    out = []
    for i, ch in enumerate(word):
        sym = _FA_SKELETON.get(ch)
        if sym is None:
            return set()
        if i > 0 and sym in ("v", "y"):
            continue
        out.append(sym)
    skel = "".join(out)
    keys = {skel}
    if word.endswith("ه") and len(word) > 1:
        keys.add(skel[:-1])
    return {k for k in keys if k}


def latin_skeleton(word: str) -> str:
    """The consonant skeleton of a Latin-letter word, comparable with a Persian word's."""
    w = re.sub(r"(.)\1+", r"\1", word.lower())  # tarrahi, moallem: one letter in Persian
    if w.endswith("eh") and len(w) > 3:
        w = w[:-1]  # tarjomeh: the h only marks the final vowel
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    w = w.translate(_LATIN_SKELETON)
    first, rest = w[:1], w[1:]
    if first in ("v", "y"):
        rest = rest.replace("v", "").replace("y", "")
    else:
        first, rest = ("" if first in "aeiou" else first), rest.replace("v", "").replace("y", "")
    return _VOWELS.sub("", first + rest)


def _fa_latin(word: str) -> str:
    latin = "".join(_FA_LATIN.get(ch, "") for ch in word)
    return latin[:-1] + "e" if word.endswith("ه") and len(word) > 1 else latin


class FinglishReader:
    """Renders Finglish words in Persian script from a vocabulary of Persian words.

    ``persian_words`` maps each Persian word to a weight (its document frequency in the
    classifier's training text); ``latin_words`` are Latin-letter words the classifier
    knows, which are kept as written.
    """

    def __init__(self, persian_words: dict[str, float], latin_words: Iterable[str]) -> None:
        self._index: dict[str, list[tuple[str, float]]] = {}
        for word, weight in persian_words.items():
            for key in _fa_skeletons(word):
                self._index.setdefault(key, []).append((word, weight))
        self._latin = frozenset(latin_words)
        self._lock = threading.Lock()
        self._cache: dict[str, str] = {}

    def word(self, latin: str) -> str:
        """The Persian reading of one lower-case Latin word ("" when there is none)."""
        with self._lock:
            hit = self._cache.get(latin)
        if hit is not None:
            return hit
        out = self._word(latin)
        with self._lock:
            if len(self._cache) > 100_000:  # pragma: no cover - endless new words only
                self._cache.clear()
            self._cache[latin] = out
        return out

    def _word(self, latin: str) -> str:
        if latin in FUNCTION_FA:
            return FUNCTION_FA[latin]
        if latin in self._latin and latin not in STRONG_WORDS and latin not in WORK_WORDS:
            return ""
        best = self._lookup(latin)
        if best:
            return best
        # Two words written as one (barnamenevis, mikonam, tadvingar is one word though).
        best_pair = ""
        best_score = 0.0
        for i in range(2, len(latin) - 1):
            head, tail = latin[:i], latin[i:]
            a = FUNCTION_FA.get(head) if head in ("mi", "nemi") else self._lookup(head, 3)
            b = self._lookup(tail, 3)
            if a and b:
                score = self._similarity(head, a) + self._similarity(tail, b)
                if score > best_score:
                    # One word in Latin letters, one word in Persian: joined by a
                    # half-space (برنامه‌نویس, می‌سازم); the model reads it as two.
                    best_pair, best_score = f"{a}\u200c{b}", score
        return best_pair

    def _lookup(self, latin: str, min_len: int = 2) -> str:
        if len(latin) < min_len:
            return ""
        key = latin_skeleton(latin)
        if len(key) < 2:
            return ""
        candidates = self._index.get(key)
        if not candidates:
            return ""
        best = max(candidates, key=lambda c: self._similarity(latin, c[0]) + WEIGHT_SHARE * c[1])
        return best[0] if self._similarity(latin, best[0]) >= MIN_SIMILARITY else ""

    @staticmethod
    @lru_cache(maxsize=200_000)
    def _similarity(latin: str, persian: str) -> float:
        a = latin.lower().replace("kh", "x").replace("eh", "e")
        b = _fa_latin(persian).replace("kh", "x")
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

    def read(self, text: str, *, keep_unread: bool = False) -> str:
        """The Persian reading of a text's Latin words, in order ("" when none has one).

        The model reads only the words that have a reading (it reads the text itself
        beside them); with ``keep_unread`` a word without one stays as written, in its
        place, for showing a person the whole text as it was read ("man barname nevis
        android hastam" → «من برنامه‌نویس android هستم»)."""
        out = []
        found = False
        for w in _words(text):
            fa = self.word(w)
            if fa:
                out.append(fa)
                found = True
            elif keep_unread:
                out.append(w)
        return " ".join(out) if found else ""


_readers: weakref.WeakKeyDictionary[Any, FinglishReader] = weakref.WeakKeyDictionary()
_readers_lock = threading.Lock()


__all__ = [
    "ENGLISH_WORDS",
    "FINGLISH",
    "FUNCTION_FA",
    "STRONG_WORDS",
    "WEAK_WORDS",
    "WORK_WORDS",
    "FinglishReader",
    "finglish_evidence",
    "is_finglish",
    "latin_skeleton",
    "may_be_finglish",
    "may_be_finglish_ascii",
    "reader_for",
]
