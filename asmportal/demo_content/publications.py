"""Demo publications. Each says no more than its sources."""

from datetime import date

from .interventions import IIED_PROGRAMME

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
