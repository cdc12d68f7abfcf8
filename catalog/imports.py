"""Spreadsheet import kit shared by the content types (built on django-import-export).

A cell holding several values separates them with ";" (or "|"). Vocabulary values are matched by
code, slug or name, case-insensitively. Anything unknown is a validation error naming the column, so
one bad row refuses the whole file and the admin lists every row's problems before anything is written.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import slugify
from django.utils.translation import get_language, gettext, ngettext, override
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets

from . import editorial
from .import_checks import ConstraintChecks
from .import_preview import PreviewDiff, RecordLoader, lay_out
from .models import AreaOfWork, Country, Language, Mineral, Organisation, Source, State, Topic
from .text import clean_text_fields, one_line

SEPARATORS = re.compile(r"[;|\n]")
# Translators: the file looks separated by …, not commas.
FILE_SEPARATORS = {";": _("semicolons"), "\t": _("tabs"), "|": _("vertical bars")}


# What a curator may have saved instead of a spreadsheet the import reads, by the file name's ending.
OTHER_FILES = {
    # Translators: this and the kinds of file below complete "“report.json” is …: the import reads .csv files."
    "json": _("a JSON file"),
    "xls": _("an Excel 97–2003 workbook (.xls)"),
    "ods": _("an OpenDocument spreadsheet (.ods)"),
    "numbers": _("a Numbers spreadsheet"),
    "tsv": _("a tab-separated file"),
    "txt": _("a text file"),
    "pdf": _("a PDF"),
    "docx": _("a Word document"),
}


def quoted(values):
    """“a”, “b”: names quoted as the messages to curators quote them."""
    return ", ".join(gettext("“%(value)s”") % {"value": value} for value in values)


def either(values):
    """'.csv or .xlsx', '.csv, .xlsx or .xls'."""
    values = [str(v) for v in values]
    if len(values) < 2:
        return "".join(values)
    # Translators: the last of a list of choices, e.g. ".csv, .xlsx or .ods".
    return gettext("%(choices)s or %(last)s") % {"choices": ", ".join(values[:-1]), "last": values[-1]}


def file_type_problem(file_name):
    """Why a file whose columns could not be read is probably the wrong kind of file, from its name; or None.

    The format the form names (guessed from the file name in the browser, or chosen) reads the file; this
    only explains, when that reading found no columns the import knows, what the file's name says it is."""
    name = str(file_name or "")
    if not name:
        return None  # a script or the shell: no name to go by
    extension = name.rsplit(".", 1)[-1].casefold() if "." in name else ""
    accepted = [fmt().get_extension() for fmt in getattr(settings, "IMPORT_FORMATS", [])] or ["csv", "xlsx"]
    if extension in accepted:
        return None
    kind = OTHER_FILES.get(extension, _("not a spreadsheet this import reads"))
    listed = either(f".{ext}" for ext in accepted)
    return gettext(
        # Translators: name is the file's name; kind what it is, e.g. "a JSON file"; formats e.g. ".csv or .xlsx".
        "“%(name)s” is %(kind)s: the import reads %(formats)s files. Open it in a spreadsheet program and save it "
        "as “CSV UTF-8” (.csv) or as an Excel workbook (.xlsx), then upload that."
    ) % {"name": name, "kind": kind, "formats": listed}


def line_number(row_number):
    """The spreadsheet's own line for import-export's row number: line 1 holds the column names."""
    return row_number + 1


def split_cell(value):
    # bulk_create (authors) sends no pre_save signal: list cells are cleaned here, each part to one line.
    if value is None:
        return []
    return [one_line(part) for part in SEPARATORS.split(str(value)) if one_line(part)]


def row_slug(row):
    """The slug a row's record has: its own, or one made from its title."""
    slug = row.get("slug")
    if str(slug or "").strip():
        return str(slug)
    return slugify(str(row.get("title") or ""))[:200]


