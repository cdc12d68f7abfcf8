"""Dates known only to the month or the year, as sources often give them ("November 2017")."""

import functools

from django.db import models
from django.utils.dateformat import format as date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


_FORMATS = {DatePrecision.DAY: "j F Y", DatePrecision.MONTH: "F Y", DatePrecision.YEAR: "Y"}


def format_partial_date(value, precision):
    """Render a date no more precisely than it is known."""
    if value is None:
        return ""
    return _formatted(value, precision, get_language())


@functools.lru_cache(maxsize=8192)  # exports format the same few thousand dates again and again
def _formatted(value, precision, language):
    return date_format(value, _FORMATS.get(precision, _FORMATS[DatePrecision.DAY]))
