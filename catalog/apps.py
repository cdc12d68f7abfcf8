from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("Vocabularies")

    def ready(self):
        from .models import changes
        from .text import clean_text_fields

        # Every model's writes: catalog.models.changes decides which of them the public can see.
        post_save.connect(changes.saved, dispatch_uid="catalogue-changed-save")
        post_delete.connect(changes.deleted, dispatch_uid="catalogue-changed-delete")
        m2m_changed.connect(changes.links_changed, dispatch_uid="catalogue-changed-m2m")
        for model in self.apps.get_models():
            if (changes.scope_of(model) or (None, None))[1] is not None:  # a part: a role, an author...
                post_init.connect(changes.part_loaded, sender=model, dispatch_uid=f"part-loaded-{model._meta.label}")
        # Every model's save, so a new app or model in TEXT_APPS is cleaned with no further wiring.
        pre_save.connect(clean_text_fields, dispatch_uid="clean-stored-text")
