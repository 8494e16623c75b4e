"""A tiny workbook model with three writers: openpyxl (.xlsx), xlwt (.xls), odfpy (.ods).

Layout code fills Sheet objects cell by cell; the writers only translate.
Formulas are given in Excel A1 syntax ("=E10/D10*100").
"""
import re
from openpyxl.utils import get_column_letter, column_index_from_string

# ---------------------------------------------------------------- styles
STYLES = {
    'plain': {},
    'title': {'bold': True, 'size': 12, 'halign': 'center'},
    'titlel': {'bold': True, 'size': 11},
    'bold': {'bold': True},
    'ital': {'italic': True},
    'hdr': {'bold': True, 'border': True, 'halign': 'center', 'valign': 'center', 'wrap': True, 'fill': True},
    'hdrn': {'italic': True, 'border': True, 'halign': 'center', 'size': 9},      # numbered column row
    'txt': {'border': True, 'wrap': True, 'valign': 'top'},
    'txtb': {'border': True, 'wrap': True, 'valign': 'top', 'bold': True},
    'txtc': {'border': True, 'halign': 'center', 'valign': 'top'},
    'num': {'border': True, 'halign': 'right', 'valign': 'top'},
    'int': {'border': True, 'fmt': '#,##0', 'halign': 'right', 'valign': 'top'},
    'dec1': {'border': True, 'fmt': '0.0', 'halign': 'right', 'valign': 'top'},
    'dec2': {'border': True, 'fmt': '0.00', 'halign': 'right', 'valign': 'top'},
    'pct': {'border': True, 'fmt': '0.00%', 'halign': 'right', 'valign': 'top'},
    'pct0': {'border': True, 'fmt': '0%', 'halign': 'right', 'valign': 'top'},
    'pct1': {'border': True, 'fmt': '0.0%', 'halign': 'right', 'valign': 'top'},
    'rp': {'border': True, 'fmt': '#,##0', 'halign': 'right', 'valign': 'top'},
    'strr': {'border': True, 'halign': 'right', 'valign': 'top'},   # text right aligned
    'sig': {'halign': 'center'},
    'sigb': {'halign': 'center', 'bold': True, 'underline': True},
}


class Cell:
    __slots__ = ('value', 'formula', 'style', 'quote')

    def __init__(self, value=None, formula=None, style='plain', quote=False):
        self.value, self.formula, self.style, self.quote = value, formula, style, quote


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.merges = []          # (r1, c1, r2, c2) 1-based inclusive
        self.widths = {}          # col index -> width in characters
        self.hidden_cols = set()
        self.hidden = False
        self.freeze = None        # e.g. 'E5'
        self.autofilter = None    # e.g. 'A4:K40'
        self.landscape = True

    def set(self, r, c, value=None, style='plain', formula=None, quote=False):
        if isinstance(c, str):
            c = column_index_from_string(c)
        self.cells[(r, c)] = Cell(value, formula, style, quote)
        return (r, c)

    def merge(self, r1, c1, r2, c2):
        if isinstance(c1, str):
            c1 = column_index_from_string(c1)
        if isinstance(c2, str):
            c2 = column_index_from_string(c2)
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def width(self, c, w):
        if isinstance(c, str):
            c = column_index_from_string(c)
        self.widths[c] = w

    def maxrc(self):
        mr = max([r for r, c in self.cells] + [m[2] for m in self.merges] + [1])
        mc = max([c for r, c in self.cells] + [m[3] for m in self.merges] + list(self.widths) + [1])
        return mr, mc


