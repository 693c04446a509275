"""Job posts pasted whole: the request, and the context around it.

A client who pastes a whole job post writes one request among sentences that are not the
request: who the company is ("We are a fast-growing DTC brand...", «درباره ما: ...»),
what is already done or handled by someone else ("our designer already made the logo",
«متن‌ها آماده است», "the voice-over is recorded") and what is *not* wanted ("we do not
need a new logo", «طراحی سایت لازم نداریم»). Those sentences carry other services' words.
Read clause by clause, as a profile is read (:func:`~azadkar.text._classifier.split_clauses`,
where every clause that argues clearly for a service lists it), "our designer already made
the logo" listed logo design at 100 % above the copywriting asked for; on probe set 7 (140
whole posts) the classifier's first service was right for 56 % of them, against 89 % when
the same model read each post as one text.

So, for a text that asks for work (:func:`is_request`: a sentence with "we need", "looking
for", "you will", «نیاز داریم», «دنبال ... هستیم», «می‌خواهیم», «استخدام», Finglish
``mikhaym``, ``donbal`` ...) and has more than one sentence:

- :func:`split_context` sets aside, as written, the sentences (and inside an asking
  sentence, the clauses) that only say what is done, handled, not wanted, or who the
  company is, and that do not themselves ask for anything: they are returned for the
  caller to show (``Classification.context``) and are not read. A text whose every
  sentence looks like context keeps them all.
- :func:`reads_whole`: a request of ``BRIEF_WORDS`` words or more is read as one text, not
  clause by clause: its clauses are the details of one job ("check your facts", "revise
  with our editor"), not a list of services.

A text that asks for nothing (a title, a freelancer's profile: "I design logos and run
Instagram pages") is read exactly as before.

The cue lists are short, hand-written patterns of how posts say "we need", "already done"
and "not needed" in English, Persian (formal and spoken) and Finglish; they name no service.
"""

from __future__ import annotations

import re

# A request at least this long (in words, after the context is set aside) is read as one
# text. Profiles that list several services are shorter: the 173 of probe set 6 have 5 to
# 24 words. Job posts are longer: those of probe set 7 have 38 to 83.
BRIEF_WORDS = 30

# Sentence ends; also ";" and "|" (which the flag column uses between parts) and line breaks
# (a new line, a carriage return alone as old Mac exports write it, U+2028 and U+2029).
_SENTENCE = re.compile(r"(?<=[.!?؟…])\s+|\s*[\n\r\u2028\u2029;؛|]+\s*")
# Clause breaks inside a sentence: commas and "and" / «و» (as split_clauses cuts).
_CLAUSE = re.compile(r"\s*[,،](?!\d)\s*|\s+(?:and|but|while|و|ولی|اما)\s+", re.IGNORECASE)

_FA_WANT = r"می[\u200c ]?خواه(?:یم|م)|میخوا(?:یم|م|هیم|هم)|می[\u200c ]?خوایم|می[\u200c ]?خوام"
_REQUEST = re.compile(
    r"\b(?:need|needs|needed|looking\s+for|seeking|want|wants|would\s+like|we'?d\s+like"
    r"|hiring|to\s+hire|in\s+need\s+of|commissioning|searching\s+for|missing\s+is"
    r"|lack(?:ing)?\s+is|we\s+lack\s+(?:a|an|someone|somebody)"
    r"|responsibilit\w*|duties|the\s+(?:job|task|work)\s+is)\b"
    r"|\byou(?:'ll|\s+will|'d|\s+would)\s+(?!get\b|receive\b|love\b|see\b|enjoy\b|find\b)"
    rf"|نیاز\s*(?:داریم|دارم|مندیم|مند)|نیازمند|دنبال|{_FA_WANT}|لازم\s*(?:داریم|دارم)"
    r"|استخدام|وظایف|یکی\s+رو|یه\s+نفر|کسی\s+(?:را|رو)|باید"
    r"|\b(?:mi-?kha(?:y|i|yi)?m|niy?az|donbal\w*|lazem|estekhdam|vazayef)\b",
    re.IGNORECASE,
)
# "We do not need a new logo", "please don't pitch a redesign", «لازم نداریم».
_NOT_WANTED = re.compile(
    r"\b(?:do|does|did)\s*n[o']t\s+(?:\w+\s+){0,2}?(?:need|want|pitch|offer|require)\w*"
    r"|\bnot\s+(?:\w+\s+){0,2}?(?:looking|hiring|needed|required|necessary|wanted)\b"
    r"|\bno\s+need\b|\bplease\s+don'?t\b|\bplease\s+do\s+not\b"
    r"|\bno\s+(?:\w+\s+){0,2}(?:needed|required)\b"
    r"|لازم\s*(?:نداریم|ندارم|نیست)|نیازی\s*(?:نیست|نداریم)|ن(?:می|می\u200c|می\s)\s*خوا(?:هیم|هم|یم|م)"
    r"|پیشنهاد\s*ن(?:دهید|دید|فرستید)|جزو\s+کار\s+نیست|ربطی\s+ندارد|نمیخوا(?:یم|م|هیم|هم)"
    r"|\b(?:nemikha(?:y|i)?m|lazem\s+nist|niazi\s+nist)\b",
    re.IGNORECASE,
)
# Work already done or handled by others, or what the company has.
_DONE = re.compile(
    r"\b(?:already|done|finished|ready|sorted|handled|taken\s+care|covered|in-house"
    r"|in\s+house|delivered|approved|booked|completed|provided|recorded|composed|written"
    r"|built|in\s+place|on\s+staff)\b"
    r"|\bour\s+(?:\w+\s+){0,2}?(?:designers?|developers?|team|photographers?|editors?"
    r"|writers?|copywriters?|agency|engineers?|staff|accountants?|bookkeepers?"
    r"|programmers?|animators?|crew|contractors?|admins?)\b|\bwe\s+have\b|\bmy\s+wife\b"
    r"|آماده|تمام\s*شده|انجام\s*شده|نوشته\s*شده|ساخته\s*شده|طراحی\s*شده|ت[أا]یید\s*شده"
    r"|راه\s*افتاده|خودمان|خودمون|خودم\b|بر\s*عهده|ثابتن|(?<![\u0600-\u06ff])داریم\b"
    r"|\b(?:amade\w*|tamoom|tamum|anjam\s+shode|khodemoon|khodemun|khodam|darim)\b",
    re.IGNORECASE,
)
# Section headers of the company's own part of a post.
_ABOUT = re.compile(
    r"^\W*(?:about\s+us|who\s+we\s+are|company\s+background|about\s+the\s+company"
    r"|our\s+story|benefits|perks|what\s+we\s+offer|درباره\s*(?:ی\s*)?ما|معرفی\s*شرکت"
    r"|درباره\s*شرکت|مزایا|شرایط\s*همکاری|darbare-?ye?\s+ma|mazaya)\s*[:：]",
    re.IGNORECASE,
)


