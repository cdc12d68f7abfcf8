"""The editorial states a content record moves through; only "published" is public."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