class Workbook:
    def __init__(self):
        self.sheets = []

    def add(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def save(self, path):
        if path.endswith('.xlsx'):
            write_xlsx(self, path)
        elif path.endswith('.xls'):
            write_xls(self, path)
        elif path.endswith('.ods'):
            write_ods(self, path)
        else:
            raise ValueError(path)


# ---------------------------------------------------------------- xlsx
def write_xlsx(wb, path):
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    x = openpyxl.Workbook()
    x.remove(x.active)
    thin = Side(style='thin')
    for sh in wb.sheets:
        ws = x.create_sheet(sh.name)
        for (r, c), cell in sorted(sh.cells.items()):
            st = STYLES[cell.style]
            xc = ws.cell(row=r, column=c)
            xc.value = cell.formula if cell.formula else cell.value
            xc.font = Font(bold=st.get('bold', False), italic=st.get('italic', False),
                           size=st.get('size', 10), underline='single' if st.get('underline') else None,
                           name='Arial')
            xc.alignment = Alignment(horizontal=st.get('halign'), vertical=st.get('valign'),
                                     wrap_text=st.get('wrap', False))
            if st.get('border'):
                xc.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if st.get('fill'):
                xc.fill = PatternFill('solid', fgColor='D9D9D9')
            if st.get('fmt'):
                xc.number_format = st['fmt']
            if cell.quote:
                xc.quotePrefix = True
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        for c in sh.hidden_cols:
            ws.column_dimensions[get_column_letter(c)].hidden = True
        if sh.hidden:
            ws.sheet_state = 'hidden'
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        if sh.autofilter:
            ws.auto_filter.ref = sh.autofilter
        ws.page_setup.orientation = 'landscape' if sh.landscape else 'portrait'
    x.save(path)


# ---------------------------------------------------------------- xls
def write_xls(wb, path):
    import xlwt
    book = xlwt.Workbook(encoding='utf-8')
    cache = {}

    def style(name):
        if name in cache:
            return cache[name]
        st = STYLES[name]
        parts = ['font: name Arial, height %d%s%s%s' % (
            20 * st.get('size', 10), ', bold on' if st.get('bold') else '',
            ', italic on' if st.get('italic') else '', ', underline single' if st.get('underline') else '')]
        al = []
        if st.get('wrap'):
            al.append('wrap on')
        if st.get('halign'):
            al.append('horiz ' + {'center': 'centre'}.get(st['halign'], st['halign']))
        if st.get('valign'):
            al.append('vert ' + {'center': 'centre'}.get(st['valign'], st['valign']))
        if al:
            parts.append('align: ' + ', '.join(al))
        if st.get('border'):
            parts.append('borders: left thin, right thin, top thin, bottom thin')
        if st.get('fill'):
            parts.append('pattern: pattern solid, fore_colour gray25')
        s = xlwt.easyxf('; '.join(parts), num_format_str=st.get('fmt', 'General'))
        cache[name] = s
        return s

    for sh in wb.sheets:
        ws = book.add_sheet(sh.name, cell_overwrite_ok=True)
        covered = set()
        for (r1, c1, r2, c2) in sh.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for (r1, c1, r2, c2) in sh.merges:
            cell = sh.cells.get((r1, c1), Cell())
            val = xlwt.Formula(cell.formula[1:]) if cell.formula else (cell.value if cell.value is not None else '')
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, val, style(cell.style))
        merged_tl = {(m[0], m[1]) for m in sh.merges}
        for (r, c), cell in sorted(sh.cells.items()):
            if (r, c) in covered or (r, c) in merged_tl:
                continue
            if cell.formula:
                ws.write(r - 1, c - 1, xlwt.Formula(cell.formula[1:]), style(cell.style))
            elif cell.value is None:
                ws.write(r - 1, c - 1, None, style(cell.style))
            else:
                ws.write(r - 1, c - 1, cell.value, style(cell.style))
        for c, w in sh.widths.items():
            ws.col(c - 1).width = int(256 * w)
        for c in sh.hidden_cols:
            ws.col(c - 1).hidden = True
        if sh.hidden:
            ws.visibility = 1
        if sh.freeze:
            from openpyxl.utils.cell import coordinate_from_string
            col, row = coordinate_from_string(sh.freeze)
            ws.set_panes_frozen(True)
            ws.set_horz_split_pos(row - 1)
            ws.set_vert_split_pos(column_index_from_string(col) - 1)
    book.save(path)


# ---------------------------------------------------------------- ods
REF = re.compile(r'(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?')


def to_of(formula):
    body = formula[1:]
    out, i = [], 0
    instr = False
    res = ''
    for part in re.split(r'("[^"]*")', body):
        if part.startswith('"'):
            res += part
            continue
        part = REF.sub(lambda m: '[.%s:.%s]' % (m.group(1), m.group(2)) if m.group(2) else '[.%s]' % m.group(1), part)
        part = part.replace(',', ';')
        res += part
    return 'of:=' + res


