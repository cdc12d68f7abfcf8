"""Demo content: real records from shared/seeds and FACTS.md.

Summaries say no more than the sources. Classification (areas of work, focus, status) is an
illustrative curatorial reading, to be checked by curators before any real use.
Where a source leaves something open (a date, a link), the record stays in draft or review.
"""

from datetime import date

ORGANISATIONS = [
    {
        "slug": "ilo",
        "name": "International Labour Organization",
        "acronym": "ILO",
        "kind": "un-agency",
        "website": "https://www.ilo.org",
        "headquarters": "CH",
    },
    {
        "slug": "itc-ilo",
        "name": "International Training Centre of the ILO",
        "acronym": "ITC-ILO",
        "kind": "un-agency",
        "website": "https://www.itcilo.org",
        "headquarters": "IT",
    },
    {
        "slug": "levin-sources",
        "name": "Levin Sources",
        "kind": "private-sector",
        "website": "https://levinsources.com",
        "description": "Conducted the desk research for the ILO's 2020 mapping of interventions.",
    },
    {
        "slug": "iied",
        "name": "International Institute for Environment and Development",
        "acronym": "IIED",
        "kind": "research",
        "website": "https://www.iied.org",
        "headquarters": "GB",
    },
    {
        "slug": "human-rights-watch",
        "name": "Human Rights Watch",
        "acronym": "HRW",
        "kind": "ngo",
        "website": "https://www.hrw.org",
        "headquarters": "US",
    },
    {
        "slug": "oecd",
        "name": "Organisation for Economic Co-operation and Development",
        "acronym": "OECD",
        "kind": "intergovernmental",
        "website": "https://www.oecd.org",
        "headquarters": "FR",
    },
    {
        "slug": "gef",
        "name": "Global Environment Facility",
        "acronym": "GEF",
        "kind": "government",
        "website": "https://www.thegef.org",
        "headquarters": "US",
    },
    {
        "slug": "unep",
        "name": "UN Environment Programme",
        "acronym": "UNEP",
        "kind": "un-agency",
        "website": "https://www.unep.org",
        "headquarters": "KE",
    },
    {
        "slug": "unido",
        "name": "United Nations Industrial Development Organization",
        "acronym": "UNIDO",
        "kind": "un-agency",
        "website": "https://www.unido.org",
        "headquarters": "AT",
    },
    {
        "slug": "undp",
        "name": "United Nations Development Programme",
        "acronym": "UNDP",
        "kind": "un-agency",
        "website": "https://www.undp.org",
        "headquarters": "US",
    },
    {
        "slug": "conservation-international",
        "name": "Conservation International",
        "kind": "ngo",
        "website": "https://www.conservation.org",
        "headquarters": "US",
    },
    {
        "slug": "seco",
        "name": "Swiss State Secretariat for Economic Affairs",
        "acronym": "SECO",
        "kind": "government",
        "website": "https://www.seco.admin.ch",
        "headquarters": "CH",
    },
    {
        "slug": "swiss-better-gold-association",
        "name": "Swiss Better Gold Association",
        "kind": "multi-stakeholder",
        "headquarters": "CH",
    },
    {
        "slug": "alliance-for-responsible-mining",
        "name": "Alliance for Responsible Mining",
        "acronym": "ARM",
        "kind": "ngo",
        "website": "https://www.responsiblemines.org",
        "headquarters": "CO",
    },
    {"slug": "resolve", "name": "RESOLVE", "kind": "ngo", "headquarters": "US"},
    {
        "slug": "responsible-mica-initiative",
        "name": "Responsible Mica Initiative",
        "acronym": "RMI",
        "kind": "multi-stakeholder",
    },
    {"slug": "fair-cobalt-alliance", "name": "Fair Cobalt Alliance", "acronym": "FCA", "kind": "multi-stakeholder"},
    {
        "slug": "eprm",
        "name": "European Partnership for Responsible Minerals",
        "acronym": "EPRM",
        "kind": "multi-stakeholder",
    },
    {
        "slug": "us-department-of-education",
        "name": "U.S. Department of Education",
        "kind": "government",
        "website": "https://www.ed.gov",
        "headquarters": "US",
    },
    {
        "slug": "eige",
        "name": "European Institute for Gender Equality",
        "acronym": "EIGE",
        "kind": "intergovernmental",
        "website": "https://eige.europa.eu",
        "headquarters": "LT",
    },
]

