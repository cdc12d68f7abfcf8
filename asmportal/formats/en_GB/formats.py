"""British English dates as the portal has always written them ("4 December 2026", not Django's
"4 Dec 2026"). French and Spanish take Django's own formats ("4 décembre 2026", "4 de diciembre
de 2026"): templates and code ask for DATE_FORMAT, never a literal pattern."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
