"""Words of the web pages in Persian and English (the report's own words live in
:mod:`azadkar.report.strings`)."""

from __future__ import annotations

LANGS = ("fa", "en")

UI: dict[str, dict[str, str]] = {
    "brand": {"en": "azadkar", "fa": "آزادکار"},
    "tagline": {
        "en": "See what generative AI does to your freelance work, and what to do about it.",
        "fa": "ببینید هوش مصنوعی مولد با کار آزاد شما چه می‌کند، و چه باید کرد.",
    },
    "local_note": {
        "en": "Runs on this machine. Nothing you type or upload leaves it.",
        "fa": "روی همین رایانه اجرا می‌شود. هیچ چیزی که می‌نویسید یا بارگذاری می‌کنید از آن خارج نمی‌شود.",
    },
    "nav_home": {"en": "Home", "fa": "خانه"},
    "nav_assess": {"en": "Assess", "fa": "ارزیابی"},
    "nav_disclose": {"en": "Disclose", "fa": "افشا"},
    "nav_market": {"en": "Market", "fa": "بازار"},
    "nav_evidence": {"en": "Evidence", "fa": "شواهد"},
    "switch_lang": {"en": "فارسی", "fa": "English"},
    "skip": {"en": "Skip to content", "fa": "رفتن به محتوا"},
    # a footnote link's name for screen readers ("Source 3"), not the bare digit
    "source_n": {"en": "Source {n}", "fa": "منبع {n}"},
    "on_this_page": {"en": "On this page", "fa": "در این صفحه"},
    # home
    "home_assess": {
        "en": "Describe your work in your own words and see, task by task, how exposed it is, what may change by 2030, and a plan.",
        "fa": "کارتان را با زبان خودتان بنویسید و وظیفه‌به‌وظیفه ببینید چقدر در معرض هوش مصنوعی است، تا ۲۰۳۰ چه تغییری ممکن است و چه برنامه‌ای دارید.",
    },
    "home_disclose": {
        "en": "Write an AI-use disclosure and contract clauses for a client; sign a file with content credentials or verify one.",
        "fa": "برای کارفرما بیانیهٔ استفاده از هوش مصنوعی و بندهای قرارداد بنویسید؛ فایلی را با اعتبارنامهٔ محتوا امضا یا بررسی کنید.",
    },
    "home_market": {
        "en": "Load job postings and measure demand, pay and inequality by category.",
        "fa": "آگهی‌های کار را بارگذاری کنید و تقاضا، دستمزد و نابرابری را به تفکیک دسته بسنجید.",
    },
    "home_evidence": {
        "en": "The datasets behind every number, their licences and versions, and the report's claims checked.",
        "fa": "داده‌های پشت هر عدد، مجوز و نسخهٔ آن‌ها، و ادعاهای گزارش در برابر شواهد.",
    },
    "start": {"en": "Start", "fa": "شروع"},
    "open": {"en": "Open", "fa": "باز کردن"},
    # assess
    "assess_title": {"en": "Assess your work", "fa": "ارزیابی کار شما"},
    "assess_intro": {
        "en": "Write what you do, as you would tell a friend: the services, the clients, the tools. Persian or English.",
        "fa": "بنویسید چه کار می‌کنید، همان‌طور که به یک دوست می‌گویید: خدمات، مشتری‌ها، ابزارها. فارسی یا انگلیسی.",
    },
    "your_words": {"en": "Your work in your own words", "fa": "کار شما به زبان خودتان"},
    "example_text": {
        "en": "I design logos and banners for small shops and manage two Instagram pages.",
        "fa": "برای مغازه‌های کوچک لوگو و بنر طراحی می‌کنم و ادمین دو پیج اینستاگرام هستم.",
    },
    "understand": {"en": "Understand my work", "fa": "کارم را بفهم"},
    "or_pick": {"en": "Or pick services yourself", "fa": "یا خودتان خدمات را انتخاب کنید"},
    "understood_title": {"en": "What azadkar understood", "fa": "برداشت آزادکار"},
    "understood_help": {
        "en": "Check the services and how your working time splits between them. Change anything that is wrong, then assess.",
        "fa": "خدمات و سهم هرکدام از زمان کارتان را بررسی کنید. هرچه نادرست است را تغییر دهید و سپس ارزیابی کنید.",
    },
    "nothing_understood": {
        "en": "No freelance service was recognised in that text. Pick your services below.",
        "fa": "در این متن خدمتی شناخته نشد. خدماتتان را در پایین انتخاب کنید.",
    },
    "category": {"en": "Category", "fa": "دسته"},
    "confidence": {"en": "confidence", "fa": "اطمینان"},
    "decided_by": {"en": "Words that decided", "fa": "واژه‌های تعیین‌کننده"},
    "model": {"en": "Model", "fa": "مدل"},
    # Persian in Latin letters ("tarjome matn"): said, with the Persian reading azadkar used
    "finglish_read": {"en": "Read as Persian", "fa": "خوانش فارسی"},
    "finglish_what": {
        "en": "written in Latin letters (“Finglish”); azadkar read it in Persian as:",
        "fa": "با حروف لاتین نوشته شده («فینگلیش»)؛ آزادکار آن را به فارسی چنین خواند:",
    },
    "finglish_note": {
        "en": "azadkar reads Persian in Latin letters less well than Persian or English "
        "script, and is not sure of this reading: check the services below, or write your "
        "description in Persian or English letters.",
        "fa": "آزادکار فارسیِ نوشته‌شده با حروف لاتین را کمتر از خط فارسی یا انگلیسی خوب "
        "می‌خواند و به این خوانش مطمئن نیست: خدمت‌های پایین را بررسی کنید، یا شرح کارتان را با "
        "حروف فارسی یا انگلیسی بنویسید.",
    },
    "service": {"en": "Service", "fa": "خدمت"},
    "share_pct": {"en": "Share of time (%)", "fa": "سهم از زمان (٪)"},
    "none_option": {"en": "— none —", "fa": "— هیچ —"},
    "add_row": {"en": "Add a service", "fa": "افزودن خدمت"},
    "shares_sum": {"en": "Shares add up to", "fa": "جمع سهم‌ها"},
    "shares_blank": {
        "en": "Leave a share blank to split what is left equally.",
        "fa": "اگر سهمی را خالی بگذارید، باقی‌مانده به‌تساوی تقسیم می‌شود.",
    },
    "rate": {"en": "Hourly rate", "fa": "نرخ ساعتی"},
    "currency": {"en": "Currency", "fa": "واحد پول"},
    "hours": {"en": "Hours per week", "fa": "ساعت در هفته"},
    "hours_ph": {"en": "40 if left empty", "fa": "۴۰، اگر خالی بماند"},
    "monthly_costs": {"en": "Monthly costs", "fa": "هزینهٔ ماهانه"},
    "monthly_costs_help": {
        "en": "Monthly costs, in the same currency (rent, tools, insurance, the least you "
        "must earn), give the plan's floor price.",
        "fa": "هزینهٔ ماهانه به همان واحد پول (اجاره، ابزارها، بیمه، کمترین درآمد لازم) "
        "کف قیمت را در برنامه می‌دهد.",
    },
    "scenario": {"en": "Scenario for 2026-2030", "fa": "سناریوی ۲۰۲۶ تا ۲۰۳۰"},
    "floor_needs_costs": {
        "en": "add your monthly costs to get a floor price",
        "fa": "برای کف قیمت، هزینه‌های ماهانه‌تان را وارد کنید",
    },
    "optional": {"en": "optional", "fa": "اختیاری"},
    "assess_btn": {"en": "Assess", "fa": "ارزیابی کن"},
    "result_title": {"en": "Your assessment", "fa": "ارزیابی شما"},
    "edit_profile": {"en": "Edit services and shares", "fa": "ویرایش خدمات و سهم‌ها"},
    "downloads": {"en": "Download", "fa": "دریافت"},
    "summary": {"en": "In short", "fa": "به‌طور خلاصه"},
    "beta_gpt4": {"en": "exposed (β, GPT-4 labels)", "fa": "در معرض (β، برچسب GPT-4)"},
    "beta_human": {"en": "exposed (β, human labels)", "fa": "در معرض (β، برچسب انسانی)"},
    "appl": {"en": "Microsoft AI applicability", "fa": "کاربردپذیری هوش مصنوعی (مایکروسافت)"},
    "beta_explain": {
        "en": "β is the share of your task time where a language model halves the time (E1), counting tasks that need LLM software (E2) half.",
        "fa": "β سهمی از زمان وظایف شماست که مدل زبانی زمان آن را نصف می‌کند (E1)، با احتساب نیمی از وظایفی که به نرم‌افزار مبتنی بر مدل نیاز دارند (E2).",
    },
    "by_layer": {"en": "Exposure by layer of change", "fa": "مواجهه به تفکیک لایهٔ تغییر"},
    "by_service": {"en": "Exposure by service", "fa": "مواجهه به تفکیک خدمت"},
    "human": {"en": "human labels", "fa": "برچسب انسانی"},
    "gpt4": {"en": "GPT-4 labels", "fa": "برچسب GPT-4"},
    "time": {"en": "time", "fa": "زمان"},
    "layer": {"en": "Layer", "fa": "لایه"},
    "tasks": {"en": "tasks", "fa": "وظیفه"},
    "report_says": {
        "en": "The report says (cited, not verified)",
        "fa": "گزارش می‌گوید (نقل‌شده، تأییدنشده)",
    },
    "most_exposed": {"en": "Most exposed tasks", "fa": "پرمواجهه‌ترین وظایف"},
    "most_human": {
        "en": "Least exposed tasks of this service (relative; see their labels)",
        "fa": "کم‌مواجهه‌ترین وظایف این خدمت (نسبی؛ برچسب‌هایشان را ببینید)",
    },
    "all_tasks": {"en": "All tasks of this service", "fa": "همهٔ وظایف این خدمت"},
    "statement": {"en": "Task (O*NET)", "fa": "وظیفه (O*NET)"},
    "labels_hg": {"en": "Human / GPT-4", "fa": "انسان / GPT-4"},
    "disagree": {
        "en": "human and GPT-4 labels disagree on",
        "fa": "برچسب انسان و GPT-4 ناهم‌خوان است در",
    },
    "of_weight": {"en": "of task weight", "fa": "از وزن وظایف"},
    "statements_en": {
        "en": "",
        "fa": "متن وظایف از پایگاه O*NET است و به انگلیسی آمده است.",
    },
    "projection": {"en": "What may change, 2026–2030", "fa": "تغییرات احتمالی، ۲۰۲۶ تا ۲۰۳۰"},
    "plan": {"en": "Your adaptation plan", "fa": "برنامهٔ سازگاری شما"},
    "not_available": {
        "en": "This part is not available in this installation yet.",
        "fa": "این بخش هنوز در این نصب در دسترس نیست.",
    },
    "evidence_title": {"en": "Where the numbers come from", "fa": "منشأ اعداد"},
    "notes": {"en": "Notes", "fa": "یادداشت‌ها"},
    # disclose
    "disclose_title": {"en": "Disclose AI use", "fa": "افشای استفاده از هوش مصنوعی"},
    "disclose_intro": {
        "en": "Describe one deliverable and how AI helped make it. azadkar writes the AI Attribution statement, a sentence for your client and contract clauses.",
        "fa": "یک تحویلی و نقش هوش مصنوعی در ساخت آن را شرح دهید. آزادکار بیانیهٔ انتساب هوش مصنوعی، جمله‌ای برای کارفرما و بندهای قرارداد را می‌نویسد.",
    },
    "d_title": {"en": "Deliverable", "fa": "تحویلی"},
    "d_title_ph": {"en": "Blog post: ten tips for cafés", "fa": "پست وبلاگ: ده نکته برای کافه‌ها"},
    "modality": {"en": "Medium", "fa": "رسانه"},
    "ai_share": {"en": "AI share of the final work (%)", "fa": "سهم هوش مصنوعی از کار نهایی (٪)"},
    "tool": {"en": "AI tool", "fa": "ابزار هوش مصنوعی"},
    "mode": {"en": "How it was used", "fa": "نحوهٔ استفاده"},
    "purpose": {"en": "For what", "fa": "برای چه"},
    "mode_generate": {"en": "generated material", "fa": "محتوا ساخت"},
    "mode_edit": {"en": "edited my material", "fa": "کار مرا ویرایش کرد"},
    "mode_assist": {"en": "assisted only", "fa": "فقط کمک کرد"},
    "mode_usual": {"en": "as the tool is usually used", "fa": "همان‌طور که معمولاً به کار می‌رود"},
    "mode_usual_note": {
        "en": "“As the tool is usually used” records, for each tool:",
        "fa": "«همان‌طور که معمولاً به کار می‌رود» برای هر ابزار این را ثبت می‌کند:",
    },
    "human_review": {
        "en": "A person reviewed all AI output before delivery",
        "fa": "یک انسان همهٔ خروجی هوش مصنوعی را پیش از تحویل بررسی کرد",
    },
    "human_review_q": {
        "en": "Did a person review all AI output before delivery?",
        "fa": "آیا یک انسان همهٔ خروجی هوش مصنوعی را پیش از تحویل بررسی کرد؟",
    },
    "yes": {"en": "Yes", "fa": "بله"},
    "no": {"en": "No", "fa": "خیر"},
    "author": {"en": "Freelancer", "fa": "آزادکار"},
    "client": {"en": "Client", "fa": "کارفرما"},
    "eu_audience": {
        "en": "Published or used in the EU",
        "fa": "در اتحادیهٔ اروپا منتشر یا استفاده می‌شود",
    },
    "platform": {"en": "Where the contract is made", "fa": "محل قرارداد"},
    "ownership": {"en": "Rights", "fa": "حقوق"},
    "own_assignment": {
        "en": "pass to the client on payment",
        "fa": "با پرداخت به کارفرما منتقل می‌شود",
    },
    "own_license": {"en": "licensed to the client", "fa": "به کارفرما مجوز داده می‌شود"},
    "max_ai_share": {
        "en": "Most AI share the client accepts (%)",
        "fa": "بیشترین سهم هوش مصنوعی مورد پذیرش کارفرما (٪)",
    },
    "disclose_btn": {"en": "Write the disclosure", "fa": "نوشتن بیانیه"},
    # the Disclose page's links to its parts
    "jump_result": {"en": "Your disclosure", "fa": "بیانیهٔ شما"},
    "jump_disclose": {"en": "Describe a deliverable", "fa": "شرح یک تحویلی"},
    "jump_sign": {"en": "Sign a file", "fa": "امضای فایل"},
    "jump_verify": {"en": "Verify files", "fa": "بررسی فایل‌ها"},
    "aia_statement": {"en": "AI Attribution statement", "fa": "بیانیهٔ انتساب هوش مصنوعی"},
    "client_sentence": {"en": "For your client", "fa": "برای کارفرما"},
    "source_type": {"en": "IPTC digital source type", "fa": "نوع منبع دیجیتال IPTC"},
    "eu_ai_act": {"en": "EU AI Act, Article 50", "fa": "قانون هوش مصنوعی اتحادیهٔ اروپا، مادهٔ ۵۰"},
    "clauses": {"en": "Contract clauses", "fa": "بندهای قرارداد"},
    "copy": {"en": "Copy", "fa": "رونوشت"},
    "copied": {"en": "Copied", "fa": "رونوشت شد"},
    "sign_title": {
        "en": "Sign a file with content credentials",
        "fa": "امضای فایل با اعتبارنامهٔ محتوا",
    },
    "sign_intro": {
        "en": "Embed a signed C2PA manifest with this disclosure in a PNG, JPEG or PDF.",
        "fa": "یک مانیفست امضاشدهٔ C2PA همراه این بیانیه را در فایل PNG، JPEG یا PDF جاسازی کنید.",
    },
    # where the TEST ONLY certificate is kept ({folder} is shown in a left-to-right isolate)
    "test_cert_kept": {
        "en": "No signing certificate of your own is set, so files are signed with a TEST ONLY "
        "certificate that nobody else trusts. It is kept in {folder} on this computer and stays "
        "the same when the server restarts: files signed here earlier still verify here.",
        "fa": "گواهی امضای خودتان تنظیم نشده است؛ پس فایل‌ها با گواهی «فقط برای آزمایش» "
        "امضا می‌شوند که هیچ‌کس دیگری به آن اعتماد ندارد. این گواهی در {folder} روی همین "
        "رایانه نگه داشته می‌شود و با راه‌اندازی دوبارهٔ سرور عوض نمی‌شود: فایل‌هایی که "
        "پیش‌تر اینجا امضا شده‌اند اینجا هنوز تأیید می‌شوند.",
    },
    "attach_disclosure": {"en": "Attach the disclosure above", "fa": "بیانیهٔ بالا پیوست شود"},
    "file": {"en": "File", "fa": "فایل"},
    # file pickers: a native file input names its button in the browser's language
    "choose_file": {"en": "Choose file", "fa": "انتخاب فایل"},
    "choose_files": {"en": "Choose files", "fa": "انتخاب فایل‌ها"},
    "no_file": {"en": "No file chosen", "fa": "فایلی انتخاب نشده"},
    "sign_btn": {"en": "Sign", "fa": "امضا کن"},
    "verify_title": {"en": "Verify a file", "fa": "بررسی یک فایل"},
    "verify_intro": {
        "en": "Read and check the content credentials of a PNG, JPEG or PDF.",
        "fa": "اعتبارنامهٔ محتوای یک فایل PNG، JPEG یا PDF را بخوانید و بررسی کنید.",
    },
    "verify_btn": {"en": "Verify", "fa": "بررسی کن"},
    "signed_ok": {"en": "Signed", "fa": "امضا شد"},
    "download_signed": {"en": "Download the signed file", "fa": "دریافت فایل امضاشده"},
    "no_disclosure_signed": {
        "en": "No disclosure was attached, so the credential records digitalCreation: made on a computer without generative AI (C2PA needs a source type). If AI was used, make the disclosure above and sign again with it attached.",
        "fa": "افشایی پیوست نشد، پس اعتبارنامه digitalCreation را ثبت کرد: ساخته‌شده با رایانه و بدون هوش مصنوعی مولد (C2PA نوع منبع می‌خواهد). اگر از هوش مصنوعی استفاده شده، افشا را بالا بسازید و دوباره با پیوست آن امضا کنید.",
    },
    "test_only": {
        "en": "Signed with a TEST ONLY certificate made on this machine: nobody else trusts it. Configure a real signing certificate for client work.",
        "fa": "با گواهی «فقط آزمایشی» که روی همین رایانه ساخته شده امضا شد: هیچ‌کس دیگری به آن اعتماد ندارد. برای کار مشتری یک گواهی امضای واقعی تنظیم کنید.",
    },
    "signer": {"en": "Signer", "fa": "امضاکننده"},
    "valid": {"en": "valid", "fa": "معتبر"},
    "invalid": {"en": "invalid", "fa": "نامعتبر"},
    "trusted": {"en": "trusted", "fa": "مورد اعتماد"},
    "not_trusted": {"en": "not trusted", "fa": "اما مورد اعتماد نیست"},
    "reasons": {"en": "What the check found", "fa": "یافته‌های بررسی"},
    "disclosure_in_file": {"en": "Disclosure in the file", "fa": "بیانیهٔ درون فایل"},
    # market
    "market_title": {"en": "The market in postings", "fa": "بازار در آینهٔ آگهی‌ها"},
    "market_intro": {
        "en": "Upload job postings as CSV, JSON Lines, JSON, Excel (.xlsx) or Parquet (Upwork exports, Jobinja spreadsheets). Rows that cannot be read are kept aside and shown.",
        "fa": "آگهی‌های کار را در قالب CSV، JSON Lines، JSON، اکسل (xlsx) یا Parquet بارگذاری کنید (خروجی آپورک، فایل‌های جابینجا). سطرهایی که خوانده نمی‌شوند کنار گذاشته و نشان داده می‌شوند.",
    },
    "postings_file": {"en": "Postings file", "fa": "فایل آگهی‌ها"},
    "ingest_btn": {"en": "Ingest", "fa": "بارگذاری"},
    "store": {"en": "Store", "fa": "انبار داده"},
    "files": {"en": "Files ingested", "fa": "فایل‌های بارگذاری‌شده"},
    "rows": {"en": "rows", "fa": "سطر"},
    "accepted": {"en": "accepted", "fa": "پذیرفته"},
    "rejected": {"en": "rejected", "fa": "ردشده"},
    "duplicates": {"en": "duplicates", "fa": "تکراری"},
    "format": {"en": "format", "fa": "قالب"},
    "skipped": {"en": "already ingested", "fa": "پیش‌تر بارگذاری شده"},
    "rejected_rows": {"en": "Rejected rows", "fa": "سطرهای ردشده"},
    "row": {"en": "row", "fa": "سطر"},
    "reason": {"en": "reason", "fa": "دلیل"},
    "raw": {"en": "content", "fa": "محتوا"},
    "indicators": {"en": "Indicators", "fa": "شاخص‌ها"},
    # a slice of the store (as `azadkar market indicators --platform ... --since ...`)
    "slice_legend": {"en": "Measure a slice of the store", "fa": "سنجش برشی از انبار"},
    "slice_help": {
        "en": "Leave a field empty to keep every posting. Dates: a day, month or year, Gregorian or Jalali (2023-01-01, 2023-06, 1402/01/01, 1402).",
        "fa": "فیلدی را که خالی بگذارید همهٔ آگهی‌ها را نگه می‌دارد. تاریخ: روز، ماه یا سال، شمسی یا میلادی، مثلاً \u2066۱۴۰۲/۰۱/۰۱\u2069، \u2066۱۴۰۲\u2069 یا \u20662023-06\u2069.",
    },
    "compare_link": {"en": "Compare two slices", "fa": "مقایسهٔ دو برش"},
    "compare_title": {"en": "Compare two slices of the store", "fa": "مقایسهٔ دو برش از انبار"},
    "compare_intro": {
        "en": "The same indicators for slice A and slice B, as azadkar market compare gives "
        "them, and B − A only where the data of both slices supports it; elsewhere the "
        "row says why not.",
        "fa": "همان شاخص‌ها برای برش \u2066A\u2069 و برش \u2066B\u2069، چنان‌که "
        "\u2066azadkar market compare\u2069 می‌دهد، و \u2066B − A\u2069 فقط آنجا که داده‌های "
        "هر دو برش پشتوانه‌اش باشد؛ جای دیگر، سطر می‌گوید چرا نه.",
    },
    "compare_side": {"en": "Slice {side}", "fa": "برش {side}"},
    "compare_label": {"en": "Name (optional)", "fa": "نام (اختیاری)"},
    "compare_btn": {"en": "Compare", "fa": "مقایسه کن"},
    "compare_nothing": {
        "en": "Give at least one field of slice A or slice B: with every field empty both "
        "slices are the whole store.",
        "fa": "دست‌کم یک فیلد از برش \u2066A\u2069 یا برش \u2066B\u2069 را پر کنید: با همهٔ "
        "فیلدها خالی، هر دو برش کل انبار است.",
    },
    "compare_figure": {"en": "figure", "fa": "رقم"},
    "compare_change": {"en": "change", "fa": "تغییر"},
    "compare_not_supported": {"en": "not supported", "fa": "پشتوانه ندارد"},
    "compare_monthly": {"en": "Postings per month, both slices", "fa": "آگهی‌های هر ماه، هر دو برش"},
    "compare_month": {"en": "month", "fa": "ماه"},
    "compare_notes": {"en": "Notes", "fa": "یادداشت‌ها"},
    "compare_both": {"en": "both slices", "fa": "هر دو برش"},
    "compare_n": {"en": "values: {a} and {b}", "fa": "شمار مقدارها: {a} و {b}"},
    "compare_back": {"en": "Back to the Market page", "fa": "بازگشت به صفحهٔ بازار"},
    "slice_platform": {"en": "Platform", "fa": "پلتفرم"},
    "slice_file": {"en": "File", "fa": "فایل"},
    "slice_country": {"en": "Client country", "fa": "کشور کارفرما"},
    "slice_since": {"en": "From", "fa": "از تاریخ"},
    "slice_until": {"en": "To", "fa": "تا تاریخ"},
    "slice_any": {"en": "all", "fa": "همه"},
    "slice_apply": {"en": "Measure this slice", "fa": "سنجش این برش"},
    "slice_whole": {"en": "The whole store", "fa": "کل انبار"},
    "postings": {"en": "postings", "fa": "آگهی"},
    "dated": {"en": "dated", "fa": "تاریخ‌دار"},
    "insufficient": {"en": "Not enough data", "fa": "دادهٔ کافی نیست"},
    "caveats": {"en": "Caveats", "fa": "ملاحظات"},
    "empty_store": {
        "en": "The store holds no postings yet. Upload a file above.",
        "fa": "انبار هنوز آگهی‌ای ندارد. فایلی را در بالا بارگذاری کنید.",
    },
    "source": {"en": "source", "fa": "منبع"},
    # evidence
    "ev_title": {"en": "Evidence", "fa": "شواهد"},
    "ev_intro": {
        "en": "Every number azadkar shows comes from one of these datasets, from a stated assumption, or from the report's cited claims — which are shown as cited, not as fact.",
        "fa": "هر عددی که آزادکار نشان می‌دهد از یکی از این داده‌ها، از فرضی اعلام‌شده، یا از ادعاهای نقل‌شدهٔ گزارش می‌آید — که به‌عنوان نقل‌قول نشان داده می‌شوند، نه واقعیت.",
    },
    "datasets": {"en": "Shipped datasets", "fa": "داده‌های همراه برنامه"},
    "licence": {"en": "licence", "fa": "مجوز"},
    "version": {"en": "version", "fa": "نسخه"},
    "shipped_files": {"en": "Shipped tables", "fa": "جدول‌های همراه"},
    "notice": {"en": "NOTICE", "fa": "اطلاعیهٔ حقوقی (NOTICE)"},
    "claims": {"en": "The report's claims, checked", "fa": "ادعاهای گزارش، سنجیده"},
    "cited": {"en": "cited, not verified", "fa": "نقل‌شده، تأییدنشده"},
    "cited_source": {"en": "cited source", "fa": "منبع نقل‌شده"},
    "how_check": {"en": "how to check", "fa": "روش سنجش"},
    "measured": {"en": "measured", "fa": "سنجیده"},
    "measured_here": {"en": "Measured here", "fa": "سنجیده در اینجا"},
    "column_word": {"en": "column", "fa": "ستون"},
    "method": {"en": "method", "fa": "روش"},
    # errors
    "error": {"en": "Something needs fixing", "fa": "چیزی نیاز به اصلاح دارد"},
    "back": {"en": "Back", "fa": "بازگشت"},
    "api_docs": {"en": "API", "fa": "راهنمای API"},
}


