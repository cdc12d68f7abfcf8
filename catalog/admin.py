from django.contrib import admin
from import_export import resources
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from .models import AreaOfWork, Country, Language, Mineral, Organisation, Topic


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
        fields = ["name", "acronym", "slug", "kind", "website", "description"]
        clean_model_instances = True


@admin.register(Organisation)
class OrganisationAdmin(ImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [OrganisationResource]
    list_display = ["name", "acronym", "kind", "headquarters", "website"]
    list_filter = ["kind", ("headquarters", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["headquarters"]
    search_fields = ["name", "acronym", "slug"]
    autocomplete_fields = ["headquarters"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "created"
    show_facets = admin.ShowFacets.ALWAYS