# Topics beyond the seeded starter set, created as a curator would when a record needs them.
TOPICS = [{"slug": "human-trafficking", "name": "Human trafficking"}]

IIED_PROGRAMME = "iied-asm-knowledge-programme"

INTERVENTIONS = [
    {
        "slug": "planetgold",
        "title": "planetGOLD",
        "kind": "programme",
        "status": "implementation",
        "start_date": date(2019, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "featured": True,
        "summary": "Programme funded by the Global Environment Facility and led by UN Environment Programme with "
        "UNIDO, UNDP and Conservation International, started in 2019: reducing mercury use in artisanal gold "
        "mining, formalisation and access to finance.",
        "countries": ["BF", "CO", "EC", "GY", "ID", "KE", "PE", "PH"],
        "minerals": ["gold"],
        "areas": [4, 7, 8],
        "topics": ["mercury", "formalisation"],
        "roles": {
            "funding": ["gef"],
            "accountable": ["unep"],
            "implementing": ["unido", "undp", "conservation-international"],
        },
        "notes": "The countries listed are the first countries included; check the current list.",
    },
    {
        "slug": "better-gold-initiative",
        "title": "Better Gold Initiative",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2013, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "featured": True,
        "summary": "Launched in 2013 by the Swiss State Secretariat for Economic Affairs (SECO) with the Swiss "
        "Better Gold Association: responsible artisanal gold from Peru, later Colombia and Bolivia.",
        "countries": ["PE", "CO", "BO"],
        "minerals": ["gold"],
        "areas": [4],
        "topics": ["traceability"],
        "roles": {"funding": ["seco"], "implementing": ["swiss-better-gold-association"]},
    },
    {
        "slug": "craft-code",
        "title": "CRAFT Code",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2018, 1, 1),
        "date_precision": "year",
        "summary": "Code of Risk-mitigation for ASM engaging in Formal Trade, by the Alliance for Responsible Mining "
        "and RESOLVE, first published in 2018: a due-diligence entry point for artisanal producers.",
        "areas": [4],
        "topics": ["due-diligence"],
        "roles": {"implementing": ["alliance-for-responsible-mining", "resolve"]},
    },
    {
        "slug": "fairmined",
        "title": "Fairmined",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2014, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "summary": "Certification standard for responsible artisanal gold by the Alliance for Responsible Mining, "
        "since 2014; Latin America first (Colombia, Peru, Bolivia).",
        "countries": ["CO", "PE", "BO"],
        "minerals": ["gold"],
        "areas": [4],
        "topics": ["traceability"],
        "roles": {"implementing": ["alliance-for-responsible-mining"]},
    },
    {
        "slug": "responsible-mica-initiative",
        "title": "Responsible Mica Initiative",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2017, 1, 1),
        "date_precision": "year",
        "focus": "child-labour",
        "featured": True,
        "summary": "Multi-stakeholder initiative launched in 2017 to end child labour in mica supply chains in "
        "Jharkhand and Bihar, India.",
        "countries": ["IN"],
        "minerals": ["mica"],
        "areas": [4],
        "topics": ["child-labour"],
        "roles": {"implementing": ["responsible-mica-initiative"]},
    },
    {
        "slug": "fair-cobalt-alliance",
        "title": "Fair Cobalt Alliance",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2020, 1, 1),
        "date_precision": "year",
        "focus": "both",
        "featured": True,
        "summary": "Launched in 2020 to improve conditions in artisanal cobalt mining in the Democratic Republic of "
        "the Congo, including action on child labour.",
        "countries": ["CD"],
        "minerals": ["cobalt"],
        "areas": [4, 8],
        "topics": ["child-labour"],
        "roles": {"implementing": ["fair-cobalt-alliance"]},
    },
    {
        "slug": "european-partnership-for-responsible-minerals",
        "kind": "platform",
        "status": "implementation",
        "title": "European Partnership for Responsible Minerals (EPRM)",
        "start_date": date(2016, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "featured": True,
        "summary": "Multi-stakeholder partnership launched in 2016 that funds projects improving conditions in "
        "artisanal mining of tin, tantalum, tungsten and gold in conflict-affected and high-risk areas.",
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [4, 7],
        "topics": ["due-diligence"],
        "roles": {"funding": ["eprm"]},
    },
    {
        "slug": IIED_PROGRAMME,
        "title": "IIED artisanal and small-scale mining knowledge programme",
        "kind": "programme",
        "featured": True,
        "summary": "IIED's programme of multi-stakeholder action dialogues (Ghana 2016, Tanzania 2017, Madagascar) "
        "and open #shareASM digital days, building communication, collaboration and trust between ASM "
        "stakeholders, miners included. The next step planned is the Amazon region.",
        "description": "IIED believes that increasing communication, collaboration and trust between stakeholders "
        "is a key way to address the problems faced by ASM workers and to secure better governance in the sector. "
        "The programme uses dialogue events to bring together a wide range of stakeholders, including miners "
        "themselves, to discuss ideas for a more inclusive and accountable sector. A quarterly ASM newsletter "
        "reports on the work.",
        "gaps": "Coverage of the #shareASM days was archived on Storify, which closed in 2018: that record of the "
        "online dialogues was lost.",
        "countries": ["GH", "TZ", "MG"],
        "areas": [2, 6],
        "roles": {"implementing": ["iied"]},
    },
]