def t(key: str, lang: str) -> str:
    entry = UI[key]
    return entry.get(lang) or entry["en"]


__all__ = ["LANGS", "UI", "VALIDATION", "t", "unsure_note", "validation_messages"]

UI.update(
    {
        "chart_postings": {"en": "Postings per category", "fa": "تعداد آگهی در هر دسته"},
        "median_hourly": {"en": "Median hourly pay (USD)", "fa": "میانهٔ دستمزد ساعتی (دلار)"},
        "volume_chart": {"en": "Monthly postings", "fa": "آگهی‌های ماهانه"},
        "classified_by": {"en": "Categories from", "fa": "دسته‌ها از"},
        "ingest_done": {"en": "Ingested", "fa": "بارگذاری شد"},
        "all_rows": {"en": "Rows", "fa": "سطرها"},
        "no_rejected": {"en": "No row was rejected.", "fa": "هیچ سطری رد نشد."},
        "file_types": {
            "en": "The type is judged by the file's content, not its name.",
            "fa": "نوع فایل از محتوای آن تشخیص داده می‌شود، نه از نامش.",
        },
        "verdict": {"en": "verdict", "fa": "داوری"},
        "sha": {"en": "SHA-256", "fa": "SHA-256"},
        "size": {"en": "size", "fa": "اندازه"},
        "matches_manifest": {"en": "matches manifest", "fa": "مطابق فهرست"},
        "inputs": {
            "en": "Inputs the tables were built from",
            "fa": "ورودی‌هایی که جدول‌ها از آن‌ها ساخته شدند",
        },
    }
)
UI["human_short"] = {"en": "Human", "fa": "انسان"}
UI["today"] = {"en": "today", "fa": "امروز"}
UI["scenario_note"] = {
    "en": "A projection under a scenario, not a forecast: every parameter says where it comes from.",
    "fa": "برون‌یابی تحت یک سناریو، نه پیش‌بینی: منشأ هر پارامتر گفته شده است.",
}
UI["assumptions"] = {"en": "Assumptions", "fa": "فرض‌ها"}
UI["parameters"] = {"en": "Scenario parameters", "fa": "پارامترهای سناریو"}
UI["tasks_by_action"] = {"en": "What to do with each task", "fa": "با هر وظیفه چه کنید"}
UI["pricing"] = {"en": "Pricing", "fa": "قیمت‌گذاری"}
UI.update(
    {
        "platform_direct": {"en": "Direct contract", "fa": "قرارداد مستقیم"},
        "platform_upwork": {"en": "Upwork", "fa": "آپورک (Upwork)"},
        "platform_fiverr": {"en": "Fiverr", "fa": "فایور (Fiverr)"},
        "modality_text": {"en": "text", "fa": "متن"},
        "modality_image": {"en": "image", "fa": "تصویر"},
        "modality_audio": {"en": "audio", "fa": "صدا"},
        "modality_video": {"en": "video", "fa": "ویدئو"},
        "modality_code": {"en": "code", "fa": "کد"},
        "modality_mixed": {"en": "mixed", "fa": "ترکیبی"},
    }
)
UI.update(
    {
        "file_col": {"en": "file", "fa": "فایل"},
        "kb": {"en": "KB", "fa": "کیلوبایت"},
    }
)

