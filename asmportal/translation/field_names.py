"""Names Django makes from our models' field names ("start date"), translated.

A field declared without a verbose name is labelled with its name, spaced; the admin's forms, its
column headings and its filters show that label. Rather than a verbose name on each of some 140
fields (and a migration to carry them), the labels are listed here for the catalogues and swapped
for their translations when the apps are ready: migrations never see them (they deconstruct a
field from the arguments it was declared with). `tests/asmportal/test_languages.py` fails
when a new field's label is missing from the list.
"""

from django.apps import apps
from django.utils.translation import pgettext_lazy

APPS = ("catalog", "interventions", "events", "publications", "newsletter")

# Every such label of the apps above, with its translation (makemessages reads them here).
LABELS = {
    "acronym": pgettext_lazy("field", "acronym"),
    "address key": pgettext_lazy("field", "address key"),
    "affiliation": pgettext_lazy("field", "affiliation"),
    "all day": pgettext_lazy("field", "all day"),
    "approach": pgettext_lazy("field", "approach"),
    "areas of work": pgettext_lazy("field", "areas of work"),
    "attempted at": pgettext_lazy("field", "attempted at"),
    "attendance": pgettext_lazy("field", "attendance"),
    "attendance notes": pgettext_lazy("field", "attendance notes"),
    "audience": pgettext_lazy("field", "audience"),
    "body": pgettext_lazy("field", "body"),
    "budget": pgettext_lazy("field", "budget"),
    "changed at": pgettext_lazy("field", "changed at"),
    "city": pgettext_lazy("field", "city"),
    "code": pgettext_lazy("field", "code"),
    "confirmed at": pgettext_lazy("field", "confirmed at"),
    "consent": pgettext_lazy("field", "consent"),
    "contact": pgettext_lazy("field", "contact"),
    "content type": pgettext_lazy("field", "content type"),
    "countries": pgettext_lazy("field", "countries"),
    "country": pgettext_lazy("field", "country"),
    "created": pgettext_lazy("field", "created"),
    "created by": pgettext_lazy("field", "created by"),
    "criteria": pgettext_lazy("field", "criteria"),
    "currency": pgettext_lazy("field", "currency"),
    "date precision": pgettext_lazy("field", "date precision"),
    "description": pgettext_lazy("field", "description"),
    "digest": pgettext_lazy("field", "digest"),
    "email": pgettext_lazy("field", "email"),
    "end": pgettext_lazy("field", "end"),
    "end date": pgettext_lazy("field", "end date"),
    "error": pgettext_lazy("field", "error"),
    "event": pgettext_lazy("field", "event"),
    "events": pgettext_lazy("field", "events"),
    "family name": pgettext_lazy("field", "family name"),
    "featured": pgettext_lazy("field", "featured"),
    "file": pgettext_lazy("field", "file"),
    "finished at": pgettext_lazy("field", "finished at"),
    "focus": pgettext_lazy("field", "focus"),
    "frequency": pgettext_lazy("field", "frequency"),
    "gaps": pgettext_lazy("field", "gaps"),
    "given names": pgettext_lazy("field", "given names"),
    "group": pgettext_lazy("field", "group"),
    "hashtag": pgettext_lazy("field", "hashtag"),
    "headquarters": pgettext_lazy("field", "headquarters"),
    "intermediate region": pgettext_lazy("field", "intermediate region"),
    "intervention": pgettext_lazy("field", "intervention"),
    "interventions": pgettext_lazy("field", "interventions"),
    "intro": pgettext_lazy("field", "intro"),
    "kind": pgettext_lazy("field", "kind"),
    "language": pgettext_lazy("field", "language"),
    "languages": pgettext_lazy("field", "languages"),
    "last sent at": pgettext_lazy("field", "last sent at"),
    "lessons learned": pgettext_lazy("field", "lessons learned"),
    "licence": pgettext_lazy("field", "licence"),
    "matched until": pgettext_lazy("field", "matched until"),
    "minerals": pgettext_lazy("field", "minerals"),
    "name": pgettext_lazy("field", "name"),
    "needs checking": pgettext_lazy("field", "needs checking"),
    "next due at": pgettext_lazy("field", "next due at"),
    "number": pgettext_lazy("field", "number"),
    "object id": pgettext_lazy("field", "object id"),
    "official name": pgettext_lazy("field", "official name"),
    "organisation": pgettext_lazy("field", "organisation"),
    "organisations": pgettext_lazy("field", "organisations"),
    "outcomes": pgettext_lazy("field", "outcomes"),
    "participant count": pgettext_lazy("field", "participant count"),
    "person": pgettext_lazy("field", "person"),
    "position": pgettext_lazy("field", "position"),
    "print only": pgettext_lazy("field", "print only"),
    "progress at": pgettext_lazy("field", "progress at"),
    "pruned below": pgettext_lazy("field", "pruned below"),
    "publication": pgettext_lazy("field", "publication"),
    "publication date": pgettext_lazy("field", "publication date"),
    "published at": pgettext_lazy("field", "published at"),
    "query": pgettext_lazy("field", "query"),
    "record": pgettext_lazy("field", "record"),
    "region": pgettext_lazy("field", "region"),
    "requested at": pgettext_lazy("field", "requested at"),
    "role": pgettext_lazy("field", "role"),
    "scope": pgettext_lazy("field", "scope"),
    "send": pgettext_lazy("field", "send"),
    "sent at": pgettext_lazy("field", "sent at"),
    "since": pgettext_lazy("field", "since"),
    "slug": pgettext_lazy("field", "slug"),
    "start": pgettext_lazy("field", "start"),
    "start date": pgettext_lazy("field", "start date"),
    "started at": pgettext_lazy("field", "started at"),
    "started by": pgettext_lazy("field", "started by"),
    "state": pgettext_lazy("field", "state"),
    "subregion": pgettext_lazy("field", "subregion"),
    "summary": pgettext_lazy("field", "summary"),
    "tested at": pgettext_lazy("field", "tested at"),
    "tested by": pgettext_lazy("field", "tested by"),
    "time zone": pgettext_lazy("field", "time zone"),
    "title": pgettext_lazy("field", "title"),
    "token": pgettext_lazy("field", "token"),
    "topics": pgettext_lazy("field", "topics"),
    "until": pgettext_lazy("field", "until"),
    "updated": pgettext_lazy("field", "updated"),
    "venue": pgettext_lazy("field", "venue"),
    "website": pgettext_lazy("field", "website"),
}


def auto_named():
    """The fields of our models labelled with their own name (no verbose name given)."""
    for label in APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.auto_created or model.__name__.startswith("Historical"):
                continue  # join tables, and the history rows simple-history makes (labelled as theirs)
            for field in model._meta.get_fields():
                if field.auto_created or not hasattr(field, "verbose_name") or field.name in ("id", "search_vector"):
                    continue
                if getattr(field, "_verbose_name", "given") is None:
                    yield field


def translate():
    """Give each such field its label in the active language."""
    for field in auto_named():
        if field.verbose_name in LABELS:
            field.verbose_name = LABELS[field.verbose_name]
