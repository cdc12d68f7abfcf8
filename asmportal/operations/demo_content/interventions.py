"""Demo interventions. Each says no more than its sources (see each record's `sources` and curator note).

Areas of work (1–9) follow the 2020 ILO mapping; each record's curator note says which source passage
supports each area. Where sources disagree, the note says so and the field stays empty.
"""

from datetime import date
from decimal import Decimal

from .sourcing import src

IIED_PROGRAMME = "iied-asm-knowledge-programme"


# Organisations these records need beyond the shared list (organisations.py). Only facts seen in a source.
ORGANISATIONS = [
    {
        "slug": "fairtrade-international",
        "name": "Fairtrade International",
        "kind": "ngo",
        "website": "https://www.fairtrade.net",
    },
    {"slug": "solidaridad", "name": "Solidaridad", "kind": "ngo", "website": "https://www.solidaridadnetwork.org"},
    {"slug": "simavi", "name": "Simavi", "kind": "ngo", "website": "https://simavi.nl"},
    {
        "slug": "responsible-business-alliance",
        "name": "Responsible Business Alliance",
        "acronym": "RBA",
        "kind": "private-sector",
        "website": "https://www.responsiblebusiness.org",
    },
    {"slug": "itri", "name": "ITRI", "kind": "private-sector", "website": "https://www.itri.co.uk"},
    {
        "slug": "usaid",
        "name": "U.S. Agency for International Development",
        "acronym": "USAID",
        "kind": "government",
        "website": "https://www.usaid.gov",
        "headquarters": "US",
    },
    {
        "slug": "us-department-of-state",
        "name": "U.S. Department of State",
        "kind": "government",
        "website": "https://www.state.gov",
        "headquarters": "US",
    },
    {
        "slug": "cccmc",
        "name": "China Chamber of Commerce of Metals, Minerals and Chemicals Importers and Exporters",
        "acronym": "CCCMC",
        "kind": "private-sector",
        "headquarters": "CN",
    },
    {
        "slug": "giz",
        "name": "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "acronym": "GIZ",
        "kind": "government",
        "website": "https://www.giz.de",
        "headquarters": "DE",
    },
    {"slug": "bmw-group", "name": "BMW Group", "kind": "private-sector"},
    {"slug": "basf", "name": "BASF SE", "acronym": "BASF", "kind": "private-sector", "website": "https://www.basf.com"},
    {"slug": "samsung-sdi", "name": "Samsung SDI", "kind": "private-sector"},
    {"slug": "samsung-electronics", "name": "Samsung Electronics", "kind": "private-sector"},
    {"slug": "volkswagen-group", "name": "Volkswagen Group", "kind": "private-sector"},
    {
        "slug": "partnership-africa-canada",
        "name": "Partnership Africa Canada",
        "acronym": "PAC",
        "kind": "ngo",
        "website": "https://pacweb.org",
    },
    {"slug": "tetra-tech", "name": "Tetra Tech", "kind": "private-sector"},
    {
        "slug": "dfid",
        "name": "UK Department for International Development",
        "acronym": "DFID",
        "kind": "government",
        "headquarters": "GB",
    },
    {
        "slug": "kailash-satyarthi-childrens-foundation",
        "name": "Kailash Satyarthi Children's Foundation",
        "acronym": "KSCF",
        "kind": "ngo",
        "website": "https://satyarthi.org.in",
        "headquarters": "IN",
    },
    {
        "slug": "bgr",
        "name": "Federal Institute for Geosciences and Natural Resources",
        "acronym": "BGR",
        "kind": "government",
        "website": "https://www.bgr.bund.de",
        "headquarters": "DE",
    },
    {
        "slug": "netherlands-ministry-of-foreign-affairs",
        "name": "Ministry of Foreign Affairs of the Netherlands",
        "kind": "government",
        "headquarters": "NL",
    },
    {
        "slug": "netherlands-enterprise-agency",
        "name": "Netherlands Enterprise Agency",
        "acronym": "RVO",
        "kind": "government",
        "headquarters": "NL",
    },
    {"slug": "fairphone", "name": "Fairphone", "kind": "private-sector", "website": "https://www.fairphone.com"},
    {
        "slug": "unicef",
        "name": "United Nations Children's Fund",
        "acronym": "UNICEF",
        "kind": "un-agency",
        "website": "https://www.unicef.org",
    },
    {"slug": "stop-child-labour", "name": "Stop Child Labour", "kind": "ngo", "website": "https://stopchildlabour.org"},
    {"slug": "fairtrade-foundation", "name": "Fairtrade Foundation", "kind": "ngo"},
    {"slug": "royal-philips", "name": "Royal Philips", "kind": "private-sector"},
    {
        "slug": "sdc",
        "name": "Swiss Agency for Development and Cooperation",
        "acronym": "SDC",
        "kind": "government",
        "headquarters": "CH",
    },
    {
        "slug": "african-development-bank",
        "name": "African Development Bank",
        "acronym": "AfDB",
        "kind": "intergovernmental",
        "website": "https://www.afdb.org",
    },
    {"slug": "terre-des-hommes-netherlands", "name": "Terre des Hommes Netherlands", "kind": "ngo"},
    {
        "slug": "the-impact-facility",
        "name": "The Impact Facility",
        "kind": "ngo",
        "website": "https://www.theimpactfacility.com",
    },
    {"slug": "glencore", "name": "Glencore", "kind": "private-sector"},
    {"slug": "huayou-cobalt", "name": "Huayou Cobalt", "kind": "private-sector"},
    {"slug": "signify", "name": "Signify", "kind": "private-sector"},
]

# Pages cited by more than one record, or more than once.
CARING_DOL = (
    "https://dol.gov/agencies/ilab/caring-gold-mining-project-convening-stakeholders-develop-and-implement-strategies"
)
CARING_ILO = "https://ilo.org/ipec/projects/global/WCMS_460499/lang--es/index.htm"
CARING_FACTSHEET = "https://www.ilo.org/manila/publications/WCMS_720740/lang--en/index.htm"
CARING_FACTSHEET_PH = "https://www.ilo.org/manila/publications/WCMS_789962/lang--en/index.htm"
CARING_VIDEO = "https://www.ilo.org/manila/public/vid/WCMS_710151/lang--en/index.htm"
CARING_UN_GHANA = (
    "https://gh.one.un.org/content/unct/ghana/en/home/media-centre/news-and-press-releases/"
    "ilo-caring-gold-mining-project-engages-in-sub-regional-networking-and-initiatives.html"
)
ITCILO_MANILA = (
    "https://www.itcilo.org/en/community/news/the-itcilo-organized-a-unique-global-forum-on-201cchild-labour-"
    "and-working-conditions-in-small-scale-mining201d"
)