# Plain words for the content-credential checks azadkar reports (codes from C2PA / azadkar).
REASONS: dict[str, dict[str, str]] = {
    "signer.testOnly": {
        "en": "Signed with a TEST ONLY certificate made on a local machine.",
        "fa": "با گواهی «فقط آزمایشی» که روی یک رایانهٔ محلی ساخته شده امضا شده است.",
    },
    "trust.notChecked": {
        "en": "Trust was not checked: no trusted CA is configured.",
        "fa": "اعتماد بررسی نشد: هیچ مرجع گواهی مورد اعتمادی تنظیم نشده است.",
    },
    "file.damaged": {
        "en": "The file could not be read: it may be damaged or cut short (an incomplete "
        "download or copy, for instance). Get it again from its sender or source.",
        "fa": "فایل خوانده نمی‌شود: شاید آسیب دیده یا ناقص باشد (برای نمونه، دریافت یا "
        "رونوشت‌برداری آن نیمه‌کاره مانده است). آن را دوباره از فرستنده یا منبعش بگیرید.",
    },
    "manifest.notFound": {
        "en": "The file has no content credentials (no C2PA manifest).",
        "fa": "این فایل اعتبارنامهٔ محتوا (مانیفست C2PA) ندارد.",
    },
    "signingCredential.untrusted": {
        "en": "The signing certificate does not lead to a trusted CA.",
        "fa": "گواهی امضا به مرجع گواهی مورد اعتمادی نمی‌رسد.",
    },
    "assertion.dataHash.mismatch": {
        "en": "The file's content changed after it was signed.",
        "fa": "محتوای فایل پس از امضا تغییر کرده است.",
    },
}
UI["disagree_cap"] = {
    "en": "of task weight where human and GPT-4 labels disagree",
    "fa": "از وزن وظایف که برچسب انسان و GPT-4 در آن ناهم‌خوان است",
}
UI["no_rate"] = {
    "en": "No hourly rate given: income is shown as a share of today's. Add your rate to see amounts.",
    "fa": "نرخ ساعتی داده نشده: درآمد به‌صورت درصدی از امروز نشان داده می‌شود. برای دیدن مبلغ، نرخ خود را وارد کنید.",
}
UI.update(
    {
        "other_tables": {"en": "Models, scenarios and catalogues", "fa": "مدل، سناریوها و فهرست‌ها"},
        "what_classifier": {"en": "Text classifier", "fa": "طبقه‌بند متن"},
        "what_scenario": {"en": "Scenario", "fa": "سناریو"},
        "what_tool_catalogue": {"en": "AI tool catalogue", "fa": "فهرست ابزارهای هوش مصنوعی"},
        "what_exchange_rates": {"en": "Exchange rates", "fa": "نرخ ارز"},
        "status_cited_not_verified": {"en": "cited, not verified", "fa": "نقل‌شده، تأییدنشده"},
        "status_measured": {"en": "measured", "fa": "سنجیده"},
        "status_assumption": {"en": "assumption", "fa": "فرض"},
    }
)
UI["classify_failed"] = {
    "en": "The postings were stored, but the classifier could not assign categories; per-category figures need a platform category or a working classifier.",
    "fa": "آگهی‌ها ذخیره شدند، اما طبقه‌بند نتوانست دسته‌ها را تعیین کند؛ ارقام هر دسته به دستهٔ پلتفرم یا طبقه‌بندِ سالم نیاز دارد.",
}
UI["status_trained"] = {"en": "trained", "fa": "آموزش‌دیده"}
UI.update(
    {
        # α / β / γ as the report defines them (azadkar.report.strings: ev_scores, ev_labels).
        "greek_legend": {
            "en": "α = share of task time where a language model alone halves the time (E1); "
            "β = E1 plus half of the tasks that need LLM-powered software (E2); "
            "γ = E1 + E2, every task a language model or software built on one speeds up. "
            "Bars show β.",
            "fa": "α = سهمی از زمان وظایف که مدل زبانی به‌تنهایی زمانشان را نصف می‌کند (E1)؛ "
            "β = همان E1 به‌علاوهٔ نیمی از وظایفی که به نرم‌افزار مبتنی بر مدل زبانی نیاز دارند (E2)؛ "
            "γ = E1 + E2، همهٔ وظایفی که مدل زبانی یا نرم‌افزار مبتنی بر آن سرعتشان را بیشتر می‌کند. "
            "نوارها β را نشان می‌دهند.",
        },
        "alpha_title": {
            "en": "α: a language model alone halves the time (E1)",
            "fa": "α: مدل زبانی به‌تنهایی زمان را نصف می‌کند (E1)",
        },
        "gamma_title": {
            "en": "γ: with LLM-powered software too (E1 + E2)",
            "fa": "γ: با نرم‌افزار مبتنی بر مدل زبانی هم (E1 + E2)",
        },
    }
)
UI.update(
    {
        "already_title": {
            "en": "This file was already ingested.",
            "fa": "این فایل پیش‌تر بارگذاری شده است.",
        },
        "already_body": {
            "en": "{file} has the same content as file {id} in the store, so nothing was added "
            "and the figures below are unchanged.",
            "fa": "محتوای {file} با فایل {id} در انبار یکی است؛ پس چیزی افزوده نشد و ارقام "
            "پایین تغییری نکرده‌اند.",
        },
        "model_word": {"en": "model", "fa": "مدل"},
        "n_label": {"en": "n =", "fa": "تعداد"},
        "scroll_hint": {"en": "← swipe to see more →", "fa": "← برای دیدن بقیه بکشید →"},
        # the name a screen reader gives a table's sideways-scrolling box (it takes focus,
        # so the keyboard's arrow keys scroll it)
        "table_region": {
            "en": "Table (scrolls sideways with the arrow keys)",
            "fa": "جدول (با کلیدهای جهت به پهلو می‌لغزد)",
        },
    }
)
UI.update(
    {
        "describe_first": {
            "en": "Describe your work first: write a sentence or two about what you do and "
            "for whom, or pick your services below.",
            "fa": "اول کارتان را شرح دهید: یکی دو جمله بنویسید که چه کاری و برای چه کسی انجام "
            "می‌دهید، یا خدماتتان را در پایین انتخاب کنید.",
        },
        "confidence_note": {
            "en": "How sure the classifier is of each service, not a share of your time: "
            "set the shares in the form below.",
            "fa": "میزان اطمینان طبقه‌بند به هر خدمت است، نه سهم از زمان شما؛ سهم‌ها را در فرم "
            "پایین تعیین کنید.",
        },
    }
)
UI["pick_from_list"] = {
    "en": "Pick the service from the list in the form below.",
    "fa": "خدمت را از فهرست خدمات در فرم پایین انتخاب کنید.",
}
UI["form_errors"] = {
    "en": "Please correct these fields:",
    "fa": "لطفاً این موارد فرم را اصلاح کنید:",
}
UI.update(
    {
        "lang_name_fa": {"en": "فارسی (fa)", "fa": "فارسی (fa)"},
        "lang_name_en": {"en": "English (en)", "fa": "English (en)"},
    }
)

