import random
from lib import *
AG = "uptd_ppkb_jembatan_timbang_prov_lintas_sagara"; YEARS = [2021, 2022, 2023, 2024]
rnd = random.Random(8403); random.seed(8403)
SAS = ["Meningkatnya kepatuhan muatan kendaraan angkutan barang", "Meningkatnya keandalan layanan penimbangan", "Meningkatnya akuntabilitas kinerja UPTD"]
I = Ind
INDS = [
 I("J01","F","kendaraan","Jumlah kendaraan yang diperiksa",["","s","=Jumlah kendaraan yg diperiksa","T"],185000,179420,0),
 I("J18","F","kendaraan","Jumlah kendaraan angkutan barang yang ditimbang",["","a",None,None],160000,158300,0),
 I("J18b","F","kendaraan","Jumlah kendaraan barang yang masuk jembatan timbang",[None,None,"","s"],170000,171250,0),
 I("J02","F","kendaraan","Jumlah kendaraan yang melanggar",["","s","T","=Jumlah kendaraan melanggar"],21000,19870,0),
 I("J03","L","%","Persentase kendaraan yang melanggar",["","P","a","n"],12,11.2,0,True,1),
 I("J04","F","kendaraan","Jumlah kendaraan kelebihan muatan (overloading)",["","b",None,None],15000,14210,0),
 I("J05","F","kendaraan","Jumlah kendaraan kelebihan dimensi (over dimension)",["","s",None,None],4000,3870,0),
 I("J45","F","kendaraan","Jumlah kendaraan over dimension dan over loading (ODOL)",[None,None,"","=Jumlah kendaraan ODOL"],19500,18640,0),
 I("J06","F","kendaraan","Jumlah pelanggaran yang ditindak dengan tilang",["","a","s","=Jumlah Pelanggaran Yang Ditilang"],9000,9320,0),
 I("J07","F","kendaraan","Jumlah pelanggar yang dikenai sanksi transfer muatan",["","s","=Jumlah pelanggar dg sanksi transfer muatan","n"],2500,2310,0),
 I("J16","L","%","Persentase penurunan pelanggaran muatan lebih",["","P","s","T"],5,4.6,0,True,1),
 I("J20","F","kendaraan","Jumlah kendaraan berpelat luar provinsi yang diperiksa",["","s",None,None],64000,66120,0),
 I("J08","L","%","Persentase kendaraan yang memenuhi persyaratan teknis dan laik jalan",["","a","P","=Persentase kendaraan memenuhi persyaratan teknis & laik jalan"],82,83.5,1,True,1),
 I("J09","L","%","Persentase berfungsinya alat timbang",["","P","=Persentase alat timbang yang berfungsi baik","s"],95,96.2,1,True,1),
 I("J10","F","kali","Jumlah kalibrasi alat timbang",["","s","T","=Jumlah kalibrasi/tera ulang alat timbang"],4,4,1),
 I("J11","F","hari","Jumlah hari operasional UPPKB",["","=Jumlah hari operasional jembatan timbang","s","T"],360,352,1),
 I("J14","L","orang","Jumlah petugas penguji yang tersertifikasi",["","s","=Jumlah PPNS/penguji yang bersertifikat","T"],18,17,1),
 I("J15","F","kali","Jumlah sosialisasi kepada pengusaha angkutan barang",["","a","s","=Jumlah sosialisasi ke pengusaha angkutan"],12,14,1),
 I("J19","F","laporan","Jumlah laporan data penimbangan yang disampaikan",[None,"","s","T"],12,12,2),
 I("J12","L","indeks","Indeks Kepuasan Masyarakat",["","=Indeks Kepuasan Masyarakat (IKM)","s","=Nilai IKM"],78,79.6,2,False,2),
 I("J17","L","nilai","Nilai evaluasi SAKIP",["","s","=Nilai Evaluasi AKIP","T"],70,71.3,2,False,1),
 I("J13","L","%","Persentase realisasi anggaran",["","P","s","T"],95,96.4,2,True,1),
]
SIGN = ("Kota Sagara", "Kepala UPTD Pengawasan Muatan Kendaraan", "Ir. Bonifasius Halawa Simanjorang, M.T.", "19750221 199903 1 004")
key = Key(AG, YEARS, [["J18", "J18b"]])

