"""Build the English training corpus files for helper A's 25 services.

Each <service_id>.tsv = the hand-written rows in hand_A/<service_id>.txt (lines "T|", "P|", "S|")
followed by rows combined from the service fragments below with shared niches, budgets and
deadlines. Deterministic: one seeded RNG per service, so re-running gives identical files.

    .venv/bin/python training/corpus/en/gen_A.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HAND = HERE / "hand_A"
SEED = 20241126

KIND = {"T": "title", "P": "post", "S": "self"}

# Per service: t = noun phrases for titles, p = "what we need" clauses for posts,
# s = first-person clauses for self-descriptions. {n} is replaced by a niche.
FRAG: dict[str, dict[str, list[str]]] = {
    "blog_content": {
        "t": [
            "blog writer",
            "SEO blog posts",
            "weekly blog articles",
            "blog content creator",
            "ghost blogger",
            "blog post package (4 posts)",
            "long-form blog content",
            "company blog writer",
        ],
        "p": [
            "someone to write regular blog posts for our {n} website",
            "a blogger who can produce 1,200-word posts for our {n} blog every week",
            "a writer to keep the {n} blog updated with helpful how-to posts",
            "blog content for a {n} - topic ideas, drafts and publishing in WordPress",
            "4 SEO-friendly blog posts a month about the {n} industry",
            "a ghostwriter for the founder's blog at our {n} company",
            "fresh blog articles to replace our outdated {n} posts",
        ],
        "s": [
            "I write blog posts for {n} brands",
            "I keep {n} blogs updated every week",
            "I ghostwrite blog content for {n} owners",
            "I write SEO blog articles in the {n} niche",
            "I plan and write company blogs for {n} businesses",
            "I turn expertise in {n} into readable blog posts",
        ],
    },
    "article_writing": {
        "t": [
            "article writer",
            "feature article",
            "well-researched articles",
            "news articles",
            "op-ed writer",
            "magazine articles",
            "explainer articles",
            "in-depth articles",
        ],
        "p": [
            "a writer for in-depth articles about the {n} sector for our online magazine",
            "well-sourced news articles on {n} trends, 900-1,200 words each",
            "a feature article with interviews about the {n} world",
            "an op-ed for our CEO on the future of {n}",
            "explainer articles about {n} for a general audience, facts checked",
            "articles for an industry newsletter covering {n}",
            "a journalist to write a long-read about the {n} scene",
        ],
        "s": [
            "I write researched articles on {n}",
            "I report and write features about {n}",
            "I write news and analysis articles covering {n}",
            "I ghostwrite op-eds for leaders in {n}",
            "I write explainer articles that make {n} easy to understand",
            "I pitch and write magazine articles about {n}",
        ],
    },
    "copywriting": {
        "t": [
            "copywriter",
            "landing page copy",
            "website copy",
            "sales page copywriting",
            "product descriptions",
            "ad copy",
            "tagline and brand voice",
            "conversion copy",
        ],
        "p": [
            "a copywriter for our {n} landing page: headline, benefits, CTAs",
            "website copy for a {n} - home, about and services pages",
            "product descriptions for our {n} online store, 60 SKUs",
            "punchy ad copy variations for a {n} campaign",
            "a tagline and short brand voice guide for a new {n} brand",
            "a long-form sales page for our {n} offer",
            "a rewrite of our {n} homepage copy so it converts better",
        ],
        "s": [
            "I write conversion copy for {n} brands",
            "I write website copy for {n} businesses",
            "I write product descriptions that sell for {n} stores",
            "I write landing pages and ads for {n} companies",
            "I find the words that make {n} customers buy",
            "I write taglines and brand voice guides for {n} startups",
        ],
    },
    "ebook_writing": {
        "t": [
            "ebook writer",
            "ghostwriter for book",
            "ebook ghostwriting",
            "KDP ebook",
            "lead magnet ebook",
            "nonfiction book ghostwriter",
            "short ebook",
            "book writer",
        ],
        "p": [
            "a ghostwriter to write a 15,000-word ebook about {n}",
            "an ebook we can give away as a lead magnet for our {n} business",
            "a nonfiction book for Amazon KDP on {n}",
            "someone to turn my notes on {n} into a finished ebook manuscript",
            "a short guide ebook (30 pages) about {n} for beginners",
            "a book ghostwriter with experience in the {n} space",
            "a series of 3 short ebooks about {n}",
        ],
        "s": [
            "I ghostwrite ebooks about {n}",
            "I write KDP ebooks in the {n} niche",
            "I write lead magnet ebooks for {n} businesses",
            "I turn your {n} expertise into a published book",
            "I write and structure nonfiction ebooks on {n}",
            "I ghostwrite books for founders in {n}",
        ],
    },
    "technical_writing": {
        "t": [
            "technical writer",
            "API documentation",
            "user manual",
            "SOP documentation",
            "help center articles",
            "developer docs",
            "technical whitepaper",
            "installation guide",
        ],
        "p": [
            "a technical writer to document our {n} software for end users",
            "API reference docs and guides for our {n} platform",
            "standard operating procedures for our {n} operations team",
            "a user manual for the device we sell to {n} customers",
            "help center articles for our {n} SaaS, with screenshots",
            "a technical whitepaper describing our {n} architecture",
            "release notes and a changelog for our {n} product",
        ],
        "s": [
            "I write technical documentation for {n} companies",
            "I write API docs and SDK guides for {n} platforms",
            "I write SOPs and process docs for {n} teams",
            "I write user manuals for {n} products",
            "I build help centers for {n} software",
            "I document complex {n} systems in plain language",
        ],
    },
    "scriptwriting": {
        "t": [
            "YouTube scriptwriter",
            "video script",
            "explainer video script",
            "screenplay",
            "TikTok scripts",
            "commercial script",
            "podcast script",
            "short film script",
        ],
        "p": [
            "a scriptwriter for our {n} YouTube channel, 10-minute videos",
            "a 60-second explainer video script for our {n} product",
            "short-form video scripts (Reels/TikTok) for a {n} brand",
            "a 30-second commercial script for a {n}",
            "scripts for a documentary about {n}",
            "podcast episode scripts about {n}",
            "a screenplay draft for a short film set in the {n} world",
        ],
        "s": [
            "I write YouTube scripts for {n} channels",
            "I write explainer scripts for {n} startups",
            "I write short-form video scripts for {n} brands",
            "I write commercials for {n} businesses",
            "I write documentary scripts about {n}",
            "I write scripts with strong hooks for {n} creators",
        ],
    },
    "logo_design": {
        "t": [
            "logo design",
            "new logo",
            "logo and brand identity",
            "minimalist logo",
            "logo redesign",
            "brand mark",
            "logo + business card",
            "vector logo",
        ],
        "p": [
            "a logo for our new {n}, modern and memorable",
            "a logo redesign for a {n} that has used the same mark for 15 years",
            "a brand identity (logo, colours, fonts) for a {n}",
            "a simple wordmark for a {n}, delivered as SVG and PNG",
            "3 logo concepts for a {n} to choose from",
            "a logo that works on signage and Instagram for our {n}",
            "a logo with a small icon version for a {n} app",
        ],
        "s": [
            "I design logos for {n} brands",
            "I create brand identities for {n} businesses",
            "I redesign tired logos for {n} owners",
            "I design minimalist logos for {n} startups",
            "I draw custom logo marks for {n}",
            "I design logos and brand kits for {n}",
        ],
    },
    "banner_ad_design": {
        "t": [
            "banner ads",
            "Facebook ad creatives",
            "display banners",
            "HTML5 banners",
            "Instagram ad designs",
            "web banners",
            "ad creative design",
            "promo banners",
        ],
        "p": [
            "a set of display banners in 6 IAB sizes for a {n} campaign",
            "static Meta ad creatives for a {n}, several variations to test",
            "animated HTML5 banners for a {n} promotion",
            "web banners for the homepage and emails of a {n} store",
            "Instagram and TikTok ad graphics for a {n}",
            "resizes of our master banner into 15 sizes for a {n} campaign",
            "a roll-up banner and ad graphics for a {n} event",
        ],
        "s": [
            "I design ad creatives for {n} brands",
            "I design display banners for {n} campaigns",
            "I build HTML5 banners for {n} advertisers",
            "I design Facebook and Instagram ads for {n}",
            "I produce banner sets in every size for {n} promotions",
            "I design scroll-stopping ad images for {n} businesses",
        ],
    },
    "website_design": {
        "t": [
            "website design",
            "web designer",
            "website redesign",
            "landing page design",
            "homepage mockup",
            "Figma website design",
            "Webflow designer",
            "site redesign",
        ],
        "p": [
            "a web designer to create Figma mockups for our {n} website",
            "a modern website redesign for a {n}, design only",
            "a landing page design for a {n} launch",
            "a beautiful, mobile-friendly website look for our {n}",
            "homepage and inner page designs for a {n} site",
            "a Webflow or Framer website for a {n}",
            "a visual refresh of our {n} website with a new style guide",
        ],
        "s": [
            "I design websites for {n} businesses",
            "I design landing pages for {n} brands",
            "I redesign outdated {n} websites",
            "I design Webflow sites for {n} companies",
            "I create website mockups in Figma for {n}",
            "I design modern websites for {n}",
        ],
    },
    "packaging_design": {
        "t": [
            "packaging design",
            "label design",
            "product box design",
            "pouch packaging",
            "bottle label",
            "packaging redesign",
            "box and label design",
            "retail packaging",
        ],
        "p": [
            "packaging design for our new {n} product line",
            "a label for our {n} bottles, print-ready with dieline",
            "a retail box for a {n} product, with 3D mockups",
            "a packaging redesign so our {n} products stand out on shelf",
            "stand-up pouch design for a {n} brand",
            "labels for 4 SKUs of a {n} brand, same system, different colours",
            "eco-friendly packaging for a {n} startup",
        ],
        "s": [
            "I design packaging for {n} brands",
            "I design labels for {n} products",
            "I design retail boxes for {n} companies",
            "I create print-ready packaging for {n} makers",
            "I redesign packaging for {n} brands so it sells on shelf",
            "I design labels and dielines for {n}",
        ],
    },
    "ux_ui_design": {
        "t": [
            "UI/UX designer",
            "app UI design",
            "UX audit",
            "Figma product designer",
            "dashboard UI",
            "wireframes and prototype",
            "design system",
            "UX research",
        ],
        "p": [
            "a UI/UX designer for our {n} app, about 20 screens in Figma",
            "a UX audit of the {n} platform's onboarding flow",
            "wireframes and a clickable prototype for a {n} MVP",
            "a dashboard UI for a {n} web app",
            "a design system in Figma for our {n} product",
            "usability testing and UX research for our {n} app",
            "a redesign of the checkout and booking flow in our {n} app",
        ],
        "s": [
            "I design UI/UX for {n} apps",
            "I design dashboards for {n} products",
            "I run UX research for {n} startups",
            "I build Figma design systems for {n} teams",
            "I design mobile app interfaces for {n}",
            "I audit and fix UX for {n} platforms",
        ],
    },
    "illustration": {
        "t": [
            "illustrator",
            "custom illustrations",
            "character design",
            "children's book illustrations",
            "digital illustration",
            "spot illustrations",
            "cartoon illustration",
            "mascot illustration",
        ],
        "p": [
            "custom illustrations for our {n} website and social posts",
            "a mascot character for a {n} brand, several poses",
            "illustrations for a children's picture book about {n}",
            "hand-drawn style illustrations for a {n} menu and walls",
            "a set of spot illustrations for a {n} app",
            "a cartoon-style illustrated poster for a {n}",
            "editorial illustrations for an article about {n}",
        ],
        "s": [
            "I illustrate for {n} brands",
            "I draw mascots and characters for {n} businesses",
            "I create custom illustrations for {n} websites",
            "I draw children's book illustrations about {n}",
            "I make hand-drawn illustrations for {n}",
            "I draw editorial illustrations on {n} topics",
        ],
    },
    "wordpress_development": {
        "t": [
            "WordPress developer",
            "WordPress website",
            "Elementor site",
            "WooCommerce store",
            "WordPress fixes",
            "WordPress theme customisation",
            "WordPress plugin",
            "WP site build",
        ],
        "p": [
            "a WordPress developer to build our {n} website with Elementor",
            "a WooCommerce shop for a {n}, payments and shipping set up",
            "someone to fix errors and speed up our {n} WordPress site",
            "a custom WordPress theme for a {n}, from Figma",
            "a WordPress plugin tweak for our {n} booking system",
            "a WordPress site for a {n} with basic SEO setup; the site is the main job",
            "WordPress maintenance for our {n} website: updates, backups, fixes",
        ],
        "s": [
            "I build WordPress websites for {n} businesses",
            "I set up WooCommerce stores for {n} brands",
            "I fix and speed up WordPress sites for {n}",
            "I develop custom WordPress themes for {n} companies",
            "I build Elementor sites for {n}",
            "I maintain WordPress websites for {n} owners",
        ],
    },
    "mobile_app_development": {
        "t": [
            "mobile app developer",
            "Flutter app",
            "React Native app",
            "iOS app",
            "Android app",
            "app MVP",
            "cross-platform app",
            "mobile app development",
        ],
        "p": [
            "a Flutter developer to build an iOS and Android app for our {n}",
            "a React Native app for a {n}: login, bookings, push notifications",
            "an MVP mobile app for a {n} startup, 8-10 weeks",
            "a native iOS app (SwiftUI) for our {n} customers",
            "bug fixes and updates to our {n} Android app",
            "a cross-platform app for a {n} with in-app payments",
            "a mobile app for a {n} loyalty and ordering program",
        ],
        "s": [
            "I build mobile apps for {n} businesses",
            "I develop Flutter apps for {n} startups",
            "I build React Native apps for {n}",
            "I develop iOS and Android apps for {n} brands",
            "I ship MVP apps for {n} founders",
            "I maintain and fix mobile apps for {n}",
        ],
    },
    "web_programming": {
        "t": [
            "web developer",
            "React developer",
            "full-stack developer",
            "Next.js web app",
            "front-end developer",
            "custom web app",
            "Laravel developer",
            "web portal",
        ],
        "p": [
            "a full-stack developer to build a web app for our {n}",
            "a React front end for our {n} platform, from Figma",
            "a custom web portal for {n} clients with login and dashboard",
            "a Next.js site with a headless CMS for a {n}",
            "bug fixes on our {n} web application (JavaScript)",
            "a Laravel web application for a {n}",
            "an online booking web app for a {n}",
        ],
        "s": [
            "I build web apps for {n} companies",
            "I develop React front ends for {n} platforms",
            "I build custom web portals for {n}",
            "I code full-stack web apps for {n} startups",
            "I build Next.js sites for {n} brands",
            "I fix and extend web apps for {n}",
        ],
    },
    "backend_development": {
        "t": [
            "backend developer",
            "REST API development",
            "Node.js backend",
            "Python API",
            "database design",
            "API integration",
            "server-side developer",
            "backend engineer",
        ],
        "p": [
            "a backend developer to build a REST API for our {n} app",
            "database design and API endpoints for a {n} platform",
            "API integrations between our {n} systems and third-party services",
            "a Node.js or Python backend for a {n} startup",
            "someone to fix slow queries and scale the backend of our {n} service",
            "a GraphQL API for our {n} mobile app",
            "background jobs and webhooks for our {n} platform",
        ],
        "s": [
            "I build backends and APIs for {n} apps",
            "I design databases for {n} platforms",
            "I integrate APIs for {n} businesses",
            "I build Node.js and Python backends for {n}",
            "I scale backend systems for {n} startups",
            "I write server-side code for {n} products",
        ],
    },
    "social_media_management": {
        "t": [
            "social media manager",
            "Instagram management",
            "TikTok account manager",
            "social media content + posting",
            "community manager",
            "LinkedIn page management",
            "social media management package",
            "Facebook page manager",
        ],
        "p": [
            "someone to manage Instagram and Facebook for our {n}",
            "a social media manager to plan, post and engage for a {n}",
            "TikTok account management for a {n}, 4 videos a week",
            "a content calendar and daily posting for a {n}",
            "a community manager to reply to comments and DMs for a {n}",
            "LinkedIn page management for a {n}",
            "a monthly social media package for a {n} on 3 platforms",
        ],
        "s": [
            "I manage social media for {n} businesses",
            "I run Instagram and TikTok for {n} brands",
            "I plan and schedule social content for {n}",
            "I grow social media accounts for {n}",
            "I manage communities and DMs for {n} brands",
            "I run LinkedIn pages for {n} companies",
        ],
    },
    "seo": {
        "t": [
            "SEO specialist",
            "local SEO",
            "SEO audit",
            "link building",
            "keyword research",
            "on-page SEO",
            "SEO expert",
            "technical SEO",
        ],
        "p": [
            "an SEO expert to get our {n} website ranking on Google",
            "local SEO and Google Business Profile work for a {n}",
            "a technical SEO audit of our {n} site",
            "white-hat link building for a {n} website",
            "keyword research and on-page optimisation for a {n}",
            "a monthly SEO retainer for a {n}",
            "help recovering organic traffic for our {n} site after an update",
        ],
        "s": [
            "I do SEO for {n} websites",
            "I rank {n} businesses in Google Maps",
            "I run technical SEO audits for {n} sites",
            "I build backlinks for {n} websites",
            "I grow organic traffic for {n} brands",
            "I do keyword research for {n} companies",
        ],
    },
    "online_ads": {
        "t": [
            "Google Ads specialist",
            "Facebook Ads manager",
            "PPC manager",
            "Meta Ads media buyer",
            "TikTok Ads",
            "paid ads campaign",
            "PPC campaign setup",
            "paid social ads",
        ],
        "p": [
            "a Google Ads specialist to run search campaigns for our {n}",
            "a Meta Ads media buyer for a {n}, goal is ROAS above 3",
            "PPC setup and management for a {n}",
            "TikTok and Instagram ads for a {n}",
            "someone to fix our paid ads for a {n}; cost per lead is too high",
            "conversion tracking plus Google Ads for a {n}",
            "paid social campaigns to promote a {n} offer",
        ],
        "s": [
            "I run Google Ads for {n} businesses",
            "I run Facebook and Instagram ads for {n} brands",
            "I manage PPC for {n} companies",
            "I buy paid social media for {n} stores",
            "I lower cost per lead for {n} advertisers",
            "I scale paid ads for {n}",
        ],
    },
    "email_marketing": {
        "t": [
            "email marketing",
            "Klaviyo flows",
            "Mailchimp newsletter",
            "email campaigns",
            "cold email outreach",
            "email automation",
            "newsletter setup",
            "email sequences",
        ],
        "p": [
            "a Klaviyo expert to build email flows for a {n} store",
            "a Mailchimp newsletter for a {n}, monthly",
            "an email automation sequence for {n} leads",
            "a cold email campaign targeting {n} owners",
            "email campaigns and list segmentation for a {n}",
            "someone to fix deliverability and grow the {n} newsletter",
            "a welcome series and win-back emails for a {n} brand",
        ],
        "s": [
            "I run email marketing for {n} brands",
            "I build Klaviyo flows for {n} stores",
            "I write and send newsletters for {n} businesses",
            "I run cold email campaigns for {n} companies",
            "I automate email for {n}",
            "I grow email revenue for {n} brands",
        ],
    },
    "market_research": {
        "t": [
            "market research",
            "competitor analysis",
            "customer survey",
            "market sizing",
            "industry report",
            "consumer research",
            "feasibility study",
            "research analyst",
        ],
        "p": [
            "market research on the {n} market before we launch",
            "a competitor analysis of the top 10 players in {n}",
            "a customer survey and analysis for a {n}",
            "market sizing (TAM/SAM/SOM) for a {n} startup",
            "an industry report on {n} trends",
            "customer interviews to validate a {n} idea",
            "a feasibility study for opening a {n}",
        ],
        "s": [
            "I do market research on {n}",
            "I analyse competitors in {n}",
            "I run surveys for {n} brands",
            "I size markets for {n} startups",
            "I write industry reports on {n}",
            "I interview customers for {n} companies",
        ],
    },
    "business_consulting": {
        "t": [
            "business consultant",
            "business plan",
            "strategy consultant",
            "growth strategy",
            "operations consultant",
            "startup advisor",
            "go-to-market strategy",
            "business coach",
        ],
        "p": [
            "a business consultant to help our {n} grow profitably",
            "a business plan for a {n}, for investors and the bank",
            "a strategy review of our {n} business model",
            "an operations consultant to streamline our {n}",
            "go-to-market advice for a new {n}",
            "a mentor for the owner of a {n}, monthly calls",
            "a growth plan to open more {n} locations",
        ],
        "s": [
            "I advise {n} businesses on strategy",
            "I write business plans for {n} owners",
            "I help {n} companies fix operations",
            "I coach {n} founders",
            "I build growth strategies for {n}",
            "I consult {n} owners on scaling",
        ],
    },
    "online_teaching": {
        "t": [
            "online tutor",
            "online teacher",
            "online lessons",
            "tutoring via Zoom",
            "private tutor (online)",
            "online course instructor",
            "online classes",
            "1:1 online coaching",
        ],
        "p": [
            "an online tutor for {n}, two sessions a week",
            "Zoom lessons in {n} for a beginner",
            "a teacher to prepare me for a {n} exam online",
            "an instructor to record an online course on {n}",
            "weekly online classes in {n} for a small group",
            "a patient tutor who can teach {n} to a teenager",
            "1:1 online coaching in {n} for adults",
        ],
        "s": [
            "I teach {n} online",
            "I tutor students in {n} via Zoom",
            "I prepare learners for {n} exams",
            "I create online courses on {n}",
            "I give 1:1 online lessons in {n}",
            "I teach {n} to kids and adults online",
        ],
    },
    "financial_consulting": {
        "t": [
            "financial consultant",
            "financial model",
            "fractional CFO",
            "cash flow forecast",
            "financial projections",
            "valuation",
            "financial advisor",
            "FP&A support",
        ],
        "p": [
            "a financial model and projections for our {n}",
            "a fractional CFO for a {n}, a few hours a month",
            "cash flow forecasting for a {n}",
            "a valuation of a {n} business we want to buy",
            "financial advice for the owner of a {n}",
            "budgeting and KPI reporting for a {n}",
            "investor-ready financials for a {n} startup",
        ],
        "s": [
            "I build financial models for {n} companies",
            "I act as fractional CFO for {n} businesses",
            "I forecast cash flow for {n}",
            "I value {n} businesses",
            "I advise {n} owners on their finances",
            "I prepare investor financials for {n} startups",
        ],
    },
    "legal_consulting": {
        "t": [
            "lawyer",
            "legal consultation",
            "contract review",
            "legal advice",
            "terms and privacy policy",
            "compliance consultant",
            "attorney needed",
            "contract drafting",
        ],
        "p": [
            "a lawyer to review contracts for our {n}",
            "legal advice on regulations for a {n}",
            "terms of service and a privacy policy for a {n} website",
            "a compliance consultant for a {n} (GDPR and data protection)",
            "contract drafting for a {n}: supplier and client agreements",
            "a legal consultation about a dispute involving our {n}",
            "trademark registration for a {n} brand",
        ],
        "s": [
            "I give legal advice to {n} businesses",
            "I draft and review contracts for {n}",
            "I write privacy policies and terms for {n} websites",
            "I handle compliance for {n} companies",
            "I register trademarks for {n} brands",
            "I advise {n} owners on legal risk",
        ],
    },
}

# (adjective form, noun form): "crypto brands" but "a crypto project", "crypto projects".
NICHES = [
    ("café", "café"),
    ("coffee shop", "coffee shop"),
    ("dental clinic", "dental clinic"),
    ("SaaS", "SaaS company"),
    ("crypto", "crypto project"),
    ("real estate", "real estate agency"),
    ("e-commerce", "online store"),
    ("bakery", "bakery"),
    ("law firm", "law firm"),
    ("fitness", "gym"),
    ("yoga studio", "yoga studio"),
    ("restaurant", "restaurant"),
    ("hotel", "boutique hotel"),
    ("pet store", "pet store"),
    ("skincare", "skincare brand"),
    ("fashion", "fashion label"),
    ("nonprofit", "nonprofit"),
    ("fintech", "fintech startup"),
    ("healthtech", "healthtech startup"),
    ("construction", "construction company"),
    ("plumbing", "plumbing company"),
    ("HVAC", "HVAC contractor"),
    ("accounting", "accounting firm"),
    ("travel", "travel agency"),
    ("edtech", "edtech startup"),
    ("gaming", "game studio"),
    ("wedding", "wedding venue"),
    ("beauty salon", "beauty salon"),
    ("barbershop", "barbershop"),
    ("logistics", "logistics company"),
    ("solar energy", "solar installer"),
    ("craft beer", "craft brewery"),
    ("organic food", "organic food brand"),
    ("toy", "toy shop"),
    ("car dealership", "car dealership"),
    ("insurance", "insurance broker"),
    ("veterinary", "vet clinic"),
    ("coworking", "coworking space"),
    ("furniture", "furniture store"),
    ("jewelry", "jewelry brand"),
    ("language school", "language school"),
    ("B2B software", "B2B software vendor"),
    ("agency", "marketing agency"),
    ("florist", "flower shop"),
]
# Online teaching needs subjects instead of business niches.
SUBJECTS = [
    (x, "")
    for x in [
        "English",
        "maths",
        "physics",
        "chemistry",
        "Python",
        "Excel",
        "Spanish",
        "French",
        "German",
        "piano",
        "guitar",
        "IELTS",
        "SAT",
        "statistics",
        "accounting",
        "drawing",
        "Arabic",
        "JavaScript",
        "biology",
        "economics",
        "public speaking",
        "Japanese",
        "chess",
    ]
]
BUDGETS = [
    "Budget $150.",
    "Budget around $500.",
    "Fixed price, $300.",
    "Paying $25/hr.",
    "Budget is flexible for the right person.",
    "Up to $1,200 for the whole project.",
    "Small budget, sorry - $80.",
    "Hourly, 10-15 hrs/week.",
    "$40-60 per hour depending on experience.",
    "We pay per milestone.",
    "Budget: 2k USD.",
    "Long-term work for the right freelancer.",
]
DEADLINES = [
    "Need it within a week.",
    "Deadline is end of the month.",
    "ASAP please!",
    "Start Monday.",
    "2-3 weeks is fine.",
    "We launch in 10 days.",
    "No rush.",
    "Must be done before Christmas.",
    "First draft in 5 days.",
    "Ongoing, starting now.",
]
OPENERS = [
    "We need",
    "Looking for",
    "Hi, I need",
    "Hiring for",
    "Our team needs",
    "I'm after",
    "Seeking",
    "We want",
    "hey, looking for",
    "We're searching for",
]
EXTRAS = [
    "Please share examples of similar work.",
    "Native English preferred.",
    "Must be available for a weekly call.",
    "Tell me about a similar project in your reply.",
    "US time zone overlap needed.",
    "Serious applicants only.",
    "",
    "Start your reply with the word 'banana' so I know you read this.",
]
TITLE_TMPL = [
    "{A} for {n}",
    "{A} needed - {n}",
    "Looking for {a} ({n})",
    "URGENT: {a} for a {n}",
    "{A} for {n} - long term",
    "{n} business needs {a}",
    "Hiring {a} | {n}",
    "{A} wanted for {n} project",
    "Need {a} for my {n}",
    "{A} - {n} niche, quick turnaround",
]
# Subjects are not businesses, so online_teaching gets its own title shapes.
TITLE_TMPL_SUBJ = [
    "{A} - {n}",
    "{n} {a}",
    "{A} for {n} (beginner)",
    "{A} needed: {n}",
    "Looking for {a} in {n}",
    "{n} - {a} for my daughter",
    "{A} wanted ({n}, evenings)",
    "Need {a} for {n} asap",
    "{A} | {n} | long term",
    "{n} help: {a}",
]
SELF_TAIL = [
    "",
    " since 2016.",
    " - fast, friendly and reliable.",
    ", with 5+ years of experience.",
    ". Let's talk about your project.",
    ", mostly for clients in the US and Europe.",
    " - small clients welcome.",
    ". Top Rated on Upwork.",
]
SELF_LEAD = ["", "Hi! ", "Hello, ", "Freelancer here: ", ""]


def typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def style(text: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.10:
        text = typo(text, rng)
    elif r < 0.18:
        text = text.lower()
    return re.sub(r"\s+", " ", text).strip()


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Words after a niche slot that show the slot is not followed by its head noun.
STOP = {
    "for",
    "to",
    "with",
    "into",
    "via",
    "two",
    "that",
    "several",
    "on",
    "monthly",
    "modern",
    "and",
    "in",
    "a",
    "-",
    "(",
}
SLOT = re.compile(r"(?:\b(a|an|our|my|new) )?\{n\}(?= ([\w(-]+))?")


def plural(noun: str) -> str:
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


def render(text: str, forms: list[tuple[str, str]], title: bool = False) -> str:
    """Fill {n} with the adjective form before a head noun, else with a noun form."""

    def fill(m: re.Match[str]) -> str:
        det, nxt = m.group(1), m.group(2)
        if (nxt and nxt not in STOP) or not all(n for _, n in forms):
            word = " and ".join(adj for adj, _ in forms)
        elif det or title:
            word = " and ".join(noun for _, noun in forms)
        else:
            word = " and ".join(n if a == n and n[:1].isupper() else plural(n) for a, n in forms)
        return f"{det} {word}" if det else word

    out = SLOT.sub(fill, text)
    return re.sub(r"\b([Aa]) (?=[aeiouAEIOU]|HVAC|SAT\b)", r"\1n ", out)


def generate(service: str, rng: random.Random) -> list[tuple[str, str]]:
    f = FRAG[service]
    niches = SUBJECTS if service == "online_teaching" else NICHES
    ni = iter(rng.sample(niches, len(niches)) * 6)
    rows: list[tuple[str, str]] = []
    # Titles: each phrase with two different templates and niches.
    tmpl = TITLE_TMPL_SUBJ if service == "online_teaching" else TITLE_TMPL
    pairs = [(a, t) for a in f["t"] for t in tmpl]
    rng.shuffle(pairs)
    used: dict[str, int] = {}
    for a, t in pairs:
        if used.get(a, 0) >= 2:
            continue
        used[a] = used.get(a, 0) + 1
        text = render(t.replace("{a}", a).replace("{A}", cap(a)), [next(ni)], title=True)
        rows.append(("title", style(cap(text), rng)))
    # Posts: each clause twice, never with the same opener or budget line.
    for clause in f["p"]:
        openers = rng.sample(OPENERS, 2)
        budgets = rng.sample(BUDGETS, 2)
        deadlines = rng.sample(DEADLINES, 2)
        for k in range(2):
            parts = [f"{openers[k]} {render(clause, [next(ni)])}."]
            if k == 0 or rng.random() < 0.6:
                parts.append(budgets[k])
            if k == 1 or rng.random() < 0.5:
                parts.append(deadlines[k])
            if rng.random() < 0.35:
                parts.append(rng.choice(EXTRAS))
            rows.append(("post", style(" ".join(parts), rng)))
    # Self-descriptions: each clause twice, with different leads, tails and niches.
    for clause in f["s"]:
        leads = rng.sample(SELF_LEAD[:4], 2)
        tails = rng.sample(SELF_TAIL, 2)
        for k in range(2):
            forms = [next(ni), next(ni)] if k == 1 else [next(ni)]
            body = render(clause, forms)
            rows.append(("self", style(leads[k] + body + tails[k], rng)))
    return rows


def read_hand(service: str) -> list[tuple[str, str]]:
    rows = []
    for ln, line in enumerate((HAND / f"{service}.txt").read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        tag, sep, text = line.partition("|")
        if not sep or tag not in KIND:
            raise ValueError(f"hand_A/{service}.txt line {ln}: expected 'T|', 'P|' or 'S|'")
        rows.append((KIND[tag], text.strip()))
    return rows


def main() -> None:
    for i, service in enumerate(sorted(FRAG)):
        rng = random.Random(SEED + i)
        seen: set[str] = set()
        out = ["kind\ttext"]
        for kind, text in read_hand(service) + generate(service, rng):
            key = text.casefold()
            if "\t" in text or "\n" in text or key in seen:
                continue
            seen.add(key)
            out.append(f"{kind}\t{text}")
        (HERE / f"{service}.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{service}: {len(out) - 1} rows")


if __name__ == "__main__":
    main()
