from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

# Apps whose rows a listing, facet or count is built from.
CATALOGUE_APPS = {"catalog", "interventions", "events", "publications"}


def catalogue_changed(sender, **kwargs):
    from django.apps import apps

    from .models.versions import DataVersion, bump

    if kwargs.get("raw") or not kwargs.get("action", "post_").startswith("post_"):
        return  # fixtures being loaded; the pre_ half of a many-to-many change
    if sender._meta.apps is not apps:
        return  # a migration's historical model: the version table may not exist yet
    if sender._meta.app_label in CATALOGUE_APPS and sender is not DataVersion:
        bump()


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = "Vocabularies"

    def ready(self):
        from .text import clean_text_fields

        for name, signal in [("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)]:
            signal.connect(catalogue_changed, dispatch_uid=f"catalogue-changed-{name}")
        # Every model's save, so a new app or model in TEXT_APPS is cleaned with no further wiring.
        pre_save.connect(clean_text_fields, dispatch_uid="clean-stored-text")
