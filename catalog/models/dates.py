"""Dates known only to the month or the year, as sources often give them ("November 2017")."""

import functools

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


# Format names, so each language writes a date its own way ("4 de diciembre de 2026").
_FORMATS = {DatePrecision.DAY: "DATE_FORMAT", DatePrecision.MONTH: "YEAR_MONTH_FORMAT", DatePrecision.YEAR: "Y"}


def format_partial_date(value, precision):
    """Render a date no more precisely than it is known."""
    if value is None:
        return ""
    return _formatted(value, precision, get_language())


@functools.lru_cache(maxsize=8192)  # exports format the same few thousand dates again and again
def _formatted(value, precision, language):
    return date_format(value, _FORMATS.get(precision, _FORMATS[DatePrecision.DAY]))
