#!/usr/bin/env python3
"""Generate the blind3 workbooks (Formulir E.81, Evaluasi Terhadap Hasil Renja Perangkat Daerah)
and their keys.  Run: python3 gen/make.py  (from /work/blind3).  Needs openpyxl and soffice.

Writes <agency>/<files>, <agency>/key.json and gen/layout.json (private: column letters used by
gen/verify.py; not part of the key)."""
import json, os, random, shutil, subprocess, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import specs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = "/tmp/blind3-build"

# --------------------------------------------------------------------------- per-year layouts
LAYOUTS = {
    "bappeda-muara-jaya": {
        2021: dict(file="Evaluasi Renja Bappeda TW IV 2021.xlsx", sheet="TW IV", scheme="15s", pctq=False,
                   formulas=False, pad=0, via_lo=False, num_first=True, no_style="int"),
        2022: dict(file="EVALUASI HASIL RENJA BAPPEDA TRIWULAN IV 2022.xlsx", sheet="Evaluasi Renja 2022",
                   scheme="17", pctq=False, formulas=True, pad=0, via_lo=True, num_first=False, no_style="tree"),
        2023: dict(file="evaluasi_renja_tw4_2023.xls", sheet="E.81 TW IV", scheme="15", pctq="typed",
                   formulas=False, pad=0, via_lo=True, num_first=False, no_style="int"),
        2024: dict(file="Evaluasi Renja Perangkat Daerah TW IV Tahun 2024.xlsx", sheet="Realisasi TW IV",
                   scheme="15s", pctq=False, formulas=True, pad=1, via_lo=True, num_first=True, no_style="int"),
    },
    "diskominfo-teluk-rimba": {
        2020: dict(file="Evaluasi Renja Diskominfo 2020 TW IV.xls", sheet="Lap Renja TW IV", scheme="17",
                   pctq=False, formulas=True, pad=0, via_lo=True, num_first=False, no_style="tree"),
        2021: dict(file="EVALUASI RENJA TW IV 2021.xlsx", sheet="Sheet1", scheme="15", pctq=False,
                   formulas=False, pad=1, via_lo=False, num_first=True, no_style="int"),
        2022: dict(file="Evaluasi Renja Kominfo Triwulan IV 2022.xlsx", sheet="TW IV 2022", scheme="15s",
                   pctq="formula", formulas=True, pad=0, via_lo=True, num_first=True, no_style="int"),
        2023: dict(file="Evaluasi Hasil Renja Diskominfo TW IV 2023.xlsx", sheet="Evaluasi TW IV", scheme="17",
                   pctq=False, formulas=False, pad=0, via_lo=False, num_first=False, no_style="tree"),
    },
}

ROMAN = ["I", "II", "III", "IV"]
MONTHS = ["Januari", "Februari"]


def split(kind, sched, real, target):
    """Quarterly K values (list of 4, None = blank) adding up to real."""
    if real is None:
        return [None] * 4
    if kind == "nilai" or (kind == "pct" and real != int(real)):
        return [None, None, None, real]
    real = int(real)
    if kind == "pct":
        return [25, 25, 25, real - 75]
    if sched in ("q1", "q2", "q3", "q4"):
        q = [0, 0, 0, 0]; q[int(sched[1]) - 1] = real; return q
    if sched in ("q1q2q4", "q2q3q4", "q3q4"):
        idx = [int(c) - 1 for c in sched[1::2]]
        q = [0, 0, 0, 0]
        for i in range(real):
            q[idx[min(i, len(idx) - 1)]] += 1
        return q
    shares = {"even": [.25, .25, .25, .25], "grow": [.2, .25, .25, .3], "late": [0, .2, .3, .5], "cum": [.25, .25, .25, .25]}[sched]
    q = [int(real * s) for s in shares[:3]]
    q.append(real - sum(q))
    return q


