"""Load the demo content (asmportal/operations/demo_content/). Idempotent: a second run finds nothing to change."""

import zoneinfo
from datetime import date, datetime, time

from django.core.management.base import BaseCommand
from django.db import transaction

from asmportal.operations import demo_content as demo
from asmportal.operations.demo_content import translations
from catalog.data.vocabulary_translations import TOPICS
from catalog.models import AreaOfWork, Country, Language, Mineral, Organisation, Person, Topic
from catalog.people import split_name
from events.models import Event, EventOrganiser
from interventions.models import Intervention, InterventionRole
from publications.models import Publication, PublicationAuthor, PublicationOrganisation


class Command(BaseCommand):
    help = "Load the demo interventions, publications and events drawn from the seed material."

    def handle(self, *args, **options):
        self.changes = 0
        with transaction.atomic():
            self.load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {Intervention.objects.count()} interventions, "
                f"{Publication.objects.count()} publications, {Event.objects.count()} events "
                f"({self.changes} change{'s' if self.changes != 1 else ''})."
            )
        )

    # --- helpers -------------------------------------------------------------------------------

    def upsert(self, model, slug, values):
        """Create or update by slug, saving only when something differs (so history stays quiet)."""
        obj = model.objects.filter(slug=slug).first()
        if obj is None:
            obj = model(slug=slug, **values)
            obj.save()
            self.changes += 1
            return obj
        if any(getattr(obj, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(obj, field, value)
            obj.save()
            self.changes += 1
        return obj

    def set_m2m(self, manager, objects):
        if {o.pk for o in manager.all()} != {o.pk for o in objects}:
            manager.set(objects)
            self.changes += 1

    def sync_roles(self, model, parent_field, parent, roles):
        wanted = {(self.orgs[slug].pk, role) for role, slugs in roles.items() for slug in slugs}
        rows = model.objects.filter(**{parent_field: parent})
        for row in rows:
            if (row.organisation_id, row.role) not in wanted:
                row.delete()
                self.changes += 1
        have = {(row.organisation_id, row.role) for row in rows}
        for organisation_id, role in sorted(wanted - have):
            model.objects.create(**{parent_field: parent, "organisation_id": organisation_id, "role": role})
            self.changes += 1

    def sync_sources(self, obj, sources):
        """Make the record cite exactly these sources, in order, changing only what differs."""
        held = {(s.url, s.backs): s for s in obj.sources.all()}
        wanted = set()
        for position, source in enumerate(sources):
            key = (source["url"], source.get("backs", ""))
            values = {"title": source.get("title", ""), "checked_on": source["checked"], "position": position}
            wanted.add(key)
            row = held.get(key)
            if row is None:
                obj.sources.create(url=key[0], backs=key[1], **values)
                self.changes += 1
            elif any(getattr(row, field) != value for field, value in values.items()):
                for field, value in values.items():
                    setattr(row, field, value)
                row.save()
                self.changes += 1
        for key, row in held.items():
            if key not in wanted:
                row.delete()
                self.changes += 1

    def classify(self, obj, record):
        self.set_m2m(obj.countries, [self.countries[c] for c in record.get("countries", [])])
        self.set_m2m(obj.minerals, [self.minerals[m] for m in record.get("minerals", [])])
        self.set_m2m(obj.areas_of_work, [self.areas[n] for n in record.get("areas", [])])
        self.set_m2m(obj.topics, [self.topics[t] for t in record.get("topics", [])])
        self.sync_sources(obj, record.get("sources", []))

    @staticmethod
    def common(record):
        values = {
            "title": record["title"],
            "summary": record.get("summary", ""),
            "state": record.get("state", "published"),
            "notes": record.get("notes", ""),
            "original_language": translations.ORIGINAL_LANGUAGE.get(record["slug"], "en"),
        }
        # French and Spanish versions where a translation is faithful to the source (translations.py).
        for language, text in translations.RECORDS.get(record["slug"], {}).items():
            for field, value in text.items():
                values[f"{field}_{language}"] = value
        return values

    # --- loading -------------------------------------------------------------------------------

    def load(self):
        self.countries = {c.iso2: c for c in Country.objects.all()}
        self.minerals = {m.slug: m for m in Mineral.objects.all()}
        self.areas = {a.number: a for a in AreaOfWork.objects.all()}
        self.languages = {lang.code: lang for lang in Language.objects.all()}
        for topic in demo.TOPICS:
            names = TOPICS.get(topic["slug"], {})
            values = {"name": topic["name"], "name_fr": names.get("fr", ""), "name_es": names.get("es", "")}
            self.upsert(Topic, topic["slug"], values)
        self.topics = {t.slug: t for t in Topic.objects.all()}
        self.orgs = {}
        for record in demo.ORGANISATIONS:
            values = {k: record.get(k, "") for k in ("name", "acronym", "kind", "website", "description")}
            values["headquarters"] = self.countries.get(record.get("headquarters"))
            self.orgs[record["slug"]] = self.upsert(Organisation, record["slug"], values)

        interventions = {}
        for record in demo.INTERVENTIONS:
            values = self.common(record) | {
                field: record.get(field, default)
                for field, default in [
                    ("kind", "project"),
                    ("status", ""),
                    ("focus", ""),
                    ("approach", ""),
                    ("start_date", None),
                    ("end_date", None),
                    ("date_precision", "day"),
                    ("budget", None),
                    ("currency", ""),
                    ("description", ""),
                    ("lessons_learned", ""),
                    ("gaps", ""),
                    ("website", ""),
                    ("iati_identifier", ""),
                    ("featured", False),
                ]
            }
            obj = self.upsert(Intervention, record["slug"], values)
            self.classify(obj, record)
            self.sync_roles(InterventionRole, "intervention", obj, record.get("roles", {}))
            interventions[record["slug"]] = obj

        events = {}
        for record in demo.EVENTS:
            tz = zoneinfo.ZoneInfo(record.get("time_zone", "UTC"))
            start = end = None
            if "start" in record:
                start = datetime.combine(date(*record["start"]), time.min, tzinfo=tz)
                end = datetime.combine(date(*record.get("end", record["start"])), time(23, 59, 59), tzinfo=tz)
            values = self.common(record) | {
                field: record.get(field, default)
                for field, default in [
                    ("kind", ""),
                    ("attendance", "in-person"),
                    ("date_precision", "day"),
                    ("time_zone", "UTC"),
                    ("venue", ""),
                    ("city", ""),
                    ("online_url", ""),
                    ("registration_url", ""),
                    ("hashtag", ""),
                    ("description", ""),
                    ("outcomes", ""),
                    ("contact", ""),
                    ("participant_count", None),
                    ("country_count", None),
                    ("attendance_notes", ""),
                ]
            }
            values |= {
                "start": start,
                "end": end,
                "all_day": True,
                "country": self.countries.get(record.get("country")),
                "intervention": interventions.get(record.get("intervention")),
            }
            obj = self.upsert(Event, record["slug"], values)
            self.classify(obj, record)
            self.sync_roles(EventOrganiser, "event", obj, record.get("organisers", {}))
            events[record["slug"]] = obj

        for record in demo.PUBLICATIONS:
            values = self.common(record) | {
                field: record.get(field, default)
                for field, default in [
                    ("kind", "report"),
                    ("publication_date", None),
                    ("date_precision", "day"),
                    ("external_url", ""),
                    ("print_only", False),
                    ("doi", ""),
                    ("isbn", ""),
                    ("licence", ""),
                    ("body", ""),
                ]
            }
            obj = self.upsert(Publication, record["slug"], values)
            self.classify(obj, record)
            self.set_m2m(obj.languages, [self.languages[code] for code in record.get("languages", [])])
            self.set_m2m(obj.interventions, [interventions[s] for s in record.get("interventions", [])])
            self.set_m2m(obj.events, [events[s] for s in record.get("events", [])])
            self.sync_roles(PublicationOrganisation, "publication", obj, record.get("organisations", {}))
            people = [split_name(name) for name in record.get("authors", [])]
            stored = [(a.person.family_name, a.person.given_names) for a in obj.authors.select_related("person")]
            if stored != [(p.family, p.given) for p in people]:
                obj.authors.all().delete()
                for position, split in enumerate(people, 1):
                    person = Person.objects.named(*split)
                    PublicationAuthor.objects.create(publication=obj, person=person, position=position)
                self.changes += 1
