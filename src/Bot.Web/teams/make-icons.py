"""Writes color.png (192x192) and outline.png (32x32, white on transparent) for the Teams app package.

Standard library only (zlib + struct), so it runs offline: python3 make-icons.py
The drawing is a plain "newspaper" glyph: a page with a headline bar and text lines.
"""
import struct
import zlib

ACCENT = (0x1F, 0x4E, 0x79, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def glyph(x, y, size):
    """True where the newspaper glyph is drawn, in a 32-unit grid scaled to the icon."""
    u, v = x * 32 // size, y * 32 // size
    page = 6 <= u <= 25 and 5 <= v <= 26
    inside = 8 <= u <= 23 and 7 <= v <= 24
    headline = 10 <= u <= 21 and 9 <= v <= 11
    lines = 10 <= u <= 21 and v in (14, 17, 20, 23) if v < 24 else False
    return (page and not inside) or headline or lines


png("color.png", 192, lambda x, y, s: WHITE if glyph(x, y, s) else ACCENT)
png("outline.png", 32, lambda x, y, s: WHITE if glyph(x, y, s) else CLEAR)
