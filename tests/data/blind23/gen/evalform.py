"""Writer for the Permendagri 86/2017 'Evaluasi Terhadap Hasil Renja Perangkat Daerah' form (E.81 style)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment

from common import (BORDER, CENTER, FMT_INT, FMT_DEC, FMT_PCT2, WRAP, col, merge, put, widths, r2)


def build_eval(year, blocks, values, opts, key, filename, sheetname):
    """blocks: list of (level, name, [(id, written, unit), ...], extra) in document order.
    level in 'U' (urusan heading, no indicator), 'P', 'K', 'S'.
    values[id] -> dict(target, real, quarters[4], renstra, renstra_prev, kind)
    opts: scheme '15'|'17', kode 'col'|'inline'|None, satuan_numbered bool, frac bool,
          codes {name: code}, sasaran {index: text}, budgets {block index: pagu}, header texts."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    frac = opts.get("frac", False)
    scheme = opts["scheme"]
    c = 1
    C = {}
    C["no"] = c; c += 1
    C["sas"] = c; c += 1
    if opts.get("kode") == "col":
        C["kode"] = c; c += 1
    C["prog"] = c; c += 1
    C["ind"] = c; c += 1
    C["sat"] = c; c += 1
    pairs = ["renstra", "prev", "renja", "tw1", "tw2", "tw3", "tw4", "real"]
    if scheme == "17":
        pairs.append("cap")
    pairs += ["sd", "capr"]
    for p in pairs:
        C[p] = c; c += 2
    C["unit"] = c; c += 1
    last = c - 1

    # ---- titles
    for i, t in enumerate(opts["titles"], start=1):
        merge(ws, i, 1, i, last, t, bold=True, border=False)
    r = len(opts["titles"]) + 2
    h1, h2, hn, hk = r, r + 1, r + 2, r + 3
    heads = {
        "no": "No", "sas": "Sasaran", "kode": "Kode",
        "prog": opts.get("prog_head", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"),
        "ind": "Indikator Kinerja Program (outcome) / Kegiatan (output)",
        "sat": "Satuan",
        "renstra": "Target Renstra Perangkat Daerah pada Tahun %s (Akhir Periode Renstra PD)" % opts["renstra_end"],
        "prev": "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (%d)" % (year - 1),
        "renja": "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun %d) yang Dievaluasi" % year,
        "real": "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
        "cap": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)",
        "sd": "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun %d (Akhir Tahun Pelaksanaan Renja PD)" % year,
        "capr": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun %d (%%)" % year,
        "unit": "Unit Perangkat Daerah Penanggung Jawab",
    }
    for k in ["no", "sas", "kode", "prog", "ind", "sat", "unit"]:
        if k in C:
            merge(ws, h1, C[k], h2, C[k], heads[k], bold=True)
            merge(ws, hk, C[k], hk, C[k], "")
    for p in ["renstra", "prev", "renja", "real", "cap", "sd", "capr"]:
        if p in C:
            merge(ws, h1, C[p], h2, C[p] + 1, heads[p], bold=True)
    merge(ws, h1, C["tw1"], h1, C["tw4"] + 1, "Realisasi Kinerja Pada Triwulan", bold=True)
    for i, p in enumerate(["tw1", "tw2", "tw3", "tw4"]):
        merge(ws, h2, C[p], h2, C[p] + 1, ["I", "II", "III", "IV"][i], bold=True)
    # numbering row
    n = 1
    num = {}
    for k in ["no", "sas", "prog", "ind"]:
        num[k] = n; n += 1
    if opts.get("satuan_numbered"):
        num["sat"] = n; n += 1
    for p in pairs:
        num[p] = n; n += 1
    num["unit"] = n
    q = [num["tw1"], num["tw2"], num["tw3"], num["tw4"]]
    rules = {"real": "%d = %d + %d + %d + %d" % (num["real"], *q)}
    if scheme == "17":
        rules["cap"] = "%d = %d / %d x 100" % (num["cap"], num["real"], num["renja"])
    rules["sd"] = "%d = %d + %d" % (num["sd"], num["prev"], num["real"])
    rules["capr"] = "%d = %d / %d x 100" % (num["capr"], num["sd"], num["renstra"])
    for k in ["no", "sas", "prog", "ind", "sat", "unit"]:
        if k in num:
            put(ws, hn, C[k], num[k], align=CENTER)
        elif k in C:
            put(ws, hn, C[k], "", align=CENTER)
    if "kode" in C:
        put(ws, hn, C["kode"], "", align=CENTER)
    for p in pairs:
        merge(ws, hn, C[p], hn, C[p] + 1, rules.get(p, num[p]))
        put(ws, hk, C[p], "K", align=CENTER)
        put(ws, hk, C[p] + 1, "Rp.", align=CENTER)
    r = hk + 1

    kf = lambda: (FMT_PCT2 if frac else FMT_DEC)
    data_rows = []
    prog_rows = []
    no = 0
    for bi, (level, name, inds, extra) in enumerate(blocks):
        if level == "U":
            put(ws, r, C["no"], "")
            merge(ws, r, C["prog"], r, C["ind"], name, bold=True, align=WRAP)
            for cc in range(1, last + 1):
                ws.cell(r, cc).border = BORDER
            r += 1
            continue
        no += 1
        first = r
        nrows = max(1, len(inds))
        code = extra.get("code")
        label = name
        if code and opts.get("kode") == "inline":
            label = code + " " + name
        put(ws, r, C["no"], opts.get("numfmt", lambda i, l: i)(no, level))
        put(ws, r, C["sas"], extra.get("sasaran", ""))
        if "kode" in C:
            put(ws, r, C["kode"], code or "")
        put(ws, r, C["prog"], label, bold=(level == "P"))
        if nrows > 1:
            for k in ["no", "sas", "kode", "prog"]:
                if k in C:
                    merge(ws, r, C[k], r + nrows - 1, C[k])
        for j, (iid, written, unit) in enumerate(inds):
            rr = r + j
            v = values[(iid, year)]
            put(ws, rr, C["ind"], written)
            put(ws, rr, C["sat"], unit)
            sc = (lambda x: x / 100.0) if (frac and v["kind"] == "pct") else (lambda x: x)
            fmt = FMT_PCT2 if (frac and v["kind"] == "pct") else (FMT_INT if v["kind"] in ("cnt", "doc") else FMT_DEC)
            put(ws, rr, C["renstra"], sc(v["renstra"]), fmt)
            put(ws, rr, C["prev"], sc(v["prev"]), fmt)
            put(ws, rr, C["renja"], sc(v["target"]), fmt)
            for qi, p in enumerate(["tw1", "tw2", "tw3", "tw4"]):
                put(ws, rr, C[p], sc(v["quarters"][qi]), fmt)
            K = lambda p: col(C[p]) + str(rr)
            put(ws, rr, C["real"], "=%s+%s+%s+%s" % (K("tw1"), K("tw2"), K("tw3"), K("tw4")), fmt)
            if scheme == "17":
                put(ws, rr, C["cap"], "=IF(%s=0,0,%s/%s*100)" % (K("renja"), K("real"), K("renja")), FMT_DEC)
            put(ws, rr, C["sd"], "=%s+%s" % (K("prev"), K("real")), fmt)
            put(ws, rr, C["capr"], "=%s/%s*100" % (K("sd"), K("renstra")), FMT_DEC)
            put(ws, rr, C["unit"], extra.get("unit", opts.get("unit_default", "")))
            key.add(filename, sheetname, rr, year, written, iid, v["target"], v["real"],
                    col(C["ind"]) + str(rr), col(C["renja"]) + str(rr), col(C["real"]) + str(rr))
            data_rows.append(rr)
        extra["_row"] = first
        extra["_level"] = level
        r += nrows
    # budgets: sub kegiatan (or kegiatan without subs) typed, parents = SUM of children rows
    for bi, (level, name, inds, extra) in enumerate(blocks):
        if level == "U":
            continue
        children = []
        order = {"P": 0, "K": 1, "S": 2}
        for lev2, _, _, ex2 in blocks[bi + 1:]:
            if lev2 == "U":
                break
            if order.get(lev2, 0) <= order[level]:
                break
            if order[lev2] == order[level] + 1:
                children.append(ex2["_row"])
        fr = extra["_row"]
        if level == "P":
            prog_rows.append(fr)
        for p in ["renstra", "prev", "renja", "tw1", "tw2", "tw3", "tw4"]:
            cc = C[p] + 1
            if children:
                f = "=SUM(" + ",".join(col(cc) + str(x) for x in children) + ")"
                put(ws, fr, cc, f, FMT_INT)
            else:
                put(ws, fr, cc, extra["rp"][p], FMT_INT)
        Rp = lambda p: col(C[p] + 1) + str(fr)
        put(ws, fr, C["real"] + 1, "=%s+%s+%s+%s" % (Rp("tw1"), Rp("tw2"), Rp("tw3"), Rp("tw4")), FMT_INT)
        if scheme == "17":
            put(ws, fr, C["cap"] + 1, "=IF(%s=0,0,%s/%s*100)" % (Rp("renja"), Rp("real"), Rp("renja")), FMT_DEC)
        put(ws, fr, C["sd"] + 1, "=%s+%s" % (Rp("prev"), Rp("real")), FMT_INT)
        put(ws, fr, C["capr"] + 1, "=IF(%s=0,0,%s/%s*100)" % (Rp("renstra"), Rp("sd"), Rp("renstra")), FMT_DEC)
    # total row
    merge(ws, r, 1, r, C["sat"], "JUMLAH ANGGARAN", bold=True)
    for p in ["renstra", "prev", "renja", "tw1", "tw2", "tw3", "tw4", "real", "sd"]:
        cc = C[p] + 1
        put(ws, r, cc, "=SUM(" + ",".join(col(cc) + str(x) for x in prog_rows) + ")", FMT_INT, bold=True)
    tot = r
    r += 1
    capcol = C["cap"] if scheme == "17" else C["capr"]
    lo, hi = data_rows[0], data_rows[-1]
    merge(ws, r, 1, r, C["sat"], "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, r, capcol, "=ROUND(AVERAGE(%s%d:%s%d),1)" % (col(capcol), lo, col(capcol), hi), FMT_DEC)
    put(ws, r, capcol + 1, "=ROUND(AVERAGE(%s%d:%s%d),1)" % (col(capcol + 1), lo, col(capcol + 1), hi), FMT_DEC)
    avg = r
    r += 1
    merge(ws, r, 1, r, C["sat"], "Predikat kinerja", bold=True)
    a = col(capcol) + str(avg)
    put(ws, r, capcol, '=IF(%s>90,"Sangat Tinggi",IF(%s>75,"Tinggi",IF(%s>65,"Sedang",IF(%s>50,"Rendah","Sangat Rendah"))))' % (a, a, a, a))
    r += 2
    for lab, txt in opts["faktor"]:
        put(ws, r, 1, lab, bold=True, border=False, align=Alignment(vertical="top"))
        merge(ws, r, 3, r, C["renja"] + 1, txt, border=False, align=WRAP)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    L, Rc = C["prog"], C["sd"]
    put(ws, r, Rc, opts["place_date"], border=False)
    r += 1
    put(ws, r, L, "Disusun", border=False, bold=True)
    put(ws, r, Rc, "Dievaluasi", border=False, bold=True)
    r += 1
    for a_, b_ in zip(opts["sig_left"], opts["sig_right"]):
        put(ws, r, L, a_, border=False)
        put(ws, r, Rc, b_, border=False)
        r += 1
        if a_ == "":
            r += 2
    w = {"A": 5, "B": 22, col(C["prog"]): 40, col(C["ind"]): 42, col(C["sat"]): 10}
    if "kode" in C:
        w[col(C["kode"])] = 14
    for p in pairs:
        w[col(C[p])] = 10
        w[col(C[p] + 1)] = 15
    w[col(C["unit"])] = 18
    widths(ws, w)
    ws.freeze_panes = ws.cell(hk + 1, C["renstra"])
    return wb