# The browser's own form checks ("Please fill out this field.") speak the browser's
# language, not the page's; app.js puts these in their place (setCustomValidity). Braces
# are filled in by the script: {min}, {max}, {step}, {n} (characters typed).
VALIDATION: dict[str, dict[str, str]] = {
    "missing": {"en": "Please fill in this field.", "fa": "لطفاً این بخش را پر کنید."},
    "missing_file": {"en": "Please choose a file.", "fa": "لطفاً یک فایل انتخاب کنید."},
    "missing_select": {
        "en": "Please choose an option from the list.",
        "fa": "لطفاً یکی از گزینه‌های فهرست را انتخاب کنید.",
    },
    "missing_check": {
        "en": "Tick this box to go on.",
        "fa": "برای ادامه، این گزینه را علامت بزنید.",
    },
    "missing_choice": {
        "en": "Choose one of the answers to go on.",
        "fa": "برای ادامه، یکی از پاسخ‌ها را انتخاب کنید.",
    },
    "bad_input": {"en": "Please enter a number.", "fa": "لطفاً یک عدد وارد کنید."},
    "under": {
        "en": "Please enter {min} or more.",
        "fa": "لطفاً عددی برابر {min} یا بیشتر وارد کنید.",
    },
    "over": {
        "en": "Please enter {max} or less.",
        "fa": "لطفاً عددی برابر {max} یا کمتر وارد کنید.",
    },
    "step": {
        "en": "Please enter a number in steps of {step}.",
        "fa": "لطفاً عددی با گام {step} وارد کنید.",
    },
    "too_long": {
        "en": "Please use at most {max} characters (now {n}).",
        "fa": "لطفاً حداکثر {max} نویسه بنویسید (اکنون {n} نویسه).",
    },
    "too_short": {
        "en": "Please use at least {min} characters (now {n}).",
        "fa": "لطفاً دست‌کم {min} نویسه بنویسید (اکنون {n} نویسه).",
    },
    "format": {
        "en": "This value is not in the expected form.",
        "fa": "این مقدار به شکل مورد انتظار نیست.",
    },
}


