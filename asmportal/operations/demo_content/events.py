"""Demo dialogue events. Each says no more than its sources (see each record's `sources` and curator note).

Areas of work (1–9) follow the 2020 ILO mapping; each record's curator note says which source passage
supports each area. Where sources disagree on dates or attendance, the note or the attendance notes say
which source gives which figure.
"""

from .interventions import IIED_PROGRAMME
from .sourcing import src

CARING_GOLD = "caring-gold-mining-project"
MINORS_OUT_OF_MINING = "minors-out-of-mining"


# Organisations these records need beyond the shared list (organisations.py). Only facts seen in a source.
ORGANISATIONS = [
    {
        "slug": "friends-of-the-nation",
        "name": "Friends of the Nation",
        "acronym": "FoN",
        "kind": "ngo",
        "website": "https://fonghana.org",
        "headquarters": "GH",
    },
    {
        "slug": "hakimadini",
        "name": "HakiMadini",
        "kind": "ngo",
        "website": "https://hakimadini.org",
        "headquarters": "TZ",
    },
    {
        "slug": "child-labour-platform",
        "name": "Child Labour Platform",
        "acronym": "CLP",
        "kind": "multi-stakeholder",
        "website": "https://childlabourplatform.org",
    },
    {
        "slug": "icglr",
        "name": "International Conference on the Great Lakes Region",
        "acronym": "ICGLR",
        "kind": "intergovernmental",
    },
]

# Pages cited by more than one record, or more than once.
IIED_2015 = "https://www.iied.org/iied-host-international-asm-day"
IIED_2015_TITLE = "IIED to host international ASM day"
IIED_2017 = "https://iiedorg-stage.ac.iied.org/iied-host-2nd-online-artisanal-small-scale-mining-asm-day"
IIED_2017_TITLE = "IIED to host 2nd online artisanal and small-scale mining (ASM) day"
IIED_NEWSLETTER = "https://www.iied.org/iied-publishes-latest-newsletter-artisanal-small-scale-mining"
IIED_NEWSLETTER_TITLE = "IIED publishes latest newsletter on artisanal and small-scale mining"
IIED_2018 = "https://www.iied.org/iied-host-3rd-online-artisanal-small-scale-mining-day"
IIED_2018_TITLE = "IIED to host 3rd online artisanal and small-scale mining day"
IIED_DIALOGUES = "https://www.iied.org/using-dialogue-extract-sustainable-solutions-for-artisanal-small-scale-mining"
IIED_DIALOGUES_TITLE = "Using dialogue to extract sustainable solutions for artisanal and small-scale mining"
IIED_GHANA_PAGE = "https://www.iied.org/ghana-our-way-participatory-reform-artisanal-small-scale-mining-sector"
IIED_GHANA_PAGE_TITLE = "Ghana: on our way to participatory reform in the artisanal and small-scale mining sector"
IIED_GHANA_PRESS = (
    "https://www.iied.org/leaders-join-forces-for-productive-equitable-artisanal-small-scale-mining-ghana"
)
IIED_GHANA_PRESS_TITLE = "Leaders join forces for productive and equitable artisanal and small-scale mining in Ghana"
FON_GHANA = "https://fonghana.org/stakeholders-brainstorm-on-a-road-map-towards-formalisation-of-asm-in-ghana/"
FON_GHANA_TITLE = "Stakeholders brainstorm on a road map towards formalisation of ASM in Ghana"
IIED_TANZANIA_NEWS = "https://www.iied.org/mining-dialogue-paves-way-for-change"
IIED_TANZANIA_NEWS_TITLE = "Mining dialogue paves the way for change"
IIED_TANZANIA_PHOTO = "https://flic.kr/photos/iied/38824002222"
RESPECT_MAPPING = (
    "https://respect.international/mapping-interventions-addressing-child-labour-and-working-conditions-"
    "in-artisanal-mineral-supply-chains/"
)
MAPPING_TITLE = (
    "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains"
)
ITCILO_MANILA = (
    "https://www.itcilo.org/en/community/news/the-itcilo-organized-a-unique-global-forum-on-201cchild-labour-"
    "and-working-conditions-in-small-scale-mining201d"
)
ITCILO_MANILA_TITLE = (
    "The ITCILO organizes a unique global forum on “Child labour and working conditions in small-scale mining”"
)
APO_MANILA = (
    "https://www.cnbcafrica.com/apo/2019/05/29/child-labour-in-mining-poor-working-conditions-take-centre-stage-"
    "in-inter-regional-meeting/"
)
APO_MANILA_TITLE = (
    "Child labour in mining, poor working conditions take centre stage in inter-regional meeting "
    "(APO Group press release, via CNBC Africa)"
)
US_AMBASSADOR_MANILA = "https://www.ilo.org/manila/public/sp/WCMS_707596/lang--en/index.htm"
US_AMBASSADOR_MANILA_TITLE = (
    "Message at the Inter-regional Knowledge-Sharing Forum on Child Labour and Working Conditions in Artisanal "
    "and Small-scale Gold Mines (ASGM)"
)
CARING_SUMMIT_2018 = "https://ilo.org/manila/eventsandmeetings/WCMS_645607/lang--en/index.htm"
CARING_SUMMIT_2018_TITLE = "5th National Artisanal Small-Scale Gold Mining (ASGM) Summit"
CARING_CONSULTATION_2016 = "https://www.ilo.org/manila/public/sp/WCMS_520316/lang--es/index.htm"
CARING_CONSULTATION_2016_TITLE = (
    "Opening address at the National consultation of the Convening actors to develop and implement strategies "
    "to reduce child labour and improve working conditions in artisanal and small-scale gold mining (CARING GOLD "
    "MINING PROJECT)"
)
ILO_PRESS_2005 = "https://ilo.org/global/about-the-ilo/newsroom/news/WCMS_005168/lang--en/index.htm"
ILO_PRESS_2005_TITLE = "ILO urges ban on child labour in small-scale mines and quarries"
ILO_EVENTS_2005 = "https://ilo.org/global/meetings-and-events/events/lang--en/nextRow--1630/index.htm"
ILO_EVENTS_2005_TITLE = "Past events (ILO meetings and events, 2004–2005)"
WDACL_2005 = "https://www.ilo.org/ipec/Events/WCMS_009276/lang--en/index.htm"
WDACL_2005_TITLE = "World day against child labour 2005"
GB_1999 = "https://ilo.org/public/english/standards/relm/gb/docs/gb276/stm-1-3.htm"
GB_1999_TITLE = (
    "Effect to be given to the recommendations of sectoral meetings: Tripartite Meeting on Social and Labour "
    "Issues in Small-scale Mines (Geneva, 17-21 May 1999) (GB.276/STM/1/3)"
)
ENB_IGF_2017 = "https://enb.iisd.org/igf/agm/2017"
ENB_IGF_2017_TITLE = (
    "13th AGM of the Intergovernmental Forum on Mining, Minerals, Metals and Sustainable Development - "
    "Managing Artisanal and Small-scale Mining"
)
ENB_IGF_2017_DAY3 = "https://enb.iisd.org/igf/agm/2017/html/enbplus210num8e.html"
ENB_IGF_2017_DAY3_TITLE = "IGF Bulletin, Volume 210 Number 8: IGF Highlights, Thursday, 19 October 2017"
ICGLR_2019 = "https://www.icglr-lmrc.org/13th-forum-on-responsible-mineral-supply-chains/"
ICGLR_2019_TITLE = "13th Forum on Responsible Mineral Supply Chains"
BMZ_2019 = "https://rue.bmz.de/en/releases/aktuelleMeldungen/2019/April/OECD_Policy_Forum/index.html"
BMZ_2019_TITLE = "Putting commitments into action: The 13th OECD Forum on Responsible Mineral Supply Chains"
CLP_2021 = "https://childlabourplatform.org/action/oecd-forum-of-responsible-mineral-supply-chains/"
CLP_2021_TITLE = "CLP session – OECD Forum on Responsible Mineral Supply Chains"
IGF_YAOUNDE = "https://igfmining.org/stage/country-support/capacity-building-and-training/workshop-5"
IGF_YAOUNDE_TITLE = "Regional Training for Francophone Africa on IGF Guidance for Managing ASM"