class Lookup:
    """Finds records by any of several identifying attributes, from one query per import (none if unused)."""

    def __init__(self, queryset, keys, label, hint):
        # Only the columns matched on (each model's name shows from them): a vocabulary of records can be large.
        self.queryset, self.keys, self.label, self.hint = queryset.only(*keys), keys, label, hint
        self._index = None

    def _build(self):
        index = {}
        for obj in self.queryset.iterator(chunk_size=2000):
            for key in self.keys:
                value = getattr(obj, key, None)
                if value not in (None, ""):
                    index.setdefault(str(value).strip().casefold(), obj)
        return index

    def find(self, text):
        if self._index is None:
            self._index = self._build()
        return self._index.get(text.casefold())

    def resolve(self, cell):
        found, unknown = [], []
        for part in split_cell(cell):
            obj = self.find(part)
            if obj is None:
                unknown.append(part)
            elif obj not in found:
                found.append(obj)
        if unknown:
            raise ValueError(f"{unknown_message(self.label, unknown)} {self.hint}".strip())
        return found


def unknown_message(label, names):
    """'Unknown country: “Atlantis”.': `label` names the kind of record looked for."""
    # Translators: kind is the kind of record looked for (e.g. "country", "organisation"); names the
    # quoted values no record has, e.g. “Atlantis”, “Narnia”.
    return ngettext("Unknown %(kind)s: %(names)s.", "Unknown %(kind)s: %(names)s.", len(names)) % {
        "kind": label,
        "names": quoted(names),
    }


def vocabulary_lookups():
    return {
        "countries": Lookup(
            Country.objects.all(),
            ["iso2", "iso3", "slug", "name", "official_name"],
            _("country"),
            _("Use ISO codes (GH), slugs or names as listed under Countries."),
        ),
        "minerals": Lookup(
            Mineral.objects.all(), ["slug", "name"], _("mineral"), _("Use slugs or names as listed under Minerals.")
        ),
        "areas_of_work": Lookup(
            AreaOfWork.objects.all(),
            ["number", "slug", "name"],
            _("area of work"),
            _("Use the number (1–9), slug or name."),
        ),
        "topics": Lookup(Topic.objects.all(), ["slug", "name"], _("topic"), _("Add new topics in the admin first.")),
        "languages": Lookup(
            Language.objects.all(), ["code", "name"], _("language"), _("Use ISO 639-1 codes (en, sw) or names.")
        ),
    }


def organisation_lookup():
    return Lookup(
        Organisation.objects.all(),
        ["slug", "acronym", "name"],
        _("organisation"),
        _("Use its name, acronym or slug; add new organisations (or import them) first."),
    )


class ChoiceWidget(widgets.Widget):
    """Accepts a choice by its stored value or its label; refuses anything else by name."""

    def __init__(self, choices, required=False):
        super().__init__()
        self.choices = choices
        self.required = required
        self._keys = {}  # per language: a choice by its value, its English label or its label in that language

    def by_key(self):
        language = get_language()
        if language not in self._keys:
            keys = {}
            for value, label in self.choices.choices:
                keys[str(value).casefold()] = value
                with override("en"):
                    keys.setdefault(str(label).casefold(), value)
                keys.setdefault(str(label).casefold(), value)
            self._keys[language] = keys
        return self._keys[language]

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            if self.required:
                raise ValueError(gettext("This column is required."))
            return ""
        try:
            return self.by_key()[text.casefold()]
        except KeyError:
            allowed = ", ".join(str(v) for v in self.choices.values)
            # Translators: value is the cell's text; choices the values the column accepts, e.g. draft, review.
            message = gettext("“%(value)s” is not one of: %(choices)s.")
            raise ValueError(message % {"value": text, "choices": allowed}) from None

    def render(self, value, obj=None, **kwargs):
        return "" if value in (None, "") else str(value)


