"""Reading the text of an uploaded file, page by page, in a child process that cannot hurt the site.

A publication's file comes from anywhere, and a PDF parser can be made to loop, recurse or allocate
without end. So the parsing runs in a separate Python process (`python extraction.py <path>`,
run as a script, without Django) with a memory ceiling, a CPU ceiling and a deadline between pages, and the
parent kills it when its wall-clock time is up. What it reads is bounded too: at most MAX_PAGES pages
and MAX_TEXT_BYTES of text; a file cut short by a bound is marked truncated.

PDFs are read with pypdf; Word (.docx) and OpenDocument (.odt) texts with the standard library's zip
and XML readers, as one page (they have no fixed pages). Other formats are not read.
"""

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

MAX_PAGES = 300
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_SECONDS = 20  # wall-clock time of the whole extraction, the child's start included
MAX_MEMORY_BYTES = 1024 * 1024 * 1024
MAX_XML_BYTES = 50 * 1024 * 1024  # the document part of a docx or odt, unpacked
FORMATS = {".pdf", ".docx", ".odt"}

# Reasons a file gives no text, as the child reports them (the curators' wording is in models.py).
ENCRYPTED, NO_TEXT, DAMAGED, TOO_SLOW, TOO_BIG, UNSUPPORTED = (
    "encrypted",
    "no-text",
    "damaged",
    "too-slow",
    "too-big",
    "unsupported",
)


class Pages:
    """Page texts gathered within the bounds: adding stops (and marks truncation) at the first bound."""

    def __init__(self, deadline):
        self.deadline = deadline
        self.texts = []  # (page number, text)
        self.size = 0
        self.truncated = False

    def add(self, number, text):
        text = text.replace("\x00", "")
        room = MAX_TEXT_BYTES - self.size
        encoded = text.encode("utf-8", "replace")
        if len(encoded) > room:
            text = encoded[:room].decode("utf-8", "ignore")
            self.truncated = True
        self.size += len(text.encode("utf-8", "replace"))
        if text.strip():
            self.texts.append((number, text))
        return not self.full()

    def full(self):
        if self.size >= MAX_TEXT_BYTES or time.monotonic() > self.deadline:
            self.truncated = True
            return True
        return False


def read_pdf(path, pages):
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # an owner password alone still lets anyone read
        except Exception:
            opened = 0
        if not opened:
            return ENCRYPTED
    count = len(reader.pages)
    if count > MAX_PAGES:
        pages.truncated = True
    for index in range(min(count, MAX_PAGES)):
        try:
            page = reader.pages[index]
        except (IndexError, KeyError):  # fewer pages than the tree claims
            break
        if not pages.add(index + 1, page.extract_text() or ""):
            break
    return None


def bounded_xml(archive, name):
    info = archive.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise ValueError("too big")
    with archive.open(info) as member:
        data = member.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:  # the header lied about the size
        raise ValueError("too big")
    return data


def paragraphs(xml, paragraph_tags):
    """The text of each paragraph element (tags in Clark notation), in document order."""
    from xml.etree import ElementTree

    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:  # no document part declares entities
        raise ValueError("entities")
    root = ElementTree.fromstring(xml)
    return ["".join(p.itertext()) for p in root.iter() if p.tag in paragraph_tags]


def read_office(path, suffix, pages):
    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    text = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    name, tags = ("word/document.xml", {f"{word}p"}) if suffix == ".docx" else ("content.xml", {f"{text}p", f"{text}h"})
    with zipfile.ZipFile(path) as archive:
        try:
            xml = bounded_xml(archive, name)
        except KeyError:
            return DAMAGED
        except ValueError:
            return TOO_BIG
    try:
        found = paragraphs(xml, tags)
    except ValueError:
        return DAMAGED
    except Exception:
        return DAMAGED
    pages.add(1, "\n".join(found))
    return None


def limit_resources():
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MAX_MEMORY_BYTES, MAX_MEMORY_BYTES))
        resource.setrlimit(resource.RLIMIT_CPU, (MAX_SECONDS, MAX_SECONDS + 1))
    except (ImportError, ValueError, OSError):  # not on this platform
        pass


def read(path, deadline):
    """{"pages": [[number, text]...], "truncated": bool, "error": reason or None} for the file at `path`."""
    suffix = Path(path).suffix.lower()
    pages = Pages(deadline)
    sys.setrecursionlimit(2000)
    try:
        if suffix == ".pdf":
            error = read_pdf(path, pages)
        elif suffix in FORMATS:
            error = read_office(path, suffix, pages)
        else:
            error = UNSUPPORTED
    except MemoryError:
        error = TOO_BIG
    except RecursionError:
        error = DAMAGED
    except Exception:
        error = DAMAGED
    if error is None and not pages.texts:
        error = NO_TEXT
    return {"pages": pages.texts, "truncated": pages.truncated, "error": error}


def extract(path, seconds=MAX_SECONDS):
    """Read the file at `path` in a child process; the same answer as read(), or a reason for none."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", str(Path(__file__).resolve()), str(path), str(seconds)],
            capture_output=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"pages": [], "truncated": False, "error": TOO_SLOW}
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        # Killed by a ceiling (memory, CPU) or crashed in the parser.
        return {"pages": [], "truncated": False, "error": TOO_BIG if done.returncode < 0 else DAMAGED}
    answer["pages"] = [(int(number), str(text)) for number, text in answer["pages"]]
    return answer


if __name__ == "__main__":
    started = time.monotonic()
    limit_resources()
    # Leave the parent a margin to read the answer before its own timeout.
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else MAX_SECONDS
    result = read(sys.argv[1], started + seconds * 0.75)
    sys.stdout.write(json.dumps(result))
