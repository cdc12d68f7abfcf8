"""A saved digest: what went out, in what order, and the period it covered ("since the last issue")."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class DigestQuerySet(models.QuerySet):
    def latest_until(self):
        """Where the next digest starts: the end of the period the last saved one covered."""
        return self.aggregate(models.Max("until"))["until__max"]


class Digest(models.Model):
    title = models.CharField(max_length=200)
    intro = models.TextField(blank=True, help_text=_("Opening paragraphs; a blank line starts a new paragraph."))
    since = models.DateTimeField(help_text=_("Records published from this moment…"))
    until = models.DateTimeField(help_text=_("…up to (not including) this one."))
    criteria = models.JSONField(
        default=dict, blank=True, help_text=_("The types and browse filters the records were chosen with.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="digests"
    )
    created = models.DateTimeField(auto_now_add=True)

    objects = DigestQuerySet.as_manager()

    class Meta:
        ordering = ["-until", "-created"]
        verbose_name = _("newsletter digest")
        constraints = [
            models.CheckConstraint(condition=models.Q(until__gt=models.F("since")), name="digest_until_after_since")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("newsletter:detail", kwargs={"pk": self.pk})


class DigestItem(models.Model):
    """One record in a saved digest; kept by reference so the digest shows the record as it is now."""

    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="items")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("digest item")
        constraints = [
            models.UniqueConstraint(fields=["digest", "content_type", "object_id"], name="digest_item_once"),
        ]

    def __str__(self):
        return f"{self.content_type.model} #{self.object_id}"
