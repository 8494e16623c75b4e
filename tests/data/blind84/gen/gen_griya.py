import random, copy
from lib import *
AG = "uptd_griya_sehat_kota_tirta_kembang"; YEARS = [2020, 2021, 2022, 2023]
rnd = random.Random(8401); random.seed(8401)
SAS = ["Meningkatnya akses dan mutu pelayanan kesehatan tradisional",
       "Meningkatnya pemberdayaan masyarakat dalam asuhan mandiri kesehatan tradisional",
       "Meningkatnya akuntabilitas kinerja UPTD"]
I = Ind
INDS = [
 I("G01","F","kunjungan","Jumlah kunjungan pasien pelayanan kesehatan tradisional",["","=Jumlah kunjungan pasien yankestrad","n","Ts"],4800,5012,0),
 I("G02","F","orang","Jumlah kunjungan pasien baru",["","s","=Jumlah pasien baru yang berkunjung","T"],1500,1430,0),
 I("G16","F","kunjungan","Jumlah kunjungan pasien lanjut usia",["","=Jumlah kunjungan pasien lansia","s","=Jumlah Kunjungan Pasien Lansia (≥ 60 th)"],900,947,0),
 I("G14","F","layanan","Jumlah layanan akupunktur",["","=Jumlah pelayanan akupunktur","s","T"],1800,1765,0),
 I("G15","F","layanan","Jumlah layanan akupresur",["","=Jumlah pelayanan akupresur","s","T"],1400,1512,0),
 I("G03","L","%","Persentase pasien yang puas terhadap pelayanan kesehatan tradisional",["","Pa","=Persentase kepuasan pasien thd pelayanan kesehatan tradisional","n"],85,86.4,0,True,1),
 I("G09","L","%","Persentase puskesmas yang menyelenggarakan pelayanan kesehatan tradisional",["","P","=Persentase Puskesmas penyelenggara yankestrad","a"],55,57.1,0,True,1),
 I("G17","L","%","Persentase keluhan masyarakat yang ditindaklanjuti",["","P",None,None],90,92.3,0,True,1),
 I("G17b","L","%","Persentase pengaduan yang diselesaikan",[None,None,"","s"],90,88.9,0,True,1),
 I("G20","L","%","Persentase rekam medis pasien yang lengkap",[None,"","P","n"],80,78.5,0,True,1),
 I("G04","L","orang","Jumlah tenaga kesehatan tradisional yang tersertifikasi",["","a","s","T"],24,23,1),
 I("G05","L","%","Persentase tenaga kesehatan tradisional yang tersertifikasi",["","P","a","Pn"],60,58.3,1,True,1),
 I("G06","F","orang","Jumlah penyehat tradisional yang dibina",["","=Jumlah penyehat tradisional (hattra) yang dibina","s","=Jumlah Hattra Yang Dibina"],120,126,1),
 I("G07","F","kelompok","Jumlah kelompok asuhan mandiri TOGA dan akupresur yang dibina",["","a",None,None],40,42,1),
 I("G07t","F","kelompok","Jumlah kelompok asuhan mandiri TOGA yang dibina",[None,None,"","a"],22,23,1),
 I("G07a","F","kelompok","Jumlah kelompok asuhan mandiri akupresur yang dibina",[None,None,"","s"],20,19,1),
 I("G08","F","orang","Jumlah kader asuhan mandiri yang dilatih",["","n","a","T"],80,84,1),
 I("G10","F","paket","Jumlah paket ramuan jamu yang disalurkan (paket)",["","=Jumlah paket ramuan jamu yang didistribusikan (paket)","b","=Jumlah paket ramuan/jamu yg didistribusikan"],3000,3115,1),
 I("G19","F","kali","Jumlah kegiatan sosialisasi pelayanan kesehatan tradisional",["","a",None,None],12,12,1),
 I("G11","L","indeks","Indeks Kepuasan Masyarakat (IKM)",["","=Nilai IKM","s","=Indeks Kepuasan Masyarakat"],80,81.25,2,False,2),
 I("G12","L","nilai","Nilai evaluasi SAKIP UPTD",["","","=Nilai AKIP UPTD","s"],65,66.1,2,False,1),
 I("G13","L","%","Persentase realisasi anggaran",["","P","s","T"],95,93.7,2,True,1),
 I("G18","F","dokumen","Jumlah dokumen SOP pelayanan yang disusun",[None,None,"","T"],4,4,2),
]
SIGN = ("Tirta Kembang", "Kepala UPTD Griya Sehat", "dr. Ratna Wulandari Pamungkas, M.Kes", "19780412 200501 2 009")
key = Key(AG, YEARS, [["G17", "G17b"]])

