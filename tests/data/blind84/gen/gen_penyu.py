import random
from lib import *
AG = "uptd_penyu_pesisir_kab_pantai_marindu"; YEARS = [2019, 2020, 2021, 2022]
rnd = random.Random(8402); random.seed(8402)
SAS = ["Meningkatnya kelestarian populasi penyu di pesisir Pantai Marindu",
       "Meningkatnya kualitas ekosistem dan kawasan konservasi pesisir",
       "Meningkatnya kunjungan dan pendapatan ekowisata pesisir", "Meningkatnya akuntabilitas kinerja UPTD"]
I = Ind
INDS = [
 I("P01","F","butir","Jumlah telur penyu yang diselamatkan",["","=Jumlah telur penyu yg diselamatkan","s","=Jumlah Telur Penyu Diselamatkan (butir)"],12500,12980,0),
 I("P02","L","%","Persentase keberhasilan penetasan telur penyu",["","P","n","=Persentase telur penyu yang berhasil menetas"],75,77.2,0,True,1),
 I("P03","F","ekor","Jumlah tukik yang dilepasliarkan",["","s","=Jumlah tukik yang dilepas ke laut","T"],9000,9410,0),
 I("P04","F","sarang","Jumlah sarang penyu yang teridentifikasi",["","T","s","=Jumlah sarang penyu teridentifikasi"],310,296,0),
 I("P20","F","ekor","Jumlah penyu terdampar yang ditangani",["","s",None,None],15,17,0),
 I("P12","F","kasus","Jumlah kasus perdagangan telur penyu yang ditangani",["","a","=Jumlah kasus perburuan & perdagangan telur penyu yg ditangani","n"],6,5,0),
 I("P08","L","Ha","Luas kawasan konservasi pesisir yang dikelola (Ha)",["","b","s","=Luas Kawasan Konservasi Pesisir Yang Dikelola (ha)"],420,420,1),
 I("P09","F","Ha","Luas terumbu karang yang direhabilitasi (Ha)",["","s","b","T"],3.5,3.2,1,False,1),
 I("P15","F","batang","Jumlah bibit mangrove dan cemara laut yang ditanam",["","a",None,None],15000,15600,1),
 I("P15m","F","batang","Jumlah bibit mangrove yang ditanam",[None,None,"","s"],10000,10450,1),
 I("P15c","F","batang","Jumlah bibit cemara laut yang ditanam",[None,None,"","T"],5000,4820,1),
 I("P10","L","kelompok","Jumlah kelompok masyarakat pengawas (Pokmaswas) yang dibina",["","=Jumlah Pokmaswas yang dibina","s","n"],8,8,1),
 I("P11","F","kali","Jumlah patroli pengawasan kawasan konservasi",["","s","=Jumlah patroli pengawasan kawasan","T"],48,52,1),
 I("P05","F","orang","Jumlah kunjungan wisatawan ekowisata penyu",["","s","=Jumlah kunjungan wisatawan ekowisata","n"],18000,19240,2),
 I("P06","F","orang","Jumlah kunjungan wisatawan mancanegara",["","s","T","=Jumlah kunjungan wisman"],1200,1105,2),
 I("P07","F","Rp","Pendapatan retribusi ekowisata",["","=Pendapatan retribusi ekowisata (Rp)","s","=Penerimaan retribusi ekowisata"],185000000,192350000,2),
 I("P13","L","%","Persentase sarana prasarana ekowisata dalam kondisi baik",["","P","a","n"],80,82.5,2,True,1),
 I("P14","L","indeks","Indeks kepuasan pengunjung ekowisata",["","s","=IKM pengunjung ekowisata","T"],78,79.4,2,False,1),
 I("P18","L","orang","Jumlah pemandu ekowisata bersertifikat",["","s",None,None],12,12,2),
 I("P18b","L","orang","Jumlah pemandu wisata yang dilatih",[None,None,"","s"],20,22,2),
 I("P16","F","kali","Jumlah sosialisasi konservasi penyu kepada masyarakat",["","a","=Jumlah penyuluhan konservasi penyu kpd masyarakat","s"],10,11,3),
 I("P19","F","kegiatan","Jumlah kerja sama riset penyu yang difasilitasi",[None,"","s","T"],2,3,3),
 I("P17","L","%","Persentase realisasi anggaran",["","P","s","T"],95,92.8,3,True,1),
]
SIGN = ("Pantai Marindu", "Kepala UPTD Konservasi Penyu dan Ekowisata Pesisir", "Yohanis Dirk Leunupun, S.Pi., M.Si", "19810903 200604 1 012")
key = Key(AG, YEARS, [["P18", "P18b"]])

