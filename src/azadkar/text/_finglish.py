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
  ... in :data:`WORK_WORDS`, and the words of the taxonomy's Persian service names in
  :data:`TAXONOMY_WORDS`); or any other spelling of one of these words or of one with an
  ezafe or plural ending (:func:`canonical`: ``amouzeshe``, ``weerastarie``,
  ``tarjumeye``, ``moshaavere`` are ``amoozesh``, ``virastari``, ``tarjome``,
  ``moshavere``), unless an English word is spelt that way too (``wordpress`` is
  ``vordpres``, ``sat`` is ``saat``);
- *weak* Persian evidence: short words that are also acronyms or names (``va``, ``ba``,
  ``az``, ``dar``, ``ke``, ``ta``, ``chi`` ...: :data:`WEAK_WORDS`), counted only when
  there is strong evidence; words that are both Persian and English (``be``, ``man``,
  ``to``, ``in``, ``ham``) count for neither;
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
(``logo``, ``android``, ``wordpress``) is kept as it is. Short function words, number
words and ``farsi`` (which the model knows as an English word) come from a fixed table
(:data:`FUNCTION_FA`). A word is also looked up with j read as ژ (``montaj``) and x as
ks (``axs`` for عکس); the closest of the readings wins. The model then reads the original
text followed by its Persian reading, so the English words keep their weight.
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
    haye hayi chand chizi chera chetor chejoori yeki kasi nafar
    tajrobe tajrobeh sabeghe saabeghe ertebat tamas hoghugh hoghoogh daryaft
    pardakht sefaresh sefareshi
    """
)

WEAK_WORDS = _word_set(
    """
    va o ba az dar ke ro ra ye yek ya hast bi por pas chi ta tu
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

# More words of freelance work, one usual spelling each (other spellings are reached by
# the canonical form, :func:`canonical`): the words of the taxonomy's Persian service
# names and synonyms (taxonomy.toml) as they are typed in Latin letters, plus common words
# of job posts (time, place, quantity). English words are left out (poster, roman, arm).
# Written by helper-98 on 2026-11-27 from the taxonomy, after probe set 5's first run.
TAXONOMY_WORDS = _word_set(
    """
    nevisandegi negaresh gozaresh reportazh veblag vebsait vebsayt shoar tozihat
    namgozari dastan dastannevisi talif elektroniki elektronik fanni mostanad mostanadsazi
    mostanadat rahnama rahnamaye dastoorolamal katalog senario filmname filmnamenevisi
    namayeshname dastangooyi hoviat hoviyat basari sazmani teraket broshur bilbord
    sherkati vakoneshgera bastebandi barchasb jabe karton daylain sanati rabet vaset
    tasvir tasvirsazi naghashi naqashi karakter komik jeld vordpres vordpresi afzoone
    afzoune sorat aplikeyshen aplikeshen barnamenevisi tahte sammte samte payegah
    paygah dadeha ejtemai ejtemaei shabakeh shabake shabakehaye pij peyj kanal
    behinesazi behine rotbe jostojoo kelidi kalamat tabliqate kampein kampain
    imeil imeyl khabarnameh enboh payamak tahghighat tahqiqat raqib raqiba raqiban
    raghib raghiban porseshname nazarsanji tojihi emkansanji pazhoohesh shenakht
    moshavereye estrategy tosee tose farayand behbood tadris khosusi khususi
    kelas kelaas dore doreh modarres barnamerizi bodje budje budjeh arzesh
    sooratmali daftardari asnad moghayerat dastmozd bime ezharname maliyati maliyat
    afzoode hoghoghi qarardad lahe layehe sabt portre porteret atelie akkasi aksbardari
    marasem aroosi arusi rotoosh rotush dorbori zamine
    pasezamine tizer teizer kelip klip filmbardari filmbardary moarefi tadvine
    tadvingar rangbandi animeyshen animeshen motahharek bodi seh sebodi dobodi
    motarjem tarjomeh tarjome takhasosi takhassosi rasmi virastar virastari virayesh
    ghalat gholat galatgiri gholatgiri namoonekhani baazkhani eslah piade piadesazi
    piyade piyadesazi tayp taypist soti souti zirnevis ravnevisi mosahebe pasokhgooyi
    pasokhgoo telefoni poshtiban poshtibani khadamat moshtarian oprator karshenas
    kontrol zamanbandi eskram dastyar dastiyar majazi edari omoor jalase jalasat
    vorood etelaat sabte dade daadeh eksel safhearayi tabdil tahlil tahlilgar amari
    dadekavi dashbord gozareshgiri mosavarsazi yadgiri mashin amigh shabakeye asabi
    pardazesh tabiei binayi dadehkavi barchasbgozari hashie hashienevisi taggozari
    arzyabi pasokh khodkar khodkarsazi otomasion otomasyon abzar abzarha
    gooyandegi sedapishe sedapishegi ketabsooti nerishen zabt ahangsazi
    mosighi musighi tanzimkonande jingel bitsazi
    kar karha kare karfarma hafte haftegi haftei mahane mahiane roozane ruzane saat
    saate sanie saniye tajrobeh dorkari dourkari hozoori hozuri tamamvaqt
    parevaqt nimevaqt estekhdami fourii daghigh daqiq sarie arzan
    """
)

