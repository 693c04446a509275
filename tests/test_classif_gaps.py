"""Gaps closed in the session of 2026-11-28 (helper-114): one request check per post, thanks
as courtesy rather than a term of work, a Persian contract length as a term, "what we lack
is" as a request, and three model-side gaps (photo editing by subject, stationery as logo
design, website and landing-page copy as copywriting alone).

Every sentence here was written for these tests: none is a row of benchmarks/probe or of
training/corpus.
"""

from __future__ import annotations

import pytest

from azadkar.text import classify, classify_many


def _services(c) -> list[str]:
    return [s for s, _ in c.services]


# --- one request check per post ---------------------------------------------------------

_LONG_POST = (
    "We are a small chain of flower shops in Tabriz and our logo was finished last spring. "
    "We need someone to run our Instagram page every day: plan the posts, write the "
    "captions in Persian, reply to the messages from customers and send us a short report "
    "on what worked at the end of every month. Budget is $300 a month."
)


def test_a_post_is_checked_for_a_request_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import azadkar.text._brief as brief

    calls: list[str] = []
    real = brief.is_request

    def counting(text: str) -> bool:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(brief, "is_request", counting)
    batch = classify_many([_LONG_POST, "logo design for a florist"])
    # One check per text: the long post used to be checked again to decide whether it is
    # read whole (reads_whole on what was left once its context was set aside).
    assert len(calls) == 2
    assert batch.services[0][0][0] == "social_media_management"
    assert batch.context[0] == [_LONG_POST.split(". ")[0] + "."]


def test_whole_reading_uses_the_posts_own_request() -> None:
    from azadkar.text._brief import BRIEF_WORDS, read_post, whole

    kept, context, asks = read_post(_LONG_POST)
    assert asks and context and whole(kept, asks)
    assert not whole(kept, False)
    assert not whole("we need a logo", True) and BRIEF_WORDS > 4


def test_segment_proba_refuses_requests_of_the_wrong_length() -> None:
    from azadkar.text import load_classifier

    clf = load_classifier()
    with pytest.raises(ValueError, match="requests has 1 values for 2 texts"):
        clf.segment_proba(["a", "b"], ignore_terms=False, requests=[True])


# --- thanks as courtesy -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I need a menu designed for my café. Thanks!",
        "menu design for a café, thank you in advance",
        "طراحی منوی کافه برای مغازه‌ام. ممنون",
        "طراحی منوی کافه، مرسی",
        "طراحی منوی کافه. با تشکر",
    ],
)
def test_a_thank_you_is_not_flagged_as_a_term_of_work(text: str) -> None:
    c = classify(text)
    assert c.ignored == []
    assert not any(f.startswith("ignored:") for f in c.flags)
    batch = classify_many([text])
    assert batch.ignored[0] == [] and "ignored:" not in batch.flag[0]
    assert batch.services[0] == c.services


def test_a_thank_you_changes_nothing_read() -> None:
    plain = classify("business plan for a print shop in Tehran")
    polite = classify("business plan for a print shop in Tehran. Many thanks!")
    assert polite.services == plain.services
    assert polite.category == plain.category


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("menu design for a café, thanks, paid hourly", ["paid hourly"]),
        ("menu design for a café. Please start ASAP", ["Please start ASAP"]),
        ("طراحی منوی کافه، ممنون، پروژه فوری", ["پروژه فوری"]),
    ],
)
def test_genuine_terms_beside_a_thank_you_stay_flagged(text: str, named: list[str]) -> None:
    c = classify(text)
    assert c.ignored == named
    assert classify_many([text]).flag[0] == "ignored:" + "|".join(named)


def test_a_text_of_thanks_alone_still_says_why_nothing_was_read() -> None:
    from azadkar.text._terms import split_terms

    assert split_terms("Thank you so much!") == ("", ["Thank you so much"])
    assert split_terms("ممنون") == ("", ["ممنون"])


# --- Persian contract length, "what we lack is" -----------------------------------------


def test_persian_contract_length_is_a_term_not_legal_work() -> None:
    from azadkar.text._terms import split_terms

    _kept, parts = split_terms("برنامه‌نویس فرانت‌اند برای پنل فروشگاه؛ شرایط: قرارداد سه‌ماهه")
    assert parts == ["شرایط: قرارداد سه‌ماهه"]
    c = classify("برنامه‌نویس فرانت‌اند برای پنل فروشگاه؛ شرایط: قرارداد سه‌ماهه، دورکاری")
    assert "legal_consulting" not in _services(c)


def test_what_we_lack_is_a_request() -> None:
    from azadkar.text._brief import is_request

    assert is_request(
        "Our shop sells used bikes and we have a developer. What we lack is a designer for "
        "the screens of the app."
    )
    assert not is_request("What we lack is a designer.")


# --- model-side gaps (the shipped model; need the rebuilt model) ------------------------
# The rows for these are in training/pending/*/fix6_*.tsv, which the build does not read;
# the model shipped at the time of writing (a81f363e) was built without them. Until a model
# with them is shipped these are expected failures; strict, so that such a model must pass.


def _old_model() -> bool:
    from azadkar.text import load_classifier

    return str(load_classifier().version_).startswith("a81f363e")


_NEEDS_REBUILD = pytest.mark.xfail(
    condition=_old_model(),
    reason="needs a model built with training/pending/*/fix6_*.tsv (docs/classifier.md)",
    strict=True,
)


@pytest.mark.parametrize(
    "text",
    [
        "طراحی کارت ویزیت و سربرگ برای دفتر بیمه",
        "کارت ویزیت و سربرگ برای کلینیک دامپزشکی",
        "business cards and letterhead for a notary office",
        "We need business cards and a letterhead for our new pharmacy.",
    ],
)
@_NEEDS_REBUILD
def test_stationery_is_logo_design(text: str) -> None:
    c = classify(text)
    assert c.category == "design"
    assert _services(c)[0] == "logo_design"


@pytest.mark.parametrize(
    "text",
    [
        "website copy, landing pages",
        "landing pages and website copy for a pet clinic",
        "متن سایت و لندینگ پیج برای آموزشگاه موسیقی",
    ],
)
@_NEEDS_REBUILD
def test_website_and_landing_page_copy_is_copywriting_alone(text: str) -> None:
    c = classify(text)
    assert _services(c)[0] == "copywriting"
    assert "website_design" not in _services(c)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("ویرایش عکس کیف‌های چرمی فروشگاه با پس‌زمینه سفید", "product_photography"),
        ("ادیت عکس محصولات لبنی برای سایت", "product_photography"),
        ("edit photos of our teapots for the online store", "product_photography"),
        ("ویرایش عکس‌های پرتره عروس و داماد", "portrait_photography"),
        ("ادیت عکس چهره کارمندان برای سایت شرکت", "portrait_photography"),
        ("edit the portraits from my sister's graduation", "portrait_photography"),
    ],
)
def test_photo_editing_follows_the_subject(text: str, service: str) -> None:
    c = classify(text)
    assert c.category == "photo_video"
    assert _services(c)[0] == service
