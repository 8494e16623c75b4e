"""Headless LibreOffice writes no view settings, so frozen panes are lost in conversion.
These helpers put the frozen pane back into the converted file (only the view part is touched)."""
import re, shutil, zipfile
from xml.sax.saxutils import escape

from openpyxl.utils.cell import coordinate_to_tuple


def _rewrite(path, changes):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in changes:
                data = changes[info.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data, compress_type=info.compress_type)
    shutil.move(tmp, path)


def freeze_xlsx(path, sheet, top_left):
    with zipfile.ZipFile(path) as z:
        wbx = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % re.escape(escape(sheet, {'"': "&quot;"})), wbx).group(1)
    target = re.search(r'<Relationship Id="%s"[^>]*Target="([^"]+)"' % rid, rels)
    if target is None:
        target = re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    part = "xl/" + target.group(1).lstrip("/").replace("xl/", "")
    row, col = coordinate_to_tuple(top_left)
    pane = (f'<pane xSplit="{col - 1}" ySplit="{row - 1}" topLeftCell="{top_left}" activePane="bottomRight" '
            f'state="frozen"/><selection pane="topRight" activeCell="{top_left}" sqref="{top_left}"/>'
            f'<selection pane="bottomLeft" activeCell="{top_left}" sqref="{top_left}"/>'
            f'<selection pane="bottomRight" activeCell="{top_left}" sqref="{top_left}"/>')

    def fix(xml):
        xml, n = re.subn(r'(<sheetView [^>]*>)<selection [^>]*/>', lambda m: m.group(1) + pane, xml, count=1)
        assert n == 1, "sheetView not found"
        return xml

    _rewrite(path, {part: fix})


def freeze_ods(path, sheet, top_left):
    row, col = coordinate_to_tuple(top_left)
    x, y = col - 1, row - 1
    items = [("CursorPositionX", "int", x), ("CursorPositionY", "int", y), ("HorizontalSplitMode", "short", 2),
             ("VerticalSplitMode", "short", 2), ("HorizontalSplitPosition", "int", x),
             ("VerticalSplitPosition", "int", y), ("ActiveSplitRange", "short", 2), ("PositionLeft", "int", 0),
             ("PositionRight", "int", x), ("PositionTop", "int", 0), ("PositionBottom", "int", y)]
    entry = "".join(f'<config:config-item config:name="{n}" config:type="{t}">{v}</config:config-item>'
                    for n, t, v in items)
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
             '<config:config-item-map-named config:name="Tables">'
             f'<config:config-item-map-entry config:name="{escape(sheet)}">{entry}</config:config-item-map-entry>'
             '</config:config-item-map-named>'
             f'<config:config-item config:name="ActiveTable" config:type="string">{escape(sheet)}</config:config-item>'
             '</config:config-item-map-entry></config:config-item-map-indexed>')

    def fix(xml):
        start = xml.index('<config:config-item-set config:name="ooo:view-settings">')
        end = xml.index("</config:config-item-set>", start)
        assert "Views" not in xml[start:end]
        return xml[:end] + views + xml[end:]

    _rewrite(path, {"settings.xml": fix})
