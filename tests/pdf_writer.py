"""Small PDFs for tests, written by hand: pages of text lines in Helvetica, or pages that
are only an image (a scan), so that no test needs a PDF-writing library.

    make_pdf([["line one", "line two"], ["page two"]], title="Flash Update 3")
"""

from __future__ import annotations

import zlib

# Where the first line of a page stands, and the distance between lines, in points.
LEFT, TOP, LEADING, FONT_SIZE = 72, 760, 14, 11


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    created: str | None = None,
    image_pages: frozenset[int] = frozenset(),
) -> bytes:
    """A PDF whose page i shows the lines pages[i] (ASCII), or, for i in `image_pages`, only
    a grey image with no text at all. `created` is a PDF date ("D:20240912083000Z")."""
    objects: list[bytes] = []  # objects[n - 1] is object n

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pixels = zlib.compress(bytes([128]) * 64)
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
    pages_id = len(objects) + 2 * len(pages) + 1  # the page tree comes after every page and its content
    kids = []
    for number, lines in enumerate(pages):
        if number in image_pages:
            content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
        else:
            shown = b" T* ".join(b"(" + _escape(line) + b") Tj" for line in lines)
            content = b"BT /F1 %d Tf %d TL %d %d Td %s ET" % (FONT_SIZE, LEADING, LEFT, TOP, shown)
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (pages_id, stream, font, image)
            )
        )
    assert add(
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    ) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_fields = b""
    if title is not None:
        info_fields += b"/Title (" + _escape(title) + b") "
    if created is not None:
        info_fields += b"/CreationDate (" + _escape(created) + b") "
    info = add(b"<< " + info_fields + b">>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref
    )
    return bytes(out)


def encrypt(pdf: bytes, password: str, *, user_password: str | None = None) -> bytes:
    """The PDF encrypted with RC4 (pypdf does it without the cryptography package): opening
    it needs `user_password` (the password itself by default; "" opens it freely)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password if user_password is None else user_password, owner_password=password,
                   algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _escape(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