def write_ods(wb, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (Style, TableColumnProperties, TableProperties, TextProperties,
                           TableCellProperties, ParagraphProperties)
    from odf.number import PercentageStyle, NumberStyle, Number, Text as NText
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P
    from odf import teletype
    doc = OpenDocumentSpreadsheet()
    ast = doc.automaticstyles
    # data styles
    dstyles = {}

    def datastyle(fmt):
        if fmt in dstyles:
            return dstyles[fmt]
        name = 'N%d' % (len(dstyles) + 1)
        if fmt.endswith('%'):
            dec = len(fmt.split('.')[1]) - 1 if '.' in fmt else 0
            ps = PercentageStyle(name=name)
            ps.addElement(Number(decimalplaces=dec, minintegerdigits=1))
            ps.addElement(NText(text='%'))
        else:
            dec = len(fmt.split('.')[1]) if '.' in fmt else 0
            ps = NumberStyle(name=name)
            ps.addElement(Number(decimalplaces=dec, minintegerdigits=1, grouping='true' if ',' in fmt else 'false'))
        ast.addElement(ps)
        dstyles[fmt] = name
        return name

    cstyles = {}

    def cellstyle(sname):
        if sname in cstyles:
            return cstyles[sname]
        st = STYLES[sname]
        kw = {'name': 'ce_' + sname, 'family': 'table-cell'}
        if st.get('fmt'):
            kw['datastylename'] = datastyle(st['fmt'])
        s = Style(**kw)
        tcp = {}
        if st.get('border'):
            tcp['border'] = '0.5pt solid #000000'
        if st.get('wrap'):
            tcp['wrapoption'] = 'wrap'
        if st.get('valign'):
            tcp['verticalalign'] = {'center': 'middle'}.get(st['valign'], st['valign'])
        if st.get('fill'):
            tcp['backgroundcolor'] = '#d9d9d9'
        if tcp:
            s.addElement(TableCellProperties(**tcp))
        if st.get('halign'):
            s.addElement(ParagraphProperties(textalign={'right': 'end', 'left': 'start'}.get(st['halign'], st['halign'])))
        tp = {'fontsize': '%dpt' % st.get('size', 10)}
        if st.get('bold'):
            tp['fontweight'] = 'bold'
        if st.get('italic'):
            tp['fontstyle'] = 'italic'
        if st.get('underline'):
            tp['textunderlinestyle'] = 'solid'
        s.addElement(TextProperties(**tp))
        ast.addElement(s)
        cstyles[sname] = s
        return s

    colstyles = {}

    def colstyle(w):
        key = round(w, 1)
        if key in colstyles:
            return colstyles[key]
        s = Style(name='co%d' % (len(colstyles) + 1), family='table-column')
        s.addElement(TableColumnProperties(columnwidth='%.2fcm' % (w * 0.2)))
        ast.addElement(s)
        colstyles[key] = s
        return s

    hid = Style(name='ta_hidden', family='table')
    hid.addElement(TableProperties(display='false'))
    ast.addElement(hid)
    vis = Style(name='ta_vis', family='table')
    vis.addElement(TableProperties(display='true'))
    ast.addElement(vis)

    for sh in wb.sheets:
        t = Table(name=sh.name, stylename=hid if sh.hidden else vis)
        mr, mc = sh.maxrc()
        for c in range(1, mc + 1):
            kw = {'stylename': colstyle(sh.widths.get(c, 9))}
            if c in sh.hidden_cols:
                kw['visibility'] = 'collapse'
            t.addElement(TableColumn(**kw))
        span = {}
        covered = set()
        for (r1, c1, r2, c2) in sh.merges:
            span[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in range(1, mr + 1):
            tr = TableRow()
            for c in range(1, mc + 1):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                cell = sh.cells.get((r, c))
                kw = {}
                if (r, c) in span:
                    kw['numberrowsspanned'], kw['numbercolumnsspanned'] = span[(r, c)]
                if cell is None:
                    tr.addElement(TableCell(**kw))
                    continue
                kw['stylename'] = cellstyle(cell.style)
                fmt = STYLES[cell.style].get('fmt', '')
                v = cell.value
                if cell.formula:
                    kw['formula'] = to_of(cell.formula)
                    kw['valuetype'] = 'percentage' if fmt.endswith('%') else 'float'
                    kw['value'] = 0
                    tc = TableCell(**kw)
                elif isinstance(v, bool) or v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, (int, float)):
                    kw['valuetype'] = 'percentage' if fmt.endswith('%') else 'float'
                    kw['value'] = repr(float(v)) if isinstance(v, float) else str(v)
                    tc = TableCell(**kw)
                    tc.addElement(P(text=str(v)))
                else:
                    kw['valuetype'] = 'string'
                    tc = TableCell(**kw)
                    for line in str(v).split('\n'):
                        p = P()
                        teletype.addTextToElement(p, line)
                        tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)