# ---- .xls : 2021 Rencana Aksi with cumulative s.d. TW realisasi
b1 = Book(AG, "Renaksi_UPPKB_2021.xls", "xls")
ws = b1.sheet("Renaksi 2021")
r = title(ws, ["RENCANA AKSI DAN CAPAIAN KINERJA KUMULATIF TAHUN 2021", "UPTD PENGAWASAN MUATAN KENDARAAN (JEMBATAN TIMBANG)", "DINAS PERHUBUNGAN PROVINSI LINTAS SAGARA"], 'A', 'I') + 1
hdr(ws, f"A{r}", "No", f"A{r+1}"); hdr(ws, f"B{r}", "Indikator Kinerja Utama / Indikator Kinerja", f"B{r+1}")
hdr(ws, f"C{r}", "Target 2021", f"C{r+1}"); hdr(ws, f"D{r}", "Satuan", f"D{r+1}"); hdr(ws, f"E{r}", "Realisasi Kumulatif", f"H{r}")
for i, c in enumerate("EFGH"): hdr(ws, f"{c}{r+1}", f"s.d. TW {'I II III IV'.split()[i]}")
hdr(ws, f"I{r}", "Keterangan", f"I{r+1}")
r += 2
its = yitems(INDS, 0, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'n')
    qs = quarters(ind, it['rn'], rnd)
    cum = qs if ind.kind == 'L' else [round(sum(qs[:i + 1]), ind.dec) for i in range(4)]
    it['q'] = [V_for(ind, x, 'n') for x in cum]; it['cum'] = True
    if ind.id == "J01": it['t'] = num(it['tn'] * 10)                                     # MISTAKE target 10x
    if ind.id in ("J12", "J17"): it['q'][0] = dash(); it['q'][1] = dash(); it['q'][2] = dash()
    if ind.id == "J13": it['q'][3] = blank()
    if ind.id == "J02": it['q'][3] = txt(cum[3], suf=" unit")
    if ind.id == "J03": it['t'] = V("≤ 12 %", 12)
r = grid(ws, key, b1, 2021, r, its, dict(no='A', name='B', tgt='C', unit='D', q=list("EFGH")), numname=True, numcol=False)
put(ws, f"B{r+1}", "Catatan: IKM dan nilai SAKIP hanya tersedia akhir tahun; realisasi anggaran TW IV belum final")
sign(ws, r + 3, 'G', SIGN[0], 2021, SIGN[1], SIGN[2], SIGN[3])
b1.save(); key.files.append(b1.fname)

# ---- .xlsx : 2022 E.81 + 2023 PK
b2 = Book(AG, "Evaluasi_Renja_dan_PK_UPPKB_2022_2023.xlsx", "xlsx")
ws = b2.sheet("E81-2022")
r = title(ws, ["Evaluasi terhadap Hasil Renja Perangkat Daerah Provinsi Lintas Sagara", "Renja UPTD PPKB Dinas Perhubungan", "Periode Pelaksanaan Tahun 2022"], 'A', 'P') + 1
for c, t in [("A","No"),("B","Sasaran"),("C","Program/Kegiatan"),("D","Indikator Kinerja Program (outcome)/Kegiatan (output)"),("E","Satuan")]: hdr(ws, f"{c}{r}", t, f"{c}{r+1}")
hdr(ws, f"F{r}", "Target Renja 2022", f"G{r}"); hdr(ws, f"H{r}", "Realisasi Kinerja Triwulan (K)", f"K{r}")
hdr(ws, f"L{r}", "Realisasi Renja 2022", f"M{r}"); hdr(ws, f"N{r}", "Tingkat Capaian (%)", f"O{r}"); hdr(ws, f"P{r}", "Unit PD Penanggung Jawab", f"P{r+1}")
for c, t in zip("FGHIJKLMNO", ["K", "Rp", "I", "II", "III", "IV", "K", "Rp", "K", "Rp"]): hdr(ws, f"{c}{r+1}", t)
for i in range(16): put(ws, f"{CL(i+1)}{r+2}", i + 1)
r += 3
its = yitems(INDS, 1, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'p')
    qs = quarters(ind, it['rn'], rnd); it['q'] = [V_for(ind, x, 'p') for x in qs]
    it['r'] = fml("=SUM(H{r}:K{r})", round(sum(qs), 6)) if ind.kind == 'F' else V_for(ind, qs[3], 'p')
    if ind.id == "J06": it['r'] = fml("=SUM(H{r}:J{r})", round(sum(qs[:3]), 6))        # MISTAKE wrong formula
    if ind.id == "J11": it['r'] = fml("=SUM(H{r}:K{r})/4", round(sum(qs) / 4, 6))      # MISTAKE wrong formula
    it['extra'] = {'P': "Seksi Pengawasan" if ind.sas == 0 else "Subbag TU"}
    if it['sas_first']:
        it['pre'] = [{'C': ["Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", "Kegiatan Pengelolaan Terminal Barang dan Penimbangan Kendaraan", "Program Penunjang Urusan Pemerintahan Daerah Provinsi"][ind.sas],
                      'G': [1250000000, 680000000, 415000000][ind.sas], 'M': [1187500000, 650120000, 398400000][ind.sas]}]