# ---- .ods : 2019 LKjIP chapter III table (three years' realisasi + Renstra end target)
b1 = Book(AG, "LKjIP_UPTD_Penyu_2019.ods", "ods")
ws = b1.sheet("Tabel 3.1")
r = title(ws, ["Tabel 3.1", "Capaian Kinerja UPTD Konservasi Penyu dan Ekowisata Pesisir Tahun 2019",
               "Dinas Kelautan dan Perikanan Kabupaten Pantai Marindu"], 'A', 'J') + 1
heads = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Realisasi 2017", "Realisasi 2018", "Target 2019", "Realisasi 2019", "Capaian 2019 (%)", "Target Akhir Renstra (2021)"]
for c, t in zip("ABCDEFGHIJ", heads): hdr(ws, f"{c}{r}", t)
for i, c in enumerate("ABCDEFGHIJ"): put(ws, f"{c}{r+1}", f"({i+1})")
r += 2
its = yitems(INDS, 0, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'n'); it['r'] = V_for(ind, it['rn'], 'n')
    it['extra'] = {'E': num(round(it['rn'] * 0.88, ind.dec)), 'F': num(round(it['rn'] * 0.94, ind.dec)) if ind.id != "P14" else dash(), 'J': num(round(it['tn'] * 1.15, ind.dec))}
    if ind.id == "P07": it['t'] = txt(185, suf=" jt"); it['r'] = rp(it['rn'])         # MISTAKE unit: Rp juta vs rupiah
    if ind.id == "P02": it['t'] = rng(75, 80, " %")
    if ind.id == "P04": it['r'] = txt(it['rn'], suf=" sarang*)")
    if ind.id == "P10": it['name'] = "Jumlah kelompok masyarakat pengawas"; it['wrap'] = "(Pokmaswas) yang dibina"
r = grid(ws, key, b1, 2019, r, its, dict(no='A', sas='B', name='C', unit='D', tgt='G', real='H', cap='I'), band='col')
put(ws, f"A{r+1}", "*) termasuk sarang relokasi ke hatchery Pantai Lolowai")
sign(ws, r + 3, 'H', SIGN[0], 2019, SIGN[1], SIGN[2], SIGN[3])
b1.save(); key.files.append(b1.fname)

# ---- .xlsx : 2020 Renstra matrix + 2021 PK split over two sheets (Awal / Perubahan)
b2 = Book(AG, "Renstra_dan_PK_UPTD_Penyu_2020_2021.xlsx", "xlsx")
ws = b2.sheet("Matriks Renstra")
r = title(ws, ["MATRIKS RENCANA STRATEGIS 2017-2021 DAN REALISASI TAHUN 2020", "UPTD KONSERVASI PENYU DAN EKOWISATA PESISIR"], 'A', 'J') + 1
hdr(ws, f"A{r}", "No", f"A{r+1}"); hdr(ws, f"B{r}", "Indikator Kinerja", f"B{r+1}"); hdr(ws, f"C{r}", "Satuan", f"C{r+1}")
hdr(ws, f"D{r}", "Kondisi Awal (2016)", f"D{r+1}"); hdr(ws, f"E{r}", "Target Kinerja Tahun ke-", f"I{r}")
for i, c in enumerate("EFGHI"): hdr(ws, f"{c}{r+1}", str(2017 + i))
hdr(ws, f"J{r}", "Realisasi 2020", f"J{r+1}")
r += 2
its = yitems(INDS, 1, rnd, SAS)
for it in its:
    ind = it['ind']; t = it['tn']
    it['t'] = V_for(ind, t, 'n'); it['r'] = V_for(ind, it['rn'], 't' if ind.id in ("P07", "P03", "P13") else 'n')
    it['extra'] = {c: num(round(t * f, ind.dec) if not ind.pct else min(100, round(t * f, 1))) for c, f in zip("DEFGI", (0.8, 0.9, 0.95, 0.97, 1.05))}
    if ind.id == "P05": it['t'] = num(it['tn'] * 1000)                                   # MISTAKE target 1000x
    if ind.id == "P19": it['extra'].update({c: dash() for c in "DEFG"})