class TextWidget(widgets.CharWidget):
    """Empty cells become empty strings (model text fields are never NULL)."""

    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class Column:
    """A spreadsheet column that names related records.

    `lookup` says which vocabulary resolves its values; the values either become the many-to-many
    `attribute`, or the organisations holding `role` on the record. `export_as` is the attribute
    written back on export, chosen so an exported file imports again unchanged.
    """

    lookup: str
    attribute: str = ""
    role: str = ""
    export_as: str = "name"


CLASSIFICATION_COLUMNS = {
    "countries": Column("countries", attribute="countries", export_as="iso2"),
    "minerals": Column("minerals", attribute="minerals", export_as="slug"),
    "areas_of_work": Column("areas_of_work", attribute="areas_of_work", export_as="number"),
    "topics": Column("topics", attribute="topics", export_as="name"),
}


SOURCE_CELL = re.compile(r"(?P<url>\S+)\s*\(\s*(?P<checked>[^,)]*?)\s*(?:,\s*(?P<backs>[^)]*?)\s*)?\)")


def parse_sources(cell):
    """Sources from a cell: "https://… (2026-12-04)" or "https://… (2026-12-04, budget)", several
    separated by ";" or line breaks, as the exports write them. Refuses anything else by name."""
    url_valid = URLValidator(schemes=["http", "https"])
    backs = {value: value for value in Source.Backs.values}
    with override("en"):
        backs |= {str(label).casefold(): value for value, label in Source.Backs.choices}
    backs |= {
        str(label).casefold(): value for value, label in Source.Backs.choices if str(label).casefold() not in backs
    }
    found = []
    for part in split_cell(cell):
        match = SOURCE_CELL.fullmatch(part)
        if match is None:
            raise ValueError(
                gettext(
                    "“%(text)s” is not a source. Write each as its address and the date it was checked, "
                    "e.g. “https://www.ilo.org/… (2026-12-04)”, or with the fact it backs: “… (2026-12-04, dates)”."
                )
                % {"text": part}
            )
        url, checked, fact = match["url"], match["checked"], (match["backs"] or "").casefold()
        try:
            url_valid(url)
        except ValidationError:
            raise ValueError(gettext("“%(url)s” is not a web address (http or https).") % {"url": url}) from None
        try:
            checked_on = date.fromisoformat(checked)
        except ValueError:
            raise ValueError(
                gettext("“%(text)s” is not a date: write when %(url)s was checked as YYYY-MM-DD.")
                % {"text": checked, "url": url}
            ) from None
        if fact and fact not in backs:
            allowed = ", ".join(Source.Backs.values)
            # Translators: choices are the values the column accepts, e.g. dates, budget, figures.
            message = gettext("“%(text)s” is not a fact a source can back; use one of: %(choices)s.")
            raise ValueError(message % {"text": match["backs"], "choices": allowed})
        if any((url, backs.get(fact, "")) == (u, b) for u, _, b in found):
            # One row per address and fact in the database (a constraint): said twice, it is refused by name.
            if fact:
                # Translators: fact is what the source backs, as written in the file, e.g. dates.
                message = gettext("“%(url)s” is listed twice for %(fact)s; list each source once.")
            else:
                message = gettext("“%(url)s” is listed twice; list each source once.")
            raise ValueError(message % {"url": url, "fact": fact})
        found.append((url, checked_on, backs.get(fact, "")))
    return found


def sources_text(sources):
    """A cell of sources, as parse_sources reads them: (address, checked on, fact) each."""
    return "; ".join(
        f"{url} ({', '.join(filter(None, [checked.isoformat(), backs]))})" for url, checked, backs in sources
    )


