"""Terms of work must not add a service: 24 one-service requests (12 English, 12 Persian),
each with 20 terms-of-work fillers ("paid hourly", «پروژه بلندمدت», ...) put after it
(", filler") and before it ("filler: "), 960 texts in all. Prints how many gained a service
the request alone does not have, and how many lost their own.

The first fillers of each list were in view when the word lists of azadkar.text._terms
were written; the last ones (after the comment in each list) were kept out of that design
and are counted apart, as a check on words the lists were not tuned for.

    .venv/bin/python benchmarks/filler_check.py [-v]
"""

import sys

from azadkar.text import classify

BASE = [
    ("logo design for a bakery", "logo_design"),
    ("translate our website into Persian", "text_translation"),
    ("build a WordPress site for my shop", "wordpress_sites"),
    ("write SEO blog posts about travel", "blog_content"),
    ("manage our Instagram page", "social_media_management"),
    ("set up Google Ads campaigns", "online_ads"),
    ("proofread my thesis", "editing_proofreading"),
    ("data entry from PDF invoices into Excel", "data_entry"),
    ("Android app for a restaurant", "mobile_apps"),
    ("promotional video for a gym", "promotional_video"),
    ("customer support by email and chat", "customer_support"),
    ("online English tutoring for kids", "online_teaching"),
    ("طراحی لوگو برای کافه", "logo_design"),
    ("ترجمه مقاله انگلیسی به فارسی", "text_translation"),
    ("طراحی سایت وردپرسی برای فروشگاه", "wordpress_sites"),
    ("نوشتن مقاله سئو شده برای وبلاگ", "blog_content"),
    ("مدیریت پیج اینستاگرام", "social_media_management"),
    ("تبلیغات گوگل ادز", "online_ads"),
    ("ویرایش متن پایان نامه", "editing_proofreading"),
    ("ورود اطلاعات در اکسل", "data_entry"),
    ("ساخت اپلیکیشن اندروید", "mobile_apps"),
    ("ساخت تیزر تبلیغاتی", "promotional_video"),
    ("پشتیبانی مشتریان در چت سایت", "customer_support"),
    ("تدریس آنلاین ریاضی", "online_teaching"),
]
FILL_EN = [
    "paid hourly",
    "ongoing project",
    "long-term",
    "urgent",
    "budget is flexible",
    "need it ASAP",
    "fixed price",
    "long-term work possible",
    "serious buyers only",
    "please help",
    "budget is low",
    "start immediately",
    "part-time",
    "hourly rate $20",
    # held out of the word lists' design:
    "will pay well",
    "quick turnaround needed",
    "deadline is Friday",
    "weekly payments",
    "more work for the right person",
    "must be reliable",
]
FILL_FA = [
    "پروژه بلندمدت",
    "فوری",
    "پرداخت ساعتی",
    "همکاری طولانی مدت",
    "بودجه توافقی",
    "قیمت مقطوع",
    "لطفا کمک کنید",
    "بودجه کم است",
    "فقط افراد حرفه‌ای",
    "دورکاری",
    "پاره وقت",
    "شروع فوری",
    "حقوق ماهانه",
    # held out of the word lists' design:
    "تسویه هفتگی",
    "پرداخت به موقع",
    "کار دائمی برای فرد مناسب",
    "ددلاین جمعه",
    "حتما متعهد باشید",
    "نمونه کار ارسال شود",
    "با تشکر",
]
# The fillers after these positions were held out of the word lists' design.
HELD_OUT_EN = FILL_EN[14:]
HELD_OUT_FA = FILL_FA[13:]


def main() -> None:
    counts = {True: [0, 0, 0], False: [0, 0, 0]}  # held out -> [texts, gained, lost]
    bad = []
    for text, gold in BASE:
        fa = not text.isascii()
        s0 = {s for s, _ in classify(text).services}
        for f in FILL_FA if fa else FILL_EN:
            held = f in (HELD_OUT_FA if fa else HELD_OUT_EN)
            for t in (f"{text}, {f}", f"{f}: {text}"):
                c = counts[held]
                c[0] += 1
                s1 = {s for s, _ in classify(t).services}
                extra = s1 - s0 - {gold}
                if extra:
                    c[1] += 1
                    bad.append((t, sorted(extra)))
                if gold in s0 and gold not in s1:
                    c[2] += 1
    for held, (n, gained, lost) in counts.items():
        kind = "held-out fillers" if held else "fillers in view of the word lists"
        print(f"{kind}: {n} texts, {gained} gained a wrong service, {lost} lost their own")
    total = [a + b for a, b in zip(counts[True], counts[False], strict=True)]
    print(f"all: {total[0]} texts, {total[1]} gained a wrong service, {total[2]} lost their own")
    if "-v" in sys.argv:
        for t, e in bad:
            print("  ", t, e)


if __name__ == "__main__":
    main()
