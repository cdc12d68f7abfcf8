"""Demo publications. Each says no more than its sources (see each record's `sources` and curator note).

Areas of work (1–9) follow the 2020 ILO mapping; each record's curator note says which source passage supports
each area. Where sources disagree (on a date, a role, a figure), the note says so and the record keeps what it can
defend.
"""

from datetime import date

from .interventions import IIED_PROGRAMME
from .sourcing import src

CARING_GOLD = "caring-gold-mining-project"
MINORS_OUT_OF_MINING = "minors-out-of-mining"


# Organisations these records need beyond the shared list (organisations.py). Only facts seen in a source.
ORGANISATIONS = [
    {
        "slug": "somo",
        "name": "Centre for Research on Multinational Corporations",
        "acronym": "SOMO",
        "kind": "research",
        "website": "https://www.somo.nl",
        "headquarters": "NL",
    },
    {
        "slug": "amnesty-international",
        "name": "Amnesty International",
        "kind": "ngo",
        "website": "https://www.amnesty.org",
        "headquarters": "GB",
    },
    {
        "slug": "amap",
        "name": "Arctic Monitoring and Assessment Programme",
        "acronym": "AMAP",
        "kind": "intergovernmental",
    },
    {
        "slug": "ipis",
        "name": "International Peace Information Service",
        "acronym": "IPIS",
        "kind": "research",
        "website": "https://ipisresearch.be",
    },
]

# Pages cited by more than one record, or more than once.
MAPPING_TITLE = (
    "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains"
)
ILO_MAPPING = "https://www.ilo.org/ipec/Informationresources/WCMS_782888/lang--en/index.htm"
RESPECT_MAPPING = (
    "https://respect.international/mapping-interventions-addressing-child-labour-and-working-conditions-"
    "in-artisanal-mineral-supply-chains/"
)
MAPPING_COPY = "https://vdocument.in/u-mapping-interventions-addressing-child-labour-and-.html"
CLP_2021 = "https://childlabourplatform.org/action/oecd-forum-of-responsible-mineral-supply-chains/"
CLP_2021_TITLE = "CLP session – OECD Forum on Responsible Mineral Supply Chains"
IIED_2015 = "https://www.iied.org/iied-host-international-asm-day"
IIED_2015_TITLE = "IIED to host international ASM day"
IIED_2017 = "https://iiedorg-stage.ac.iied.org/iied-host-2nd-online-artisanal-small-scale-mining-asm-day"
IIED_2017_TITLE = "IIED to host 2nd online artisanal and small-scale mining (ASM) day"
IIED_2018 = "https://www.iied.org/iied-host-3rd-online-artisanal-small-scale-mining-day"
IIED_2018_TITLE = "IIED to host 3rd online artisanal and small-scale mining day"
IIED_NEWSLETTER_4 = "https://iiedorg-stage.ac.iied.org/iied-publishes-latest-newsletter-artisanal-small-scale-mining-0"
IIED_NEWSLETTER_TITLE = "IIED publishes latest newsletter on artisanal and small-scale mining"
IIED_DIALOGUES = "https://www.iied.org/using-dialogue-extract-sustainable-solutions-for-artisanal-small-scale-mining"
IIED_DIALOGUES_TITLE = "Using dialogue to extract sustainable solutions for artisanal and small-scale mining"
IIED_MINE_OF_INFORMATION = "https://www.iied.org/mine-information"
IIED_BRIGHT_PROSPECTS = "https://iied.org/bright-prospects-for-mining-sector-dialogue"
IIED_KNOWLEDGE_PAPER = "https://pubs.iied.org/16532IIED.html"
IIED_KNOWLEDGE_TITLE = (
    "Responding to the challenge of artisanal and small-scale mining. How can knowledge networks help?"
)
GLOBAL_TRENDS = (
    "https://www.iisd.org/publications/report/global-trends-artisanal-and-small-scale-mining-asm-review-key-numbers-and"
)
GLOBAL_TRENDS_TITLE = "Global Trends in Artisanal and Small-Scale Mining (ASM): A review of key numbers and issues"
GLOBAL_TRENDS_COPY = "https://readkong.com/page/global-trends-in-artisanal-and-small-scale-mining-asm-a-6542834"
ENB_IGF_2017_SUMMARY = (
    "https://enb-test.iisd.org/events/13th-annual-general-meeting-agm-intergovernmental-forum-mining-minerals-"
    "metals-and/summary"
)
ENB_IGF_2017_SUMMARY_TITLE = (
    "Summary report, 16–20 October 2017: 13th Annual General Meeting (AGM) of the Intergovernmental Forum on Mining, "
    "Minerals, Metals and Sustainable Development (IGF)"
)
IGF_AGM_2017_PROGRAMME = (
    "https://docslib.org/doc/5281516/program-along-the-theme-of-managing-artisanal-and-small-scale-mining-asm-and-"
    "look-forward-to-your-participation"
)
OECD_PRACTICAL_ACTIONS = (
    "https://anticorruption-integrity.oecd.org/reports/addressing-the-worst-forms-of-child-labour-in-mineral-"
    "supply-chains-aci.html"
)
OECD_PRACTICAL_ACTIONS_TITLE = "Addressing the worst forms of child labour in mineral supply chains"
WBCSD_ILO_2019 = "https://humanrights.wbcsd.org/project/child-labour-in-mining-and-global-supply-chains/"
ILO_1999_REPORT = "https://www.ilo.org/sector/activities/sectoral-meetings/WCMS_714371/lang--en/index.htm"
ILO_1999_REPORT_TITLE = "Social and labour issues in small-scale mines. Report TMSSM/1999"
ILO_1999_PRESS = "https://www.ilo.org/global/about-the-ilo/media-centre/press-releases/WCMS_007929/lang--en/index.html"
ILO_1999_PRESS_TITLE = "Small-scale mining on the increase in developing countries"
GB_1999 = "https://ilo.org/public/english/standards/relm/gb/docs/gb276/stm-1-3.htm"
GB_1999_TITLE = (
    "Effect to be given to the recommendations of sectoral meetings: Tripartite Meeting on Social and Labour "
    "Issues in Small-scale Mines (Geneva, 17-21 May 1999) (GB.276/STM/1/3)"
)
HRW_GHANA = "https://www.hrw.org/node/135217"
HRW_GHANA_TITLE = (
    "Precious Metal, Cheap Labor: Child Labor and Corporate Responsibility in Ghana's Artisanal Gold Mines"
)
HRW_GHANA_RELEASE = "https://minesandcommunities.org/article.php?a=13022"
HRW_GHANA_RELEASE_TITLE = "Ghana urged to end child labour in gold mines (Human Rights Watch release, via MAC)"
HRW_MALI = "https://www.hrw.org/reports/2011/12/06/poisonous-mix"
HRW_MALI_TITLE = "A Poisonous Mix: Child Labor, Mercury, and Artisanal Gold Mining in Mali"
HRW_TANZANIA = "https://www.hrw.org/reports/2013/08/28/toxic-toil"
HRW_TANZANIA_TITLE = "Toxic Toil: Child Labor and Mercury Exposure in Tanzania's Small-Scale Gold Mines"
AMNESTY_RESPONSES = "https://www.amnesty.org/fr/documents/afr62/3412/2016/en/"
AMNESTY_RESPONSES_TITLE = (
    "Democratic Republic of Congo: Company Responses to the Report: “This is what we die for”: human rights abuses "
    "in the Democratic Republic of the Congo power the global trade in cobalt"
)
AMNESTY_COPY = (
    "https://www.slideshare.net/FrdricLambert1/this-is-what-we-die-for-human-rights-abuses-in-the-democratic-"
    "republic-of-the-congo-power-the-global-trade-in-cobalt"
)
AMNESTY_TITLE = (
    "“This is what we die for”: Human rights abuses in the Democratic Republic of the Congo power the global trade "
    "in cobalt"
)
SOMO_MICA_2016 = "https://goodelectronics.org/publications-en/beauty-and-a-beast/"
SOMO_MICA_2016_NEWS = "https://www.somo.nl/beauty-and-a-beast-take-the-child-labour-out-of-your-cosmetics/"
TDH_MICA_2018 = "https://www.terredeshommes.nl/en/publications/global-mica-mining-and-impact-childrens-rights"
TDH_MICA_2018_TITLE = "Global mica mining and the impact on children's rights"
MICA_2018_COPY = "https://readkong.com/page/global-mica-mining-and-the-impact-on-children-s-rights-6721706"
CHILDHUB_MICA_2018 = "https://childhub.org/en/child-protection-online-library/global-mica-mining-0"
WB_2019 = (
    "https://documents.worldbank.org/curated/en/939441630571322749/State-of-the-Artisanal-and-Small-Scale-Mining-"
    "Sector-2019-from-Delve"
)
WB_2019_TITLE = "State of the Artisanal and Small-Scale Mining Sector 2019 from Delve (English)"
PACT_2019 = (
    "https://www.pactworld.org/news/world-bank-and-pact-launch-first-%E2%80%98state-sector%E2%80%99-report-"
    "artisanal-and-small-scale-mining"
)
PACT_2019_TITLE = "World Bank and Pact launch first 'state of the sector' report for artisanal and small-scale mining"
PACT_2020 = "https://www.pactworld.org/library/2020-state-artisanal-and-small-scale-mining-sector"
PACT_2020_TITLE = "2020 state of the artisanal and small-scale mining sector"
GE2P2_2020 = "https://ge2p2-center.net/2021/05/11/2020-state-of-the-artisanal-and-small-scale-mining-sector-world-bank/"
GE2P2_2020_TITLE = "2020 State of the Artisanal and Small Scale Mining Sector – World Bank (GE2P2 digest)"
IISD_IGF_GUIDANCE = (
    "https://www.iisd.org/media/igf-releases-guidance-help-governments-manage-artisanal-and-small-scale-mining"
)
IISD_IGF_GUIDANCE_TITLE = "IGF releases guidance to help governments manage artisanal and small-scale mining"
IGF_GUIDANCE_COPY = (
    "https://vdocuments.net/igf-guidance-for-governments-of-mining-to-achieve-poverty-reduction-inclusive-growth.html"
)
IGF_YAOUNDE = "https://igfmining.org/stage/country-support/capacity-building-and-training/workshop-5"
IGF_YAOUNDE_TITLE = "Regional Training for Francophone Africa on IGF Guidance for Managing ASM"
CARING_VIDEO = "https://www.ilo.org/manila/public/vid/WCMS_710151/lang--en/index.htm"
CARING_VIDEO_TITLE = "Caring Gold: Future without child labour"
CARING_FACTSHEET = "https://www.ilo.org/manila/publications/WCMS_720740/lang--en/index.htm"
CARING_FACTSHEET_TITLE = "Reduce child labour and improve working conditions in artisanal and small-scale gold mining"
CARING_FACTSHEET_PH = "https://www.ilo.org/manila/publications/WCMS_789962/lang--en/index.htm"
CARING_FACTSHEET_PH_TITLE = "Caring gold mining in the Philippines"
COMPASSIONATE_GOLD = "https://ilo.org/manila/public/pr/WCMS_633481/lang--en/index.htm"
COMPASSIONATE_GOLD_TITLE = "Philippines pioneers responsible and ethical gold brand in Fashion Week"
COMPASSIONATE_GOLD_EVENT = "https://ilo.org/manila/eventsandmeetings/WCMS_630338/lang--en/index.htm"
COMPASSIONATE_GOLD_EVENT_TITLE = "Philippine Fashion Week: Compassionate Gold Brand Launch"
CARING_SUMMIT_2018 = "https://ilo.org/manila/eventsandmeetings/WCMS_645607/lang--en/index.htm"
CARING_SUMMIT_2018_TITLE = "5th National Artisanal Small-Scale Gold Mining (ASGM) Summit"
ILO_IPEC_LIST = "https://www.ilo.org/ipec/Informationresources/all-publications/lang--en/nextRow--80/index.htm"
ILO_IPEC_LIST_TITLE = "Publications on child labour (ILO)"
ILO_HAZARDOUS_RESOURCES = (
    "https://www.ilo.org/ipec/facts/WorstFormsofChildLabour/Hazardouschildlabour/resources/lang--en/nextRow--84/"
    "index.htm"
)
ILO_HAZARDOUS_RESOURCES_TITLE = "Resources on hazardous child labour (ILO)"
ILO_PRESS_2005 = "https://ilo.org/global/about-the-ilo/newsroom/news/WCMS_005168/lang--en/index.htm"
ILO_PRESS_2005_TITLE = "ILO urges ban on child labour in small-scale mines and quarries"
WDACL_2005 = "https://www.ilo.org/ipec/Campaignandadvocacy/wdacl/2005/lang--en/index.htm"
WDACL_2005_TITLE = "World Day Against Child Labour 2005: A Load too Heavy: Child labour in mining and quarrying"
ILO_GIRLS_ARTICLE = (
    "https://www.ilo.org/global/about-the-ilo/mission-and-objectives/features/WCMS_084034/lang--en/index.htm"
)
ILO_GIRLS_ARTICLE_TITLE = "Out of sight – girls in mining"
OECD_COBALT = "https://www.oecd.org/en/publications/interconnected-supply-chains_576804e7-en.html"
OECD_COBALT_MNE = (
    "https://mneguidelines.oecd.org/interconnected-supply-chains-a-comprehensive-look-at-due-diligence-challenges-"
    "and-opportunities-sourcing-cobalt-and-copper-from-the-drc.htm"
)
OECD_COBALT_TITLE = (
    "Interconnected supply chains: a comprehensive look at due diligence challenges and opportunities sourcing "
    "cobalt and copper from the Democratic Republic of the Congo"
)
OECD_DRC_2015 = "https://www.oecd.org/corporate/mne/mineral-supply-chain-eastern-drc.htm"
OECD_DRC_2015_TITLE = "Mineral supply chain and conflict links in Eastern Democratic Republic of Congo"
OECD_DRC_2015_LIBRARY = (
    "https://oecd-ilibrary.org/finance-and-investment/mineral-supply-chain-and-conflict-links-in-the-eastern-"
    "democratic-republic-of-congo_86e0c04b-en"
)
GMA_2018_TECHNICAL = "https://wedocs.unep.org/handle/20.500.11822/29831"
GMA_2018_TECHNICAL_TITLE = "Technical Background Report to the Global Mercury Assessment 2018 [Pre-print]"
GMA_2018_SAICM = "https://saicmknowledge.org/articles/unep-publishes-2018-global-mercury-assessment"
GMA_2018_SAICM_TITLE = "UNEP publishes 2018 Global Mercury Assessment"
CRAFT_V2 = "https://www.responsiblemines.org/en/2020/10/craft_v2-0/"
CRAFT_V2_TITLE = "CRAFT version 2.0 (Alliance for Responsible Mining)"
CRAFT_REVISION = "https://www.responsiblemines.org/en/2019/06/craft-codes-revision/"
CRAFT_REVISION_TITLE = "CRAFT Code's revision (Alliance for Responsible Mining)"
CRAFT_LBMA = "https://www.lbma.org.uk/articles/the-craft-code"
CRAFT_LBMA_TITLE = "The CRAFT Code – LBMA"
ILO_BASELINE_2020 = "https://www.ilo.org/manila/publications/WCMS_754840/lang--en/index.htm"
ILO_BASELINE_2020_TITLE = "Artisanal and small-scale gold mining baseline report: Camarines Norte and South Cotabato"
ILO_PRESITUATIONAL_2020 = "https://www.ilo.org/manila/publications/WCMS_750943/lang--en/index.htm"
ILO_PRESITUATIONAL_2020_TITLE = (
    "Pre-situational analysis report on child labour and working conditions in artisanal small-scale mining "
    "communities in the Philippines"
)