STORIFY = "Coverage of the #shareASM days was archived on Storify, which closed in 2018; that record is lost."

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
        "summary": "ILO meeting in Manila where experts took stock of their experience in addressing child labour "
        "in artisanal and small-scale gold mining. The preliminary findings of the 2020 mapping of interventions "
        "were presented there.",
        "outcomes": "The meeting's outcome and recommendations enhanced the final 2020 mapping report.",
        "participant_count": 50,
        "country_count": 10,
        "attendance_notes": "The 2020 mapping report: 50 experts from 10 countries.\n"
        "ITC-ILO news: 75 representatives.\nAn APO press release: 16 countries.",
        "organisers": {"host": ["ilo"]},
        "minerals": ["gold"],
        "countries": ["PH"],
        "areas": [2],
        "topics": ["child-labour"],
    },
    {
        "slug": "shareasm-digital-day-2015",
        "title": "First #shareASM digital day",
        "kind": "digital-day",
        "attendance": "online",
        "start": (2015, 6, 25),
        "hashtag": "#shareASM",
        "intervention": IIED_PROGRAMME,
        "summary": "IIED's first open online day on artisanal and small-scale mining, on social media under the "
        "hashtag #shareASM.",
        "outcomes": STORIFY,
        "organisers": {"host": ["iied"]},
        "areas": [2],
    },
    {
        "slug": "shareasm-digital-day-2017",
        "title": "Second #shareASM digital day",
        "kind": "digital-day",
        "attendance": "online",
        "start": (2017, 2, 1),
        "hashtag": "#shareASM",
        "intervention": IIED_PROGRAMME,
        "summary": "IIED's second open online day on ASM. IIED and other organisations shared research, "
        "publications and videos, and IIED broadcast interviews with stakeholders who had attended a dialogue "
        "event in Ghana.",
        "outcomes": STORIFY,
        "organisers": {"host": ["iied"]},
        "areas": [2],
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
        "outcomes": STORIFY,
        "contact": "Fitsum Weldegiorgis, lead researcher, IIED ASM knowledge programme",
        "organisers": {"host": ["iied"]},
        "areas": [2],
    },
    {
        "slug": "iied-action-dialogue-ghana-2016",
        "title": "IIED action dialogue on ASM in Ghana",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "start": (2016, 1, 1),
        "date_precision": "year",
        "country": "GH",
        "intervention": IIED_PROGRAMME,
        "summary": "The first dialogue event of IIED's ASM programme, bringing together a wide range of "
        "stakeholders, miners included.",
        "organisers": {"host": ["iied"]},
        "countries": ["GH"],
        "areas": [2],
    },
    {
        "slug": "iied-action-dialogue-tanzania-2017",
        "title": "IIED action dialogue on ASM in Tanzania",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "start": (2017, 11, 1),
        "date_precision": "month",
        "country": "TZ",
        "time_zone": "Africa/Dar_es_Salaam",
        "intervention": IIED_PROGRAMME,
        "summary": "A dialogue event that helped stakeholders from across the sector understand the challenges and "
        "opportunities of ASM in the region.",
        "outcomes": "Participants were given a photobook in English and Swahili.",
        "organisers": {"host": ["iied"]},
        "countries": ["TZ"],
        "areas": [2],
    },
    {
        "slug": "iied-action-dialogue-madagascar",
        "title": "IIED action dialogue on ASM in Madagascar",
        "kind": "action-dialogue",
        "attendance": "in-person",
        "country": "MG",
        "intervention": IIED_PROGRAMME,
        "state": "review",
        "summary": "One of the action dialogues of IIED's ASM programme, named in IIED's news of March 2018.",
        "notes": "The source gives no date: find it before publishing.",
        "organisers": {"host": ["iied"]},
        "countries": ["MG"],
        "areas": [2],
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
    },
]