def parse_tree(tree):
    nodes = []
    for t in tree:
        if t[0] == "U":
            nodes.append(dict(level="U", id=None, label=t[2]))
        else:
            level, nid, keg, kind, unit, names, targets, reals, extra = t
            n = dict(level=level, id=nid, keg=keg, kind=kind, unit=unit, names=names, targets=targets,
                     reals=reals)
            if level == "P":
                n["sasaran"] = extra; n["sched"] = None
            else:
                n["sched"] = extra
            nodes.append(n)
    return nodes


def children(nodes, i, present):
    """indices of the direct children of node i among present nodes"""
    lv = nodes[i]["level"]
    want = {"U": "P", "P": "K", "K": "S"}[lv]
    stop = {"U": {"U"}, "P": {"U", "P"}, "K": {"U", "P", "K"}}[lv]
    out = []
    for j in range(i + 1, len(nodes)):
        if nodes[j]["level"] in stop:
            break
        if nodes[j]["level"] == want and j in present:
            out.append(j)
    return out


def compute(ag, nodes):
    """figures per year per node index"""
    rng = random.Random(ag["seed"])
    years = ag["years"]
    first = years[0]
    rstart = ag["renstra_end"] - 5
    data = {y: {} for y in years}
    cumK, cumR = {}, {}
    pagu0 = {}
    for i, n in enumerate(nodes):
        if n["level"] == "S":
            big = "gaji" in n["id"]
            pagu0[i] = rng.randrange(3800, 5200) * 1_000_000 if big else rng.randrange(18, 260) * 1_000_000 + rng.randrange(0, 999) * 1000
    for yi, y in enumerate(years):
        present = [i for i, n in enumerate(nodes) if n["level"] == "U" or n["names"][yi] is not None]
        pres = set(present)
        # leaves first
        for i in present:
            n = nodes[i]
            if n["level"] != "S":
                continue
            pagu = int(round(pagu0[i] * (1 + 0.06 * yi + rng.uniform(-0.05, 0.05)) / 1000)) * 1000
            absorb = rng.uniform(0.86, 0.995)
            shares = [rng.uniform(0.12, 0.2), rng.uniform(0.2, 0.28), rng.uniform(0.2, 0.28)]
            spent = int(pagu * absorb / 100) * 100
            qr = [int(spent * s / 100) * 100 for s in shares]
            qr.append(spent - sum(qr))
            data[y][i] = dict(rp_t=pagu, rp_q=qr)
        for lev in ("K", "P", "U"):
            for i in present:
                if nodes[i]["level"] != lev:
                    continue
                ch = children(nodes, i, pres)
                data[y][i] = dict(rp_t=sum(data[y][j]["rp_t"] for j in ch),
                                  rp_q=[sum(data[y][j]["rp_q"][k] for j in ch) for k in range(4)], ch=ch)
        for i in present:
            n = nodes[i]; d = data[y][i]
            d["rp_real"] = sum(d["rp_q"])
            d["rp_renstra"] = int(round(d["rp_t"] * 5.4 / 1_000_000)) * 1_000_000 if n["level"] == "S" else None
            if n["level"] == "U":
                continue
            t = n["targets"][yi]; r = n["reals"][yi]
            d["t"] = t; d["q"] = split(n["kind"], n["sched"], r, t); d["real"] = r
            flow = n["kind"] in ("doc", "count")
            tgts = [x for x in n["targets"] if x is not None]
            if flow:
                d["renstra"] = int(round(sum(tgts) / len(tgts) * 5))
                if i not in cumK:
                    cumK[i] = tgts[0] * max(0, y - rstart)
                d["sd"] = cumK[i]
                d["sdn"] = d["sd"] + r
                cumK[i] = d["sdn"]
            else:
                d["renstra"] = 100 if n["kind"] == "pct" and max(tgts) <= 100 and tgts[-1] == 100 else round(max(tgts) * 1.05, 2) if n["kind"] == "nilai" else min(100, max(tgts) + 5)
                prev = n["reals"][yi - 1] if yi > 0 and n["reals"][yi - 1] is not None else round(r * 0.97, 2)
                d["sd"] = prev
                d["sdn"] = r
            d["cap"] = round(r / t * 100, 2)
            d["capr"] = round(d["sdn"] / d["renstra"] * 100, 2)
        # renstra Rp for parents, sd Rp
        for lev in ("K", "P", "U"):
            for i in present:
                if nodes[i]["level"] == lev:
                    d = data[y][i]
                    d["rp_renstra"] = sum(data[y][j]["rp_renstra"] for j in d["ch"])
        for i in present:
            d = data[y][i]
            if nodes[i]["level"] == "S":
                if i not in cumR:
                    cumR[i] = int(d["rp_t"] * 0.93 * max(0, y - rstart - 1) / 100) * 100
                d["rp_sd"] = cumR[i]
                cumR[i] += d["rp_real"]
        for lev in ("K", "P", "U"):
            for i in present:
                if nodes[i]["level"] == lev:
                    d = data[y][i]
                    d["rp_sd"] = sum(data[y][j]["rp_sd"] for j in d["ch"])
        for i in present:
            d = data[y][i]
            d["rp_sdn"] = d["rp_sd"] + d["rp_real"]
            d["rp_cap"] = round(d["rp_real"] / d["rp_t"] * 100, 2)
            d["rp_capr"] = round(d["rp_sdn"] / d["rp_renstra"] * 100, 2)
    return data