r = grid(ws, key, b2, 2022, r, its, dict(no='A', sas='B', name='D', unit='E', tgt='F', q=list("HIJK"), real='L', cap='N'), band='col')
put(ws, f"D{r}", "Jumlah anggaran", bold=True); put(ws, f"G{r}", 2345000000); put(ws, f"M{r}", 2236020000)

ws = b2.sheet("PK 2023")
r = title(ws, ["PENGUKURAN KINERJA", "UPTD PENGAWASAN MUATAN KENDARAAN (JEMBATAN TIMBANG)", "TAHUN ANGGARAN 2023"], 'A', 'F') + 1
for c, t in zip("ABCDEF", ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Satuan", "Capaian"]): hdr(ws, f"{c}{r}", t)
r += 1
its = yitems(INDS, 2, rnd, SAS)
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 't'); it['r'] = V_for(ind, it['rn'], 'n')
    if ind.id == "J03": it['r'] = frac_plain(it['rn'])                                   # MISTAKE fraction in plain cell
    if ind.id == "J17": it['t'] = grade("BB"); it['r'] = grade("BB")
    if ind.id == "J45": it['extra'] = {'G': "gabungan overloading & over dimension mulai 2023"}
r = grid(ws, key, b2, 2023, r, its, dict(sas='A', name='B', tgt='C', real='D', unit='E', cap='F'), band='col', numname=True)
sign(ws, r + 2, 'D', SIGN[0], 2023, SIGN[1], SIGN[2], SIGN[3])
b2.save(); key.files.append(b2.fname)

# ---- .ods : 2024 monthly recap (no annual realisasi) + notes sheet
b3 = Book(AG, "Rekap_Bulanan_UPPKB_2024.ods", "ods")
ws = b3.sheet("Rekap Bulanan 2024")
r = title(ws, ["REKAPITULASI BULANAN INDIKATOR KINERJA 2024", "UPPKB Lintas Sagara"], 'A', 'P') + 1
MON = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()
for c, t in zip("ABCD", ["No", "Indikator", "Satuan", "Target 2024"]): hdr(ws, f"{c}{r}", t)
for i, m in enumerate(MON): hdr(ws, f"{CL(5+i)}{r}", m)
r += 1
its = yitems(INDS, 3, rnd, SAS)
MC = [CL(5 + i) for i in range(12)]
for it in its:
    ind = it['ind']; it['t'] = V_for(ind, it['tn'], 'p'); q = 10 ** ind.dec
    if ind.kind == 'F':
        base = [round(it['rn'] / 12 * rnd.uniform(0.8, 1.2) * q) / q for _ in range(11)]
        ms = base + [round((it['rn'] - sum(base)) * q) / q]
    else:
        ms = [round(it['rn'] * (0.9 + 0.1 * i / 11) * q) / q for i in range(12)]
    it['q'] = [V_for(ind, x, 'p') for x in ms]
    if ind.id in ("J10", "J19", "J15"):
        it['q'] = [dash() if (i % 3 != 2) else num(it['tn'] // 4 if ind.id != "J19" else 3) for i in range(12)]
        if ind.id == "J19": it['q'] = [num(1) for _ in range(11)] + [blank()]
    if ind.id == "J10": it['q'][5] = num(10)                                           # MISTAKE month typed 10x (1 -> 10)
    if ind.id in ("J12", "J17"): it['q'] = [dash()] * 11 + [V_for(ind, it['rn'], 'n')]
    if ind.id == "J17": it['t'] = grade("A")
r = grid(ws, key, b3, 2024, r, its, dict(no='A', name='B', unit='C', tgt='D', q=MC))
n = b3.sheet("Catatan")
put(n, "A1", "Catatan penyusunan"); put(n, "A2", "Data bulan Juni kalibrasi perlu dicek ulang (input operator)")
put(n, "A3", "Indikator hari operasional dihitung dari log sistem JT-Online")
b3.save(); key.files.append(b3.fname)
key.write()
