"""Build the English training corpus for helper B's services (photo_video, translation,
customer_service, data_ai, other) plus out-of-taxonomy negatives (_other.tsv).

Each service gets hand-written full lines (HAND, prefixed t/p/s for title/post/self) and a
smaller share of rows combined from hand-written fragments (FRAG) with a fixed seed, so the
output is byte-identical on every run.  Run: .venv/bin/python training/corpus/en/gen_B.py
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
KIND = {"t": "title", "p": "post", "s": "self"}
HAND: dict[str, str] = {}

HAND["portrait_photography"] = """
t Portrait photographer needed for corporate headshots (12 staff)
t Headshot photographer - LinkedIn profile photos, Austin TX
t Family portrait session at the park this Saturday
t Need a photographer for professional headshots of our law firm partners
t Actor headshots - natural light, 2 looks
t Newborn & maternity photoshoot in Toronto
t Graduation portraits for my daughter (outdoor, golden hour)
t Looking for Portrait Photographer – Personal Branding Shoot
t Pet portrait photographer wanted (2 dogs, studio)
t Engagement photo session - couple portraits in Brooklyn
t Team headshots on-site at our office, consistent grey background
t Boudoir photographer for a tasteful private session
t Senior portraits photographer, around 1 hr session
t Model portfolio test shoot - need TFP or paid photographer
t personal branding photos for coach website
t Photographer for real estate agent headshots (30 agents)
t Professional portrait retouching + headshot session
t Fashion portrait shoot for Instagram influencer
t Studio headshots for nurses at our clinic, same day turnaround
t Family photos christmas mini session
t Wedding portraits only (couple shots after ceremony, 2 hours)
t doctor headshots for hospital website
t Photographer needed for author photo (book jacket)
t Cake smash photography for 1st birthday
t Dating profile photos - natural, candid portraits
p We need clean, consistent headshots of 15 employees for our new website. Shoot on site at our Denver office, white or light grey background, retouched JPGs delivered within a week.
p Looking for a photographer for a 1-hour family session in a park near Lisbon. Two adults, three kids, one very energetic golden retriever. Would like around 30 edited photos.
p I'm a business coach rebranding my site and need personal branding portraits: working at laptop, speaking, a few close-up headshots. Lifestyle vibe, not stiff corporate.
p Actor here. Need updated theatrical and commercial headshots, 2-3 looks, natural light preferred. Please share your headshot portfolio and rate.
p Our startup is raising a round and the founders need nice portrait photos for press. Half-day shoot in SF, budget around $800.
p Need maternity photos at 32 weeks, outdoor beach location, sunset. Please include hair/makeup suggestions if you work with a MUA.
p Hiring a portrait photographer for a LinkedIn headshot day at our conference booth - expect ~120 attendees, quick 5 min sessions, photos emailed same day.
p looking for someone to take graduation pics for my son, campus location, about an hour. budget 150-250
p We run a dental practice and want warm, friendly portraits of our 6 dentists and hygienists for the website and Google profile. Retouching should be light, no plastic skin.
p Want a photographer to capture environmental portraits of artisans in their workshops for a magazine feature. Experience with off-camera flash a must.
p Newborn session (baby will be 10 days old) in our home. Must be experienced with safe newborn posing.
p We need a pet photographer for our dog daycare - individual portraits of ~25 dogs for a calendar.
s Portrait and headshot photographer based in Chicago. I help professionals look confident and approachable - most sessions take under 30 minutes and you pick your favourites on the spot.
s I shoot natural light family and newborn portraits around Melbourne. Relaxed sessions, lots of play, gentle posing, 40+ edited images in an online gallery.
s Corporate headshot specialist. I bring a portable studio (lights, backdrop, tethered laptop) to your office and can photograph 50+ people in a day with a consistent look.
s Personal branding photographer for coaches, authors and small business owners. I plan the shot list with you so every image has a purpose on your website and socials.
s I'm a portrait photographer with 8 years of experience, Canon R5 and a studio in Manchester. Headshots, actor portfolios, model tests and editorial portraits.
s Maternity, newborn and family photographer. Fully insured, trained in newborn safety, home or studio sessions.
s Lifestyle & portrait photographer - I love candid moments more than stiff poses. Engagements, couples, families, seniors.
s Hi! I take professional headshots for LinkedIn, resumes and company websites. Retouching in Lightroom and Photoshop included, delivered in 48h.
s Fashion and beauty portrait photographer working with models, agencies and influencers. Strong lighting skills, moody or bright editorial looks.
s pet photographer :) dogs, cats, horses - patient, treats in pocket, outdoor or studio
s Headshots for actors and performers. I know what casting directors want to see and I'll coach your expressions during the session.
s I photograph people: executives, doctors, artists, teams. Clean on-location portraits with professional retouching.
s Boudoir and glamour portrait photographer, female-owned studio, safe and empowering experience.
s School and graduation portrait photographer, I handle large volumes with organized workflow and online ordering.
"""

HAND["product_photography"] = """
t Amazon product photography - white background, 7 images per listing
t Product photographer for Shopify jewelry store
t Need lifestyle product photos for skincare brand
t Ecommerce photography for 40 SKUs (clothing, ghost mannequin)
t Flat lay photos for candle company Instagram
t Food photography for restaurant menu & delivery apps
t Packshot photography - cosmetics, pure white bg
t 360 product spin photography for furniture website
t Etsy listing photos for handmade ceramics
t Product photos + infographic images for Amazon FBA
t Photographer for supplement bottles - hero shots and lifestyle
t Shoe photography for online store, 60 pairs
t Beverage photography with splash effects
t Need photos of my handmade soaps for website
t Watch product shots with reflections, high end retouch
t Amazon main image retouching and product photo editing
t Clothing on-model photography for fashion e-commerce
t Product photography & editing for kitchen gadgets
t Photograph 200 auto parts on white for eBay listings
t Tabletop product photographer - coffee brand
t lifestyle shots of our backpack in outdoor settings
t Photographer for jewelry macro shots (rings, earrings)
t Catalog photography for B2B tool manufacturer
t Product image clipping path + background removal (500 images)
p We sell kitchen utensils on Amazon and need a full image set for 5 products: main image on pure white, two lifestyle, one dimensions shot. We'll ship the samples to you.
p Need clean e-commerce photos for 35 dresses - ghost mannequin front and back plus detail shots. Consistent lighting across the whole batch is important.
p Looking for a photographer to shoot our new line of organic skincare. Mix of flat lays with botanicals and bathroom lifestyle scenes. Moodboard attached.
p Small candle business here! I need 10-15 cozy lifestyle pictures for Instagram and my Etsy shop. I can mail you the candles.
p We need high-end jewelry photography: rings and pendants, focus stacked, reflections controlled, retouched for our Shopify store.
p Menu photos for our new burger place, about 25 dishes, shot in the restaurant. Also a few interior shots would be nice.
p Hiring a product photographer for a monthly retainer: around 50 SKUs a month of home decor items, white background plus some styled scenes.
p Please photograph our protein powder tubs and shaker bottle. Need hero images for the website banner and square crops for ads.
p I need someone to retouch and clip 300 product photos: remove background, fix color, align to Amazon requirements (1600px+, product fills 85%).
p We are launching a tech accessory (wireless charger) on Kickstarter and need sleek studio product shots with dramatic lighting.
p Need 3D-looking product photos of wine bottles with labels readable, no glare. 8 bottles.
s Product photographer for e-commerce brands: Amazon-compliant white background images, lifestyle scenes, flat lays and infographics. Ship me your product, get images in 5 days.
s I specialise in jewelry and small product photography - macro, focus stacking and careful retouching so gems actually sparkle.
s Food and beverage photographer. Restaurants, menus, delivery apps, packaging shots. I bring my own props and food styling kit.
s Studio packshot photographer with a home studio in Berlin. Cosmetics, fragrances, electronics. Fast turnaround, consistent results across big catalogs.
s I help Etsy and Shopify sellers get scroll-stopping photos. Natural light lifestyle styling, props included.
s Apparel photographer: ghost mannequin, flat lay and on-model. I've shot over 10,000 SKUs for online fashion stores.
s Amazon listing images expert - photography, retouching, background removal and infographic design in one package.
s Product photographer and photo editor. Photoshop clipping paths, color correction, shadows, high-volume e-commerce retouching.
s Creative product photography with splashes, levitation and composites for beverage and cosmetic brands.
s I shoot furniture and home decor in a large studio, including 360 spins and room-set lifestyle photography.
s hi, I'm a product photographer. white bg, lifestyle, whatever your store needs. quick and affordable
s Commercial photographer for brands and agencies - packaging, catalog and advertising still life.
"""

HAND["portrait_photography"] += """
t Corporate Headshot Photographer (on-site, London)
t Need photographer for executive portraits for annual report
t Quinceañera portraits photographer
t photographer for couple photoshoot anniversary
t Outdoor portrait session for musician promo photos
p Need 4 executive portraits for our annual report, environmental style in our office lobby plus a classic headshot each. Retouched TIFFs required.
p Hi, I want a birthday photoshoot for myself (turning 30!), outdoor downtown, fun and glam. About 1.5 hrs.
p Our church needs a photographer for a member directory - roughly 200 families over two weekends.
p Band needs promo portraits for Spotify and press kit, gritty urban look, 4 members.
s I make portraits that look like you on a good day. Headshots, branding, couples, all edited by hand in Lightroom and Photoshop.
s Event headshot booth operator & portrait photographer - fast, flattering, and delivered to attendees instantly.
s Fine art portrait photographer, film and digital, available for commissions and editorial work.
"""

HAND["product_photography"] += """
t Product Photographer Needed ASAP for Amazon Listing
t Photos of handbags for online boutique (white + lifestyle)
t Cosmetics product shoot - lipsticks & palettes
t Need pics of our hot sauce bottles for website
t E-commerce Product Photography (Long Term)
t Infographic images and lifestyle photos for Amazon A+ content
p Looking for long-term product photographer for our dropshipping store, items will be sent in batches of 20. Need white background + 2 lifestyle each.
p We need photos of 12 handbags, both studio white and styled on a model in a cafe setting. Please quote per item.
p Hot sauce brand needs bottle shots with chillies and fire props, plus a few clean white packshots for retailers.
p Photograph our lipsticks and eyeshadow palettes with swatches. Clean beauty aesthetic, pastel backgrounds.
s Ecommerce product photography + Amazon A+ content images. I know the marketplace rules so your images don't get suppressed.
s I photograph handmade goods - pottery, textiles, jewelry - in natural light with a warm, crafty look.
s Still life & product photographer. Lighting glass, metal and reflective surfaces is my favourite challenge.
"""

HAND["promotional_video"] = """
t Videographer needed for 60-second promo video of our restaurant
t Brand video production for SaaS startup (script to final cut)
t Need a promotional video for our gym - filming + editing
t Corporate video shoot: company culture / recruitment video
t Product launch commercial (30s) for social media ads
t UGC video creator for skincare brand - TikTok & Reels
t Real estate video tour with drone footage
t Explainer-style live action video for fintech app
t Event highlight video for tech conference (2 days)
t Commercial videographer - hotel promotional film
t Testimonial videos with 5 customers on location
t Drone videographer for resort promo
t Kickstarter campaign video production
t Need someone to film and produce a brand story video
t Short promo clips for Instagram ads (6 x 15 sec)
t Music festival aftermovie
t Video ad creator for Facebook ads - e-commerce
t Product demo video for our new coffee machine
t Nonprofit fundraising video - interviews and b-roll
t Videographer for winery promotional video
t TV commercial for local car dealership
t Promo video for online course launch
t YouTube pre-roll ad production
t Hire Videographer for Corporate Interview + B-roll, NYC
t Create promotional video for mobile app (App Store preview)
p We're a boutique hotel in Tulum looking for a videographer to shoot a 90-second promotional film: rooms, pool, restaurant, drone shots of the beach. Licensed music and color grading included.
p Need 5 UGC-style videos (20-40 sec) of a real person using our serum, filmed vertically on iPhone, natural talking style. We ship the product.
p Looking for a video production team for our annual brand video. Concept, script, filming at our HQ and 2 client sites, edit and 3 cutdowns for LinkedIn.
p We need a short commercial (30s and 15s versions) for our new energy drink to run on YouTube and Instagram. Please share previous ad work.
p Want a promo video for our yoga studio, about 1 minute, showing classes, instructors and the space. Calm, bright vibe.
p Our SaaS needs a product demo/promo video mixing screen recordings and live action of people using it in an office.
p Real estate agent here. Need walkthrough videos with gimbal and drone for luxury listings, about 2 per month.
p Please film our charity's community garden project - short interviews with volunteers and b-roll - for a 3 minute fundraising video.
p I need a promotional video for my Kickstarter board game campaign. Budget $2k, filming in Portland.
p Looking for a creator to make scroll-stopping video ads for our Shopify store, hooks in the first 3 seconds, captions burned in.
p Conference in Berlin next month, need 2 camera operators and a highlight reel delivered within 48 hours after the event.
s Videographer and producer making brand films, commercials and promo videos for small businesses. I handle concept, shooting (Sony FX3), edit and color.
s UGC creator - I film authentic product videos for TikTok, Reels and paid ads. Beauty, fitness, home and pet brands.
s Corporate video production: interviews, testimonials, recruitment and event coverage. Two-person crew with lighting and wireless audio.
s Licensed drone pilot and videographer for real estate, hotels and tourism promos. 4K aerials plus ground footage.
s I create video ads that convert. Script, hook testing, shooting and editing for Meta and YouTube campaigns.
s Commercial director & DP. 10+ years producing TV spots and online commercials for brands like local banks and car dealers.
s Event videographer - conferences, launches, festivals. Fast same-day highlight edits for social media.
s I help startups tell their story on video: brand videos, product launch films, crowdfunding videos.
s video production for restaurants, cafes, gyms. short promo videos for insta, tiktok and your website
s Product video specialist - demos, unboxings and 360 turntable videos for e-commerce.
s Full-service video marketing studio. From storyboard to final cut, we produce promos, explainers (live action) and testimonial series.
s Documentary-style brand storyteller. I film real people and real moments for nonprofits and purpose-driven companies.
t Video production company needed for 3 commercials
t Need videographer for promo video of a dental clinic
t Short brand film for fashion label (lookbook video)
t Promo video for my Airbnb listing
p Need a lookbook-style fashion film for our summer collection, 1-2 minutes, models provided, shooting on a rooftop in LA.
p Hi, need someone to shoot a nice short video of my Airbnb cabin for listing and Instagram, drone if possible.
p We are a dental clinic and want a friendly 60s promo video with patient testimonials and a tour of the clinic.
s Fashion and lifestyle videographer: lookbooks, campaign films and behind-the-scenes content.
s One-man crew: camera, lights, audio, drone, edit. Promo videos on a small-business budget.
s Filmmaker producing promotional content for tourism boards, hotels and outdoor brands.
"""

HAND["video_editing"] = """
t YouTube video editor needed (long-form, 2 videos/week)
t Video Editor for TikTok / Reels / Shorts - ongoing
t Edit wedding footage into 5 min highlight film
t Premiere Pro editor for podcast episodes (multi-cam)
t DaVinci Resolve colorist - color grade short film
t Need someone to edit my vlog footage
t Video editor for real estate videos
t Cut 1 hour webinar into 10 short clips with captions
t Final Cut Pro editor for documentary
t Gaming YouTube editor (memes, zooms, sound effects)
t Corporate video editing - interviews + b-roll
t Long-term video editor for faceless YouTube channel
t Edit course videos (remove mistakes, add slides)
t Color correction and audio cleanup for interview series
t Video editor with After Effects skills for motion text
t Short-form editor - captions, hooks, retention editing
t Edit raw footage into music video
t Need video editor for fitness Instagram reels
t Sports highlight reel editing (basketball)
t Trailer editing for indie film
t Edit Zoom recordings into clean tutorial videos
t podcast video editing + thumbnails
t Video editor for Facebook ad creatives (iterations)
t Documentary editor, Avid Media Composer
t Travel vlog editor - cinematic style
p I have about 3 hours of wedding footage from two cameras. Need a 4-5 minute cinematic highlight and a full ceremony edit. Music I will provide.
p Looking for a YouTube editor for my tech review channel. 12-18 min videos, jump cuts, b-roll, zoom-ins, subtle sound design. 2 per week, pay per video.
p We record a weekly podcast with 3 cameras. Need a Premiere Pro editor to sync, cut, add lower thirds and export full episode plus 5 vertical clips.
p Need someone to edit my short film in DaVinci Resolve including color grading and basic sound mix. Runtime ~14 min.
p We need to repurpose our webinars into short clips for LinkedIn with animated captions (like Submagic/Opus style but done by a human).
p Edit 20 online course lessons: remove ums and mistakes, add slides and zoom on screen recordings, normalize audio.
p looking for editor for my travel vlogs, I shoot on GoPro and drone, need fun fast paced edits with music and maps
p Real estate company needs an editor for property tour videos - stabilize, color, music, text overlays with price and address. 10 videos a month.
p Need a video editor who knows CapCut or Premiere to make TikToks from my raw clips, trendy transitions, captions, 15 per week.
p Our agency needs a freelance editor for ad creatives: take existing UGC footage and cut multiple hook variations for testing.
p Gaming channel looking for an editor who understands meme culture: zooms, sound effects, captions, pacing. Fortnite and Minecraft content.
s Video editor with 6 years in YouTube: retention-focused editing, motion graphics, sound design and thumbnails. Premiere Pro & After Effects.
s I edit short-form content (TikTok, Reels, Shorts) with captions, hooks and trending sounds. Quick turnaround, unlimited revisions within reason.
s Professional colorist and editor - DaVinci Resolve Studio. Short films, commercials, music videos.
s Wedding film editor: I turn hours of footage into emotional highlight films. Work for studios as a subcontractor.
s Podcast and interview editor. Multicam sync, audio cleanup, lower thirds and social clips.
s Documentary and long-form editor. Avid and Premiere, comfortable with 100+ hours of footage and tight story structure.
s I edit gaming videos - meme edits, sound FX, zoom punch-ins and that fast pacing that keeps viewers watching.
s Final Cut Pro and DaVinci editor. Corporate, event and real estate video editing with clean, professional style.
s Freelance video editor | vlogs, travel, lifestyle | cinematic color grading | 48h delivery
s I repurpose long videos into viral clips with captions and b-roll. Editing for coaches, podcasters and creators.
s video editor, capcut & premiere, reels and tiktoks, very fast
s Editor for ads and UGC: I cut multiple variations with different hooks, CTAs and captions for performance marketing teams.
s Film school grad, assistant editor on two features. Available for trailers, music videos and narrative shorts.
"""

HAND["animation"] = """
t 2D animated explainer video (90 seconds) for SaaS
t Whiteboard animation video for training course
t Motion graphics designer - After Effects - logo animation
t 3D product animation in Blender
t Character animation for children's YouTube channel
t Animate my logo intro (5 seconds)
t Need a Lottie animation for our app onboarding
t 3D architectural walkthrough animation
t Anime style animation short
t Animated infographic video for healthcare company
t Frame-by-frame 2D animator needed (Toon Boom / Procreate)
t Motion graphics for YouTube channel (lower thirds, transitions)
t 3D medical animation - how the drug works
t Stop motion animation for toy brand ad
t Rigging & animating 2D characters in Adobe Character Animator
t Kinetic typography video for song lyrics
t Animated GIFs for website and emails
t Cartoon explainer video with voiceover sync
t Unity / game character animations (idle, run, attack)
t Vtuber model rigging Live2D
t Animated short film - 3 min, storyboard done
t 3D Animation of Machine Assembly Process (Cinema 4D)
t Motion designer for social media ads
t Looping background animations for music visualizer
t Explainer animation in Vyond
p We need a 60-90 second 2D explainer video for our fintech app. Script is ready; need storyboard, illustration, animation and voiceover sync. Flat modern style.
p Looking for a Blender artist to create a photorealistic 3D animation of our wireless earbuds - exploding view, rotating, close-ups. 20-30 seconds.
p Need a simple logo animation (reveal + sound) for the start of our YouTube videos. I have the AI and SVG files.
p We run a kids' channel with nursery rhymes and need a 2D character animator for monthly episodes, 3-4 min each. Characters already designed.
p Training department needs 6 whiteboard animation videos explaining safety procedures, around 2 minutes each.
p Looking for an After Effects motion designer to animate UI screens for our app promo, smooth transitions, 45 seconds.
p Pharma client needs a 3D mechanism-of-action animation showing how a molecule binds to receptors. Scientific accuracy matters.
p I need a Lottie/JSON animation for a loading screen and 3 small micro-interactions for our iOS app.
p Indie game studio here - need sprite animations for 4 characters (idle, walk, jump, attack) in pixel art.
p Make an animated lyric video for my single, kinetic typography, about 3:20 long, moody colors.
p Real estate developer needs 3D walkthrough animation of an apartment building from existing renders and models.
s 2D animator and motion designer. Explainer videos, character animation, logo reveals - After Effects, Illustrator and Toon Boom Harmony.
s 3D generalist (Blender, Cinema 4D): product animations, exploded views and photoreal renders for e-commerce and Kickstarter.
s Whiteboard and explainer animation studio. Script, voiceover, illustration and animation in one package.
s I animate characters: cartoon series, YouTube kids content, short films. Frame-by-frame or rigged.
s Motion graphics designer for brands and YouTubers - intros, lower thirds, transitions, animated captions, social ads.
s Medical and scientific 3D animator. MOA videos, surgical procedures and device animations with accurate anatomy.
s Live2D rigger and Vtuber model animator, expressive rigs with physics.
s Game animator: 2D sprites and 3D rigs for Unity and Unreal, combat and locomotion sets.
s I make Lottie animations and micro-interactions for apps and websites, light JSON files that devs love.
s animator, 2d & 3d, anime style, commissions open
s Stop motion animator with a small studio, clay and paper cutout, great for playful brand ads.
s Explainer videos in Vyond and Adobe Animate for training, HR and e-learning teams.
s Kinetic typography and lyric videos for musicians and labels.
t Need animated video for Kickstarter (2D cartoon)
t 3D logo animation for gaming channel intro
t Motion graphic video ad - 15s for Instagram
p Our startup needs a fun cartoon-style animation for the Kickstarter page, around 1 min, explaining the problem and our gadget.
p Want a 3D animated logo intro with particles and an epic sound for my gaming channel, 6-8 seconds.
s 3D animator and Blender rigger. Character rigs, product spins, architectural fly-throughs.
"""

HAND["video_editing"] += """
t Editor for weekly church service videos
t Help editing my Instagram reels, need consistent style
t Video Editing Expert Needed - Premiere Pro
t Edit interview videos for documentary series
t Color grade & sound mix for commercial (Resolve)
p Church needs someone to edit the Sunday livestream recording into a clean 40-minute sermon video plus 2 short clips.
p Need 8 interview videos trimmed, color matched between two cameras and subtitled. Footage from Sony A7S and FX30.
p Hi, I need an editor to make my raw footage of a hiking trip into a 3-4 min cinematic video, Resolve or Premiere, music licensed from Artlist.
s I edit for YouTubers and brands: Premiere Pro, After Effects, DaVinci. Story first, then pacing, then polish.
s Sound-aware video editor: I fix audio, balance music and voices and color grade in Resolve before delivery.
s Editor specialized in course content and tutorials: screen recordings, zooms, callouts, chapter markers.
"""

HAND["animation"] += """
t Animator for educational science videos (2D)
t Blender artist: animate product exploding view
p We make chemistry lessons and need simple 2D animations of molecules and reactions, about 10 short clips.
s Explainer animation for EdTech: clear visuals, friendly characters, tight sync with narration.
"""

HAND["promotional_video"] += """
t Promo video for product launch event
p Need a cinematographer for a brand promo in Dubai, two shoot days, we provide talent and location.
s Producer for brand campaigns: casting, locations, crew and post-production for commercials and social video.
"""

HAND["text_translation"] = """
t English to Spanish translation - 5,000 word website
t Translate product descriptions from English to German (Shopify)
t Native French translator for legal contract
t Certified translation of birth certificate (Arabic to English)
t Japanese to English game localization
t Translate mobile app strings into 8 languages
t Farsi to English translator needed for documents
t Medical device IFU translation EN>DE, SDL Trados required
t Translate my book from Portuguese to English
t Marketing transcreation for ads - EN to FR, IT, ES
t Chinese (Simplified) translator for e-commerce listings
t Website localization into Arabic (RTL)
t Translate technical manual English to Polish
t Korean to English webtoon translation
t Need someone to translate YouTube video scripts to Hindi
t Persian translator for immigration documents
t Translate academic paper from Russian to English
t Italian translator for wine labels and brochure
t Software localization - JSON files, EN to PT-BR
t Dutch to English translation of annual report
t Urdu translation for NGO survey questionnaire
t Human translation (no machine) EN->Turkish, 2k words
t Translator needed: Ukrainian to English (court papers)
t Localize Steam game text into Spanish LATAM
t Vietnamese translation of employee handbook
p We need our 40-page employee handbook translated from English into Mexican Spanish. Consistent HR terminology and a glossary for future updates would be great.
p Looking for a native German translator to localize 120 Shopify product descriptions for outdoor gear. Keep SEO keywords natural, not literal.
p Need a certified translation of my diploma and transcripts from Persian (Farsi) into English for a university application in Canada.
p We are localizing our React app; about 3,500 strings in JSON. Translate into French, German, Italian and Japanese. CAT tool (memoQ or Phrase) preferred.
p Translation of a 6,000-word medical research article from Chinese to English. Translator must have a life-sciences background.
p I wrote a novel in Portuguese (85k words) and need a literary translator into English who can keep my voice. Sample chapter first.
p Our legal team needs an NDA and a service agreement translated English to Arabic, with certification stamp accepted in the UAE.
p Translate marketing emails and landing pages from English into Spanish, Portuguese and French. Transcreation, not word-for-word please.
p Need quick translation of 15 customer reviews from Japanese to English, informal tone is fine.
p Looking for a Trados-certified translator for an ongoing project: technical manuals EN>PL for industrial pumps, about 10k words per month.
p Indie game studio needs the in-game dialogue (~22k words) translated into Brazilian Portuguese, gaming slang welcome.
s Native Spanish translator (EN>ES, FR>ES) with 9 years of experience in legal, medical and marketing texts. SDL Trados Studio 2022, memoQ, Phrase.
s Certified sworn translator English <> German. Contracts, certificates, court documents; hard copies with seal available.
s I translate between Persian (Farsi) and English: documents, websites, academic articles and subtitles. Accurate, natural and on time.
s Game localization specialist JP>EN. Visual novels, RPGs, mobile games. I care about tone, jokes and character voice.
s Professional translator and localizer for software and apps: JSON, XLIFF, PO, strings files. Consistent terminology with TM and glossaries.
s Medical translator (former nurse) FR>EN: clinical trial documents, IFUs, patient information leaflets.
s Arabic translator & transcreator for marketing, e-commerce and tech - Gulf and MSA.
s Literary translator Italian to English. Published translations of two novels and many short stories.
s Chinese-English translator, native Mandarin speaker, MA in translation studies. Business, finance, e-commerce.
s translator EN-RU-UA, fast and accurate, human translation only no google translate
s Technical translator for engineering documentation: manuals, datasheets, specs. German, English, Polish.
s Korean to English translator for webtoons, dramas and K-beauty brands.
s I help brands go global: website localization, SEO-friendly translation and cultural adaptation into Latin American Spanish.
t Translator for Hebrew to English letters
t Need French translation of Kickstarter page
t Translate resume into English
t Swahili translation for health campaign flyers
p I need my CV and cover letter translated from Italian to English, professional tone, within 2 days.
p Translate a 12-page Hebrew family correspondence (handwritten, 1950s) into English.
s Swahili and English translator working with NGOs and health programs across East Africa.
s Polish translator with 2M+ words translated, specialized in IT, SaaS and user interfaces.
"""

HAND["editing_proofreading"] = """
t Proofreader needed for 60,000-word novel
t Academic editing - PhD thesis, APA 7th
t Copy editor for blog posts (ongoing)
t Proofread my website before launch
t Developmental editor for fantasy manuscript
t Line editing for memoir
t Native English proofreader for research paper (non-native author)
t Edit and proofread grant proposal
t Grammar check of business plan
t Book copyediting - Chicago Manual of Style
t Proofread translated marketing brochure (English)
t Resume and cover letter proofreading
t Journal article language editing before submission
t Beta reader + light edit for YA novel
t Proofread 20 product descriptions for typos
t Technical editor for software documentation
t Edit my college application essay
t Proofreader for children's picture book text
t Editing ESL emails and reports, ongoing
t Fact-check and copyedit magazine features
t Substantive editor for nonfiction business book
t Post-editing machine translation (MTPE) EN
t Final proofread of print-ready PDF
t Editor for medical manuscript (AMA style)
t Need someone to fix grammar in my dissertation
p I'm a non-native English speaker submitting to an IEEE journal. Please edit my 8,000-word paper for grammar, clarity and flow; track changes in Word.
p Looking for a proofreader for my self-published thriller, 72k words. Catch typos, punctuation, consistency of names and timeline. Chicago style.
p Our company blog needs a copy editor to review 4-6 posts a week before publishing: grammar, style guide, headline tweaks, links.
p Please proofread our website copy (about 15 pages) before we go live next week. Google Docs with comments is fine.
p Need a developmental edit of my fantasy manuscript: plot holes, pacing, character arcs. Editorial letter plus margin notes.
p I need my PhD thesis (psychology, 90k words) edited for language and APA 7 formatting of references and tables.
p Machine translated product manuals (German to English) need post-editing by a native speaker so they read naturally.
p Can someone check my personal statement for medical school? 650 words, I want it tight and error-free.
p Looking for a line editor for my memoir - I want to keep my voice but improve sentence rhythm and cut repetition.
p We need a technical editor to review API docs for consistency, terminology, and clarity. Markdown in GitHub.
p Proofread a 24-page picture book manuscript and the print proof PDF before it goes to the printer.
s Professional proofreader and copy editor (CIEP member). Fiction and nonfiction, UK and US English, Word track changes or PDF markup.
s Academic editor with a PhD in biology. I polish journal manuscripts, theses and grant proposals for non-native English researchers.
s Developmental and line editor for novelists - fantasy, sci-fi, romance and thrillers. Detailed editorial letters that actually help you revise.
s I proofread everything: websites, blog posts, ebooks, resumes. Grammarly can't do what a human eye does.
s Copy editor with newsroom experience. AP Style, fact-checking, headline writing and fast turnaround.
s Book editor (Chicago Manual of Style) - copyediting, proofreading and style sheets for indie authors and small presses.
s Technical editor for software documentation and white papers, Microsoft Manual of Style, Markdown, Confluence.
s MTPE specialist: I post-edit machine translation into fluent, accurate English for LSPs and tech companies.
s ESL editing: I make your emails, reports and papers sound natural and professional.
s Medical writer & editor, AMA style, clinical and regulatory documents.
s native english proofreader, quick and cheap, typos and grammar
s Editor for memoirs and personal essays, gentle but honest, preserving the author's voice.
s Essay and application editor - college essays, personal statements, scholarship applications.
t Looking for an editor for my cookbook
t Proofreading job: 10 short stories
t Copy editing for nonprofit annual report
p Our annual report (30 pages) needs copy editing for consistency, tone and numbers cross-checked against the tables.
p I have 10 short stories (about 3k words each) that need a careful proofread before I submit them to magazines.
s Proofreader for legal and financial documents: consistency, defined terms, cross-references.
s Cookbook and lifestyle editor - recipes tested for clarity, consistent measurements and ingredient lists.
"""

HAND["transcription_subtitling"] = """
t Transcribe 10 hours of interview audio (verbatim)
t English subtitles (.srt) for YouTube videos
t Podcast transcription with timestamps and speaker labels
t Spanish subtitles for documentary film
t Medical transcription - dictated notes
t Closed captions for online course videos (SDH)
t Legal transcription of deposition recordings
t Transcribe focus group recordings (market research)
t Subtitle translation Korean to English for drama
t Burned-in captions for Instagram reels
t Clean verbatim transcription, 30 audio files
t Arabic audio transcription with translation
t Transcriber needed - academic research interviews
t Create SRT file for 90 min feature film
t Correct auto-generated captions (Rev/Otter output)
t Handwritten letters transcription to Word
t Netflix style subtitling EN - timed text
t Transcribe YouTube videos to text for blog
t Japanese subtitles for corporate training videos
t Transcription of earnings calls (finance)
t Subtitle timing and sync fix for existing .srt
t Multilingual subtitling - French, German, Spanish VTT
t Farsi audio transcription (Persian interviews)
t Transcribe church sermons weekly
t Captioning for live webinars (CART)
p I have 18 qualitative research interviews (45-60 min each) that need intelligent verbatim transcription with speaker labels and timestamps every 2 minutes.
p Need English .srt subtitles for 12 YouTube videos (8-15 min). Accurate timing, max 42 characters per line, correct technical terms.
p Looking for someone to transcribe our weekly podcast episode (~1 hr) and format it as a readable blog post transcript.
p We need Spanish and Portuguese subtitles for our online course - about 6 hours total. English SRT files already exist.
p Medical practice needs a transcriptionist for physician dictations, HIPAA compliance required, 24h turnaround.
p Our auto-generated captions from Otter are full of errors. Please clean up 40 transcripts against the audio.
p Documentary film (Turkish audio) needs English subtitles delivered as SRT and burned-in version for festivals.
p Law firm needs verbatim transcription of 5 deposition recordings with exact timestamps.
p Need a transcriber for Persian (Farsi) interviews recorded on a phone; some background noise. Output in Word, Persian script.
p Please transcribe handwritten 19th-century letters (scanned) into a Google Doc. Old cursive, about 60 pages.
p Add closed captions to 25 training videos for ADA compliance, SDH style with sound descriptions.
s Transcriptionist with 99% accuracy: interviews, podcasts, focus groups, lectures. Clean or full verbatim, speaker IDs, timestamps.
s Subtitler and captioner - SRT, VTT, SCC, burned-in. Subtitle Edit, Aegisub and EZTitles. Netflix Timed Text style guide.
s Medical transcriptionist, 7 years, familiar with EHR templates and medical terminology, HIPAA trained.
s Legal transcription specialist for depositions, hearings and police interviews.
s I create and translate subtitles EN<>ES for films, YouTube and e-learning, accurate timing and reading speed.
s Academic transcription for researchers: qualitative interviews, NVivo-ready formatting, confidentiality guaranteed.
s Fast typist (95 wpm) offering audio and video transcription, and proofreading of AI-generated transcripts.
s Korean-English subtitle translator for dramas, variety shows and YouTube channels.
s Closed captioning & accessibility: SDH captions, audio description scripts, WCAG compliance for video.
s transcription services: audio to text, any accent, quick delivery
s Persian and English transcriber - interviews, podcasts, lectures, with optional translation.
s Arabic transcription and subtitling, including Gulf and Levantine dialects.
s Transcriber for handwritten archives, genealogy records and old letters.
t Typist needed to transcribe audio files (English, US accents)
t Time-coded transcripts for video editing
t Subtitle my short film in French
p Need time-coded transcripts of 20 interviews so our editor can build a paper edit. Timecode every speaker change.
p Looking for a French subtitler for my 12-minute short film, SRT and festival-ready DCP subtitles if possible.
s Time-coded transcripts for video producers and documentary editors, Avid and Premiere friendly.
s Subtitle quality checker (QC) for streaming platforms, spotting, sync and spelling.
"""

HAND["customer_support"] = """
t Customer support agent for Shopify store (email + live chat)
t Zendesk support specialist - SaaS, night shift
t Customer service representative, part-time, remote
t Live chat agent for e-commerce, 20 hrs/week
t Technical support rep (Tier 1) for software product
t Intercom support for our B2B app
t Amazon seller central customer messages handling
t Phone support agent - US hours, inbound calls
t Help desk support - Freshdesk
t Customer Success Associate (onboarding calls)
t Handle refund requests and order tracking emails
t Bilingual customer service (English/Spanish)
t Gorgias support agent for DTC brand
t Social media DM and comment moderation + replies
t Support ticket triage and FAQ writing
t Weekend customer support for mobile game players
t Customer care specialist for subscription box
t Chargeback and dispute handling for online store
t Need a CSR for inbound calls - dental office
t Community support manager for Discord server
t 24/7 chat support team for crypto exchange
t Customer experience agent - Help Scout
t Customer Service VA for Etsy shop messages
t Tech support for WordPress plugin users
t Escalation specialist for telecom customers
p We need a friendly support agent to answer customer emails and live chat for our Shopify skincare store. Gorgias experience preferred, around 25 hours a week, EST mornings.
p Looking for a Tier 1 technical support rep for our SaaS: answer Zendesk tickets, reproduce bugs, escalate to engineering in Jira, update help center articles.
p Our Amazon store gets 50+ buyer messages a day. Need someone to reply within 24h, handle returns and A-to-z claims.
p Hiring part-time phone support for a home services company. Answer inbound calls, book appointments, log in our CRM.
p Need bilingual (EN/ES) customer service agents for a logistics client. Email and chat, night shift coverage.
p We want someone to moderate and reply to comments and DMs across Instagram and Facebook for our brand, tone friendly and helpful.
p Looking for a customer success associate to run onboarding calls with new B2B accounts and keep churn low.
p Help us handle support for our mobile game: in-app tickets, refund requests, bug reports, player account issues.
p We need a Discord community support person to answer user questions about our app and collect feedback.
p Please manage our Help Scout inbox: shipping questions, order changes, damaged items. Macros exist, you'll refine them.
p Dental office wants a remote receptionist / CSR to answer calls, confirm appointments and handle insurance questions.
s Customer service specialist with 5 years in e-commerce support. Zendesk, Gorgias, Shopify, Help Scout. Calm with angry customers.
s Technical support agent: ticket triage, troubleshooting, bug reproduction and clear escalation notes for dev teams.
s Live chat and email support agent, fast typing (80 wpm), empathetic tone, available US and EU hours.
s Bilingual customer support (English / Spanish / Portuguese) for SaaS, travel and e-commerce brands.
s I manage customer inboxes for DTC brands: order tracking, returns, refunds, chargebacks and reviews.
s Customer success manager - onboarding, renewals, QBRs, reducing churn for B2B software.
s Call center experience (inbound and outbound), CRM logging, appointment setting and phone support.
s Community manager and support mod for Discord and Telegram communities.
s Help desk technician: password resets, account issues, Freshdesk and Jira Service Management.
s Amazon seller support VA - buyer messages, feedback removal requests, case logs with seller central.
s customer service rep, friendly and patient, email chat phone, night shift ok
s I write help center articles and macros so your support team answers faster and more consistently.
s Customer care for subscription businesses: billing questions, cancellations and save offers.
t Inbound Customer Service Agent (remote, Philippines)
t Customer Support for travel agency bookings
t Help desk agent for IT MSP
p Our travel agency needs someone to answer booking questions, change flights and handle complaints by email and WhatsApp.
p MSP needs a help desk agent to handle first-line tickets from small business clients, password resets, Office 365 issues.
s Travel customer service agent - bookings, changes, cancellations, GDS basics.
s Customer support lead: I build support processes, SLAs and knowledge bases and train agents.
"""

HAND["project_management"] = """
t Project manager for website redesign (agile, Jira)
t Remote Scrum Master for development team
t Technical project manager - mobile app launch
t Need a freelance PM to coordinate our marketing agency projects
t Asana setup and project coordination
t Project coordinator for e-learning course production
t Agile delivery manager, 6-month contract
t Set up our workflows in ClickUp and manage sprints
t Product owner / PM for MVP development
t Construction of a project plan and timeline in MS Project
t PMP certified project manager for software implementation
t Monday.com project manager for creative studio
t Operations / project manager for podcast production
t Manage offshore developers, daily standups
t Program manager for ERP rollout (SAP)
t Trello board cleanup + weekly status reports
t Event project manager for virtual summit
t Kanban coach for small team
t Project manager needed for Shopify migration
t Jira admin + sprint planning help
t Digital project manager for agency (client-facing)
t Coordinate translation project across 12 languages
t Part-time PM for game studio milestones
t Project management consultant - PMO setup
t Release manager / delivery lead
p We're redesigning our website with 3 freelancers (design, dev, copy). Need a project manager to run weekly calls, keep the timeline in Asana and chase deliverables.
p Looking for an experienced Scrum Master to run sprints for a 7-person remote dev team: planning, standups, retros, Jira hygiene and velocity reporting.
p Our agency is drowning in client projects. Need a freelance digital PM to scope, schedule, manage budgets and be the main client contact.
p Set up ClickUp for our 15-person company: spaces, templates, automations, then manage projects for the first 2 months.
p We need a technical project manager to coordinate the launch of our iOS/Android app with an offshore dev team, QA and App Store submission.
p Need someone to build a project plan (Gantt chart) in MS Project for an office relocation, with dependencies and resource allocation.
p Looking for a PM to manage production of an online course: scripts, filming, editing, LMS upload. Keep everyone on schedule in Monday.com.
p Hiring a program manager for our SAP ERP rollout across 3 countries. Stakeholder management and risk tracking essential.
p I have two developers in different time zones and I can't keep up. Need someone to run daily standups, write tickets and report status to me.
p We're a game studio with milestones for a publisher. Need a part-time producer/PM to track tasks, risks and builds.
p Please help us set up a PMO: templates, reporting cadence, portfolio dashboard, and train our team leads.
s Certified PMP and Scrum Master (PSM I). I run projects end-to-end: scoping, planning, risk management, stakeholder updates. Jira, Asana, MS Project.
s Technical project manager for software and app development. I translate between founders and developers and keep sprints on track.
s Digital agency PM: websites, campaigns, branding projects. Client communication, timelines, budgets and QA.
s Agile coach and delivery manager helping remote teams adopt Scrum and Kanban without the bureaucracy.
s I set up and run your project management tool: ClickUp, Notion, Monday, Trello or Asana, with templates and automations.
s Program manager with 10 years in ERP and CRM implementations (SAP, Salesforce), PRINCE2 Practitioner.
s Project coordinator - scheduling, meeting notes, status reports, follow-ups. I keep things moving.
s Producer / project manager for video, e-learning and creative production.
s Freelance product owner and PM for startups building MVPs, backlog management and roadmaps.
s I manage offshore dev teams for non-technical founders: tickets, standups, QA, releases.
s project manager, agile scrum kanban, jira confluence, remote teams across time zones
s Event and virtual summit project manager: speakers, vendors, run-of-show, timelines.
s Localization project manager coordinating translators, reviewers and DTP across languages.
t Seeking Project Manager to Oversee App Development
t Implementation project manager for HubSpot CRM rollout
p We bought HubSpot and need a PM to run the implementation: requirements, timeline, coordinating the consultant and training our sales team.
p Seeking a project manager to oversee our app development with an external agency, review deliverables and manage change requests.
s Implementation PM for SaaS and CRM rollouts, requirements workshops, UAT and go-live planning.
s Operations-minded project manager: SOPs, workflows, dashboards and accountability for small teams.
"""

HAND["virtual_assistance"] = """
t Virtual assistant for busy CEO (email & calendar)
t Executive assistant - remote, part-time
t VA for real estate agent (CRM, listings, scheduling)
t General virtual assistant, 10 hrs/week
t Personal assistant to manage inbox and travel bookings
t Admin assistant for small law practice (remote)
t Social media VA + admin tasks
t Virtual assistant for e-commerce store (orders, suppliers)
t Online research and admin support
t Podcast VA - guest booking and show notes
t Calendar management and meeting scheduling
t Amazon VA for listings and inventory
t Appointment setter / VA for coaching business
t Executive Assistant to Founder (US hours)
t Travel planning and booking assistant
t Virtual assistant needed for Google Workspace admin tasks
t Email management - inbox zero
t Lead list research and outreach VA
t Bookkeeping admin VA (invoicing, receipts)
t Real estate transaction coordinator (virtual)
t Personal admin helper for family office
t Canva + scheduling VA for Instagram posts
t Customer and vendor follow-up assistant
t Virtual Assistant - Notion & ClickUp organization
t General admin VA, long term
p I'm a busy founder and need an executive assistant to manage my inbox, calendar across 3 time zones, book travel and prepare meeting briefs. Around 20 hours a week.
p Real estate agent looking for a VA to update listings on MLS and Zillow, schedule showings, follow up with leads in our CRM and send weekly reports to sellers.
p Looking for a general virtual assistant: data lookups, organizing Google Drive, drafting emails, booking appointments. Reliable internet and English are must.
p Podcast host here. Need a VA to research and book guests, send prep docs, schedule recordings and write show notes.
p We need an Amazon VA to handle listing updates, inventory reports, supplier follow-ups and basic PPC changes.
p Help me get to inbox zero! Sort, label, unsubscribe and draft replies, then maintain it daily (30 min/day).
p Small law office needs an admin assistant (remote) for scheduling clients, preparing simple document templates and filing.
p Coaching business needs a VA for appointment setting, onboarding emails, invoicing in QuickBooks and Kajabi course admin.
p Need a travel assistant to plan a 2-week family trip to Japan: flights, hotels, rail passes, restaurant reservations, itinerary doc.
p VA needed to schedule our Instagram and Pinterest posts using Canva templates and Later, plus reply to simple comments.
p Looking for a long-term admin VA to manage supplier emails, purchase orders and shipment tracking for our online store.
s Executive virtual assistant with 7 years supporting C-level executives: calendar, inbox, travel, meeting notes, board prep.
s Real estate VA - CRM (Follow Up Boss, kvCORE), listing coordination, transaction coordination, showing schedules.
s General virtual assistant: email, scheduling, research, data organization, Google Workspace and Microsoft 365.
s I help coaches and course creators run their business: Kajabi, Calendly, ClickUp, invoicing, client onboarding.
s Amazon and Shopify VA - product uploads, inventory, order processing, supplier communication.
s Personal assistant for entrepreneurs: travel planning, reservations, errands online, gift shopping, life admin.
s Podcast and YouTube VA: guest outreach, scheduling, show notes, uploads and thumbnails in Canva.
s Administrative assistant with legal office background, confidential and detail oriented.
s Virtual assistant from the Philippines, 5 years experience, available US hours, fast learner and very reliable.
s Inbox and calendar management expert. I'll protect your time so you can do deep work.
s Online business manager (OBM) - I run the operations side: SOPs, team coordination, tools and reporting.
s VA for social media scheduling, Canva graphics and community replies.
s va - admin, email, scheduling, research, data entry, anything you need!
t Remote Administrative Assistant Needed
t Virtual assistant for medical practice (non-clinical)
p Looking for a remote admin to answer emails, send appointment reminders and upload documents for our clinic, no clinical tasks.
p Need a VA who can manage my personal errands online: bills, appointments, returns, online orders.
s Remote admin support for clinics and small offices: scheduling, reminders, document management.
s Chief of staff-style assistant for founders: priorities, follow-ups, investor updates and team coordination.
"""

HAND["data_entry"] = """
t Data Entry Specialist Needed
t Copy paste data from PDFs into Excel
t Data entry - product catalog upload to Shopify (800 items)
t Web research and data entry: collect company contacts
t Typing job - convert scanned documents to Word
t Enter invoices into QuickBooks
t CRM data entry and cleanup (HubSpot)
t Lead generation list building - LinkedIn + Apollo
t Excel data entry and formatting, simple
t Data entry clerk for medical billing forms
t Update product prices in WooCommerce from spreadsheet
t Convert PDF tables to Excel/CSV
t Google Sheets data cleanup - remove duplicates
t Find email addresses for 500 contacts
t Manual data extraction from websites into spreadsheet
t Data entry for real estate listings
t Fill online forms from spreadsheet data
t Catalog data entry for auto parts
t Transcribe handwritten survey forms into Excel
t Salesforce data entry and record updates
t Business directory scraping / data collection
t Data Entry Assistant - long term, 20 hrs/week
t Receipt and expense entry
t Data entry Amazon product listings (flat file)
t Typing work: 100 pages in MS Word
t Data mining and entry from government registry
t OCR correction + data verification
t Address verification & data cleansing
p We have about 2,000 scanned invoices (PDF) and need vendor, date, amount and invoice number typed into an Excel sheet. Accuracy matters more than speed.
p Need someone to copy product info (title, price, SKU, description, images) from supplier website into our Shopify CSV template. Around 800 products.
p Looking for a detail-oriented data entry person to update contact records in HubSpot: fix names, add missing job titles and company domains, merge duplicates.
p Simple typing job: 40 pages of handwritten notes to be typed into Google Docs. Handwriting is clear.
p Build a lead list of 500 dental clinics in Texas: name, website, phone, email, owner name if available. Deliver in Google Sheets.
p We need our paper customer forms (about 1,200) entered into our database via a web form. Training provided.
p Convert 60 PDF bank statements into Excel with date, description, debit, credit columns.
p Need help cleaning up a messy spreadsheet of 15k rows: remove duplicates, standardize state names and phone formats, split full names.
p Looking for an assistant to enter weekly sales receipts and expenses into Xero and attach the photos.
p Data entry of real estate comps from county websites into our spreadsheet, roughly 300 properties a week.
p Please collect info from 200 websites (company name, address, social links) and fill our Airtable base.
p Need somebody to upload 350 products to Amazon with flat files, including bullet points and keywords we provide.
s Fast and accurate data entry specialist (typing speed 75 wpm, 99.8% accuracy). Excel, Google Sheets, CRM updates, PDF to Excel conversion.
s I do web research and lead generation: LinkedIn Sales Navigator, Apollo, Hunter.io, verified emails in clean spreadsheets.
s Data entry and product listing expert for Shopify, WooCommerce, Amazon and eBay. Bulk uploads with CSV and flat files.
s Data cleansing and deduplication in Excel: VLOOKUP/XLOOKUP, text functions, Power Query, consistent formats.
s Typing and document conversion: scanned PDFs, handwritten notes and images to editable Word or Excel.
s Bookkeeping data entry - invoices, receipts and bills into QuickBooks Online and Xero.
s CRM data entry and hygiene for HubSpot, Salesforce and Zoho, including list imports and field mapping.
s Reliable data entry clerk, available full time, attention to detail and confidentiality.
s Web scraping and data collection (manual and with tools), delivered as CSV, Excel or Google Sheets.
s I turn messy spreadsheets into clean ones. Copy paste, formatting, sorting, data validation.
s data entry, copy paste, typing, excel, online research. fast delivery and cheap rate
s Medical data entry and forms processing with HIPAA awareness.
s Catalog management: product attributes, categories, pricing updates and image uploads for big e-commerce catalogs.
t Data Entry Operator - Excel & Google Sheets
t Need VA for data entry from images into spreadsheet
t Data Collection - Restaurant Menus into CSV
p We have 300 photos of restaurant menus; need every item and price typed into a CSV with consistent categories.
s Data collection and entry for research projects, surveys and directories, double-checked for accuracy.
"""

HAND["data_analysis"] = """
t Data Analyst needed - Excel & Power BI dashboard
t SQL queries and reporting for e-commerce data
t Build Tableau dashboard from sales data
t Statistical analysis for survey (SPSS)
t Google Analytics 4 data analysis & Looker Studio report
t Python data analysis (pandas) of customer churn
t Financial model and KPI dashboard in Excel
t R programming - regression analysis for thesis
t Power BI developer - DAX measures and data model
t Analyze A/B test results and write summary
t Marketing attribution analysis (BigQuery)
t Cohort analysis and retention dashboard for SaaS
t Clean and analyze large CSV dataset
t Excel expert needed - pivot tables, formulas, charts
t Data visualization for research report
t Sales forecasting in Excel / Python
t Looker Studio dashboard for Shopify + Facebook Ads
t Business intelligence analyst, part-time contract
t Statistician for clinical trial data (SAS)
t Inventory analytics for retail chain
t Build KPI reporting in Google Sheets with automation
t Survey data analysis and cross-tabs
t Analyze Amazon sales data and find trends
t dbt + Snowflake analytics engineer
t Data storytelling presentation from our metrics
t Help with STATA panel data regression
t Exploratory data analysis (EDA) of transport data
p We have 3 years of Shopify order data and need a Power BI dashboard showing revenue, AOV, repeat customers and product performance, refreshed daily.
p Looking for someone fluent in SQL (PostgreSQL) to write queries for our monthly investor metrics and set up a simple Metabase dashboard.
p I'm a master's student and need help running a multiple regression and ANOVA in SPSS on my survey data (n=312), with interpretation of results.
p Need an analyst to dig into our churn data in Python (pandas) and tell us which customer segments are leaving and why.
p We run Google Ads and Meta ads for clients and need a Looker Studio template that blends GA4, ads spend and CRM conversions.
p Please analyze our A/B test (pricing page) for statistical significance and write a clear one-page summary for non-technical stakeholders.
p Excel expert wanted: automate our weekly sales report with pivot tables, XLOOKUP, and charts; currently takes 4 hours manually.
p Need an R expert for a mixed effects model on longitudinal health data, plus publication-quality ggplot figures.
p Our BigQuery has GA4 export + CRM data; we want marketing attribution analysis and a cohort retention table.
p Create a Tableau dashboard for HR metrics: headcount, attrition, time-to-hire, diversity. Data in Excel.
p We need a freelance BI analyst for 3 months to build our reporting layer in dbt on Snowflake and dashboards in Looker.
p Clinical research team needs a biostatistician for survival analysis (Kaplan-Meier, Cox) on a 2,000-patient dataset.
s Data analyst skilled in SQL, Excel, Power BI and Python. I turn raw data into dashboards and insights decision-makers actually use.
s Power BI developer: data modelling, DAX, Power Query, row-level security, deployment to Power BI Service.
s Statistician (MSc) - SPSS, R, STATA. Thesis and research support: regression, ANOVA, SEM, survival analysis, clear write-ups.
s Tableau certified analyst, interactive dashboards for sales, finance and operations.
s Marketing data analyst: GA4, BigQuery, Looker Studio, attribution and funnel analysis for e-commerce brands.
s Excel wizard - complex formulas, pivot tables, Power Query, VBA macros and automated reports.
s Analytics engineer: dbt, Snowflake, BigQuery, Airflow. I build clean data models your BI tool can trust.
s I analyse survey data and write reports with charts that tell a story: cross-tabs, significance tests, segmentation.
s Python data analyst (pandas, NumPy, matplotlib, seaborn), Jupyter notebooks, EDA and automated reporting.
s Financial data analyst: KPI dashboards, budgeting vs actuals, forecasting models in Excel and Google Sheets.
s Product analyst for SaaS: cohort retention, activation funnels, A/B testing, Mixpanel and Amplitude.
s data analyst, sql, power bi, excel, dashboards and reports, quick turnaround
s Biostatistician with SAS and R experience in clinical trials and epidemiology.
t Need someone to analyze my Excel data and make charts
t Data Analyst for Healthcare Dataset (Python/SQL)
p Hi! I have sales data in Excel for 5 stores and want charts and a short analysis of which products and months do best.
s Data visualization specialist: I design dashboards that are readable at a glance, Power BI, Tableau, Looker Studio.
"""

HAND["ml_development"] = """
t Machine Learning Engineer for demand forecasting model
t Build RAG chatbot over company documents (LangChain, OpenAI)
t Fine-tune LLM (Llama 3) on our support tickets
t Computer vision model for defect detection (PyTorch)
t NLP text classification model in Python
t Deploy ML model as REST API (FastAPI + Docker)
t MLOps engineer - MLflow, Kubeflow, CI/CD pipelines
t Recommendation system for e-commerce
t Object detection with YOLOv8 for drone images
t Time series forecasting (Prophet / LSTM)
t Build AI agent with tool calling and vector database
t Data scientist to build churn prediction model
t Speech recognition fine-tuning (Whisper)
t OCR pipeline for invoices using deep learning
t Train a custom image classifier with TensorFlow
t LLM app developer - semantic search with pgvector
t Fraud detection model (XGBoost) for fintech
t Optimize inference speed of transformer model (ONNX, TensorRT)
t Stable Diffusion fine-tuning (LoRA) for product images
t Kaggle-level data scientist for pricing model
t Sentiment analysis of customer reviews using BERT
t Build ML pipeline on AWS SageMaker
t Reinforcement learning for trading strategy
t Named entity recognition for legal documents (spaCy)
t Develop GPT-4 powered document extraction tool
t Face recognition attendance system
t Hugging Face model deployment on GPU server
t Anomaly detection on IoT sensor data
p We need a machine learning engineer to build a demand forecasting model for 2,000 SKUs using 3 years of sales history. Python, LightGBM or similar, with a retraining pipeline.
p Looking for an LLM developer to build a RAG assistant over our internal docs (Confluence, PDFs). Stack: LangChain or LlamaIndex, OpenAI or a local model, Pinecone or pgvector.
p Fine-tune an open-source LLM (Mistral 7B or Llama 3 8B) with LoRA/QLoRA on ~20k Q&A pairs from our support history and evaluate it against GPT-4.
p We manufacture metal parts and need a computer vision system to detect scratches and dents on the production line. PyTorch, edge deployment on Jetson.
p Need a data scientist to build a churn prediction model from our subscription data, explain the top features (SHAP) and hand over a clean notebook.
p Our model works in a notebook; we need an MLOps engineer to package it with Docker, serve it via FastAPI, add monitoring and set up CI/CD on GCP.
p Build a recommendation engine for our online bookstore (collaborative filtering + content-based), with offline evaluation and an API.
p Looking for someone to train a YOLO model to count livestock in drone footage. We have 3,000 labelled images.
p We need a speech-to-text model for medical dictation; fine-tune Whisper on our accented audio and measure WER.
p Develop an AI agent that reads incoming emails, extracts order details with an LLM and creates records in our ERP via API.
p Optimize our BERT-based classifier for production: quantization, ONNX export, latency under 20 ms on CPU.
p Need a fraud detection model for card transactions, highly imbalanced data, must be explainable to auditors.
s Machine learning engineer with 6 years in Python, PyTorch, scikit-learn and TensorFlow. From data pipelines to deployed models.
s LLM application developer: RAG systems, agents, function calling, evaluation harnesses. OpenAI, Anthropic, LangChain, LlamaIndex, vector DBs.
s Computer vision engineer - detection, segmentation, tracking, OCR. YOLO, Detectron2, OpenCV, edge deployment.
s MLOps engineer: MLflow, Kubeflow, SageMaker, Vertex AI, Docker, Kubernetes, model monitoring and drift detection.
s Data scientist (PhD, statistics) building forecasting, pricing and churn models that ship to production.
s NLP engineer: text classification, NER, summarization, semantic search, fine-tuning transformers with Hugging Face.
s I fine-tune LLMs (LoRA, QLoRA, DPO) and deploy them with vLLM or TGI on your own GPUs.
s Generative AI developer: Stable Diffusion, ControlNet, LoRA training and image generation pipelines.
s Kaggle Master, gradient boosting and deep learning for tabular and time series problems.
s AI engineer building production chatbots and document processing pipelines with GPT-4 and open-source models.
s ml engineer, pytorch, nlp, cv, deploy with fastapi docker aws
s Speech and audio ML: ASR fine-tuning, speaker diarization, TTS pipelines.
s Recommender systems and ranking models for e-commerce and media platforms.
t AI/ML Developer for Predictive Maintenance
t Python developer for LLM-based resume parser
p Build a predictive maintenance model from vibration sensor data so we can predict pump failures a week in advance.
p Need a Python developer to build an LLM-based resume parser that outputs structured JSON and scores candidates against a job description.
s Applied ML researcher turned engineer, transformers, graph neural networks and reinforcement learning.
"""

HAND["ai_data_annotation"] = """
t Image annotation - bounding boxes for 10,000 images
t AI Trainer - evaluate chatbot responses (remote, flexible)
t RLHF rater for LLM responses, English native
t Data labeling in Label Studio - text classification
t Semantic segmentation annotation (CVAT)
t Prompt writer & response evaluator for AI model
t Audio transcription and labeling for speech AI dataset
t LiDAR 3D point cloud annotation
t Search relevance rater (part-time)
t Annotate medical images (radiology) - polygons
t Named entity annotation for legal text
t Coding expert to evaluate AI-generated code (Python)
t Label product images by category and attributes
t AI training data writer - math problems with solutions
t Sentiment labeling of 5,000 tweets
t Video annotation - action recognition, keyframes
t Red teaming an LLM - write adversarial prompts
t Keypoint annotation for pose estimation
t Compare two AI answers and rank them (preference data)
t Data annotator for autonomous driving dataset
t Content moderation labeling for trust & safety dataset
t Fact-check AI responses - generalist AI tutor
t Create instruction-response pairs for fine-tuning
t Bilingual annotator (English/Spanish) for LLM evaluation
t OCR data validation and text line labeling
t Polygon annotation of satellite imagery
t Intent labeling for customer service chatbot data
t AI model evaluator - physics PhD needed
p We need 10,000 street images annotated with bounding boxes for cars, pedestrians, cyclists and traffic signs in CVAT. Quality checks on 10% of the work.
p Looking for native English speakers to rate chatbot responses for helpfulness, accuracy and safety, following detailed guidelines. Flexible hours, paid per task.
p Help us build a fine-tuning dataset: write 500 realistic customer questions and ideal answers in our brand voice, following a style guide.
p Label 5,000 support tickets by intent and urgency in Label Studio. Clear taxonomy provided, expect around 2-3 seconds per item once trained.
p Need experienced Python developers to review AI-generated code: find bugs, rate correctness and write improved solutions (RLHF project).
p Radiology annotation project: segment lung nodules on CT scans. Annotators must have a medical background.
p Red-team our LLM-powered assistant: write adversarial prompts that try to get harmful or off-policy answers and document the failures.
p Our speech team needs 200 hours of audio segmented, transcribed and labelled by speaker and emotion.
p Annotate 3D LiDAR point clouds with cuboids for vehicles and pedestrians, tracking IDs across frames.
p We need annotators to compare pairs of model responses and choose the better one, with a short written justification.
p Label product photos with 20 attributes (color, pattern, sleeve length, neckline) for our fashion search model.
p Math PhDs wanted to write challenging problems with step-by-step solutions and check model reasoning for errors.
s Data annotator with 4 years on image, video and text labeling: bounding boxes, polygons, segmentation, keypoints. CVAT, Labelbox, Label Studio, V7.
s AI trainer and LLM evaluator - I rate and rewrite model responses, write prompts and follow complex rubrics. Worked on Outlier, DataAnnotation and Scale AI projects.
s RLHF specialist: preference ranking, response rewriting, fact-checking and safety review for large language models.
s Medical image annotator (radiographer background), DICOM segmentation in 3D Slicer and MONAI Label.
s Text annotation: NER, sentiment, intent, classification, relation extraction, with consistent inter-annotator agreement.
s Software engineer doing AI code evaluation: reviewing model-written Python and JavaScript, writing test cases and better solutions.
s Bilingual (Arabic/English) data labeler and AI response evaluator.
s LiDAR and sensor-fusion annotator for autonomous driving datasets, cuboids and tracking.
s I write high-quality prompts and instruction data for LLM fine-tuning: diverse, realistic, guideline-compliant.
s Search quality rater and ads evaluator, 3 years with Appen and TELUS International.
s data labeling / annotation, image tagging, bounding box, fast and accurate
s Red teamer for generative AI - jailbreak attempts, bias probing and safety taxonomy labelling.
s Audio annotation: transcription, speaker diarization, emotion and sound event tagging for speech AI.
t Freelance AI Data Trainer (Chemistry)
t Image tagging for AI dataset, simple task
p Need chemistry experts to write graduate-level questions and grade AI answers for correctness and reasoning quality.
s Subject-matter expert (finance) evaluating and correcting LLM answers for AI training data.
"""

HAND["ai_consulting"] = """
t AI consultant to identify automation opportunities in our business
t Generative AI strategy workshop for leadership team
t Help us choose between ChatGPT Enterprise and Copilot
t AI adoption roadmap for mid-size manufacturer
t ChatGPT consultant - train our staff to use AI tools
t Advisor for AI customer service chatbot implementation
t AI readiness assessment & data strategy
t Fractional Chief AI Officer
t Consultant for AI governance and EU AI Act compliance
t Automate workflows with Zapier + OpenAI (consulting)
t AI use-case discovery for law firm
t Need an AI expert to advise on our product roadmap
t Prompt engineering training for marketing team
t Evaluate AI vendors for our call center
t AI automation consultant for real estate agency
t Build business case and ROI for AI project
t AI policy and responsible AI guidelines for company
t Consult on using AI for content creation safely
t Make.com + GPT automations audit and recommendations
t Custom GPT setup and team training
t Strategy call: how can AI help my e-commerce store?
t AI transformation consultant - healthcare
t Advise on LLM build vs buy decision
t AI tools workshop for small business owners
t Review our AI startup pitch and technical feasibility
p We're a 60-person accounting firm and want to understand where AI could save time. Looking for a consultant to interview teams, map processes and deliver a prioritized roadmap with quick wins.
p Need an expert to run a half-day generative AI workshop for our executives: what's real, what's hype, risks, and 3 pilot ideas for our industry.
p We want to add an AI chatbot to our customer service. Looking for an advisor to help us pick a vendor (Intercom Fin, Zendesk AI, custom), define success metrics and plan rollout.
p Looking for a fractional Chief AI Officer for 6 months to set our AI strategy, governance policy and oversee two pilot projects.
p Please assess our data readiness for AI: where our data lives, quality issues, and what we need before building anything.
p Our marketing team uses ChatGPT randomly. Need someone to train them on prompt engineering, build custom GPTs for our workflows and write usage guidelines.
p We need guidance on EU AI Act obligations for our HR screening tool and a practical compliance checklist.
p Small e-commerce owner: I want a 2-hour consultation on which AI tools can automate product descriptions, support emails and ad creatives.
p Law firm wants to explore AI for contract review and legal research. Need a consultant to evaluate tools (Harvey, CoCounsel, etc.), risks and confidentiality.
p Help us decide whether to build our own LLM solution or buy an existing SaaS; include cost estimates, risks and a recommendation.
p Real estate brokerage looking for someone to recommend AI automations (lead follow-up, listing descriptions, CRM) and show our agents how to use them.
s AI strategy consultant helping SMEs adopt generative AI: use-case discovery, ROI estimates, vendor selection and change management.
s Former McKinsey, now independent AI advisor. I help leadership teams build AI roadmaps and governance frameworks.
s I train teams to use ChatGPT, Claude and Copilot effectively: prompt engineering workshops, custom GPTs and internal playbooks.
s AI automation consultant - I audit your workflows and design automations with Zapier, Make, n8n and LLMs that save hours every week.
s Responsible AI and compliance advisor: EU AI Act, NIST AI RMF, AI policies, risk assessments.
s Fractional Chief AI Officer for startups and mid-market companies.
s Conversational AI consultant: chatbot strategy, vendor evaluation, conversation design and KPIs for customer service.
s AI in healthcare advisor - clinical workflow analysis, vendor due diligence, data privacy (HIPAA).
s Generative AI speaker and workshop facilitator for executive teams and conferences.
s ai consultant, I show small businesses which ai tools actually help them and set them up
s Data & AI strategy: maturity assessment, data platform recommendations, pilot project scoping.
s I help marketing agencies integrate AI into content production without losing quality or brand voice.
s Technical due diligence for AI startups and investors: model risks, defensibility, team assessment.
t AI Consultant Needed for Small Business
t Consulting on AI chatbot for our clinic
p Our clinic wants an AI receptionist/chatbot. We need advice on options, privacy compliance and what it would realistically cost.
s AI consultant for professional services firms: law, accounting and consulting, with a focus on confidentiality.
"""

HAND["voice_over"] = """
t Male voice over for 60s explainer video (American accent)
t Female British voice actor for e-learning modules
t Audiobook narrator - 8 hour nonfiction (ACX)
t Voice over for YouTube documentary channel
t IVR phone system recordings (professional voice)
t Spanish voice over for commercial (neutral LATAM)
t Character voices for animated series
t Video game voice actor - 3 characters, 150 lines
t Radio ad voice talent - 30 sec spot
t Warm, friendly voice for meditation app
t German native voiceover for product video
t Narrator for corporate training videos
t Deep movie trailer voice
t Voice actor for podcast intro/outro
t Arabic voice over for TV ad (MSA)
t Kids' voice for animated story
t Audiobook narration fiction, multiple characters
t Voice over for explainer video - Australian accent
t Telephone on-hold message voice over
t Voice over for mobile app tutorial
t French Canadian voiceover
t Voice actor for TikTok ads (UGC style read)
t ASMR voice recordings
t Voice over artist for museum audio guide
t Persian (Farsi) voice over for documentary
p We need a warm, conversational American male voice for our 90-second SaaS explainer. Script is 210 words. Dry WAV, 48kHz, one round of pickups included.
p Looking for a British female narrator for 12 e-learning modules (around 9,000 words total) on workplace safety. Clear, professional, not too formal.
p Seeking an audiobook narrator for my self-help book (62k words) on ACX, royalty share or per finished hour. Please send a 2-minute audition from chapter 1.
p Need voices for 3 characters in our indie RPG: grumpy blacksmith, young mage, villain. ~150 lines total, separate files per line.
p Our dental practice needs IVR and on-hold messages recorded: welcome, menu options, after-hours message.
p 30-second radio spot for a car dealership, energetic and local feel. Need it by Friday.
p Meditation app needs a calm, soothing female voice for 20 guided sessions of about 10 minutes each.
p Looking for neutral Latin American Spanish voice over for a 60s product commercial; must have a home studio with broadcast quality audio.
p We produce a true-crime YouTube channel and need a narrator with a deep, suspenseful delivery for weekly 20 min episodes.
p Need a kid-sounding voice for an animated children's story, about 5 minutes, cute and expressive.
s Professional voice actor with a broadcast-quality home studio (Neumann TLM 103, treated booth). Commercials, explainers, e-learning and IVR. Same-day delivery.
s Audiobook narrator on ACX and Findaway, 40+ titles narrated, fiction and nonfiction, character voices and accents.
s British female voice over artist - warm, trustworthy, corporate and e-learning specialist.
s Video game and animation voice actor: creatures, heroes, villains and everything between.
s Native German voiceover talent for commercials, product videos and documentaries.
s Deep male voice for trailers, promos and documentaries. Source-Connect available for live-directed sessions.
s Neutral Latin American Spanish voice talent, bilingual English, 12 years in radio and TV.
s I voice YouTube narrations, explainers and podcast intros with a friendly, conversational American tone.
s Arabic voice over artist (MSA, Gulf, Egyptian), TV commercials, e-learning, IVR.
s Meditation and wellness voice - calm, grounded, soothing. Guided meditations, sleep stories and yoga apps.
s voice over artist, male, american accent, fast turnaround, clean audio
s Character voice actor for cartoons and kids content, I can do 30+ distinct voices.
s IVR and on-hold voice professional, I record your prompts and deliver in any phone system format.
t Voiceover needed for audio guide in Italian
t Looking for voice talent - car commercial
p Our museum needs a calm, authoritative Italian voice for a 40-minute audio guide across 25 stops.
s Voice actor & narrator for museums, audio guides and documentaries, several languages via my team.
s Persian (Farsi) voice over artist for documentaries, ads and e-learning, clear Tehrani accent.
"""

HAND["music_production"] = """
t Music producer for pop single - full production, mix & master
t Mixing and mastering engineer for hip hop EP (5 tracks)
t Compose original background music for YouTube channel
t Custom beat for rap song (trap)
t Film score composer for short film (8 min)
t Royalty-free music for corporate video
t Video game soundtrack - chiptune/8-bit
t Podcast intro music + jingle bed (instrumental)
t Lo-fi beats for study channel, 10 tracks
t Mastering engineer for album (12 songs)
t Orchestral arrangement for piano piece
t Sound design for mobile game (UI sounds, SFX)
t EDM producer needed to finish my track
t Ghost producer for house music
t Vocal tuning and editing (Melodyne)
t Logic Pro producer for singer-songwriter demo
t Ableton producer to remix our song
t Music for TikTok ads (original, 15s loops)
t Stem mixing for worship band recording
t Reggaeton beat production
t Cinematic trailer music with epic drums
t Restore and remaster old vinyl recordings
t Ambient soundscapes for meditation app
t Guitar session musician for rock track (remote)
t Write and produce an instrumental theme for our brand
p I've recorded vocals and acoustic guitar for 3 songs and need a producer to build full arrangements (drums, bass, keys), then mix and master for Spotify.
p Looking for a mixing engineer for our 5-track hip hop EP. Stems are ready (Pro Tools session). Loud, punchy, radio-ready sound.
p Need original background music for our YouTube channel: 6 upbeat instrumental tracks, 2-3 minutes each, we own the rights.
p Short film (8 minutes, drama) needs an original score - mostly piano and strings, spotting session with the director.
p Our mobile game needs a soundtrack (menu, 3 level themes, boss fight) and around 40 sound effects.
p Please master a 12-song indie rock album for streaming and vinyl. Previous credits please.
p I want a trap beat for my new song, dark vibe, 140 BPM, exclusive rights. Reference tracks in the post.
p Need a podcast intro/outro music piece (15s and 30s versions) plus a background bed, acoustic and friendly.
p Looking for an Ableton producer to remix our single into a deep house version for clubs.
p Tune and time-align lead and backing vocals on 4 tracks using Melodyne, natural sounding.
s Music producer and mix engineer (Logic Pro, Pro Tools). Pop, R&B and singer-songwriter, from demo to release-ready master.
s Mixing & mastering engineer with 500+ releases on Spotify. Analog summing, fast turnaround, unlimited revisions.
s Composer for film, TV and games - orchestral, hybrid and electronic scores. Spitfire, Kontakt, Cubase.
s Beatmaker: trap, drill, boom bap and R&B beats, leases and exclusives, custom beats made to order.
s I compose royalty-free music for YouTube, podcasts, ads and corporate videos. You get full rights.
s Game audio designer: adaptive music, SFX, FMOD and Wwise implementation.
s Ableton Live producer and DJ - house, techno and EDM production, remixes and ghost production.
s Session guitarist & bassist recording from my home studio, any genre.
s Audio restoration and mastering for archives, vinyl and tape transfers.
s lofi producer, chill beats, available for channels and playlists
s Orchestrator and arranger - string arrangements, horn sections and piano scores, MIDI and sheet music.
s Sound designer for apps and games, UI sounds, ambiences and foley.
s Worship and gospel music producer, live band mixing and multitrack editing.
t Need music producer for Afrobeat song
t Mix & master my song, quick job
p Afrobeats artist looking for a producer to create a beat and help arrange my song, I will record vocals myself.
p Just need one song mixed and mastered, 24 tracks, R&B, by next week.
s Afrobeats and amapiano producer, custom beats and full song production.
s Film composer with credits on indie features and documentaries, I deliver stems and cue sheets.
"""

HAND["_other"] = """
t Structural engineer to stamp drawings for home addition
t Civil engineering drawings for road drainage
t Mechanical engineer - design HVAC system for office
t AutoCAD drafter for floor plans (permit set)
t Architect needed for residential house plans
t SolidWorks mechanical part design + 2D drawings
t Electrical wiring diagram for panel upgrade
t Plumbing layout drawings for restaurant kitchen
t Revit BIM modeler for commercial building
t PE stamp for steel beam calculation
t Sheet metal enclosure design in Fusion 360
t Foundation design and soil report review
t Licensed electrician to install EV charger
t Plumber needed to fix leaking water heater
t CPA for financial statement audit
t Tax return preparation (1040 with Schedule C)
t File my UK self assessment tax return
t Bookkeeper audit of year-end accounts
t Registered nurse for home care visits
t Medical doctor for telehealth consultations
t Court lawyer to represent me in eviction hearing
t Criminal defense attorney for DUI case
t Singer needed for radio jingle
t Female vocalist for wedding ceremony (live)
t Live band for corporate party
t Personal trainer for in-person gym sessions
t Private chef for dinner party of 12
t Car mechanic to diagnose engine noise
t Interior decorator for on-site apartment staging
t Event catering for 150 guests
t Delivery driver with own van
t Laptop motherboard repair
t Construction crew for bathroom remodel
t Roofing contractor for shingle replacement
t HVAC technician - AC not cooling
t PCB layout engineer (Altium) for IoT board
t CNC machinist for aluminum parts
t Land surveyor for property boundary
t Welder for custom steel railing
t Landscaping and lawn care weekly
t House cleaning service, biweekly
t Dog walker for weekday afternoons
t Moving help - 2 bedroom apartment
t Yoga instructor for corporate retreat
t Nutritionist meal plan for diabetic patient
t Physiotherapist home visits after knee surgery
t Hair and makeup artist for wedding day
t DJ for birthday party (in person)
t Tailor for suit alterations
t Forklift operator, warehouse, night shift
p We are adding a second storey to our house and need a licensed structural engineer to check the existing foundation, size the beams and stamp the drawings for the building permit.
p Need an AutoCAD drafter to turn my hand sketches into permit-ready floor plans, elevations and sections for a 3-bedroom house.
p Looking for a mechanical engineer to design the HVAC ductwork and load calculations for a 900 m2 office fit-out.
p Restaurant renovation: we need plumbing and drainage drawings including grease trap, stamped by a licensed engineer.
p Civil engineer needed for stormwater drainage design and grading plan for a small subdivision (12 lots).
p Design a sheet metal enclosure in SolidWorks for our control unit, with manufacturing drawings, tolerances and flat patterns.
p Need a CPA to audit our nonprofit's financial statements for the fiscal year and issue an audit opinion.
p Prepare and file my 2023 federal and state tax returns, self-employed with rental income.
p Looking for a registered nurse to provide wound care and medication management at home, 3 visits per week.
p I need a lawyer licensed in Ontario to represent me in small claims court next month.
p We're producing a radio ad and need a female singer to sing a catchy 15-second jingle; the music is already written.
p Need a live acoustic duo for a wedding reception, 3 hours, Saturday evening in Napa.
p Need a personal trainer at our local gym, three mornings a week, focus on weight loss and mobility.
p Private chef for a dinner party at my home: 5-course menu, 12 guests, vegetarian options.
p My 2015 Honda makes a grinding noise when braking; need a mechanic who can come to my place.
p Catering needed for a corporate event: lunch buffet for 150 people, including vegan and halal options.
p Looking for a delivery driver with own car to deliver groceries in the evening, paid per drop.
p Motherboard repair for MacBook Pro with liquid damage; board-level soldering experience required.
p Bathroom remodel: demolition, tiling, new vanity and shower installation. Licensed and insured contractor only.
p Need an electrician to rewire an old house and replace the fuse box with a modern breaker panel.
p Architect needed to design a small cabin (60 m2), concept to construction drawings, local permits in Vermont.
p Design a 4-layer PCB for an ESP32 sensor board in Altium or KiCad, including BOM and Gerbers for manufacturing.
p Need a land surveyor to mark property boundaries before we build a fence.
p Interior decorator to visit our new apartment, choose furniture and style the rooms in person.
p Hiring warehouse pickers and packers for the holiday season, on-site in Dallas.
p Need someone to fix my washing machine, it stopped draining.
p Personal trainer to come to my house 3x a week, strength training for seniors.
p Looking for a makeup artist for a bridal party of 6 on the wedding morning.
p Dog sitter needed for 10 days while we travel, must stay overnight.
p Roofing company to replace shingles and repair flashing on a 2,000 sq ft roof.
s Licensed structural engineer (PE) - residential and light commercial: beam sizing, foundations, retaining walls, stamped drawings.
s AutoCAD and Revit drafter producing architectural floor plans, elevations and permit sets.
s Mechanical design engineer: SolidWorks, Inventor, GD&T, sheet metal and machined parts for manufacturing.
s Civil engineer specializing in drainage, grading and site development plans.
s MEP engineer - HVAC, plumbing and electrical design for commercial buildings.
s Registered architect, residential homes and renovations from concept to construction documents.
s Electrical engineer for PCB design (Altium, KiCad), schematics, layout and DFM.
s CPA with 12 years of audit experience, financial statement audits and reviews for SMEs and nonprofits.
s Enrolled agent preparing individual and small business tax returns, IRS representation.
s Registered nurse offering home care, wound care and post-operative support.
s Litigation attorney representing clients in civil and family court.
s Session singer and live vocalist - jingles, weddings, events, backing vocals on stage.
s Certified personal trainer, in-person sessions at your gym or home.
s Private chef and caterer for dinner parties, weddings and corporate lunches.
s Auto mechanic with 15 years experience, mobile repairs and diagnostics.
s Licensed electrician - residential wiring, panel upgrades, EV chargers, lighting.
s Master plumber: leaks, water heaters, drain cleaning and bathroom plumbing.
s General contractor for kitchen and bathroom remodels, flooring and drywall.
s Laptop and phone repair technician, board-level micro soldering.
s Delivery driver with own van, reliable and insured, local and long distance.
s Interior decorator and home stager, on-site consultations and furniture sourcing.
s Physiotherapist providing home visits and rehab programs.
s Wedding and event DJ with my own sound and lighting equipment.
s Hair stylist and makeup artist for weddings and events.
s CNC machinist and fabricator, aluminum and steel, prototypes and small batches.
s HVAC technician - installation, repair and maintenance of heating and cooling systems.
s Yoga and pilates instructor for studios, retreats and private clients.
s Cleaner with 8 years experience, homes and offices, eco products.
s Land surveyor, boundary surveys, topographic surveys and construction staking.
s Forklift certified warehouse worker, inventory handling and loading.
t Tax accountant for small business, quarterly filings
t Nurse practitioner for clinic shifts
t Solicitor to represent tenant at tribunal
t Carpenter to build custom bookshelves
t Tile installer for kitchen backsplash
t Security guard for event
t Babysitter for two kids, weekends
t Piano player for restaurant evenings (live)
t Stand-up comedian for company event
t Painter (house) for exterior repaint
t Pharmacist for weekend shifts
t Dentist locum for 2 weeks
t Truck driver CDL Class A, regional routes
t Furniture assembly (IKEA) at my home
t Mover with truck, local move
t Gardener to prune fruit trees
t Bricklayer for garden wall
t Window installation contractor
t Solar panel installer - residential
t Stage actor for theatre production (in person)
t Mechanical engineering calculations for pressure vessel
t Finite element analysis (ANSYS) of bracket
t Architectural 2D plans for shop renovation
t Steel structure shop drawings (Tekla)
t Appliance repair technician - fridge
p Need a tax accountant to handle quarterly VAT returns and annual corporate tax filing for our small UK company.
p Looking for a carpenter to build floor-to-ceiling bookshelves in our living room, materials included in the quote.
p We need two security guards for a concert venue on Friday night, licensed.
p Hiring a live pianist to play jazz standards at our restaurant on Thursday and Saturday evenings.
p Run an ANSYS finite element analysis on a steel bracket under static load and provide a stress report.
p Steel fabricator needs Tekla shop drawings for a warehouse mezzanine structure.
p Install 16 solar panels and an inverter on a residential roof, licensed installer only.
p Need a CDL truck driver for regional routes, home weekends.
s Carpenter and cabinet maker, custom furniture, built-ins and finish carpentry.
s Tekla and AutoCAD steel detailer, shop drawings and erection drawings for fabricators.
s FEA engineer (ANSYS, Abaqus) for structural and thermal simulations of mechanical parts.
s Live jazz pianist for restaurants, hotels, weddings and private parties.
s Solar PV installer, NABCEP certified, residential and small commercial.
s CDL-A truck driver, clean record, OTR and regional.
"""

# Second pass of hand-written lines, mostly titles in the terse style of marketplace feeds.
HAND["product_photography"] += """
t Product photos for our new tea packaging
t Photographer for B2B industrial products catalogue
t Ghost Mannequin Photography + Editing
t amazon product photographer needed urgently
p Need product photos of 6 tea tins with loose leaf styling, plus clean packshots for wholesale catalogs.
s Catalog and industrial product photographer: tools, machinery parts, packaging, consistent lighting for big catalogs.
"""
HAND["animation"] += """
t 2D Animator Needed for Explainer Videos (Ongoing)
t Looking for After Effects motion graphics artist
t Animated mascot for our brand (rig + 5 poses)
t Cartoon animation for Instagram reels
p Our brand mascot needs to be rigged and animated for 5 short loops (wave, jump, thumbs up, thinking, celebrate).
s Motion graphics artist and 2D animator, 7 years in agencies, After Effects expressions and Duik rigs.
"""
HAND["promotional_video"] += """
t Corporate promo video production - London
t Need a videographer for brand commercial shoot
t Video Content Creator for Restaurant Promos
p Looking for a videographer to create monthly promo content for our 3 restaurants: food close-ups, chef moments, atmosphere.
"""
HAND["video_editing"] += """
t Video Editor Needed for YouTube Channel
t Freelance video editor for corporate videos
t Need someone to edit 30 short clips with subtitles
p Looking for a long-term video editor for our faceless history channel, scripts and voiceover provided, you source stock footage and edit 10-12 min videos.
"""
HAND["text_translation"] += """
t English to French Translator Needed
t Translate 20 blog posts into German
t Arabic to English translation of financial statements
t Native Japanese translator for website
t Translation of user manual into Spanish and Italian
t Translate Shopify store into Dutch
t English<>Persian translator for NGO reports
p We need our 25-page user manual translated into Spanish and Italian, keeping the InDesign layout; DTP afterwards if possible.
p Looking for a native Dutch translator to translate our Shopify theme, products and checkout pages.
s English-Dutch translator, native speaker, specialised in e-commerce, travel and software.
s French translator (EN>FR) for marketing, legal and technical documents, 1.5M words delivered, memoQ user.
"""
HAND["editing_proofreading"] += """
t Proofreader Needed for Ebook
t Editor for academic journal article (economics)
t Proofread 50 product pages, UK English
t Copyeditor for non-fiction book (70k words)
t Edit my blog articles for grammar and flow
t English language editing for scientific manuscript
p We need a UK English proofreader for 50 product pages on our website; consistency of spelling and capitalisation is key.
p Economics paper (11k words) needs substantive language editing before resubmission to a journal; reviewers mentioned unclear writing.
s Copyeditor for nonfiction and business books: consistency, clarity, style sheet, and query letters to authors.
s Scientific editor - life sciences and economics manuscripts, cover letters and reviewer responses.
"""
HAND["transcription_subtitling"] += """
t Transcription of 5 hours of audio
t Add English subtitles to Instagram videos
t Transcriptionist Needed for Interviews
t Subtitle translation English to Arabic (SRT)
t Caption files for e-learning videos (VTT)
t German audio transcription, verbatim
p Transcribe 5 hours of conference panel recordings, clean verbatim, speaker names provided in a list.
p We have English SRT files for 30 videos and need them translated into Arabic subtitles with correct right-to-left formatting.
s German and English transcriptionist with research and market-research experience, f4transkript and Express Scribe.
s I add captions and subtitles to social videos, clean styling and accurate timing for Reels and TikTok.
"""
HAND["customer_support"] += """
t Customer Service Representative Needed
t Email Support Specialist for E-commerce Brand
t Chat Support Agent (Intercom) - SaaS
t Remote Customer Support Role, Full Time
t Technical Support Engineer for API customers
t Customer support for Kickstarter backers
p We need a customer support specialist to answer emails and Intercom chats about billing, login issues and feature questions. Product training provided.
p Support backers of our Kickstarter campaign: answer questions about shipping, pledge changes and surveys, update FAQ.
p Need a support engineer who can read API logs and help developers integrate our REST API, tickets in Zendesk.
s Technical support engineer for developer products: APIs, webhooks, logs and clear answers to engineers.
s Customer support agent for crowdfunding campaigns and DTC launches, backer comms and surveys.
"""
HAND["project_management"] += """
t Project Manager Needed for Software Development
t Scrum master for 3 month contract
t Project coordinator for engineering consultancy (remote, document control)
t Asana expert to organize our projects
t IT project manager for cloud migration
t Marketing project manager (campaign timelines)
p We are migrating to AWS and need an IT project manager to coordinate our team, the vendor and security reviews, with weekly status reports.
p Marketing team needs someone to manage campaign timelines across design, copy and paid media in Asana and run weekly check-ins.
s IT project manager for cloud migrations, infrastructure and security projects, PMP and AWS aware.
s Marketing project manager who keeps campaigns on time, in budget and on brief, Asana and Wrike.
"""
HAND["virtual_assistance"] += """
t Virtual Assistant Needed for Admin Tasks
t Executive assistant for startup founder, part time
t Personal Virtual Assistant (Travel, Errands, Emails)
t Administrative VA for property management company
t VA to organize Google Drive and documents
t Virtual assistant to manage LinkedIn inbox and connections
p Property management company needs a VA to handle tenant emails, schedule maintenance, update rent rolls and chase late payments.
p I need a VA to organize my messy Google Drive, create a folder structure and naming conventions and keep it tidy.
s Property management VA: tenant communication, maintenance scheduling, AppFolio and Buildium.
s Virtual executive assistant with a background in hospitality, calm, organised and proactive.
"""
HAND["data_entry"] += """
t Data Entry Clerk Needed for Simple Excel Work
t Copy and paste job - product data
t Online data entry job, part time, remote
t Data Entry and Web Research Expert Needed
t Input survey responses into spreadsheet
t Build contact list of real estate agents (emails)
t Manual data entry into our web app
t Excel data entry from images
p We need 900 paper survey responses entered into a Google Sheet using a coding sheet we provide. Double entry check on a sample.
p Looking for someone to build a list of 1,000 real estate agents in Florida with name, brokerage, email and phone from public sites.
s Data entry and web research specialist: accurate lists, clean spreadsheets, verified contacts, on time.
s Typist and data entry operator for survey and form data, double-entry verification.
"""
HAND["data_analysis"] += """
t Power BI Dashboard Developer Needed
t Data Analyst for Marketing Reports
t Excel VBA automation and data analysis
t SQL expert needed for data analysis
t Tableau dashboard for sales team
t Statistical analysis help (R / SPSS) for research project
t Google Sheets reporting dashboard
t Data analysis of survey results with charts
p Need a Power BI developer to connect to our SQL Server and build an operations dashboard with drill-down by region and product.
p Looking for an expert in R to run a logistic regression and produce tables ready for a journal article.
p We need someone to write SQL against our Postgres database to answer business questions about customer lifetime value and retention.
s Data analyst: SQL (Postgres, MySQL, BigQuery), Python, Power BI and Tableau, with a knack for explaining results plainly.
s Research data analyst for academics and NGOs: survey design checks, weighting, regression and clear reports.
"""
HAND["ml_development"] += """
t Machine Learning Engineer Needed
t Data Scientist for Predictive Modeling
t LLM Developer for RAG Application
t Build AI chatbot with OpenAI API and our knowledge base
t Deep learning model for image segmentation
t Python ML expert for classification problem
t Fine-tune GPT / open-source LLM for text generation
t Computer Vision Engineer (OpenCV, PyTorch)
p We need a data scientist to build a lead scoring model from our CRM data (50k leads), evaluate it properly and deploy it as a daily batch job.
p Looking for an AI developer to build a chatbot on our knowledge base with the OpenAI API, embeddings and a simple web widget; must cite sources.
p Segment tumors in MRI scans with a U-Net style model; we have 800 annotated volumes and need a reproducible training pipeline.
s Data scientist and ML engineer: predictive modelling, feature engineering, model evaluation and deployment in Python.
s LLM engineer: RAG pipelines, embeddings, rerankers, guardrails and evals, deployed on AWS or Azure OpenAI.
"""
HAND["ai_data_annotation"] += """
t AI Training Data Specialist
t Data Annotator Needed (Image Labeling)
t Remote AI Response Evaluator - Part Time
t Text annotation for NLP dataset
t Label Studio annotator for document classification
t Writers to train AI models (English)
t Generalist AI tutor - evaluate and rewrite answers
t Bounding box annotation for retail shelf images
p We need writers to create prompts and ideal responses to train an AI model, across topics like cooking, travel and personal finance, following a detailed guide.
p Annotate 3,000 retail shelf images with bounding boxes per product SKU; consistency across annotators is crucial.
p Looking for evaluators to judge whether AI answers are factually correct, cite sources and follow instructions; paid hourly.
s AI training contributor: prompt writing, response ranking, fact-checking and rewriting with careful attention to guidelines.
s Image and video annotator, bounding boxes and polygons, 98%+ QA pass rate on large projects.
"""
HAND["ai_consulting"] += """
t AI Consultant Needed
t Generative AI Advisor for Marketing Agency
t AI strategy consultant - retail
t Help us implement AI in our business processes
t ChatGPT training for sales team
t AI automation audit for operations
t Consultant to design our AI chatbot rollout plan
p We're a retailer with 40 stores; we want a consultant to identify AI opportunities in forecasting, customer service and marketing and estimate the business impact.
p Need an AI automation audit of our operations team: what can be automated with existing tools, what needs custom work, and a 90-day plan.
p Our sales team should use AI better; please run two workshops on ChatGPT/Copilot for prospecting and email writing and leave them a prompt library.
s AI implementation advisor: I help companies move from ChatGPT experiments to measurable, safe AI workflows.
s I run AI workshops and strategy sprints for executives and teams, with practical playbooks at the end.
"""
HAND["voice_over"] += """
t Voice Over Artist Needed
t Male Narrator for YouTube videos
t Professional voiceover for corporate video
t Female voice for commercial, English US
t Spanish Voice Actor for Explainer
t Audiobook narration needed (romance novel)
t Voiceover for TikTok / Reels ads
p Looking for a female voice for a 30s US commercial, energetic and modern, delivered within 24 hours with 2 takes.
p Need a narrator for a romance novel audiobook (70k words), must do convincing male and female voices.
p Corporate video needs a professional English voiceover, 3 minutes, calm and confident, UK or neutral accent.
s Commercial and corporate voice actor with 15 years in radio, warm baritone, quick pickups included.
s Female US voice over talent: friendly, energetic, conversational reads for ads and explainers.
s Audiobook narrator for romance and thrillers, dual-character voices and emotional range.
"""
HAND["music_production"] += """
t Music Producer Needed
t Mixing and Mastering for Singles
t Original music composition for video game
t Background music for corporate videos
t Beat producer for R&B track
t Composer for documentary soundtrack
t Produce instrumental for my rap song
p Looking for a composer to write an original soundtrack for our documentary about the ocean, around 25 minutes of music, ambient and orchestral.
p Need an R&B producer to make a smooth instrumental and produce my vocals, I have lyrics and melody ready.
p Our corporate videos need 5 original background tracks, upbeat and inspirational, royalty-free with full rights.
s Composer and music producer for games and film, FL Studio and Cubase, orchestral and electronic.
s Hip hop and R&B producer, beats, vocal production, mixing and mastering in one place.
s Mastering engineer for streaming and vinyl, loudness standards for Spotify and Apple Music.
"""

# Fragments per service: roles (who is hired), objs (what is done), ctxs (for whom/where),
# tools.  Combined rows are capped so hand-written lines stay the majority.
FRAG: dict[str, dict[str, list[str]]] = {
    "portrait_photography": {
        "role": [
            "portrait photographer",
            "headshot photographer",
            "family photographer",
            "branding photographer",
            "lifestyle photographer",
        ],
        "obj": [
            "professional headshots",
            "family portraits",
            "couple photos",
            "team headshots",
            "personal branding portraits",
            "maternity photos",
            "senior portraits",
            "LinkedIn profile pictures",
            "actor headshots",
            "newborn photos",
        ],
        "ctx": [
            "for our law firm",
            "in a studio",
            "at our office",
            "for my website",
            "outdoors at sunset",
            "for a real estate team",
            "in Miami",
            "in London",
            "for a medical clinic",
            "for my coaching brand",
        ],
        "tool": [
            "Lightroom",
            "Photoshop retouching",
            "Canon R6",
            "Sony A7IV",
            "natural light",
            "studio strobes",
            "online gallery",
        ],
    },
    "product_photography": {
        "role": [
            "product photographer",
            "e-commerce photographer",
            "packshot photographer",
            "food photographer",
            "still life photographer",
        ],
        "obj": [
            "white background product photos",
            "lifestyle product images",
            "flat lay photos",
            "Amazon listing images",
            "jewelry photos",
            "menu photos",
            "ghost mannequin shots",
            "packshots",
            "360 spin photos",
            "hero product shots",
        ],
        "ctx": [
            "for our Shopify store",
            "for Amazon FBA",
            "for an Etsy shop",
            "for a skincare brand",
            "for a coffee roaster",
            "for a furniture catalog",
            "for 50 SKUs",
            "for a supplement brand",
            "for a shoe store",
            "for a bakery",
        ],
        "tool": [
            "Photoshop clipping paths",
            "focus stacking",
            "Capture One",
            "lightbox setup",
            "color-accurate editing",
            "Amazon image requirements",
        ],
    },
    "promotional_video": {
        "role": [
            "videographer",
            "video producer",
            "UGC creator",
            "commercial director",
            "brand filmmaker",
        ],
        "obj": [
            "a promotional video",
            "a 30-second commercial",
            "a brand film",
            "UGC video ads",
            "a testimonial video",
            "an event highlight video",
            "a product launch video",
            "a drone promo",
            "a recruitment video",
            "short promo clips for Reels",
        ],
        "ctx": [
            "for our restaurant",
            "for a hotel",
            "for our SaaS",
            "for a gym",
            "for a real estate listing",
            "for our nonprofit",
            "for a skincare brand",
            "for a conference",
            "for a winery",
            "for a car dealership",
        ],
        "tool": [
            "Sony FX3",
            "DJI drone",
            "gimbal",
            "4K",
            "licensed music",
            "color grading",
            "professional lighting",
        ],
    },
    "video_editing": {
        "role": [
            "video editor",
            "YouTube editor",
            "short-form editor",
            "colorist",
            "podcast video editor",
        ],
        "obj": [
            "YouTube videos",
            "TikToks and Reels",
            "wedding footage",
            "podcast episodes",
            "course videos",
            "interview footage",
            "vlogs",
            "real estate videos",
            "ad creatives",
            "a short film",
        ],
        "ctx": [
            "for my channel",
            "on a weekly basis",
            "for our agency",
            "for a coach",
            "for a gaming creator",
            "for our marketing team",
            "with captions",
            "with b-roll and sound effects",
            "with color grading",
            "in vertical format",
        ],
        "tool": [
            "Premiere Pro",
            "DaVinci Resolve",
            "Final Cut Pro",
            "CapCut",
            "After Effects",
            "Avid Media Composer",
        ],
    },
    "animation": {
        "role": [
            "2D animator",
            "3D animator",
            "motion designer",
            "explainer video animator",
            "character animator",
        ],
        "obj": [
            "an explainer animation",
            "a logo animation",
            "character animation",
            "motion graphics",
            "a 3D product animation",
            "a whiteboard video",
            "Lottie animations",
            "an animated intro",
            "animated infographics",
            "sprite animations",
        ],
        "ctx": [
            "for our app",
            "for a SaaS startup",
            "for a kids channel",
            "for a game",
            "for e-learning",
            "for a pharma company",
            "for social ads",
            "for YouTube",
            "for a Kickstarter",
            "for our website",
        ],
        "tool": [
            "After Effects",
            "Blender",
            "Cinema 4D",
            "Toon Boom Harmony",
            "Vyond",
            "Adobe Animate",
            "Maya",
            "Spine",
        ],
    },
    "text_translation": {
        "role": [
            "translator",
            "native translator",
            "localization specialist",
            "certified translator",
            "sworn translator",
        ],
        "obj": [
            "English to Spanish translation",
            "German to English translation",
            "French translation",
            "Arabic localization",
            "Japanese to English translation",
            "Farsi to English translation",
            "Portuguese (BR) localization",
            "Chinese translation",
            "Italian translation",
            "Turkish translation",
        ],
        "ctx": [
            "of our website",
            "of legal contracts",
            "of product descriptions",
            "of a user manual",
            "of app strings",
            "of a medical report",
            "of marketing copy",
            "of academic papers",
            "of official documents",
            "of a game script",
        ],
        "tool": ["SDL Trados", "memoQ", "Phrase", "Smartcat", "glossary and TM", "XLIFF files"],
    },
    "editing_proofreading": {
        "role": ["proofreader", "copy editor", "academic editor", "line editor", "book editor"],
        "obj": [
            "proofreading",
            "copy editing",
            "line editing",
            "developmental editing",
            "grammar and style editing",
            "language editing",
            "final proofread",
            "substantive editing",
            "MTPE post-editing",
            "manuscript critique",
        ],
        "ctx": [
            "of my novel",
            "of a PhD thesis",
            "of blog articles",
            "of a research paper",
            "of website copy",
            "of a business book",
            "of a grant proposal",
            "of a memoir",
            "of an annual report",
            "of a children's book",
        ],
        "tool": [
            "track changes in Word",
            "Google Docs comments",
            "Chicago style",
            "APA 7",
            "AP Style",
            "PDF markup",
            "PerfectIt",
        ],
    },
    "transcription_subtitling": {
        "role": [
            "transcriptionist",
            "subtitler",
            "captioner",
            "transcriber",
            "subtitle translator",
        ],
        "obj": [
            "audio transcription",
            "verbatim transcripts",
            "English subtitles",
            "SRT captions",
            "closed captions",
            "interview transcription",
            "podcast transcripts",
            "subtitle translation",
            "time-coded transcripts",
            "focus group transcription",
        ],
        "ctx": [
            "for YouTube videos",
            "for research interviews",
            "for an online course",
            "for a documentary",
            "for a law firm",
            "for a podcast",
            "for training videos",
            "for a feature film",
            "for a webinar series",
            "for medical dictations",
        ],
        "tool": [
            "Subtitle Edit",
            "Aegisub",
            "Express Scribe",
            "Otter cleanup",
            ".srt and .vtt",
            "speaker labels and timestamps",
        ],
    },
    "customer_support": {
        "role": [
            "customer support agent",
            "customer service rep",
            "live chat agent",
            "technical support specialist",
            "help desk agent",
        ],
        "obj": [
            "email and chat support",
            "ticket handling",
            "phone support",
            "refunds and returns",
            "order tracking questions",
            "Tier 1 tech support",
            "customer inquiries",
            "onboarding calls",
            "complaint handling",
            "social media DMs",
        ],
        "ctx": [
            "for our Shopify store",
            "for a SaaS product",
            "for an Amazon seller",
            "for a mobile game",
            "for a travel agency",
            "for a subscription box",
            "on night shift",
            "during US hours",
            "on weekends",
            "for a telecom client",
        ],
        "tool": [
            "Zendesk",
            "Intercom",
            "Gorgias",
            "Freshdesk",
            "Help Scout",
            "HubSpot Service Hub",
            "Salesforce Service Cloud",
        ],
    },
    "project_management": {
        "role": [
            "project manager",
            "Scrum Master",
            "project coordinator",
            "technical project manager",
            "delivery manager",
        ],
        "obj": [
            "sprint planning",
            "project coordination",
            "timeline and budget tracking",
            "stakeholder updates",
            "agile delivery",
            "resource planning",
            "risk management",
            "status reporting",
            "backlog grooming",
            "vendor coordination",
        ],
        "ctx": [
            "for a website redesign",
            "for our app launch",
            "for a remote dev team",
            "for a marketing agency",
            "for an ERP rollout",
            "for an e-learning project",
            "for a game studio",
            "for a CRM implementation",
            "for a startup MVP",
            "for a product launch",
        ],
        "tool": [
            "Jira",
            "Asana",
            "Trello",
            "ClickUp",
            "Monday.com",
            "MS Project",
            "Confluence",
            "Notion",
        ],
    },
    "virtual_assistance": {
        "role": [
            "virtual assistant",
            "executive assistant",
            "admin assistant",
            "personal assistant",
            "online business manager",
        ],
        "obj": [
            "inbox management",
            "calendar scheduling",
            "travel booking",
            "admin support",
            "meeting coordination",
            "document organization",
            "appointment setting",
            "online research",
            "email follow-ups",
            "CRM updates",
        ],
        "ctx": [
            "for a busy CEO",
            "for a real estate agent",
            "for a coaching business",
            "for a podcast host",
            "for an e-commerce owner",
            "for a small law office",
            "for a startup founder",
            "10 hours a week",
            "during EST hours",
            "for a consultant",
        ],
        "tool": [
            "Google Workspace",
            "Microsoft 365",
            "Calendly",
            "Notion",
            "ClickUp",
            "Slack",
            "Canva",
        ],
    },
    "data_entry": {
        "role": [
            "data entry specialist",
            "data entry clerk",
            "typist",
            "data entry assistant",
            "lead researcher",
        ],
        "obj": [
            "data entry",
            "copy paste work",
            "PDF to Excel conversion",
            "product listing uploads",
            "CRM record updates",
            "lead list building",
            "invoice data entry",
            "spreadsheet cleanup",
            "web research",
            "form filling",
        ],
        "ctx": [
            "into Excel",
            "into Google Sheets",
            "for our Shopify catalog",
            "in HubSpot",
            "in Salesforce",
            "from scanned documents",
            "from websites",
            "for 1,000 records",
            "into QuickBooks",
            "for an Amazon store",
        ],
        "tool": [
            "Excel",
            "Google Sheets",
            "Airtable",
            "Apollo",
            "LinkedIn Sales Navigator",
            "OCR",
            "CSV import",
        ],
    },
    "data_analysis": {
        "role": [
            "data analyst",
            "BI developer",
            "statistician",
            "Power BI expert",
            "analytics engineer",
        ],
        "obj": [
            "a sales dashboard",
            "SQL reporting",
            "statistical analysis",
            "KPI tracking",
            "churn analysis",
            "survey data analysis",
            "cohort analysis",
            "A/B test analysis",
            "financial reporting",
            "exploratory data analysis",
        ],
        "ctx": [
            "for our e-commerce store",
            "for a SaaS company",
            "for my thesis",
            "for the marketing team",
            "for a retail chain",
            "for HR metrics",
            "from Shopify data",
            "from Google Analytics",
            "for investors",
            "for a hospital",
        ],
        "tool": [
            "Power BI",
            "Tableau",
            "SQL",
            "Excel",
            "Python pandas",
            "R",
            "SPSS",
            "Looker Studio",
            "BigQuery",
        ],
    },
    "ml_development": {
        "role": [
            "machine learning engineer",
            "data scientist",
            "LLM engineer",
            "MLOps engineer",
            "computer vision engineer",
        ],
        "obj": [
            "a forecasting model",
            "a RAG chatbot",
            "LLM fine-tuning",
            "an image classification model",
            "an object detection model",
            "a recommendation system",
            "an NLP classifier",
            "model deployment",
            "a churn prediction model",
            "an AI agent",
        ],
        "ctx": [
            "for our e-commerce data",
            "for internal documents",
            "for a fintech",
            "for manufacturing QA",
            "for customer support",
            "on AWS",
            "on GCP",
            "for medical images",
            "for retail demand",
            "for legal documents",
        ],
        "tool": [
            "PyTorch",
            "TensorFlow",
            "scikit-learn",
            "Hugging Face",
            "LangChain",
            "MLflow",
            "Docker and FastAPI",
            "XGBoost",
            "vector databases",
        ],
    },
    "ai_data_annotation": {
        "role": [
            "data annotator",
            "AI trainer",
            "RLHF rater",
            "data labeler",
            "LLM response evaluator",
        ],
        "obj": [
            "image annotation",
            "bounding box labeling",
            "text classification labeling",
            "response rating",
            "preference ranking",
            "prompt writing",
            "semantic segmentation",
            "audio labeling",
            "NER annotation",
            "AI output fact-checking",
        ],
        "ctx": [
            "for an AI training dataset",
            "for an LLM project",
            "for self-driving data",
            "for medical imaging",
            "for a chatbot model",
            "for an e-commerce model",
            "in English",
            "in Spanish",
            "for a coding model",
            "for a speech dataset",
        ],
        "tool": [
            "Label Studio",
            "CVAT",
            "Labelbox",
            "Scale AI",
            "V7",
            "Prodigy",
            "annotation guidelines",
        ],
    },
    "ai_consulting": {
        "role": [
            "AI consultant",
            "AI strategy advisor",
            "generative AI consultant",
            "AI automation consultant",
            "fractional Chief AI Officer",
        ],
        "obj": [
            "an AI adoption roadmap",
            "AI use-case discovery",
            "a ChatGPT training workshop",
            "AI chatbot strategy",
            "AI governance policy",
            "AI vendor selection",
            "workflow automation advice",
            "an AI readiness assessment",
            "AI ROI analysis",
            "a generative AI strategy",
        ],
        "ctx": [
            "for our accounting firm",
            "for a law firm",
            "for a hospital",
            "for our leadership team",
            "for a small business",
            "for a manufacturer",
            "for a marketing agency",
            "for our call center",
            "for a retailer",
            "for a real estate brokerage",
        ],
        "tool": [
            "ChatGPT Enterprise",
            "Microsoft Copilot",
            "Zapier",
            "Make",
            "n8n",
            "custom GPTs",
            "EU AI Act",
        ],
    },
    "voice_over": {
        "role": [
            "voice over artist",
            "voice actor",
            "narrator",
            "voice talent",
            "audiobook narrator",
        ],
        "obj": [
            "a voice over",
            "narration",
            "an audiobook",
            "IVR prompts",
            "character voices",
            "a radio spot read",
            "e-learning narration",
            "an explainer voiceover",
            "on-hold messages",
            "documentary narration",
        ],
        "ctx": [
            "with an American accent",
            "with a British accent",
            "in Spanish",
            "in German",
            "for a YouTube channel",
            "for a video game",
            "for an app",
            "for a TV ad",
            "for corporate training",
            "for a podcast",
        ],
        "tool": [
            "home studio",
            "Neumann mic",
            "Source-Connect",
            "ACX standards",
            "dry WAV files",
            "same-day delivery",
        ],
    },
    "music_production": {
        "role": [
            "music producer",
            "mixing engineer",
            "mastering engineer",
            "composer",
            "beatmaker",
        ],
        "obj": [
            "mixing and mastering",
            "a custom beat",
            "an original score",
            "background music",
            "a full song production",
            "a remix",
            "a game soundtrack",
            "podcast intro music",
            "vocal tuning",
            "an orchestral arrangement",
        ],
        "ctx": [
            "for my single",
            "for an EP",
            "for a short film",
            "for YouTube videos",
            "for a mobile game",
            "for a podcast",
            "for an album",
            "for TikTok ads",
            "for a hip hop track",
            "for a documentary",
        ],
        "tool": [
            "Ableton Live",
            "Logic Pro",
            "Pro Tools",
            "FL Studio",
            "Cubase",
            "Melodyne",
            "Kontakt",
        ],
    },
}

# Out-of-taxonomy trades: each group keeps role, work, place and credential coherent.
OTHER_GROUPS: list[dict[str, list[str]]] = [
    {
        "role": ["structural engineer", "PE structural engineer"],
        "obj": [
            "stamped structural drawings",
            "beam and column calculations",
            "foundation design",
            "retaining wall design",
        ],
        "ctx": ["for a home addition", "for a warehouse mezzanine", "for a permit application"],
        "tool": ["PE license", "ETABS", "SAP2000", "RISA-3D"],
    },
    {
        "role": ["civil engineer", "site engineer"],
        "obj": [
            "drainage design",
            "grading plans",
            "road design drawings",
            "stormwater calculations",
        ],
        "ctx": ["for a subdivision", "for a parking lot", "for a county permit"],
        "tool": ["Civil 3D", "HEC-RAS", "PE stamp", "site visits"],
    },
    {
        "role": ["AutoCAD drafter", "architectural draftsman", "architect"],
        "obj": [
            "permit floor plans",
            "construction drawings",
            "house plans",
            "elevations and sections",
        ],
        "ctx": ["for a 3-bedroom house", "for a shop renovation", "for a duplex", "for a cabin"],
        "tool": ["AutoCAD", "Revit", "ArchiCAD", "local building codes"],
    },
    {
        "role": ["mechanical engineer", "mechanical design engineer", "CAD designer"],
        "obj": [
            "mechanical part drawings",
            "sheet metal design",
            "GD&T drawings",
            "HVAC load calculations",
            "FEA stress analysis",
        ],
        "ctx": [
            "for a manufacturing run",
            "for a machine frame",
            "for an office building",
            "for a prototype",
        ],
        "tool": ["SolidWorks", "Inventor", "Fusion 360", "ANSYS", "CATIA"],
    },
    {
        "role": ["licensed electrician", "electrical contractor"],
        "obj": [
            "panel rewiring",
            "EV charger installation",
            "electrical wiring",
            "lighting installation",
        ],
        "ctx": ["in an old house", "for a restaurant", "in our garage", "for a new build"],
        "tool": ["licensed and insured", "NEC code", "own tools"],
    },
    {
        "role": ["plumber", "master plumber"],
        "obj": ["pipe repair", "water heater replacement", "drain cleaning", "bathroom plumbing"],
        "ctx": ["in a rental property", "this weekend", "for a restaurant kitchen"],
        "tool": ["licensed and insured", "same-day call-outs", "own van"],
    },
    {
        "role": ["CPA", "auditor", "tax preparer", "enrolled agent"],
        "obj": [
            "a financial statement audit",
            "tax filing",
            "corporate tax returns",
            "year-end audit",
            "VAT returns",
        ],
        "ctx": [
            "for a nonprofit",
            "for a small business",
            "for a self-employed client",
            "for fiscal year 2023",
        ],
        "tool": ["CPA license", "IRS representation", "GAAP", "IFRS"],
    },
    {
        "role": ["registered nurse", "home care nurse", "nurse practitioner"],
        "obj": ["home nursing visits", "wound care", "medication management", "clinic shifts"],
        "ctx": ["for an elderly patient", "after surgery", "three times a week"],
        "tool": ["RN license", "BLS certified", "10 years experience"],
    },
    {
        "role": ["trial lawyer", "litigation attorney", "solicitor"],
        "obj": ["court representation", "defense in a hearing", "representation at tribunal"],
        "ctx": ["in small claims court", "in an eviction case", "in a DUI case", "in family court"],
        "tool": ["bar admission", "courtroom experience"],
    },
    {
        "role": ["jingle singer", "session vocalist", "live singer"],
        "obj": ["a sung jingle", "live vocals", "a wedding performance", "backing vocals on stage"],
        "ctx": ["for a radio ad", "for a wedding ceremony", "at a corporate party", "at our venue"],
        "tool": ["live performance experience", "own PA system"],
    },
    {
        "role": ["live band", "DJ", "pianist", "comedian"],
        "obj": ["a live performance", "a 3-hour set", "entertainment"],
        "ctx": ["at a birthday party", "for a corporate event", "at a restaurant", "at a wedding"],
        "tool": ["own sound equipment", "in person"],
    },
    {
        "role": ["personal trainer", "fitness coach", "yoga instructor"],
        "obj": ["in-person training sessions", "gym training sessions", "group classes"],
        "ctx": ["at my home", "for seniors", "for a corporate retreat", "in the park"],
        "tool": ["certified", "first aid", "5 years experience"],
    },
    {
        "role": ["private chef", "caterer", "cook"],
        "obj": ["a catered dinner", "event catering", "a buffet lunch", "meal prep"],
        "ctx": ["for 150 guests", "for a dinner party", "for a wedding", "for an office"],
        "tool": ["food safety certificate", "own equipment"],
    },
    {
        "role": ["auto mechanic", "car mechanic"],
        "obj": [
            "brake repair",
            "engine diagnostics",
            "oil change and service",
            "transmission repair",
        ],
        "ctx": ["for a Honda Civic", "at my driveway", "for our fleet"],
        "tool": ["own tools", "ASE certified", "mobile service"],
    },
    {
        "role": ["delivery driver", "truck driver", "courier"],
        "obj": ["same-day deliveries", "regional routes", "parcel delivery", "furniture transport"],
        "ctx": ["in Chicago", "for a grocery store", "on weekends"],
        "tool": ["own vehicle", "CDL Class A", "clean driving record"],
    },
    {
        "role": ["general contractor", "carpenter", "roofer", "tile installer", "welder"],
        "obj": [
            "a kitchen remodel",
            "roof repair",
            "custom shelving",
            "tile installation",
            "steel railing fabrication",
        ],
        "ctx": ["on site", "in a condo", "for a rental property", "for our backyard"],
        "tool": ["licensed and insured", "own tools", "local permits"],
    },
    {
        "role": ["phone repair technician", "appliance repair technician", "hardware technician"],
        "obj": [
            "screen replacement",
            "motherboard repair",
            "fridge repair",
            "washing machine repair",
        ],
        "ctx": ["at my home", "for a MacBook", "for an iPhone", "this week"],
        "tool": ["micro soldering", "own parts", "warranty on repairs"],
    },
    {
        "role": ["interior decorator", "home stager", "house cleaner", "landscaper"],
        "obj": ["on-site room styling", "home staging", "deep cleaning", "lawn care"],
        "ctx": ["for a new apartment", "before a sale", "every two weeks", "for an office"],
        "tool": ["in person", "own supplies", "insured"],
    },
]
OTHER_SELF_T = [
    "{Role} with {n} years of experience: {obj} and {obj2} {ctx}. {Tool}.",
    "I am {a_role} offering {obj} and {obj2}, {tool}.",
    "Hi! I'm {a_role}. I do {obj} {ctx} - {tool}.",
    "{n}+ years as {a_role}. Clients call me for {obj} {ctx}.",
    "{role} | {obj} | {obj2} | {tool}",
]

TITLE_T = [
    "{Role} needed {ctx}",
    "{Obj} {ctx}",
    "Need {obj} {ctx}",
    "{Obj} - {tool}",
    "Looking for {role} ({tool})",
    "Hiring {role} for {obj}",
    "{Role} - {obj}",
    "{obj} {ctx} - long term",
    "Experienced {role} wanted",
    "{Role} for {obj}, {tool}",
    "urgent: {obj} {ctx}",
    "{Obj} ({tool} preferred)",
]
POST_T = [
    "We are looking for {a_role} to help with {obj} {ctx}. Experience with {tool} is a plus.",
    "Need {obj} {ctx}. Please share samples of similar work and your rate.",
    "Hi, I need an experienced {role} for {obj} {ctx}. {Tool} preferred, budget {budget}.",
    "Looking for a reliable {role} for ongoing {obj} {ctx}. Must know {tool}.",
    "Our team needs {obj} {ctx} within {days} days. Fixed price {budget}.",
    "Seeking {a_role} who can deliver {obj} {ctx}; {tool} experience required.",
    "hello, need someone for {obj} {ctx}, budget around {budget}, start asap",
]
SELF_T = [
    "{Role} with {n} years of experience in {obj} {ctx}. I work with {tool} and {tool2}.",
    "I am {a_role} offering {obj} and {obj2}. Tools: {tool}, {tool2}.",
    "Experienced {role}: {obj}, {obj2} and more. {Tool} user, fast turnaround.",
    "Hi! I'm a freelance {role}. I specialise in {obj} {ctx}, using {tool}.",
    "{n}+ years as {a_role}. Clients hire me for {obj} {ctx}.",
    "{role} | {obj} | {obj2} | {tool}",
]
BUDGETS = ["$50", "$150", "$300", "$500", "$1,000", "$20/hr", "$35/hr", "$2k", "negotiable"]
TARGET = {"title": 46, "post": 36, "self": 31}
TARGET_OTHER = {"title": 100, "post": 90, "self": 70}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


JACCARD_MAX = 0.6


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _noise(rng: random.Random, text: str) -> str:
    """Sometimes lowercase, drop the final period or swap two letters, as real posts do."""
    r = rng.random()
    if r < 0.12:
        text = text.lower()
    elif r < 0.2:
        text = text.rstrip(".")
    if rng.random() < 0.08:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def _fill(rng: random.Random, tpl: str, f: dict[str, list[str]]) -> str:
    obj, obj2 = rng.sample(f["obj"], 2)
    tool, tool2 = rng.sample(f["tool"], 2)
    role = rng.choice(f["role"])
    vals = {
        "role": role,
        "Role": _cap(role),
        "a_role": (
            "an "
            if role[:1].lower() in "aeiou" or role.startswith(("RLHF", "LLM", "MLOps", "HVAC"))
            else "a "
        )
        + role,
        "obj": obj,
        "Obj": _cap(obj),
        "obj2": obj2,
        "ctx": rng.choice(f["ctx"]),
        "tool": tool,
        "Tool": _cap(tool),
        "tool2": tool2,
        "budget": rng.choice(BUDGETS),
        "days": str(rng.choice([3, 5, 7, 10, 14])),
        "n": str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12])),
    }
    return tpl.format(**vals)


def parse_hand(block: str) -> list[tuple[str, str]]:
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        k, _, text = line.partition(" ")
        if k not in KIND or "\t" in text:
            raise ValueError(f"bad hand-written line: {line!r}")
        rows.append((KIND[k], text.strip()))
    return rows


def build(service: str) -> list[tuple[str, str]]:
    rng = random.Random(f"azadkar-B-{service}")
    rows = parse_hand(HAND[service])
    seen = {_norm(t) for _, t in rows}
    token_sets = [set(k.split()) for k in seen]
    target = TARGET_OTHER if service == "_other" else TARGET
    templates = {"title": TITLE_T, "post": POST_T, "self": SELF_T}
    if service == "_other":
        templates["self"] = OTHER_SELF_T
    for kind, want in target.items():
        have = sum(1 for k, _ in rows if k == kind)
        tries = 0
        while have < want and tries < 5000:
            tries += 1
            frag = rng.choice(OTHER_GROUPS) if service == "_other" else FRAG[service]
            text = _noise(rng, _fill(rng, rng.choice(templates[kind]), frag))
            key = _norm(text)
            toks = set(key.split())
            # Reject near-duplicates: a combined row must differ from every row kept so far.
            if key in seen or any(_jaccard(toks, o) >= JACCARD_MAX for o in token_sets):
                continue
            seen.add(key)
            token_sets.append(toks)
            rows.append((kind, text))
            have += 1
    return rows


def main() -> None:
    for service in HAND:
        rows = build(service)
        with open(OUT / f"{service}.tsv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(["kind", "text"])
            w.writerows(rows)
        hand = len(parse_hand(HAND[service]))
        print(f"{service:28s} rows={len(rows):4d} hand={hand:4d}")


if __name__ == "__main__":
    main()