# ---- workbook 1 (.xlsx): 2020 PK + 2021 Rencana Aksi + hidden stale sheet
b1 = Book(AG, "Laporan_Kinerja_UPTD_Griya_Sehat_2020_2021.xlsx", "xlsx")
ws = b1.sheet("PK 2020")
r = title(ws, ["PENGUKURAN KINERJA TAHUN 2020", "UPTD GRIYA SEHAT PELAYANAN KESEHATAN TRADISIONAL",
               "DINAS KESEHATAN KOTA TIRTA KEMBANG"], 'A', 'F')
r += 1
for c, t in zip("ABCDEF", ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"]): hdr(ws, f"{c}{r}", t)
r += 1
its = yitems(INDS, 0, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'n'); it['r'] = V_for(ind, it['rn'], 'n')
    if ind.id == "G01": it['t'] = num(it['tn'] * 10)                      # MISTAKE target 10x
    if ind.id == "G11": it['r'] = txt(it['rn'], dec=2)
    if ind.id == "G12": it['t'] = grade("BB"); it['r'] = grade("B")
    if ind.id == "G16": it['t'] = ge(it['tn'])
    if ind.id == "G10": it['r'] = txt(it['rn'], suf=" paket*)")
    if ind.id == "G05": it['draft'] = "Persentase nakestrad bersertifikat (draft)"
    if ind.id == "G03":
        it['name'] = "Persentase pasien yang puas terhadap"; it['wrap'] = "pelayanan kesehatan tradisional"
r = grid(ws, key, b1, 2020, r, its, dict(no='A', name='B', unit='C', tgt='D', real='E', cap='F'), band='row')
put(ws, f"A{r+1}", "*) termasuk paket ramuan yang disalurkan melalui posyandu lansia")
put(ws, f"A{r+2}", "Jumlah anggaran: Rp 1.245.600.000,-   Realisasi: Rp 1.167.305.250,-")
sign(ws, r + 4, 'E', SIGN[0], 2020, SIGN[1], SIGN[2], SIGN[3])
ws.column_dimensions['B'].width = 60
stale = b1.sheet("PK 2020 (lama)", hidden=True)
put(stale, "A1", "DRAFT - jangan dipakai")
for i, it in enumerate(its):
    put(stale, f"B{i+3}", it['ind'].name(0)); put(stale, f"D{i+3}", round(it['tn'] * 0.9)); put(stale, f"E{i+3}", round(it['rn'] * 0.8))

ws = b1.sheet("Renaksi TW 2021")
r = title(ws, ["RENCANA AKSI DAN REALISASI TRIWULANAN TAHUN 2021", "UPTD Griya Sehat - Dinkes Kota Tirta Kembang"], 'A', 'M')
r += 1
hdr(ws, f"A{r}", "No", f"A{r+1}"); hdr(ws, f"B{r}", "Sasaran Strategis", f"B{r+1}"); hdr(ws, f"C{r}", "Indikator Kinerja", f"C{r+1}")
hdr(ws, f"D{r}", "Satuan", f"D{r+1}"); hdr(ws, f"E{r}", "Target Tahunan", f"E{r+1}")
hdr(ws, f"F{r}", "Target Triwulan", f"I{r}"); hdr(ws, f"J{r}", "Realisasi Triwulan", f"M{r}")
for i, c in enumerate("FGHI"): hdr(ws, f"{c}{r+1}", f"TW {'I II III IV'.split()[i]}")
for i, c in enumerate("JKLM"): hdr(ws, f"{c}{r+1}", f"TW {'I II III IV'.split()[i]}")
r += 2
its = yitems(INDS, 1, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'p')
    qs = quarters(ind, it['rn'], rnd); qt = quarters(ind, it['tn'], rnd)
    it['q'] = [V_for(ind, x, 'p') for x in qs]; it['qt'] = [V_for(ind, x, 'p') for x in qt]
    if ind.id == "G06": it['q'][1] = num(qs[1] * 10)                        # MISTAKE TW II typed 10x
    if ind.id == "G13": it['q'][3] = dash()
    if ind.id == "G11": it['q'][0] = dash(); it['q'][1] = blank(); it['q'][3] = txt(qs[3], dec=2)
    if ind.id == "G08": it['q'][3] = txt(qs[3], suf=" org")
    if ind.id == "G19": it['insas'] = True
    if ind.id == "G12": it['t'] = txt(it['tn'], dec=1)
r = grid(ws, key, b1, 2021, r, its, dict(no='A', sas='B', name='C', unit='D', tgt='E', qt=list("FGHI"), q=list("JKLM")), band='col')
put(ws, f"B{r+1}", "Ket: IKM diukur per semester; realisasi anggaran TW IV menunggu rekonsiliasi")
b1.save(); key.files.append(b1.fname)

# ---- workbook 2 (.xls): 2022 Permendagri 86 E.81
b2 = Book(AG, "E81_Evaluasi_Renja_Griya_Sehat_2022.xls", "xls")
ws = b2.sheet("E.81 2022")
r = title(ws, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TIRTA KEMBANG",
               "RENJA PERANGKAT DAERAH DINAS KESEHATAN (UPTD GRIYA SEHAT) KOTA TIRTA KEMBANG",
               "PERIODE PELAKSANAAN: TAHUN 2022"], 'A', 'V')