def validation_messages(lang: str) -> dict[str, str]:
    """The form-check messages in ``lang``, for the page's ``data-validation`` attribute."""
    return {key: entry.get(lang) or entry["en"] for key, entry in VALIDATION.items()}


# Presentation fixes: azadkar's own notes, billable hours, the market's re-categorisation
# notice and the verify heading for a TEST ONLY signature.
UI.update(
    {
        "azadkar_note": {"en": "azadkar's note", "fa": "یادداشت آزادکار"},
        "billable_hours": {
            "en": "Billable hours a month",
            "fa": "ساعت قابل صورت‌حساب در ماه",
        },
        "billable_ph": {"en": "70% of your hours", "fa": "۷۰٪ ساعت‌های کاری"},
        "fx_field": {
            "en": "Your currency per US dollar",
            "fa": "نرخ دلار به واحد پول شما",
        },
        "fx_ph": {"en": "e.g. 1.38 for CAD", "fa": "خالی: نرخ تاریخ‌دار آزادکار"},
        "fx_help": {
            "en": "How many units of your currency buy one US dollar today. With it the floor "
            "price is also shown in USD; for rial and toman it replaces azadkar's dated "
            "open-market rate. Leave it empty for USD.",
            "fa": "امروز با چند واحد از پول شما یک دلار آمریکا می‌شود خرید. با آن کف قیمت به "
            "دلار هم نشان داده می‌شود؛ برای ریال و تومان جای نرخ بازار آزاد تاریخ‌دار آزادکار "
            "را می‌گیرد. برای دلار خالی بگذارید.",
        },
        "fx_from_form": {"en": "from the form", "fa": "از فرم"},
        "recategorised_title": {
            "en": "Categories recomputed for the whole store",
            "fa": "دسته‌ها برای همهٔ آگهی‌های انبار دوباره تعیین شد",
        },
        "recategorised_body": {
            "en": "After this upload the categories of all {n} postings in the store come from "
            "azadkar's classifier model {model}, which reads each posting's title, skills and "
            "description, not from the platforms' own labels. The counts and pay per category "
            "below can therefore differ a lot from before the upload, also for files you "
            "uploaded earlier: compare them with this in mind.",
            "fa": "پس از این بارگذاری، دستهٔ همهٔ {n} آگهی انبار را مدل دسته‌بندی آزادکار "
            "{model} تعیین می‌کند (از عنوان، مهارت‌ها و شرح هر آگهی)، نه برچسب خود پلتفرم‌ها. "
            "برای همین تعداد و دستمزد هر دسته در پایین ممکن است با پیش از بارگذاری بسیار فرق "
            "کند، حتی برای فایل‌هایی که پیش‌تر بارگذاری کرده بودید؛ مقایسه را با این در نظر "
            "بگیرید.",
        },
        "valid_test_only": {
            "en": "valid signature, made with a TEST ONLY certificate: not trusted for clients",
            "fa": "امضای معتبر با گواهی «فقط آزمایشی»: برای مشتری قابل اعتماد نیست",
        },
    }
)