r = grid(ws, key, b2, 2020, r, its, dict(no='A', name='B', unit='C', tgt='H', real='J'), band='row')
sign(ws, r + 2, 'H', SIGN[0], 2020, SIGN[1], SIGN[2], SIGN[3])

its = yitems(INDS, 2, rnd, SAS)
for si, (nm, sel) in enumerate([("PK 2021 (Sasaran 1-2)", (0, 1)), ("PK 2021 (Sasaran 3-4)", (2, 3))]):
    ws = b2.sheet(nm)
    r = title(ws, ["PERJANJIAN KINERJA TAHUN 2021 (AWAL DAN PERUBAHAN)", f"Lembar {si+1} dari 2"], 'A', 'H') + 1
    for c, t in zip("ABCDEFGH", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target PK Awal", "Target PK Perubahan", "Realisasi", "Ket."]): hdr(ws, f"{c}{r}", t)
    r += 1
    sub = [it for it in its if it['ind'].sas in sel]
    for it in sub:
        ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'p'); it['r'] = V_for(ind, it['rn'], 'p')
        it['extra'] = {'E': V_for(ind, round(it['tn'] * 0.95, ind.dec), 'p')}
        if ind.id == "P13": it['r'] = frac_plain(it['rn'])                                # MISTAKE fraction in plain cell
        if ind.id == "P16": it['insas'] = True
        if ind.id == "P15m": it['extra']['H'] = "pemecahan indikator bibit mangrove & cemara laut"
    r0 = r
    r = grid(ws, key, b2, 2021, r, sub, dict(no='A', sas='B', name='C', unit='D', tgt='F', real='G'), band='col')
    if si == 0:   # the same table pasted a second time below (not keyed)
        r += 2; put(ws, f"A{r}", "(salinan)")
        for rr in range(r0, r0 + len(sub) + 2):
            for c in "ABCDEFG":
                v = ws[f"{c}{rr}"].value
                if v is not None: ws[f"{c}{rr - r0 + r + 1}"] = v
b2.save(); key.files.append(b2.fname)

# ---- .xls : 2022 turned-over table (indicators across columns)
b3 = Book(AG, "Rekap_Capaian_Penyu_2022.xls", "xls")
ws = b3.sheet("Rekap 2022")
title(ws, ["REKAPITULASI CAPAIAN INDIKATOR KINERJA TAHUN 2022", "UPTD Konservasi Penyu dan Ekowisata Pesisir - DKP Kab. Pantai Marindu"], 'A', 'H')
its = yitems(INDS, 3, rnd, SAS)
for rr, lab in zip(range(4, 9), ["Sasaran", "Indikator", "Satuan", "Target 2022", "Realisasi 2022"]): put(ws, f"A{rr}", lab, bold=True)
put(ws, "A9", "Capaian", bold=True)
for j, it in enumerate(its):
    ind = it['ind']; c = CL(2 + j)
    t = V_for(ind, it['tn'], 'p'); rv = V_for(ind, it['rn'], 'p')
    if ind.id == "P01": rv = num(it['rn'] * 10)                                          # MISTAKE realisasi 10x
    if ind.id == "P14": t = ge(it['tn'])
    if ind.id == "P07": t = rp(it['tn']); rv = rp(it['rn'])
    if it['sas_first']: put(ws, f"{c}4", it['sastext'], wrap=True)
    put(ws, f"{c}5", it['name'], wrap=True); put(ws, f"{c}6", ind.unit); put(ws, f"{c}7", t); put(ws, f"{c}8", rv)
    put(ws, f"{c}9", fml(f'=IFERROR({c}8/{c}7,"-")', None, '0.0%'))
    key.add(b3, ws, f"{c}5", 2022, it['name'], ind.id, (t.key, {"rule": "cell", "cells": [f"{c}7"]}),
            (rv.key, {"rule": "cell", "cells": [f"{c}8"]}), shared_col=True)
put(ws, "A11", "Catatan: data kunjungan dari tiket masuk kawasan; IKM disurvei bulan November")
b3.save(); key.files.append(b3.fname)
key.write()
