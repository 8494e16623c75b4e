"""Rules shared by build.py and check.py (domain.md: capaian, rounding, categories, number parsing)."""
import re
from decimal import Decimal as D, ROUND_HALF_UP

def dec(x):
    """Decimal of a number; floats through their shortest repr (36.97 -> 36.97, not the binary expansion)."""
    return D(repr(x)) if isinstance(x, float) else D(x)

def rnd(x, n):
    return dec(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)

def capaian(t, r, pol='+', cap100=False):
    """Exact capaian in percent points; None when target is zero (undefined)."""
    t, r = dec(t), dec(r)
    if t == 0:
        return None
    v = r / t * 100 if pol == '+' else (2 * t - r) / t * 100
    if cap100 and v > 100:
        v = D(100)
    return v

def category(v):
    """Permendagri scale: >=91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <=50 Sangat Rendah.
    Values in the gaps (e.g. 90.5) return None; the set avoids them."""
    v = dec(v)
    if v >= 91: return 'Sangat Tinggi'
    if 76 <= v <= 90: return 'Tinggi'
    if 66 <= v <= 75: return 'Sedang'
    if 51 <= v <= 65: return 'Rendah'
    if v <= 50: return 'Sangat Rendah'
    return None

def num_decimals_from_format(fmt):
    fmt = (fmt or 'General').split(';')[0]
    m = re.search(r'0\.(0+)', fmt)
    return len(m.group(1)) if m else (0 if '0' in fmt else None)

def clean_text(s):
    s = s.replace('\u00a0', ' ').strip()
    s = s.lstrip("'").strip()
    s = re.sub(r'^Rp\.?\s*', '', s)
    s = re.sub(r',-$', '', s)
    s = re.sub(r'\*\)?$', '', s).strip()
    s = s.rstrip('%').strip()
    s = s.replace(' ', '')
    return s

def parse_num(v, hint=None):
    """Parse a cell value to Decimal; None if not a readable number."""
    if v is None or v == '':
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return D(repr(v)) if isinstance(v, float) else D(v)
    s = clean_text(str(v))
    if re.fullmatch(r'-?\d+', s):
        return D(s)
    if ',' in s and '.' in s:
        if s.rfind(',') > s.rfind('.'):
            if not re.fullmatch(r'\d{1,3}(\.\d{3})+,\d+', s): return None
            return D(s.replace('.', '').replace(',', '.'))
        if not re.fullmatch(r'\d{1,3}(,\d{3})+\.\d+', s): return None
        return D(s.replace(',', ''))
    if ',' in s:
        if hint == 'count' and re.fullmatch(r'\d{1,3}(,\d{3})+', s):
            return D(s.replace(',', ''))
        if re.fullmatch(r'\d+,\d+', s):
            return D(s.replace(',', '.'))
        return None
    if '.' in s:
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
            return D(s.replace('.', ''))
        if re.fullmatch(r'\d+\.\d+', s):
            return D(s)
        return None
    return None

def stated_pct(value, fmt):
    """(stated value in percent points, decimals shown) of a capaian cell, or (None, None)."""
    if value is None or value == '':
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        x = D(repr(value)) if isinstance(value, float) else D(value)
        n = num_decimals_from_format(fmt)
        if fmt and '%' in fmt:
            x = x * 100
        if n is None:  # General: decimals as stored
            n = max(0, -x.normalize().as_tuple().exponent)
        return rnd(x, n), n
    s = clean_text(str(value))
    x = parse_num(s)
    if x is None:
        return None, None
    m = re.search(r'[.,](\d+)$', s)
    n = len(m.group(1)) if m else 0
    return x, n

def plain(x):
    """Plain decimal string: '.' mark, no grouping, no exponent."""
    x = dec(x)
    s = format(x.normalize(), 'f')
    return s
