"""Recalculate (LibreOffice headless) and convert build/*.xlsx into the delivered files.
xlsx -> xlsx (recalculated, cached values), .xls ('MS Excel 97'), .ods ('calc8').
LibreOffice drops frozen panes when converting headless, so they are re-inserted into the xlsx XML."""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile, glob
from common import ROOT, BUILD

PROFILE = "file:///tmp/lo-blind27"
FILTERS = {".xlsx": "xlsx:Calc MS Excel 2007 XML", ".xls": "xls:MS Excel 97", ".ods": "ods:calc8"}


def soffice(src, ext, outdir):
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", FILTERS[ext], "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def patch_freeze(path, freeze):
    """freeze: {sheet name: top-left cell of the scrolling pane}"""
    from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
    z = zipfile.ZipFile(path)
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    wbx = files["xl/workbook.xml"].decode()
    rels = files["xl/_rels/workbook.xml.rels"].decode()
    for sheet, cell in freeze.items():
        m = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wbx)
        rid = m.group(1)
        target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
        name = "xl/" + target.group(1).lstrip("/").replace("xl/", "")
        x = files[name].decode()
        col, row = coordinate_from_string(cell)
        xs, ys = column_index_from_string(col) - 1, row - 1
        pane = f'<pane xSplit="{xs}" ySplit="{ys}" topLeftCell="{cell}" activePane="bottomRight" state="frozen"/>'
        pane += f'<selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="{cell}" sqref="{cell}"/>'
        x = re.sub(r'(<sheetView [^>]*>)(.*?)(</sheetView>)', lambda mm: mm.group(1) + pane + mm.group(3), x, count=1, flags=re.S)
        files[name] = x.encode()
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zo:
        for n, data in files.items():
            zo.writestr(n, data)
    os.replace(tmp, path)


def main():
    jobs = {
        "bkpsdm": [("LAPORAN KINERJA BKPSDM 2019-2022.xlsx", "LAPORAN KINERJA BKPSDM 2019-2022.xlsx")],
        "damkar": [("PK Damkar 2021-2022.xlsx", "PK Damkar 2021-2022.xlsx"),
                   ("Evaluasi Renja Damkar 2023-2024.xlsx", "Evaluasi Renja Damkar 2023-2024.xls")],
        "kesbangpol": [("PK Kesbangpol 2017.xlsx", "PK Kesbangpol 2017.xls"),
                       ("Evaluasi Renja Kesbangpol 2018.xlsx", "Evaluasi Renja Kesbangpol 2018.xlsx"),
                       ("RA PK 2019.xlsx", "RA PK 2019.xls"),
                       ("LKjIP Kesbangpol 2020.xlsx", "LKjIP Kesbangpol 2020.ods")],
    }
    for folder, items in jobs.items():
        dest = os.path.join(ROOT, folder)
        os.makedirs(dest, exist_ok=True)
        fz_path = os.path.join(BUILD, folder + "_freeze.json")
        freeze = json.load(open(fz_path)) if os.path.exists(fz_path) else {}
        for src, out in items:
            ext = os.path.splitext(out)[1]
            with tempfile.TemporaryDirectory() as td:
                s2 = os.path.join(td, "in", src)
                os.makedirs(os.path.dirname(s2)); shutil.copy(os.path.join(BUILD, src), s2)
                od = os.path.join(td, "out"); os.makedirs(od)
                soffice(s2, ext, od)
                produced = glob.glob(os.path.join(od, "*"))
                assert len(produced) == 1, produced
                shutil.move(produced[0], os.path.join(dest, out))
            if ext == ".xlsx" and out in freeze:
                patch_freeze(os.path.join(dest, out), freeze[out])
            print("built", folder + "/" + out)


if __name__ == "__main__":
    main()
