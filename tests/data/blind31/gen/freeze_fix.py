"""LibreOffice headless conversion drops frozen panes. Re-insert them into the final .xlsx files
(sheet XML patched in place, so LibreOffice's cached formula values stay). .xls/.ods keep no freeze."""
import json, os, re, sys, zipfile, shutil
import openpyxl
from openpyxl.utils import coordinate_to_tuple
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for ag in ['dinas_pupr', 'dinas_pertanahan', 'dinas_perkebunan']:
    for f in json.load(open(os.path.join(ROOT, ag, 'key.json')))['files']:
        if not f.endswith('.xlsx'):
            continue
        raw = openpyxl.load_workbook(os.path.join(ROOT, 'gen', 'raw', ag, f))
        fz = {i: ws.freeze_panes for i, ws in enumerate(raw.worksheets) if ws.freeze_panes}
        if not fz:
            continue
        p = os.path.join(ROOT, ag, f); tmp = p + '.tmp'
        with zipfile.ZipFile(p) as zi, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
            for it in zi.infolist():
                data = zi.read(it.filename)
                m = re.match(r'xl/worksheets/sheet(\d+)\.xml$', it.filename)
                if m and int(m.group(1)) - 1 in fz:
                    cell = fz[int(m.group(1)) - 1]
                    r, c = coordinate_to_tuple(cell)
                    pane = (f'<pane xSplit="{c-1}" ySplit="{r-1}" topLeftCell="{cell}" activePane="bottomRight" state="frozen"/>'
                            f'<selection pane="bottomRight" activeCell="{cell}" sqref="{cell}"/>')
                    s = data.decode('utf-8')
                    s = re.sub(r'(<sheetView\b[^>]*?)/>', r'\1>' + pane + '</sheetView>', s, count=1) if re.search(r'<sheetView\b[^>]*?/>', s) \
                        else re.sub(r'(<sheetView\b[^>]*>)(.*?)(</sheetView>)', lambda mm: mm.group(1) + pane + '</sheetView>', s, count=1, flags=re.S)
                    data = s.encode('utf-8')
                zo.writestr(it, data)
        shutil.move(tmp, p)
        print('freeze', ag, f, fz)
