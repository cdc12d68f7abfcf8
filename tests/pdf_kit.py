"""PDFs the tests make themselves, written in raw PDF syntax: pages of known words, and hostile files
(nesting deeper than any parser's stack, a page tree claiming a million pages, encryption)."""

import io


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def assemble(objects, root=1):
    """A PDF file from its objects (their bodies, numbered from 1), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data):
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def page_content(text):
    lines = text.split("\n") if text else []
    parts = [f"BT /F1 12 Tf 72 {720 - 16 * i} Td ({escape(line)}) Tj ET" for i, line in enumerate(lines)]
    return "\n".join(parts).encode("latin-1")


def make_pdf(pages, *, claimed_count=None, kids_repeat=1, page_extra=b""):
    """A PDF whose page n holds the text pages[n-1] (lines split on newlines; "" for a page with no
    text, like a scan). `claimed_count` overrides the page tree's /Count; `kids_repeat` lists every
    page that many times over; `page_extra` is added to each page's dictionary."""
    first_page = 4
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages))) * 1
    kids = " ".join([kids] * kids_repeat)
    count = claimed_count if claimed_count is not None else len(pages) * kids_repeat
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, text in enumerate(pages):
        content = first_page + 2 * i + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            + f"/Contents {content} 0 R ".encode()
            + page_extra
            + b">>"
        )
        objects.append(stream(page_content(text)))
    return assemble(objects)


def deeply_nested_pdf(depth=200_000):
    """One page whose dictionary holds an array nested `depth` levels deep."""
    return make_pdf(["nested"], page_extra=b"/Deep " + b"[" * depth + b"]" * depth + b" ")


def million_page_pdf():
    """A page tree claiming a million pages, listing a real one a thousand times over."""
    return make_pdf(["page of a very long report"], claimed_count=1_000_000, kids_repeat=1000)


def encrypted_pdf(pages, password="secret"):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(pages))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def slow_pdf():
    """A thousand dense pages (one page listed a thousand times): reading them all takes seconds."""
    dense = "\n".join(f"line {i} of a dense page of tables and figures" for i in range(150))
    return make_pdf([dense], kids_repeat=1000)
