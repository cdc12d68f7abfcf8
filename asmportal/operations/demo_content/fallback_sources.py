"""Sources for the records that were in the demo before its sources were researched, used only for a
record whose own file gives it none: each is the record's own page, or the page that first told of it."""

from .sourcing import src

page = src

IIED_2018 = "https://www.iied.org/iied-host-3rd-online-artisanal-small-scale-mining-day"
ILO_MAPPING = "https://www.ilo.org/ipec/Informationresources/WCMS_782888/lang--en/index.htm"
RESPECT_MAPPING = (
    "https://respect.international/mapping-interventions-addressing-child-labour-and-working-conditions-"
    "in-artisanal-mineral-supply-chains/"
)


IIED_NEWS_2018 = page(IIED_2018, "IIED to host 3rd online artisanal and small-scale mining day")
MAPPING_PAGES = [
    page(
        ILO_MAPPING,
        "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains",
    ),
    page(
        RESPECT_MAPPING,
        "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains",
    ),
]

SOURCES = {
    "manila-2019-knowledge-sharing-meeting-asgm": [
        page(
            RESPECT_MAPPING,
            "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains",
            "figures",
        ),
        page(
            RESPECT_MAPPING,
            "Mapping interventions addressing child labour and working conditions in artisanal mineral supply chains",
            "dates",
        ),
    ],
    "shareasm-digital-day-2015": [
        page("https://www.iied.org/iied-host-international-asm-day", "IIED to host international ASM day", "dates")
    ],
    "shareasm-digital-day-2017": [
        page(
            "https://www.iied.org/iied-publishes-latest-newsletter-artisanal-small-scale-mining",
            "IIED publishes latest newsletter on artisanal and small-scale mining",
            "dates",
        ),
        IIED_NEWS_2018,
    ],
    "shareasm-digital-day-2018": [
        page(IIED_2018, "IIED to host 3rd online artisanal and small-scale mining day", "dates")
    ],
    "iied-action-dialogue-ghana-2016": [IIED_NEWS_2018],
    "iied-action-dialogue-tanzania-2017": [IIED_NEWS_2018],
    "iied-action-dialogue-madagascar": [IIED_NEWS_2018],
    "iied-action-dialogue-amazon": [IIED_NEWS_2018],
    "iied-to-host-3rd-online-asm-day": [IIED_NEWS_2018],
    "iied-to-host-international-asm-day": [
        page("https://www.iied.org/iied-host-international-asm-day", "IIED to host international ASM day")
    ],
    "tanzania-action-dialogue-photobook": [IIED_NEWS_2018],
}
