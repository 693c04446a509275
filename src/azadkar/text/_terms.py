"""Terms of work that name no service: pay, duration, urgency, formalities.

A posting or a profile often carries a part like "paid hourly", "ongoing project",
"long-term", "ASAP", "budget is flexible", «پروژه بلندمدت», «فوری», «پرداخت ساعتی» or
«همکاری طولانی مدت». It says how the work is arranged, not what the work is, yet its
words have meanings elsewhere in the corpus: "paid" is the paid-ads word, "project" the
project-management word. Read as a clause of its own it listed online advertising
(> 99 %) and project management (95 %) beside the real service, and no evidence
threshold separates it from real short clauses ("paid hourly" argues for online ads with
6.4, "mix my songs" for music with 5.3).

So before the classifier reads a text, :func:`split_terms` cuts it into *parts* (at the
clause separators — commas, semicolons, sentence ends, "and", «و», … — and also at
colons, brackets, slashes, bars and dashes set off by spaces) and sets aside every part
whose words are all terms of work (:data:`TERM_WORDS`, :data:`TOPIC_TERMS`), glue words
(:data:`GLUE_WORDS`) or numbers, with at least one clear term among them (a term that may
also be the topic of the work, such as "budgets" or «حقوق», needs a clear term or a
number beside it). Nothing else changes: a part
with one word outside the lists ("project management", "paid ads", "smart contract",
"fast website") is read as before, and a text without such a part is read exactly as it
always was. The parts set aside are returned as the person wrote them, so that every
front end can say what was ignored (``Classification.ignored``; the ``ignored:`` line of
``azadkar classify``; the ``flag`` column of ``classify --file``).

The lists are word lists, not phrases, so "budget is flexible", "flexible budget" and
"the budget is negotiable" all count. They are matched after a light fold (lower case,
Arabic ي/ك as Persian ی/ک, tatweel and diacritics removed, the half-space as a word
break), the same words the model sees. A term written inside a clause that also names
work ("logo design paid hourly", «طراحی لوگو فوری») is not cut out: only a part that is
nothing but terms is set aside.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _wordset(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Words that say how work is arranged: pay and price; duration and commitment; urgency
# and dates; hiring formalities and requests. None of them names a service alone.
TERM_WORDS = _wordset(
    """
    paid pay pays paying hourly hour hours hrs fixed flexible negotiable usd dollar
    dollars eur euro euros milestone milestones competitive weekly monthly daily week
    weeks month months day days year years experience low
    long term longterm short ongoing continuous continuing recurring permanent temporary
    onetime time times off future work works job jobs gig gigs position opportunity
    opportunities possible potential possibly collaboration relationship
    freelance freelancer freelancers fulltime parttime remote remotely
    urgent urgently asap immediate immediately quick quickly fast soon now today tomorrow
    tonight tight rush rushed turnaround start starting
    please thanks thank serious only
    apply bid bids proposal proposals dm details info inquire small simple easy
    بلندمدت بلند مدت طولانی کوتاه کوتاهمدت میان دائمی دایمی موقت مستمر مداوم ادامه
    ادامهدار پیوسته فوری سریع سریعا فورا بلافاصله عجله عجلهای ضروری اورژانسی امروز فردا
    الان زودتر زود ددلاین مهلت ساعتی ساعت ساعته توافقی مقطوع منعطف تومان
    تومن میلیون هزار ریال دلار ماهانه ماهیانه روزانه هفتگی هفته ماه روز سال تمام وقت
    تماموقت پاره پارهوقت نیمه نیمهوقت دورکاری دورکار حضوری غیرحضوری فریلنسر فریلنس
    آزادکار لطفا جدی فقط حرفه سابقه امکان آینده جزئیات بیشتر همکاری
    ماهه ساله روزه هفتهای دوماهه سهماهه ششماهه یکماهه یکساله دوساله
    """
)

# Terms that can also be what the work is about: a budget or payments to build, pricing
# to advise on, payroll («حقوق و دستمزد»), a contract to draft, «کسب و کار» (business).
# A part with these alone ("budgets", «پرداخت», «کار») is read as before; with a clear
# term or a number beside them ("budget is flexible", "budget 500", «پرداخت ساعتی»,
# «کار پاره وقت») it is set aside.
TOPIC_TERMS = _wordset(
    """
    budget budgets payment payments price prices priced pricing cost costs rate rates
    salary compensation bonus delivery project projects task tasks help contact message
    contract range buyers applicants candidates hire hiring deadline deadlines
    پروژه کار کاری شغل قرارداد بودجه پرداخت حقوق دستمزد مزد حق الزحمه حقالزحمه مبلغ قیمت
    هزینه تحویل کمک پیام تماس تجربه افراد ثابت مذاکره
    """
)

# Words that hold a part of terms together ("the budget is flexible", «امکان همکاری
# بلندمدت وجود دارد») but are not terms themselves: a part of glue words alone ("and
# also") is not set aside, since it says nothing either way.
GLUE_WORDS = _wordset(
    """
    a an the is are was will be been being it its s this that these for of on in at to
    with by from and or also plus as well we our us i am m my me you your can could would
    should must may might if so very too not no any some all each every there here up
    out then than available open good great best fair reasonable high top lot lots new
    more per via etc need needs looking someone who want have has do done get around
    about approx approximately between min max minimum maximum full part needed required
    wanted seeking
    و به از در برای با را که این آن یک ما شما من است هست هستیم هستند می شود باشد بود
    خواهد صورت وجود دارد داریم داره نیاز نیازمند خیلی زیاد کم بالا مناسب عالی خوب هر
    چه هرچه همین ای ها های کنید کنیم بدهید بدید دهید بگیرید ارسال بیش تا بین حدود حداقل
    حداکثر دو سه چهار پنج شش هفت هشت ده دوازده شرایط
    """
)

# Courtesy: thanks, a sign-off, "please" on its own ("Thanks!", "thank you in advance",
# «ممنون», «مرسی», «با تشکر», Finglish ``merci``, ``mamnoon``). Most posts end with one, and
# it says nothing about the work or how it is arranged, so a part of courtesy words alone
# (with glue words) is not read and not named among the terms set aside: naming it in
# every other row's flag ("ignored:Thanks") hid the terms that matter. A part with a term
# of work beside it ("please start ASAP", "thanks, budget is $300" -> "budget is $300") is
# still named; a text that is nothing but courtesy names it (something must say why
# nothing was read).
COURTESY_WORDS = _wordset(
    """
    thanks thank thankyou thx ty tnx please pls plz regards cheers sincerely advance
    appreciated appreciate much kind kindly warm warmest
    ممنون ممنونم ممنونیم مرسی سپاس سپاسگزارم سپاسگزاریم سپاسگذارم متشکرم متشکریم تشکر
    باتشکر پیشاپیش لطفا لطفاً قدردانی
    merci mersi mamnoon mamnun mamnunam mamnoonam sepas motshakeram
    """
)

# Filler and greetings that mean nothing about work ("blah blah", "test test",
# "lorem ipsum", «سلام خوبی», "hi there"). A text made of nothing else (with glue and
# courtesy words) is not read: it is set aside whole and named, so it comes out ``other``
# with no service and the ``ignored:`` note saying what was left out, instead of the
# blog writing (68 %) "blah blah" used to argue for. Only a whole text: "test" beside
# other words ("test automation") is read as always.
FILLER_WORDS = _wordset(
    """
    blah bla blabla blablabla yada etc lorem ipsum dolor sit amet test tests testing
    testtest foo bar baz foobar xyz abc hello hi hey hiya yo
    there sup whatsup whats up how are you doing good fine ok okay nothing something
    stuff things thing dummy sample placeholder
    سلام درود خوبی خوبین خوبید خوبم چطوری چطورید چطورین حالت حالتون حال خوب چه خبر
    تست آزمایش هیچی هیچ چیزی
    salam dorood khobi khoobi khubi chetori chetorid halet haletoon khabar tast
    """
)


def only_filler(text: str) -> bool:
    """Every word of ``text`` is filler, a greeting, courtesy or a glue word, and at least
    one is filler (:data:`FILLER_WORDS`): there is nothing about work to read."""
    words = _words(text)
    return any(w in FILLER_WORDS for w in words) and all(
        w in FILLER_WORDS or w in COURTESY_WORDS or w in GLUE_WORDS for w in words
    )


# An @handle names an account, not work (@rosebakery.to, @vlog.sara): not read. An
# address (sara@example.com) is not a handle: its @ follows a letter; nor is "@3 GHz".
_HANDLE = re.compile(r"(?<![\w.@])@[^\W\d](?:[\w.]*\w)?")
# A hashtag is read as its words: "#graphic_design" and «#طراحی_لوگو» at the underscores,
# "#GraphicDesign" at the case change; a joined "#graphicdesign" stays one word.
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _hashtag_words(m: re.Match[str]) -> str:
    return _CAMEL.sub(" ", m.group(1).replace("_", " ")).strip()


def social_text(text: str) -> str:
    """``text`` as the classifier reads it: @handles left out, hashtags as their words
    ("#graphic_design" -> "graphic design", "#LogoDesign" -> "Logo Design")."""
    if "@" not in text and "#" not in text:
        return text
    # Line breaks and other spaces are kept: they divide clauses.
    text = _HANDLE.sub("", text)
    return _HASHTAG.sub(_hashtag_words, text).strip()


# A text with none of these words has no part to set aside (the check of every text).
_TRIGGERS = TERM_WORDS | TOPIC_TERMS | COURTESY_WORDS

# Where a text divides into parts: the classifier's clause separators plus colons,
# brackets, slashes, bars and dashes set off by spaces (an in-word hyphen, as in
# "long-term" or "e-commerce", is not one).
_PART_SPLIT = re.compile(
    r"[;؛!?\n\r\u2028\u2029:()\[\]{}|/•*]|[,،](?!\d)|\.(?=\s|$)|\s[-–—]+\s|[–—]"
    r"|\s(?:and|also|plus|as well as|&|و|همچنین|نیز|هم)(?=\s)",
    re.IGNORECASE,
)
# A quick test before the split: does the text have any term word at all? (Most titles
# do not, and the check must cost next to nothing in the bulk path.)
_WORD = re.compile(r"\w+")
_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ۀ": "ه",
        "ة": "ه",
        "\u0640": None,  # tatweel
        **dict.fromkeys(map(chr, range(0x064B, 0x0660)), None),  # diacritics
        "\u0670": None,
    }
)


def _words(part: str) -> list[str]:
    low = part.lower()
    # Only Arabic-script text has letters to fold (the fast path for English).
    return _WORD.findall(low if low.isascii() else low.translate(_FOLD))


def _is_courtesy(words: list[str]) -> bool:
    """All words are courtesy or glue words, one at least courtesy ("thanks", "thank you
    in advance", «با تشکر», «ممنون»)."""
    return any(w in COURTESY_WORDS for w in words) and all(
        w in COURTESY_WORDS or w in GLUE_WORDS for w in words
    )


def _is_terms(words: list[str]) -> bool:
    """All words are terms of work, glue words or numbers; one at least is a clear term,
    or a term that may be a topic stands beside a number ("budget 500")."""
    clear = topic = number = False
    for w in words:
        if w in TERM_WORDS:
            clear = True
        elif w in TOPIC_TERMS:
            topic = True
        elif w[0].isdigit():  # 500, 2k, 10x
            number = True
        elif w not in GLUE_WORDS:
            return False
    return clear or (topic and number)


def split_terms(text: str) -> tuple[str, list[str]]:
    """``(text without its terms-of-work parts, the parts set aside as written)``.

    The answer depends on the text alone, so the last ``CACHE_SIZE`` distinct texts'
    answers are kept (files repeat titles, as they repeat words: the vectoriser caches
    each word's row for the same reason).

    >>> split_terms("logo design for a bakery, paid hourly")
    ('logo design for a bakery,', ['paid hourly'])
    >>> split_terms("Ongoing project: translate our website into Persian")
    (': translate our website into Persian', ['Ongoing project'])
    >>> split_terms("project management for a build team")
    ('project management for a build team', [])

    A text without such a part comes back unchanged, with ``[]``.
    When every part is terms, or what is left is only glue words ("urgent, paid hourly",
    "urgent, and more"), the text left is ``""``.
    """
    kept, parts = _split(text)
    return kept, list(parts)


# How many distinct texts' answers split_terms keeps.
CACHE_SIZE = 8192


@lru_cache(maxsize=CACHE_SIZE)
def _split(text: str) -> tuple[str, tuple[str, ...]]:
    """:func:`split_terms` with the parts as a tuple (an answer shared from the cache
    must not be changed by a caller)."""
    if _TRIGGERS.isdisjoint(_words(text)):
        return text, ()
    # Parts as (start, end) spans, and the separator after each.
    spans: list[tuple[int, int]] = []
    seps: list[str] = []
    start = 0
    for m in _PART_SPLIT.finditer(text):
        spans.append((start, m.start()))
        seps.append(m.group(0))
        start = m.end()
    spans.append((start, len(text)))
    seps.append("")
    words = [_words(text[a:b]) for a, b in spans]
    # A courtesy part is set aside unnamed; it is checked first since "please" and
    # "thanks" are also term words (so "please start ASAP" stays a named term part).
    polite = [bool(w) and _is_courtesy(w) for w in words]
    out = [bool(w) and (polite[i] or _is_terms(w)) for i, w in enumerate(words)]
    # A label and its value across a colon are read together ("Budget: $600", «بودجه: ۳۰
    # میلیون تومان»): left alone, "budget" would argue for financial advice.
    for i in range(len(spans) - 1):
        pair = seps[i] == ":" and words[i] and words[i + 1] and not (out[i] and out[i + 1])
        if pair and _is_terms(words[i] + words[i + 1]):
            out[i] = out[i + 1] = True
    if not any(out):
        return text, ()
    rest, ignored = _collect(text, spans, seps, out, polite)
    if says_nothing(rest):
        # "urgent, and more": what is left is glue words and separators, so nothing is
        # read, and every part is named as ignored (courtesy too, unless a term is named).
        every = [bool(w) for w in words]
        named = _collect(text, spans, seps, every, polite)[1]
        if not named:
            named = _collect(text, spans, seps, every, [False] * len(words))[1]
        return "", tuple(named)
    return rest, tuple(ignored)


def _collect(
    text: str,
    spans: list[tuple[int, int]],
    seps: list[str],
    out: list[bool],
    polite: list[bool],
) -> tuple[str, list[str]]:
    """The text without the parts marked ``out``, and those parts as written (parts next
    to each other across a colon as one: "Budget: $600"), less those that are courtesy
    alone (``polite``), which are left out of the text and not named."""
    kept: list[str] = []
    ignored: list[str] = []
    i = 0
    while i < len(spans):
        a, b = spans[i]
        if not out[i]:
            kept.append(text[a:b] + seps[i])
            i += 1
            continue
        courtesy = polite[i]
        while seps[i] == ":" and i + 1 < len(spans) and out[i + 1]:
            i += 1
            courtesy = courtesy and polite[i]
        b = spans[i][1]
        if not courtesy:
            ignored.append(" ".join(text[a:b].split()))
        kept.append(seps[i])
        i += 1
    return "".join(kept), ignored


def says_nothing(text: str) -> bool:
    """No word of ``text`` is anything but a glue word or a number ("", ", and also")."""
    return all(w in GLUE_WORDS or w[0].isdigit() for w in _words(text))


__all__ = [
    "COURTESY_WORDS",
    "FILLER_WORDS",
    "GLUE_WORDS",
    "TERM_WORDS",
    "TOPIC_TERMS",
    "only_filler",
    "says_nothing",
    "social_text",
    "split_terms",
]