# The walkthrough's fixes (a Tehran designer on a phone, a Toronto copywriter on a desktop):
# whole sentences instead of pieces, units and sources beside every number.
UI.update(
    {
        "disagree_line": {
            "en": "Human and GPT-4 labels disagree on {pct} of task weight.",
            "fa": "برچسب انسان و GPT-4 در {pct} از وزن وظایف با هم ناهم‌خوان است.",
        },
        "share_conflict": {
            "en": "Your contract clauses cap the AI-produced share at about {cap}% "
            "(“{cap_label}”), but this deliverable's disclosure states {share}% "
            "(“{share_label}”): the contract would contradict its own disclosure. Raise the "
            "cap to at least {share}%, or check the AI share.",
            "fa": "بندهای قرارداد سهم محتوای ساختهٔ هوش مصنوعی را به حدود {cap}٪ محدود می‌کنند "
            "(«{cap_label}»)، اما افشانامهٔ همین تحویلی {share}٪ می‌گوید («{share_label}»): "
            "قرارداد با افشانامهٔ خودش ناسازگار می‌شود. سقف را دست‌کم {share}٪ بگذارید یا سهم "
            "هوش مصنوعی را بازبینی کنید.",
        },
        "no_credentials": {
            "en": "no content credentials: the file is not signed (this alone says nothing "
            "about who made it or how)",
            "fa": "بدون اعتبارنامهٔ محتوا: فایل امضا نشده است (این به‌تنهایی چیزی دربارهٔ "
            "سازنده یا روش ساخت آن نمی‌گوید)",
        },
        "damaged_file": {
            "en": "could not be checked: the file is damaged or cut short",
            "fa": "بررسی نشد: فایل آسیب دیده یا ناقص است",
        },
        "sender_ca": {
            "en": "The sender's CA file (optional, .pem)",
            "fa": "فایل گواهی مرجع فرستنده (اختیاری، \u2066.pem\u2069)",
        },
        "sender_ca_help": {
            "en": "If the sender gave you their CA certificate (for example ca.pem), add it "
            "to check that the file was signed with a certificate from it.",
            "fa": "اگر فرستنده گواهی مرجع خود (برای نمونه \u2066ca.pem\u2069) را به شما داده "
            "است، آن را بیفزایید تا بررسی شود که فایل با گواهی‌ای از همان مرجع امضا شده است.",
        },
        "verdict_sender_ca": {
            "en": "valid and signed with a certificate from the CA file you gave",
            "fa": "معتبر و امضاشده با گواهی‌ای از فایل گواهی مرجعی که دادید",
        },
        "verdict_sender_ca_test_only": {
            "en": "valid, signed with a TEST ONLY certificate from the CA file you gave",
            "fa": "معتبر، امضاشده با گواهی «فقط آزمایشی» از فایل گواهی مرجعی که دادید",
        },
        "verdict_other_signer": {
            "en": "valid signature, but not from the CA file you gave",
            "fa": "امضای معتبر، اما نه از فایل گواهی مرجعی که دادید",
        },
        "changed_after_signing": {
            "en": "invalid: the file changed after it was signed (its credentials no longer "
            "describe it)",
            "fa": "نامعتبر: فایل پس از امضا تغییر کرده است (اعتبارنامه‌اش دیگر وصف آن نیست)",
        },
        "tools_in_file": {"en": "AI tools it names", "fa": "ابزارهای هوش مصنوعی نام‌برده"},
        "made_how": {"en": "Who made it", "fa": "سازنده"},
        "d_date": {"en": "Delivery date", "fa": "تاریخ تحویل"},
        "save_disclosure": {"en": "Save this disclosure", "fa": "ذخیرهٔ این افشانامه"},
        "save_disclosure_help": {
            "en": "JSON keeps the record for your files and for signing on the command line "
            "(`azadkar credentials sign --disclosure`); Markdown has the statement, the client "
            "sentence and the clauses; the PDF has the clauses, to attach to the contract.",
            "fa": "JSON افشانامه را برای بایگانی و امضا در خط فرمان نگه می‌دارد "
            "(`azadkar credentials sign --disclosure`)؛ Markdown بیانیه، جملهٔ مشتری و بندها را "
            "دارد؛ PDF بندها را دارد، برای پیوست قرارداد.",
        },
        "dl_disclosure_json": {"en": "Disclosure (JSON)", "fa": "افشانامه (JSON)"},
        "dl_disclosure_md": {
            "en": "Disclosure and clauses (Markdown)",
            "fa": "افشانامه و بندها (Markdown)",
        },
        "dl_clauses_pdf": {"en": "Clauses (PDF)", "fa": "بندها (PDF)"},
        # the clauses in the page's other language, for a client who reads only that one
        "dl_clauses_pdf_other": {"en": "Clauses in Persian (PDF)", "fa": "بندها به انگلیسی (PDF)"},
        "ai_share_short": {"en": "AI share", "fa": "سهم هوش مصنوعی"},
        "file_says": {
            "en": "What the file says about itself",
            "fa": "آنچه فایل دربارهٔ خودش می‌گوید",
        },
        "invalid_caution": {
            "en": "The check failed, so nothing the file says about itself, including the "
            "disclosure below, can be relied on for this file. Ask for the file again.",
            "fa": "بررسی ناموفق بود، پس به هیچ‌چیزی که فایل دربارهٔ خودش می‌گوید، از جمله "
            "بیانیهٔ زیر، برای این فایل نمی‌توان تکیه کرد. فایل را دوباره بخواهید.",
        },
        "docs_title": {"en": "The HTTP API", "fa": "رابط HTTP (API)"},
        "docs_intro": {
            "en": "Every page of this app has a JSON counterpart for scripts and other tools. "
            "It runs on this machine like the pages: nothing you send leaves it.",
            "fa": "هر صفحهٔ این برنامه همتایی به JSON برای اسکریپت‌ها و ابزارهای دیگر دارد. "
            "مثل صفحه‌ها روی همین رایانه اجرا می‌شود: چیزی که می‌فرستید از آن خارج نمی‌شود.",
        },
        "docs_openapi": {
            "en": "The full description (request and answer schemas), for tools that read OpenAPI:",
            "fa": "شرح کامل (ساختار درخواست‌ها و پاسخ‌ها)، برای ابزارهایی که OpenAPI می‌خوانند:",
        },
        "docs_errors": {
            "en": "Errors are RFC 9457 problem details (application/problem+json), with the "
            "message in English (detail) and Persian (detail_fa).",
            "fa": "خطاها به قالب RFC 9457 (application/problem+json) برمی‌گردند، با پیام "
            "انگلیسی (detail) و فارسی (detail_fa).",
        },
        "docs_body": {"en": "Body", "fa": "بدنهٔ درخواست"},
        "docs_urlencode": {
            "en": "Persian words in an address go through `--data-urlencode` (with `-G`): curl "
            "sends an address as typed, and the server refuses Persian letters in it "
            "(“Invalid HTTP request received.”). Browsers encode them themselves.",
            "fa": "واژه‌های فارسی در نشانی را با `--data-urlencode` (همراه `-G`) بفرستید: "
            "curl نشانی را همان‌طور که نوشته شده می‌فرستد و سرور حروف فارسی را در آن نمی‌پذیرد "
            "(`Invalid HTTP request received.`). مرورگرها خودشان آن‌ها را رمزگذاری می‌کنند.",
        },
        "shares_guess": {
            "en": "The shares below are a first guess, not yours: azadkar split your time in "
            "proportion to how sure it is of each service. Set them to how your week really "
            "splits before you assess.",
            "fa": "سهم‌های زیر حدسی اولیه است، نه سهم واقعی شما: آزادکار زمانتان را به نسبت "
            "اطمینانش به هر خدمت تقسیم کرده است. پیش از ارزیابی، آن‌ها را مطابق تقسیم واقعی "
            "هفتهٔ کاری‌تان تنظیم کنید.",
        },
        # the services read with less than even confidence (Classification.maybe): shown
        # above with their confidence, given no row below; said, so none seems dropped
        "maybe_left_out": {
            "en": "Not given a row in the form below, because azadkar is less than {min} sure "
            "of them: {names}. If you do this work too, add it to the form.",
            "fa": "این‌ها ردیفی در فرم زیر نگرفتند، چون اطمینان آزادکار به آن‌ها کمتر از {min} "
            "است: {names}. اگر این کار را هم می‌کنید، آن را به فرم اضافه کنید.",
        },
    }
)