class PublishableResource(resources.ModelResource):
    """Base resource: slugs from titles, editorial state guarded by permission, related columns resolved up front.

    Subclasses extend `columns`, declare a `fields.Field(column_name=...)` for each, and name the
    through model that holds organisation roles (`role_model`, with its foreign key `role_parent`).
    """

    state = fields.Field(attribute="state", column_name="state", widget=ChoiceWidget(State))
    countries = fields.Field(column_name="countries")
    minerals = fields.Field(column_name="minerals")
    areas_of_work = fields.Field(column_name="areas_of_work")
    topics = fields.Field(column_name="topics")
    sources = fields.Field(column_name="sources")

    columns = CLASSIFICATION_COLUMNS
    role_model = None
    role_parent = ""
    checking = False  # set by import_data: True for a dry run

    class Meta:
        import_id_fields = ["slug"]
        clean_model_instances = True
        skip_unchanged = False
        instance_loader_class = RecordLoader

    def get_diff_class(self):
        return PreviewDiff

    @staticmethod
    def row_slug(row):
        return row_slug(row)

    def get_lookups(self):
        lookups = vocabulary_lookups()
        lookups["organisations"] = organisation_lookup()
        return lookups

    def import_data(self, dataset, dry_run=False, **kwargs):
        # A file with the wrong columns gets one plain message and no row is read: the stock import would
        # report it with a traceback, then fail every row for the same reason.
        problem = self.column_problem(list(dataset.headers or []))
        if problem:
            hint = file_type_problem(kwargs.get("file_name"))
            problem = f"{problem} {hint}" if hint else problem  # two sentences
            result = self.get_result_class()()
            result.diff_headers = self.get_diff_headers()
            result.append_base_error(self.get_error_result_class()(ValidationError(problem)))
            return result
        # The check (the preview's dry run) writes nothing: it judges each row in memory with every rule the
        # writes would meet (validate_instance), so a file of thousands of rows is checked in seconds. The
        # import itself writes row by row, each write under Django's validation and the database's constraints.
        self.checking = bool(dry_run)
        return super().import_data(dataset, dry_run=dry_run, **kwargs)

    def import_data_inner(self, dataset, dry_run, raise_errors, using_transactions, collect_failed_rows, **kwargs):
        # The check writes nothing, so its rows need no savepoint each (two statements a row); the whole
        # check still runs in import_data's transaction, rolled back at its end.
        using_transactions = using_transactions and not self.checking
        return super().import_data_inner(
            dataset, dry_run, raise_errors, using_transactions, collect_failed_rows, **kwargs
        )

    def after_import_row(self, row, row_result, **kwargs):
        row_result.line = line_number(kwargs.get("row_number", 0))  # the preview names the file's own lines

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        lay_out(result, list(dataset.headers or []))

    def column_problem(self, headers):
        expected = [field.column_name for field in self.get_import_fields()]
        listed = ", ".join(expected)
        if "title" in headers:
            unknown = [str(h) for h in headers if h not in expected]
            if not unknown:
                return None
            return gettext(
                # Translators: names are the quoted unknown column names; columns the names the import reads.
                "The file has columns this import does not know: %(names)s. The columns it reads are: %(columns)s."
            ) % {"names": quoted(unknown), "columns": listed}
        # Translators: what the file's first line reads as when it is empty.
        first_line = quoted(headers) or gettext("nothing")
        for separator, name in FILE_SEPARATORS.items():
            if any(separator in str(h) for h in headers):
                return gettext(
                    # Translators: separator is e.g. "semicolons"; first_line the quoted names on the file's first line.
                    "The file looks separated by %(separator)s, not commas: its first line reads as %(first_line)s. "
                    "Save it as CSV with commas (in a spreadsheet program: “CSV UTF-8”), or upload it as .xlsx."
                ) % {"separator": name, "first_line": first_line}
        return gettext(
            # Translators: “title” is a column name and stays as it is; columns are the names the import reads.
            "The file has no “title” column. Its first line must name the columns; found %(first_line)s. "
            "The columns this import reads are: %(columns)s. Start from the example import file."
        ) % {"first_line": first_line, "columns": listed}

    def before_import(self, dataset, **kwargs):
        self.lookups = self.get_lookups()
        for field in self.get_import_fields():
            if isinstance(field.widget, RecordWidget):
                field.widget.lookup = None  # read again for each file, from this transaction
        # Imports outside the admin (a script, the shell) are judged as whoever runs them.
        user = kwargs.get("user")
        self.actor = user if user is not None else editorial.current_actor()
        self.seen_slugs = {}
        self.constraints = ConstraintChecks(self._meta.model, self.get_import_id_fields())

    def before_import_row(self, row, **kwargs):
        for column, value in row.items():
            if value is None:  # spreadsheets leave empty cells as None; text fields store ""
                row[column] = ""
        row["slug"] = row_slug(row)

    def after_init_instance(self, instance, new, row, **kwargs):
        # The state in the database, as the loader read it in this transaction: the publishing rule's judge.
        instance._stored_state = State.DRAFT if new else instance.state

    def refusal(self, stored, new):
        """editorial.refusal, judged against the state the loader read (not a query per row)."""
        if editorial.may_publish(self.actor, self._meta.model) or not editorial.crosses_published_line(stored, new):
            return None
        return editorial.REFUSAL

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)

        def refuse(column, message):
            errors.setdefault(column, []).append(ValidationError(message))

        slug, row_number = row.get("slug"), kwargs.get("row_number")
        if not slug:
            refuse("title", gettext("A title is required."))
        elif self.seen_slugs.setdefault(slug, row_number) != row_number:
            first = line_number(self.seen_slugs[slug])
            refuse(
                "slug",
                gettext("Line %(line)d already has the slug “%(slug)s”; give this line its own slug.")
                % {"line": first, "slug": slug},
            )
        stored = instance._stored_state
        if not str(row.get("state") or "").strip():
            # No state said: a record keeps the one it has, a new one starts as a draft.
            instance.state = stored
        message = self.refusal(stored, instance.state)
        if message:
            refuse("state", message)
        instance._import_relations, instance._import_preview = {}, {}
        for name, column in self.columns.items():
            if name in row:
                try:
                    found = self.lookups[column.lookup].resolve(row[name])
                except ValueError as exc:
                    refuse(name, str(exc))
                    continue
                instance._import_relations[name] = found
                instance._import_preview[name] = "; ".join(str(obj) for obj in found)
        if "sources" in row:
            try:
                instance._import_sources = parse_sources(row["sources"])
                instance._import_preview["sources"] = sources_text(instance._import_sources)
            except ValueError as exc:
                refuse("sources", str(exc))
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        if not self.checking:
            return super().validate_instance(instance, import_validation_errors, validate_unique)
        # Django's full_clean, with the checks it would ask the database row by row made in memory: the
        # constraints (catalog.import_checks) and the records linked by a column, found by this import's lookups.
        errors = dict(import_validation_errors or {})
        linked = [f.attribute for f in self.get_import_fields() if isinstance(f.widget, RecordWidget)]
        try:
            instance.full_clean(exclude=[*errors, *linked], validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        errors = self.constraints.errors(instance, errors)
        if errors:
            raise ValidationError(errors)
        self.constraints.claim(instance)
        clean_text_fields(type(instance), instance)  # the preview shows the text as it will be stored

    def save_instance(self, instance, is_create, row, **kwargs):
        if not self.checking:
            super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        if not self.checking:
            self.save_links(instance)

    def save_links(self, instance):
        """Make the record's links what the row said (subclasses add theirs)."""
        for name, objects in getattr(instance, "_import_relations", {}).items():
            column = self.columns[name]
            if column.attribute:
                getattr(instance, column.attribute).set(objects)
            else:
                self.set_role(instance, column.role, objects)
        if hasattr(instance, "_import_sources"):
            self.set_sources(instance, instance._import_sources)

    @staticmethod
    def set_sources(instance, wanted):
        """Make the record cite exactly these sources, in this order; a source kept keeps its title."""
        held = {(s.url, s.backs): s for s in instance.sources.all()}
        keep = set()
        for position, (url, checked_on, backs) in enumerate(wanted):
            source = held.get((url, backs))
            if source is None:
                instance.sources.create(url=url, checked_on=checked_on, backs=backs, position=position)
            elif (source.checked_on, source.position) != (checked_on, position):
                source.checked_on, source.position = checked_on, position
                source.save()
            keep.add((url, backs))
        for key, source in held.items():
            if key not in keep:
                source.delete()

    def set_role(self, instance, role, organisations):
        """Make exactly these organisations hold `role` on the record (keeping rows that stay, for history)."""
        held = self.role_model.objects.filter(**{self.role_parent: instance, "role": role})
        held.exclude(organisation__in=organisations).delete()
        for organisation in organisations:
            self.role_model.objects.get_or_create(
                **{self.role_parent: instance, "organisation": organisation, "role": role}
            )

    # --- Reading a record's links: for the export, and for the preview's "before" and "after" ---

    def roles_name(self):
        return self.role_model._meta.get_field(self.role_parent).remote_field.related_name

    def stored_prefetch(self):
        """What the loader reads with the records a file updates, so their links cost no query per row."""
        names = {column.attribute for column in self.columns.values() if column.attribute}
        if any(column.role for column in self.columns.values()):
            names.add(f"{self.roles_name()}__organisation")
        return sorted(names | {"sources"})

    @staticmethod
    def _related(instance, name, *select):
        manager = getattr(instance, name)
        if name in getattr(instance, "_prefetched_objects_cache", {}):
            return manager.all()
        return manager.select_related(*select) if select else manager.all()

    def stored_links(self, instance, column):
        """The records a column names on the record as stored, in the order the export writes them."""
        if column.attribute:
            return list(self._related(instance, column.attribute))
        return [
            r.organisation for r in self._related(instance, self.roles_name(), "organisation") if r.role == column.role
        ]

    def stored_sources(self, instance):
        return [(s.url, s.checked_on, s.backs) for s in self._related(instance, "sources")]

    def stored_preview(self, instance):
        """The linked columns as the record holds them: names, as the preview shows them."""
        shown = {
            name: "; ".join(str(obj) for obj in self.stored_links(instance, column))
            for name, column in self.columns.items()
        }
        shown["sources"] = sources_text(self.stored_sources(instance))
        return shown

    def preview_values(self, instance):
        """A row's cells in the preview: what each column will hold once saved (a linked column: the names)."""
        stored = getattr(instance, "_stored_preview", {})
        new = getattr(instance, "_import_preview", {})
        values = []
        for field in self.get_import_fields():
            name = field.column_name
            if name in new or name in stored:
                values.append(new.get(name, stored.get(name)))
            elif name in self.linked_columns():
                values.append("")  # a new record: nothing linked before this file
            else:
                values.append(self.export_field(field, instance))
        return values

    def linked_columns(self):
        return {*self.columns, "sources"}

    def export_field(self, field, instance, **kwargs):
        if field.column_name == "sources":
            return sources_text(self.stored_sources(instance))
        column = self.columns.get(field.column_name)
        if column is None:
            return super().export_field(field, instance, **kwargs)
        return "; ".join(str(getattr(obj, column.export_as)) for obj in self.stored_links(instance, column))


class RecordWidget(widgets.ForeignKeyWidget):
    """One related record named by any of `keys` (case-insensitive); an unknown name is refused by name.

    The records are read once per import (the resource resets `lookup` before each file)."""

    def __init__(self, model, keys, label, export_as):
        super().__init__(model, field=export_as)
        self.keys, self.label = keys, label
        self.lookup = None

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        if self.lookup is None:
            self.lookup = Lookup(self.model._default_manager.all(), self.keys, self.label, "")
        found = self.lookup.find(text)
        if found is None:
            raise ValueError(unknown_message(self.label, [text]))
        return found
