"""Shared helpers for the blind58 generators.

Every figure written into a workbook is a V: the cell content (number, text or formula) plus the
value the key gives it (the generator's intended figure).  The key is computed from these V objects,
never read back from the files.  verify.py reads the delivered files and compares.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string, range_boundaries

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)            # /work/exam/blind58
RAW = os.path.join(HERE, 'raw')
CELLS = os.path.join(HERE, 'cells')

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class V:
    """A written cell: content as it goes into the workbook, key value, number format."""
    __slots__ = ('content', 'key', 'fmt')

    def __init__(self, content, key, fmt=None):
        self.content = content
        self.key = key
        self.fmt = fmt

    def __repr__(self):
        return 'V(%r, %r, %r)' % (self.content, self.key, self.fmt)


def N(x, fmt=None):
    """A plain number (keyed as it is)."""
    return V(x, x, fmt)


def P(points, fmt='0.00%'):
    """A percentage stored as a fraction in a %-formatted cell; keyed in percent points."""
    return V(round(points / 100.0, 10), points, fmt)


def T(text, key):
    """A text cell with its intended key value (Indonesian reading)."""
    return V(text, key)


def F(formula, key, fmt=None):
    """A formula with the value the generator computed for it (LibreOffice caches the same)."""
    return V(formula, key, fmt)


def D(text='-'):
    """A dash, a grade, N/A: keyed null."""
    return V(text, None)


def idn(x, dec=None):
    """Format a number the Indonesian way: 1.250 / 85,5."""
    if dec is None:
        if float(x) == int(x):
            dec = 0
        else:
            s = repr(float(x))
            dec = len(s.split('.')[1])
    s = f'{x:,.{dec}f}'
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def col_of(ref):
    return coordinate_from_string(ref)[0]


def row_of(ref):
    return coordinate_from_string(ref)[1]


def cl(i):
    return get_column_letter(i)


def ci(letter):
    return column_index_from_string(letter)


class Sheet:
    def __init__(self, book, title, hidden=False):
        self.book = book
        self.title = title
        self.ws = book.wb.create_sheet(title)
        if hidden:
            self.ws.sheet_state = 'hidden'
        self.vals = {}
        self.merges = []
        self.boxes = []

    # ---- writing -------------------------------------------------------------------------
    def w(self, ref, v, bold=False, wrap=True, h=None, va='center', italic=False, size=None,
          fmt=None):
        if v is None:
            return None
        if not isinstance(v, V):
            v = V(v, None)
        c = self.ws[ref]
        c.value = v.content
        f = fmt or v.fmt
        if f:
            c.number_format = f
        c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=va)
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size or 11)
        self.vals[ref] = v
        return v

    def m(self, rng, v=None, **kw):
        """Write v into the top-left cell of rng and merge rng (merged at finalize)."""
        tl = rng.split(':')[0]
        if v is not None:
            self.w(tl, v, **kw)
        if ':' in rng and rng.split(':')[0] != rng.split(':')[1]:
            self.merges.append(rng)
        return tl

    def box(self, rng):
        self.boxes.append(rng)

    def width(self, letter, w):
        self.ws.column_dimensions[letter].width = w

    def height(self, r, hgt):
        self.ws.row_dimensions[r].height = hgt

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True

    def hide_col(self, letter):
        self.ws.column_dimensions[letter].hidden = True

    def k(self, ref):
        """Key value of what was written at ref (None when empty)."""
        v = self.vals.get(ref)
        return None if v is None else v.key

    # ---- key -----------------------------------------------------------------------------
    def _rule(self, spec):
        if isinstance(spec, str):
            return {'rule': 'cell', 'cells': [spec]}, self.k(spec)
        kind, refs = spec
        ks = [self.k(r) for r in refs]
        ks = [x for x in ks if x is not None]
        if kind == 'sum':
            val = None
            if ks:
                val = round(sum(ks), 6)
                if float(val) == int(val) and all(isinstance(x, int) for x in ks):
                    val = int(val)
        elif kind in ('last', 'lastcum'):       # lastcum: cumulative "s.d. TW" columns
            val = ks[-1] if ks else None
        else:
            raise ValueError(kind)
        return {'rule': kind, 'cells': list(refs)}, val

    def key(self, year, sid, name_ref, target, realisasi, col=False):
        nv = self.vals[name_ref]
        assert isinstance(nv.content, str), name_ref
        tspec, tval = self._rule(target)
        rspec, rval = self._rule(realisasi)
        row = {'file': self.book.file, 'sheet': self.title, 'row': row_of(name_ref)}
        if col:
            row['col'] = col_of(name_ref)
        row.update({'year': year, 'written': nv.content, 'same_as': sid,
                    'target': tval, 'realisasi': rval})
        cell = {'file': self.book.file, 'sheet': self.title, 'year': year, 'same_as': sid,
                'name': name_ref, 'target': tspec, 'realisasi': rspec}
        self.book.agency.rows.append(row)
        self.book.agency.cells.append(cell)
        return row

    # ---- finish --------------------------------------------------------------------------
    def finalize(self):
        for rng in self.boxes:
            c1, r1, c2, r2 = range_boundaries(rng)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        for rng in self.merges:
            self.ws.merge_cells(rng)


class Book:
    def __init__(self, agency, base, ext):
        self.agency = agency
        self.base = base
        self.ext = ext
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = []

    @property
    def file(self):
        return self.base + '.' + self.ext

    def sheet(self, title, hidden=False):
        s = Sheet(self, title, hidden)
        self.sheets.append(s)
        return s

    def save(self, rawdir):
        for s in self.sheets:
            s.finalize()
        self.wb.save(os.path.join(rawdir, self.base + '.xlsx'))


class Agency:
    def __init__(self, slug, name, years, ambiguous, flow_ids):
        self.slug = slug
        self.name = name
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.books = []
        self.rows = []
        self.cells = []

    def book(self, base, ext):
        b = Book(self, base, ext)
        self.books.append(b)
        return b

    def save(self):
        rawdir = os.path.join(RAW, self.slug)
        os.makedirs(rawdir, exist_ok=True)
        os.makedirs(CELLS, exist_ok=True)
        outdir = os.path.join(ROOT, self.slug)
        os.makedirs(outdir, exist_ok=True)
        for b in self.books:
            b.save(rawdir)
        manifest = [{'raw': b.base + '.xlsx', 'ext': b.ext, 'file': b.file} for b in self.books]
        with open(os.path.join(rawdir, 'manifest.json'), 'w') as f:
            json.dump(manifest, f, indent=1)
        # sanity: one row per id per year
        seen = set()
        for r in self.rows:
            k = (r['same_as'], r['year'])
            assert k not in seen, k
            seen.add(k)
        order = {b.file: i for i, b in enumerate(self.books)}
        sheet_order = {}
        for b in self.books:
            for i, s in enumerate(b.sheets):
                sheet_order[(b.file, s.title)] = i

        def sk(r):
            return (order[r['file']], sheet_order[(r['file'], r['sheet'])], r['row'],
                    ci(r.get('col', 'A')))
        idx = sorted(range(len(self.rows)), key=lambda i: sk(self.rows[i]))
        rows = [self.rows[i] for i in idx]
        cells = [self.cells[i] for i in idx]
        key = {'agency': self.name, 'years': self.years, 'files': [b.file for b in self.books],
               'ambiguous': self.ambiguous, 'rows': rows}
        with open(os.path.join(outdir, 'key.json'), 'w') as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        with open(os.path.join(CELLS, self.slug + '.json'), 'w') as f:
            json.dump({'slug': self.slug, 'flow_ids': self.flow_ids, 'cells': cells}, f,
                      indent=1, ensure_ascii=False)
        print(self.slug, len(rows), 'key rows')


def signature(s, col, r, place_date, jabatan_lines, name, rank, nip, bold_name=True):
    """A signature block starting at (col, r); returns the next free row."""
    if place_date:
        s.w(f'{col}{r}', place_date, wrap=False)
    r += 1
    for line in jabatan_lines:
        s.w(f'{col}{r}', line, wrap=False)
        r += 1
    r += 3
    s.w(f'{col}{r}', name, bold=bold_name, wrap=False)
    r += 1
    if rank:
        s.w(f'{col}{r}', rank, wrap=False)
        r += 1
    s.w(f'{col}{r}', nip, wrap=False)
    return r + 1