PUBLICATIONS = [
    # --- Records that were in the demo before their sources were researched ----------------------------------
    {
        "slug": "mapping-interventions-addressing-child-labour-and-working-conditions-"
        "in-artisanal-mineral-supply-chains",
        "title": MAPPING_TITLE,
        "kind": "report",
        "publication_date": date(2020, 5, 1),
        "date_precision": "month",
        "languages": ["en"],
        "licence": "CC BY 4.0",
        "external_url": ILO_MAPPING,
        "summary": "A mapping, mainly desk research with interviews, of donor-funded interventions, existing and "
        "completed, that address child labour and poor working conditions in artisanal and small-scale mining "
        "across minerals. It found nine main areas of work and outlines lessons learned and gaps.",
        "body": "At the request of the ILO, Levin Sources conducted the mapping. It covers interventions funded "
        "primarily by international donors and excludes programmes funded and implemented by governments or the "
        "private sector. It was conducted before the outbreak of COVID-19, so it does not assess the pandemic's "
        "impact on child labour in ASM.\n\nIts preliminary findings were presented at the ILO's inter-regional "
        "knowledge-sharing meeting in Manila (28–30 May 2019); the report was enhanced by the meeting's outcome "
        "and recommendations. The page of the Child Labour Platform's session at the OECD Forum on Responsible "
        "Mineral Supply Chains (29 April 2021) offered it for download as a new publication. It exists only as a "
        "static PDF; the resource library listed it in April 2021.",
        "organisations": {"author": ["ilo", "itc-ilo", "levin-sources"], "publisher": ["ilo"], "commissioner": ["ilo"]},
        "events": ["manila-2019-knowledge-sharing-meeting-asgm", "oecd-forum-2021-child-labour-side-session"],
        "areas": [1, 2, 3, 4, 5, 6, 7, 8, 9],
        "topics": ["child-labour"],
        "notes": "Areas: 1–9 — the report's own finding of nine main areas of work (respect.international summary); "
        "the portal's areas come from it.\n"
        "Roles: the report is to be cited as 'FUNDAMENTALS & ITC-ILO', published in Geneva by the ILO (copyright "
        "page, read only in a copy on vdocument.in); the desk research was done by Levin Sources at the ILO's "
        "request (respect.international). Date and licence (May 2020, CC BY 4.0) also come from that copy of the "
        "PDF; the ILO's page read does not show them.\n"
        "Events: the Manila meeting is named in the report's own summary. The 2021 OECD Forum session page offers "
        "the report as a 'new publication'; no page read uses the word 'launch'.\n"
        "Attendance in Manila: the report says 50 experts from 10 countries; ITC-ILO news says 75 representatives; "
        "an APO press release lists 16 countries (see the event record).",
        "sources": [
            src(ILO_MAPPING, MAPPING_TITLE),
            src(RESPECT_MAPPING, MAPPING_TITLE, "organisations"),
            src(RESPECT_MAPPING, MAPPING_TITLE, "figures"),
            src(MAPPING_COPY, f"{MAPPING_TITLE} (copy of the PDF on vdocument.in)", "dates"),
            src(MAPPING_COPY, f"{MAPPING_TITLE} (copy of the PDF on vdocument.in)", "organisations"),
            src(CLP_2021, CLP_2021_TITLE, "dates"),
        ],
    },
    {
        "slug": "oecd-due-diligence-guidance-minerals-third-edition",
        "title": "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and "
        "High-Risk Areas (third edition)",
        "kind": "guidance",
        "publication_date": date(2016, 4, 1),
        "date_precision": "month",
        "languages": ["en", "fr", "es", "de", "tr", "zh", "ko", "ja"],
        "external_url": "https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-"
        "conduct/responsible-mineral-supply-chains.html",
        "summary": "OECD guidance with due diligence recommendations for companies sourcing minerals or metals from "
        "conflict-affected and high-risk areas, with supplements on tin, tantalum and tungsten and on gold. First "
        "adopted in 2011; the third edition of April 2016 clarifies that it applies to all mineral supply chains.",
        "body": "The Guidance aims to help companies respect human rights and avoid contributing to conflict through "
        "their sourcing decisions, including the choice of their suppliers. ITSCI reports that the third edition "
        "made only minor changes to the text, to make clear that its recommendations are not limited to the "
        "minerals covered by the supplements.",
        "organisations": {"author": ["oecd"], "publisher": ["oecd"]},
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [4],
        "topics": ["due-diligence"],
        "notes": "Areas: 4 — a government-backed industry guideline for supply-chain due diligence (OECD page).\n"
        "Dates: ITSCI says the third edition was published in April 2016; the OECD page gives 2011 as the year the "
        "Guidance was adopted. Languages: the WBCSD tools page lists English, French, Spanish, German, Turkish, "
        "Chinese, Korean and Japanese.\n"
        "Minerals: the supplements cover tin, tantalum, tungsten and gold; the Guidance itself applies to all "
        "minerals.",
        "sources": [
            src(
                "https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/"
                "responsible-mineral-supply-chains.html",
                "Responsible mineral supply chains (OECD)",
                "organisations",
            ),
            src(
                "https://www.itsci.org/2016/05/17/release-of-the-3rd-edition-of-the-oecd-due-diligence-guidance/",
                "Release of the 3rd edition of the OECD Due Diligence Guidance (ITSCI)",
                "dates",
            ),
            src(
                "https://securityhumanrightshub.org/node/166",
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and "
                "High-Risk Areas (2016) (Security & Human Rights Hub)",
            ),
            src(
                "https://humanrights.wbcsd.org/project/oecd-due-diligence-guidance-for-responsible-supply-chains-of-"
                "minerals-from-conflict-affected-and-high-risk-areas",
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and "
                "High-Risk Areas (WBCSD)",
            ),
        ],
    },
    {
        "slug": "iied-to-host-3rd-online-asm-day",
        "title": "IIED to host 3rd online artisanal and small-scale mining day",
        "kind": "news",
        "publication_date": date(2018, 3, 2),
        "languages": ["en"],
        "external_url": IIED_2018,
        "summary": "IIED announces its third #shareASM digital day, on 15 March 2018, and reports on its action "
        "dialogues in Ghana, Tanzania and Madagascar.",
        "body": "The news item quotes an estimated 3–4 million people employed in the formal mining sector and "
        "some 20–30 million working in informal ASM, many of them women and children in developing countries. "
        "It features Rehema Peter Mushi, who mines red garnets and sapphires in Tanzania and won a grant to buy "
        "equipment. It recalls that the previous #shareASM day took place in February 2017 and announces the next "
        "step of the programme: the Amazon region.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["shareasm-digital-day-2018"],
        "countries": ["GH", "TZ", "MG"],
        "minerals": ["coloured-gemstones"],
        "areas": [2],
        "notes": "Areas: 2 — announces an open online exchange of information and reports on multi-stakeholder "
        "dialogues (IIED news).\n"
        "Minerals: garnets and sapphires mined by the miner it features.",
        "sources": [
            src(IIED_2018, IIED_2018_TITLE, "dates"),
            src(IIED_2018, IIED_2018_TITLE, "figures"),
        ],
    },
    {
        "slug": "iied-to-host-international-asm-day",
        "title": "IIED to host international ASM day",
        "kind": "news",
        "publication_date": date(2015, 6, 19),
        "languages": ["en"],
        "external_url": IIED_2015,
        "summary": "IIED announces a day dedicated to artisanal and small-scale mining on 25 June 2015, using online "
        "networks and the hashtag #shareASM to widen the space opened by its visioning workshop of April.",
        "body": "The news item presents the day as part of IIED's ASM policy dialogues and announces a series of "
        "in-country dialogues. It refers to IIED's photo story from Geita District, Tanzania.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["shareasm-digital-day-2015"],
        "areas": [2],
        "notes": "Areas: 2 — announces an open online exchange of information on ASM (IIED news, 19 June 2015).",
        "sources": [src(IIED_2015, IIED_2015_TITLE, "dates")],
    },
    {
        "slug": "tanzania-action-dialogue-photobook",
        "title": "Photobook of the Tanzania action dialogue (English and Swahili)",
        "kind": "photobook",
        "publication_date": date(2017, 1, 1),
        "date_precision": "year",
        "languages": ["en", "sw"],
        "print_only": True,
        "state": "review",
        "summary": "A photobook in English and Swahili, one of two IIED produced to tell the stories of mining "
        "communities in Ghana and Tanzania, given to participants of IIED's action dialogue in Tanzania in November "
        "2017.",
        "notes": "Known from IIED's news of 29 October 2017 (two photo books produced, for Ghana and Tanzania) and of "
        "2 March 2018 (the Tanzania book, in English and Swahili, handed to dialogue participants). Date: produced "
        "by October 2017 at the latest; the earlier demo date (November 2017) was the month it was handed out. "
        "Open questions: its exact title, and whether a digital copy exists.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["iied-action-dialogue-tanzania-2017"],
        "countries": ["TZ"],
        "areas": [2],
        "sources": [
            src(IIED_NEWSLETTER_4, IIED_NEWSLETTER_TITLE, "dates"),
            src(IIED_2018, IIED_2018_TITLE),
        ],
    },
    # --- Items of the neighbouring resource library on subjects other than mining (marked outside ASM) ---------
    {
        "slug": "tobaccos-hidden-children",
        "title": "Tobacco’s Hidden Children: Hazardous Child Labor in United States Tobacco Farming",
        "kind": "report",
        "publication_date": date(2014, 5, 13),
        "languages": ["en"],
        "external_url": "https://www.hrw.org/reports/2014/05/13/tobacco-s-hidden-children",
        "summary": "A Human Rights Watch report on children aged 7 to 17 working on tobacco farms in North Carolina, "
        "Kentucky, Tennessee and Virginia, exposed to nicotine, pesticides, heat and long hours. Outside ASM: listed "
        "beside the 2020 mapping in the resource library.",
        "organisations": {"author": ["human-rights-watch"], "publisher": ["human-rights-watch"]},
        "countries": ["US"],
        "areas": [6],
        "topics": ["child-labour", "occupational-safety-and-health", "outside-asm"],
        "notes": "Outside ASM. Areas: 6 — field research based on interviews with 141 child tobacco workers "
        "(HRW report page).\n"
        "Corrections: the earlier summary spoke of trafficking, which the report's summary does not; the ISBN it "
        "carried was not found on any page read and was removed.\n"
        "Dates: HRW's report address is dated 13 May 2014 and a news digest cites the HRW release of the same day; "
        "another HRW page of the report is dated 14 May 2014. The record keeps 13 May.",
        "sources": [
            src(
                "https://www.hrw.org/reports/2014/05/13/tobacco-s-hidden-children",
                "Tobacco's Hidden Children: Hazardous Child Labor in United States Tobacco Farming",
                "figures",
            ),
            src(
                "https://catherwood.library.cornell.edu/wit/us-child-workers-in-danger-on-tobacco-farms",
                "US: Child Workers in Danger on Tobacco Farms (Cornell ILR Catherwood Library)",
                "dates",
            ),
            src(
                "https://www.hrw.org/reports/2014/05/14/tobacco-s-hidden-children",
                "Tobacco's Hidden Children (HRW, table of contents)",
            ),
        ],
    },
    {
        "slug": "human-trafficking-in-americas-schools",
        "title": "Human Trafficking in America’s Schools",
        "kind": "guidance",
        "publication_date": date(2015, 1, 1),
        "date_precision": "month",
        "languages": ["en"],
        "external_url": "https://safesupportivelearning.ed.gov/human-trafficking-americas-schools",
        "summary": "A U.S. Department of Education guide for school staff on how human trafficking affects schools, "
        "the indicators of possible child trafficking, and the policies, protocols and partnerships schools can "
        "develop to prevent and respond to it. Outside ASM.",
        "organisations": {"publisher": ["us-department-of-education"]},
        "countries": ["US"],
        "areas": [3],
        "topics": ["human-trafficking", "education", "outside-asm"],
        "notes": "Outside ASM. Areas: 3 — awareness raising among educators (Department of Education pages).\n"
        "Editions: the Department's N&D resource page dates the guide January 2015; a second edition, 'What "
        "Schools Can Do To Prevent, Respond, and Help Students To Recover From Human Trafficking', is dated "
        "January 2021 (read only in a copy of the PDF on docslib.org), and the page at the external address now "
        "carries text citing 2019 hotline figures. The record keeps the first edition's date; check which "
        "edition to present.",
        "sources": [
            src(
                "https://neglected-delinquent.ed.gov/resource/human-trafficking-americas-schools",
                "Human Trafficking in America's Schools (NDTAC, U.S. Department of Education)",
                "dates",
            ),
            src(
                "https://safesupportivelearning.ed.gov/human-trafficking-americas-schools",
                "Human Trafficking in America's Schools (National Center on Safe Supportive Learning Environments)",
            ),
            src(
                "https://youth.gov/feature-article/new-human-trafficking-guide-school-personnel",
                "New Human Trafficking Guide for School Personnel (youth.gov)",
                "organisations",
            ),
        ],
    },
    {
        "slug": "combating-cyber-violence-against-women-and-girls",
        "title": "Combating Cyber Violence against Women and Girls",
        "kind": "report",
        "publication_date": date(2022, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "state": "review",
        "external_url": "https://eige.europa.eu/gender-based-violence/cyber-violence-against-women",
        "summary": "An EIGE study of cyber violence against women and girls that analyses legal and statistical "
        "definitions of its forms across the EU Member States, to support better data collection and policy. "
        "Outside ASM.",
        "organisations": {"publisher": ["eige"]},
        "topics": ["gender", "outside-asm"],
        "notes": "Outside ASM. No area of work: none of the nine fits a study of cyber violence.\n"
        "Correction: the earlier record pointed to EIGE's 'Cyber violence against women and girls: key terms and "
        "concepts', a different (2022) publication. The 2022 report 'Combating cyber violence against women and "
        "girls' is linked from EIGE's cyber violence page; news items describe it as carried out in 2021–2022 by "
        "Valdani Vicari & Associati with CSES and Milieu Consulting. Its own page was not found among the pages "
        "read: find it, and the month of release (a news item of 25 November 2022 reports it as new), before "
        "publishing.",
        "sources": [
            src(
                "https://eige.europa.eu/gender-based-violence/cyber-violence-against-women",
                "Cyber violence against women (EIGE)",
                "dates",
            ),
            src(
                "https://unipd-centrodirittiumani.it/en/news/eige-combating-cyber-violence-against-women-and-girls",
                "EIGE: Combating Cyber Violence against Women and Girls (University of Padua Human Rights Centre)",
                "organisations",
            ),
            src(
                "https://twost.eu/blog/2022/11/25/safespaces-eige-highlights-widespread-forms-of-cyber-violence-"
                "against-women-and-girls-proposes-definitions",
                "EIGE highlights widespread forms of cyber violence against women and girls (TWOST)",
            ),
            src(
                "https://eige.europa.eu/publications-resources/publications/cyber-violence-against-women-and-girls-"
                "key-terms-and-concepts",
                "Cyber violence against women and girls: key terms and concepts (EIGE)",
            ),
        ],
    },
    {
        "slug": "worker-feedback-technologies-and-combatting-modern-slavery",
        "title": "Worker feedback technologies and combatting modern slavery in global supply chains",
        "kind": "research",
        "publication_date": date(2019, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "authors": ["Lisa Rende Taylor", "Elena Shih"],
        "external_url": "https://respect.international/worker-feedback-technologies-and-combatting-modern-slavery-"
        "in-global-supply-chains/",
        "summary": "A seven-country study of how well due-diligence-oriented and empowerment-oriented worker feedback "
        "technologies identify and address forced labour and human trafficking in export supply chains. Outside "
        "ASM.",
        "areas": [6],
        "topics": ["forced-labour", "human-trafficking", "outside-asm"],
        "notes": "Outside ASM. Areas: 6 — a research study (resource library page).\n"
        "Authors and year as the resource library lists them ('Lisa Rende Taylor and Elena Shih, 2019'); the "
        "publisher was not confirmed, so no organisation is named.",
        "sources": [
            src(
                "https://respect.international/worker-feedback-technologies-and-combatting-modern-slavery-in-global-"
                "supply-chains/",
                "Worker feedback technologies and combatting modern slavery in global supply chains",
                "dates",
            ),
        ],
    },
    # --- New ASM publications ------------------------------------------------------------------------------------
    {
        "slug": "global-trends-in-asm-2018",
        "title": GLOBAL_TRENDS_TITLE,
        "kind": "report",
        "publication_date": date(2018, 1, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": ["Morgane Fritz", "James McQuilken", "Nina Collins", "Fitsum Weldegiorgis"],
        "external_url": GLOBAL_TRENDS,
        "summary": "A review of key numbers and issues in artisanal and small-scale mining, prepared by IIED for the "
        "IGF. It estimates that 40.5 million people were directly engaged in ASM in 2017, up from 6 million in 1993, "
        "and sets out the sector's share of global gold, sapphire, diamond, tantalum and tin supply.",
        "body": "The review finds that ASM has grown with rising mineral prices and the difficulty of earning a "
        "living from farming, that it is pursued mostly as a route out of poverty or a complement to low incomes, "
        "and that the perception of ASM as a 'get-rich-quick' activity has led to one-size-fits-all policies. It "
        "cites ASM shares of about 20% of global gold supply, 80% of sapphire, 20% of diamonds, 26% of tantalum and "
        "25% of tin.",
        "organisations": {"author": ["iied"], "publisher": ["iisd"], "commissioner": ["igf"]},
        "events": ["igf-agm-2017"],
        "minerals": ["gold", "coloured-gemstones", "diamonds", "tantalum", "tin"],
        "areas": [6],
        "notes": "Areas: 6 — a review of data on the sector (IISD page).\n"
        "Roles: 'prepared by IIED for the IGF' (IISD page); published by IISD, which hosts the IGF Secretariat "
        "(report's imprint). Authors and the imprint were read only in a copy of the PDF on readkong.com.\n"
        "Dates disagree within the report: its cover and imprint say January 2018 and © 2018, its recommended "
        "citation says IGF (2017), and one imprint line says © 2017. The record keeps January 2018.\n"
        "Event: background to the IGF's 13th AGM on managing ASM (October 2017). ENB's summary of the AGM says an "
        "overview of global and regional trends in ASM was presented there, and the AGM programme (read only as a "
        "copy on docslib.org) contains an 'ASM Report' section; neither names this report outright. Confirm.",
        "sources": [
            src(GLOBAL_TRENDS, GLOBAL_TRENDS_TITLE, "organisations"),
            src(GLOBAL_TRENDS, GLOBAL_TRENDS_TITLE, "figures"),
            src(GLOBAL_TRENDS_COPY, f"{GLOBAL_TRENDS_TITLE} (copy of the PDF on readkong.com)", "dates"),
            src(ENB_IGF_2017_SUMMARY, ENB_IGF_2017_SUMMARY_TITLE),
            src(IGF_AGM_2017_PROGRAMME, "IGF 13th Annual General Meeting programme (copy on docslib.org)"),
        ],
    },
    {
        "slug": "oecd-practical-actions-worst-forms-of-child-labour-2017",
        "title": "Practical actions for companies to identify and address the worst forms of child labour in mineral "
        "supply chains",
        "kind": "guidance",
        "publication_date": date(2017, 5, 1),
        "date_precision": "month",
        "languages": ["en"],
        "external_url": OECD_PRACTICAL_ACTIONS,
        "summary": "OECD guidance that helps companies identify, mitigate and account for the risks of the worst forms "
        "of child labour in their mineral supply chains, building on the due diligence framework of the OECD Due "
        "Diligence Guidance for minerals.",
        "body": "The OECD notes that about one million children work in mining or quarrying, almost all in "
        "artisanal, small-scale and informal mines, and that mining is the most hazardous sector for children in "
        "terms of fatal injuries. A draft was open for public comment from 15 June to 15 July 2016; it was drafted "
        "by the OECD Secretariat with input from the informal working group on the worst forms of child labour in "
        "mining.",
        "organisations": {"author": ["oecd"], "publisher": ["oecd"]},
        "areas": [4],
        "topics": ["child-labour", "due-diligence"],
        "notes": "Areas: 4 — guidance for companies that applies the OECD Due Diligence Guidance to child labour "
        "(OECD pages).\n"
        "Date: the OECD hub page gives May 2017; the draft stage comes from the OECD's earlier consultation page. "
        "The neighbouring resource library (respect.international) lists it as 'OECD, 2017'.",
        "sources": [
            src(OECD_PRACTICAL_ACTIONS, OECD_PRACTICAL_ACTIONS_TITLE, "dates"),
            src(OECD_PRACTICAL_ACTIONS, OECD_PRACTICAL_ACTIONS_TITLE, "figures"),
            src(
                "https://mneguidelines.oecd.org/child-labour-risks-in-the-minerals-supply-chain.htm",
                "Child labour risks in the minerals supply chain (OECD)",
            ),
            src("https://respect.international/705-2", "Practical actions for companies (resource library)"),
        ],
    },
    {
        "slug": "ilo-child-labour-in-mining-and-global-supply-chains-2019",
        "title": "Child Labour in Mining and Global Supply Chains",
        "kind": "policy-brief",
        "publication_date": date(2019, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "external_url": WBCSD_ILO_2019,
        "summary": "An ILO brief on the scope of child labour in mining, the risks to children's health and welfare, "
        "and recommendations to business on how to address it.",
        "body": "The brief notes that child labour in mining is most common in artisanal and small-scale mines and "
        "that minerals mined by children end up in supply chains such as automobiles, construction, cosmetics, "
        "electronics and jewellery.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "areas": [6, 4],
        "topics": ["child-labour", "due-diligence"],
        "notes": "Areas: 6 — an overview of the scope of the problem; 4 — recommendations to business (WBCSD "
        "page).\n"
        "The ILO's own page for the brief was not found among the pages read; the external address is the WBCSD "
        "human rights tools page that lists it as ILO (2019). Its text was read only in a copy on readkong.com.\n"
        "No page read ties the brief to the Manila meeting of May 2019 or to the CARING Gold Mining Project, so "
        "neither is linked.",
        "sources": [
            src(WBCSD_ILO_2019, "Child Labour in Mining and Global Supply Chains (WBCSD)", "dates"),
            src(WBCSD_ILO_2019, "Child Labour in Mining and Global Supply Chains (WBCSD)", "organisations"),
            src(
                "https://readkong.com/page/child-labour-in-mining-chains-and-global-supply-ilo-1304904",
                "Child labour in mining and global supply chains – ILO (copy on readkong.com)",
            ),
        ],
    },
    {
        "slug": "ilo-social-and-labour-issues-in-small-scale-mines-1999",
        "title": "Social and labour issues in small-scale mines",
        "kind": "report",
        "publication_date": date(1999, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "authors": ["Norman Jennings"],
        "external_url": ILO_1999_REPORT,
        "summary": "ILO report prepared for the Tripartite Meeting on Social and Labour Issues in Small-scale Mines "
        "(Geneva, May 1999), with new data on production and employment, and chapters on occupational safety and "
        "health, women in mining, child labour, legislation and links between large and small mines.",
        "body": "It estimates that up to 13 million people work in small-scale mines, producing 15–20% of the "
        "world's non-fuel minerals, and that 80–100 million people depend on it for their livelihood. The ILO's "
        "press release adds that small-scale mining in 35 surveyed countries grew by an average of 20% over five "
        "years and that up to 80% of it falls outside any legal or regulatory framework.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "events": ["ilo-tripartite-meeting-small-scale-mines-1999"],
        "minerals": ["other-minerals"],
        "areas": [6],
        "topics": ["occupational-safety-and-health", "child-labour", "gender"],
        "notes": "Areas: 6 — a report with new data on the sector (ILO meeting document page).\n"
        "Author: the ILO press release names Norman Jennings, ILO industrial specialist, as the one who prepared it.\n"
        "Event: the ILO Governing Body paper says the meeting considered this report.\n"
        "Dates: the press release presents it as new on 17 May 1999, the meeting's first day; the ILO meeting "
        "document page is dated 13 October 1999. The record keeps the year.",
        "sources": [
            src(ILO_1999_REPORT, ILO_1999_REPORT_TITLE, "dates"),
            src(ILO_1999_REPORT, ILO_1999_REPORT_TITLE, "figures"),
            src(ILO_1999_PRESS, ILO_1999_PRESS_TITLE, "organisations"),
            src(GB_1999, GB_1999_TITLE),
        ],
    },
    {
        "slug": "ilo-small-scale-mining-on-the-increase-1999",
        "title": "Small-scale mining on the increase in developing countries",
        "kind": "news",
        "publication_date": date(1999, 5, 17),
        "languages": ["en"],
        "external_url": ILO_1999_PRESS,
        "summary": "ILO press release presenting its report on social and labour issues in small-scale mines, "
        "prepared for the sectoral meeting that opened in Geneva on 17 May 1999: small-scale mining is growing fast "
        "in developing countries, employing many women and children in dangerous conditions.",
        "organisations": {"publisher": ["ilo"]},
        "events": ["ilo-tripartite-meeting-small-scale-mines-1999"],
        "minerals": ["other-minerals"],
        "areas": [6],
        "topics": ["occupational-safety-and-health", "child-labour"],
        "notes": "Areas: 6 — reports the findings of an ILO study (press release).\n"
        "Event: the release was issued on the opening day of the meeting for which the report was prepared.",
        "sources": [src(ILO_1999_PRESS, ILO_1999_PRESS_TITLE, "dates")],
    },
    {
        "slug": "hrw-a-poisonous-mix-2011",
        "title": HRW_MALI_TITLE,
        "kind": "report",
        "publication_date": date(2011, 12, 6),
        "languages": ["en"],
        "isbn": "1-56432-831-7",
        "external_url": HRW_MALI,
        "summary": "A Human Rights Watch report on hazardous child labour in Mali's artisanal gold mines, where "
        "children as young as six work with toxic mercury, and on the responses of the government, donors and gold "
        "traders.",
        "body": "Its chapters cover hazardous child labour throughout the mining process, mercury poisoning, "
        "trafficking, sexual exploitation, access to health care and education, and the responsibility of gold "
        "traders in Mali and abroad. A section reviews the ILO's Minors out of Mining initiative under the heading "
        "'Hollow Commitments?'.",
        "organisations": {"author": ["human-rights-watch"], "publisher": ["human-rights-watch"]},
        "interventions": [MINORS_OUT_OF_MINING],
        "countries": ["ML"],
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["child-labour", "mercury", "human-trafficking", "education"],
        "notes": "Areas: 6 — field research documenting child labour (HRW report pages).\n"
        "Intervention: the report has a section on the ILO's Minors out of Mining initiative.\n"
        "ISBN and month (December 2011) come from the report's imprint, read only in copies on docslib.org and "
        "yumpu.com; HRW's pages date it 6 December 2011.",
        "sources": [
            src(HRW_MALI, HRW_MALI_TITLE, "dates"),
            src("https://www.hrw.org/reports/2011/12/06/poisonous-mix-0", f"{HRW_MALI_TITLE} (HRW, 6 December 2011)"),
            src(
                "https://www.hrw.org/audio/2011/12/01/mali-child-labor-and-mercury-gold-mining",
                "Mali: Child Labor and Mercury in Gold Mining (HRW)",
                "figures",
            ),
            src(
                "https://docslib.org/download/7259016/a-poisonous-mix-rights-child-labor-mercury-and-artisanal-gold-"
                "mining-in-mali-watch",
                f"{HRW_MALI_TITLE} (copy of the PDF on docslib.org)",
            ),
        ],
    },
    {
        "slug": "hrw-toxic-toil-2013",
        "title": HRW_TANZANIA_TITLE,
        "kind": "report",
        "publication_date": date(2013, 8, 28),
        "languages": ["en"],
        "external_url": HRW_TANZANIA,
        "summary": "A 96-page Human Rights Watch report on children, some as young as eight, working in licensed and "
        "unlicensed small-scale gold mines in Tanzania, where they risk pit collapses, injuries and exposure to "
        "mercury, and on the roles of the government, donors, the World Bank and gold traders.",
        "body": "Human Rights Watch also found that girls on and around mining sites face sexual harassment and "
        "pressure to engage in sex work. The report's chapters cover child labour inspections in small-scale "
        "mining, support for orphans and other vulnerable children, education policies and mercury management.",
        "organisations": {"author": ["human-rights-watch"], "publisher": ["human-rights-watch"]},
        "countries": ["TZ"],
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["child-labour", "mercury", "formalisation"],
        "notes": "Areas: 6 — field research documenting child labour and mercury exposure (HRW report page).\n"
        "Topics: formalisation — the report defines and discusses licensed and unlicensed mines.\n"
        "Pages and release date: HRW's release as reproduced by artmatters.info and the Business & Human Rights "
        "Resource Centre (28 August 2013).",
        "sources": [
            src(HRW_TANZANIA, HRW_TANZANIA_TITLE, "dates"),
            src(
                "https://www.hrw.org/news/2013/08/28/witness-boys-mining-accident-richards-story-tanzania",
                "Witness: A Boy's Mining Accident – Richard's Story from Tanzania (HRW)",
            ),
            src(
                "https://business-humanrights.org/en/latest-news/pdf-toxic-toil-child-labor-and-mercury-exposure-in-"
                "tanzanias-small-scale-gold-mines",
                "Toxic Toil (Business & Human Rights Resource Centre)",
                "figures",
            ),
            src(
                "https://artmatters.info/2013/08/28/child-gold-miners-in-tanzania-exposed-to-hazardous-life/",
                "Child gold miners in Tanzania exposed to hazardous life (HRW press release, via artmatters.info)",
                "figures",
            ),
        ],
    },
    {
        "slug": "hrw-precious-metal-cheap-labor-2015",
        "title": HRW_GHANA_TITLE,
        "kind": "report",
        "publication_date": date(2015, 6, 10),
        "languages": ["en"],
        "authors": ["Juliane Kippenberg"],
        "external_url": HRW_GHANA,
        "summary": "An 82-page Human Rights Watch report on child labour in artisanal, mostly unlicensed gold mines in "
        "Ghana's Western, Central and Ashanti Regions, and on the due diligence of international refiners that buy "
        "gold from Ghana.",
        "body": "Researchers visited ten mining and processing sites and interviewed more than 160 people, including "
        "44 child miners aged 9 to 17, and met 20 gold traders in Ghana and refining companies abroad. Children pull "
        "ore from shafts, carry and crush it and process it with mercury; most are 15 to 17. The report was "
        "released on the eve of the World Day Against Child Labour 2015.",
        "organisations": {"author": ["human-rights-watch"], "publisher": ["human-rights-watch"]},
        "countries": ["GH"],
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["child-labour", "mercury", "due-diligence"],
        "notes": "Areas: 6 — field research documenting child labour and refiners' due diligence (HRW).\n"
        "Author: HRW's release calls Juliane Kippenberg 'the author of the report'. Date: the release is dated "
        "10 June 2015 (reproduced by Mines and Communities); the report's imprint says June 2015 and gives ISBN "
        "'978-1-6231-31609' (read only in a copy on docslib.org; not entered, as its form is irregular).",
        "sources": [
            src(HRW_GHANA, HRW_GHANA_TITLE),
            src(HRW_GHANA_RELEASE, HRW_GHANA_RELEASE_TITLE, "dates"),
            src(HRW_GHANA_RELEASE, HRW_GHANA_RELEASE_TITLE, "figures"),
            src(
                "https://goodelectronics.org/ghana-child-labor-taints-gold-supply-chain/",
                "Ghana: Child Labor Taints Gold Supply Chain (GoodElectronics)",
            ),
        ],
    },
    {
        "slug": "amnesty-this-is-what-we-die-for-2016",
        "state": "review",  # its online address was not read: confirm it before publishing
        "external_url": "https://www.amnesty.org/en/documents/afr62/3183/2016/en/",
        "title": AMNESTY_TITLE,
        "kind": "report",
        "publication_date": date(2016, 1, 1),
        "date_precision": "month",
        "languages": ["en"],
        "summary": "An Amnesty International report on the hazardous conditions in which artisanal miners, including "
        "thousands of children, mine cobalt in the Democratic Republic of the Congo, and on how that cobalt reaches "
        "batteries of phones, laptops and other electronic devices.",
        "body": "Amnesty International wrote to 26 companies it found to be in the global supply chain of cobalt "
        "mined by artisanal miners in southern DRC, and published their responses separately.",
        "organisations": {"author": ["amnesty-international"], "publisher": ["amnesty-international"]},
        "countries": ["CD"],
        "minerals": ["cobalt"],
        "areas": [6],
        "topics": ["child-labour", "occupational-safety-and-health", "due-diligence"],
        "notes": "Areas: 6 — research documenting abuses and tracing a supply chain (Amnesty's page of company "
        "responses).\n"
        "Date and index: the report's cover says January 2016, index AFR 62/3183/2016, read only in copies "
        "(SlideShare and others). Its likely address on Amnesty's site "
        "(https://www.amnesty.org/en/documents/afr62/3183/2016/en/, built from the pattern of its page of company "
        "responses, AFR 62/3412/2016) was not read, so the record waits in review until a curator confirms it.",
        "sources": [
            src(AMNESTY_RESPONSES, AMNESTY_RESPONSES_TITLE, "figures"),
            src(AMNESTY_RESPONSES, AMNESTY_RESPONSES_TITLE, "organisations"),
            src(AMNESTY_COPY, f"{AMNESTY_TITLE} (copy on SlideShare)", "dates"),
        ],
    },
    {
        "slug": "somo-beauty-and-a-beast-2016",
        "title": "Beauty and a Beast: Child labour in India for sparkling cars and cosmetics",
        "kind": "report",
        "publication_date": date(2016, 5, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": ["A. ten Kate", "I. Schipper", "M.M Remmers", "V. Kiezebrink"],
        "external_url": SOMO_MICA_2016,
        "summary": "A SOMO report on child labour in mica mining and processing in Jharkhand and Bihar, India, and on "
        "the role of Dutch companies and the main global producers of pearlescent pigments used in car paints and "
        "cosmetics.",
        "body": "SOMO writes that at least twenty thousand children work long hours in dangerous conditions in the "
        "mica mines of Jharkhand and Bihar. Terre des Hommes launched a campaign and petition based on the research "
        "on 22 May 2016.",
        "organisations": {"author": ["somo"], "publisher": ["somo"]},
        "countries": ["IN"],
        "minerals": ["mica"],
        "areas": [6],
        "topics": ["child-labour", "due-diligence"],
        "notes": "Areas: 6 — supply-chain research (GoodElectronics publication record, SOMO news).\n"
        "Roles: GoodElectronics names SOMO as publisher and both SOMO and Terre des Hommes as responsible "
        "organisations; Terre des Hommes' exact role in this 2016 report is not stated, so it is not listed. Its "
        "2018 follow-up was commissioned by Terre des Hommes (see global-mica-mining-childrens-rights-2018).\n"
        "Authors as GoodElectronics gives them.",
        "sources": [
            src(SOMO_MICA_2016, "Beauty and a Beast (GoodElectronics)", "dates"),
            src(SOMO_MICA_2016, "Beauty and a Beast (GoodElectronics)", "organisations"),
            src(
                SOMO_MICA_2016_NEWS, "Beauty and a beast: take the child labour out of your cosmetics (SOMO)", "figures"
            ),
        ],
    },
    {
        "slug": "global-mica-mining-childrens-rights-2018",
        "title": "Global mica mining and the impact on children's rights",
        "kind": "report",
        "publication_date": date(2018, 3, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": ["Irene Schipper", "Roberta Cowan"],
        "licence": "CC BY-NC-ND 4.0",
        "external_url": TDH_MICA_2018,
        "summary": "A SOMO study, commissioned by Terre des Hommes, that maps mica production in 20 countries and the "
        "risk of child labour and other violations of children's rights in its extraction, following up a 2016 "
        "report on India.",
        "body": "It names India, Madagascar, China, Sri Lanka, Pakistan and Brazil as the countries where the risk to "
        "children's rights is greatest, with India and Madagascar the main exporters of sheet mica. It finds the "
        "electronics industry the largest buyer of mica, followed by paints and coatings, and that synthetic mica "
        "is not yet a viable alternative.",
        "organisations": {"author": ["somo"], "publisher": ["somo"], "commissioner": ["terre-des-hommes-netherlands"]},
        "countries": ["IN", "MG", "CN", "LK", "PK", "BR"],
        "minerals": ["mica"],
        "areas": [6],
        "topics": ["child-labour"],
        "notes": "Areas: 6 — a global risk mapping (Terre des Hommes page).\n"
        "Roles: Terre des Hommes commissioned SOMO (Terre des Hommes page; the report's colophon). Authors, month "
        "and licence come from the colophon, read only in a copy on readkong.com; ChildHub dates it 1 March 2018.\n"
        "Figures disagree: Terre des Hommes' page recalls 'approximately 20.000' children in the Indian mines (2016 "
        "report); a summary of this report gives 22,000.",
        "sources": [
            src(TDH_MICA_2018, TDH_MICA_2018_TITLE, "organisations"),
            src(CHILDHUB_MICA_2018, "Global Mica Mining and the Impact on Children's Rights (ChildHub)", "dates"),
            src(MICA_2018_COPY, f"{TDH_MICA_2018_TITLE} (copy on readkong.com)", "countries"),
            src(
                "https://neue-kinder.ganzgraph.de/special/bibliothek/dokument/global-mica-mining-and-the-impact-on-"
                "childrens-rights/",
                f"{TDH_MICA_2018_TITLE} (library summary)",
                "figures",
            ),
        ],
    },
    {
        "slug": "world-bank-state-of-the-asm-sector-2019",
        "title": "State of the Artisanal and Small-Scale Mining Sector 2019",
        "kind": "report",
        "publication_date": date(2019, 4, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": [
            "Hilson, Gavin Michael",
            "Mcquilken, James Thomas",
            "Perks, Rachel Bernice",
            "Faulkner, Sally",
            "Lahiri-Dutt, Kuntala",
            "Primus, Urica",
            "Smith, Ekwa",
            "Singo, Patience",
        ],
        "external_url": WB_2019,
        "summary": "The first State of the Artisanal and Small-Scale Mining Sector report, drawn from the Delve "
        "database: it explores the global data gap on ASM, finds that at least 40 million people work in the "
        "sector, and proposes key data needs.",
        "body": "It includes regional and country case studies, among them Ghana, Guyana, India, Mongolia, Morocco "
        "and Peru, and finds that 10 million people in 40 countries of sub-Saharan Africa are directly engaged in "
        "ASM. The World Bank and Pact announced its launch at the OECD Forum in April 2019.",
        "organisations": {"publisher": ["world-bank", "pact"]},
        "interventions": ["delve"],
        "events": ["oecd-forum-responsible-mineral-supply-chains-2019"],
        "countries": ["GH", "GY", "IN", "MN", "MA", "PE"],
        "areas": [6],
        "topics": ["formalisation"],
        "notes": "Areas: 6 — a data and research report (Pact release, World Bank documents page).\n"
        "Intervention: Pact says the report draws from the Delve database. Event: Pact's release of 24 April 2019 "
        "says the World Bank and Pact 'will launch' it at the OECD Forum. Date: the month of that launch.\n"
        "Roles: both the World Bank and Pact present it as theirs; the World Bank's documents page gives the "
        "imprint (Washington, D.C.: World Bank Group) and the authors in the form listed.\n"
        "Topics: formalisation — Pact says accurate data is a first step to formalising the sector.",
        "sources": [
            src(PACT_2019, PACT_2019_TITLE, "dates"),
            src(PACT_2019, PACT_2019_TITLE, "figures"),
            src(PACT_2019, PACT_2019_TITLE, "countries"),
            src(WB_2019, WB_2019_TITLE, "organisations"),
            src(
                "https://www.worldbank.org/en/news/feature/2019/06/19/shining-a-light-on-a-hidden-sector",
                "Shining a light on a hidden sector",
            ),
        ],
    },
    {
        "slug": "world-bank-state-of-the-asm-sector-2020",
        "title": "2020 State of the Artisanal and Small-Scale Mining Sector",
        "kind": "report",
        "publication_date": date(2021, 5, 4),
        "languages": ["en"],
        "licence": "CC BY-SA 3.0",
        "external_url": PACT_2020,
        "summary": "World Bank and Pact report that examines how artisanal and small-scale mining contributes to "
        "Sustainable Development Goal 8 on decent work, building on the 2019 report to narrow the sector's data gap. "
        "It estimates that ASM employs about 44.75 million people.",
        "body": "It finds that around 90% of ASM activity is informal, leaving workers exposed to dangerous "
        "conditions, and outlines ways to improve occupational health and safety, social protection and fair "
        "labour standards. It notes that 60% of ASM countries publish no data on women's participation, and that "
        "COVID-19 reduced miners' incomes.",
        "organisations": {"publisher": ["world-bank", "pact"]},
        "interventions": ["delve"],
        "areas": [6],
        "topics": ["occupational-safety-and-health", "social-protection", "gender", "formalisation"],
        "notes": "Areas: 6 — a data and research report (Pact library page).\n"
        "Date: the report is titled 2020; Pact's library lists it on 4 May 2021, the date of the World Bank and "
        "Pact release summarised by news sites. The record keeps 4 May 2021.\n"
        "Roles: a collaboration between the World Bank's Extractives Global Programmatic Support Multi-Donor Trust "
        "Fund and Pact (GE2P2 digest of the report). Intervention: the report's PDF is hosted on delvedatabase.org "
        "and it continues the Delve reports (the Delve record calls Delve the source of the annual reports).\n"
        "Licence: CC BY-SA 3.0, as Pact's library page states.",
        "sources": [
            src(PACT_2020, PACT_2020_TITLE, "dates"),
            src(GE2P2_2020, GE2P2_2020_TITLE, "figures"),
            src(GE2P2_2020, GE2P2_2020_TITLE, "organisations"),
            src(
                "https://comparemela.com/article/better-working-conditions-can-improve-safety-and-productivity-of-"
                "artisanal-small-scale-miners-around-world-202105047797611",
                "Better Working Conditions Can Improve Safety and Productivity of Artisanal and Small-Scale Miners "
                "Around World (World Bank release, via comparemela)",
            ),
        ],
    },
    {
        "slug": "igf-guidance-for-governments-managing-asm-2017",
        "title": "IGF Guidance for Governments: Managing artisanal and small-scale mining",
        "kind": "guidance",
        "publication_date": date(2017, 1, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": ["Dan Paget", "Nicholas Garrett", "Alec Crawford"],
        "external_url": IISD_IGF_GUIDANCE,
        "summary": "IGF guidance that sets out a step-by-step process for governments to develop, implement and "
        "monitor an ASM management strategy, with direction on inclusive strategy development and on governing the "
        "process.",
        "body": "An initial draft was endorsed by the IGF's 56 member governments at its 12th Annual General Meeting "
        "in October 2016; the guidance was released in January 2017. In February–March 2018 the IGF trained "
        "government representatives of French-speaking African countries in applying it.",
        "organisations": {"author": ["igf"], "publisher": ["iisd"]},
        "events": ["igf-asm-guidance-training-francophone-africa-2018"],
        "areas": [4],
        "topics": ["formalisation"],
        "notes": "Areas: 4 — guidance for governments, including integrating ASM into the formal economy (IISD "
        "release).\n"
        "Dates: the IISD release is dated 18 January 2017 at its head and 19 January 2017 in its text; the "
        "guidance's cover says January 2017. Authors and imprint (published by IISD, which hosts the IGF "
        "Secretariat) were read only in a copy of the PDF on vdocuments.net; an earlier 2015 version was prepared "
        "by RCS Global.\n"
        "External address: the IISD release announcing the guidance; the guidance's own page was not read.\n"
        "Event: the Yaoundé regional training worked through the guidance's three phases.",
        "sources": [
            src(IISD_IGF_GUIDANCE, IISD_IGF_GUIDANCE_TITLE, "dates"),
            src(IISD_IGF_GUIDANCE, IISD_IGF_GUIDANCE_TITLE, "organisations"),
            src(IGF_GUIDANCE_COPY, "IGF Guidance for Governments: Managing artisanal and small-scale mining (copy)"),
            src(IGF_YAOUNDE, IGF_YAOUNDE_TITLE),
        ],
    },
    {
        "slug": "caring-gold-video-2019",
        "title": "Caring Gold: Future without child labour",
        "kind": "video",
        "publication_date": date(2019, 6, 11),
        "languages": ["en"],
        "external_url": CARING_VIDEO,
        "summary": "ILO video (about five minutes) on the CARING Gold Mining Project, funded by the U.S. Department "
        "of Labor, which convened key actors and introduced innovations to end child labour and improve working "
        "conditions in small-scale gold mines in the Philippines.",
        "body": "It recalls ILO estimates of 2011 that 19,000 children work in 45 artisanal and small-scale gold mines "
        "in the Philippines, and shows the project's work with mining communities in Camarines Norte and South "
        "Cotabato to move from the informal economy through decent work.",
        "organisations": {"publisher": ["ilo"]},
        "interventions": [CARING_GOLD],
        "countries": ["PH"],
        "minerals": ["gold"],
        "areas": [2, 9],
        "topics": ["child-labour", "formalisation", "mercury"],
        "notes": "Areas: 2 — the project convened key actors; 9 — transition from the informal economy through decent "
        "work (ILO video page).\n"
        "Funding: 100% USDOL, USD 5,000,000, cooperative agreement IL-28105-15-75-K-11 (video page).",
        "sources": [
            src(CARING_VIDEO, CARING_VIDEO_TITLE, "dates"),
            src(CARING_VIDEO, CARING_VIDEO_TITLE, "figures"),
        ],
    },
    {
        "slug": "caring-gold-fact-sheet",
        "title": "Convening Actors to Reduce Child Labour and Improve Working Conditions in Artisanal and Small-Scale "
        "Gold Mining (CARING GOLD MINING PROJECT): Fact sheet",
        "kind": "policy-brief",
        "languages": ["en"],
        "external_url": CARING_FACTSHEET,
        "summary": "ILO fact sheet of the CARING Gold Mining Project, which addresses child labour and working "
        "conditions in artisanal and small-scale gold mining globally and in its pilot countries, Ghana and the "
        "Philippines, through four outcomes.",
        "body": "The outcomes: laws, policies and action plans on child labour and working conditions in ASGM "
        "strengthened, enforced or implemented; better access of vulnerable households in ASGM communities to "
        "social protection and livelihoods programmes; mechanisms to monitor child labour and working conditions "
        "in gold supply chains; and operational global networks to reduce child labour in ASGM.",
        "organisations": {"publisher": ["ilo"]},
        "interventions": [CARING_GOLD],
        "countries": ["GH", "PH"],
        "minerals": ["gold"],
        "areas": [4, 9, 6, 2],
        "topics": ["child-labour", "social-protection"],
        "notes": "Areas (fact sheet): 4 — outcome 1, laws, policies and action plans; 9 — outcome 2, social "
        "protection and livelihoods; 6 — outcome 3, monitoring mechanisms; 2 — outcome 4, global networks.\n"
        "Date: the ILO page read gives none, so the field is empty.",
        "sources": [src(CARING_FACTSHEET, CARING_FACTSHEET_TITLE, "countries")],
    },
    {
        "slug": "caring-gold-fact-sheet-philippines",
        "title": "Convening Actors to Develop and Implement Strategies to Reduce Child Labor and Improve Working "
        "Conditions in Artisanal and Small-Scale Gold Mining (CARING GOLD MINING PROJECT): Fact sheet",
        "kind": "policy-brief",
        "languages": ["en"],
        "external_url": CARING_FACTSHEET_PH,
        "summary": "ILO fact sheet on the CARING Gold Mining Project in the Philippines, which supports the setting-up "
        "of legal, regulated People's Small-Scale Mines (Minahang Bayan) that comply with environmental, health and "
        "labour standards.",
        "body": "Its objectives: strengthening and enforcing laws, policies and action plans on child labour and "
        "working conditions in ASGM; reflecting these issues in national and local laws, regulations, licensing "
        "contracts, plans and budgets; strengthening regulatory and enforcement bodies and inter-agency "
        "coordination; and improving vulnerable households' access to social protection and livelihood programmes.",
        "organisations": {"publisher": ["ilo"]},
        "interventions": [CARING_GOLD],
        "countries": ["PH"],
        "minerals": ["gold"],
        "areas": [4, 9],
        "topics": ["child-labour", "formalisation", "social-protection"],
        "notes": "Areas (fact sheet): 4 — laws, regulations and regulated People's Small-Scale Mines (formalisation); "
        "9 — access to social protection and livelihoods.\n"
        "Date: the ILO page read gives none. Title: this sheet says 'Convening Actors to Develop and Implement "
        "Strategies…', the global sheet 'Convening Actors to Reduce…'.",
        "sources": [src(CARING_FACTSHEET_PH, CARING_FACTSHEET_PH_TITLE, "countries")],
    },
    {
        "slug": "ilo-compassionate-gold-press-release-2018",
        "title": COMPASSIONATE_GOLD_TITLE,
        "kind": "news",
        "publication_date": date(2018, 5, 26),
        "languages": ["en"],
        "external_url": COMPASSIONATE_GOLD,
        "summary": "ILO press release on the launch of the Compassionate Gold brand at the Philippine Fashion Week, "
        "promoted by the ILO's CARING Gold Mining Project with BAN Toxics as a responsible and ethical gold from "
        "artisanal and small-scale mines.",
        "body": "The brand is described as certified mercury-free and child labour-free and as promoting decent "
        "working conditions. The release recalls that artisanal and small-scale mines produce about 80% of the "
        "Philippines' gold and that about 19,000 children work in 45 small-scale gold mines.",
        "organisations": {"publisher": ["ilo"]},
        "interventions": [CARING_GOLD],
        "countries": ["PH"],
        "minerals": ["gold"],
        "areas": [4],
        "topics": ["child-labour", "mercury", "traceability"],
        "notes": "Areas: 4 — a brand certifying responsible practices, an industry standard (ILO release and event "
        "page).\n"
        "Topics: traceability — the brand certifies the gold's origin in mercury-free, child-labour-free mines.",
        "sources": [
            src(COMPASSIONATE_GOLD, COMPASSIONATE_GOLD_TITLE, "dates"),
            src(COMPASSIONATE_GOLD, COMPASSIONATE_GOLD_TITLE, "figures"),
            src(COMPASSIONATE_GOLD_EVENT, COMPASSIONATE_GOLD_EVENT_TITLE, "organisations"),
        ],
    },
    {
        "slug": "ilo-asgm-baseline-report-philippines-2020",
        "title": ILO_BASELINE_2020_TITLE,
        "kind": "research",
        "publication_date": date(2020, 1, 20),
        "languages": ["en"],
        "isbn": "9789220330012",
        "external_url": ILO_BASELINE_2020,
        "summary": "ILO baseline profile of the environmental, social and economic conditions of artisanal and "
        "small-scale gold mining in Labo and Paracale (Camarines Norte) and T'boli (South Cotabato), Philippines.",
        "body": "Both areas use almost identical mining and processing methods; the main difference is that ASGM in "
        "Camarines Norte is largely informal and unregulated, while T'boli has a locally recognised People's "
        "Small-Scale Mine (Minahang Bayan).",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "countries": ["PH"],
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["formalisation"],
        "notes": "Areas: 6 — a baseline study (ILO page).\n"
        "Date: the ILO publications list gives 20 January 2020; the report's imprint (read only in a copy on "
        "docslib.org) says January 2020 and gives the ISBN of the web PDF.\n"
        "Open question: the ILO announced the launch of a 'Baseline Study on ASGM and gold supply chain' in these "
        "project sites at the CARING Gold Mining Project's national summit of September 2018; whether it is this "
        "report is not stated, so neither the project nor the summit is linked.",
        "sources": [
            src(ILO_BASELINE_2020, ILO_BASELINE_2020_TITLE, "countries"),
            src(ILO_IPEC_LIST, ILO_IPEC_LIST_TITLE, "dates"),
            src(
                "https://docslib.org/doc/12545520/artisanal-and-small-scale-gold-mining-baseline-report-camarines-"
                "norte-and-south-cotabato",
                f"{ILO_BASELINE_2020_TITLE} (copy on docslib.org)",
            ),
            src(CARING_SUMMIT_2018, CARING_SUMMIT_2018_TITLE),
        ],
    },
    {
        "slug": "ilo-pre-situational-analysis-asm-philippines-2020",
        "title": ILO_PRESITUATIONAL_2020_TITLE,
        "kind": "research",
        "publication_date": date(2020, 1, 30),
        "languages": ["en"],
        "isbn": "978-92-2-032576-6",
        "external_url": ILO_PRESITUATIONAL_2020,
        "summary": "ILO study of child labour and working conditions in artisanal small-scale gold mining communities "
        "of Labo and Paracale (Camarines Norte) and T'boli (South Cotabato), with an analysis of the policies "
        "governing the sector and recommendations on child labour and working conditions.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "countries": ["PH"],
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["child-labour", "formalisation"],
        "notes": "Areas: 6 — a situational analysis (ILO page).\n"
        "Date: the ILO publications list gives 30 January 2020; the report (read only in a copy on vdocuments.site) "
        "says January 2020 and gives the ISBN of the web PDF.",
        "sources": [
            src(ILO_PRESITUATIONAL_2020, ILO_PRESITUATIONAL_2020_TITLE, "countries"),
            src(ILO_IPEC_LIST, ILO_IPEC_LIST_TITLE, "dates"),
            src(
                "https://vdocuments.site/pre-situational-analysis-report-on-child-labour-and-.html",
                f"{ILO_PRESITUATIONAL_2020_TITLE} (copy on vdocuments.site)",
            ),
        ],
    },
    {
        "slug": "oecd-interconnected-supply-chains-cobalt-copper-drc-2019",
        "title": OECD_COBALT_TITLE,
        "kind": "report",
        "publication_date": date(2019, 11, 15),
        "languages": ["en", "fr", "zh"],
        "external_url": OECD_COBALT,
        "summary": "OECD report on the risks in sourcing cobalt and copper from the Democratic Republic of the Congo, "
        "which shows links between industrial and artisanal mining and refining and calls on buyers to extend due "
        "diligence beyond child labour to corruption and human rights risks linked to security forces.",
        "body": "It reviews the upstream supply chain from production through trading to processing and refining, "
        "analyses the prevalence of the risks listed in Annex II of the OECD Due Diligence Guidance, and recommends "
        "engagement and cooperation between industrial and artisanal miners. It notes the DRC government's reform "
        "of its copper and cobalt trading markets.",
        "organisations": {"author": ["oecd"], "publisher": ["oecd"]},
        "countries": ["CD"],
        "minerals": ["cobalt", "copper"],
        "areas": [6, 4],
        "topics": ["due-diligence", "child-labour"],
        "notes": "Areas: 6 — risk research; 4 — recommendations for due diligence under the OECD Guidance (OECD "
        "pages, WBCSD summary).\n"
        "Languages: English, French and Chinese versions are linked from the OECD page (a later French edition is "
        "dated July 2024).",
        "sources": [
            src(OECD_COBALT, OECD_COBALT_TITLE, "dates"),
            src(OECD_COBALT_MNE, OECD_COBALT_TITLE, "dates"),
            src(
                "https://mneguidelines.oecd.org/new-oecd-report-challenges-assumptions-about-risks-in-cobalt-and-"
                "copper-sourcing.htm",
                "New OECD report challenges assumptions about risks in cobalt and copper sourcing",
            ),
            src(
                "https://humanrights.wbcsd.org/project/interconnected-supply-chains-a-comprehensive-look-at-due-"
                "diligence-challenges-and-opportunities-sourcing-cobalt-and-copper-from-the-democratic-republic-of-"
                "the-congo/",
                f"{OECD_COBALT_TITLE} (WBCSD)",
            ),
        ],
    },
    {
        "slug": "oecd-mineral-supply-chain-conflict-links-eastern-drc-2015",
        "title": "Mineral Supply Chain and Conflict Links in the Eastern Democratic Republic of Congo: Five years of "
        "implementing supply chain due diligence",
        "kind": "report",
        "publication_date": date(2015, 11, 19),
        "languages": ["en", "fr"],
        "doi": "10.1787/86e0c04b-en",
        "isbn": "9789264860155",
        "external_url": OECD_DRC_2015,
        "summary": "A report prepared by IPIS for the OECD that takes stock of five years of programmes and "
        "initiatives implementing the OECD Due Diligence Guidance for minerals in the Great Lakes Region, mainly the "
        "Democratic Republic of the Congo.",
        "body": "Its chapters cover the artisanal mining sector in eastern DRC, militarisation at mining sites and "
        "the implementation of on-the-ground due diligence programmes.",
        "organisations": {"author": ["ipis"], "publisher": ["oecd"], "commissioner": ["oecd"]},
        "countries": ["CD"],
        "areas": [6],
        "topics": ["due-diligence"],
        "notes": "Areas: 6 — a stocktaking study (OECD page).\n"
        "Roles: the OECD page says IPIS prepared it for the OECD; OECD iLibrary lists the OECD as author. The record "
        "names IPIS as author and the OECD as publisher and commissioner.\n"
        "ISBN is that of the PDF (OECD iLibrary). Minerals: not named on the pages read, so left empty.",
        "sources": [
            src(OECD_DRC_2015, OECD_DRC_2015_TITLE, "dates"),
            src(OECD_DRC_2015, OECD_DRC_2015_TITLE, "organisations"),
            src(OECD_DRC_2015_LIBRARY, f"{OECD_DRC_2015_TITLE} (OECD iLibrary)", "organisations"),
        ],
    },
    {
        "slug": "unep-global-mercury-assessment-2018",
        "state": "review",  # its online address was not read: confirm it before publishing
        "external_url": "https://www.unenvironment.org/resources/publication/global-mercury-assessment-2018",
        "title": "Global Mercury Assessment 2018",
        "kind": "report",
        "publication_date": date(2019, 3, 1),
        "date_precision": "month",
        "languages": ["en"],
        "summary": "UN Environment Programme assessment, produced with the Arctic Monitoring and Assessment Programme, "
        "that updates the 2013 assessment of mercury emissions to air, releases to water and transport in the "
        "environment. It finds artisanal and small-scale gold mining responsible for almost 38% of global "
        "anthropogenic emissions in 2015.",
        "body": "It estimates global anthropogenic emissions to air in 2015 at about 2,220 tonnes, and finds ASGM the "
        "main source of emissions in South America and sub-Saharan Africa. ASGM also introduced about 1,220 tonnes "
        "of mercury into land and freshwater in 2015. New sections cover mercury in biota and in humans.",
        "organisations": {"author": ["unep", "amap"], "publisher": ["unep"]},
        "minerals": ["gold"],
        "areas": [6],
        "topics": ["mercury"],
        "notes": "Areas: 6 — a global scientific assessment (UNEP pages, SAICM summary).\n"
        "Date: the title says 2018 and a review draft was posted on 25 May 2018; the assessment's summary for "
        "policy-makers was delivered to the UN Environment Assembly in March 2019, when SAICM reported its "
        "publication. The record keeps March 2019.\n"
        "Roles: UNEP with AMAP (Arctic Portal, UNEP technical background report).\n"
        "External address: a reference list cites "
        "https://www.unenvironment.org/resources/publication/global-mercury-assessment-2018; that page was not "
        "read, so the record waits in review until a curator confirms it.",
        "sources": [
            src(GMA_2018_SAICM, GMA_2018_SAICM_TITLE, "dates"),
            src(GMA_2018_SAICM, GMA_2018_SAICM_TITLE, "figures"),
            src(GMA_2018_TECHNICAL, GMA_2018_TECHNICAL_TITLE, "dates"),
            src(GMA_2018_TECHNICAL, GMA_2018_TECHNICAL_TITLE, "organisations"),
            src(
                "https://arcticportal.org/ap-library/news/2120-publication-global-mercury-assessment-2018",
                "Publication: Global Mercury Assessment 2018 (Arctic Portal)",
                "organisations",
            ),
            src("https://wedocs.unep.org/handle/20.500.11822/25462", "Global Mercury Assessment 2018: review draft"),
        ],
    },
    {
        "slug": "craft-code-v1",
        "title": "CRAFT: Code of Risk-mitigation for ASM engaging in Formal Trade, version 1.0",
        "kind": "guidance",
        "publication_date": date(2018, 7, 31),
        "languages": ["en"],
        "external_url": CRAFT_REVISION,
        "summary": "First version of the CRAFT Code, an open-source market-entry standard by the Alliance for "
        "Responsible Mining and RESOLVE that lets artisanal gold producers access formal markets by facilitating due "
        "diligence of their supply chains in line with the OECD Guidance.",
        "body": "Developed with support from the European Partnership for Responsible Minerals through a participative "
        "process with an Advisory Group, a Technical Committee and a public consultation of over 400 people from "
        "more than 18 countries. In August 2018 a group of Colombian women mineral selectors made the first sale of "
        "gold under the Code.",
        "organisations": {"author": ["alliance-for-responsible-mining", "resolve"]},
        "interventions": ["craft-code"],
        "countries": ["CO"],
        "minerals": ["gold"],
        "areas": [4],
        "topics": ["due-diligence", "formalisation"],
        "notes": "Areas: 4 — an industry standard and due-diligence tool for ASM (ARM page).\n"
        "Date: ARM says the final version 1.0 was published on 31 July 2018; its CRAFT 2.0 page says version 1.0 "
        "was launched in July 2018. Countries: Colombia, where the first sale under the Code took place.\n"
        "EPRM supported its development (ARM, LBMA); the portal has no funder role for publications.",
        "sources": [
            src(CRAFT_REVISION, CRAFT_REVISION_TITLE, "dates"),
            src(CRAFT_REVISION, CRAFT_REVISION_TITLE, "organisations"),
            src(CRAFT_REVISION, CRAFT_REVISION_TITLE, "figures"),
            src(CRAFT_LBMA, CRAFT_LBMA_TITLE),
        ],
    },
    {
        "slug": "craft-code-v2",
        "title": "CRAFT: Code of Risk-mitigation for ASM engaging in Formal Trade, version 2.0",
        "kind": "guidance",
        "publication_date": date(2020, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "external_url": CRAFT_V2,
        "summary": "Revised CRAFT Code by the Alliance for Responsible Mining and RESOLVE, restructured into three "
        "volumes and widened from gold to tin, tantalum, tungsten, cobalt and gemstones, with clarified criteria on "
        "security, child labour, complaints mechanisms and community relations.",
        "body": "The revision drew on lessons from the first uses of version 1.0 and was carried out with the CRAFT "
        "Advisory Group, the Standard Committee and stakeholders in the ASM sector and industry. Its volumes cover "
        "an introduction, requirements for ASM producers (commodity-independent and commodity-specific) and the use "
        "of CRAFT by schemes and supply chains.",
        "organisations": {"author": ["alliance-for-responsible-mining", "resolve"]},
        "interventions": ["craft-code"],
        "minerals": ["gold", "tin", "tantalum", "tungsten", "cobalt", "coloured-gemstones"],
        "areas": [4],
        "topics": ["due-diligence", "child-labour"],
        "notes": "Areas: 4 — an industry standard for ASM (ARM page).\n"
        "Date: ARM's page sits under /2020/10/ and LBMA's article on the Code is of November 2020; no page read "
        "states the release day, so the record keeps the year. ARM's 2023 page says CRAFT 2.0 has been implemented "
        "since 2020.\n"
        "Minerals: 'gold, 3T, cobalt and gemstones' (ARM); 'gemstones' mapped to coloured gemstones.",
        "sources": [
            src(CRAFT_V2, CRAFT_V2_TITLE, "organisations"),
            src(
                "https://www.responsiblemines.org/en/2023/04/craft-2-1-an-interim-revision-process-to-clarify-"
                "expectations-for-all-actors-along-the-supply-chain/",
                "CRAFT 2.1: an interim revision process to clarify expectations for all actors along the supply chain",
                "dates",
            ),
            src(CRAFT_LBMA, CRAFT_LBMA_TITLE, "dates"),
        ],
    },
    {
        "slug": "ilo-a-load-too-heavy-2005",
        "title": "A load too heavy: Children in mining and quarrying",
        "kind": "report",
        "publication_date": date(2005, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "external_url": "https://www.ilo.org/ipec/Informationresources/WCMS_IPEC_PUB_880/lang--en/index.htm",
        "summary": "ILO-IPEC publication on children working in mines and quarries, an estimated one million and "
        "rising in some regions, and on why such work counts among the worst forms of child labour under "
        "Convention No. 182.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "minerals": ["other-minerals"],
        "areas": [3, 6],
        "topics": ["child-labour"],
        "notes": "Areas: 3 — awareness raising on a worst form of child labour; 6 — estimate of children involved "
        "(ILO page).\n"
        "Date: an ILO resources list gives 1 January 2005, which stands for the year alone.\n"
        "Open question: its title echoes the theme of the World Day Against Child Labour 2005 ('A Load too "
        "Heavy: Child labour in mining and quarrying'), but no page read says it was released for that day, so the "
        "event is not linked.",
        "sources": [
            src(
                "https://www.ilo.org/ipec/Informationresources/WCMS_IPEC_PUB_880/lang--en/index.htm",
                "A load too heavy: Children in mining and quarrying",
                "figures",
            ),
            src(ILO_HAZARDOUS_RESOURCES, ILO_HAZARDOUS_RESOURCES_TITLE, "dates"),
            src(WDACL_2005, WDACL_2005_TITLE),
        ],
    },
    {
        "slug": "ilo-minors-out-of-mining-brochure-2005",
        "title": "Minors out of mining! Partnership for global action against child labour in small-scale mining",
        "kind": "policy-brief",
        "publication_date": date(2005, 12, 1),
        "date_precision": "month",
        "languages": ["en"],
        "external_url": ILO_HAZARDOUS_RESOURCES,
        "summary": "ILO-IPEC brochure presenting Minors out of Mining, a tripartite effort initiated by the "
        "governments concerned, with the support of mining companies and workers and of the ILO, to eliminate "
        "child labour in small-scale mining within ten years, starting where the problem is most serious.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "interventions": [MINORS_OUT_OF_MINING],
        "minerals": ["other-minerals"],
        "areas": [2, 4],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a tripartite partnership; 4 — a time-bound multi-stakeholder commitment (ILO listing).\n"
        "Date: ILO lists give 1 December 2005, kept as the month. External address: the ILO resources list that "
        "carries the brochure; its own page was not read.",
        "sources": [
            src(ILO_HAZARDOUS_RESOURCES, ILO_HAZARDOUS_RESOURCES_TITLE, "dates"),
            src(
                "https://www.ilo.org/ipec/Informationresources/all-publications/lang--en/index.htm?facetcriteria="
                "IPEC=MINING&facetdynlist=WCMS_203618",
                "IPEC publications on mining (ILO)",
                "organisations",
            ),
        ],
    },
    {
        "slug": "ilo-urges-ban-child-labour-small-scale-mines-2005",
        "title": ILO_PRESS_2005_TITLE,
        "kind": "news",
        "publication_date": date(2005, 6, 9),
        "languages": ["en"],
        "external_url": ILO_PRESS_2005,
        "summary": "ILO press release announcing that governments, workers and employers would join the ILO, for the "
        "World Day Against Child Labour 2005, in calling for the end of child labour in small-scale mining and "
        "quarrying within five to ten years, with a call to action at the International Labour Conference on 10 "
        "June.",
        "body": "The ILO estimates that at least one million children aged five to 17 work in small-scale mines and "
        "quarries. The initiative calls on the mining sector's governments, workers and employers to help remote, "
        "often family-based operations become economically and environmentally sustainable without child labour.",
        "organisations": {"publisher": ["ilo"]},
        "interventions": [MINORS_OUT_OF_MINING],
        "events": ["minors-out-of-mining-launch-2005", "world-day-against-child-labour-2005"],
        "minerals": ["other-minerals"],
        "areas": [2, 4],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a tripartite call to action; 4 — a time-bound commitment (ILO release).\n"
        "Events and intervention: the release announces the call to action of 10 June 2005, which launched Minors "
        "out of Mining, as part of the World Day Against Child Labour activities.",
        "sources": [
            src(ILO_PRESS_2005, ILO_PRESS_2005_TITLE, "dates"),
            src(ILO_PRESS_2005, ILO_PRESS_2005_TITLE, "figures"),
        ],
    },
    {
        "slug": "ilo-girls-in-mining-2007",
        "title": "Girls in mining: Research findings from Ghana, Niger, Peru and the United Republic of Tanzania",
        "kind": "research",
        "publication_date": date(2007, 1, 1),
        "date_precision": "year",
        "languages": ["en"],
        "isbn": "978-92-2-120346-9",
        "external_url": ILO_GIRLS_ARTICLE,
        "summary": "ILO working paper, by its Bureau for Gender Equality and IPEC, on research carried out from April "
        "to December 2006 in Ghana, Niger, Peru and Tanzania showing that girls as well as boys do hazardous work in "
        "small-scale mining, in extraction, transport and processing as well as in related jobs.",
        "body": "The research covered 12 mining communities and processing zones and interviewed over 400 girls and "
        "boys. It finds that girls take on more hazardous work deeper in the mines while keeping their household "
        "duties, and that their work is often unrecognised by law, intervention services and the media.",
        "organisations": {"author": ["ilo"], "publisher": ["ilo"]},
        "countries": ["GH", "NE", "PE", "TZ"],
        "minerals": ["gold"],
        "areas": [6, 5],
        "topics": ["child-labour", "gender"],
        "notes": "Areas: 6 — research findings; 5 — gender-specific analysis of girls' work (ILO article, working "
        "paper abstract).\n"
        "Date: the working paper says first edition 2007; the ILO article presenting it as new is of 13 September "
        "2007. ISBN of the web PDF and the count of 12 communities and 400 children come from copies of the paper "
        "(SlideShare, an IPEC presentation) and the CORE abstract.\n"
        "External address: the ILO article presenting the report; the paper's own ILO page was not read. "
        "Minerals: the ILO article's example is gold panning in Niger; the other sites were not checked.",
        "sources": [
            src(ILO_GIRLS_ARTICLE, ILO_GIRLS_ARTICLE_TITLE, "dates"),
            src(ILO_GIRLS_ARTICLE, ILO_GIRLS_ARTICLE_TITLE, "countries"),
            src(
                "https://core.ac.uk/search?q=author%3A%28International+Labour+Organization%2C+Bureau+for+Gender+"
                "Equality%29",
                "Girls in Mining: Research Findings from Ghana, Niger, Peru, and United Republic of Tanzania (CORE)",
                "organisations",
            ),
            src(
                "https://es.slideshare.net/darman32/girls-mining",
                "Girls in Mining: Research Findings from Ghana, Niger, Peru, and United Republic of Tanzania (copy)",
            ),
        ],
    },
    {
        "slug": "iied-responding-to-the-challenge-of-asm-2013",
        "title": IIED_KNOWLEDGE_TITLE,
        "kind": "research",
        "publication_date": date(2013, 2, 1),
        "date_precision": "month",
        "languages": ["en"],
        "authors": ["Abbi Buxton"],
        "isbn": "978-1-84369-911-8",
        "external_url": IIED_KNOWLEDGE_PAPER,
        "summary": "IIED paper that reviews the structural challenges facing the 20–30 million artisanal and "
        "small-scale miners worldwide and the gaps in knowledge for policy change, and proposes how a knowledge "
        "programme for the sector could be designed.",
        "body": "The paper explores how a 'knowledge intermediary' linking knowledge with policy could fill these "
        "gaps, with case studies of IIED's knowledge networks, and invited the sector's stakeholders to comment on "
        "the options by 15 March 2013. IIED describes it as the foundation of its new ASM knowledge programme.",
        "organisations": {"author": ["iied"], "publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "areas": [6, 2],
        "notes": "Areas: 6 — a review of research on the sector; 2 — proposes a knowledge and dialogue programme "
        "(IIED publication page).\n"
        "ISBN: IIED's page prints '78-1-84369-911-8'; the paper's imprint (copies on SlideShare) gives "
        "978-1-84369-911-8, kept here.",
        "sources": [
            src(IIED_KNOWLEDGE_PAPER, IIED_KNOWLEDGE_TITLE, "dates"),
            src(IIED_KNOWLEDGE_PAPER, IIED_KNOWLEDGE_TITLE, "figures"),
            src(
                "https://www.slideshare.net/lswn/responding-to-the-challenge-of-artisanal-and-smallscale-mining-"
                "reportiied",
                f"{IIED_KNOWLEDGE_TITLE} (copy on SlideShare)",
            ),
        ],
    },
    {
        "slug": "iied-a-mine-of-information-2015",
        "title": "A mine of information",
        "kind": "news",
        "publication_date": date(2015, 4, 20),
        "languages": ["en"],
        "authors": ["Matthew McKernan"],
        "external_url": IIED_MINE_OF_INFORMATION,
        "summary": "IIED blog listing five resources on artisanal and small-scale mining for miners, mining companies "
        "and governments, written as IIED prepared the visioning workshop that launched its multi-stakeholder "
        "dialogue series on ASM.",
        "body": "The resources include the Alliance for Responsible Mining's report on responsible artisanal mining "
        "and certification, and the International Council on Mining and Metals' report on how large-scale mining "
        "can engage with artisanal and small-scale miners.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["iied-visioning-workshop-asm-2015"],
        "areas": [2],
        "notes": "Areas: 2 — information sharing ahead of a dialogue (IIED blog).\n"
        "Event: written for the two-day visioning workshop that launched IIED's dialogue series (April 2015).",
        "sources": [src(IIED_MINE_OF_INFORMATION, "A mine of information (IIED)", "dates")],
    },
    {
        "slug": "iied-bright-prospects-for-mining-sector-dialogue-2015",
        "title": "Bright prospects for mining sector dialogue",
        "kind": "news",
        "publication_date": date(2015, 6, 30),
        "languages": ["en"],
        "external_url": IIED_BRIGHT_PROSPECTS,
        "summary": "IIED press release on the London workshop that opened its global dialogue series on artisanal and "
        "small-scale mining, where more than 40 participants identified better formalisation policies and the "
        "promotion of rights as the way to a more productive and responsible mining sector that includes ASM.",
        "body": "The workshop, funded by the Ford Foundation, brought together government ministers, academics, "
        "large-scale mining companies, small-scale miners, donors, NGOs and business associations from the "
        "Americas, sub-Saharan Africa and Asia.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "areas": [2],
        "topics": ["formalisation"],
        "notes": "Areas: 2 — reports a multi-stakeholder dialogue (IIED press release).\n"
        "Open question: IIED's other pages say the dialogue series was launched with a two-day visioning workshop "
        "in April 2015 (event iied-visioning-workshop-asm-2015); this release places the opening workshop in "
        "London without a date. If they are the same, link the event and give it London as its city.",
        "sources": [
            src(IIED_BRIGHT_PROSPECTS, "Bright prospects for mining sector dialogue (IIED)", "dates"),
            src(IIED_BRIGHT_PROSPECTS, "Bright prospects for mining sector dialogue (IIED)", "figures"),
        ],
    },
    {
        "slug": "iied-to-host-2nd-online-asm-day",
        "title": IIED_2017_TITLE,
        "kind": "news",
        "publication_date": date(2017, 1, 19),
        "languages": ["en"],
        "external_url": IIED_2017,
        "summary": "IIED announces its second #shareASM digital day, on 1 February 2017, an open online space for ASM "
        "workers, researchers and other stakeholders to share ideas for a safer, more inclusive and productive "
        "sector.",
        "body": "It recalls that the first #shareASM day took place in June 2015, when IIED broadcast interviews with "
        "stakeholders from its visioning workshop, and quotes an estimated 3–4 million people in formal mining and "
        "20–30 million in informal ASM.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["shareasm-digital-day-2017"],
        "areas": [2],
        "notes": "Areas: 2 — announces an open online exchange of information (IIED news, 19 January 2017).\n"
        "The page read is on IIED's staging site (iiedorg-stage.ac.iied.org).",
        "sources": [src(IIED_2017, IIED_2017_TITLE, "dates"), src(IIED_2017, IIED_2017_TITLE, "figures")],
    },
    {
        "slug": "iied-asm-newsletter-fourth-edition-2017",
        "title": IIED_NEWSLETTER_TITLE,
        "kind": "news",
        "publication_date": date(2017, 10, 29),
        "languages": ["en"],
        "external_url": IIED_NEWSLETTER_4,
        "summary": "IIED news on the fourth edition of its quarterly ASM newsletter, issued ahead of the IGF's annual "
        "general meeting, with long reads on artisanal mining in Ghana and Tanzania and news of two photo books and "
        "of the coming Tanzania action dialogue.",
        "body": "The newsletter reports on 'thematic' dialogues in Ghana and Tanzania and shares stories of miners and "
        "communities in Tanzania, Ghana and Madagascar. It announces the national ASM action dialogue in Geita, "
        "Tanzania, on 7–10 November 2017 with some 70 participants, and mentions IIED's session on women in ASM at "
        "the IGF meeting.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "countries": ["GH", "TZ", "MG"],
        "areas": [2],
        "topics": ["gender"],
        "notes": "Areas: 2 — information sharing on the dialogue programme (IIED news).\n"
        "Figures disagree: this news expects about 70 participants in Geita; IIED's news of February 2018 reports "
        "some 90 (see the event record). Events are not linked: the newsletter announces them but did not come "
        "from them. The page read is on IIED's staging site.",
        "sources": [
            src(IIED_NEWSLETTER_4, IIED_NEWSLETTER_TITLE, "dates"),
            src(IIED_NEWSLETTER_4, IIED_NEWSLETTER_TITLE, "figures"),
        ],
    },
    {
        "slug": "iied-using-dialogue-to-extract-sustainable-solutions-2018",
        "title": IIED_DIALOGUES_TITLE,
        "kind": "news",
        "publication_date": date(2018, 2, 26),
        "languages": ["en"],
        "authors": ["Fitsum Weldegiorgis"],
        "external_url": IIED_DIALOGUES,
        "summary": "IIED blog sharing challenges and successes of its artisanal and small-scale mining dialogues in "
        "Ghana, Madagascar and, most recently, Tanzania, and arguing that the sector's actors need to meet in person "
        "to unpack its problems and agree on solutions.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["iied-action-dialogue-ghana-2016", "iied-action-dialogue-tanzania-2017"],
        "countries": ["GH", "MG", "TZ"],
        "areas": [2],
        "notes": "Areas: 2 — reflects on multi-stakeholder dialogues (IIED blog).\n"
        "Events: the blog draws on the Ghana and Tanzania dialogues; the Madagascar dialogue record is still in "
        "review and is not linked.",
        "sources": [src(IIED_DIALOGUES, IIED_DIALOGUES_TITLE, "dates")],
    },
]
