"""Build the blind52 test set: raw workbooks -> LibreOffice re-save -> delivered folders + key.json, README.md, NAMES.md."""
import json, os, subprocess, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sma, tahura, irigasi

ROOT = '/work/blind52'
GEN = f'{ROOT}/gen'
PROFILE = '/tmp/lo-blind52'
FILTER = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97', '.ods': 'ods:calc8'}


def lo_profile():
    """LibreOffice profile that recalculates formulas on load, so saved files carry cached values."""
    os.makedirs(f'{PROFILE}/user', exist_ok=True)
    xcu = f'{PROFILE}/user/registrymodifications.xcu'
    want = ['OOXMLRecalcMode', 'ODFRecalcMode']
    txt = open(xcu).read() if os.path.exists(xcu) else ''
    if all(w in txt for w in want):
        return
    items = ''.join(f'<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="{w}" oor:op="fuse">'
                    f'<value>0</value></prop></item>\n' for w in want)
    if '</oor:items>' in txt:
        txt = txt.replace('</oor:items>', items + '</oor:items>')
    else:
        txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
               'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
               + items + '</oor:items>\n')
    open(xcu, 'w').write(txt)


def soffice(src, outdir, filt):
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', f'-env:UserInstallation=file://{PROFILE}', '--headless', '--convert-to', filt, '--outdir', outdir, src]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = os.path.join(outdir, os.path.basename(src))
    if not os.path.exists(out):
        raise RuntimeError(f'conversion failed: {src}\n{p.stdout}\n{p.stderr}')


def patch_freeze(path, sheet_name, cell):
    """LibreOffice headless does not export frozen panes; put the pane back into the LO-saved xlsx (view XML only)."""
    import re, zipfile
    from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
    col, row = coordinate_from_string(cell)
    xs, ys = column_index_from_string(col) - 1, row - 1
    z = zipfile.ZipFile(path)
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    wbx = files['xl/workbook.xml'].decode()
    rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet_name), wbx).group(1)
    rels = files['xl/_rels/workbook.xml.rels'].decode()
    target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
        re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    name = 'xl/' + target.group(1).lstrip('/').replace('xl/', '')
    x = files[name].decode()
    pane = (f'<pane xSplit="{xs}" ySplit="{ys}" topLeftCell="{cell}" activePane="bottomRight" state="frozen"/>'
            f'<selection pane="topRight"/><selection pane="bottomLeft"/>'
            f'<selection pane="bottomRight" activeCell="{cell}" sqref="{cell}"/>')
    x = re.sub(r'(<sheetView [^>]*workbookViewId="0"[^>]*>)<selection [^>]*/>', lambda m: m.group(1) + pane, x, count=1)
    assert 'state="frozen"' in x
    files[name] = x.encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zo:
        for n, data in files.items():
            zo.writestr(n, data)


def main():
    lo_profile()
    allmap = {}
    ctxs = []
    for mod in (sma, tahura, irigasi):
        raw = f'{GEN}/raw/{mod.SLUG}'
        shutil.rmtree(raw, ignore_errors=True)
        os.makedirs(raw)
        ctx = mod.build(raw)
        ctxs.append(ctx)
        dest = f'{ROOT}/{mod.SLUG}'
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        for f in ctx.files:
            soffice(f'{raw}/{f}', dest, FILTER[os.path.splitext(f)[1]])
        for f, sheet, cell in getattr(ctx, 'freeze', []):
            patch_freeze(f'{dest}/{f}', sheet, cell)
        keys = sorted(ctx.keys, key=lambda k: (ctx.files.index(k['file']), k['sheet'], k['row'], k.get('col', ''), k['year']))
        key = {'agency': ctx.agency, 'years': ctx.years, 'files': ctx.files, 'ambiguous': ctx.ambiguous, 'rows': keys}
        with open(f'{dest}/key.json', 'w') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        allmap[mod.SLUG] = ctx.cellmap
        print(mod.SLUG, len(keys), 'key rows', {y: sum(1 for k in keys if k['year'] == y) for y in ctx.years})
    with open(f'{GEN}/cellmap.json', 'w') as fh:
        json.dump(allmap, fh, ensure_ascii=False, indent=1)
    import docs
    docs.write(ctxs, ROOT)


if __name__ == '__main__':
    main()