# Where the projection's assumptions come from (``azadkar.projection`` gives it in English
# only): Persian pages show these, and any other source as English, marked so.
ASSUMPTION_SOURCES_FA = {
    "azadkar assumption": "فرض آزادکار",
    "azadkar model": "مدل آزادکار",
    "azadkar assumption (O*NET gives no time shares)": (
        "فرض آزادکار (\u2066O*NET\u2069 سهم زمانی وظایف را نمی‌دهد)"
    ),
    "azadkar assumption (no source gives the path)": (
        "فرض آزادکار (هیچ منبعی مسیر تغییر را نمی‌دهد)"
    ),
    "GPTs are GPTs (Eloundou et al. 2023) labels; the averaging is azadkar's": (
        "برچسب‌های پژوهش \u2066GPTs are GPTs\u2069 (الوندو و همکاران ۲۰۲۳)؛ میانگین‌گیری از آزادکار است"
    ),
}

UI.update(
    {
        "set_aside": {"en": "Set aside", "fa": "کنار گذاشته"},
        # a job post's context (azadkar.text._brief): named, never read as the work asked for
        "context_set_aside": {"en": "Context, not the work", "fa": "زمینهٔ آگهی، نه خود کار"},
        "context_why": {
            "en": "what the post says is already done, handled or not wanted, or who the "
            "company is: not read",
            "fa": "آنچه آگهی می‌گوید انجام شده است، کس دیگری انجام می‌دهد یا خواسته نشده، یا "
            "معرفی شرکت: خوانده نشد",
        },
        "set_aside_why": {
            "en": "terms of work, not a service: not read",
            "fa": "شرط کار است، نه خدمت: خوانده نشد",
        },
        "unsure_check": {
            "en": "Unsure between {a} and {b}: the words do not tell them apart. Check the "
            "services below.",
            "fa": "نامطمئن میان {a} و {b}: واژه‌های متن این دو را از هم جدا نمی‌کنند. خدمت‌های "
            "پایین را بررسی کنید.",
        },
        "unsure_edit": {
            "en": "Unsure between {a} and {b}: the words do not tell them apart. If yours is the "
            "other, change it with “{edit}”.",
            "fa": "نامطمئن میان {a} و {b}: واژه‌های متن این دو را از هم جدا نمی‌کنند. اگر کار شما "
            "دومی است، با «{edit}» تغییرش دهید.",
        },
    }
)


