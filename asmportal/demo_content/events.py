"""Demo dialogue events. Each says no more than its sources."""

from .interventions import IIED_PROGRAMME

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
