"""Whole job posts: the service asked for wins over the boilerplate around it.

The sentences here are written for these tests (none is a row of benchmarks/probe). They
use the shipped model; what they check is the reading of a post (azadkar.text._brief):
context sentences ("our designer already made the logo", «درباره ما: ...», "we do not need
a website") are set aside and named, and a long post is read as one request.
"""

from __future__ import annotations

import pytest

from azadkar.text import classify, classify_many


def _services(c) -> list[str]:
    return [s for s, _ in c.services]


def test_done_work_named_beside_the_request_is_not_a_service() -> None:
    c = classify(
        "Our designer already made the logo; we need someone to write the product "
        "descriptions for our online tea shop."
    )
    assert _services(c)[0] == "copywriting"
    assert "logo_design" not in _services(c)
    assert c.context == ["Our designer already made the logo"]


def test_long_post_with_company_boilerplate_reads_the_request() -> None:
    c = classify(
        "We are a family bakery in Victoria and our website was finished last month by a "
        "local agency. Our photographer shoots every new cake and the logo is done. We need "
        "someone to run our Instagram account: plan posts, write captions and answer "
        "messages every day. Budget $400 a month."
    )
    assert c.category == "marketing"
    assert _services(c)[0] == "social_media_management"
    assert not {"logo_design", "portrait_photography"} & set(_services(c))
    assert len(c.context) == 2 and c.context[1].endswith("the logo is done.")


def test_persian_ad_sections_about_us_and_benefits_are_context() -> None:
    c = classify(
        "درباره ما: شرکت ما از سال ۱۳۹۵ در زمینه تولید لوازم ورزشی فعالیت می‌کند و لوگو و "
        "سایت ما آماده است. به یک نفر نیاز داریم که حساب‌های مشتریان را در نرم‌افزار "
        "حسابداری ثبت کند، مغایرت بانکی بگیرد و لیست حقوق را ببندد. مزایا: بیمه و ناهار."
    )
    assert c.category == "consulting_teaching"
    assert _services(c) == ["accounting_bookkeeping"]
    assert c.context[0].startswith("درباره ما:")
    assert c.context[-1] == "مزایا: بیمه و ناهار."


def test_work_the_client_does_not_want_is_not_listed() -> None:
    c = classify(
        "We do not need a new website or a logo. We need someone to set up and manage our "
        "Google Ads campaigns for a dental clinic in Halifax, with conversion tracking and "
        "weekly reports."
    )
    assert _services(c) == ["online_ads"]
    assert c.context == ["We do not need a new website or a logo."]


def test_team_already_booked_for_the_other_parts() -> None:
    c = classify(
        "Our animator and voice actor are booked and the storyboard is approved. We need a "
        "writer for the script of a two-minute explainer about our payroll app, with the "
        "narrator's lines and timing."
    )
    assert _services(c)[0] == "scriptwriting"
    assert "animation" not in _services(c)


def test_finglish_post_sets_its_context_aside() -> None:
    c = classify(
        "Salam, ye moasese-ye amoozeshi hastim va site va logo-moon amade-st. Ye nafar "
        "mikhaym ke video-haye kelas ro edit kone, boresh bede, musighi bezare va zirnevis "
        "ro ham dorost kone. Pardakht baraye har video."
    )
    assert c.category in {"photo_video", "translation"}
    assert not {"logo_design", "wordpress_development"} & set(_services(c))
    assert c.context == ["Salam, ye moasese-ye amoozeshi hastim va site va logo-moon amade-st."]


def test_file_rows_name_the_context_in_their_flag() -> None:
    res = classify_many(
        [
            "Our web shop is built and the photos are done. We need someone to write "
            "the product descriptions.",
            "logo design",
        ]
    )
    assert res.context[0] == ["Our web shop is built and the photos are done."]
    assert res.flag[0] == "context:Our web shop is built and the photos are done."
    assert res.context[1] == [] and res.flag[1] == ""
    assert res.services[0][0][0] == "copywriting"


@pytest.mark.parametrize(
    "text",
    [
        "I design logos and run Instagram pages for cafés",
        "Logo design. Already have a sketch",
        "طراحی لوگو و مدیریت پیج اینستاگرام انجام می‌دهم. سایت هم آماده می‌کنم.",
        "Looking for a logo",
    ],
)
def test_titles_and_profiles_are_read_as_before(text: str) -> None:
    # No sentence asks for work, or there is only one sentence: nothing is set aside.
    from azadkar.text._brief import split_context

    assert split_context(text) == (text, ())
    assert classify(text).context == []


def test_reads_whole_needs_a_request_of_brief_length() -> None:
    from azadkar.text._brief import BRIEF_WORDS, is_request, reads_whole

    short = "We need a logo. Our site is done."
    assert is_request(short) and not reads_whole(short)
    long = "We need a logo for our new bakery in town. " + "It sells bread daily. " * 8
    assert len(long.split()) >= BRIEF_WORDS and reads_whole(long)
    profile = "I design logos and brochures for small shops. " * 6
    assert not is_request(profile) and not reads_whole(profile)


def test_a_post_whose_every_sentence_looks_like_context_is_kept_whole() -> None:
    from azadkar.text._brief import split_context

    text = "Our logo is done. Our website is built."
    assert split_context(text) == (text, ())


def test_the_context_is_shown_on_its_own_lines() -> None:
    from azadkar.report.classify_view import WIDTH, classification_text

    c = classify(
        "Our photos and the logo are all done and approved by the owners of the shop. We "
        "need someone to write the product descriptions for our tea shop."
    )
    en = classification_text(c, "en")
    line = next(x for x in en.splitlines() if x.startswith("context:"))
    assert '"Our photos and the logo' in line
    assert "not read)" in " ".join(x.strip() for x in en.splitlines())
    assert all(len(x) <= WIDTH for x in en.splitlines())
    fa = classification_text(c, "fa")
    assert any(x.startswith("زمینه:") for x in fa.splitlines())
    assert "خوانده نشد" in " ".join(x.strip() for x in fa.splitlines())


def test_regression_floor_on_probe_set_7() -> None:
    """`benchmarks/probe_eval.py --set briefs`, fast engine: the share of the 140 whole posts
    whose first service (none for the 15 outside the taxonomy) is the labelled one. The set
    is a development set since its first run (0.564 held out; 0.943 after the context rules);
    this is a floor against regressions, not a measure of posts we have not seen."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "probe" / "probe7_briefs.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 140
    right = 0
    for r in rows:
        c = classify(r["text"], "fast", evidence=0)
        right += (c.services[0][0] if c.services else "") == r["service"]
    assert right / len(rows) >= 0.85


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # A freelancer's profile that speaks to the reader is an offer, not a request: its
        # "I have built ..." is experience to read, not context to set aside.
        (
            "I have built 30 WordPress sites for clinics. Need a developer? I can help.",
            "wordpress_development",
        ),
        (
            "Video editor and motion designer. I have delivered 200 YouTube videos. You will "
            "get fast turnaround.",
            "video_editing",
        ),
        (
            "Hire me for your menus. I have designed logos for twenty cafés in Shiraz.",
            "logo_design",
        ),
        (
            "سایت‌های وردپرسی زیادی برای کلینیک‌ها ساخته‌ام. نمونه‌کارهای من را ببینید و اگر نیاز "
            "دارید پیام بدهید.",
            "wordpress_development",
        ),
    ],
)
def test_a_freelancer_offering_work_keeps_her_experience(text: str, service: str) -> None:
    c = classify(text, "fast", evidence=0)
    assert c.context == []
    assert service in [s for s, _ in c.services]
