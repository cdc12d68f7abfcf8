"""Uploaded files are checked by what they contain, not only by what they are called.

An extension is a claim; the first bytes are evidence. A file named report.pdf that holds HTML or
a script is refused, as is a zip-based document (docx, odt, epub...) whose archive would unpack to
far more than its size (a zip bomb) or lacks the parts its format requires.
"""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office: doc, xls, ppt
ZIP = b"PK\x03\x04"
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "doc": (OLE2,),
    "xls": (OLE2,),
    "ppt": (OLE2,),
    "rtf": (b"{\\rtf",),
    "docx": (ZIP,),
    "xlsx": (ZIP,),
    "pptx": (ZIP,),
    "odt": (ZIP,),
    "ods": (ZIP,),
    "odp": (ZIP,),
    "epub": (ZIP,),
}
# What the archive of each zip-based format must hold: a part name, or ("mimetype", its text).
ZIP_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": ("mimetype", b"application/vnd.oasis.opendocument.text"),
    "ods": ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
    "odp": ("mimetype", b"application/vnd.oasis.opendocument.presentation"),
    "epub": ("mimetype", b"application/epub+zip"),
}
TEXT_FORMATS = {"csv"}
MARKUP = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<body", b"<iframe")
HEAD_BYTES = 64 * 1024
MAX_UNPACKED_RATIO = 100  # documents compress a few times over; a thousandfold is a bomb
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


def read_head(file, size=HEAD_BYTES):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def not_a_document(extension):
    # Translators: the end of "The file was refused: …"; extension is e.g. docx.
    return gettext("it is not a .%(extension)s document") % {"extension": extension}


def zip_problem(file, extension, size):
    """Why this zip-based document is not what it claims to be, or None."""
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_UNPACKED_RATIO * max(size, 1):
                return gettext("it would unpack to %(size)s, far more than a document holds") % {
                    "size": filesizeformat(unpacked)
                }
            marker = ZIP_MARKERS[extension]
            names = {member.filename for member in members}
            if isinstance(marker, tuple):
                name, text = marker
                if name not in names or archive.read(name).strip() != text:
                    return not_a_document(extension)
            elif marker not in names:
                return not_a_document(extension)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, ValueError):
        return gettext("the archive inside it is damaged")
    finally:
        file.seek(0)
    return None


@deconstructible
class FileContentValidator:
    """The file's content matches its extension (allowed extensions are checked elsewhere)."""

    def __call__(self, value):
        extension = PurePath(value.name).suffix.lower().lstrip(".")
        file = value.file if hasattr(value, "file") else value
        head = read_head(file)
        if not head:
            raise ValidationError(gettext("The file is empty."), code="empty_file")
        if extension in TEXT_FORMATS:
            lowered = head.lower().lstrip()
            if b"\x00" in head or lowered.startswith(MARKUP):
                raise ValidationError(
                    gettext("The file is named .%(extension)s but does not hold plain text."),
                    code="content_mismatch",
                    params={"extension": extension},
                )
            return
        signatures = SIGNATURES.get(extension)
        if signatures is None:
            return
        if not head.startswith(signatures):
            raise ValidationError(
                gettext(
                    "The file is named .%(extension)s but its content is not a .%(extension)s file. "
                    "Save it again in that format, or upload it with its real extension."
                ),
                code="content_mismatch",
                params={"extension": extension},
            )
        if extension in ZIP_MARKERS and (problem := zip_problem(file, extension, value.size)):
            # Translators: problem is one of the reasons above, e.g. "the archive inside it is damaged".
            message = gettext("The file was refused: %(problem)s.")
            raise ValidationError(message, code="content_mismatch", params={"problem": problem})

    def __eq__(self, other):
        return isinstance(other, FileContentValidator)


@deconstructible
class MaxFileSizeValidator:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        if value.size > self.limit:
            raise ValidationError(
                gettext("The file is %(size)s; files may be at most %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(value.size), "limit": filesizeformat(self.limit)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and other.limit == self.limit
