from .dates import DatePrecision, format_partial_date
from .publishable import Publishable, PublishableQuerySet
from .sources import Source, source_constraints
from .states import State
from .versions import DataVersion, RecordChange
from .vocabularies import AreaOfWork, Country, Language, Mineral, Organisation, Person, Topic

__all__ = [
    "AreaOfWork",
    "Country",
    "DataVersion",
    "DatePrecision",
    "Language",
    "Mineral",
    "Organisation",
    "Person",
    "Publishable",
    "PublishableQuerySet",
    "RecordChange",
    "Source",
    "State",
    "Topic",
    "format_partial_date",
    "source_constraints",
]