# A freelancer offering work, not a client asking for it: "hire me", "I can help",
# "Need a developer?" (ad copy asks the reader), «آماده همکاری هستم», «سفارش می‌پذیرم».
# Such a text is a profile, and its "I have built 30 sites" is experience, not context.
_OFFER = re.compile(
    r"\bhire\s+me\b|\bI\s+can\s+help\b|\bI\s+offer\b|\bmy\s+portfolio\b|\bmy\s+clients\b"
    r"|\bmessage\s+me\b|\bDM\s+me\b|\bwork\s+with\s+me\b"
    r"|^\W*(?:need|want|looking\s+for)\b[^.!]*[?؟]\s*$"
    r"|آماده\s*(?:ی\s*)?همکاری\s*(?:هستم|ام)|سفارش\s*می[\u200c ]?پذیرم|پذیرای\s*سفارش"
    r"|به\s*من\s*پیام|نمونه[\u200c ]?کار(?:های)?\s*من|مشتری(?:ان|ها|های)\s*من",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s and s.strip()]


def _asks(part: str) -> bool:
    return bool(_REQUEST.search(part)) and not _NOT_WANTED.search(part)


def _is_context(part: str) -> bool:
    """A sentence or clause that says what is not wanted, or, asking for nothing, what is
    done or handled, or who the company is (a section header such as «درباره ما:»)."""
    if _NOT_WANTED.search(part):
        return True
    if _REQUEST.search(part):
        return False
    return bool(_DONE.search(part) or _ABOUT.search(part))


def is_request(text: str) -> bool:
    """Whether the text asks for work in a sentence of its own ("we need ...", «دنبال ...
    هستیم», "you will write ...") and has more than one sentence: a job post, not a title or
    a freelancer's profile (one that offers work, "hire me", "Need a developer?", «آماده
    همکاری هستم», is never a request, so its "I have built 30 sites" is read)."""
    sents = _sentences(text)
    if len(sents) < 2 or any(_OFFER.search(s) for s in sents):
        return False
    return any(_asks(s) for s in sents)


def read_post(text: str) -> tuple[str, tuple[str, ...], bool]:
    """``(the text less its context, the context parts as written, whether it is a
    request)``: :func:`split_context` and :func:`is_request` from one look at the text.

    The bulk path reads every text through this, so that a post is checked for a request
    once, not once to set its context aside and again to decide whether it is read whole
    (:func:`reads_whole` on the text left, which the request it came from already
    answers: see :func:`whole`).
    """
    if not is_request(text):
        return text, (), False
    kept: list[str] = []
    context: list[str] = []
    for sent in _sentences(text):
        if _is_context(sent):
            context.append(sent.strip())
            continue
        clauses = [c for c in _CLAUSE.split(sent) if c and c.strip()]
        if len(clauses) > 1 and _asks(sent):
            ctx = [c for c in clauses if _is_context(c)]
            if ctx and len(ctx) < len(clauses):
                context += [c.strip() for c in ctx]
                kept.append(", ".join(c.strip() for c in clauses if not _is_context(c)))
                continue
        kept.append(sent.strip())
    if not kept or not any(_asks(k) for k in kept):
        return text, (), True
    return " ".join(kept), tuple(context), True


def split_context(text: str) -> tuple[str, tuple[str, ...]]:
    """(the text less its context, the context parts as written), see the module doc.

    Only a request (:func:`is_request`) loses parts; any other text comes back whole with
    ``()``. Inside a sentence that asks for the work, a clause that is context ("our
    designer already made the logo, and we need ...") is set aside too.
    """
    kept, context, _ = read_post(text)
    return kept, context


def reads_whole(text: str) -> bool:
    """Whether ``text`` is a request long enough (``BRIEF_WORDS``) to be read as one text
    rather than clause by clause."""
    return len(text.split()) >= BRIEF_WORDS and is_request(text)


def whole(read: str, request: bool) -> bool:
    """Whether a text is read as one text: ``read`` is what is left of a post once its
    context (and terms of work) are set aside, ``request`` whether the post as written
    asks for work (:func:`read_post`). The words are counted on what is read, the request
    is the post's: a post whose context left one long asking sentence is still a post."""
    return request and len(read.split()) >= BRIEF_WORDS


__all__ = ["BRIEF_WORDS", "is_request", "read_post", "reads_whole", "split_context", "whole"]
