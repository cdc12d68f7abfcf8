"""Demo interventions. Each says no more than its sources."""

from datetime import date

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