PUBLICATIONS = [
    {
        "slug": "mapping-interventions-addressing-child-labour-and-working-conditions-"
        "in-artisanal-mineral-supply-chains",
        "title": "Mapping interventions addressing child labour and working conditions in artisanal mineral supply "
        "chains",
        "kind": "report",
        "publication_date": date(2020, 5, 1),
        "date_precision": "month",
        "languages": ["en"],
        "licence": "CC BY 4.0",
        "external_url": "https://www.ilo.org/ipec/Informationresources/WCMS_782888/lang--en/index.htm",
        "summary": "A mapping, mainly desk research with interviews, of donor-funded interventions, existing and "
        "completed, that address child labour and poor working conditions in artisanal and small-scale mining "
        "across minerals. It found nine main areas of work and outlines lessons learned and gaps.",
        "body": "At the request of the ILO, Levin Sources conducted the mapping. It covers interventions funded "
        "primarily by international donors and excludes programmes funded and implemented by governments or the "
        "private sector. It was conducted before the outbreak of COVID-19, so it does not assess the pandemic's "
        "impact on child labour in ASM.\n\nIts preliminary findings were presented at the ILO's inter-regional "
        "knowledge-sharing meeting in Manila (28–30 May 2019); the report was enhanced by the meeting's outcome "
        "and recommendations. It exists only as a static PDF; the resource library listed it in April 2021.",
        "organisations": {"author": ["ilo", "itc-ilo", "levin-sources"], "publisher": ["ilo"], "commissioner": ["ilo"]},
        "events": ["manila-2019-knowledge-sharing-meeting-asgm"],
        "areas": [1, 2, 3, 4, 5, 6, 7, 8, 9],
        "topics": ["child-labour"],
    },
    {
        "slug": "oecd-due-diligence-guidance-minerals-third-edition",
        "title": "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and "
        "High-Risk Areas (third edition)",
        "kind": "guidance",
        "publication_date": date(2016, 4, 1),
        "date_precision": "month",
        "languages": ["en"],
        "external_url": "https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-"
        "conduct/responsible-mineral-supply-chains.html",
        "summary": "OECD guidance for companies on due diligence in mineral supply chains from conflict-affected "
        "and high-risk areas, with supplements on tin, tantalum and tungsten and on gold. First edition 2011; "
        "third edition 2016.",
        "organisations": {"author": ["oecd"], "publisher": ["oecd"]},
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [4],
        "topics": ["due-diligence"],
    },
    {
        "slug": "iied-to-host-3rd-online-asm-day",
        "title": "IIED to host 3rd online artisanal and small-scale mining day",
        "kind": "news",
        "publication_date": date(2018, 3, 2),
        "languages": ["en"],
        "external_url": "https://www.iied.org/iied-host-3rd-online-artisanal-small-scale-mining-day",
        "summary": "IIED announces its third #shareASM digital day, on 15 March 2018, and reports on its action "
        "dialogues in Ghana, Tanzania and Madagascar.",
        "body": "The news item quotes an estimated 3–4 million people employed in the formal mining sector and "
        "some 20–30 million working in informal ASM, many of them women and children in developing countries. "
        "It features Rehema Peter Mushi, who mines red garnets and sapphires in Tanzania and won a grant to buy "
        "equipment. It announces the next step of the programme: the Amazon region.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["shareasm-digital-day-2018"],
        "countries": ["GH", "TZ", "MG"],
        "minerals": ["coloured-gemstones"],
        "areas": [2],
    },
    {
        "slug": "iied-to-host-international-asm-day",
        "title": "IIED to host international ASM day",
        "kind": "news",
        "publication_date": date(2015, 6, 19),
        "languages": ["en"],
        "external_url": "https://www.iied.org/iied-host-international-asm-day",
        "summary": "IIED announces a day dedicated to artisanal and small-scale mining on 25 June 2015, using online "
        "networks and the hashtag #shareASM.",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["shareasm-digital-day-2015"],
        "areas": [2],
    },
    {
        "slug": "tanzania-action-dialogue-photobook",
        "title": "Photobook of the Tanzania action dialogue (English and Swahili)",
        "kind": "photobook",
        "publication_date": date(2017, 11, 1),
        "date_precision": "month",
        "languages": ["en", "sw"],
        "print_only": True,
        "state": "review",
        "summary": "A photobook in English and Swahili given to participants of IIED's action dialogue in Tanzania "
        "in November 2017.",
        "notes": "Only known from IIED's news of March 2018. Is there a digital copy?",
        "organisations": {"publisher": ["iied"]},
        "interventions": [IIED_PROGRAMME],
        "events": ["iied-action-dialogue-tanzania-2017"],
        "countries": ["TZ"],
        "areas": [2],
    },
    {
        "slug": "tobaccos-hidden-children",
        "title": "Tobacco’s Hidden Children: Hazardous Child Labor in United States Tobacco Farming",
        "kind": "report",
        "publication_date": date(2014, 5, 13),
        "languages": ["en"],
        "isbn": "978-1-62313-134-0",
        "external_url": "https://www.hrw.org/reports/2014/05/13/tobacco-s-hidden-children",
        "summary": "A report by Human Rights Watch on labour exploitation and trafficking of children on tobacco "
        "farms in Kentucky, Virginia, Tennessee and North Carolina. Outside ASM: listed beside the 2020 mapping "
        "in the resource library.",
        "organisations": {"author": ["human-rights-watch"], "publisher": ["human-rights-watch"]},
        "countries": ["US"],
        "areas": [6],
        "topics": ["child-labour", "occupational-safety-and-health"],
    },
    {
        "slug": "human-trafficking-in-americas-schools",
        "title": "Human Trafficking in America’s Schools",
        "kind": "guidance",
        "publication_date": date(2015, 1, 1),
        "date_precision": "month",
        "languages": ["en"],
        "external_url": "https://safesupportivelearning.ed.gov/human-trafficking-americas-schools",
        "summary": "An introduction to human trafficking for educators: risk factors, indicators, the impact on the "
        "learning environment, school protocols and resources for school staff. Outside ASM.",
        "organisations": {"publisher": ["us-department-of-education"]},
        "countries": ["US"],
        "areas": [3],
        "topics": ["human-trafficking", "education"],
    },
    {
        "slug": "combating-cyber-violence-against-women-and-girls",
        "title": "Combating Cyber Violence against Women and Girls",
        "kind": "report",
        "languages": ["en"],
        "state": "review",
        "external_url": "https://eige.europa.eu/publications-resources/publications/"
        "cyber-violence-against-women-and-girls-key-terms-and-concepts",
        "summary": "Women and girls are highly exposed to cyber violence, an act of gender-based violence "
        "perpetrated through new technologies. Outside ASM.",
        "notes": "The resource library's text matches this EIGE page, whose title differs. Confirm the edition "
        "and date before publishing.",
        "organisations": {"publisher": ["eige"]},
        "topics": ["gender"],
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
        "summary": "Examines how well remediation-oriented and due-diligence-oriented technologies identify and "
        "address forced labour and human trafficking. Outside ASM.",
        "areas": [6],
        "topics": ["forced-labour", "human-trafficking"],
    },
]
