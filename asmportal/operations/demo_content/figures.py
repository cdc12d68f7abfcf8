"""Demo figures, each with its source: the Manila meeting's attendance as each source gives it, and
the sector figures IIED quotes (seed 003; FACTS.md). No page numbers: the sources read were web pages
or the report's web version, and a page not seen is not given."""

from . import MAPPING
from .events import (
    APO_MANILA,
    APO_MANILA_TITLE,
    ITCILO_MANILA,
    ITCILO_MANILA_TITLE,
    US_AMBASSADOR_MANILA,
    US_AMBASSADOR_MANILA_TITLE,
)

MANILA = "manila-2019-knowledge-sharing-meeting-asgm"
IIED_NEWS_2018 = "iied-to-host-3rd-online-asm-day"
IIED_PAPER_2013 = "iied-responding-to-the-challenge-of-asm-2013"
MILLION = 1_000_000

# Each figure: measure, value (low, high), unit, years (from, to), scope ("world" or ("event", slug)),
# source (("publication", slug, page) or ("external", title, url)), note.
FIGURES = [
    {
        "measure": "participants",
        "value": (50, 50),
        "unit": "people",
        "years": (2019, 2019),
        "scope": ("event", MANILA),
        "source": ("publication", MAPPING, ""),
        "note": "The 2020 mapping report: “50 experts from 10 countries”.",
    },
    {
        "measure": "countries-represented",
        "value": (10, 10),
        "unit": "countries",
        "years": (2019, 2019),
        "scope": ("event", MANILA),
        "source": ("publication", MAPPING, ""),
        "note": "The 2020 mapping report: “50 experts from 10 countries”.",
    },
    {
        "measure": "participants",
        "value": (75, 75),
        "unit": "people",
        "years": (2019, 2019),
        "scope": ("event", MANILA),
        "source": ("external", ITCILO_MANILA_TITLE + " (ITC-ILO news)", ITCILO_MANILA),
        "note": "ITC-ILO news: “75 representatives”. It names ten countries where child labour in ASGM remains a "
        "concern, which is not the same as the countries represented.",
    },
    {
        "measure": "countries-represented",
        "value": (16, 16),
        "unit": "countries",
        "years": (2019, 2019),
        "scope": ("event", MANILA),
        "source": ("external", APO_MANILA_TITLE, APO_MANILA),
        "note": "The ILO press release distributed by APO Group: 16 countries represented, naming France, Italy, "
        "Switzerland, Thailand, the United Kingdom and the United States besides the ten the mapping report counts.",
    },
    {
        "measure": "countries-represented",
        "value": (21, 21),
        "unit": "countries",
        "years": (2019, 2019),
        "scope": ("event", MANILA),
        "source": (
            "external",
            US_AMBASSADOR_MANILA_TITLE + " (U.S. Ambassador's message, ILO Manila)",
            US_AMBASSADOR_MANILA,
        ),
        "note": "The U.S. Ambassador's message: “twenty-one countries on three continents”.",
    },
    {
        "measure": "workers-asm",
        "value": (20 * MILLION, 30 * MILLION),
        "unit": "people",
        "years": (2018, 2018),
        "scope": "world",
        "source": ("publication", IIED_NEWS_2018, ""),
        "note": "“Some 20–30 million work in informal ASM”: informal artisanal and small-scale mining, many of them "
        "women and children in developing countries.",
    },
    {
        "measure": "workers-formal-mining",
        "value": (3 * MILLION, 4 * MILLION),
        "unit": "people",
        "years": (2018, 2018),
        "scope": "world",
        "source": ("publication", IIED_NEWS_2018, ""),
        "note": "“An estimated 3–4 million people are employed in the formal mining sector”, quoted beside the "
        "figure for informal ASM.",
    },
    {
        "measure": "workers-asm",
        "value": (20 * MILLION, 30 * MILLION),
        "unit": "people",
        "years": (2013, 2013),
        "scope": "world",
        "source": ("publication", IIED_PAPER_2013, ""),
        "note": "“The 20–30 million artisanal and small-scale miners worldwide” (IIED's summary of the paper).",
    },
]
