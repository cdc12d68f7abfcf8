"""Plain "en" (a digest written in English, say) writes dates as British English does."""

from ..en_GB.formats import DATE_FORMAT, DATETIME_FORMAT, YEAR_MONTH_FORMAT

__all__ = ["DATETIME_FORMAT", "DATE_FORMAT", "YEAR_MONTH_FORMAT"]