EVENTS = [
    {
        "slug": "manila-2019-knowledge-sharing-meeting-asgm",
        "title": "Inter-Regional Knowledge Sharing Meeting on Child Labour and Working Conditions in Artisanal and "
        "Small-Scale Gold Mining (ASGM)",
        "kind": "knowledge-sharing",
        "attendance": "in-person",
        "start": (2019, 5, 28),
        "end": (2019, 5, 30),
        "time_zone": "Asia/Manila",
        "city": "Manila",
        "country": "PH",
        "intervention": CARING_GOLD,
        "summary": "The ILO's first inter-regional forum on child labour and working conditions in artisanal and "
        "small-scale gold mining, held in Manila in conjunction with its CARING Gold Mining Project, funded by the "
        "U.S. Department of Labor. Experts from Africa, Asia and South America took stock of their experience, and "
        "the preliminary findings of the 2020 mapping of interventions were presented there.",
        "description": "Participants came from governments, employers' and workers' organisations, international "
        "NGOs, civil society organisations, miners' groups and their communities, and actors in ASGM supply "
        "chains. The Director of the ILO Country Office for the Philippines opened the meeting on 28 May 2019.",
        "outcomes": "According to the 2020 mapping report, the meeting's outcome and recommendations were used to "
        "enhance the final report.",
        "participant_count": 50,
        "country_count": 10,
        "attendance_notes": "The 2020 mapping report (as published by Levin Sources on respect.international): "
        "50 experts from 10 countries.\n"
        "ITC-ILO news: 75 representatives; it names 10 countries where child labour in ASGM remains a concern "
        "(Colombia, Congo, Côte d'Ivoire, Ghana, Guyana, Indonesia, Mali, Mongolia, Nigeria, the Philippines).\n"
        "The ILO press release distributed by APO Group: 16 countries represented, naming France, Italy, "
        "Switzerland, Thailand, the United Kingdom and the United States besides the ten above.\n"
        "The U.S. Ambassador's message (ILO Manila): twenty-one countries on three continents.\n"
        "The participant and country counts above follow the mapping report.",
        "organisers": {
            "host": ["ilo"],
            "co-organiser": ["itc-ilo", "usdol"],
            "partner": ["oecd", "unep"],
        },
        "minerals": ["gold"],
        "countries": ["PH"],
        "areas": [2],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a knowledge-sharing forum bringing governments, social partners, NGOs and miners' "
        "groups together (ITC-ILO news, APO release).\n"
        "Intervention: ITC-ILO news says the forum was held 'in conjunction with' the ILO's CARING Gold Mining "
        "Project, funded by USDOL.\n"
        "Organisers: the mapping report says the meeting was organised by the ILO; ITC-ILO news presents it as "
        "organised by the ITC-ILO; the U.S. Ambassador thanked the ILO and the U.S. Department of Labor for "
        "organising it and the OECD and UN Environment, as partners, for their support.\n"
        "Dates: the ILO's page for the opening address is dated 28 May 2019 (Quezon City) but its header says "
        "'Manila, 28 March 2019', evidently a slip; every other source gives 28–30 May 2019 in Manila.",
        "sources": [
            src(RESPECT_MAPPING, MAPPING_TITLE, "dates"),
            src(RESPECT_MAPPING, MAPPING_TITLE, "figures"),
            src(ITCILO_MANILA, ITCILO_MANILA_TITLE, "figures"),
            src(ITCILO_MANILA, ITCILO_MANILA_TITLE, "organisations"),
            src(APO_MANILA, APO_MANILA_TITLE, "figures"),
            src(APO_MANILA, APO_MANILA_TITLE, "countries"),
            src(US_AMBASSADOR_MANILA, US_AMBASSADOR_MANILA_TITLE, "figures"),
            src(US_AMBASSADOR_MANILA, US_AMBASSADOR_MANILA_TITLE, "organisations"),
            src(
                "https://www.ilo.org/manila/public/sp/WCMS_706789/lang--en/index.htm",
                "Opening address at the Inter-regional Knowledge Sharing Meeting on Child Labour and Working "
                "Conditions in Artisanal and Small-scale Gold Mining",
            ),
        ],
    },
    {
        "slug": "shareasm-digital-day-2015",
        "title": "First #shareASM digital day",
        "kind": "digital-day",
        "attendance": "online",
        "start": (2015, 6, 25),
        "hashtag": "#shareASM",
        "intervention": IIED_PROGRAMME,
        "summary": "IIED's first day devoted to artisanal and small-scale mining on its online networks, under the "
        "hashtag #shareASM, widening to online communities the exchange begun at its visioning workshop of "
        "April 2015.",
        "description": "Through the day IIED broadcast its latest research, resources and publications and offered "
        "the chance to interact with its mining experts. According to IIED's later news, IIED and other "
        "organisations shared research, publications and videos, and IIED broadcast interviews with stakeholders "
        "who had attended the visioning workshop.",
        "outcomes": "IIED published a summary of the day on Storify. Storify deleted all its stories on "
        "16 May 2018, so that summary is no longer online.",
        "organisers": {"host": ["iied"]},
        "areas": [2],
        "notes": "Areas: 2 — an open online exchange of information on ASM (IIED news, June 2015).\n"
        "The second IIED news item is read on IIED's staging server (iiedorg-stage.ac.iied.org); no copy on "
        "www.iied.org was found.",
        "sources": [
            src(IIED_2015, IIED_2015_TITLE, "dates"),
            src(IIED_2017, IIED_2017_TITLE),
            src(
                "https://www.niemanlab.org/2017/12/storifys-demise-shows-nothing-lasts-forever-but-the-use-of-"
                "social-media-embeds-in-stories-persists/",
                "Storify's demise shows nothing lasts forever (but the use of social media embeds in stories persists)",
            ),
        ],
    },
    {
        "slug": "shareasm-digital-day-2017",
        "title": "Second #shareASM digital day",
        "kind": "digital-day",
        "attendance": "online",
        "start": (2017, 2, 1),
        "hashtag": "#shareASM",
        "intervention": IIED_PROGRAMME,
        "summary": "IIED's second online day on artisanal and small-scale mining under the hashtag #shareASM, an open "
        "space for stakeholders around the world to share ideas for a safer, more inclusive, sustainable and "
        "productive ASM sector.",
        "description": "IIED and other organisations shared research, publications and videos across online "
        "platforms, and IIED broadcast interviews with stakeholders who had attended its dialogue event in Ghana. "
        "IIED's quarterly ASM newsletter previewed the day, which came a week before the Investing in African "
        "Mining Indaba and the Alternative Mining Indaba in Cape Town.",
        "organisers": {"host": ["iied"]},
        "areas": [2],
        "notes": "Areas: 2 — an open online exchange of information on ASM (IIED news).\n"
        "The earlier demo record said the day's coverage was archived on Storify; no source read says so for "
        "this day (only for the first), so that outcome was removed.\n"
        "The announcement is read on IIED's staging server; the newsletter page on www.iied.org gives the same "
        "date.",
        "sources": [
            src(IIED_NEWSLETTER, IIED_NEWSLETTER_TITLE, "dates"),
            src(IIED_2017, IIED_2017_TITLE, "dates"),
            src(IIED_2018, IIED_2018_TITLE),
        ],
    },
    {
        "slug": "shareasm-digital-day-2018",
        "title": "Third #shareASM digital day",
        "kind": "digital-day",
        "attendance": "online",
        "start": (2018, 3, 15),
        "hashtag": "#shareASM",
        "intervention": IIED_PROGRAMME,
        "summary": "An open online space, under the hashtag #shareASM, to share ideas for building a safer, more "
        "inclusive, sustainable and productive ASM sector, connecting mining stakeholders across the globe.",
        "description": "IIED invited ASM workers, researchers and other stakeholders around the world to "
        "collaborate online on 15 March 2018, with IIED and other organisations sharing new research across "
        "social media platforms.",
        "contact": "Fitsum Weldegiorgis, lead researcher, IIED ASM knowledge programme",
        "organisers": {"host": ["iied"]},
        "areas": [2],
        "notes": "Areas: 2 — an open online exchange of information on ASM (IIED news, 2 March 2018).\n"
        "The earlier demo record said the day's coverage was archived on Storify; no source read says so for "
        "this day, so that outcome was removed.",
        "sources": [src(IIED_2018, IIED_2018_TITLE, "dates")],
    },
    {
        "slug": "iied-visioning-workshop-asm-2015",
        "title": "IIED visioning workshop on artisanal and small-scale mining",
        "kind": "workshop",
        "attendance": "in-person",
        "start": (2015, 4, 1),
        "date_precision": "month",
        "intervention": IIED_PROGRAMME,
        "summary": "Workshop at which IIED heard from stakeholders around the world to scope priorities for artisanal "
        "and small-scale mining and to weigh which countries would gain most from a locally driven dialogue.",
        "outcomes": "After cross-country comparisons, Ghana emerged as the strongest candidate for IIED's first "
        "local dialogue on ASM.",
        "organisers": {"host": ["iied"]},
        "areas": [2],
        "notes": "Areas: 2 — a multi-stakeholder exchange that opened IIED's ASM dialogue programme (IIED pages).\n"
        "The pages cited give the month (April 2015) but not the day or the place, so both stay empty; "
        "'in person' rests on IIED's words that participants from around the world came together.",
        "sources": [
            src(IIED_GHANA_PAGE, IIED_GHANA_PAGE_TITLE, "dates"),
            src(IIED_2015, IIED_2015_TITLE),
        ],
    },
    {
        "slug": "iied-action-dialogue-ghana-2016",
        "title": "IIED action dialogue on ASM in Ghana",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "start": (2016, 1, 19),
        "end": (2016, 1, 22),
        "time_zone": "Africa/Accra",
        "city": "Tarkwa",
        "country": "GH",
        "intervention": IIED_PROGRAMME,
        "summary": "The first country dialogue of IIED's ASM programme: four days in Tarkwa, Western Region, with "
        "two days of visits to artisanal mine sites and two of research-based discussion, convened by the "
        "Ghanaian NGO Friends of the Nation with IIED's support.",
        "description": "Participants included artisanal miners, local and national government representatives "
        "(among them the Minerals Commission), staff of large mining companies, academics and civil society "
        "organisations.",
        "outcomes": "Participants began a 'roadmap' for a more responsible ASM sector, with access to reliable "
        "geological information, good ASM practices and sources of finance as the main concerns, and calls to "
        "streamline licensing. A multi-stakeholder Learning and Leadership Group was formed to carry the "
        "process forward.",
        "attendance_notes": "Friends of the Nation: about 55 stakeholders.\n"
        "IIED press release (28 January 2016): a leadership group of national and community leaders gathered "
        "'along with 60 other stakeholders'.",
        "organisers": {"host": ["friends-of-the-nation"], "co-organiser": ["iied"]},
        "countries": ["GH"],
        "areas": [2],
        "topics": ["formalisation"],
        "notes": "Areas: 2 — a multi-stakeholder dialogue with field visits and workshop (FoN, IIED).\n"
        "Topics: formalisation — FoN describes the dialogue as a road map towards formalising Ghana's ASM "
        "sector.\n"
        "Dates: Friends of the Nation gives 19–22 January 2016; IIED's press release of 28 January gives "
        "18–22 January. The record follows the convener.\n"
        "Roles: FoN and IIED's press release say FoN convened the dialogue with IIED's support; IIED's news of "
        "19 January calls it part of IIED's global programme of dialogues.",
        "sources": [
            src(FON_GHANA, FON_GHANA_TITLE, "dates"),
            src(FON_GHANA, FON_GHANA_TITLE, "figures"),
            src(FON_GHANA, FON_GHANA_TITLE, "organisations"),
            src(IIED_GHANA_PRESS, IIED_GHANA_PRESS_TITLE, "figures"),
            src(IIED_GHANA_PRESS, IIED_GHANA_PRESS_TITLE, "dates"),
            src("https://www.iied.org/talking-mining-ghana", "Talking mining in Ghana", "organisations"),
            src(
                "https://www.iied.org/dialogue-prompts-participatory-reform-ghanas-artisanal-small-scale-mining-sector",
                "Dialogue prompts participatory reform in Ghana's artisanal and small-scale mining sector",
            ),
            src(IIED_2018, IIED_2018_TITLE),
        ],
    },
    {
        "slug": "iied-action-dialogue-tanzania-2017",
        "title": "IIED action dialogue on ASM in Tanzania",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "start": (2017, 11, 1),
        "date_precision": "month",
        "time_zone": "Africa/Dar_es_Salaam",
        "city": "Geita",
        "country": "TZ",
        "intervention": IIED_PROGRAMME,
        "summary": "IIED's second country dialogue on ASM: four days in Geita, with two days of visits to four "
        "small-scale mines and two days of workshops on making ASM in Tanzania more sustainable.",
        "description": "It followed months of preparation with the Tanzanian partners HakiMadini, convener of the "
        "dialogue, and MTL Consulting, its researcher. Participants included artisanal miners, local NGO staff, "
        "journalists, Tanzania's ministry of mines and large mining companies.",
        "outcomes": "Participants were given a photobook in English and Swahili.",
        "attendance_notes": "IIED news (5 February 2018): some 90 participants.",
        "organisers": {"host": ["iied"], "co-organiser": ["hakimadini"]},
        "countries": ["TZ"],
        "areas": [2],
        "notes": "Areas: 2 — a multi-stakeholder dialogue with field visits and workshops (IIED).\n"
        "Dates: IIED's pages give November 2017; the day-level dates (7–10 November 2017) appear only in a copy "
        "of IIED's summary report on a document-sharing site, not cited, so the record keeps the month.\n"
        "Roles: HakiMadini calls itself the dialogue's Country Dialogue Convenor and co-organiser with IIED.",
        "sources": [
            src(IIED_2018, IIED_2018_TITLE, "dates"),
            src(IIED_TANZANIA_PHOTO, "Tanzania ASM dialogue (IIED on Flickr)", "dates"),
            src(IIED_TANZANIA_PHOTO, "Tanzania ASM dialogue (IIED on Flickr)", "organisations"),
            src(IIED_TANZANIA_NEWS, IIED_TANZANIA_NEWS_TITLE, "figures"),
            src("https://hakimadini.org/iied.php", "IIED ASM dialogue in Tanzania (HakiMadini)", "organisations"),
        ],
    },
    {
        "slug": "iied-action-dialogue-madagascar",
        "title": "IIED action dialogue on ASM in Madagascar",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "country": "MG",
        "intervention": IIED_PROGRAMME,
        "state": "review",
        "summary": "One of the ASM dialogues named by IIED beside those in Ghana and Tanzania: a multi-stakeholder "
        "dialogue process in two Malagasy mining regions, run by GIZ's environmental programme and the Ministry "
        "of Mines with IIED's support.",
        "organisers": {"host": ["giz"], "partner": ["iied"]},
        "countries": ["MG"],
        "areas": [2],
        "notes": "Areas: 2 — a multi-stakeholder dialogue process (IIED project page).\n"
        "Date: no source gives a date for a single dialogue event. IIED's project page says GIZ's programme and "
        "the Malagasy Ministry of Mines and Petroleum started the dialogue process in 2015, with IIED supporting "
        "GIZ from January 2015 to June 2020. Find the event's date before publishing.\n"
        "Roles: IIED's news of March 2018 says IIED has been running action dialogues in Madagascar; its project "
        "page says the process is GIZ's, supported by IIED. The record follows the project page.",
        "sources": [
            src(IIED_2018, IIED_2018_TITLE),
            src(IIED_DIALOGUES, IIED_DIALOGUES_TITLE),
            src(
                "https://iied.org/improving-governance-madagascars-artisanal-small-scale-mining-sector-ground",
                "Improving governance in Madagascar's artisanal and small-scale mining sector from the ground up",
                "organisations",
            ),
            src(
                "https://www.iied.org/pictures-dialogues-pilot-projects-for-better-asm-governance-madagascar",
                "In pictures: Dialogues and pilot projects for better ASM governance in Madagascar",
            ),
        ],
    },
    {
        "slug": "iied-action-dialogue-amazon",
        "title": "IIED action dialogue in the Amazon region",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "intervention": IIED_PROGRAMME,
        "state": "draft",
        "summary": "Planned next step of IIED's ASM programme: expanding the action dialogues to the Amazon region.",
        "notes": "Planned in March 2018; no date or country yet.",
        "organisers": {"host": ["iied"]},
        "areas": [2],
        "sources": [src(IIED_2018, IIED_2018_TITLE)],
    },
    {
        "slug": "oecd-forum-2021-child-labour-side-session",
        "title": "How can we foster greater multi-stakeholder collaboration to address child labour and working "
        "conditions in Artisanal and Small Mining (ASM)?",
        "kind": "webinar",
        "attendance": "online",
        "start": (2021, 4, 29),
        "time_zone": "Europe/Paris",
        "summary": "Webinar of the Child Labour Platform during the 2021 OECD Forum on Responsible Mineral Supply "
        "Chains, with the governments of Madagascar and the Philippines, social partners, businesses and civil "
        "society, on promising practices against child labour in ASM. The session page offered the ILO's 2020 "
        "mapping of interventions as a new publication.",
        "description": "Organised by the Child Labour Platform in partnership with the U.S. Department of Labor and "
        "Levin Sources, from 11:00 to 13:00 CEST, with interpretation in English, French and Spanish. The "
        "session aimed to highlight lessons learned from selected initiatives, share experience of practical "
        "action against child labour at all levels and propose ways to speed progress towards SDG target 8.7 and "
        "decent work in mining.",
        "organisers": {"host": ["child-labour-platform"], "partner": ["usdol", "levin-sources"]},
        "countries": ["MG", "PH"],
        "areas": [2],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a multi-stakeholder exchange of practice between governments, social partners, "
        "business and civil society (CLP page).\n"
        "Attendance: the CLP page calls the session a webinar. The Child Labour Platform is a multi-stakeholder "
        "forum coordinated by the ILO and the UN Global Compact (UN Global Compact page).\n"
        "The CLP page links the 2020 mapping as a 'new publication'; no page read uses the word 'launch'.",
        "sources": [
            src(CLP_2021, CLP_2021_TITLE, "dates"),
            src(CLP_2021, CLP_2021_TITLE, "organisations"),
            src(
                "https://www.oecd-events.org/2021-responsible-mineral-supply-chains/en/eventagenda",
                "2021 Forum on responsible mineral supply chains: Event Agenda",
            ),
            src(
                "https://www.unglobalcompact.org/Issues/Labour/child_labour_platform.html",
                "Child Labour Platform (UN Global Compact)",
            ),
        ],
    },
    {
        "slug": "igf-agm-2017",
        "title": "13th Annual General Meeting of the Intergovernmental Forum on Mining, Minerals, Metals and "
        "Sustainable Development: Managing Artisanal and Small-scale Mining",
        "kind": "conference",
        "attendance": "in-person",
        "start": (2017, 10, 16),
        "end": (2017, 10, 20),
        "time_zone": "Europe/Zurich",
        "venue": "Palais des Nations",
        "city": "Geneva",
        "country": "CH",
        "summary": "The IGF's annual meeting of 2017, on the theme of managing artisanal and small-scale mining, "
        "where delegates shared their countries' experience of formalising ASM and discussed management "
        "strategies and relations between artisanal and large-scale mining.",
        "description": "A five-day series of meetings at the UN in Geneva: an intergovernmental workshop, the AGM "
        "itself, and on the last day a technical workshop on tax base erosion and profit shifting organised by "
        "the IGF Secretariat and the OECD. Sessions also covered women and artisanal and small-scale gold mining, "
        "and local content policies.",
        "organisers": {"host": ["igf"], "partner": ["oecd"]},
        "areas": [2, 4],
        "topics": ["formalisation", "gender"],
        "notes": "Areas: 2 — an intergovernmental forum for policy dialogue on ASM; 4 — sessions on countries' "
        "experience of formalising the sector (ENB coverage).\n"
        "Dates: ENB gives 16–20 October 2017 for the whole series; its bulletins place the AGM proper on "
        "17–19 October (19 October was its 'third and final day').\n"
        "Roles: the OECD co-organised only the workshop of 20 October, so it is listed as partner.\n"
        "IIED's Global Trends in ASM paper for the IGF is said to be background material for this AGM; the "
        "only page read that shows this is a copy of the AGM programme on a document-sharing site (not cited).",
        "sources": [
            src(ENB_IGF_2017, ENB_IGF_2017_TITLE, "dates"),
            src(ENB_IGF_2017, ENB_IGF_2017_TITLE, "organisations"),
            src(ENB_IGF_2017_DAY3, ENB_IGF_2017_DAY3_TITLE, "dates"),
            src(
                "https://enb.iisd.org/igf/agm/2017/html/enbplus210num7e.html",
                "IGF Bulletin, Volume 210 Number 7: IGF Highlights, Wednesday, 18 October 2017",
            ),
        ],
    },
    {
        "slug": "oecd-forum-responsible-mineral-supply-chains-2019",
        "title": "13th Forum on Responsible Mineral Supply Chains",
        "kind": "conference",
        "attendance": "in-person",
        "start": (2019, 4, 23),
        "end": (2019, 4, 25),
        "time_zone": "Europe/Paris",
        "venue": "OECD headquarters",
        "city": "Paris",
        "country": "FR",
        "summary": "Annual forum of the OECD, the International Conference on the Great Lakes Region and the UN "
        "Group of Experts on the DRC to review the implementation of the OECD Due Diligence Guidance for "
        "minerals, with sessions on diamonds, base metals, cobalt, tin, tantalum, tungsten and gold.",
        "description": "The forum was followed on 26 April 2019 by an event on artisanal and small-scale mining "
        "organised jointly with the World Bank. Representatives of governments, international organisations, "
        "industry associations, mining companies, traders, smelters, downstream companies and civil society "
        "took part.",
        "participant_count": 1300,
        "attendance_notes": "BMZ news: 1,300 participants, more than ever before.",
        "organisers": {"host": ["oecd"], "co-organiser": ["icglr"]},
        "minerals": ["diamonds", "cobalt", "tin", "tantalum", "tungsten", "gold"],
        "areas": [2, 4],
        "topics": ["due-diligence"],
        "notes": "Areas: 2 — a multi-stakeholder forum; 4 — it reviews implementation of the OECD Due Diligence "
        "Guidance, an industry guideline (ICGLR, OECD).\n"
        "Dates: the ICGLR's Levy Mwanawasa Regional Centre gives 23–25 April 2019, with the World Bank ASM event "
        "on 26 April; BMZ gives 23–26 April. The record follows the ICGLR page.\n"
        "The ICGLR page says the World Bank ASM event 'preceded' the forum, yet dates it 26 April, after it.\n"
        "The UN Group of Experts on the DRC, a third organiser, has no organisation record.",
        "sources": [
            src(ICGLR_2019, ICGLR_2019_TITLE, "dates"),
            src(ICGLR_2019, ICGLR_2019_TITLE, "organisations"),
            src(BMZ_2019, BMZ_2019_TITLE, "figures"),
            src(BMZ_2019, BMZ_2019_TITLE, "dates"),
            src(
                "https://www.oecd.org/fr/apropos/secretairegeneral/forum-on-responsible-mineral-supply-chains-"
                "opening-remarks-paris-april-2019.htm",
                "Forum on Responsible Mineral Supply Chains: Remarks by Angel Gurría, Secretary-General, OECD",
            ),
        ],
    },
    {
        "slug": "minors-out-of-mining-launch-2005",
        "title": "A Call to Action (launch of Minors out of Mining)",
        "kind": "conference",
        "attendance": "in-person",
        "start": (2005, 6, 10),
        "time_zone": "Europe/Zurich",
        "city": "Geneva",
        "country": "CH",
        "intervention": MINORS_OUT_OF_MINING,
        "summary": "Special event during the International Labour Conference at which global partners and tripartite "
        "national delegations committed to work with the ILO to end child labour in mines and quarries within a "
        "set period, launching the initiative Minors out of Mining.",
        "description": "The ILO called on governments, workers' organisations and employers in the mining sector to "
        "help remote, often small family-based mining and quarrying operations become economically and "
        "environmentally sustainable without child labour, within five to ten years. It took place on the day "
        "the ILO marked the World Day Against Child Labour at its headquarters.",
        "organisers": {"host": ["ilo"]},
        "minerals": ["other-minerals"],
        "areas": [2, 4],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a tripartite call to action; 4 — a time-bound commitment by governments, workers and "
        "employers (ILO press release, ILO events list).\n"
        "Intervention: the ILO press release says the initiative was to be launched with this call to action.\n"
        "Kind: the portal has no kind for a launch or pledging event; 'conference' because it was held during "
        "the International Labour Conference.\n"
        "Minerals: the ILO speaks of small-scale mines and quarries in general.",
        "sources": [
            src(ILO_PRESS_2005, ILO_PRESS_2005_TITLE, "dates"),
            src(ILO_EVENTS_2005, ILO_EVENTS_2005_TITLE, "dates"),
            src(ILO_EVENTS_2005, ILO_EVENTS_2005_TITLE, "organisations"),
            src(WDACL_2005, WDACL_2005_TITLE),
        ],
    },
    {
        "slug": "world-day-against-child-labour-2005",
        "title": "World Day Against Child Labour 2005: A load too heavy – child labour in mining and quarrying",
        "kind": "conference",
        "attendance": "in-person",
        "start": (2005, 6, 10),
        "end": (2005, 6, 12),
        "summary": "The fourth World Day Against Child Labour, devoted to children working in small-scale mines and "
        "quarries, marked in countries around the world on 12 June 2005 and at ILO headquarters in Geneva on "
        "10 June.",
        "description": "The ILO estimated that about one million children worked in small-scale mining and "
        "quarrying. Its pages for the day describe ILO pilot projects that helped mining and quarrying "
        "communities acquire legal rights, organise, improve adult workers' health, safety and productivity and "
        "secure schools and basic services. In Asia, events were planned in countries from Indonesia and the "
        "Philippines to Cambodia, Mongolia, Bangladesh, India, Nepal and Sri Lanka.",
        "organisers": {"host": ["ilo"]},
        "minerals": ["gold", "other-minerals"],
        "areas": [3],
        "topics": ["child-labour"],
        "notes": "Areas: 3 — a worldwide awareness-raising day (ILO pages).\n"
        "Kind: the portal has no kind for a worldwide day of action; 'conference' because the ILO marked it at "
        "the International Labour Conference in Geneva (see minors-out-of-mining-launch-2005).\n"
        "Dates: the ILO gives 12 June 2005 worldwide and 10 June at ILO headquarters; the record spans both.\n"
        "Minerals: the ILO names gold mines among others and otherwise speaks of mines and quarries in general.",
        "sources": [
            src(WDACL_2005, WDACL_2005_TITLE, "dates"),
            src(
                "https://www.ilo.org/ipec/Campaignandadvocacy/wdacl/2005/lang--en/index.htm",
                "World Day Against Child Labour 2005: A Load too Heavy: Child labour in mining and quarrying",
            ),
            src(
                "https://www.ilo.org/asia/media-centre/news/WCMS_BK_PR_132_EN/lang--en/index.htm",
                'Cold, dark and dangerous - Asian children in mining - "the most hazardous work"',
                "countries",
            ),
            src(ILO_PRESS_2005, ILO_PRESS_2005_TITLE),
        ],
    },
    {
        "slug": "ilo-tripartite-meeting-small-scale-mines-1999",
        "title": "Tripartite Meeting on Social and Labour Issues in Small-scale Mines",
        "kind": "conference",
        "attendance": "in-person",
        "start": (1999, 5, 17),
        "end": (1999, 5, 21),
        "time_zone": "Europe/Zurich",
        "city": "Geneva",
        "country": "CH",
        "summary": "ILO sectoral meeting of governments, employers and workers on small-scale mining, which "
        "discussed an ILO report on the sector's social and labour issues, including occupational safety and "
        "health, women in mining and child labour.",
        "description": "The meeting was chaired by Gibson Sibanda, a Worker member of the ILO Governing Body. The "
        "report prepared for it, Social and labour issues in small-scale mines, estimated that up to 13 million "
        "people worked in small-scale mines, producing 15–20 per cent of the world's non-fuel minerals.",
        "outcomes": "The meeting unanimously adopted conclusions on social and labour issues in small-scale mines "
        "and a resolution on the ILO's fundamental Conventions and its future activities in small-scale mines.",
        "organisers": {"host": ["ilo"]},
        "minerals": ["other-minerals"],
        "areas": [2],
        "topics": ["occupational-safety-and-health", "child-labour", "gender"],
        "notes": "Areas: 2 — a tripartite (social dialogue) meeting that adopted conclusions and a resolution "
        "(ILO Governing Body paper).\n"
        "Kind: a sectoral meeting of the ILO, recorded as 'conference' for want of a closer kind.",
        "sources": [
            src(GB_1999, GB_1999_TITLE, "dates"),
            src(
                "https://www.ilo.org/global/about-the-ilo/media-centre/press-releases/WCMS_007929/lang--en/index.html",
                "Small-scale mining on the increase in developing countries",
            ),
            src(
                "https://www.ilo.org/sector/activities/sectoral-meetings/WCMS_714371/lang--en/index.htm",
                "Social and labour issues in small-scale mines. Report TMSSM/1999",
            ),
        ],
    },
    {
        "slug": "caring-gold-national-consultation-philippines-2016",
        "title": "National consultation of the Convening actors to develop and implement strategies to reduce child "
        "labour and improve working conditions in artisanal and small-scale gold mining (CARING Gold Mining Project)",
        "kind": "knowledge-sharing",
        "attendance": "in-person",
        "start": (2016, 9, 6),
        "time_zone": "Asia/Manila",
        "city": "Manila",
        "country": "PH",
        "intervention": CARING_GOLD,
        "summary": "National consultation on child labour in artisanal and small-scale gold mining held by the ILO's "
        "CARING Gold Mining Project in Manila, with government, workers' and employers' organisations, the "
        "National Child Labor Committee, civil society and mining industry stakeholders.",
        "organisers": {"host": ["ilo"], "partner": ["ban-toxics"]},
        "minerals": ["gold"],
        "countries": ["PH"],
        "areas": [2],
        "topics": ["child-labour"],
        "notes": "Areas: 2 — a national multi-stakeholder consultation (ILO opening address).\n"
        "Roles: the opening address greets Ban Toxics as the ILO's partner. The only page read is the address "
        "by the Director of the ILO Country Office for the Philippines, on the ILO site's Spanish-language path.",
        "sources": [
            src(CARING_CONSULTATION_2016, CARING_CONSULTATION_2016_TITLE, "dates"),
            src(CARING_CONSULTATION_2016, CARING_CONSULTATION_2016_TITLE, "organisations"),
        ],
    },
    {
        "slug": "caring-gold-national-asgm-summit-philippines-2018",
        "title": "5th National Artisanal Small-Scale Gold Mining (ASGM) Summit",
        "kind": "conference",
        "attendance": "in-person",
        "start": (2018, 9, 27),
        "end": (2018, 9, 28),
        "time_zone": "Asia/Manila",
        "city": "Manila",
        "country": "PH",
        "intervention": CARING_GOLD,
        "summary": "National summit held by Ban Toxics in partnership with the ILO, under the CARING Gold Mining "
        "Project, bringing together local ASGM stakeholders in the Philippines; that year it highlighted "
        "occupational safety and health and ending child labour, including the use of mercury.",
        "description": "The announced programme included the launch of the project's baseline study on ASGM and the "
        "gold supply chain in the project sites of Camarines Norte and South Cotabato, a presentation of an "
        "occupational safety and health study by the Department of Labor and Employment, approaches of the ILO, "
        "Ban Toxics and government partners, ASGM models and good practices, an open forum with government "
        "officials and mining associations, and ways forward such as mercury-free technology, a just transition "
        "for mining communities and the forming of a network of mining unions and workers' representatives.",
        "organisers": {"host": ["ban-toxics"], "co-organiser": ["ilo"]},
        "minerals": ["gold"],
        "countries": ["PH"],
        "areas": [2],
        "topics": ["child-labour", "occupational-safety-and-health", "mercury"],
        "notes": "Areas: 2 — a national stakeholder forum with an open dialogue between government and mining "
        "associations (ILO event page).\n"
        "Intervention: the ILO event page presents the summit as a venue for the CARING Gold Mining Project's "
        "stakeholder discussions.\n"
        "The event page is an announcement; the description gives its planned programme. The city comes from "
        "the ILO opening address (Manila, 28 September 2018).",
        "sources": [
            src(CARING_SUMMIT_2018, CARING_SUMMIT_2018_TITLE, "dates"),
            src(CARING_SUMMIT_2018, CARING_SUMMIT_2018_TITLE, "organisations"),
            src(
                "https://ilo.org/manila/public/sp/WCMS_648378/lang--en/index.htm",
                "Opening address at the Artisanal Small-scale Gold Mining (ASGM) National Summit",
            ),
        ],
    },
    {
        "slug": "igf-asm-guidance-training-francophone-africa-2018",
        "title": "Regional Training for Francophone Africa on IGF Guidance for Managing ASM",
        "kind": "workshop",
        "attendance": "in-person",
        "start": (2018, 2, 26),
        "end": (2018, 3, 1),
        "time_zone": "Africa/Douala",
        "city": "Yaoundé",
        "country": "CM",
        "summary": "Four-day workshop for government representatives of French-speaking African countries on applying "
        "the IGF's guidance for governments on managing artisanal and small-scale mining, co-hosted with "
        "Cameroon's Ministry of Mines, Industry and Technological Development and the ACP-EU Development "
        "Minerals Programme.",
        "description": "Participants worked in small groups through the three phases of the guidance to design ASM "
        "management strategies and implementation plans, visited an artisanal gold mine, heard case studies from "
        "Guinea and Morocco, and presented plans for applying the guidance on their return.",
        "country_count": 17,
        "attendance_notes": "IGF page: more than 50 government representatives from 17 African countries.",
        "organisers": {"host": ["igf"]},
        "countries": ["CM"],
        "areas": [8, 4],
        "notes": "Areas: 8 — training of government representatives (capacity building); 4 — implementing the IGF "
        "guidance for governments on managing ASM (IGF page).\n"
        "Dates: the page's text gives 26 February to 1 March 2018; its 'Training Details' box reads "
        "'February 26, 2018 to January 03, 2018', evidently a slip. The page sits under igfmining.org/stage/.\n"
        "The Cameroonian ministry and the ACP-EU Development Minerals Programme, co-hosts, have no "
        "organisation records.",
        "sources": [
            src(IGF_YAOUNDE, IGF_YAOUNDE_TITLE, "dates"),
            src(IGF_YAOUNDE, IGF_YAOUNDE_TITLE, "figures"),
        ],
    },
]