# The profile form's working-language choice (as `--work-language`): the plan checks the
# tools it suggests for text work against it.
UI.update(
    {
        "work_language_field": {"en": "Language you work in", "fa": "زبان کارتان"},
        "wl_auto": {"en": "As my description shows", "fa": "از روی شرح کارم"},
        "wl_fa": {"en": "Persian", "fa": "فارسی"},
        "wl_en": {"en": "English", "fa": "انگلیسی"},
        "wl_both": {"en": "Both", "fa": "هر دو"},
        "work_language_help": {
            "en": "The plan suggests tools for text work (writing, editing, translating) that "
            "serve this language: Grammarly, for one, does not check Persian. “As my "
            "description shows” reads it from the language of your description and the "
            "languages it names.",
            "fa": "برنامه برای کار متنی (نوشتن، ویرایش، ترجمه) ابزارهایی پیشنهاد می‌کند که این "
            "زبان را پشتیبانی کنند؛ مثلاً \u2068Grammarly\u2069 متن فارسی را بررسی نمی‌کند. "
            "«از روی شرح کارم» زبان را از زبانِ شرح کارتان و زبان‌هایی که در آن نام برده‌اید "
            "می‌خواند.",
        },
    }
)


def unsure_note(c: object, lang: str, key: str = "unsure_check") -> str:
    """The sentence of a classification (``c``) whose text does not tell its two best
    services apart (``Classification.unsure``: "edit photos" reads as product or portrait
    photography), naming both with their confidence; "" when it does (or ``c`` is None).
    ``key``: ``unsure_check`` (the understood page, whose form is below) or
    ``unsure_edit`` (the result page)."""
    pairs = list(getattr(c, "unsure", None) or [])
    if len(pairs) < 2:
        return ""
    from azadkar.report.strings import confidence
    from azadkar.taxonomy import load_taxonomy

    def named(sid: str, p: float) -> str:
        try:
            name = load_taxonomy().service(sid).name(lang)
        except Exception:  # an id the taxonomy does not know (a custom model): as it is
            name = sid
        if lang == "fa":
            return f"«{name}» ({confidence(p, lang, isolate=True)})"
        return f"{name} ({confidence(p, lang)})"

    (a, pa), (b, pb) = pairs[:2]
    return t(key, lang).format(a=named(a, pa), b=named(b, pb), edit=t("edit_profile", lang))


# helper-105: verifying several files at once, and the chain of earlier signed versions.
UI.update(
    {
        "verify_files_title": {"en": "Verify files", "fa": "بررسی فایل‌ها"},
        "verify_files_intro": {
            "en": "Read and check the content credentials of PNG, JPEG or PDF files: choose "
            "one, or several at once to check a whole delivery (a cover, the text, the "
            "contract).",
            "fa": "اعتبارنامهٔ محتوای فایل‌های PNG، JPEG یا PDF را بخوانید و بررسی کنید: یک "
            "فایل، یا چند فایل با هم برای بررسی یک تحویلیِ کامل (جلد، متن، قرارداد).",
        },
        "verify_files_label": {
            "en": "Files (PNG, JPEG, PDF; one or more)",
            "fa": "فایل‌ها (PNG، JPEG، PDF؛ یک یا چند فایل)",
        },
        "verify_files_summary": {"en": "{n} files checked", "fa": "{n} فایل بررسی شد"},
        "verify_files_note": {
            "en": "A file that could not be checked is listed with the reason; none is left out.",
            "fa": "فایلی که بررسی نشد با دلیلش فهرست شده است؛ هیچ فایلی کنار گذاشته نشده است.",
        },
        "not_checked": {"en": "not checked", "fa": "بررسی نشد"},
        "count_unsigned": {"en": "no content credentials", "fa": "بدون اعتبارنامهٔ محتوا"},
        "count_changed": {
            "en": "invalid: changed after signing",
            "fa": "نامعتبر: پس از امضا تغییر کرده است",
        },
        "verify_details": {"en": "Details", "fa": "جزئیات"},
        "earlier_versions": {
            "en": "Earlier versions (provenance chain)",
            "fa": "نسخه‌های پیشین (زنجیرهٔ منشأ)",
        },
        "earlier_versions_help": {
            "en": "This file was made from a file that already carried content credentials. "
            "Its credentials keep the earlier version's, so who made what can be followed "
            "back. The newest first.",
            "fa": "این فایل از فایلی ساخته شده که خودش اعتبارنامهٔ محتوا داشت. اعتبارنامهٔ آن "
            "اعتبارنامهٔ نسخهٔ پیشین را نگه داشته است تا بتوان دنبال کرد چه کسی چه چیزی "
            "ساخته است. جدیدترین نخست.",
        },
        "earlier_version_n": {"en": "Earlier version {n}", "fa": "نسخهٔ پیشین {n}"},
        "earlier_version": {"en": "Earlier version", "fa": "نسخهٔ پیشین"},
        "earlier_invalid_signed": {
            "en": "The credentials the file carried did not check out (the file may have been "
            "changed after they were signed): they are kept as they are, and whoever checks "
            "the signed file is told not to rely on them.",
            "fa": "اعتبارنامه‌ای که فایل با خود داشت درست درنیامد (شاید فایل پس از امضای آن "
            "تغییر کرده باشد): همان‌طور که هست نگه داشته شد و هر کس فایل امضاشده را بررسی "
            "کند می‌خواند که نباید به آن تکیه کند.",
        },
        "made_with": {"en": "Credentials made with", "fa": "اعتبارنامه ساخته‌شده با"},
        "signed_at": {"en": "Signed at", "fa": "زمان امضا"},
        "done_since": {"en": "What was done since", "fa": "آنچه از آن پس انجام شد"},
        "kept_earlier": {
            "en": "This file already carried content credentials: they are kept in the signed "
            "file as its earlier version, so who made what can still be followed back.",
            "fa": "این فایل از پیش اعتبارنامهٔ محتوا داشت: در فایل امضاشده به‌عنوان نسخهٔ "
            "پیشینِ آن نگه داشته شد تا بتوان دنبال کرد چه کسی چه چیزی ساخته است.",
        },
        "no_disclosure_opened": {
            "en": "No disclosure was attached, so the credential says only that this file was "
            "opened from its earlier version, not what was done to it since. Make the "
            "disclosure above and sign again with it attached.",
            "fa": "افشایی پیوست نشد، پس اعتبارنامه فقط می‌گوید این فایل از نسخهٔ پیشینش باز "
            "شده است، نه اینکه از آن پس چه کاری روی آن انجام شد. افشا را بالا بسازید و "
            "دوباره با پیوست آن امضا کنید.",
        },
        "earlier_trust": {
            "en": "Signer from the trusted CA",
            "fa": "امضاکننده از مرجع مورد اعتماد",
        },
        "earlier_actions": {"en": "Its actions", "fa": "کنش‌های آن"},
        "earlier_failed": {
            "en": "Its credentials did not check out when this version was signed: do not "
            "rely on what they say.",
            "fa": "اعتبارنامهٔ آن هنگام امضای این نسخه درست درنیامد: به آنچه می‌گوید تکیه نکنید.",
        },
    }
)

# helper-105: the reason a file made from an earlier version whose credentials failed gets.
REASONS.update(
    {
        "azadkar.earlier.failed": {
            "en": "The credentials of an earlier version this file was made from did not check "
            "out: do not rely on what they say about that version.",
            "fa": "اعتبارنامهٔ نسخهٔ پیشینی که این فایل از آن ساخته شده درست درنیامد: به آنچه "
            "دربارهٔ آن نسخه می‌گوید تکیه نکنید.",
        },
    }
)
