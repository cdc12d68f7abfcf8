"""The text of publications' files, kept for search: read in the background whenever a file is new or
replaced, by whatever path saved it (admin, import, API, shell), and forgotten when the file goes.

The post-save rule below is the only place that starts a reading; the reading itself (a bounded
child process, `extraction.py`) runs in the task after the saving transaction commits, never in the
request. The task stores the text page by page (`PublicationPage`), records how it went for the
curators (`PublicationText`) and then re-indexes the publication, its file text weighted lowest.
"""

import hashlib
import tempfile
from functools import partial
from pathlib import PurePath

from django.db import transaction
from django.utils import timezone

from asmportal.background.tasks import background_task
from catalog import search
from catalog.text import clean

from . import extraction
from .models import Publication, PublicationPage, PublicationText


def file_before_save(sender, instance, raw=False, **kwargs):
    """pre_save: note the file the database holds, to tell a new or replaced one after the save."""
    if raw:
        return
    stored = instance.__dict__.get("_stored") or {}
    if "file" in stored:
        before = stored["file"] or ""
    elif instance._state.adding:
        before = ""
    else:
        before = sender._base_manager.filter(pk=instance.pk).values_list("file", flat=True).first() or ""
    instance.__dict__["_file_before"] = before


def file_after_save(sender, instance, raw=False, **kwargs):
    """post_save: a new or replaced file is read once the save commits; a removed one takes its text along."""
    before = instance.__dict__.pop("_file_before", None)
    if raw or before is None:
        return
    now = instance.file.name or ""
    if now == before:
        return
    if not now:
        forget(instance)
        return
    PublicationText.objects.update_or_create(publication=instance, defaults={"state": PublicationText.State.PENDING})
    transaction.on_commit(partial(extract_file_text.enqueue, instance.pk))


def forget(publication):
    """Drop what was read from a publication's (removed) file."""
    PublicationPage.objects.filter(publication=publication).delete()
    PublicationText.objects.filter(publication=publication).delete()


def request_reading(publications):
    """Read these publications' files again, even if unchanged (the admin's action)."""
    ids = [p.pk for p in publications if p.file]
    PublicationText.objects.filter(publication__in=ids).update(state=PublicationText.State.PENDING, checksum="")
    for pk in ids:
        PublicationText.objects.get_or_create(publication_id=pk)
        transaction.on_commit(partial(extract_file_text.enqueue, pk))
    return len(ids)


def copy_and_hash(field, target):
    digest = hashlib.sha256()
    with field.open("rb") as source:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
            target.write(chunk)
    target.flush()
    return digest.hexdigest()


@background_task(attempts=3)
def extract_file_text(publication_id):
    """Read a publication's file into page texts and re-index it. A file that gives no text is a
    result (recorded for the curators), not a failure of the task."""
    publication = Publication.objects.filter(pk=publication_id).first()
    if publication is None or not publication.file:
        return "no file"
    status, _ = PublicationText.objects.get_or_create(publication=publication)
    suffix = PurePath(publication.file.name).suffix.lower()
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        try:
            checksum = copy_and_hash(publication.file, copy)
        except FileNotFoundError:
            return record(publication, status, {"pages": [], "truncated": False, "error": "missing"}, "")
        if status.checksum == checksum and status.read_at:  # the same file again: its reading stands
            state = PublicationText.State.FAILED if status.error else PublicationText.State.DONE
            PublicationText.objects.filter(pk=status.pk).update(state=state)
            return "unchanged"
        if suffix not in extraction.FORMATS:
            result = {"pages": [], "truncated": False, "error": extraction.UNSUPPORTED}
        else:
            result = extraction.extract(copy.name)
    return record(publication, status, result, checksum)


def record(publication, status, result, checksum):
    with transaction.atomic():
        if Publication.objects.filter(pk=publication.pk, file=publication.file.name).exists():
            PublicationPage.objects.filter(publication=publication).delete()
            PublicationPage.objects.bulk_create(
                PublicationPage(publication=publication, number=number, text=clean(text))
                for number, text in result["pages"]
            )
            status.state = PublicationText.State.FAILED if result["error"] else PublicationText.State.DONE
            status.error = result["error"] or ""
            status.pages = len(result["pages"])
            status.truncated = result["truncated"]
            status.checksum = checksum
            status.read_at = timezone.now()
            status.save()
            search.index(Publication.objects.get(pk=publication.pk))
    return status.error or "done"
