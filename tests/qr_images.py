"""Read QR codes from a screenshot (PNG) or a printed page (pdftoppm's PGM) with zxing-cpp. The
images are decoded here in plain Python (8-bit, non-interlaced, as Chromium and poppler write
them), so the tests need no imaging library."""

from __future__ import annotations

import re
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # PNG colour type: grey, RGB, grey+alpha, RGBA


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> None:
    for x in range(len(line)):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if kind == 1:
            line[x] = (line[x] + a) & 255
        elif kind == 2:
            line[x] = (line[x] + b) & 255
        elif kind == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255


def png_grey(png: bytes) -> tuple[bytes, int, int]:
    """A PNG's pixels as 8-bit grey, with its width and height."""
    assert png[:8] == PNG_SIGNATURE, "not a PNG"
    at, data = 8, b""
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at : at + 8])
        chunk = png[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and interlace == 0 and colour in CHANNELS, "an unusual PNG"
        elif kind == b"IDAT":
            data += chunk
        at += 12 + length
    bpp = CHANNELS[colour]
    raw, stride = zlib.decompress(data), width * bpp
    grey, prev = bytearray(), bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], line, prev, bpp)
        if bpp < 3:
            grey += line[::bpp]
        else:
            grey += bytes(
                (299 * r + 587 * g + 114 * b) // 1000
                for r, g, b in zip(line[0::bpp], line[1::bpp], line[2::bpp], strict=True)
            )
        prev = line
    return bytes(grey), width, height


def pgm_grey(pgm: bytes) -> tuple[bytes, int, int]:
    """A binary PGM's (P5, 8-bit) pixels, width and height."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert header, "not an 8-bit binary PGM"
    return pgm[header.end() :], int(header[1]), int(header[2])


def read_qr_codes(grey: bytes, width: int, height: int) -> list[str]:
    """The text of every QR code in the image."""
    import zxingcpp

    image = zxingcpp.ImageView(grey, width, height, zxingcpp.ImageFormat.Lum)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found]
