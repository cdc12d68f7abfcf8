from django.contrib import admin, messages
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import resources
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from .models import AreaOfWork, Country, Language, Mineral, Organisation, Person, Topic


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso2", "iso3", "region", "subregion", "intermediate_region"]
    list_filter = ["region", "subregion"]
    search_fields = ["name", "official_name", "iso2", "iso3"]
    prepopulated_fields = {"slug": ["name"]}
    show_facets = admin.ShowFacets.ALWAYS


@admin.register(Mineral)
class MineralAdmin(admin.ModelAdmin):
    list_display = ["name", "group", "slug"]
    list_filter = ["group"]
    search_fields = ["name", "name_fr", "name_es", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    show_facets = admin.ShowFacets.ALWAYS


@admin.register(AreaOfWork)
class AreaOfWorkAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "description"]
    list_display_links = ["number", "name"]
    search_fields = ["name", "name_fr", "name_es", "description", "=number"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "=code"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "name_fr", "name_es", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}


class OrganisationResource(resources.ModelResource):
    class Meta:
        model = Organisation
        import_id_fields = ["slug"]
        fields = ["name", "acronym", "slug", "kind", "iati_ref", "website", "description"]
        clean_model_instances = True


@admin.register(Organisation)
class OrganisationAdmin(ImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [OrganisationResource]
    list_display = ["name", "acronym", "kind", "headquarters", "website"]
    list_filter = ["kind", ("headquarters", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["headquarters"]
    search_fields = ["name", "acronym", "slug", "=iati_ref"]
    autocomplete_fields = ["headquarters"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "created"
    show_facets = admin.ShowFacets.ALWAYS


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["family_name", "given_names", "orcid", "affiliation", "needs_checking", "updated"]
    list_display_links = ["family_name", "given_names"]
    list_filter = ["needs_checking", ("affiliation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["affiliation"]
    search_fields = ["family_name", "given_names", "=orcid", "slug"]
    autocomplete_fields = ["affiliation"]
    prepopulated_fields = {"slug": ["given_names", "family_name"]}
    fields = ["family_name", "given_names", "slug", "orcid", "affiliation", "needs_checking"]
    actions = ["mark_checked", "merge_people"]
    show_facets = admin.ShowFacets.ALWAYS

    @admin.action(description=_("Mark selected people as checked"), permissions=["change"])
    def mark_checked(self, request, queryset):
        count = 0
        for person in queryset.filter(needs_checking=True):
            person.needs_checking = False
            person.save(update_fields=["needs_checking", "updated"])
            count += 1
        self.message_user(
            request, ngettext("%d person marked as checked.", "%d people marked as checked.", count) % count
        )

    @admin.action(description=_("Merge selected people into one"), permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        """The duplicates' credits move to the one kept (the one with an ORCID iD, else the oldest);
        then the duplicates are deleted."""
        people = sorted(queryset, key=lambda p: (not p.orcid, p.pk))
        if len(people) < 2:
            self.message_user(request, _("Select at least two people to merge."), messages.WARNING)
            return
        keep, duplicates = people[0], people[1:]
        with transaction.atomic():
            for duplicate in duplicates:
                move_credits(duplicate, keep)
                if not keep.orcid and duplicate.orcid:
                    keep.orcid = duplicate.orcid
                if not keep.affiliation_id and duplicate.affiliation_id:
                    keep.affiliation_id = duplicate.affiliation_id
                duplicate.delete()
            keep.save()
        self.message_user(
            request,
            ngettext(
                "%(count)d person merged into %(name)s.", "%(count)d people merged into %(name)s.", len(duplicates)
            )
            % {"count": len(duplicates), "name": keep.name},
        )


def move_credits(source, target):
    """Every row crediting `source` (an author, a speaker) credits `target`, saved one by one so the
    search index and the public data version follow; a row that would repeat one is dropped."""
    for relation in source._meta.related_objects:
        if not relation.one_to_many or relation.related_model._meta.app_label == "catalog":
            continue
        if relation.related_model.__name__.startswith("Historical"):
            continue
        for row in relation.related_model._default_manager.filter(**{relation.field.name: source}):
            setattr(row, relation.field.name, target)
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                row.delete()
