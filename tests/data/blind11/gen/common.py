"""Shared helpers for the blind11 generator (openpyxl + exact Decimal arithmetic)."""
import re, struct, zlib
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string

getcontext().prec = 40

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)

GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"]


def png_bytes(w, h, rgb):
    """A tiny solid-colour PNG written by hand (no PIL)."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class RawImage(Image):
    """openpyxl Image that does not need PIL."""

    def __init__(self, data, w, h):
        self.ref = data
        self.width = w
        self.height = h
        self.format = "png"

    def _data(self):
        return self.ref


def parse_num(v):
    """Target / realisasi as typed: number, or Indonesian text ('1.425' = 1425, '12,5' = 12.5).
    Returns Decimal, a grade string, or None when malformed."""
    if isinstance(v, (int, float)):
        return D(repr(v))
    s = str(v).strip()
    if s.upper() in GRADES:
        return s.upper()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return D(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(,\d+)?", s):
        return D(s.replace(",", "."))
    return None


def exact_capaian(t, r, neg):
    t, r = parse_num(t), parse_num(r)
    if isinstance(t, str) or isinstance(r, str):
        return D(100) if GRADES.index(r) >= GRADES.index(t) else None
    if t is None or r is None or t == 0:
        return None
    return (2 * t - r) / t * 100 if neg else r / t * 100


def q(x, dec):
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def trunc(x, dec):
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_DOWN)


def col(letter):
    return column_index_from_string(letter)