# Function words and numbers that are not English words (see STRONG_WORDS).
MORE_FUNCTION_WORDS = _word_set(
    """
    darbare darbareye morede tooye tuye rooye ruye roye beyne bedoone bedune
    faghat faqat dige digeh hamin chahar chaar panj shesh shish hasht bist
    hezar hezaar toman tomaan khoob khub behtar
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

# Spellings of one Persian sound, mapped to one letter: kh/x -> X, gh/q -> Q, sh -> S,
# ch -> C, zh -> J (capitals, which a lower-case word cannot hold: "chi" is not "ci"),
# oo/ou/u/o -> u (Finglish writes و and ُ either way), ee -> i, iy -> i, w -> v; the
# digits and apostrophe people use for ع and ء are dropped; doubled letters are one.
_CANON_PAIRS = (
    ("kh", "X"),
    ("x", "X"),
    ("gh", "Q"),
    ("q", "Q"),
    ("sh", "S"),
    ("ch", "C"),
    ("zh", "J"),
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("iy", "i"),
    ("w", "v"),
    ("o", "u"),
    ("3", ""),
    ("'", ""),
)
_DOUBLED = re.compile(r"(.)\1+")


def canonical(word: str) -> str:
    """One spelling for the ways a Persian word is typed in Latin letters: "amoozesh",
    "amouzesh" and "amuzesh" are all "amuzeS"; "tarjomeh", "tarjume" are "tarjume"."""
    w = word.lower()
    for a, b in _CANON_PAIRS:
        w = w.replace(a, b)
    w = _DOUBLED.sub(r"\1", w)
    if w.endswith("eh") and len(w) > 3:
        w = w[:-1]
    return w


def _stems(w: str) -> tuple[str, ...]:
    """A canonical word and the words it may be built from with an ezafe or a plural:
    "tarjumeye" (of), "virastarie", "tarhe", "javabha", "safahate" ..."""
    out = [w]
    if w.endswith("haye") and len(w) > 6:
        out.append(w[:-4])
    elif w.endswith("ha") and len(w) > 5:
        out.append(w[:-2])
    if w.endswith("ye") and len(w) > 4:
        out.append(w[:-2])
    elif (w.endswith("ie") and len(w) > 4) or (w.endswith("e") and len(w) > 3):
        out.append(w[:-1])
    return tuple(out)


_STRONG_ALL = STRONG_WORDS | WORK_WORDS | TAXONOMY_WORDS | MORE_FUNCTION_WORDS
# The canonical forms of every strong word (see :func:`canonical`), minus those that are
# spelt like an English word once canonical or once an ending is taken off.
_CANON_STRONG = frozenset(canonical(w) for w in _STRONG_ALL)
# Canonical forms that English words reach too: never evidence through the canonical form
# or an ending (the words themselves, as listed, still are).
_CANON_ENGLISH = frozenset(canonical(w) for w in ENGLISH_WORDS | WEAK_WORDS) | {
    canonical(w)
    for w in ("bar", "sat", "dad", "rang", "kontrol", "tar", "mas", "pas", "wordpress", "care")
}


def _strong(w: str) -> bool:
    """Whether one lower-case Latin word is strong Persian evidence (uncached)."""
    if w in _STRONG_ALL:
        return True
    if _VERB.match(w):
        return True
    if w in ENGLISH_WORDS or w in WEAK_WORDS or w in _NEITHER:
        return False
    return any(s in _CANON_STRONG and s not in _CANON_ENGLISH for s in _stems(canonical(w)))


# Words that count for neither language (see the module's docstring).
_NEITHER = frozenset({"be", "man", "to", "in", "ham", "farsi"})

# Words already decided, for the quick test (most texts repeat their words).
_IS_STRONG: dict[str, bool] = {}
_NOT_STRONG: set[str] = set()
_CACHE_MAX = 200_000


def is_strong_word(w: str) -> bool:
    """Whether a lower-case Latin word is strong Persian evidence: a listed word, a verb
    form, or another spelling / an ezafe or plural form of one (cached)."""
    hit = _IS_STRONG.get(w)
    if hit is None:
        hit = _strong(w)
        if len(_IS_STRONG) > _CACHE_MAX:  # pragma: no cover - endless new words only
            _IS_STRONG.clear()
            _NOT_STRONG.clear()
        _IS_STRONG[w] = hit
        if not hit:
            _NOT_STRONG.add(w)
    return hit


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def finglish_evidence(text: str) -> tuple[int, int, int]:
    """(strong Persian, weak Persian, English) word counts of a text's Latin words."""
    strong = weak = english = 0
    for w in _words(text):
        if is_strong_word(w):
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
    return _any_strong(text.lower().translate(_ASCII_PUNCT).split())


def has_strong_word(text: str) -> bool:
    """:func:`may_be_finglish` on raw text, on the Latin words the reader reads (about
    2 µs a title; cheaper than :func:`may_be_finglish_ascii`'s translation table)."""
    return _any_strong(_words(text))


def may_be_finglish(model_text: str) -> bool:
    """A cheap first test on a text as the model reads it (lower case, words split by
    spaces): has it a strong Persian word (:func:`is_strong_word`)? A word is decided
    once; a text whose words are all known not to be (most English and Persian titles)
    is answered by one set test, about 1 µs a title. Only texts that pass are checked
    with :func:`is_finglish`."""
    return _any_strong(model_text.split())


def _any_strong(words: list[str]) -> bool:
    if _NOT_STRONG.issuperset(words):
        return False
    return any(is_strong_word(w) for w in words)


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
    # Added 2026-11-27 (helper-98): the language's own name, which the model knows as an
    # English word ("Farsi") and so would keep in Latin letters; "in"/"on" words; numbers.
    "farsi": "فارسی",
    "faarsi": "فارسی",
    "tu": "تو",
    "too": "تو",
    "tuye": "توی",
    "tooye": "توی",
    "do": "دو",
    "se": "سه",
    "seh": "سه",
    "char": "چهار",
    "chahar": "چهار",
    "chaar": "چهار",
    # Added 2026-11-27 (helper-102, third session). Photography typed with x for ks: the
    # pair reading finds «عکس» but then «بارداری» ("pregnancy") for "bardari", since
    # Finglish writes the short and the long a alike; shown to a person as "read as".
    "axbardari": "عکس\u200cبرداری",
    "aksbardari": "عکس\u200cبرداری",
    # "robot", a word the model knows in English, was kept in Latin letters, so the bot
    # of «ربات تلگرام» was not read.
    "robot": "ربات",
    "robat": "ربات",
    # Added 2026-11-28 (helper-119): SEO as Persian speakers type «سئو» in Latin letters
    # ("sio baraye site"); the skeleton reading found nothing and "sio" was left unread.
    "sio": "سئو",
    "siyo": "سئو",
    "sioo": "سئو",
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
    if word.startswith("و"):
        # و at the start of a word is the consonant v (ورود "vorood", ویرایش "virayesh").
        latin = "v" + latin[1:]
    elif word.startswith("ع"):
        # ع at the start of a word is heard as its vowel and typed as one (عکس "aks").
        latin = "a" + latin
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
        # ژ is often typed as j ("montaj" for مونتاژ, "pajuhesh"), and x as ks as well as
        # kh ("ax", "axs" for عکس): each spelling is looked up, the closest reading wins.
        best, score = self._scored(latin)
        variants = []
        for letter, spelling in (("j", "zh"), ("x", "ks")):
            if letter in latin:
                variant = _DOUBLED.sub(r"\1", latin.replace(letter, spelling))
                variants.append(variant)
                other, other_score = self._scored(variant)
                if other and other_score > score:
                    best, score = other, other_score
        if best:
            return best
        # Two words written as one (barnamenevis, mikonam, tadvingar is one word though),
        # in each spelling: "axbardari" (photography) is read with x as ks, «عکس‌...», not
        # as «اخبار‌اداری» ("news", "office"), now that a word-initial ع counts as a vowel.
        best_pair = ""
        best_score = 0.0
        for spelling in (latin, *variants):
            for i in range(2, len(spelling) - 1):
                head, tail = spelling[:i], spelling[i:]
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
        return self._scored(latin, min_len)[0]

    def _scored(self, latin: str, min_len: int = 2) -> tuple[str, float]:
        """(the Persian word read for ``latin``, its spelling similarity), or ("", 0)."""
        if len(latin) < min_len:
            return "", 0.0
        key = latin_skeleton(latin)
        if len(key) < 2:
            return "", 0.0
        candidates = self._index.get(key)
        if not candidates:
            return "", 0.0
        best = max(candidates, key=lambda c: self._similarity(latin, c[0]) + WEIGHT_SHARE * c[1])
        similarity = self._similarity(latin, best[0])
        return (best[0], similarity) if similarity >= MIN_SIMILARITY else ("", 0.0)

    @staticmethod
    @lru_cache(maxsize=200_000)
    def _similarity(latin: str, persian: str) -> float:
        # "oo"/"ou" and "ee" are how و and ی are typed as long vowels (vorood, neveshtan).
        a = latin.lower().replace("kh", "x").replace("eh", "e")
        a = a.replace("oo", "u").replace("ou", "u").replace("ee", "i")
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
    "has_strong_word",
    "is_finglish",
    "latin_skeleton",
    "may_be_finglish",
    "may_be_finglish_ascii",
    "reader_for",
]