r += 1
H = [("A","Kode"),("B","Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"),("C","Indikator Kinerja Program (outcome)/ Kegiatan (output)"),("D","Satuan")]
for c, t in H: hdr(ws, f"{c}{r}", t, f"{c}{r+2}")
grp = [("E","Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2024 (Akhir Periode Renstra)"),
       ("G","Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2021)"),
       ("I","Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan 2022"),
       ("K","Realisasi Kinerja Pada Triwulan"),("S","Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"),
       ("U","Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)")]
for c, t in grp:
    end = {"K": "R"}.get(c, CL(CI(c) + 1)); hdr(ws, f"{c}{r}", t, f"{end}{r}")
for i, c in enumerate("KMOQ"): hdr(ws, f"{c}{r+1}", "I II III IV".split()[i], f"{CL(CI(c)+1)}{r+1}")
for c in "EGISU": hdr(ws, f"{c}{r+1}", "", f"{CL(CI(c)+1)}{r+1}")
for c in range(CI("E"), CI("V") + 1): put(ws, f"{CL(c)}{r+2}", "K" if (c - CI("E")) % 2 == 0 else "Rp", bold=True)
for c in range(1, 23): put(ws, f"{CL(c)}{r+3}", c if c < 5 else ( f"{c}" ))
r += 4
its = yitems(INDS, 2, rnd, SAS)
PROG = {0: ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 845000000),
        1: ("1.02.05", "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", 312500000),
        2: ("1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 410750000)}
for it in its:
    ind = it['ind']
    it['t'] = V_for(ind, it['tn'], 'n')
    qs = quarters(ind, it['rn'], rnd); it['q'] = [num(x) for x in qs]
    if ind.kind == 'F': it['r'] = fml("=K{r}+M{r}+O{r}+Q{r}", round(sum(qs), 6))
    else: it['r'] = num(qs[3])
    if ind.id == "G14": it['r'] = fml("=K{r}+M{r}+O{r}", round(sum(qs[:3]), 6))     # MISTAKE wrong formula
    if ind.id == "G02": it['r'] = num(round(sum(qs)) + 37)                               # MISTAKE computed col typed over
    it['extra'] = {'E': num(round(it['tn'] * 1.1, ind.dec)), 'G': num(round(it['rn'] * 0.97, ind.dec))}
    if it['sas_first']:
        k, p, a = PROG[ind.sas]
        it['pre'] = [{'A': k, 'B': p, 'J': a, 'T': round(a * 0.93)}]
        it['extra']['B'] = "Sub Kegiatan: " + ["Pengelolaan Pelayanan Kesehatan Tradisional", "Pengembangan Asuhan Mandiri TOGA dan Akupresur", "Penyusunan Dokumen Perencanaan dan Evaluasi"][ind.sas]
r = grid(ws, key, b2, 2022, r, its, dict(name='C', unit='D', tgt='I', q=list("KMOQ"), real='S', cap='U'), numcol=False)
put(ws, f"B{r}", "Rata-rata capaian kinerja (%)", bold=True); put(ws, f"U{r}", f"=AVERAGE(U{r-len(its)-3}:U{r-1})"); ws[f"U{r}"].number_format = '0.00%'
put(ws, f"B{r+1}", "Predikat kinerja", bold=True); put(ws, f"U{r+1}", "Sangat Tinggi")
sign(ws, r + 3, 'S', SIGN[0], 2022, SIGN[1], SIGN[2], SIGN[3])
b2.save(); key.files.append(b2.fname)

# ---- workbook 3 (.ods): 2023 indicator cards over two sheets, two cards side by side
b3 = Book(AG, "Kartu_Kinerja_Griya_Sehat_2023.ods", "ods")
its = yitems(INDS, 3, rnd, SAS)
half = (len(its) + 1) // 2
for si, chunk in enumerate([its[:half], its[half:]]):
    ws = b3.sheet(f"Kartu ({si+1})")
    r0 = title(ws, [f"KARTU KINERJA INDIKATOR TAHUN 2023 - bagian {si+1}", "UPTD Griya Sehat Kota Tirta Kembang"], 'A', 'E') + 1
    for j, it in enumerate(chunk):
        ind = it['ind']; lc, vc = ("A", "B") if j % 2 == 0 else ("D", "E")
        rr = r0 + (j // 2) * 7
        t = V_for(ind, it['tn'], 'p'); rv = V_for(ind, it['rn'], 'p')
        if ind.id == "G03": rv = frac_plain(it['rn'])                         # MISTAKE fraction in plain cell
        if ind.id == "G10": t = txt(it['tn'], suf=" paket")
        if ind.id == "G12": t = grade("BB")
        for k2, (lab, v) in enumerate([("Indikator Kinerja", it['name']), ("Satuan", ind.unit), ("Target 2023", t),
                                       ("Realisasi 2023", rv)]):
            put(ws, f"{lc}{rr+k2}", lab, bold=True); put(ws, f"{vc}{rr+k2}", v, wrap=True)
        put(ws, f"{lc}{rr+4}", "Capaian", bold=True); put(ws, f"{vc}{rr+4}", fml(f'=IFERROR({vc}{rr+3}/{vc}{rr+2},"-")', None, '0.0%'))
        put(ws, f"{lc}{rr+5}", "Sumber data: SIMPUS / register UPTD")
        key.add(b3, ws, f"{vc}{rr}", 2023, it['name'], ind.id, (t.key, {"rule": "cell", "cells": [f"{vc}{rr+2}"]}),
                (rv.key, {"rule": "cell", "cells": [f"{vc}{rr+3}"]}), shared_col=True)
    ws.column_dimensions['B'].width = 45; ws.column_dimensions['E'].width = 45
b3.save(); key.files.append(b3.fname)
key.write()