# --------------------------------------------------------------------------- sheet writer
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
RP = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


def columns(scheme, pctq, pad):
    """ordered field list: (key, subs)"""
    f = [("no", None), ("sasaran", None), ("prog", None), ("ind", None)]
    if scheme == "15s":
        f.append(("satuan", None))
    f += [("renstra", ["K", "Rp."]), ("sd", ["K", "Rp."]), ("target", ["K", "Rp."])]
    for k in range(4):
        f.append((f"tw{k}", ["K", "%", "Rp."] if pctq else ["K", "Rp."]))
    f.append(("real", ["K", "Rp."]))
    if scheme == "17":
        f.append(("cap", ["K", "Rp."]))
    f += [("sdn", ["K", "Rp."]), ("capr", ["K", "Rp."])]
    if scheme in ("15", "17"):
        f.append(("unit", None))
    if scheme == "17":
        f.append(("ket", None))
    col = 1 + pad
    out = {}
    order = []
    for key, subs in f:
        if subs:
            out[key] = {s: col + i for i, s in enumerate(subs)}
            col += len(subs)
        else:
            out[key] = col; col += 1
        order.append((key, subs))
    return out, order, col - 1


def numbering(scheme):
    if scheme == "15s":
        return dict(no=1, sasaran=2, prog=3, ind=4, satuan=5, renstra=6, sd=7, target=8, tw0=9, tw1=10, tw2=11,
                    tw3=12, real="13 = 9 + 10 + 11 + 12", sdn="14 = 7 + 13", capr="15 = 14 / 6 x 100")
    if scheme == "15":
        return dict(no=1, sasaran=2, prog=3, ind=4, renstra=5, sd=6, target=7, tw0=8, tw1=9, tw2=10, tw3=11,
                    real="12 = 8+9+10+11", sdn="13 = 6 + 12", capr="14 = 13/5 x 100", unit=15)
    return dict(no=1, sasaran=2, prog=3, ind=4, renstra=5, sd=6, target=7, tw0=8, tw1=9, tw2=10, tw3=11,
                real="12 = 8 + 9 + 10 + 11", cap="13 = 12 / 7 x 100", sdn="14 = 6 + 12",
                capr="15 = 14 / 5 x 100", unit=16, ket=17)


def headers(y, ag):
    e = ag["renstra_end"]
    return dict(
        no="No", sasaran="Sasaran",
        prog="Program/Kegiatan/Sub Kegiatan" if y != 2020 else "Program/Kegiatan",
        ind="Indikator Kinerja Program (outcome)/ Kegiatan (output)/ Sub Kegiatan (output)",
        satuan="Satuan",
        renstra=f"Target Renstra Perangkat Daerah pada Tahun {e} (Akhir Periode Renstra Perangkat Daerah)",
        sd=f"Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu ({y-1})",
        target=f"Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun {y}) yang Dievaluasi",
        tw="Realisasi Kinerja Pada Triwulan",
        real="Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
        cap="Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)",
        sdn=f"Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun {y} (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)",
        capr=f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun {y} (%)",
        unit="Unit Perangkat Daerah Penanggung Jawab", ket="Keterangan")


