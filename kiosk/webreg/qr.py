"""The registration page's URL as a QR code (segno: pure Python, no image library)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

#: Pixels per QR module in the PNG (a 2-3 cm code on the idle screen at 96 dpi and up).
PNG_SCALE = 8
#: The quiet zone, in modules (the standard asks for 4).
BORDER = 4


@dataclass(frozen=True)
class QrImage:
    """The URL (for staff to read out or type) and its QR code as PNG and SVG."""

    url: str
    png: bytes
    svg: str


def qr_image(url: str) -> QrImage:
    code = segno.make(url, error="m", micro=False)
    png = io.BytesIO()
    code.save(png, kind="png", scale=PNG_SCALE, border=BORDER)
    svg = io.BytesIO()
    code.save(svg, kind="svg", scale=PNG_SCALE, border=BORDER, xmldecl=False)
    return QrImage(url=url, png=png.getvalue(), svg=svg.getvalue().decode("utf-8"))