INTERVENTIONS = [
    {
        "slug": "planetgold",
        "title": "planetGOLD",
        "kind": "programme",
        "status": "implementation",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://www.planetgold.org",
        "featured": True,
        "summary": "Programme supported by the Global Environment Facility and led by UN Environment Programme with "
        "UNIDO, UNDP and Conservation International, working to remove mercury from artisanal and small-scale "
        "gold supply chains through formalisation, mercury-free technology, market access and finance.",
        "description": "planetGOLD works with governments, the private sector and mining communities to improve "
        "production practices and the work environment of artisanal and small-scale gold miners. Its four lines "
        "of work are: integrating the sector into the formal economy and regulatory system; access to "
        "mercury-free technologies and practices; access to formal gold supply chains with buyers and industrial "
        "users; and piloting models of investment and finance for miners and their communities. It supports "
        "countries' commitments under the Minamata Convention. The GEF programme was first approved as GOLD "
        "(Global Opportunities for Long-term Development in the ASGM sector). A second phase, led by "
        "Conservation International, adds eight countries: Bolivia, Ghana, Honduras, Madagascar, Nigeria, the "
        "Republic of the Congo, Suriname and Uganda.",
        "countries": ["BF", "CO", "GY", "ID", "KE", "PE", "MN", "PH", "BO", "GH", "HN", "MG", "NG", "CG", "SR", "UG"],
        "minerals": ["gold"],
        "areas": [4, 7, 8],
        "topics": ["mercury", "formalisation"],
        "roles": {
            "funding": ["gef"],
            "accountable": ["unep"],
            "implementing": ["unido", "undp", "conservation-international"],
        },
        "notes": "Areas: 4 — supports formalisation and access to formal supply chains; 7 — pilots investment and "
        "finance models for miners; 8 — introduces mercury-free technology and practices (planetGOLD 'About').\n"
        "Corrected: the earlier record listed Ecuador among the first countries; the GEF GOLD announcement "
        "(quoted on asmhub.mn) names Burkina Faso, Colombia, Guyana, Indonesia, Kenya, Peru, Mongolia and the "
        "Philippines, while planetGOLD's own page speaks of nine countries without naming them. Ecuador is not "
        "confirmed and is left out. The second-phase countries come from the GEF blog.\n"
        "The start year (2019 in the earlier record) is not confirmed for the programme as a whole: the Colombia "
        "project launched in July 2019 (planetGOLD video page). Left empty. Status: the GEF 2020–2021 progress "
        "report and the second phase show it under way.",
        "sources": [
            src("https://www.planetgold.org/about", "About the Programme | planetGOLD"),
            src(
                "https://www.genevaenvironmentnetwork.org/environment-geneva/organizations/planetgold/",
                "planetGOLD – Geneva Environment Network",
                "organisations",
            ),
            src(
                "https://asmhub.mn/en/news/gef-gold-reducing-health-hazards-of-artisanal-and-small-scale-gold-mining",
                "GEF GOLD: reducing health hazards of artisanal and small-scale gold mining",
                "countries",
            ),
            src(
                "https://www.thegef.org/newsroom/blog/second-phase-planetgold-doubles-countries-addressing-mercury-asgm",
                "Second phase of planetGOLD doubles countries addressing mercury in ASGM",
                "countries",
            ),
            src(
                "https://www.thegef.org/newsroom/publications/planetgold-2020-2021-annual-progress-report",
                "planetGOLD 2020-2021 Annual Progress Report",
            ),
            src(
                "https://www.planetgold.org/planetgold-colombia-launch-event-video",
                "planetGOLD Colombia launch event video",
                "dates",
            ),
        ],
    },
    {
        "slug": "better-gold-initiative",
        "title": "Better Gold Initiative for Artisanal and Small-Scale Mining",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2013, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://bettergold.org",
        "featured": True,
        "summary": "Public-private partnership set up in 2013 by the Swiss State Secretariat for Economic Affairs "
        "(SECO) and the Swiss Better Gold Association to build responsible gold value chains from artisanal and "
        "small-scale mines to the Swiss market: Peru first, then Colombia and Bolivia.",
        "description": "The initiative links small-scale producers that meet standards on traceability, labour "
        "conditions, environmental, social and governance performance with buyers in Switzerland. Phase I "
        "(2013–2016, CHF 2.9 million, Peru) had four components: technical assistance to producers, "
        "certification schemes, national policy dialogue and demand matching in Switzerland. Phase II "
        "(November 2016 – June 2021, CHF 8 million) extended the value chains to Colombia and Bolivia and worked "
        "on formalisation and simpler regulatory frameworks. A third phase was launched in 2021, with a gradual "
        "hand-over to the private partner.",
        "countries": ["PE", "CO", "BO"],
        "minerals": ["gold"],
        "areas": [4, 8],
        "topics": ["traceability", "formalisation"],
        "roles": {"funding": ["seco"], "implementing": ["swiss-better-gold-association"]},
        "notes": "Areas: 4 — certification, traceability and formalisation support; 8 — technical assistance "
        "and capacity building for producers (SECO phase I and II pages).\n"
        "Roles: SECO funds the project (SECO project pages give its budgets); the sources call the Swiss Better "
        "Gold Association the private partner of the partnership, which supports miners and market access; it "
        "is listed as implementing for want of a partner role. Status: the third phase was announced in 2021 "
        "(LatCam news); later status not checked.",
        "sources": [
            src("https://bettergold.org/about-bgi/about/", "About Better Gold – The Project", "dates"),
            src(
                "https://www.post2015.admin.ch/countries/bolivia/es/home/cooperacion-internacional/proyectos.html/"
                "content/dezaprojects/SECO/en/2013/UR00559/phase1.html",
                "Better Gold Initiative, Phase I",
                "budget",
            ),
            src(
                "https://www.dfae.admin.ch/countries/bolivia/de/home/internationale-zusammenarbeit/projekte.html/"
                "content/dezaprojects/SECO/en/2013/UR00559/phase2",
                "Better Gold Initiative, Phase II",
                "countries",
            ),
            src("https://swissbettergold.ch/en/about", "About – Swiss Better Gold Association", "organisations"),
            src(
                "https://www.latcam.ch/es/2021/09/",
                "Swiss Better Gold launch Phase III of the Swiss Better Gold Initiative (LatCam news, September 2021)",
            ),
        ],
    },
    {
        "slug": "craft-code",
        "title": "CRAFT Code",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2018, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://www.craftmines.org",
        "summary": "Code developed by the Alliance for Responsible Mining and RESOLVE, version 1.0 in 2018 with "
        "support from the European Partnership for Responsible Minerals, that lets artisanal and small-scale "
        "producers and their buyers assess and progressively reduce critical risks, applying the OECD Due "
        "Diligence Guidance at mine-site level.",
        "description": "CRAFT takes the OECD Due Diligence Guidance as its starting point and adds other aspects of "
        "mining conditions. Its criteria cover critical risks such as child labour, illicit trade and "
        "uncontrolled use of chemicals, with commitments to improve other social, environmental and safety "
        "practices over time. It is organised in modules, beginning with a management system for the mining "
        "operation. ARM presents it as a first step towards the stricter Fairmined certification.",
        "minerals": ["gold"],
        "areas": [4],
        "topics": ["due-diligence", "formalisation", "child-labour"],
        "roles": {"funding": ["eprm"], "implementing": ["alliance-for-responsible-mining", "resolve"]},
        "notes": "Area: 4 — an industry standard and due-diligence tool for ASM (LBMA, mining.com).\n"
        "Sources give the name differently: 'Code of Risk-mitigation for ASM engaging in Formal Trade' (LBMA), "
        "'Code of Risk mitigation for Artisanal and small-scale miners engaging in Formal Trade' (mining.com) and "
        "'Code for Risk Mitigation in Artisanal and Small-scale Mining, Forming Transparent and Legal Chains' "
        "(craftmines.org); the record keeps the short name. Minerals: the sources present it for the gold "
        "industry; whether it applies to other minerals was not checked. Funding: EPRM (craftmines.org, LBMA).",
        "sources": [
            src("https://www.craftmines.org/what-is-craft/craft-origins/", "Craft Origins", "organisations"),
            src("https://www.lbma.org.uk/articles/the-craft-code", "The CRAFT Code – LBMA", "dates"),
            src(
                "https://mining.com/?p=943072",
                "ARM and RESOLVE release code for responsible sourcing from artisanal miners (mining.com)",
            ),
            src(
                "https://www.responsiblemines.org/en/2021/11/risks-management-through-craft-and-fairmined/",
                "Risks management through CRAFT and Fairmined",
            ),
        ],
    },
    {
        "slug": "fairmined",
        "title": "Fairmined Standard",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2014, 4, 5),
        "date_precision": "day",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://fairmined.org",
        "summary": "Certification standard of the Alliance for Responsible Mining for gold and associated precious "
        "metals from artisanal and small-scale mining organisations, published on 5 April 2014; certified "
        "organisations receive a minimum price and a premium.",
        "description": "The standard sets requirements on traceability, social and economic development, conflict "
        "mitigation, environmental protection and labour conditions. Certified mining organisations are audited "
        "by a third party and receive the Fairmined premium, which they invest in community projects and their "
        "operations; Fairmined Ecological Gold is produced without toxic chemicals. Fairmined reported that one "
        "ton of certified gold had been sold since 2014, generating more than USD 4 million in premium for 21 "
        "certified organisations. Version 2.0 of the standard is recognised by the Responsible Jewellery Council.",
        "countries": ["CO", "MN"],
        "minerals": ["gold", "silver"],
        "areas": [4],
        "topics": ["traceability", "formalisation"],
        "roles": {"accountable": ["alliance-for-responsible-mining"]},
        "notes": "Area: 4 — a certification standard with traceability requirements (SCS, fairmined.org).\n"
        "Corrected: the earlier record said 'since 2014; Latin America first (Colombia, Peru, Bolivia)'. The "
        "publication date, 5 April 2014, comes from fairmined.org. Certified organisations confirmed in the "
        "sources read: La Llanada, Colombia, and XAMODX and Shijir Khishig, Mongolia; Peru and Bolivia were not "
        "confirmed and are left out. ARM earlier ran a joint Fairtrade and Fairmined label with Fairtrade "
        "International (see fairtrade-gold). Silver: fairmined.org reports certified silver sold.",
        "sources": [
            src(
                "https://fairmined.org/ton-fairmined-gold/",
                "Fairmined achieves selling one ton of certified gold",
                "dates",
            ),
            src(
                "https://www.scsglobalservices.com/news/the-alliance-for-responsible-mining-arm-launches-updated-"
                "fairmined-certification-system",
                "ARM launches updated Fairmined certification system",
            ),
            src(
                "https://mining.com/web/fairmined-ecological-gold-available-from-mongolia-and-colombia",
                "Fairmined Ecological Gold available from Mongolia and Colombia",
                "countries",
            ),
            src(
                "https://www.isealalliance.org/online-community/news/rjc-recognises-fairminded-standard-for-gold-"
                "from-artisanal-mining",
                "RJC recognises Fairmined standard for gold from artisanal mining",
            ),
        ],
    },
    {
        "slug": "responsible-mica-initiative",
        "title": "Responsible Mica Initiative",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2017, 1, 1),
        "date_precision": "year",
        "focus": "both",
        "approach": "direct",
        "website": "https://responsible-mica-initiative.com",
        "featured": True,
        "summary": "Coalition of companies and civil society organisations, set up in 2017, working for a fair, "
        "responsible and sustainable mica supply chain in Jharkhand and Bihar, India, free of child labour, "
        "through workplace standards, community empowerment programmes and a legal framework.",
        "description": "The initiative was established by 20 founding members; it counted 47 at the end of 2018 and "
        "66 in 2020. Its three programme pillars work together: workplace standards for mica processors and "
        "mines (with a Global Mica Standard developed with the Responsible Minerals Initiative); Community "
        "Empowerment Programmes in mica-dependent villages, launched in 2018, covering schools, health care, "
        "access to government services and alternative livelihoods; and work with authorities on a legal "
        "framework for the mica sector. The community programmes reached 80 villages in 2020 and were later "
        "extended to 180. An independent assessment in the first 40 villages reported higher school enrolment, "
        "lower dependence on mica picking and most households linked to a social security scheme.",
        "countries": ["IN"],
        "minerals": ["mica"],
        "areas": [3, 4, 5, 9],
        "topics": ["child-labour", "education", "social-protection"],
        "roles": {"implementing": ["responsible-mica-initiative"]},
        "notes": "Areas: 4 — workplace standards and a legal framework programme; 5 — community empowerment "
        "programmes in villages; 3 — better schools and scholarships; 9 — health care and linking households "
        "to social security schemes (RMI programmes page, 2018 and 2020 annual report releases, expansion "
        "release). The founding year and member counts come from the 2018 annual report release.",
        "sources": [
            src("https://responsible-mica-initiative.com/programs-rmi/", "Programs – Responsible Mica Initiative"),
            src(
                "https://www.marketscreener.com/news/Responsible-Mica-Initiative-First-Annual-Report-Details-"
                "Progress-Towards-Enabling-a-Sustainable-Mi--28083777/",
                "Responsible Mica Initiative First Annual "
                "Report Details Progress Towards Enabling a Sustainable Mica Industry",
                "dates",
            ),
            src(
                "https://businesswire.com/news/home/20210310005013/en/Responsible-Mica-Initiative-Publishes-2020-"
                "Annual-Report-Detailing-Progress-Empowering-Communities-and-Eradicating-Child-Labor",
                "Responsible Mica Initiative Publishes 2020 Annual Report",
                "figures",
            ),
            src(
                "https://responsible-mica-initiative.com/responsible-mica-initiative-adds-50-mica-dependent-"
                "villages-in-india-extending-its-overall-support-to-more-than-37000-children-and-their-families/",
                "Responsible Mica Initiative adds 50 mica-dependent villages in India",
            ),
        ],
    },
    {
        "slug": "fair-cobalt-alliance",
        "title": "Fair Cobalt Alliance",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2020, 8, 1),
        "date_precision": "month",
        "focus": "both",
        "approach": "direct",
        "website": "https://www.faircobaltalliance.org",
        "featured": True,
        "summary": "Multi-stakeholder action platform launched in August 2020 to improve artisanal cobalt mining "
        "and its communities in the Democratic Republic of the Congo: safer and more professional mine sites, "
        "child-labour-free mines in Kolwezi with school enrolment for children, and higher household incomes.",
        "description": "The alliance works with national and provincial authorities and civil society. Its "
        "objectives are to professionalise artisanal mine-site management and make sites safer and more "
        "environmentally responsible; to help operators set up control and monitoring mechanisms that keep "
        "children out of the mines while supporting their enrolment in school and vocational training; and to "
        "invest in community programmes for livelihoods. Members sign a Call to Action. The Impact Facility is "
        "its co-founder and permanent secretariat.",
        "countries": ["CD"],
        "minerals": ["cobalt"],
        "areas": [3, 4, 8],
        "topics": ["child-labour", "occupational-safety-and-health"],
        "roles": {
            "implementing": ["the-impact-facility"],
            "extending": ["fairphone", "signify", "huayou-cobalt", "glencore"],
        },
        "notes": "Areas: 4 — a multi-stakeholder platform for responsible ASM cobalt; 8 — support to "
        "professionalise mine-site management and safety; 3 — enrolment of children in school and vocational "
        "training (launch release, FCA site).\n"
        "Sources disagree on the founders: the FCA site names Glencore, Huayou Cobalt, Signify and Fairphone as "
        "founding members, managed by The Impact Facility; the launch release lists Fairphone, Signify, Huayou "
        "Cobalt and The Impact Facility as founders, joined at launch by Glencore, the Responsible Cobalt "
        "Initiative, Sono Motors and Lifesaver. The four companies are listed as 'extending' (member "
        "contributors) for want of a member role; check.",
        "sources": [
            src(
                "https://www.georesources.net/index.php/global-news/launch-of-the-fair-cobalt-alliance-working-"
                "together-to-improve-conditions-in-cobalt-mines-and-communities-in-the-democratic-republic-of-congo",
                "Launch of the Fair Cobalt Alliance",
                "organisations",
            ),
            src("https://faircobaltalliance.org.cobalt.tdi-digital.com/?p=4278", "Fair Cobalt Alliance – FAQ", "dates"),
            src(
                "https://www.theimpactfacility.com/commodities/cobalt/fair-cobalt-alliance/",
                "Fair Cobalt Alliance (FCA) – The Impact Facility",
            ),
        ],
    },
    {
        "slug": "european-partnership-for-responsible-minerals",
        "title": "European Partnership for Responsible Minerals (EPRM)",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2016, 11, 1),
        "date_precision": "month",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://europeanpartnership-responsibleminerals.eu",
        "featured": True,
        "summary": "Multi-stakeholder partnership set up in November 2016 as an accompanying measure to the EU "
        "regulation on conflict minerals; it supports projects that improve conditions in mining areas in "
        "conflict-affected and high-risk areas, for tin, tantalum, tungsten and gold.",
        "description": "EPRM brings together companies, civil society organisations and governments to increase the "
        "share of responsibly produced minerals from conflict-affected and high-risk areas and to support the "
        "implementation of the OECD Due Diligence Guidance. It funds projects on the ground (for example in "
        "Uganda, Colombia and Zimbabwe, several of them with a focus on women miners) and planned a knowledge "
        "portal on due diligence. The European Commission's DG DEVCO joined with a contribution of EUR 5.4 "
        "million; Germany joined as a full member in January 2020, after the Netherlands and the United Kingdom.",
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [4, 7],
        "topics": ["due-diligence"],
        "roles": {"funding": ["eprm"]},
        "notes": "Areas: 4 — a multi-stakeholder initiative supporting due diligence; 7 — it funds projects in "
        "mining areas (EPRM news and project list).\nDate: 'set up in November 2016' (EPRM news on the DG DEVCO "
        "contribution); the earlier record said 2016.",
        "sources": [
            src(
                "https://europeanpartnership-responsibleminerals.eu/blog/view/53241175/eprm-receives-e-54-million-"
                "from-dg-devco",
                "EPRM receives € 5.4 million from DG DEVCO",
                "dates",
            ),
            src("https://europeanpartnership-responsibleminerals.eu/project", "Projects – EPRM"),
            src(
                "https://www.bmz.de/rue/en/releases/aktuelleMeldungen/2020/February/EPRM-Beitritt/index.html",
                "Germany joins the European Partnership for Responsible Minerals",
                "organisations",
            ),
        ],
    },
    {
        "slug": IIED_PROGRAMME,
        "title": "IIED artisanal and small-scale mining knowledge programme",
        "kind": "programme",
        "featured": True,
        "approach": "indirect",
        "focus": "working-conditions",
        "summary": "IIED's programme of multi-stakeholder action dialogues in Ghana, Tanzania and Madagascar and "
        "open #shareASM digital days, building communication, collaboration and trust between ASM "
        "stakeholders, miners included. The next step planned in 2018 was the Amazon region.",
        "description": "IIED holds that more communication, collaboration and trust between stakeholders is a key "
        "way to address the problems of ASM workers and to improve governance of the sector. Its dialogues are "
        "a process rather than one-off events: they start with participatory local research, build national "
        "ownership of a solutions-focused agenda and bring together a wide range of stakeholders, including "
        "miners. The Tanzania dialogue (November 2017) handed out a photobook in English and Swahili. The "
        "#shareASM days (June 2015, February 2017, March 2018) were open online days on social media, and a "
        "quarterly ASM newsletter reports on the work.",
        "gaps": "The summary of the first #shareASM day was published in Storify format (IIED news, January 2017); "
        "whether that record of the online dialogue is still reachable has not been checked.",
        "countries": ["GH", "TZ", "MG"],
        "areas": [2, 6],
        "roles": {"implementing": ["iied"]},
        "notes": "Areas: 2 — multi-stakeholder dialogues and online knowledge sharing; 6 — the dialogues begin "
        "with participatory local research (IIED dialogue programme page).\n"
        "Sources disagree on when the Ghana dialogue began: IIED's first ASM newsletter says the first country "
        "dialogue began in Ghana in 2015; the March 2018 news item speaks of the first dialogue event in Ghana "
        "in 2016. The record gives no start date. The earlier gap note said Storify closed in 2018; no source "
        "read here says so, so it was reworded.",
        "sources": [
            src(
                "https://www.iied.org/iied-host-3rd-online-artisanal-small-scale-mining-day",
                "IIED to host 3rd online artisanal and small-scale mining day",
                "countries",
            ),
            src(
                "https://www.iied.org/dialogues-for-sustainable-productive-artisanal-small-scale-mining-sector",
                "Dialogues for a sustainable and productive artisanal and small-scale mining sector",
            ),
            src("https://www.iied.org/iied-host-international-asm-day", "IIED to host international ASM day", "dates"),
            src(
                "https://iiedorg-stage.ac.iied.org/iied-host-2nd-online-artisanal-small-scale-mining-asm-day",
                "IIED to host 2nd online artisanal and small-scale mining (ASM) day",
            ),
            src(
                "https://us4.campaign-archive.com/?u=fe40f10647e64b03da6ae91fb&id=cac47b0ef7",
                "IIED Artisanal and small-scale mining newsletter (first issue)",
            ),
            src(
                "https://iiedorg-stage.ac.iied.org/iied-publishes-latest-newsletter-artisanal-small-scale-mining-0",
                "IIED publishes latest newsletter on artisanal and small-scale mining",
            ),
        ],
    },
    {
        "slug": "caring-gold-mining-project",
        "title": "Convening Stakeholders to Develop and Implement Strategies to Reduce Child Labor and Improve "
        "Working Conditions in Artisanal and Small-Scale Gold Mining (CARING Gold Mining Project)",
        "kind": "project",
        "status": "closed",
        "start_date": date(2015, 12, 1),
        "end_date": date(2020, 3, 1),
        "date_precision": "month",
        "budget": Decimal("5000000"),
        "currency": "USD",
        "focus": "both",
        "approach": "direct",
        "summary": "ILO project funded by the U.S. Department of Labor (USD 5 million, December 2015 – March 2020) "
        "that convened stakeholders in Ghana, the Philippines and globally to reduce child labour and improve "
        "working conditions in artisanal and small-scale gold mining.",
        "description": "The project pursued four outcomes, the first three in its pilot countries, Ghana and the "
        "Philippines, and the fourth globally: laws, policies and action plans on child labour and working "
        "conditions in ASGM strengthened, enforced or implemented; better access of vulnerable households in "
        "mining communities to social protection and livelihood programmes; mechanisms to monitor child labour "
        "and working conditions in gold supply chains; and operational global networks. In the Philippines it "
        "supported the setting-up of legal, regulated People's Small-Scale Mines (Minahang Bayan) that comply "
        "with environmental, health and labour standards, working with mining communities in Camarines Norte "
        "and South Cotabato. It worked with national and local governments, miners' associations, companies, "
        "trade unions, NGOs, media, academia, communities, parents and children. In conjunction with the "
        "project, the ILO held the first Inter-Regional Knowledge-Sharing Forum on child labour and working "
        "conditions in ASGM in Manila on 28–30 May 2019.",
        "lessons_learned": "The final evaluation notes that the project built on existing structures where it "
        "could: in Ghana it used the community child protection committees rather than creating new ones, and "
        "in the Philippines it added child labour questions to the community-based monitoring system; "
        "interventions that rely on such funded structures are more likely to last. USDOL also records that "
        "combining child labour and other working conditions in one project was not an easy fit: the ILO "
        "focused on child labour and collective impact, while the sub-grantee, the Alliance for Responsible "
        "Mining, worked almost only on occupational safety and health, leaving few chances to integrate the two.",
        "countries": ["GH", "PH"],
        "minerals": ["gold"],
        "areas": [2, 4, 6, 9],
        "topics": ["child-labour", "occupational-safety-and-health", "social-protection", "formalisation"],
        "roles": {
            "funding": ["usdol"],
            "implementing": ["ilo", "alliance-for-responsible-mining", "ban-toxics"],
        },
        "notes": "Areas (ILO fact sheets): 4 — outcome 1 strengthens laws, policies and action plans, and in the "
        "Philippines supports regulated People's Small-Scale Mines; 9 — outcome 2 improves access to social "
        "protection and livelihood programmes; 6 — outcome 3 develops mechanisms to monitor child labour and "
        "working conditions in gold supply chains; 2 — outcome 4 makes global networks operational, and the "
        "project convened the Manila forum.\n"
        "The Manila meeting of May 2019 (events: manila-2019-knowledge-sharing-meeting-asgm) belongs to this "
        "project: ITC-ILO news says the forum was held 'in conjunction with' the CARING Gold Mining Project, "
        "funded by USDOL.\n"
        "Dates disagree: USDOL gives December 2015 – March 2020; a UN Ghana news item (April 2017) describes a "
        "40-month period from December 2015 to April 2019 (the original plan). The record follows USDOL. Status "
        "'closed' is inferred from the USDOL end date, which is past.\n"
        "Title: USDOL and the ILO project page say 'Convening Stakeholders…'; the ILO fact sheets say "
        "'Convening Actors…'. Roles: USDOL funded 100% (ILO video page); ARM was sub-grantee (USDOL lesson "
        "learned); Ban Toxics was announced as partner (USDOL grant as reported by WWD).",
        "sources": [
            src(CARING_DOL, "CARING Gold Mining Project | U.S. Department of Labor", "dates"),
            src(CARING_DOL, "CARING Gold Mining Project | U.S. Department of Labor", "budget"),
            src(
                CARING_ILO,
                "Convening Stakeholders to Develop and Implement Strategies to Reduce Child Labor and "
                "Improve Working Conditions in Artisanal and Small-Scale Gold Mining (CARING Gold Mining) Project",
                "countries",
            ),
            src(
                CARING_FACTSHEET,
                "Reduce child labour and improve working conditions in artisanal and small-scale "
                "gold mining (CARING Gold Mining Project): Fact sheet",
            ),
            src(CARING_FACTSHEET_PH, "Caring gold mining in the Philippines: Fact sheet"),
            src(CARING_VIDEO, "Caring Gold: Future without child labour", "organisations"),
            src(CARING_UN_GHANA, "ILO Caring Gold Mining Project engages in sub-regional networking and initiatives"),
            src(
                ITCILO_MANILA,
                "The ITCILO organizes a unique global forum on 'Child labour and working conditions in "
                "small-scale mining'",
            ),
            src("https://dol.gov/agencies/ilab/learnings/lesson-76535-2", "Lesson learned | U.S. Department of Labor"),
            src(
                "https://webapps.ilo.org/ievaldiscovery/practices/218634",
                "Convening stakeholders to develop and "
                "implement strategies to reduce child labor in artisanal and small-scale gold mining - Final "
                "Evaluation (good practice)",
            ),
            src(
                "https://wwd.com/business-news/government-trade/dol-gives-grant-combat-child-labor-gold-mining-"
                "10364741/",
                "DOL Gives Grant to Combat Child Labor in Gold Mining (WWD)",
                "organisations",
            ),
        ],
    },
    {
        "slug": "minors-out-of-mining",
        "title": "Minors out of Mining: Partnership for global action against child labour in small-scale mining",
        "kind": "initiative",
        "start_date": date(2005, 6, 1),
        "date_precision": "month",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "Tripartite initiative launched by the ILO in June 2005, around the World Day Against Child "
        "Labour on mines and quarries, calling on governments, workers and employers to eliminate child labour "
        "in small-scale mining and quarrying within five to ten years.",
        "description": "The initiative was launched with a call to action at a special event during the "
        "International Labour Conference on 10 June 2005. It was initiated by the governments concerned, with "
        "the support of the mining industry (companies and workers) and the ILO's International Programme on "
        "the Elimination of Child Labour (IPEC), starting with the countries where the problem was most serious. "
        "The ILO called for helping remote, often family-based mining and quarrying operations to become "
        "economically and environmentally sustainable without child workers, building on IPEC pilot projects "
        "that helped communities acquire legal rights, organise, improve health, safety and productivity and "
        "secure schools and basic services.",
        "gaps": "Human Rights Watch's 2011 report on child labour in Mali's artisanal gold mines has a section on "
        "the initiative headed 'Hollow Commitments?'.",
        "minerals": ["gold", "other-minerals", "sand-and-gravel"],
        "areas": [2, 4],
        "topics": ["child-labour"],
        "roles": {"accountable": ["ilo"]},
        "notes": "Areas: 4 — a time-bound, multi-stakeholder commitment by governments, employers and workers; "
        "2 — a tripartite call to action and campaign (ILO press release, ILO publications listing).\n"
        "Countries: a press summary (The Daily Star, citing OneWorld South Asia) lists about 14 countries "
        "expected to sign; no ILO page read here lists the signatories, so countries are left empty. Minerals: "
        "the ILO speaks of small-scale mining and quarrying in general; the brochure (read only on a mirror, not "
        "cited) mentions gems, gold, coal and construction materials. Status unknown.",
        "sources": [
            src(
                "https://ilo.org/global/about-the-ilo/newsroom/news/WCMS_005168/lang--en/index.htm",
                "ILO urges ban on child labour in small-scale mines and quarries",
                "dates",
            ),
            src(
                "https://www.ilo.org/ipec/Informationresources/all-publications/lang--en/index.htm?facetcriteria="
                "IPEC=MINING&facetdynlist=WCMS_203618",
                "IPEC publications on mining (ILO)",
                "organisations",
            ),
            src(
                "https://www.ilo.org/ipec/Campaignandadvocacy/wdacl/2005/lang--en/index.htm",
                "World Day Against Child Labour 2005: A Load too Heavy: Child labour in mining and quarrying",
            ),
            src("https://ilo.org/global/docs/WCMS_009293/lang--en/index.htm", "Call to Action"),
            src(
                "https://www.hrw.org/reports/2011/12/06/poisonous-mix-0",
                "A Poisonous Mix: Child Labor, Mercury, and Artisanal Gold Mining in Mali",
            ),
        ],
    },
    {
        "slug": "accel-africa",
        "title": "Accelerating action for the elimination of child labour in supply chains in Africa (ACCEL Africa)",
        "kind": "project",
        "status": "implementation",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "ILO project funded by the Government of the Netherlands to eliminate child labour in supply "
        "chains in Africa, including artisanal gold mining in Mali, Nigeria and Côte d'Ivoire, where it "
        "supports formalisation of the sector, children, parents and communities.",
        "description": "The first phase covered Côte d'Ivoire, Egypt, Malawi, Mali, Nigeria and Uganda and "
        "documented 14 good practices. In gold, the project worked on formalising artisanal and small-scale gold "
        "mining in Mali, Nigeria and Côte d'Ivoire; in Nigeria it supported a national action plan and the "
        "legal, policy and institutional framework, and helped girls leave mine sites for school while their "
        "parents gained income. A second phase targets root causes of child labour in cocoa, coffee, cotton, "
        "gold and tea supply chains in Côte d'Ivoire, Ghana, Kenya, Mali, Nigeria and Uganda.",
        "countries": ["CI", "EG", "MW", "ML", "NG", "UG", "GH", "KE"],
        "minerals": ["gold"],
        "areas": [3, 4, 8],
        "topics": ["child-labour", "formalisation", "education"],
        "roles": {"funding": ["netherlands-ministry-of-foreign-affairs"], "implementing": ["ilo"]},
        "notes": "Areas: 4 — formalisation of ASGM and national action plans and legal frameworks (ILO video "
        "article, Nigeria page); 8 — capacity building of constituents and public bodies (Nigeria page); "
        "3 — helping children leave gold mines for school (ILO article of 2 June 2023, listed on the ILO Africa "
        "articles page).\n"
        "Countries: the first phase's six plus Ghana and Kenya from the second phase (ILO phase 2 brief); the "
        "project is multi-sector, and gold work is confirmed for Mali, Nigeria and Côte d'Ivoire. Dates: the "
        "start and end of phase 1 were not found on an ILO page (a regional meeting took place in May 2019); "
        "left empty. Status: the phase 2 brief says it is entering its second phase.",
        "sources": [
            src(
                "https://ilo.org/africa/technical-cooperation/accel-africa/WCMS_884340/lang--en/index.htm",
                "ACCEL Africa: Advancing Responsible Gold Mining for Livelihoods and Rights",
                "countries",
            ),
            src(
                "https://ilo.org/africa/technical-cooperation/accel-africa/WCMS_867045/lang--en/index.htm",
                "Good Practices: Knowledge Sharing for Partnerships on the Elimination of Child Labour in Supply "
                "Chains",
            ),
            src(
                "https://wcmsq3.ilo.org/africa/technical-cooperation/accel-africa/WCMS_893803/lang--en/index.htm",
                "ACCEL Africa 2nd Phase in brief",
            ),
            src(
                "https://www.ilo.org/global/about-the-ilo/multimedia/video/institutional-videos/WCMS_845256/lang--en/"
                "index.htm",
                "Focus on child labour in Africa's supply chains",
                "organisations",
            ),
            src(
                "https://ilo.org/africa/technical-cooperation/accel-africa/nigeria/lang--en/index.htm",
                "ACCEL Africa - Nigeria",
            ),
            src("https://ilo.org/africa/media-centre/articles/lang--en/index.htm", "ILO in Africa – Articles"),
        ],
    },
    {
        "slug": "delve",
        "title": "Delve",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2017, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://delvedatabase.org",
        "summary": "Open global data platform on artisanal and small-scale mining, created by the World Bank's "
        "Extractives Global Programmatic Support with Pact and piloted in 2017, and the source of the annual "
        "State of the ASM Sector reports.",
        "description": "Delve collects data from existing reports and from contributors, presents it in raw and "
        "graphic form and includes a directory of experts. All data shared on the platform is free to use under "
        "open-data principles. Its first State of the Artisanal and Small-Scale Mining Sector report, launched "
        "at the OECD Forum in April 2019, found that at least 40 million people work in ASM and set out key "
        "data needs for the sector, with case studies of Ghana, Guyana, India, Mongolia, Morocco and Peru.",
        "areas": [6],
        "topics": ["formalisation"],
        "roles": {"implementing": ["world-bank", "pact"]},
        "notes": "Area: 6 — a research and data platform on the ASM data gap (World Bank 2017 and 2019 features, "
        "Pact release). Publications: the 2020 State of the Sector report is planned as "
        "world-bank-state-of-the-asm-sector-2020 in publications.py.\n"
        "Roles: both the World Bank and Pact present Delve as their joint creation; which organisation funds "
        "what was not confirmed. Status: the Delve FAQ page announces a 2023 report.",
        "sources": [
            src(
                "https://worldbank.org/en/news/feature/2017/01/30/using-data-to-tell-the-artisanal-and-small-scale-"
                "mining-story",
                "Using Data to Tell the Artisanal and Small-Scale Mining Story",
                "dates",
            ),
            src(
                "https://www.worldbank.org/en/news/feature/2019/06/19/shining-a-light-on-a-hidden-sector",
                "Shining a light on a hidden sector",
                "organisations",
            ),
            src(
                "https://www.pactworld.org/news/world-bank-and-pact-launch-first-%E2%80%98state-sector%E2%80%99-"
                "report-artisanal-and-small-scale-mining",
                "World Bank and Pact launch first 'state of the sector' report for artisanal and small-scale mining",
                "figures",
            ),
            src("https://delvedatabase.org/about/faqs", "Frequently Asked Questions – Delve"),
        ],
    },
    {
        "slug": "golden-line",
        "title": "Golden Line",
        "kind": "programme",
        "status": "closed",
        "start_date": date(2016, 1, 1),
        "end_date": date(2020, 12, 31),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Five-year programme (2016–2020) of Solidaridad, Simavi and Healthy Entrepreneurs, with "
        "Ghanaian and Tanzanian partners, for the social and economic empowerment of women working in and "
        "around artisanal and small-scale gold mines in Ghana and Tanzania.",
        "description": "The programme took a women-centred approach. Solidaridad worked on working conditions "
        "for women in selected informal mining communities, and with men and traditional leaders to have "
        "women's health rights recognised; Simavi worked on education and information about sexual health and "
        "rights, given sexual violence against women around the mines. Reported results include 1,797 women "
        "miners with better knowledge of responsible mining, women in leadership positions in 14 of 15 mines in "
        "Tanzania, 951 women with access to loans, and most women reporting greater financial security.",
        "countries": ["GH", "TZ"],
        "minerals": ["gold"],
        "areas": [5, 8],
        "topics": ["gender"],
        "roles": {"implementing": ["solidaridad", "simavi"]},
        "notes": "Areas: 5 — gender: economic and social empowerment of women, health rights and gender-based "
        "violence (Simavi, Solidaridad); 8 — training women miners in responsible mining (Solidaridad final "
        "results).\nSolidaridad's 2016 story calls the programme 'Going for Gold (GfG)', with the same partners "
        "and countries; the final report calls it the Golden Line. Healthy Entrepreneurs and the local partners "
        "(HFFG, PRS&D, WPC, UMATI) are named in the sources but not listed as organisations. Funder not found. "
        "Status 'closed' is inferred from the 2016–2020 dates.",
        "sources": [
            src("https://simavi.nl/en/programmes/golden-line", "Golden Line – Simavi", "dates"),
            src("https://solidaridadnetwork.org/?p=8674", "Golden Line programme results (Solidaridad)", "figures"),
            src(
                "https://www.solidaridadnetwork.org/story/going-for-good-gold/", "Going for good gold", "organisations"
            ),
        ],
    },
    {
        "slug": "responsible-minerals-initiative",
        "title": "Responsible Minerals Initiative",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2008, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://www.responsiblemineralsinitiative.org",
        "summary": "Industry initiative founded in 2008 by members of the Responsible Business Alliance and the "
        "Global e-Sustainability Initiative, formerly the Conflict-Free Sourcing Initiative, that gives companies "
        "tools for responsible mineral sourcing, chief among them independent assessments of smelters and "
        "refiners.",
        "description": "More than 500 companies and associations from over 30 industries take part. Its tools "
        "include the Responsible Minerals Assurance Process (third-party assessment of smelters and refiners), "
        "reporting templates such as the Conflict Minerals Reporting Template, guidance documents and an annual "
        "conference. Its scope has grown from tin, tantalum, tungsten and gold to other minerals such as "
        "cobalt: a members' workgroup on responsible cobalt sourcing, with attention to child labour in DRC "
        "artisanal mining, was set up in early 2017. It is managed by and housed within the Responsible Business "
        "Alliance.",
        "minerals": ["tin", "tantalum", "tungsten", "gold", "cobalt"],
        "areas": [4],
        "topics": ["due-diligence", "traceability"],
        "roles": {"accountable": ["responsible-business-alliance"]},
        "notes": "Area: 4 — industry standards, assessments and reporting tools (RMI 'About' and FAQ pages).\n"
        "A third-party site says the RMI was launched in 2009; the RMI's own pages say "
        "2008, which the record follows.",
        "sources": [
            src(
                "https://www.responsiblemineralsinitiative.org/about/faq/general-questions/what-is-the-conflict-free-"
                "sourcing-initiative-(cfsi)/",
                "What is the Responsible Minerals Initiative (RMI)?",
                "dates",
            ),
            src(
                "https://www.responsiblemineralsinitiative.org/about/governance/",
                "Staff and Governance",
                "organisations",
            ),
            src("https://www.responsiblemineralsinitiative.org/emerging-risks/cobalt/", "Cobalt Due Diligence"),
        ],
    },
    {
        "slug": "itsci-programme",
        "title": "ITSCI Programme for Responsible Mineral Supply Chains",
        "kind": "programme",
        "status": "implementation",
        "start_date": date(2009, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://www.itsci.org",
        "summary": "Traceability and due-diligence programme for tin, tantalum and tungsten from artisanal and "
        "semi-industrial mines in the African Great Lakes region, started by the tin industry association ITRI "
        "in 2009 to help upstream companies apply the OECD Due Diligence Guidance.",
        "description": "Bags of minerals are tagged at the first stage of the chain and recorded at each step up to "
        "export, so that buyers can see where each bag was mined, processed and traded. Field teams collect and "
        "report risk incidents, the programme trains stakeholders and mediates to resolve risks, and it works "
        "with the governments of Burundi, the DRC and Rwanda and with civil society. ITSCI reports monitoring "
        "around 3,000 artisanal and semi-industrial mines. Its first pilot traceability sites in eastern DRC, "
        "planned for 2010, were Bisie (North Kivu) and Nyabibwe (South Kivu).",
        "countries": ["BI", "CD", "RW", "UG"],
        "minerals": ["tin", "tantalum", "tungsten"],
        "areas": [4, 6],
        "topics": ["traceability", "due-diligence"],
        "roles": {"accountable": ["itri"]},
        "notes": "Areas: 4 — a traceability and due-diligence scheme; 6 — on-the-ground monitoring and incident "
        "reporting (ITSCI site).\nDates: ITRI's interview says the concept grew into iTSCi in 2009 and a pilot "
        "followed; the pilot was planned for March/April 2010 (ITSCI news). The name has changed: 'ITRI Tin "
        "Supply Chain Initiative' in early sources, 'International Tin Supply Chain Initiative' now.",
        "sources": [
            src(
                "https://www.itsci.org/page/7", "The ITSCI Programme for Responsible Mineral Supply Chains", "countries"
            ),
            src(
                "https://www.asianmetal.com/metal_cron/2015/index_lunshi_nimmo_en.shtml",
                "Kay Nimmo: An introduction to the iTSCi scheme (Asian Metal)",
                "dates",
            ),
            src(
                "https://www.itsci.org/2010/02/11/itri-progresses-drc-traceability-project/",
                "ITRI progresses DRC traceability project",
            ),
            src(
                "https://www.itri.co.uk/index.php?option=com_zoo&task=item&item_id=2192&Itemid=189",
                "iTSCi Project Overview",
                "organisations",
            ),
            src(
                "https://www.materialstoday.com/metal-procesing/news/congo-government-steps-up-bid-for-conflict-free/",
                "Congo government steps up bid for conflict-free minerals (Materials Today)",
            ),
            src(
                "https://www.chainpoint.com/use-cases/traceability-in-tin-supply-chain/",
                "Introducing traceability in the tin supply chain",
            ),
        ],
    },
    {
        "slug": "public-private-alliance-for-responsible-minerals-trade",
        "title": "Public-Private Alliance for Responsible Minerals Trade (PPA)",
        "kind": "platform",
        "status": "implementation",
        "start_date": date(2011, 11, 15),
        "date_precision": "day",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Multi-sector alliance of governments, companies and civil society, launched on 15 November 2011 "
        "with the U.S. Department of State and USAID, that supports projects in the DRC and the Great Lakes "
        "region to build conflict-free, responsible mineral supply chains and the due-diligence and governance "
        "systems they need.",
        "description": "The PPA supports pilot supply-chain systems that let businesses source verifiably "
        "conflict-free minerals (tin, tantalum, tungsten and gold), offers a platform for coordination among "
        "government, industry and civil society, and shares information for companies. Its first grants (2012) "
        "went to Partnership Africa Canada for a traceable artisanal gold chain in Orientale province "
        "(USD 348,796) and to the Congolese NGO CENADEP for civil society monitoring in South Kivu (USD 137,010). "
        "After ten years it had 46 members; members had contributed about USD 2.5 million, alongside USD 36 "
        "million of parallel USAID funding for activities in the region. It has also funded work on women's "
        "leadership and economic inclusion after sexual violence.",
        "countries": ["CD"],
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [2, 4, 7],
        "topics": ["due-diligence", "traceability"],
        "roles": {"funding": ["us-department-of-state", "usaid"]},
        "notes": "Areas: 2 — a coordination platform among government, industry and civil society; 4 — a "
        "multi-stakeholder initiative for traceable, validated supply chains; 7 — grants to projects "
        "(Enough Project, RESOLVE, PPA grant announcement).\nCountries: the PPA works in the DRC and the "
        "surrounding Great Lakes region; only the DRC is named for its grants in the sources read. The "
        "ten-year RESOLVE news item shows it active in 2021. Which organisation hosts the PPA secretariat was "
        "not confirmed.",
        "sources": [
            src(
                "https://enoughproject.org/blogs/launch-public-private-alliance-responsible-minerals-trade",
                "Launch of the Public-Private Alliance for Responsible Minerals Trade",
                "dates",
            ),
            src(
                "https://www.resolve.ngo/news/celebrating-ten-years-of-the-public-private-alliance-for-responsible-"
                "minerals-trade",
                "Celebrating Ten Years of the Public-Private Alliance for Responsible Minerals Trade",
                "figures",
            ),
            src(
                "https://www.resolv.org/site-ppa/2012/11/15/ppa-funding-and-first-year-anniversary-announcement/",
                "PPA Funding and First Year Anniversary Announcement",
                "budget",
            ),
            src(
                "https://goodelectronics.org/public-private-alliance-for-responsible-minerals-trade/",
                "Public-Private Alliance for Responsible Minerals Trade",
                "organisations",
            ),
        ],
    },
    {
        "slug": "responsible-cobalt-initiative",
        "title": "Responsible Cobalt Initiative (RCI)",
        "kind": "initiative",
        "start_date": date(2016, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Initiative formed in 2016 under the China Chamber of Commerce of Metals, Minerals and Chemicals "
        "Importers and Exporters (CCCMC) to address social and environmental risks in the cobalt supply chain, "
        "especially in the Democratic Republic of the Congo, through due diligence, cooperation with mining "
        "communities and public reporting.",
        "description": "Its three goals are a due-diligence management system for the cobalt supply chain in line "
        "with the OECD Due Diligence Guidance and the Chinese Due Diligence Guidelines for Responsible Mineral "
        "Supply Chains; cooperation with the DRC government, civil society and local communities on the risks of "
        "the supply chain; and regular public communication on progress. Members include downstream cobalt "
        "users; the RCI chairman has said its red line for artisanal mining is zero child labour. It announced "
        "its formal launch as a legal entity with more than twenty members at the end of 2017.",
        "countries": ["CD", "CN"],
        "minerals": ["cobalt"],
        "areas": [2, 4],
        "topics": ["due-diligence", "child-labour"],
        "roles": {"accountable": ["cccmc"]},
        "notes": "Areas: 4 — due-diligence management system aligned with OECD and Chinese guidelines; 2 — "
        "cooperation with government, civil society and communities and a common communication strategy "
        "(respect.international summary, PM Review).\nThe respect.international entry credits the 2016 "
        "document to 'CCCMC and the OECD'; PM Review and Reuters (via Resource Stock Digest) say it was "
        "established under the CCCMC. The OECD's role is not confirmed and is not listed. Current status not "
        "checked.",
        "sources": [
            src(
                "https://www.pm-review.com/chinese-industry-launches-responsible-cobalt-initiative-action-sustainable-"
                "cobalt-supply/",
                "Chinese industry launches Responsible Cobalt Initiative for action on sustainable cobalt supply",
                "dates",
            ),
            src(
                "https://respect.international/responsible-cobalt-initiative-rci/",
                "Responsible Cobalt Initiative (RCI)",
            ),
            src(
                "https://resourcestockdigest.com/market-commentary/daimler-joins-chinas-responsible-cobalt-initiative",
                "Daimler joins China's Responsible Cobalt Initiative",
                "organisations",
            ),
        ],
    },
    {
        "slug": "cobalt-for-development",
        "title": "Cobalt for Development",
        "kind": "project",
        "start_date": date(2019, 1, 1),
        "date_precision": "month",
        "focus": "both",
        "approach": "direct",
        "website": "https://cobalt4development.com",
        "summary": "Pilot project implemented by GIZ since January 2019 and funded by BMW Group, BASF, Samsung SDI, "
        "Samsung Electronics and, later, Volkswagen, to test how living and working conditions at artisanal "
        "cobalt mines near Kolwezi, DR Congo, and in surrounding communities can be improved.",
        "description": "The project works with local mining cooperatives, authorities and civil society on legal "
        "compliance, health and working conditions, environmental management and economic and social "
        "well-being. It started at a legal artisanal mine site near Kolwezi chosen with the Lualaba provincial "
        "authorities; on-site activities were launched in September 2019. From October 2020 it trained twelve "
        "artisanal mining cooperatives on site management, legal compliance, human rights, health and safety "
        "and environmental management, aiming to reach more than 1,500 miners by mid-2021. For 2021 it pledged "
        "to help at least three cooperatives apply 'zero child labour' procedures while improving access to "
        "education, incomes and financial literacy. The funding companies do not operate the mine.",
        "countries": ["CD"],
        "minerals": ["cobalt"],
        "areas": [3, 4, 8],
        "topics": ["occupational-safety-and-health", "child-labour", "formalisation"],
        "roles": {
            "funding": ["bmw-group", "basf", "samsung-sdi", "samsung-electronics", "volkswagen-group"],
            "implementing": ["giz"],
        },
        "notes": "Areas: 8 — training of cooperatives on health and safety, site management and environment; "
        "4 — legal compliance and 'zero child labour' procedures at cooperatives; 3 — access to education in "
        "project communities (Samsung release, BASF release, 2021 pledge).\n"
        "Dates: GIZ was commissioned from January 2019 (Samsung release); the companies asked GIZ to test the "
        "approach 'within three years' (BASF, September 2019); no end date confirmed. Volkswagen joined in 2020.",
        "sources": [
            src(
                "https://www.basf.com/global/en/media/news-releases/2019/09/p-19-337.html",
                "Project for responsible artisanal cobalt mining in Kolwezi, DR Congo: launching on-site activities",
                "organisations",
            ),
            src(
                "https://mediapigeon.io/newsroom/samsung-global/releases/en/cobalt-for-development-project-started-"
                "trainings-for-mining-cooperatives-in-kolwezi-democratic-republic-of-congo-930",
                "'Cobalt for Development' Project Started Trainings for Mining Cooperatives in Kolwezi",
                "dates",
            ),
            src("https://cobalt4development.com/about-us", "What is Cobalt for Development?"),
            src(
                "https://endchildlabour2021.org/pledges/support-artisanal-cobalt-mining-cooperatives-to-implement-"
                "zero-child-labour-procedures-and-address-its-root-causes-in-communities/",
                "Cobalt for Development "
                "pledges to support artisanal cobalt mining cooperatives to implement 'Zero Child Labour' "
                "procedures",
            ),
        ],
    },
    {
        "slug": "just-gold",
        "title": "Just Gold",
        "kind": "project",
        "start_date": date(2015, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Project of Partnership Africa Canada that tests traceability and due diligence for artisanal "
        "gold in Ituri, DR Congo, giving miners technical assistance and equipment in return for selling their "
        "gold through legal channels to responsible buyers.",
        "description": "The project applies the OECD Due Diligence Guidance and the regional certification "
        "standards of the International Conference on the Great Lakes Region, with the aim of formalising the "
        "artisanal gold sector. Miners learn better techniques and receive project equipment; a model trading "
        "house buys their gold at competitive prices and sells it to a partnered legal exporter, so that the "
        "model can pay for itself. The first chain of custody from mine site to export was announced in June "
        "2017, when a Canadian jeweller imported traceable artisanal gold from Ituri; the DRC Ministry of Mines "
        "recognised the system. The project also aims to improve awareness of women's rights and their access "
        "to resources.",
        "countries": ["CD"],
        "minerals": ["gold"],
        "areas": [4, 8],
        "topics": ["traceability", "formalisation", "due-diligence"],
        "roles": {"implementing": ["partnership-africa-canada"]},
        "notes": "Areas: 4 — traceability, due diligence and formalisation of artisanal gold; 8 — technical "
        "assistance and equipment for miners (PAC project page).\n"
        "Dates disagree: news reports say the project began as a pilot in Ituri in 2015; IMPACT (which presents "
        "the project, 'Or Juste', as its own) says it began developing the system in 2012 and that the project "
        "took the name Just Gold in 2017. The record uses 2015. IMPACT also reports the first traceable "
        "artisanal gold from Côte d'Ivoire in 2020; whether that belongs to Just Gold was not confirmed. "
        "Funders not found. Status not confirmed.",
        "sources": [
            src("https://pacweb.org/en/just-gold", "Just Gold – Partnership Africa Canada", "organisations"),
            src(
                "https://www.ecofinagency.com/mining/2906-37078-dr-congo-exports-first-conflict-free-artisanal-gold-"
                "to-canada",
                "DR Congo exports first conflict-free artisanal gold to Canada",
                "dates",
            ),
            src(
                "https://miningdigital.com/supply-chain-and-operations/responsible-and-conflict-free-artisanal-gold-"
                "supply-chain-eastern-congo",
                "Responsible and conflict-free artisanal gold supply chain in Eastern Congo",
            ),
            src("https://impacttransform.org/?p=3429", "Or Juste – IMPACT"),
        ],
    },
    {
        "slug": "artisanal-mining-and-property-rights",
        "title": "Artisanal Mining and Property Rights (AMPR)",
        "kind": "project",
        "start_date": date(2018, 1, 1),
        "end_date": date(2021, 12, 31),
        "date_precision": "year",
        "budget": Decimal("9900000"),
        "currency": "USD",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "USAID project (2018–2021, about USD 9.9 million), implemented by Tetra Tech, supporting legal, "
        "responsible artisanal diamond and gold supply chains and peace in mining areas, mainly in the Central "
        "African Republic, with short-term technical assistance on ASM to other USAID missions.",
        "description": "AMPR addresses land and resource governance and social cohesion in the artisanal mining "
        "sector with a multidisciplinary approach, with a focus on diamonds and, to a lesser extent, gold in the "
        "Central African Republic. It helps the government comply with the Kimberley Process (for example with a "
        "diagnosis of diamond smuggling, an action plan for supply-chain governance and local monitoring "
        "committees), supports property rights, especially for women, and works with local peace and "
        "reconciliation committees. It builds on the earlier Property Rights and Artisanal Diamond Development "
        "(PRADD I and II) projects.",
        "countries": ["CF"],
        "minerals": ["diamonds", "gold"],
        "areas": [4, 6, 8],
        "topics": ["formalisation", "traceability"],
        "roles": {"funding": ["usaid"], "implementing": ["tetra-tech"]},
        "notes": "Areas: 4 — Kimberley Process compliance and supply-chain governance; 8 — technical assistance "
        "to government and USAID missions; 6 — diagnostic and knowledge, attitude and practice studies "
        "(LandLinks project page and progress reports).\n"
        "Budget and dates: 'Approximate Funding: $9,900,000' and 'Project Duration: 2018 to 2021' (LandLinks); "
        "the annual report says the contract was signed on 28 September 2018 for three base years with two "
        "possible option years, so the end date may have moved. The LandLinks page still labels it 'Active "
        "Project'; status left empty.",
        "sources": [
            src(
                "https://www.land-links.org/project/artisanal-mining-and-property-rights-ampr-technical-assistance-to-"
                "missions/",
                "Artisanal Mining and Property Rights (AMPR) – LandLinks",
                "budget",
            ),
            src(
                "https://www.land-links.org/project/artisanal-mining-and-property-rights-ampr-technical-assistance-to-"
                "missions/",
                "Artisanal Mining and Property Rights (AMPR) – LandLinks",
                "dates",
            ),
            src(
                "https://www.land-links.org/document/artisanal-mining-and-property-rights-amprquarterly-and-annual-"
                "progress-report/",
                "Artisanal Mining and Property Rights (AMPR) Quarterly and Annual Progress Report "
                "October 1, 2018–September 30, 2019",
                "organisations",
            ),
            src(
                "https://www.land-links.org/document/artisanal-mining-and-property-rights-quarterly-progress-report-"
                "january-1-march-31-2020/",
                "Artisanal Mining and Property Rights Quarterly Progress Report January 1 – March 31, 2020",
            ),
            src(
                "https://land-links.org/document/artisanal-mining-and-property-rights-ampr-contract-mechanism-info-"
                "sheet",
                "Artisanal Mining and Property Rights (AMPR) Contract Mechanism Info Sheet",
            ),
        ],
    },
    {
        "slug": "promines",
        "title": "Growth with Governance in the Mineral Sector (PROMINES)",
        "kind": "project",
        "status": "closed",
        "start_date": date(2010, 7, 1),
        "end_date": date(2018, 12, 15),
        "date_precision": "day",
        "budget": Decimal("50000000"),
        "currency": "USD",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "World Bank technical assistance project in the Democratic Republic of the Congo (IDA grant of "
        "US$50 million equivalent, approved July 2010, closed December 2018), co-financed by the UK Department "
        "for International Development, to strengthen management of the mineral sector and increase the "
        "socio-economic benefits of artisanal and industrial mining.",
        "description": "The project's development objective was to strengthen key institutions managing the "
        "minerals sector, improve conditions for investment and revenue from mining, and help increase the "
        "socio-economic benefits of artisanal and industrial mining in project areas. Its components followed "
        "the EITI++ value chain: access to resources (including geological knowledge), sector management "
        "capacity, transparency and accountability, sustainable development, and project coordination. The "
        "implementing agency was the Ministry of Mines.",
        "countries": ["CD"],
        "areas": [4, 8],
        "topics": ["formalisation"],
        "roles": {"funding": ["world-bank", "dfid"]},
        "notes": "Areas: 4 — governance and management of the mineral sector, including artisanal mining; 8 — "
        "capacity building of sector institutions (World Bank ICR and IEG review).\n"
        "Budget disagreement: the World Bank grant was SDR 33.1 million (US$50 million equivalent), with total "
        "project cost of about US$50.8 million in the IEG review; the Royal Museum for Central Africa describes "
        "a ten-year project (two five-year phases) with a total budget of US$170 million. The record gives the "
        "IDA grant. The original closing date was 15 December 2015; the actual one 15 December 2018. "
        "World Bank project ID: P106982 (no IATI identifier set). "
        "Minerals: the sector as a whole; not set.",
        "sources": [
            src(
                "https://documents.worldbank.org/curated/en/872481557158663580/text/Democratic-Republic-of-Congo-"
                "Growth-with-Governance-in-the-Mineral-Sector-Project.txt",
                "Implementation Completion and Results Report: Growth with Governance in the Mineral Sector (P106982)",
                "budget",
            ),
            src(
                "https://documents.worldbank.org/curated/pt/644241568989029363/text/Congo-Democratic-Republic-of-DRC-"
                "Growth-w-Gov-in-Mineral-Sector.txt",
                "IEG ICR Review: DRC-Growth w/ Gov in Mineral Sector (P106982)",
                "dates",
            ),
            src(
                "https://www.africamuseum.be/research/earth-sciences/promines",
                "PROMINES – Royal Museum for Central Africa",
                "organisations",
            ),
        ],
    },
    {
        "slug": "fairtrade-gold",
        "title": "Fairtrade Gold",
        "kind": "initiative",
        "status": "implementation",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Certification of gold and associated precious metals from artisanal and small-scale mining "
        "organisations under the Fairtrade Standard for Gold and Associated Precious Metals of Fairtrade "
        "International; certified miners receive the Fairtrade Minimum Price and a Fairtrade Premium.",
        "description": "The standard aims to improve miners' working conditions and strengthen their "
        "organisations, promoting formalisation through membership-based artisanal and small-scale mining "
        "organisations, and bars conflict minerals from the supply chain. Fairtrade International (then FLO) and "
        "the Alliance for Responsible Mining first developed third-party certification for artisanal gold "
        "together, communicated with a co-label of the FAIRTRADE and FAIRMINED marks; the premium was to be "
        "invested by miners' organisations in better technology and working conditions and in community "
        "projects such as education and health.",
        "minerals": ["gold", "silver"],
        "areas": [4],
        "topics": ["formalisation", "traceability"],
        "roles": {"accountable": ["fairtrade-international"]},
        "notes": "Area: 4 — a certification standard promoting formalisation (Impakter index entry, Fairtrade "
        "standard).\nDates: Fairtrade and ARM announced their joint gold standards around 2010–2011 (ARM press "
        "release; a Fairtrade Foundation and ARM report, read only on a mirror, is dated January 2011); no "
        "official page read gives a launch date, so none is set. Whether the co-label still exists was not "
        "checked. Silver: the standard covers associated precious metals. "
        "Countries of certified mines not confirmed.",
        "sources": [
            src(
                "https://index.impakter.com/fairtrade-international-gold-standard/",
                "Fairtrade International Gold Standard",
                "organisations",
            ),
            src(
                "https://www.responsiblemines.org/en/2013/06/fairtrade-and-arm-create-historic-partnership/",
                "Fairtrade and ARM create historic partnership for gold from artisanal and small scale miners",
            ),
        ],
    },
    {
        "slug": "child-friendly-villages",
        "title": "Bal Mitra Gram (Child-Friendly Villages) in mica-mining areas",
        "kind": "programme",
        "status": "implementation",
        "start_date": date(2005, 1, 1),
        "date_precision": "year",
        "focus": "child-labour",
        "approach": "direct",
        "website": "https://www.childlabourfreemica.org",
        "summary": "The Kailash Satyarthi Children's Foundation runs its Child-Friendly Village (Bal Mitra Gram) "
        "model in mica-dependent villages of Koderma and Giridih districts, Jharkhand, where it has worked since "
        "2005, to remove child labour from mica collection and get children into school.",
        "description": "A Child-Friendly Village has no child in labour, trafficked or married; every child "
        "receives a good-quality education; children elect a children's council (Bal Panchayat), which the "
        "village council recognises; and women's and youth groups take part in child protection and village "
        "development. In the mica districts the foundation runs the programme directly and gives technical "
        "support to the district administrations of Koderma and Giridih, including training for officials, "
        "village child protection committees and local councils. The wider model, begun in Rajasthan in 2001, "
        "has been extended to hundreds of villages in six Indian states and replicated in Nepal, Uganda and Ghana.",
        "countries": ["IN"],
        "minerals": ["mica"],
        "areas": [1, 3, 5],
        "topics": ["child-labour", "education"],
        "roles": {"implementing": ["kailash-satyarthi-childrens-foundation"]},
        "notes": "Areas: 1 — area-based work: whole villages are made free of child labour (the first pillar of a "
        "Bal Mitra Gram); 3 — all children in school, with enrolment support; 5 — community- and child-led "
        "structures (children's councils, women's and youth groups) (childlabourfreemica.org, satyarthi.org.in).\n"
        "Figures on the model differ between versions of the KSCF page (540, 640 and 849 villages); none are "
        "given here. Aveda's research on mica, mentioned in the site's timeline (2005), was not checked.",
        "sources": [
            src(
                "https://www.childlabourfreemica.org/interventions",
                "Our Interventions – Child Labour Free Mica",
                "countries",
            ),
            src("https://childlabourfreemica.org/index.html", "Child Labour Free Mica", "dates"),
            src(
                "https://satyarthi.org.in/bal-mitra-gram/",
                "Bal Mitra Gram – Kailash Satyarthi Children's Foundation",
                "organisations",
            ),
        ],
    },
    {
        "slug": "certified-trading-chains",
        "title": "Certified Trading Chains (CTC) in Mineral Production",
        "kind": "project",
        "start_date": date(2008, 9, 1),
        "date_precision": "month",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Certification scheme for responsible production and trade of minerals, mainly tin, tantalum, "
        "tungsten and gold, developed by Germany's Federal Institute for Geosciences and Natural Resources (BGR) "
        "and piloted in Rwanda from September 2008 and, in adapted form, in the DRC.",
        "description": "CTC was designed for artisanal and small-scale mining contexts and emphasises "
        "improvement over time. A baseline audit, with recommendations, is followed by a compliance audit "
        "against standards that cover the origin of minerals, traceability and transparency, and also working "
        "conditions, health and safety, the environment and community relations; national authorities issue "
        "certificates. In the Rwandan pilot five mineral producers were audited in late 2010, and the Rwanda "
        "Bureau of Standards integrated the CTC standards into a national mining code of practice in 2011. BGR "
        "also developed an analytical fingerprint method to identify the origin of coltan concentrates.",
        "countries": ["RW", "CD"],
        "minerals": ["tin", "tantalum", "tungsten", "gold"],
        "areas": [4, 8],
        "topics": ["traceability", "occupational-safety-and-health"],
        "roles": {"implementing": ["bgr"]},
        "notes": "Areas: 4 — a certification standard with traceability; 8 — audit recommendations and advice to "
        "producers to improve their practices (BGR FAQ; CTC standards page).\n"
        "Dates: concept developed and consulted in 2007–2008; the Rwanda pilot started in September 2008 with "
        "work on the ground from early 2009 and ran to 2011; the DRC work (2009–2016) used central CTC elements "
        "within a broader transparency project. No end date is set for the scheme as a whole. The CTC standards "
        "page is cited from a BGR-linked site (recyclingrohstoffe-dialog.de) because the bgr.bund.de copy was "
        "not stored.",
        "sources": [
            src("https://www.bgr.bund.de/EN/Themen/Min_rohstoffe/CTC/FAQ/FAQ_node_en.html", "FAQ – BGR", "dates"),
            src(
                "https://recyclingrohstoffe-dialog.de/EN/Themen/Min_rohstoffe/CTC/Concept_MC/CTC-Standards-"
                "Principles/ctc_standards-principles_node_en.html",
                "CTC Standards and Principles",
                "countries",
            ),
            src(
                "https://newtimes.co.rw/article/52383/News/rwanda-optimistic-on-mineral-certification",
                "Rwanda optimistic on mineral certification",
            ),
        ],
    },
    {
        "slug": "moyo-gems",
        "title": "Moyo Gems",
        "kind": "initiative",
        "status": "implementation",
        "start_date": date(2019, 1, 1),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://moyogems.com",
        "summary": "Responsible gemstone sourcing programme launched by Pact in 2019 with gemstone trading "
        "partners, designed with and for women miners in Tanzania's Umba Valley and later Kenya, bringing "
        "traceable gems to market.",
        "description": "Women miners, with the Tanzania Women Miners Association, helped design how the programme "
        "works and how they are paid. Participants receive free training in gemology, health and safety and "
        "negotiation, help to secure mining rights and direct access to international buyers through the Moyo "
        "Gems brand; there is no fee to take part. The target is that 60% of members be women, and operations "
        "are meant to pass to Pact's national women mining association partners. Partners named in the sources are "
        "ANZA Gems, Nineteen48, Maison Piat and, for traceability, Everledger.",
        "countries": ["TZ", "KE"],
        "minerals": ["coloured-gemstones"],
        "areas": [4, 5, 8],
        "topics": ["gender", "traceability", "formalisation"],
        "roles": {"implementing": ["pact"]},
        "notes": "Areas: 5 — designed around women miners' needs; 4 — traceability and help to secure mining "
        "rights; 8 — training in gemology, health and safety and negotiation (MJSA, Moyo Gems FAQ).\n"
        "Dates: MJSA says 'launched in 2019'; National Jeweler (April 2019) calls it a recently launched pilot. "
        "Kenya (Taita Taveta and Kwale counties) appears in the current FAQ. The gemstone partners are named but "
        "not listed as organisations.",
        "sources": [
            src(
                "https://www.mjsa.org/publications/online-library/updates-in-responsible-sourcing-april-2024/updates-"
                "in-responsible-sourcing-empowering-women-communities",
                "Updates in Responsible Sourcing – Empowering Women & Communities",
                "dates",
            ),
            src("https://moyogems.com/faqs", "FAQs – Moyo Gems", "countries"),
            src(
                "https://nationaljeweler.com/articles/961-sustainability-stories-mine-to-market-with-moyo-gemstones",
                "Sustainability Stories: Mine to Market with Moyo Gemstones",
                "organisations",
            ),
        ],
    },
    {
        "slug": "minamata-asgm-national-action-plans",
        "title": "National Action Plans for artisanal and small-scale gold mining under the Minamata Convention",
        "kind": "programme",
        "focus": "working-conditions",
        "approach": "indirect",
        "summary": "Each party to the Minamata Convention on Mercury that finds artisanal and small-scale gold "
        "mining in its territory more than insignificant must develop a National Action Plan to reduce and, "
        "where feasible, eliminate mercury use in the sector; with GEF funding, UNEP supports countries in "
        "preparing them.",
        "description": "Article 7 and Annex C of the Convention set out what a plan must contain, including action "
        "to eliminate four 'worst practices'. UNEP provides guidance (a 2017 guidance document expanding its "
        "2011 guidance on national strategic plans, first piloted in the Philippines and Cambodia), a template, "
        "a baseline toolkit and advice on mercury-free technology and formalisation strategies; the original "
        "guidance was meant to help governments improve practices and working conditions in mining "
        "communities. At the third Conference of the Parties, 35 countries had begun developing a plan.",
        "minerals": ["gold"],
        "areas": [4, 6, 8],
        "topics": ["mercury", "formalisation"],
        "roles": {"funding": ["gef"], "implementing": ["unep"]},
        "notes": "Areas: 4 — legally required national action plans and formalisation strategies; 6 — baseline "
        "assessments of the sector (national overview toolkit); 8 — technical guidance on mercury-free "
        "practices (UNEP Global Mercury Partnership pages).\nThe record describes the support programme rather "
        "than any one country's plan; countries are left empty (a count of 35 is given at COP3). Dates not set.",
        "sources": [
            src(
                "https://web.unep.org/globalmercurypartnership/our-work/reducing-mercury-artisanal-and-small-scale-"
                "gold-mining-asgm/national-action-plans",
                "National Action Plans – Global Mercury Partnership",
                "organisations",
            ),
            src("https://web.unep.org/globalmercurypartnership/nap-guidance-document", "NAP Guidance document"),
            src(
                "https://web.unep.org/globalmercurypartnership/minamata-cop3-side-event-defining-road-ahead-lessons-"
                "learned-national-action-plans-asgm",
                "Minamata COP3 side event: Defining the road ahead – lessons learned on National Action Plans for ASGM",
                "figures",
            ),
            src(
                "https://minamataconvention.org/en/resources/nap-guidance-document",
                "NAP Guidance document – Minamata Convention",
            ),
        ],
    },
    {
        "slug": "uganda-gold-partnership",
        "title": "Uganda Gold Partnership",
        "kind": "project",
        "status": "closed",
        "start_date": date(2017, 7, 1),
        "end_date": date(2021, 3, 1),
        "date_precision": "month",
        "focus": "both",
        "approach": "direct",
        "summary": "Partnership led by Fairphone with Stop Child Labour (Hivos), UNICEF, the Fairtrade Foundation, "
        "Royal Philips and Solidaridad, supported by the Netherlands Enterprise Agency, that worked from July "
        "2017 to March 2021 with artisanal gold-mining communities in Busia, Uganda, to prevent and reduce child "
        "labour and build a traceable gold supply chain.",
        "description": "The project worked at four levels: national and district, community and school, mine, "
        "and supply chain. Its three goals were preventing and combating child labour, improving health and "
        "safety at mine sites, and increasing miners' access to investment and formal markets. Solidaridad "
        "worked on more responsible, efficient and profitable mining; Stop Child Labour on awareness and on "
        "education within child-labour-free zones around the mines; Fairtrade on certification of the gold; "
        "UNICEF on lobbying for better child labour legislation; and Philips and Fairphone on using the gold. A "
        "district child labour working group brought together the services responsible for child protection. "
        "It was the first initiative under the Dutch Responsible Gold Agreement.",
        "lessons_learned": "The third-party final evaluation found mixed results at all levels: awareness rose and "
        "attitudes shifted, and government officials at district and national level became more involved, but a "
        "long-term roadmap is needed to reach the objectives.",
        "countries": ["UG"],
        "minerals": ["gold"],
        "areas": [1, 3, 4, 8],
        "topics": ["child-labour", "education", "occupational-safety-and-health", "traceability"],
        "roles": {
            "funding": ["netherlands-enterprise-agency"],
            "accountable": ["fairphone"],
            "implementing": ["stop-child-labour", "unicef", "fairtrade-foundation", "solidaridad", "royal-philips"],
        },
        "notes": "Areas: 1 — Stop Child Labour worked on education and awareness 'within child-labour-free zones "
        "around the gold mines' (Solidaridad NL, in Dutch: 'kinderarbeidvrije zones'); 3 — awareness raising and "
        "school attendance; 4 — a traceable, certified supply chain; 8 — health and safety at mine sites and "
        "capacity building (Fairphone, Stop Child Labour, Solidaridad).\n"
        "Title: Fairphone calls it the 'Uganda Gold Partnership' / 'Uganda gold initiative'; its project page is "
        "headed 'Going for gold in a new partnership'. Solidaridad's 2017 news said the programme would last two "
        "years; it ran until March 2021 (Stop Child Labour, Fairphone). Status 'closed' is inferred from that "
        "end date. Philips is listed as implementing because it was to use the certified gold.",
        "sources": [
            src(
                "https://stopchildlabour.org/joint-forces-to-tackle-child-labour-in-busia-uganda",
                "Stop Child Labour Joined Forces to Tackle Child Labour in Busia, Uganda",
                "dates",
            ),
            src(
                "https://www.fairphone.com/en/project/partnership-for-responsibly-sourced-gold/",
                "Going for gold in a new partnership – Fairphone",
                "organisations",
            ),
            src(
                "https://fairphone.com/en/2019/10/31/the-industry-is-listening-uganda-gold-partnership-wins-responsible-"
                "business-award",
                "The industry is listening: Uganda Gold Partnership wins Responsible Business Award",
            ),
            src(
                "https://solidaridadnetwork.org/news/international-brands-form-partnership-to-combat-child-labour-in-"
                "ugandan-mines",
                "International brands form partnership to combat child labour in Ugandan mines",
            ),
            src(
                "https://www.solidaridad.nl/nieuws/hoe-wij-kinderarbeid-in-oegandese-goudmijnen-tegengaan/",
                "Hoe wij kinderarbeid in Oegandese goudmijnen tegengaan",
            ),
            src(
                "https://forum.fairphone.com/t/tackling-child-labor-a-joint-force/73003",
                "Tackling child labor: A joint force",
            ),
            src(
                "https://wncb.org/uganda-addressing-child-labour-in-small-mining-communities%e2%80%8b/",
                "Uganda: addressing child labour in small mining communities",
            ),
        ],
    },
    {
        "slug": "somos-tesoro",
        "title": "Somos Tesoro (We Are a Treasure): Project to Reduce Child Labor in Colombia",
        "kind": "project",
        "status": "closed",
        "start_date": date(2013, 9, 1),
        "end_date": date(2020, 9, 1),
        "date_precision": "month",
        "budget": Decimal("11250000"),
        "currency": "USD",
        "focus": "both",
        "approach": "direct",
        "summary": "Project funded by the U.S. Department of Labor and carried out by Pact with the Alliance for "
        "Responsible Mining, Fondo Acción and Fundación Mi Sangre (September 2013 – September 2020) to reduce "
        "child labour in coal and gold mining communities of Boyacá and Antioquia, Colombia, while improving "
        "safety for adult miners.",
        "description": "The project combined five lines of work: artisanal and small-scale mines that comply with "
        "occupational health and safety standards and move towards formalisation; less socioeconomic "
        "vulnerability for target households; child protection and child labour prevention mechanisms in "
        "departments and municipalities; institutional mechanisms against child labour in mining; and better "
        "access to quality education for children and adolescents at risk. ARM focused on mining safety, labour "
        "issues and formalisation, trained more than 3,200 miners and ran self-care campaigns with mining "
        "families in eight municipalities. A second stage (2019–2020) consolidated the model, disseminated it to "
        "two new municipalities and piloted due diligence based on the CRAFT Code.",
        "countries": ["CO"],
        "minerals": ["gold", "other-minerals"],
        "areas": [3, 4, 8, 9],
        "topics": ["child-labour", "education", "occupational-safety-and-health", "formalisation"],
        "roles": {"funding": ["usdol"], "implementing": ["pact", "alliance-for-responsible-mining"]},
        "notes": "Areas: 3 — children's access to quality education; 9 — reduced socioeconomic vulnerability of "
        "households and health and safety standards protecting adult miners; 4 — formalisation and child "
        "protection mechanisms; 8 — technical assistance and training for miners and officials (USDOL project "
        "page, ARM pages).\n"
        "Budget: USDOL lists USD 9,000,000 (FY2013), 550,000 (FY2017), 579,000 (FY2018) and 1,121,000 (FY2019); "
        "the record gives the sum, USD 11,250,000. Pact's 2014 launch note speaks of a USD 9 million, four-year "
        "project. ARM dates its part 2013–2018 (stage 1) and 2019–2020 (stage 2). Minerals: coal is 'other "
        "minerals'. Status 'closed' is inferred from the USDOL end date.",
        "sources": [
            src(
                "https://www.dol.gov/agencies/ilab/reducing-child-labor-colombia",
                "Somos Tesoro (We Are a Treasure): Project to Reduce Child Labor in Colombia",
                "dates",
            ),
            src(
                "https://www.dol.gov/agencies/ilab/reducing-child-labor-colombia",
                "Somos Tesoro (We Are a Treasure): Project to Reduce Child Labor in Colombia",
                "budget",
            ),
            src(
                "https://www.pactworld.org/blog/somos-tesoro-initiative-launched-colombia",
                "'Somos Tesoro' initiative launched in Colombia",
            ),
            src("https://www.responsiblemines.org/en/project/somos-tesoro/", "Somos Tesoro – ARM", "organisations"),
            src("https://www.responsiblemines.org/en/project/somos-tesoro-stage-2/", "Somos Tesoro – Stage 2"),
        ],
    },
    {
        "slug": "madagascar-shines",
        "title": "Madagascar Shines: Reducing Child Labor in Mica-Producing Communities of Madagascar",
        "kind": "project",
        "status": "closed",
        "start_date": date(2022, 2, 1),
        "end_date": date(2025, 6, 1),
        "date_precision": "month",
        "budget": Decimal("4500000"),
        "currency": "USD",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "Project funded by the U.S. Department of Labor (USD 4.5 million) and carried out by Pact with "
        "local partners from February 2022 to June 2025 to reduce child labour in mica-producing communities of "
        "the Anôsy region, southern Madagascar.",
        "description": "The project set out to make families more resilient, giving about 1,800 children "
        "educational services and 2,200 adults livelihood services and training in occupational health and "
        "safety; to strengthen the government's coordination of child protection in the mica supply chain, "
        "including a code of conduct for mica mining; and to help the private sector and civil society address "
        "child labour over time, with public awareness raising and support for formalising the sector. Pact's "
        "local partners were Andry Lalana Tohana Madagascar and the Madagascar Exporters of Industrial Materials "
        "Association.",
        "countries": ["MG"],
        "minerals": ["mica"],
        "areas": [3, 4, 8, 9],
        "topics": ["child-labour", "education", "occupational-safety-and-health", "formalisation"],
        "roles": {"funding": ["usdol"], "implementing": ["pact"]},
        "notes": "Areas: 3 — educational services for children and public awareness; 9 — livelihood services "
        "for adults; 4 — a code of conduct and formalisation of the mica sector; 8 — capacity building of "
        "government officials (Pact news, USDOL page, U.S. Embassy release via APO).\n"
        "Dates from USDOL; Pact called it a three-year project. Status 'closed' is inferred from the end date.",
        "sources": [
            src(
                "https://www.dol.gov/agencies/ilab/madagascar-shines-reducing-child-labor-mica-producing-communities-"
                "madagascar",
                "Madagascar Shines: Reducing Child Labor in Mica-Producing Communities of Madagascar",
                "dates",
            ),
            src(
                "https://www.pactworld.org/news/pact-receives-grant-combat-child-labor-mica-mining-madagascar",
                "Pact receives grant to combat child labor in mica mining in Madagascar",
                "budget",
            ),
            src(
                "https://www.pactworld.org/news/pact-receives-grant-combat-child-labor-mica-mining-madagascar",
                "Pact receives grant to combat child labor in mica mining in Madagascar",
                "organisations",
            ),
            src(
                "https://africanews.it/english/united-states-u-s-government-and-international-non-governmental-"
                "organization-ngo-partner-to-combat-child-labor-in-mica-mining-sector-in-anosy-region",
                "U.S. Government and international NGO partner to combat child labor in mica mining sector in Anosy "
                "region",
                "figures",
            ),
        ],
    },
    {
        "slug": "mica-madagascar-undp",
        "title": "Eliminating Child Labor in Mica-Producing Communities and Promoting Responsible Mica Sourcing in "
        "Madagascar and Globally (MICA)",
        "kind": "project",
        "start_date": date(2020, 12, 1),
        "date_precision": "month",
        "budget": Decimal("4500000"),
        "currency": "USD",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "Project funded by the U.S. Department of Labor (USD 4.5 million) and led by UNDP with UNICEF, "
        "Terre des Hommes Netherlands and the Responsible Mica Initiative, to eliminate child labour in "
        "mica-producing communities of southern Madagascar and promote environmentally and socially responsible "
        "mica mining.",
        "description": "The project aims to eliminate child labour in mica-producing communities and promote "
        "environmentally and socially responsible mica mining by strengthening the resilience of vulnerable "
        "households (alternative livelihoods, early childhood care and primary education, nutrition and health "
        "interventions, stronger social services), building government capacity and increasing the engagement "
        "of other stakeholders. The USDOL award announcement foresaw educational services for 3,380 children "
        "and livelihood services for 1,575 families.",
        "countries": ["MG"],
        "minerals": ["mica"],
        "areas": [3, 4, 9],
        "topics": ["child-labour", "education", "social-protection"],
        "roles": {
            "funding": ["usdol"],
            "implementing": ["undp", "unicef", "terre-des-hommes-netherlands", "responsible-mica-initiative"],
        },
        "notes": "Areas: 9 — nutrition and health interventions and stronger social services for vulnerable "
        "households; 3 — early childhood care and primary education; 4 — government capacity and "
        "responsible mica sourcing (USDOL page).\n"
        "Duration disagrees: USDOL shows 'December 2020 – September 2021', while UNDP's February 2021 "
        "release (read only on a mirror, docslib, not cited) speaks of a 54-month implementation period; no end "
        "date or status is set. The grantees are confirmed by the OECD Forum 2021 session page. The figures "
        "come from a repost of the USDOL announcement (kpskconsulting.com); the USDOL release itself was not "
        "found in the stored pages.",
        "sources": [
            src(
                "https://www.dol.gov/agencies/ilab/eliminating-child-labor-mica-producing-communities-and-promoting-"
                "responsible-mica",
                "Eliminating Child Labor in Mica-Producing Communities and Promoting Responsible "
                "Mica Sourcing in Madagascar and Globally (MICA)",
                "dates",
            ),
            src(
                "https://www.dol.gov/agencies/ilab/eliminating-child-labor-mica-producing-communities-and-promoting-"
                "responsible-mica",
                "Eliminating Child Labor in Mica-Producing Communities and Promoting Responsible "
                "Mica Sourcing in Madagascar and Globally (MICA)",
                "budget",
            ),
            src(
                "https://www.oecd-events.org/2021-responsible-mineral-supply-chains/session/12177fed-caa1-eb11-b566-"
                "501ac5dd82e5/register-support-to-asm-mica-communities-in-madagascar",
                "Support to ASM mica communities in Madagascar (2021 OECD Forum session)",
                "organisations",
            ),
            src(
                "https://kpskconsulting.com/us-department-of-labor-awards-4-5m-in-grants-to-reduce-child-labor-in-"
                "madagascars-mica-producing-communities/",
                "US Department of Labor awards $4.5M in grants to reduce "
                "child labor in Madagascar's mica-producing communities",
                "figures",
            ),
        ],
    },
    {
        "slug": "children-out-of-mining",
        "title": "Watoto Inje ya Mungoti (Children Out of Mining)",
        "kind": "project",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "Pact project in the former Katanga region of the DR Congo that addresses the root causes of "
        "child labour at artisanal tin, tantalum and tungsten mines around Manono, later extended to cobalt "
        "mining areas such as Kolwezi, through community awareness raising and the economic stability of "
        "caregivers.",
        "description": "The project raises awareness of children's rights and the risks of child labour among "
        "parents, government, educators, clergy and industry, and helps caregivers earn a more stable income. "
        "Its methods include coordination, neighbourhood and alert committees, work with local schools, "
        "training in awareness raising and positive parenting skills, children's interactive forums, "
        "traditional song and dance, radio, signage and soccer. In its first two years it reached 1,881 children "
        "with child protection messages; Pact reports a fall of 89% (final report) or 97% (2017 news) in the "
        "number of children working at project mine sites. An expansion supported by Google and the Trafigura "
        "Foundation took the approach to Malemba-Nkulu and Kolwezi, adding vocational opportunities for "
        "adolescents.",
        "countries": ["CD"],
        "minerals": ["tin", "tantalum", "tungsten", "cobalt"],
        "areas": [3, 5, 9],
        "topics": ["child-labour", "education"],
        "roles": {"implementing": ["pact"]},
        "notes": "Areas: 3 — awareness raising with communities, schools and children; 5 — community- and "
        "family-based work: neighbourhood committees and positive parenting training; 9 — economic stability of "
        "caregivers and vocational options for adolescents (Pact final report summary, Trafigura Foundation "
        "page).\nSources disagree on the start: Pact's 2016 release says implementation began in 2014; Pact's "
        "2017 news says 'since 2015'. They also give different reductions (89% and 97%). No dates are set. "
        "Supporters named by Pact include ITRI, GE, Boeing, Microsoft, Qualcomm and Google; their roles were "
        "not confirmed. Publications: Pact's 2016 final report could be added to publications.py.",
        "sources": [
            src(
                "https://www.csrwire.com/press_releases/38956-pact-report-highlights-progress-against-child-labor-in-"
                "mining-in-congo",
                "Pact Report Highlights Progress Against Child Labor in Mining in Congo",
                "figures",
            ),
            src(
                "https://www.pactworld.org/news/pact-expands-fight-against-worst-form-child-labor-africa",
                "Pact expands fight against worst form of child labor in Africa",
                "dates",
            ),
            src("https://www.trafigurafoundation.com/programmes/pact-drc/", "Pact, DRC – Trafigura Foundation"),
            src("https://www.pactworld.org/our-expertise/mining/child-labor", "Child Labor – Pact"),
        ],
    },
    {
        "slug": "pabea-cobalt",
        "title": "Support Project for Alternative Welfare of Children and Young People Involved in the Cobalt Supply "
        "Chain (PABEA-COBALT)",
        "kind": "project",
        "status": "implementation",
        "start_date": date(2019, 4, 17),
        "date_precision": "day",
        "focus": "child-labour",
        "approach": "direct",
        "summary": "African Development Bank project in Lualaba and Haut-Katanga, DR Congo, approved in April "
        "2019, to take about 14,850 children out of cobalt mines and reintegrate them socially, while retraining "
        "6,250 young parents in agriculture, and to support a responsible cobalt supply chain.",
        "description": "The project supports the national strategy for children's exit from the copper and cobalt "
        "production chain, whose first thrust is to reduce households' economic vulnerability through "
        "agricultural cooperatives and entrepreneurship. It has three components: alternative economic "
        "opportunities and better living conditions in the project area (including two vocational training "
        "centres and 40 social facilities for education, health and water and sanitation); institutional "
        "support for a responsible cobalt ore supply chain, extending the elimination of child labour to other "
        "mines; and project management. An AfDB results report of January 2024 counted 9,016 children taken out "
        "of the mines and 3,235 young people retrained in agriculture.",
        "countries": ["CD"],
        "minerals": ["cobalt", "copper"],
        "areas": [3, 4, 9],
        "topics": ["child-labour", "education"],
        "roles": {"funding": ["african-development-bank"]},
        "notes": "Areas: 9 — decent work for young parents (agricultural cooperatives, 11,250 direct jobs) and "
        "health and water facilities; 3 — children's return to school and vocational training centres; 4 — "
        "institutional support for a responsible cobalt supply chain (AfDB project portal and appraisal report "
        "summary).\n"
        "Budget: the AfDB portal gives a commitment of UA 60,000,000 (AfDB units of account, not an ISO "
        "currency); press reports speak of US$78 million from the African Development Fund and the Transition "
        "Support Facility. No budget is set. Dates: approved 17 April 2019; planned completion 31 December 2023 "
        "on the portal, but 2024 reports say implementation ends in December 2024; no end date is set. The "
        "results figures come from a news report of the AfDB results report (The Enterprise), not from the "
        "report itself.",
        "sources": [
            src(
                "https://projectsportal.afdb.org/dataportal/VProject/show/P-CD-I00-010",
                "Democratic Republic of "
                "Congo - Support Project for Alternative Welfare of Children and Young People Involved in the Cobalt "
                "Supply Chain (PABEA-COBALT)",
                "dates",
            ),
            src(
                "https://www.afdb.org/en/documents/document/democratic-republic-of-congo-support-project-for-"
                "alternative-welfare-of-children-and-young-people-involved-in-the-cobalt-supply-chain-pabea-cobalt-"
                "appraisal-report-108712",
                "PABEA-COBALT - Appraisal Report",
                "figures",
            ),
            src(
                "https://theenterprise.news/bfsi/banking/african-development-bank-initiative-in-democratic-republic-of-"
                "congo-sends-thousands-of-children-from-cobalt-mines-back-to-school/",
                "African Development Bank "
                "initiative in Democratic Republic of Congo sends thousands of children from cobalt mines back to "
                "school",
            ),
        ],
    },
    {
        "slug": "sustainable-artisanal-mining-mongolia",
        "title": "Sustainable Artisanal Mining Project (SAM)",
        "kind": "project",
        "status": "closed",
        "start_date": date(2005, 1, 1),
        "end_date": date(2019, 12, 31),
        "date_precision": "year",
        "focus": "working-conditions",
        "approach": "indirect",
        "website": "https://asmhub.mn",
        "summary": "Project launched in 2005 by the Government of Mongolia with the Swiss Agency for Development "
        "and Cooperation to organise, formalise and legalise artisanal and small-scale mining in Mongolia, "
        "develop miners' capacities and apply a human rights-based approach; its fourth phase ran from 2015 to "
        "2019.",
        "description": "The project advocated for the first legal framework for artisanal mining, enacted in July "
        "2010, and for responsible, environmentally sound practices. Its fourth phase (1 January 2015 – 31 "
        "December 2019, CHF 6,342,889 from SDC) aimed at a human rights-based approach to community mining, "
        "economic strengthening of actors along the formal gold supply chain, and a Mongolian knowledge hub to "
        "share ASM practice; more than 60,000 miners and dependants were to benefit. Miner organisations "
        "supported by the project ran trainings on health and safety, land reclamation, health and social "
        "insurance and ASM law. The project helped the first Asian mining organisation obtain Fairmined "
        "certification.",
        "countries": ["MN"],
        "minerals": ["gold", "other-minerals"],
        "areas": [2, 4, 5, 8, 9],
        "topics": ["formalisation", "occupational-safety-and-health", "social-protection"],
        "roles": {"funding": ["sdc"]},
        "notes": "Areas: 4 — legal framework and formalisation of ASM; 5 — human rights-based approach; 2 — a "
        "national knowledge hub; 8 — occupational safety and health and reclamation training; 9 — training "
        "on health and social insurance for miners (SDC project page, SDC factsheet read on a mirror and not "
        "cited, asmhub.mn).\n"
        "The SDC page marks the project completed; the end date is that of phase 4. Phase budgets: the 2017 "
        "factsheet gave CHF 6,000,000 from Switzerland and CHF 500,000 from Mongolia for 2015–2018; the SDC page "
        "gives CHF 6,342,889 for 2015–2019. No overall budget is set. The Ministry of Mining and Heavy Industry "
        "co-implemented (asmhub.mn); not listed as an organisation. Minerals: gold, coal, fluorspar and others.",
        "sources": [
            src(
                "https://www.fdfa.admin.ch/deza/en/home/countries/mongolia.html/content/dezaprojects/SDC/en/2005/"
                "7F04344/phase4",
                "Sustainable Artisanal Mining – SDC",
                "dates",
            ),
            src(
                "https://www.fdfa.admin.ch/deza/en/home/countries/mongolia.html/content/dezaprojects/SDC/en/2005/"
                "7F04344/phase4",
                "Sustainable Artisanal Mining – SDC",
                "budget",
            ),
            src("https://asmhub.mn/en/news?page=13", "News – ASM Knowledge Hub", "organisations"),
            src("https://asmhub.mn/en/news/the-road-to-development", "The road to development – ASM Knowledge Hub"),
            src(
                "https://mining.com/web/fairmined-ecological-gold-available-from-mongolia-and-colombia",
                "Fairmined Ecological Gold available from Mongolia and Colombia",
            ),
        ],
    },
    {
        "slug": "cotecco",
        "title": "Combatting Child Labor in the Democratic Republic of the Congo's Cobalt Industry (COTECCO)",
        "kind": "project",
        "status": "closed",
        "start_date": date(2018, 10, 1),
        "date_precision": "month",
        "budget": Decimal("5500000"),
        "currency": "USD",
        "focus": "both",
        "approach": "direct",
        "summary": "ILO project funded by the U.S. Department of Labor, from October 2018, to reduce child labour "
        "and improve working conditions in artisanal and small-scale mining in the DR Congo's cobalt supply "
        "chain, centred on Kolwezi, Lualaba province.",
        "description": "COTECCO supported efforts to raise awareness of the challenges and opportunities of "
        "combating child labour; to build the enforcement capacity of government and other stakeholders at "
        "national, provincial and local levels; and to improve private-sector monitoring and remediation of "
        "child labour in the cobalt supply chain. It also supported implementation of laws, policies and action "
        "plans on child labour and working conditions in artisanal mining, and more transparency and monitoring "
        "of the supply chain. With the ILO's 8.7 Accelerator Lab it worked with area-based private sector "
        "working groups in Kolwezi, Likasi and Lubumbashi (2023). It was followed by the USDOL-funded GALAB "
        "project (2024).",
        "countries": ["CD"],
        "minerals": ["cobalt"],
        "areas": [3, 4, 6, 8],
        "topics": ["child-labour", "due-diligence"],
        "roles": {"funding": ["usdol"], "implementing": ["ilo"]},
        "notes": "Areas: 3 — awareness raising; 8 — enforcement capacity building; 6 — monitoring of child labour "
        "in the supply chain; 4 — implementation of laws, policies and action plans (USDOL project page).\n"
        "Budget: USDOL lists USD 2,500,000 (FY2018), 1,000,000 (FY2020) and 2,000,000 (FY2022); the record gives "
        "the sum. End date: one stored copy of the USDOL page says October 2024, another May 2024; no end date "
        "is set. Status 'closed' is inferred: both end dates are past, and news of November 2024 presents GALAB "
        "as building on 'the preceding COTECCO project'. A Congolese news item says COTECCO was born of ILO–Pact "
        "collaboration; Pact's role was not confirmed on an official page.",
        "sources": [
            src(
                "https://dol.gov/agencies/ilab/combatting-child-labor-democratic-republic-congos-cobalt-industry",
                "Combatting Child Labor in the Democratic Republic of the Congo's Cobalt Industry (COTECCO)",
                "dates",
            ),
            src(
                "https://dol.gov/agencies/ilab/combatting-child-labor-democratic-republic-congos-cobalt-industry",
                "Combatting Child Labor in the Democratic Republic of the Congo's Cobalt Industry (COTECCO)",
                "budget",
            ),
            src(
                "https://www.ilo.org/global/about-the-ilo/multimedia/video/institutional-videos/WCMS_826749/lang--en/"
                "index.htm",
                "We work to end child labour in DR Congo's cobalt mines",
                "organisations",
            ),
            src(
                "https://ilo.org/global/topics/sdg-2030/goal-8/target-8-7/accelerator-lab/projects/mpfund/WCMS_874237/"
                "lang--en/index.htm",
                "The 8.7 Accelerator Lab joins the COTECCO project to reinforce the impact of "
                "the Private Sector Working Groups",
            ),
            src(
                "https://dol.gov/agencies/ilab/final-evaluation-report-combatting-child-labor-democratic-republic-"
                "congos-cobalt",
                "Final Evaluation Report: Combatting Child Labor in the Democratic Republic of the "
                "Congo's Cobalt Industry (COTECCO)",
            ),
        ],
    },
]

# The 2020 ILO mapping ("Mapping interventions addressing child labour and working conditions in artisanal
# mineral supply chains") reviewed interventions; this list is meant to hold those it names, with where that was
# seen. The report's text could only be reached through its ILO landing page
# (https://www.ilo.org/ipec/Informationresources/WCMS_782888/lang--en/index.htm), the respect.international
# summary and a mirror (vdocument.in) whose stored copy shows only the cover and copyright pages. None of these
# names any reviewed intervention, so no slug is listed: a curator should fill this in from the PDF itself.
MAPPING_REVIEWED = []