def predikat(v):
    if v > 90: return "Sangat Tinggi"
    if v > 75: return "Tinggi"
    if v > 65: return "Sedang"
    if v > 50: return "Rendah"
    return "Sangat Rendah"


UNIT_PD = {"bappeda-muara-jaya": {"a.p1": "Sekretariat", "a.p2": "Bidang Perencanaan dan Pengendalian"},
           "diskominfo-teluk-rimba": {"b.p1": "Sekretariat", "b.p2": "Bidang IKP", "b.p3": "Bidang Aplikasi Informatika"}}


def write_year(ag, nodes, data, y, lay):
    yi = ag["years"].index(y)
    cols, order, last = columns(lay["scheme"], lay["pctq"], lay["pad"])
    nums = numbering(lay["scheme"])
    hd = headers(y, ag)
    F = lay["formulas"]
    wb = Workbook(); ws = wb.active; ws.title = lay["sheet"]
    c0 = 1 + lay["pad"]
    bold = Font(bold=True)
    # titles
    titles = [f"Evaluasi Terhadap Hasil Renja Perangkat Daerah {ag['short']}", ag["kab"],
              f"Periode Pelaksanaan: Triwulan IV Tahun {y}"]
    if y % 2 == 0:
        titles = [f"EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", f"{ag['short'].upper()} {ag['kab'].upper()}",
                  f"Periode Pelaksanaan: Triwulan IV Tahun {y}"]
    for k, t in enumerate(titles):
        ws.cell(1 + k, c0, t).font = bold
        ws.merge_cells(start_row=1 + k, start_column=c0, end_row=1 + k, end_column=last)
        ws.cell(1 + k, c0).alignment = Alignment(horizontal="center")
    r = 5
    ws.cell(r, c0, f"Indikator dan target kinerja Perangkat Daerah {ag['kab']} yang mengacu pada sasaran RKPD Tahun {y}")
    h1, h2 = 7, 8
    if lay["num_first"]:
        hn, hk = 9, 10
    else:
        hk, hn = 9, 10
    for key, subs in order:
        lab = hd["tw"] if key.startswith("tw") else hd[key]
        if subs is None:
            c = cols[key]
            ws.cell(h1, c, lab)
            if lay["num_first"]:
                ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
                ws.cell(hn, c, nums[key])
                ws.merge_cells(start_row=hn, start_column=c, end_row=hk, end_column=c)
            else:
                ws.merge_cells(start_row=h1, start_column=c, end_row=hk, end_column=c)
                ws.cell(hn, c, nums[key])
            continue
        cs = sorted(cols[key].values())
        if key.startswith("tw"):
            if key == "tw0":
                allq = [v for k in range(4) for v in cols[f"tw{k}"].values()]
                ws.cell(h1, min(allq), lab)
                ws.merge_cells(start_row=h1, start_column=min(allq), end_row=h1, end_column=max(allq))
            ws.cell(h2, cs[0], ROMAN[int(key[2])])
            ws.merge_cells(start_row=h2, start_column=cs[0], end_row=h2, end_column=cs[-1])
        else:
            ws.cell(h1, cs[0], lab)
            ws.merge_cells(start_row=h1, start_column=cs[0], end_row=h2, end_column=cs[-1])
        ws.cell(hn, cs[0], nums[key])
        ws.merge_cells(start_row=hn, start_column=cs[0], end_row=hn, end_column=cs[-1])
        for s, c in cols[key].items():
            ws.cell(hk, c, s)
    for rr in range(h1, max(hn, hk) + 1):
        for c in range(c0, last + 1):
            ws.cell(rr, c).alignment = CENTER
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).font = bold
    r = max(hn, hk) + 1
    ws.cell(r, cols["sasaran"], f"Perangkat Daerah : {ag['agency']}").font = bold
    r += 1
    # rows
    rowof = {}
    present = [i for i, n in enumerate(nodes) if n["level"] == "U" or n["names"][yi] is not None]
    for i in present:
        rowof[i] = r; r += 1
    first_row, last_row = rowof[present[0]], r - 1
    keyrows = []
    cnt = {"P": 0, "K": 0, "S": 0}
    cur_unit = None
    seq = 0
    ccap = "cap" if lay["scheme"] == "17" else "capr"
    A = lambda key, sub: L(cols[key][sub])
    for i in present:
        n = nodes[i]; d = data[y][i]; rr = rowof[i]
        if n["level"] == "U":
            ws.cell(rr, cols["prog"], n["label"]).font = bold
        else:
            if n["level"] == "P":
                cnt["P"] += 1; cnt["K"] = 0
                ws.cell(rr, cols["sasaran"], n["sasaran"]).alignment = WRAP
                no = str(cnt["P"])
            elif n["level"] == "K":
                cnt["K"] += 1; cnt["S"] = 0
                no = f"{cnt['P']}.{cnt['K']}"
            else:
                cnt["S"] += 1
                no = f"{cnt['P']}.{cnt['K']}.{cnt['S']}"
            seq += 1
            ws.cell(rr, cols["no"], no if lay["no_style"] == "tree" else seq)
            ws.cell(rr, cols["prog"], n["keg"][yi]).alignment = WRAP
            if n["level"] != "S":
                ws.cell(rr, cols["prog"]).font = bold
            ws.cell(rr, cols["ind"], n["names"][yi]).alignment = WRAP
            if "satuan" in cols:
                ws.cell(rr, cols["satuan"], n["unit"])
            if n["level"] == "P":
                cur_unit = UNIT_PD[ag["slug"]][n["id"]]
            if "unit" in cols:
                ws.cell(rr, cols["unit"], cur_unit)
            kfmt = "0.00" if n["kind"] == "nilai" else "General"
            ws.cell(rr, cols["renstra"]["K"], d["renstra"])
            ws.cell(rr, cols["sd"]["K"], d["sd"])
            ws.cell(rr, cols["target"]["K"], d["t"]).number_format = kfmt
            qcells = []
            for k in range(4):
                qc = cols[f"tw{k}"]
                v = d["q"][k]
                ws.cell(rr, qc["K"], v).number_format = kfmt
                qcells.append(f"{L(qc['K'])}{rr}")
                if lay["pctq"]:
                    if lay["pctq"] == "formula":
                        if v is None:
                            pv = None
                        else:
                            pv = "=(" + "+".join(qcells) + f")/{A('target','K')}{rr}"
                        ws.cell(rr, qc["%"], pv).number_format = "0%"
                    else:
                        cum = sum(x for x in d["q"][:k + 1] if x is not None)
                        pv = None if v is None else round(cum / d["t"] * 100, 2)
                        ws.cell(rr, qc["%"], pv).number_format = "0.00"
            tc = f"{A('target','K')}{rr}"
            if F:
                if n["kind"] == "nilai" or d["q"][0] is None:
                    ws.cell(rr, cols["real"]["K"], f"={qcells[3]}")
                else:
                    ws.cell(rr, cols["real"]["K"], "=" + "+".join(qcells) if y % 2 else f"=SUM({qcells[0]},{qcells[1]},{qcells[2]},{qcells[3]})")
                rk = f"{A('real','K')}{rr}"
                if "cap" in cols:
                    ws.cell(rr, cols["cap"]["K"], f"={rk}/{tc}*100")
                if n["kind"] in ("doc", "count"):
                    ws.cell(rr, cols["sdn"]["K"], f"={A('sd','K')}{rr}+{rk}")
                else:
                    ws.cell(rr, cols["sdn"]["K"], f"={rk}")
                ws.cell(rr, cols["capr"]["K"], f"={A('sdn','K')}{rr}/{A('renstra','K')}{rr}*100")
            else:
                ws.cell(rr, cols["real"]["K"], d["real"]).number_format = kfmt
                if "cap" in cols:
                    ws.cell(rr, cols["cap"]["K"], d["cap"])
                ws.cell(rr, cols["sdn"]["K"], d["sdn"])
                ws.cell(rr, cols["capr"]["K"], d["capr"])
            for key in ("cap", "capr"):
                if key in cols:
                    ws.cell(rr, cols[key]["K"]).number_format = "0.00"
            keyrows.append(dict(file=lay["file"], sheet=lay["sheet"], row=rr, year=y, written=n["names"][yi],
                                same_as=n["id"], target=d["t"], realisasi=d["real"]))
        # Rp side
        ch = d.get("ch")
        def rpset(key, val, kids_key=None):
            c = cols[key]["Rp."]
            if F and ch is not None and kids_key:
                v = "=SUM(" + ",".join(f"{L(c)}{rowof[j]}" for j in ch) + ")"
            else:
                v = val
            ws.cell(rr, c, v).number_format = RP
        rpset("renstra", d["rp_renstra"], True)
        rpset("sd", d["rp_sd"], True)
        rpset("target", d["rp_t"], True)
        for k in range(4):
            rpset(f"tw{k}", d["rp_q"][k], True)
        qrp = [f"{L(cols[f'tw{k}']['Rp.'])}{rr}" for k in range(4)]
        if F:
            ws.cell(rr, cols["real"]["Rp."], "=" + "+".join(qrp)).number_format = RP
            rr_ = f"{A('real','Rp.')}{rr}"
            if "cap" in cols:
                ws.cell(rr, cols["cap"]["Rp."], f"={rr_}/{A('target','Rp.')}{rr}*100").number_format = "0.00"
            ws.cell(rr, cols["sdn"]["Rp."], f"={A('sd','Rp.')}{rr}+{rr_}").number_format = RP
            ws.cell(rr, cols["capr"]["Rp."], f"={A('sdn','Rp.')}{rr}/{A('renstra','Rp.')}{rr}*100").number_format = "0.00"
        else:
            ws.cell(rr, cols["real"]["Rp."], d["rp_real"]).number_format = RP
            if "cap" in cols:
                ws.cell(rr, cols["cap"]["Rp."], d["rp_cap"]).number_format = "0.00"
            ws.cell(rr, cols["sdn"]["Rp."], d["rp_sdn"]).number_format = RP
            ws.cell(rr, cols["capr"]["Rp."], d["rp_capr"]).number_format = "0.00"
        for c in range(c0, last + 1):
            ws.cell(rr, c).border = BOX
    # bottom block
    ind_rows = [rowof[i] for i in present if nodes[i]["level"] != "U"]
    ind_idx = [i for i in present if nodes[i]["level"] != "U"]
    r = last_row + 2
    meanK = round(sum(data[y][i][ccap] for i in ind_idx) / len(ind_idx), 2)
    rpkey = "rp_cap" if ccap == "cap" else "rp_capr"
    meanR = round(sum(data[y][i][rpkey] for i in ind_idx) / len(ind_idx), 2)
    ws.cell(r, cols["prog"], "Rata-rata capaian kinerja (%)").font = bold
    ckK, ckR = L(cols[ccap]["K"]), L(cols[ccap]["Rp."])
    if F:
        ws.cell(r, cols[ccap]["K"], f"=ROUND(AVERAGE({ckK}{first_row}:{ckK}{last_row}),2)")
        ws.cell(r, cols[ccap]["Rp."], f"=ROUND(AVERAGE({ckR}{first_row}:{ckR}{last_row}),2)")
    else:
        ws.cell(r, cols[ccap]["K"], meanK)
        ws.cell(r, cols[ccap]["Rp."], meanR)
    ws.cell(r + 1, cols["prog"], "Predikat kinerja").font = bold
    ws.cell(r + 1, cols[ccap]["K"], predikat(meanK))
    ws.cell(r + 1, cols[ccap]["Rp."], predikat(meanR))
    r += 3
    notes = [
        "Faktor pendorong keberhasilan pencapaian: komitmen pimpinan dan koordinasi antar bidang berjalan baik.",
        "Faktor penghambat pencapaian kinerja: keterlambatan input data pada aplikasi SIPD dan keterbatasan SDM.",
        "Tindak lanjut yang diperlukan dalam triwulan berikutnya: percepatan penyusunan laporan dan verifikasi data.",
        "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: penyesuaian target dengan kapasitas anggaran.",
    ]
    for k, t in enumerate(notes):
        ws.cell(r + k, cols["no"], t)
    r += len(notes) + 2
    sigc = cols["sd"]["K"] if ag["evaluator"] else cols["tw2"]["K"]
    rc = cols["tw2"]["K"]
    ws.cell(r, rc, f"{ag['place']}, {12 + yi} Januari {y + 1}")
    ws.cell(r + 1, rc, "Disusun")
    for k, t in enumerate(ag["head"][:2]):
        ws.cell(r + 2 + k, rc, t)
    ws.cell(r + 7, rc, ag["head"][2]).font = Font(bold=True, underline="single")
    ws.cell(r + 8, rc, ag["head"][3]); ws.cell(r + 9, rc, ag["head"][4])
    if ag["evaluator"]:
        ev = ag["evaluator"]
        ws.cell(r + 1, sigc, "Dievaluasi")
        for k, t in enumerate(ev[:2]):
            ws.cell(r + 2 + k, sigc, t)
        ws.cell(r + 7, sigc, ev[2]).font = Font(bold=True, underline="single")
        ws.cell(r + 8, sigc, ev[3]); ws.cell(r + 9, sigc, ev[4])
    # widths
    for c in range(1, last + 1):
        ws.column_dimensions[L(c)].width = 13
    if lay["pad"]:
        ws.column_dimensions["A"].width = 3
    ws.column_dimensions[L(cols["no"])].width = 6
    ws.column_dimensions[L(cols["sasaran"])].width = 24
    ws.column_dimensions[L(cols["prog"])].width = 38
    ws.column_dimensions[L(cols["ind"])].width = 44
    ws.freeze_panes = ws.cell(max(hn, hk) + 1, cols["renstra"]["K"])
    meta = dict(sheet=lay["sheet"], target_col=cols["target"]["K"], real_col=cols["real"]["K"],
                ind_col=cols["ind"], scheme=lay["scheme"], pctq=lay["pctq"], formulas=F, pad=lay["pad"])
    return wb, keyrows, meta


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    layout_meta = {}
    for ag, tree, amb in ((specs.A, specs.A_TREE, specs.A_AMBIG), (specs.B, specs.B_TREE, specs.B_AMBIG)):
        nodes = parse_tree(tree)
        data = compute(ag, nodes)
        outd = os.path.join(ROOT, ag["slug"])
        shutil.rmtree(outd, ignore_errors=True); os.makedirs(outd)
        rows = []
        files = []
        for y in ag["years"]:
            lay = LAYOUTS[ag["slug"]][y]
            wb, keyrows, meta = write_year(ag, nodes, data, y, lay)
            stem, ext = os.path.splitext(lay["file"])
            raw = os.path.join(BUILD, ag["slug"], "raw", stem + ".xlsx")
            os.makedirs(os.path.dirname(raw), exist_ok=True)
            wb.save(raw)
            if lay["via_lo"]:
                out = lo_convert(raw, ext[1:], os.path.join(BUILD, ag["slug"], "lo"))
            else:
                out = raw
            shutil.copy(out, os.path.join(outd, lay["file"]))
            rows += keyrows; files.append(lay["file"])
            layout_meta[f"{ag['slug']}/{lay['file']}"] = meta
        key = dict(agency=ag["agency"], years=ag["years"], files=files, rows=rows, ambiguous=amb)
        with open(os.path.join(outd, "key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
    with open(os.path.join(ROOT, "gen", "layout.json"), "w") as f:
        json.dump(layout_meta, f, indent=1)
    print("ok")


if __name__ == "__main__":
    main()
