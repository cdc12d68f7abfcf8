"""When the demo's sources were last read, and the facts a source can be marked as backing."""

from datetime import date

# The day these pages were read to write or check the records that cite them.
CHECKED = date(2026, 12, 4)


def src(url, title, backs=None):
    """One cited page; `backs` names the fact it is the source of, if any."""
    record = {"url": url, "title": title, "checked": CHECKED}
    if backs:
        record["backs"] = backs
    return record
