#!/usr/bin/env python3
"""Generator of the blind10 held-out set.

Writes six raw workbooks (openpyxl, formulas without cached values) into gen/raw/
and the six keys (NAME.key.json) at the top of blind10/.  convert.sh then turns
the raw files into the shipped .xlsx / .xls / .ods with LibreOffice, which
computes and stores every formula's value.

All figures are invented; the kabupaten/kota and people do not exist.
"""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.path.dirname(HERE)

# ----------------------------------------------------------------- numbers

def Dn(x):
    return x if isinstance(x, D) else D(str(x))


def q(x, n=2):
    return Dn(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pos(t, r):
    return Dn(r) / Dn(t) * 100


def neg(t, r):
    return (2 * Dn(t) - Dn(r)) / Dn(t) * 100


def idn(x, n=2):
    """Indonesian notation: '.' groups thousands, ',' is the decimal mark."""
    x = q(x, n)
    s = f"{abs(x):,.{n}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def plain(x):
    s = format(Dn(x).normalize(), "f")
    return s


def num(x):
    """Python number to write into a cell."""
    x = Dn(x)
    return int(x) if x == x.to_integral_value() else float(x)


# ----------------------------------------------------------------- styles
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F2 = "#,##0.00"
F0 = "#,##0"
F4 = "0.0000"
P2 = "0.00"
PCT = "0.00%"
ACC = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'


def put(ws, ref, v, fmt=None, bold=False, h=None, wrap=False, size=None, v_top=False):
    c = ws[ref]
    c.value = v
    if fmt:
        c.number_format = fmt
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if h or wrap or v_top:
        c.alignment = Alignment(horizontal=h, vertical="top" if v_top else "center", wrap_text=wrap)
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def header(ws, ref, text, merge=None):
    put(ws, ref, text, bold=True, h="center", wrap=True)
    if merge:
        ws.merge_cells(merge)


def colnums(ws, row, first, last):
    for i, c in enumerate(range(column_index_from_string(first), column_index_from_string(last) + 1), 1):
        put(ws, f"{get_column_letter(c)}{row}", f"({i})", h="center", size=9)


# ----------------------------------------------------------------- keys
class Key:
    def __init__(self, file, layout):
        self.d = {"file": file, "layout": layout, "mistakes": [], "traps": [],
                  "clean_rows": [], "indicators": []}
        self.rows = []  # (sheet, row) of every data row

    @staticmethod
    def _row(cell):
        return int(re.sub(r"[A-Z]+", "", cell))

    def data(self, sheet, *rows):
        for r in rows:
            self.rows.append((sheet, r))

    def m(self, sheet, cell, kind, correct, note):
        self.d["mistakes"].append({"sheet": sheet, "row": self._row(cell), "cell": cell,
                                   "kind": kind, "correct": correct, "note": note})

    def t(self, sheet, cell, kind, note):
        self.d["traps"].append({"sheet": sheet, "row": self._row(cell), "cell": cell,
                                "kind": kind, "note": note})

    def ind(self, sheet, row, name, target=None, realisasi=None, note=None):
        e = {"sheet": sheet, "row": row, "name": name}
        if target is not None:
            e["target"] = plain(target)
        if realisasi is not None:
            e["realisasi"] = plain(realisasi)
        if note:
            e["note"] = note
        self.d["indicators"].append(e)

    def save(self, name):
        used = {(x["sheet"], x["row"]) for x in self.d["mistakes"] + self.d["traps"]}
        seen = set()
        for x in self.d["mistakes"] + self.d["traps"]:
            k = (x["sheet"], x["row"])
            assert k not in seen, f"two plants on one row: {k}"
            seen.add(k)
            assert k in self.rows, f"plant on a non-data row: {k}"
        self.d["clean_rows"] = [{"sheet": s, "row": r} for s, r in self.rows if (s, r) not in used]
        with open(os.path.join(OUT, name + ".key.json"), "w", encoding="utf-8") as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)
            f.write("\n")


def signature(ws, col, row, lines):
    for i, s in enumerate(lines):
        if s:
            put(ws, f"{col}{row + i}", s, bold=(i in (len(lines) - 3,)), h=None)


# =================================================================== WB1
def wb1():
    name = "lkjip-dinkes-lembahsari-2023"
    sh = "Tabel 3.2"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    k = Key(name + ".xlsx",
            "LKjIP 2023 chapter III comparison table of the Dinas Kesehatan Kabupaten Lembah Sari, one sheet "
            "'Tabel 3.2'. Two header rows (5-6) with merged cells: No | Sasaran Strategis | Indikator Kinerja | "
            "Satuan | Target 2023 | Realisasi (merged over 2021, 2022, 2023) | % Capaian 2023 | Renstra 2021-2026 "
            "(merged over Target Akhir Renstra (2026) and Capaian s.d. 2023 terhadap Renstra (%)); row 7 numbers the "
            "columns (1)..(11). Data rows 8-22, Sasaran cells merged vertically per sasaran. Column E = target 2023, "
            "H = realisasi 2023, I = H/E x 100 (all indicators positive), J = target akhir Renstra, K = H/J x 100. "
            "I and K are mostly formulas; some rows are typed numbers and row 21 is entirely typed text in "
            "Indonesian notation. Notes, place/date and the Kepala Dinas signature block below the table.")
    put(ws, "A1", "BAB III  AKUNTABILITAS KINERJA", bold=True)
    put(ws, "A2", "Tabel 3.2  Perbandingan Realisasi Kinerja Tahun 2021 - 2023 dan Capaian terhadap Target Akhir "
                  "Renstra Tahun 2021 - 2026", bold=True)
    put(ws, "A3", "DINAS KESEHATAN KABUPATEN LEMBAH SARI", bold=True)
    header(ws, "A5", "No", "A5:A6")
    header(ws, "B5", "Sasaran Strategis", "B5:B6")
    header(ws, "C5", "Indikator Kinerja", "C5:C6")
    header(ws, "D5", "Satuan", "D5:D6")
    header(ws, "E5", "Target 2023", "E5:E6")
    header(ws, "F5", "Realisasi", "F5:H5")
    for c, y in zip("FGH", (2021, 2022, 2023)):
        header(ws, f"{c}6", y)
    header(ws, "I5", "% Capaian 2023", "I5:I6")
    header(ws, "J5", "Renstra 2021 - 2026", "J5:K5")
    header(ws, "J6", "Target Akhir Renstra (2026)")
    header(ws, "K6", "Capaian s.d. 2023 terhadap Renstra (%)")
    colnums(ws, 7, "A", "K")
    widths(ws, {"A": 5, "B": 26, "C": 46, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 12, "K": 14})

    S1 = "Meningkatnya derajat kesehatan masyarakat"
    S2 = "Meningkatnya mutu dan akses pelayanan kesehatan"
    S3 = "Meningkatnya akuntabilitas kinerja dan tata kelola keuangan"
    # r, no, name, satuan, fmt, E, F, G, H, I, J, K   ("F" = formula default)
    rows = [
        (8, 1, "Usia Harapan Hidup (UHH)", "Tahun", F2, 70.15, 69.82, 70.01, 70.24, "F", 70.60, "F"),
        (9, 2, "Persentase persalinan di fasilitas pelayanan kesehatan", "%", F2, 95, 91.20, 93.50, 96.80, "F", 100, "F"),
        (10, 3, "Persentase ibu hamil mendapatkan pelayanan antenatal (K4)", "%", F2, 90, 84.30, 87.60, 89.15, 99.05, 95, "F"),
        (11, 4, "Persentase bayi mendapat imunisasi dasar lengkap", "%", F2, 92, 85.40, 88.90, 92.00, 100, 95, "F"),
        (12, 5, "Persentase desa/kelurahan Universal Child Immunization (UCI)", "%", F2, 90, 82.35, 86.27, 88.24, "=H13/E13*100", 100, "F"),
        (13, 6, "Cakupan penemuan dan pengobatan kasus TBC (treatment coverage)", "%", F2, 90, 47.50, 63.20, 91.40, "F", 90, "F"),
        (14, 7, "Persentase Posyandu aktif", "%", F2, 75, 68.30, 71.20, 76.90, "F", 80, "F"),
        (15, 8, "Rasio dokter per 100.000 penduduk", "Rasio", F2, 45, 38.20, 41.50, 44.10, "F", 50, "F"),
        (16, 9, "Persentase puskesmas terakreditasi", "%", F2, 85, 64.71, 76.47, 94.12, "F", 100, "F"),
        (17, 10, "Jumlah kunjungan rawat jalan di puskesmas", "Kunjungan", F0, 120000, 98412, "1O5.230", 124860, "F", 130000, "F"),
        (18, 11, "Indeks Kepuasan Masyarakat (IKM) pelayanan puskesmas", "Indeks", F2, 82, 78.45, 80.12, 83.62, 102, 85, "F"),
        (19, 12, "Persentase penduduk yang memiliki jaminan kesehatan (UHC)", "%", F2, 95, 88.10, 93.62, 97.41, "97,53", 98, "F"),
        (20, 13, "Nilai SAKIP Dinas Kesehatan", "Nilai", F2, 70, 62.15, 66.40, 71.05, "F", 75, 101.50),
        (21, 14, "Persentase realisasi anggaran", "%", F2, "95,00", "89,20", "91,75", "94,87", "99,86", "96,00", "98,82"),
        (22, 15, "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", F2, 100, 78, 85, 92, 85, 100, "F"),
    ]
    for (r, no, nm, sat, fmt, E, F, G, H, I, J, K) in rows:
        put(ws, f"A{r}", no, h="center")
        put(ws, f"C{r}", nm, wrap=True)
        put(ws, f"D{r}", sat, h="center")
        for col, v in zip("EFGHJ", (E, F, G, H, J)):
            put(ws, f"{col}{r}", v, fmt=fmt if not isinstance(v, str) else None, h="right")
        I = f"=H{r}/E{r}*100" if I == "F" else I
        K = f"=H{r}/J{r}*100" if K == "F" else K
        put(ws, f"I{r}", I, fmt=("0" if r == 18 else P2) if not (isinstance(I, str) and not I.startswith("=")) else None,
            h="right")
        put(ws, f"K{r}", K, fmt=P2 if not (isinstance(K, str) and not K.startswith("=")) else None, h="right")
        k.data(sh, r)
        tgt = Dn(E.replace(".", "").replace(",", ".")) if isinstance(E, str) else E
        rea = Dn(H.replace(".", "").replace(",", ".")) if isinstance(H, str) else H
        k.ind(sh, r, nm, tgt, rea)
    put(ws, "B8", S1, wrap=True, v_top=True); ws.merge_cells("B8:B14")
    put(ws, "B15", S2, wrap=True, v_top=True); ws.merge_cells("B15:B19")
    put(ws, "B20", S3, wrap=True, v_top=True); ws.merge_cells("B20:B22")
    box(ws, "A5:K22")

    put(ws, "A24", "Keterangan: % Capaian 2023 = Realisasi 2023 / Target 2023 x 100%; Capaian s.d. 2023 terhadap "
                   "Renstra = Realisasi 2023 / Target Akhir Renstra (2026) x 100%.")
    put(ws, "A25", "Sumber: Profil Kesehatan Kabupaten Lembah Sari 2021 - 2023; SIMPUS; LHE SAKIP Tahun 2023.")
    signature(ws, "I", 27, ["Lembah Sari, 28 Februari 2024", "KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SARI",
                            None, None, None, "dr. HENDRA WIRATAMA, M.Kes", "Pembina Utama Muda (IV/c)",
                            "NIP. 19740312 200212 1 006"])
    ws.page_setup.orientation = "landscape"

    k.m(sh, "I10", "capaian-truncated", plain(q(pos(90, 89.15))),
        "89,15 / 90 x 100 = 99,0556: written 99,05 (truncated), 99,06 when rounded half up.")
    k.t(sh, "I11", "capaian-exactly-100",
        "Realisasi 92,00 equals the target 92: capaian typed as exactly 100,00 is right.")
    k.m(sh, "I12", "formula-wrong-row", plain(q(pos(90, 88.24))),
        "Formula =H13/E13*100 points at the next row (TBC, gives 101,56); neighbours use their own row. "
        "Correct 88,24 / 90 x 100 = 98,04.")
    k.t(sh, "K13", "renstra-capaian-over-100",
        "Realisasi 2023 (91,40) already exceeds the target akhir Renstra (90): 101,56 % is right, not capped.")
    k.m(sh, "G17", "letter-o-for-zero", "105230",
        "Realisasi 2022 typed as text '1O5.230' with a capital letter O for the zero (105.230). No computed cell "
        "depends on the 2022 column.")
    k.t(sh, "I18", "capaian-rounded-at-precision",
        "83,62 / 82 x 100 = 101,9756; the cell holds 102 with number format '0' (no decimals): right at the "
        "precision written, although the neighbours show two decimals.")
    k.m(sh, "I19", "capaian-target-realisasi-swapped", plain(q(pos(95, 97.41))),
        "Typed text '97,53' = 95 / 97,41 x 100 (target over realisasi). Correct 97,41 / 95 x 100 = 102,54.")
    k.m(sh, "K20", "renstra-capaian-against-year-target", plain(q(pos(75, 71.05))),
        "Typed 101,50 is realisasi / target 2023 (71,05 / 70). Capaian against the Renstra target akhir is "
        "71,05 / 75 x 100 = 94,73.")
    k.t(sh, "I21", "indonesian-text-numbers",
        "The whole row is typed as text in Indonesian notation ('95,00', '94,87', '99,86', '96,00', '98,82'); "
        "94,87/95 = 99,863 -> 99,86 and 94,87/96 = 98,823 -> 98,82 are right.")
    k.m(sh, "I22", "capaian-previous-year-copied", plain(q(pos(100, 92))),
        "Typed 85,00 is the 2022 figure (85 / 100). Correct for 2023: 92 / 100 x 100 = 92,00.")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


# =================================================================== WB2
def wb2():
    name = "pk-bpkad-tanjungwangi-2024"
    pk, pg = "PK 2024", "Pengukuran Kinerja 2024"
    wb = Workbook()
    ws = wb.active
    ws.title = pk
    k = Key(name + ".ods",
            "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kota Tanjung Wangi, 2024, two sheets. Sheet 'PK 2024' "
            "is the Perjanjian Kinerja: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2024 | Target "
            "Triwulan (merged over TW I, TW II, TW III, TW IV) | Penanggung Jawab; header rows 5-6, column numbers in "
            "row 7, data rows 8-20 (targets only, no realisasi), then a programme/budget table, the date and the "
            "two signatures (Pihak Pertama / Pihak Kedua). Quarter targets use three styles: cumulative (TW IV = "
            "annual), per quarter (they add up to the annual target, row 12) and a schedule in percent of the "
            "year's work (row 19); qualitative targets (WTP, BB, Tersedia) sit in rows 8, 13, 18. Sheet "
            "'Pengukuran Kinerja 2024' measures the same 13 indicators in the same order: No | Sasaran | "
            "Indikator | Satuan | Target | Realisasi | Capaian (%) | Keterangan; column numbers in row 6, data rows "
            "7-19. Capaian is stored as a fraction with a '0.00%' number format (formula =F/E, some typed); "
            "qualitative rows hold the text 'Tercapai' in the capaian column; the target-0 row holds '-'. Budget "
            "lines, date and signature follow the table. No polarity column; all numeric indicators are positive "
            "except the target-0 count of repeated findings.")
    put(ws, "A1", "PERJANJIAN KINERJA TAHUN 2024", bold=True)
    put(ws, "A2", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", bold=True)
    put(ws, "A3", "KOTA TANJUNG WANGI", bold=True)
    header(ws, "A5", "No", "A5:A6")
    header(ws, "B5", "Sasaran Strategis", "B5:B6")
    header(ws, "C5", "Indikator Kinerja", "C5:C6")
    header(ws, "D5", "Satuan", "D5:D6")
    header(ws, "E5", "Target 2024", "E5:E6")
    header(ws, "F5", "Target Triwulan", "F5:I5")
    for c, t in zip("FGHI", ("TW I", "TW II", "TW III", "TW IV")):
        header(ws, f"{c}6", t)
    header(ws, "J5", "Penanggung Jawab", "J5:J6")
    colnums(ws, 7, "A", "J")
    widths(ws, {"A": 5, "B": 28, "C": 48, "D": 11, "E": 11, "F": 9, "G": 9, "H": 9, "I": 9, "J": 22})
    S1 = "Meningkatnya kualitas pengelolaan keuangan daerah"
    S2 = "Meningkatnya tertib administrasi pengelolaan barang milik daerah"
    S3 = "Meningkatnya akuntabilitas kinerja BPKAD"
    ind = [
        # name, satuan, annual, quarters, PJ
        ("Opini BPK atas Laporan Keuangan Pemerintah Daerah", "Opini", "WTP", ("-", "WTP", "WTP", "WTP"), "Bidang Akuntansi"),
        ("Persentase realisasi Pendapatan Asli Daerah terhadap target", "%", 100, (20, 45, 70, 100), "Bidang Pendapatan"),
        ("Persentase penyerapan belanja daerah", "%", 95, (15, 40, 65, 95), "Bidang Anggaran"),
        ("Persentase piutang pajak daerah yang tertagih", "%", 60, (10, 25, 40, 60), "Bidang Pendapatan"),
        ("Jumlah laporan keuangan bulanan dan triwulanan yang disusun tepat waktu", "Laporan", 16, (4, 4, 4, 4), "Bidang Akuntansi"),
        ("Ketersediaan LKPD unaudited tepat waktu (paling lambat 31 Maret)", "Dokumen", "Tersedia",
         ("Tersedia", "Tersedia", "Tersedia", "Tersedia"), "Bidang Akuntansi"),
        ("Persentase aset tetap tanah yang bersertifikat", "%", 78, (72, 75, 73, 78), "Bidang Aset"),
        ("Jumlah laporan rekonsiliasi aset dengan perangkat daerah", "Laporan", 12, (3, 3, 3, 2), "Bidang Aset"),
        ("Persentase kesesuaian laporan barang milik daerah dengan neraca", "%", 100, (97, 98, 99, 100), "Bidang Aset"),
        ("Persentase penyelesaian tuntutan ganti rugi (TGR)", "%", 80, (20, 40, 60, 80), "Bidang Aset"),
        ("Nilai SAKIP BPKAD", "Predikat", "BB", ("-", "-", "-", "BB"), "Sekretariat"),
        ("Jumlah dokumen anggaran (RKA dan DPA) yang disusun", "Dokumen", 2, ("25%", "50%", "75%", "100%"), "Bidang Anggaran"),
        ("Jumlah temuan BPK yang berulang", "Temuan", 0, (0, 0, 0, 0), "Sekretariat"),
    ]
    for i, (nm, sat, ann, qs, pj) in enumerate(ind):
        r = 8 + i
        put(ws, f"A{r}", i + 1, h="center")
        put(ws, f"C{r}", nm, wrap=True)
        put(ws, f"D{r}", sat, h="center")
        put(ws, f"E{r}", ann, fmt=F0 if not isinstance(ann, str) else None, h="center")
        for c, v in zip("FGHI", qs):
            put(ws, f"{c}{r}", v, fmt=F0 if not isinstance(v, str) else None, h="center")
        put(ws, f"J{r}", pj)
        k.data(pk, r)
        k.ind(pk, r, nm, ann if not isinstance(ann, str) else None)
    put(ws, "B8", S1, wrap=True, v_top=True); ws.merge_cells("B8:B13")
    put(ws, "B14", S2, wrap=True, v_top=True); ws.merge_cells("B14:B17")
    put(ws, "B18", S3, wrap=True, v_top=True); ws.merge_cells("B18:B20")
    box(ws, "A5:J20")
    put(ws, "A22", "No", bold=True); put(ws, "B22", "Program", bold=True); put(ws, "E22", "Anggaran", bold=True)
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 21.318.400.000,-"),
             ("Program Pengelolaan Keuangan Daerah", "Rp. 12.450.000.000,-"),
             ("Program Pengelolaan Barang Milik Daerah", "Rp. 4.644.250.000,-")]
    for i, (p, a) in enumerate(progs):
        put(ws, f"A{23 + i}", i + 1); put(ws, f"B{23 + i}", p); put(ws, f"E{23 + i}", a, h="right")
    put(ws, "B26", "Jumlah", bold=True); put(ws, "E26", "Rp. 38.412.650.000,-", bold=True, h="right")
    box(ws, "A22:F26")
    put(ws, "G28", "Tanjung Wangi, 2 Januari 2024")
    put(ws, "B29", "PIHAK KEDUA,", bold=True); put(ws, "G29", "PIHAK PERTAMA,", bold=True)
    put(ws, "B30", "WALI KOTA TANJUNG WANGI"); put(ws, "G30", "KEPALA BADAN PENGELOLAAN KEUANGAN")
    put(ws, "G31", "DAN ASET DAERAH KOTA TANJUNG WANGI")
    put(ws, "B35", "Drs. H. ARMAN SURYADI, M.Si", bold=True); put(ws, "G35", "RATNA KUSUMAWARDANI, S.E., M.Ak., Ak.", bold=True)
    put(ws, "G36", "Pembina Utama Muda (IV/c)"); put(ws, "G37", "NIP. 19760821 200003 2 004")

    k.t(pk, "I12", "quarter-targets-per-quarter",
        "4 / 4 / 4 / 4 against an annual 16 Laporan: the per-quarter style (they add up to the annual target); "
        "not a cumulative series that falls short.")
    k.m(pk, "H14", "quarter-target-decreases", "a value from 75 to 78 (e.g. 76)",
        "Cumulative quarter targets 72 / 75 / 73 / 78 (TW IV = annual 78) drop at TW III; no style explains it "
        "(sum 298 is not 78). A checker may point at TW II or TW III; the drop is at TW III.")
    k.m(pk, "I15", "quarter-targets-sum-mismatch", "3",
        "Per-quarter targets 3 / 3 / 3 / 2 add up to 11, not the annual 12 Laporan (monthly reconciliations, 3 a "
        "quarter); not cumulative either (it decreases at TW IV).")
    k.t(pk, "F19", "quarter-schedule-percent",
        "Quarter targets written as a schedule in percent of the year's work (25% / 50% / 75% / 100%) against an "
        "annual 2 Dokumen: a recognised style, not a unit mismatch.")

    # ---------------- Pengukuran sheet
    ws = wb.create_sheet(pg)
    put(ws, "A1", "PENGUKURAN KINERJA TAHUN 2024", bold=True)
    put(ws, "A2", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", bold=True)
    put(ws, "A3", "KOTA TANJUNG WANGI", bold=True)
    for c, t in zip("ABCDEFGH", ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target",
                                 "Realisasi", "Capaian (%)", "Keterangan")):
        header(ws, f"{c}5", t)
    colnums(ws, 6, "A", "H")
    widths(ws, {"A": 5, "B": 28, "C": 48, "D": 11, "E": 11, "F": 11, "G": 12, "H": 34})
    # target, realisasi, capaian ("F" formula), ket
    meas = [
        ("WTP", "WTP", "Tercapai", "Opini WTP ke-7 kali berturut-turut"),
        (100, 103.47, "F", None),
        (90, 91.38, "F", None),
        (60, 64.25, 1.0708, "Diisi manual dari aplikasi SIPPD"),
        (16, 16, "F", None),
        ("Tersedia", "Tersedia", "Tercapai", "LKPD unaudited diserahkan 27 Maret 2024"),
        (78, 74.6, 0.009564, None),
        (12, 12, "F", None),
        (100, 98.75, "F", None),
        (80, 68, 1.1765, None),
        ("BB", "B", "Tercapai", "LHE SAKIP 2024: nilai 68,42"),
        (2, 2, "F", None),
        (0, 0, "-", "Target nihil (0); capaian tidak dihitung"),
    ]
    for i, ((nm, sat, ann, _q, _pj), (E, F, G, ket)) in enumerate(zip(ind, meas)):
        r = 7 + i
        put(ws, f"A{r}", i + 1, h="center")
        put(ws, f"C{r}", nm, wrap=True)
        put(ws, f"D{r}", sat, h="center")
        put(ws, f"E{r}", E, fmt=F2 if not isinstance(E, str) else None, h="center")
        put(ws, f"F{r}", F, fmt=F2 if not isinstance(F, str) else None, h="center")
        if G == "F":
            put(ws, f"G{r}", f"=F{r}/E{r}", fmt=PCT, h="center")
        else:
            put(ws, f"G{r}", G, fmt=PCT if not isinstance(G, str) else None, h="center")
        if ket:
            put(ws, f"H{r}", ket, wrap=True)
        k.data(pg, r)
        if isinstance(E, str):
            k.ind(pg, r, nm)
        elif r == 9:
            k.ind(pg, r, nm, 95, F, note="the sheet states 90; the PK target is 95 (planted mistake E9)")
        else:
            k.ind(pg, r, nm, E, F)
    put(ws, "B7", S1, wrap=True, v_top=True); ws.merge_cells("B7:B12")
    put(ws, "B13", S2, wrap=True, v_top=True); ws.merge_cells("B13:B16")
    put(ws, "B17", S3, wrap=True, v_top=True); ws.merge_cells("B17:B19")
    box(ws, "A5:H19")
    put(ws, "B21", "Jumlah Anggaran Tahun 2024")
    put(ws, "D21", ": Rp. 38.412.650.000,-")
    put(ws, "B22", "Jumlah Realisasi Anggaran Tahun 2024")
    put(ws, "D22", ": Rp. 36.108.947.512,-")
    signature(ws, "F", 24, ["Tanjung Wangi, 15 Januari 2025", "KEPALA BADAN PENGELOLAAN KEUANGAN",
                            "DAN ASET DAERAH KOTA TANJUNG WANGI", None, None, None,
                            "RATNA KUSUMAWARDANI, S.E., M.Ak., Ak.", "Pembina Utama Muda (IV/c)",
                            "NIP. 19760821 200003 2 004"])

    k.t(pg, "G7", "qualitative-achieved",
        "Target WTP, realisasi WTP: the capaian cell holds the text 'Tercapai', no number; right.")
    k.m(pg, "E9", "target-differs-from-pk", "95",
        "Target 90 here, 95 in the PK sheet (row 10) for the same indicator. The capaian formula =F9/E9 (101,53 %) "
        "merely follows the wrong target and is not a separate mistake; with 95 it is 91,38/95 = 96,19 %.")
    k.t(pg, "G10", "typed-value-agrees",
        "Typed 1,0708 (shown 107,08 %) where the neighbours hold =F/E formulas; 64,25/60 = 107,083 %: right.")
    k.t(pg, "G12", "qualitative-achieved",
        "Target 'Tersedia', realisasi 'Tersedia', capaian 'Tercapai': right, no number to compute.")
    k.m(pg, "G13", "capaian-fraction-error", plain(q(pos(78, 74.6))),
        "Typed 0,009564 in a '0.00%' cell, shown 0,96 %: the fraction divided by 100 once more. "
        "74,6 / 78 = 95,64 %.")
    k.m(pg, "G16", "capaian-target-realisasi-swapped", plain(q(pos(80, 68))),
        "Typed 1,1765 (117,65 %) = 80 / 68. Correct 68 / 80 = 85,00 %.")
    k.m(pg, "G17", "grade-below-target-marked-achieved", "Tidak tercapai",
        "Target predikat BB, realisasi B (one grade below): 'Tercapai' is wrong; the target is not reached.")
    k.t(pg, "G19", "target-zero-no-capaian",
        "Target 0 and realisasi 0 temuan; capaian '-' (undefined) is right, Keterangan says so.")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


# =================================================================== WB3
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
MCOL = [get_column_letter(c) for c in range(6, 18)]  # F..Q


def wb3():
    name = "rencana-aksi-dpmptsp-bukitseruni-2023"
    sh = "Realisasi Bulanan"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    k = Key(name + ".xls",
            "Rencana Aksi monthly realisation table of the DPMPTSP Kabupaten Bukit Seruni, 2023, one sheet "
            "'Realisasi Bulanan'. Header rows 6-7: No | Indikator Kinerja | Satuan | Realisasi Tahunan dihitung | "
            "Target 2023 | Realisasi Bulanan 2023 (merged over Januari..Desember, columns F..Q) | Realisasi 2023 | "
            "Capaian (%) | Keterangan; column numbers in row 8; data rows 9-21. Monthly figures of 'Jumlah' rows "
            "are per month (NOT cumulative) and Realisasi 2023 = the sum of Januari..Desember; monthly figures of "
            "'Posisi akhir' rows are positions to date (percent or index levels) and Realisasi 2023 = the value of "
            "the last month filled (Desember). Rows 4-5 state this rule in the sheet, and column D names the rule "
            "per indicator. Capaian = Realisasi 2023 / Target x 100 (all indicators positive). Realisasi 2023 and "
            "Capaian are formulas (=SUM(F:Q), =Q, =R/E*100) except where noted; zero months display '-' through an "
            "accounting number format. Date and signature below.")
    put(ws, "A1", "RENCANA AKSI DAN REALISASI BULANAN INDIKATOR KINERJA", bold=True)
    put(ws, "A2", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", bold=True)
    put(ws, "A3", "KABUPATEN BUKIT SERUNI TAHUN 2023", bold=True)
    put(ws, "A4", "Catatan: realisasi bulanan diisi per bulan (bukan kumulatif) untuk indikator 'Jumlah'; "
                  "Realisasi 2023 = jumlah Januari s.d. Desember.")
    put(ws, "A5", "Untuk indikator 'Posisi akhir' (persentase/indeks) realisasi bulanan adalah posisi s.d. bulan "
                  "berjalan; Realisasi 2023 = nilai bulan terakhir (Desember).")
    header(ws, "A6", "No", "A6:A7")
    header(ws, "B6", "Indikator Kinerja", "B6:B7")
    header(ws, "C6", "Satuan", "C6:C7")
    header(ws, "D6", "Realisasi Tahunan dihitung", "D6:D7")
    header(ws, "E6", "Target 2023", "E6:E7")
    header(ws, "F6", "Realisasi Bulanan 2023", "F6:Q6")
    for c, m in zip(MCOL, MONTHS):
        header(ws, f"{c}7", m)
    header(ws, "R6", "Realisasi 2023", "R6:R7")
    header(ws, "S6", "Capaian (%)", "S6:S7")
    header(ws, "T6", "Keterangan", "T6:T7")
    colnums(ws, 8, "A", "T")
    widths(ws, {"A": 5, "B": 44, "C": 11, "D": 12, "E": 10, "R": 11, "S": 10, "T": 30})
    for c in MCOL:
        ws.column_dimensions[c].width = 9
    J, P = "Jumlah", "Posisi akhir"
    rows = [
        # r, name, satuan, rule, target, months, R, S, ket, fmt
        (9, "Jumlah izin berusaha yang diterbitkan", "Izin", J, 1800,
         [132, 141, 155, 160, 148, 150, 162, 171, 158, 166, 149, 139], "F", "F", None, ACC),
        (10, "Jumlah perizinan non-berusaha yang diterbitkan (PBG, SLF, izin reklame)", "Izin", J, 600,
         [38, 45, 52, 49, 55, 47, 60, 58, 51, 54, 50, 44], 630, "F", None, ACC),
        (11, "Persentase izin terbit tepat waktu sesuai SOP", "%", P, 95,
         [91.2, 92.5, 93.1, 94.0, 94.6, 95.2, 95.8, 96.1, 96.5, 96.9, 97.1, 96.4], "F", "F", None, "0.0"),
        (12, "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan", "Indeks", P, 85,
         [82.1, 82.6, 83.0, 83.4, 83.9, 84.3, 84.8, 85.2, 85.6, 85.9, 86.3, 86.8], 86.3, "F",
         "Survei elektronik (e-SKM) berkelanjutan", "0.0"),
        (13, "Nilai realisasi investasi PMA dan PMDN", "Rp miliar", J, 1250,
         [84.35, 92.10, 105.60, 98.75, 110.20, 121.45, 96.80, 102.30, 118.65, 125.90, 131.25, 148.70],
         "=SUM(F13:P13)", "F", "Data LKPM Online", F2),
        (14, "Jumlah pelaku usaha yang difasilitasi kemitraan dengan usaha besar", "Pelaku usaha", J, 40,
         [0, 0, 3, 4, 5, 4, 6, 5, 7, 4, 3, None], "F", "F",
         "Kegiatan fasilitasi selesai November 2023 (akhir tahun anggaran)", ACC),
        (15, "Persentase pengaduan perizinan yang ditindaklanjuti", "%", P, 100,
         [100, 100, 100, 100, "87,,5", 90, 95, 100, 100, 100, 100, 100], "F", "F", None, "0.0"),
        (16, "Jumlah Laporan Kegiatan Penanaman Modal (LKPM) yang diverifikasi", "Laporan", J, 2400,
         [180, 195, 210, 205, 198, 215, 220, 208, 212, 225, 230, 168], "F", 95.75, None, ACC),
        (17, "Jumlah kegiatan promosi investasi yang dilaksanakan", "Kegiatan", J, 6,
         [0, 0, 1, 0, 1, 0, 1, 0, 2, 0, 1, 0], "F", "F", None, ACC),
        (18, "Persentase permohonan perizinan yang diajukan secara daring", "%", P, 80,
         [62.4, 65.1, 67.8, 70.2, 72.5, 75.0, 77.6, 80.3, 82.9, 85.1, 87.0, 88.7], "F", "F", None, "0.0"),
        (19, "Jumlah investor baru yang menanamkan modal", "Investor", J, 150,
         [10, 12, 14, 11, 13, 15, 12, 14, 16, 13, 12, 18], "F", "=R20/E20*100", None, ACC),
        (20, "Jumlah Nomor Induk Berusaha (NIB) yang terbit", "NIB", J, 3000,
         [236, 248, 261, 255, 242, 270, 266, 258, 249, 281, 275, 262], "F", "F", "Sumber: OSS RBA", ACC),
        (21, "Persentase kelengkapan data LKPM", "%", P, 90,
         [78.5, 80.2, 81.0, 82.6, 83.9, 84.5, 85.8, 86.4, 87.9, 88.6, 89.2, 90.0], "F", "F", None, "0.0"),
    ]
    truth = {}
    for (r, nm, sat, rule, tgt, months, R, S, ket, fmt) in rows:
        put(ws, f"A{r}", r - 8, h="center")
        put(ws, f"B{r}", nm, wrap=True)
        put(ws, f"C{r}", sat, h="center")
        put(ws, f"D{r}", rule, h="center")
        put(ws, f"E{r}", tgt, fmt=F0, h="right")
        for c, v in zip(MCOL, months):
            if v is not None:
                put(ws, f"{c}{r}", v, fmt=fmt if not isinstance(v, str) else None, h="right")
        if R == "F":
            R = f"=SUM(F{r}:Q{r})" if rule == J else f"=Q{r}"
        put(ws, f"R{r}", R, fmt=F2 if fmt == F2 else ("0.0" if rule == P else F0), h="right")
        put(ws, f"S{r}", f"=R{r}/E{r}*100" if S == "F" else S, fmt=P2, h="right")
        if ket:
            put(ws, f"T{r}", ket, wrap=True)
        vals = [Dn(v) for v in months if v is not None and not isinstance(v, str)]
        true_ann = sum(vals) if rule == J else Dn(months[-1] if months[-1] is not None else months[-2])
        truth[r] = true_ann
        k.data(sh, r)
        k.ind(sh, r, nm, tgt, true_ann)
    box(ws, "A6:T21")
    signature(ws, "Q", 23, ["Bukit Seruni, 10 Januari 2024", "KEPALA DINAS PENANAMAN MODAL DAN PTSP",
                            "KABUPATEN BUKIT SERUNI", None, None, None, "ANDI MAHESA PUTRA, S.STP., M.Si",
                            "Pembina Tingkat I (IV/b)", "NIP. 19800117 199912 1 001"])
    ws.page_setup.orientation = "landscape"

    k.m(sh, "R10", "annual-not-sum-of-months", plain(truth[10]),
        "Rule 'Jumlah': the months add up to 603, the typed Realisasi 2023 is 630 (digits swapped). The capaian "
        "formula =R10/E10*100 (105,00) follows the wrong input and is not a separate mistake; correct capaian "
        "603/600 = 100,50.")
    k.t(sh, "R11", "last-month-below-previous",
        "Rule 'Posisi akhir': Desember (96,4) is below November (97,1); Realisasi 2023 = Desember = 96,4 is "
        "right, not the maximum. Capaian 96,4/95 = 101,47.")
    k.m(sh, "R12", "annual-not-last-month", plain(truth[12]),
        "Rule 'Posisi akhir': typed 86,3 is the November value; Desember is 86,8. Capaian formula follows "
        "(101,53 instead of 102,12), not a separate mistake.")
    k.m(sh, "R13", "sum-range-misses-month", plain(truth[13]),
        "=SUM(F13:P13) stops at November; with Desember (148,70) the year is 1.336,05. Capaian formula follows "
        "(94,99 instead of 106,88), not a separate mistake.")
    k.t(sh, "Q14", "month-blank-year-ended-early",
        "Desember left blank: the activity ended in November (Keterangan says so). Sum of Januari..November = 41, "
        "capaian 102,50: right.")
    k.m(sh, "J15", "malformed-number", "87.5",
        "Mei typed as text '87,,5' (double comma). Rule 'Posisi akhir' takes Desember (100), so Realisasi 2023 "
        "and capaian (100) are unaffected.")
    k.m(sh, "S16", "capaian-disagrees-with-annual", plain(q(pos(2400, truth[16]))),
        "Typed 95,75 = 2.298 / 2.400, the total to November; Realisasi 2023 is 2.466, so 2.466 / 2.400 = 102,75.")
    k.t(sh, "S18", "capaian-over-100-uncapped",
        "88,7 / 80 x 100 = 110,875 -> 110,88 shown; the workbook never caps at 100, so above 100 is right.")
    k.m(sh, "S19", "formula-wrong-row", plain(q(pos(150, truth[19]))),
        "=R20/E20*100 points at the next row (NIB, 3.103/3.000 = 103,43). Correct 160 / 150 = 106,67.")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


# =================================================================== WB4
def category(x):
    x = Dn(x)
    if x >= 91:
        return "Sangat Tinggi"
    if 76 <= x <= 90:
        return "Tinggi"
    if 66 <= x <= 75:
        return "Sedang"
    if 51 <= x <= 65:
        return "Rendah"
    if x <= 50:
        return "Sangat Rendah"
    raise ValueError(x)


def wb4():
    name = "rekap-iku-bappelitbangda-muarakelam-2023"
    sh = "Rekap IKU PD"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    k = Key(name + ".xlsx",
            "Bappelitbangda Kabupaten Muara Kelam recapitulation of the IKU of five Perangkat Daerah for 2023 in one "
            "sheet 'Rekap IKU PD'. Header row 6: No | Indikator Kinerja Utama | Satuan | Sifat (Positif/Negatif) | "
            "Target 2023 | Realisasi 2023 | Capaian (%) | Kategori | Keterangan; column numbers in row 7. Each OPD "
            "is a section heading row merged across A:I (rows 8, 14, 18, 25, 30: 'A. DINAS PERTANIAN DAN PANGAN' "
            "...), followed by its 3-6 indicators, numbered from 1 again in each OPD. Capaian: Positif = R/T x 100, "
            "Negatif = (2T - R)/T x 100 (stated under the table); Kategori from the Permendagri scale (>= 91 Sangat "
            "Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah, stated under the table). Capaian "
            "is a mix of formulas, typed numbers and text in Indonesian notation. Date and signature of the Kepala "
            "Bappelitbangda below.")
    put(ws, "A1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA UTAMA (IKU) PERANGKAT DAERAH", bold=True)
    put(ws, "A2", "KABUPATEN MUARA KELAM TAHUN 2023", bold=True)
    put(ws, "A3", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", bold=True)
    put(ws, "A4", "Sumber: LKjIP Perangkat Daerah Tahun 2023 (diolah)")
    for c, t in zip("ABCDEFGHI", ("No", "Indikator Kinerja Utama", "Satuan", "Sifat", "Target 2023",
                                  "Realisasi 2023", "Capaian (%)", "Kategori", "Keterangan")):
        header(ws, f"{c}6", t)
    colnums(ws, 7, "A", "I")
    widths(ws, {"A": 5, "B": 52, "C": 10, "D": 10, "E": 12, "F": 13, "G": 11, "H": 14, "I": 30})
    PO, NE = "Positif", "Negatif"
    blocks = [
        (8, "A. DINAS PERTANIAN DAN PANGAN", [
            ("Produksi padi", "Ton", PO, 185000, 178640, "F", None, F0),
            ("Produktivitas padi", "Ku/Ha", PO, 52.5, 49.8, "F", None, F2),
            ("Produksi jagung", "Ton", PO, 24350, 27, "109,10", None, F0),
            ("Persentase kelompok tani kelas madya ke atas", "%", PO, 35, 28.4, "F", "Sangat Tinggi", F2),
            ("Nilai SAKIP Perangkat Daerah", "Nilai", PO, 70, 71.2, "F", None, F2),
        ]),
        (14, "B. DINAS SOSIAL", [
            ("Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang tertangani", "%", PO, 75, 68.9, "F", None, F2),
            ("Persentase penduduk miskin", "%", NE, 11.2, 10.85, 96.88, None, F2),
            ("Persentase KPM PKH graduasi mandiri", "%", PO, 5, 3.8, "76,00", None, F2),
        ]),
        (18, "C. DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", [
            ("Persentase jalan kabupaten dalam kondisi mantap", "%", PO, 72.5, 70.14, "F", None, F2),
            ("Panjang jaringan irigasi dalam kondisi baik", "Meter", PO, 125400, "118.650.50", "94,62", None, F0),
            ("Luas kawasan permukiman kumuh", "Ha", NE, 48, 44.6, "N", None, F2),
            ("Persentase rumah tangga dengan akses air minum layak", "%", PO, 88, 84.25, "95,74", None, F2),
            ("Persentase rumah tangga dengan akses air minum layak", "%", PO, 88, 84.25, "95,74", None, F2),
            ("Persentase rumah tangga dengan akses sanitasi layak", "%", PO, 80, 79.2, "F", None, F2),
        ]),
        (25, "D. DINAS PENDIDIKAN DAN KEBUDAYAAN", [
            ("Angka Partisipasi Murni (APM) SD", "%", PO, 98.5, 97.82, "F", None, F2),
            ("Angka Partisipasi Murni (APM) SMP", "%", PO, 82, 78.36, "F", None, F2),
            ("Angka putus sekolah SD", "%", NE, 0.15, 0.09, "140,00", None, F2),
            ("Rata-rata lama sekolah", "Tahun", PO, 8.12, 8.09, "99,36", None, F2),
        ]),
        (30, "E. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", [
            ("Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP", "%", PO, 20, 24.6, "F", None, F2),
            ("Indeks Profesionalitas ASN", "Indeks", PO, 70, 68.45, "97,79", None, F2),
            ("Nilai SAKIP Perangkat Daerah", "Nilai", PO, 65, 63.4, "F", None, F2),
            ("Jumlah ASN yang dijatuhi hukuman disiplin berat", "Orang", NE, 0, 3, "-", "-", F0),
        ]),
    ]
    for hr, title, items in blocks:
        put(ws, f"A{hr}", title, bold=True)
        ws.merge_cells(f"A{hr}:I{hr}")
        for i, (nm, sat, sf, T, R, G, cat, fmt) in enumerate(items):
            r = hr + 1 + i
            put(ws, f"A{r}", i + 1, h="center")
            put(ws, f"B{r}", nm, wrap=True)
            put(ws, f"C{r}", sat, h="center")
            put(ws, f"D{r}", sf, h="center")
            put(ws, f"E{r}", T, fmt=fmt, h="right")
            put(ws, f"F{r}", R, fmt=fmt if not isinstance(R, str) else None, h="right")
            if G == "F":
                put(ws, f"G{r}", f"=F{r}/E{r}*100", fmt=P2, h="right")
                true = pos(T, R)
            elif G == "N":
                put(ws, f"G{r}", f"=(2*E{r}-F{r})/E{r}*100", fmt=P2, h="right")
                true = neg(T, R)
            else:
                put(ws, f"G{r}", G, fmt=P2 if not isinstance(G, str) else None, h="right")
                true = None
            if cat is None:
                if true is None:
                    true = Dn(G.replace(",", ".")) if isinstance(G, str) else Dn(G)
                cat = category(q(true))
            put(ws, f"H{r}", cat, h="center")
            k.data(sh, r)
            if r == 11:
                k.ind(sh, r, nm, T, 26566, note="stated 27 (thousands dropped); 109,10 % of 24.350 implies 26.565-26.567")
            elif r == 20:
                k.ind(sh, r, nm, T, D("118650.5"), note="stated as malformed text '118.650.50'")
            else:
                k.ind(sh, r, nm, T, R)
    put(ws, "I34", "Target 0; capaian tidak dihitung", wrap=True)
    put(ws, "I21", "Indikator negatif", wrap=True)
    box(ws, "A6:I34")
    put(ws, "A36", "Keterangan:")
    put(ws, "A37", "1. Capaian indikator bersifat Negatif = (2 x Target - Realisasi) / Target x 100%.")
    put(ws, "A38", "2. Kategori capaian (Permendagri 86/2017): >= 91 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; "
                   "51 - 65 Rendah; <= 50 Sangat Rendah.")
    signature(ws, "G", 40, ["Muara Kelam, 18 Maret 2024", "KEPALA BADAN PERENCANAAN PEMBANGUNAN,",
                            "PENELITIAN DAN PENGEMBANGAN DAERAH", "KABUPATEN MUARA KELAM", None, None, None,
                            "Ir. BAMBANG SETIADI, M.T.", "Pembina Utama Muda (IV/c)", "NIP. 19690915 199603 1 002"])

    k.m(sh, "F11", "realisasi-thousands-dropped", "26566",
        "Realisasi typed as 27 against a target of 24.350 Ton with a stated capaian of 109,10 %: the thousands "
        "were dropped (109,10 % of 24.350 = 26.566). The capaian and category are consistent with the intended "
        "figure; a checker may instead report G11 as disagreeing with 27/24.350 (0,11 %).")
    k.m(sh, "H12", "category-mismatch", "Tinggi",
        "28,4 / 35 x 100 = 81,14 is in 76-90 (Tinggi), written 'Sangat Tinggi'.")
    k.m(sh, "G16", "positive-formula-on-negative", plain(q(neg(11.2, 10.85))),
        "Sifat Negatif; typed 96,88 = 10,85 / 11,2 x 100 (positive formula). With the workbook's negative formula: "
        "(2 x 11,2 - 10,85) / 11,2 x 100 = 103,13. Category Sangat Tinggi either way.")
    k.t(sh, "H17", "category-boundary",
        "3,8 / 5 x 100 = 76,00 exactly, typed '76,00'; 76 is the lower bound of Tinggi: 'Tinggi' is right.")
    k.m(sh, "F20", "malformed-number", "118650.5",
        "Realisasi typed as text '118.650.50' (a last group of two digits). The stated 94,62 % implies 118.650,5 "
        "(118.650,5 / 125.400 = 94,617).")
    k.t(sh, "G21", "negative-over-100",
        "Sifat Negatif, realisasi 44,6 Ha below the target 48: (2 x 48 - 44,6) / 48 x 100 = 107,08, above 100 "
        "and right.")
    k.m(sh, "B23", "duplicate-indicator", "delete the row (same as row 22)",
        "Row 23 repeats row 22 in the same OPD (same name, target, realisasi and capaian).")
    k.t(sh, "B27", "near-duplicate-names",
        "'APM SD' (row 26) and 'APM SMP' (row 27) differ by one word: different indicators, not a duplicate.")
    k.m(sh, "G29", "capaian-digits-transposed", plain(q(pos(8.12, 8.09))),
        "Typed '99,36' for 8,09 / 8,12 x 100 = 99,63 (the last two digits swapped).")
    k.t(sh, "B33", "same-indicator-other-opd",
        "'Nilai SAKIP Perangkat Daerah' also appears in OPD A (row 13); each OPD has its own, not a duplicate.")
    k.t(sh, "G34", "target-zero-no-capaian",
        "Target 0 (negative indicator), realisasi 3: capaian '-' and Kategori '-' with a note; capaian is "
        "undefined, nothing was invented.")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


# =================================================================== WB5
def wb5():
    name = "iku-dpmd-danauteluk-2024"
    sh = "Pengukuran IKU"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    k = Key(name + ".xlsx",
            "Indicator table with definitions, Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Danau Teluk, 2024, "
            "one sheet 'Pengukuran IKU'. Header row 6: No | Sasaran | Indikator Kinerja | Formulasi / Cara "
            "Pengukuran | Sumber Data | Satuan | Polaritas (Maksimal/Minimal) | Target 2024 | Realisasi 2024 | "
            "Capaian (%) | Keterangan; column numbers in row 7; data rows 8-23, Sasaran merged vertically. Rows 4-5 "
            "state the rules: Minimal indicators use (2 x Target - Realisasi) / Target x 100; a target written as a "
            "range or bound ('>= 90', '80 - 85', '< 5') is measured against the bound written (the lower bound for "
            "Maksimal, the upper bound for Minimal). Capaian is a mix of formulas, typed numbers and Indonesian "
            "text. Date and signature below.")
    put(ws, "A1", "PENGUKURAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2024", bold=True)
    put(ws, "A2", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN DANAU TELUK", bold=True)
    put(ws, "A4", "Catatan: capaian indikator berpolaritas Minimal = (2 x Target - Realisasi) / Target x 100%; "
                  "indikator Maksimal = Realisasi / Target x 100%.")
    put(ws, "A5", "Target berupa rentang atau batas diukur terhadap angka batas yang tertulis (batas bawah untuk "
                  "Maksimal, batas atas untuk Minimal).")
    for c, t in zip("ABCDEFGHIJK", ("No", "Sasaran", "Indikator Kinerja", "Formulasi / Cara Pengukuran",
                                    "Sumber Data", "Satuan", "Polaritas", "Target 2024", "Realisasi 2024",
                                    "Capaian (%)", "Keterangan")):
        header(ws, f"{c}6", t)
    colnums(ws, 7, "A", "K")
    widths(ws, {"A": 5, "B": 24, "C": 40, "D": 44, "E": 24, "F": 9, "G": 11, "H": 11, "I": 11, "J": 11, "K": 30})
    MX, MN = "Maksimal", "Minimal"
    rows = [
        (8, "Persentase desa mandiri", "(Jumlah desa mandiri / jumlah desa) x 100%",
         "Hasil pemutakhiran IDM Kemendes PDTT", "%", MX, 18.5, 21.43, "F", None, F2),
        (9, "Jumlah desa tertinggal", "Jumlah desa berstatus tertinggal menurut IDM", "IDM Kemendes PDTT",
         "Desa", MN, 24, 19, "N", None, F0),
        (10, "Indeks Desa Membangun (IDM) rata-rata kabupaten", "Jumlah nilai IDM seluruh desa / jumlah desa",
         "IDM Kemendes PDTT", "Indeks", MX, 0.7150, 0.7134, "99,78", None, F4),
        (11, "Persentase desa yang menetapkan APBDes tepat waktu",
         "(Jumlah desa yang menetapkan APBDes paling lambat 31 Desember / jumlah desa) x 100%",
         "Aplikasi Siskeudes", "%", MX, "≥ 90", 93.75, "104,17", "Diukur terhadap batas 90", F2),
        (12, "Persentase desa dengan temuan penyimpangan dana desa",
         "(Jumlah desa dengan temuan / jumlah desa) x 100%", "LHP Inspektorat Daerah", "%", MN, "< 5", 3.2,
         "136,00", "Diukur terhadap batas 5", F2),
        (13, "Rata-rata waktu penyaluran dana desa ke rekening kas desa",
         "Jumlah hari proses penyaluran seluruh tahap / jumlah tahap", "Aplikasi OM-SPAN", "Hari", MN, 7, 5.5,
         78.57, None, F2),
        (14, "Persentase BUMDes berklasifikasi maju", "(Jumlah BUMDes maju / jumlah BUMDes) x 100%",
         "Pemeringkatan BUMDes", "%", MX, 30, 27.5, "F", None, F2),
        (15, "Persentase swadaya masyarakat dalam pembangunan desa",
         "(Nilai swadaya masyarakat / total nilai pembangunan desa) x 100%", "Laporan realisasi APBDes", "%", MX,
         "80 - 85", 83.4, "104,25", "Diukur terhadap batas bawah 80", F2),
        (16, "Jumlah kader pemberdayaan masyarakat desa (KPMD) terlatih",
         "Jumlah KPMD yang lulus pelatihan bersertifikat", "Laporan kegiatan bidang", "Orang", MX, 320, "3O5",
         "95,31", None, F0),
        (17, "Persentase penduduk miskin di perdesaan", "(Penduduk miskin perdesaan / penduduk perdesaan) x 100%",
         "BPS Kabupaten Danau Teluk", "%", MN, 9.8, 10.4, "N", None, F2),
        (18, "Persentase desa yang memiliki Perdes RPJMDes", "(Jumlah desa ber-Perdes RPJMDes / jumlah desa) x 100%",
         "Bagian Hukum / Prodeskel", "%", MX, 100, 100, "F", None, F2),
        (19, "Nilai SAKIP Dinas PMD", "Nilai hasil evaluasi SAKIP oleh Inspektorat", "LHE SAKIP", "Nilai", MX, 72,
         73.85, "102,57", None, F2),
        (20, "Persentase BUMDes aktif", "(Jumlah BUMDes aktif / jumlah BUMDes) x 100%", "Pemeringkatan BUMDes",
         "Unit", MX, 75, 78.6, "F", None, F2),
        (21, "Jumlah aduan masyarakat terkait pengelolaan dana desa", "Jumlah aduan yang tercatat dan terverifikasi",
         "SP4N-LAPOR! dan kotak aduan", "Aduan", MN, 12, 15, "=I21/H21*100", None, F0),
        (22, "Persentase penyelesaian sengketa batas desa", "(Sengketa selesai / sengketa tercatat) x 100%",
         "Bagian Tata Pemerintahan", "%", MX, 60, 45, "75,00", None, F2),
        (23, "Persentase desa dengan Sistem Informasi Desa aktif",
         "(Jumlah desa dengan SID aktif / jumlah desa) x 100%", "Dinas Kominfo", "%", MX, 65, 58.33, "88,74", None, F2),
    ]
    for i, (r, nm, form, src, sat, pol, T, R, J, ket, fmt) in enumerate(rows):
        put(ws, f"A{r}", i + 1, h="center")
        put(ws, f"C{r}", nm, wrap=True)
        put(ws, f"D{r}", form, wrap=True)
        put(ws, f"E{r}", src, wrap=True)
        put(ws, f"F{r}", sat, h="center")
        put(ws, f"G{r}", pol, h="center")
        put(ws, f"H{r}", T, fmt=fmt if not isinstance(T, str) else None, h="right")
        put(ws, f"I{r}", R, fmt=fmt if not isinstance(R, str) else None, h="right")
        if J == "F":
            J = f"=I{r}/H{r}*100"
        elif J == "N":
            J = f"=(2*H{r}-I{r})/H{r}*100"
        put(ws, f"J{r}", J, fmt=P2 if not (isinstance(J, str) and not J.startswith("=")) else None, h="right")
        if ket:
            put(ws, f"K{r}", ket, wrap=True)
        k.data(sh, r)
        if isinstance(T, str):
            k.ind(sh, r, nm, None, R, note=f"target written as '{T}'")
        elif r == 16:
            k.ind(sh, r, nm, T, 305, note="stated as text '3O5' (letter O)")
        else:
            k.ind(sh, r, nm, T, R)
    for top, bot, s in ((8, 10, "Meningkatnya kemandirian desa"),
                        (11, 14, "Meningkatnya tata kelola pemerintahan desa"),
                        (15, 18, "Meningkatnya partisipasi masyarakat dalam pembangunan desa"),
                        (19, 23, "Meningkatnya akuntabilitas kinerja dan pelayanan dinas")):
        put(ws, f"B{top}", s, wrap=True, v_top=True)
        ws.merge_cells(f"B{top}:B{bot}")
    box(ws, "A6:K23")
    signature(ws, "I", 25, ["Danau Teluk, 20 Januari 2025", "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
                            "KABUPATEN DANAU TELUK", None, None, None, "SITI NURHALIZA RANGKUTI, S.Sos., M.AP",
                            "Pembina Tingkat I (IV/b)", "NIP. 19780604 200501 2 011"])
    ws.page_setup.orientation = "landscape"

    k.t(sh, "J9", "negative-over-100",
        "Minimal: 19 desa tertinggal against a target of 24: (48 - 19) / 24 x 100 = 120,83, right.")
    k.t(sh, "H11", "bound-target",
        "Target '≥ 90' (text): measured against 90 as the sheet says; 93,75 / 90 = 104,17, right.")
    k.t(sh, "H12", "bound-target",
        "Minimal with target '< 5': measured against 5; (10 - 3,2) / 5 x 100 = 136,00, right.")
    k.m(sh, "J13", "positive-formula-on-negative", plain(q(neg(7, 5.5))),
        "Polaritas Minimal; typed 78,57 = 5,5 / 7 x 100. The sheet's rule gives (14 - 5,5) / 7 x 100 = 121,43.")
    k.t(sh, "H15", "range-target",
        "Target '80 - 85' (a range), Maksimal: measured against the lower bound 80 as the sheet says; "
        "83,4 / 80 = 104,25, right (it lies inside the range).")
    k.m(sh, "I16", "letter-o-for-zero", "305",
        "Realisasi typed '3O5' with a capital letter O. The capaian '95,31' is right for 305 / 320.")
    k.m(sh, "F20", "unit-unlike-name", "%",
        "'Persentase BUMDes aktif' with a percentage formulation and a decimal realisasi, but Satuan 'Unit'. "
        "The figures (78,6 / 75 = 104,80) are right.")
    k.m(sh, "J21", "polarity-ignored-in-formula", plain(q(neg(12, 15))),
        "Polaritas Minimal but the formula is =I21/H21*100 (125,00). With the sheet's rule: (24 - 15) / 12 x 100 "
        "= 75,00.")
    k.m(sh, "J23", "capaian-wrong-arithmetic", plain(q(pos(65, 58.33))),
        "Typed '88,74'; 58,33 / 65 x 100 = 89,74 (off by one point).")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


# =================================================================== WB6
def wb6():
    name = "evaluasi-renstra-dlh-pasirmulya-2024"
    sh = "Evaluasi Renstra"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    k = Key(name + ".xlsx",
            "Portrait Renstra evaluation of the Dinas Lingkungan Hidup Kota Pasir Mulya (period 2021-2026, position "
            "2024), one sheet 'Evaluasi Renstra'. Years run across the columns and each indicator takes three rows: "
            "a 'Target' row, a 'Realisasi' row and a 'Capaian (%)' row (column E names the row). Columns: No | "
            "Indikator Kinerja | Satuan | Arah (Naik/Turun) | Uraian | Tahun (merged over 2021, 2022, 2023, 2024 "
            "in F..I) | Target Akhir Renstra 2026 | Keterangan; header rows 6-7, column numbers in row 8; blocks "
            "start at rows 9, 12, 15, ..., 30 (8 indicators, data rows 9-32); No, Indikator, Satuan, Arah, Target "
            "Akhir and Keterangan are merged down the three rows. Capaian: Naik = R/T x 100, Turun = (2T - R)/T x "
            "100 (stated in row 4). Capaian rows are typed numbers except block 3 (all formulas) and one formula "
            "in block 7; block 6 has its realisasi typed as Indonesian text. In 'indicators' the row given is the "
            "Target row of each block and the figures are those of 2024 (column I). Date and signature below.")
    put(ws, "A1", "EVALUASI PELAKSANAAN RENSTRA PERANGKAT DAERAH", bold=True)
    put(ws, "A2", "DINAS LINGKUNGAN HIDUP KOTA PASIR MULYA", bold=True)
    put(ws, "A3", "PERIODE RENSTRA 2021 - 2026 (POSISI TAHUN 2024)", bold=True)
    put(ws, "A4", "Capaian indikator berarah Turun = (2 x Target - Realisasi) / Target x 100%; berarah Naik = "
                  "Realisasi / Target x 100%.")
    header(ws, "A6", "No", "A6:A7")
    header(ws, "B6", "Indikator Kinerja", "B6:B7")
    header(ws, "C6", "Satuan", "C6:C7")
    header(ws, "D6", "Arah", "D6:D7")
    header(ws, "E6", "Uraian", "E6:E7")
    header(ws, "F6", "Tahun", "F6:I6")
    for c, y in zip("FGHI", (2021, 2022, 2023, 2024)):
        header(ws, f"{c}7", y)
    header(ws, "J6", "Target Akhir Renstra 2026", "J6:J7")
    header(ws, "K6", "Keterangan", "K6:K7")
    colnums(ws, 8, "A", "K")
    widths(ws, {"A": 4, "B": 30, "C": 8, "D": 7, "E": 11, "F": 10, "G": 10, "H": 10, "I": 10, "J": 10, "K": 16})
    NK, TR = "Naik", "Turun"
    blocks = [
        ("Indeks Kualitas Lingkungan Hidup (IKLH)", "Indeks", NK, [62.5, 63, 63.5, 64], [61.87, 63.42, 64.10, 64.85],
         [98.99, 100.67, 100.94, 101.33], 65, F2),
        ("Indeks Kualitas Air (IKA)", "Indeks", NK, [50, 51, 52, 53], [48.2, 50.1, 53.4, 52.75],
         [96.40, 98.24, 102.69, 100.47], 55, F2),
        ("Indeks Kualitas Udara (IKU)", "Indeks", NK, [84, 84.5, 85, 85.5], [86.12, 85.03, 84.21, 86.40],
         "F", 86, F2),
        ("Persentase sampah rumah tangga yang tertangani", "%", NK, [70, 72, 74, 76], [68.5, 71.2, 73.05, 77.4],
         [97.86, 98.89, 98.71, 101.84], 80, F2),
        ("Jumlah kasus pencemaran lingkungan yang diadukan", "Kasus", TR, [30, 28, 26, 24], [27, 31, 22, 18],
         [110.00, 110.71, 115.38, 125.00], 20, F0),
        ("Jumlah pengurangan sampah", "Ton/tahun", NK, ["12.5OO", 13000, 13500, 14000],
         ["12.184,5", "13.212,8", "13.987,25", "14.230,6"], [97.48, 101.64, 103.61, 101.65], 15000, F0),
        ("Persentase ruang terbuka hijau publik terhadap luas wilayah kota", "%", NK, [12, 12.5, 13, 13.5],
         [11.8, 12.1, 12.9, 13.6], [98.33, 96.80, 99.23, "=I31/I30*100"], 15, F2),
        ("Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan", "%", NK, [60, 65, 70, 75],
         [58, 66, 71.5, 75], [96.67, 101.54, 102.14, 100.00], 85, F2),
    ]
    for b, (nm, sat, arah, T, R, C, ta, fmt) in enumerate(blocks):
        r = 9 + 3 * b
        put(ws, f"A{r}", b + 1, h="center", v_top=True)
        put(ws, f"B{r}", nm, wrap=True, v_top=True)
        put(ws, f"C{r}", sat, h="center", v_top=True)
        put(ws, f"D{r}", arah, h="center", v_top=True)
        put(ws, f"J{r}", ta, fmt=fmt, h="center", v_top=True)
        for c in "ABCDJK":
            ws.merge_cells(f"{c}{r}:{c}{r + 2}")
        put(ws, f"E{r}", "Target")
        put(ws, f"E{r + 1}", "Realisasi")
        put(ws, f"E{r + 2}", "Capaian (%)")
        for j, c in enumerate("FGHI"):
            put(ws, f"{c}{r}", T[j], fmt=fmt if not isinstance(T[j], str) else None, h="right")
            put(ws, f"{c}{r + 1}", R[j], fmt=fmt if not isinstance(R[j], str) else None, h="right")
            v = f"={c}{r + 1}/{c}{r}*100" if C == "F" else C[j]
            put(ws, f"{c}{r + 2}", v, fmt=P2, h="right")
        k.data(sh, r, r + 1, r + 2)
        rea = Dn(R[3].replace(".", "").replace(",", ".")) if isinstance(R[3], str) else R[3]
        k.ind(sh, r, nm, T[3], rea)
    put(ws, "K21", "Indikator negatif", wrap=True, v_top=True)
    put(ws, "K24", "Realisasi dari bank sampah dan TPS3R", wrap=True, v_top=True)
    box(ws, "A6:K32")
    signature(ws, "G", 34, ["Pasir Mulya, 31 Januari 2025", "KEPALA DINAS LINGKUNGAN HIDUP", "KOTA PASIR MULYA",
                            None, None, None, "Ir. YULIANTO PRASETYO, M.Si", "Pembina Utama Muda (IV/c)",
                            "NIP. 19710228 199803 1 005"])
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    k.m(sh, "I14", "capaian-target-realisasi-swapped", plain(q(pos(53, 52.75))),
        "2024: typed 100,47 = 53 / 52,75 x 100. Correct 52,75 / 53 x 100 = 99,53.")
    k.t(sh, "F17", "formula-row-among-typed",
        "The whole capaian row of block 3 holds formulas (=F16/F15*100 ...) while the other blocks are typed; "
        "all four values (102,52; 100,63; 99,07; 101,05) are right.")
    k.m(sh, "H20", "capaian-truncated", plain(q(pos(74, 73.05))),
        "2023: 73,05 / 74 x 100 = 98,7162, written 98,71 (truncated); 98,72 rounded half up.")
    k.m(sh, "G23", "positive-formula-on-negative", plain(q(neg(28, 31))),
        "Arah Turun, 2022: typed 110,71 = 31 / 28 x 100. With the sheet's rule (56 - 31) / 28 x 100 = 89,29 "
        "(realisasi worse than target).")
    k.m(sh, "F24", "letter-o-for-zero", "12500",
        "Target 2021 typed as text '12.5OO' (letters O). The capaian 97,48 (F26) is right for 12.500.")
    k.t(sh, "F25", "indonesian-text-numbers",
        "Realisasi row typed as text in Indonesian notation ('12.184,5', '13.212,8', '13.987,25', '14.230,6'); "
        "the capaian row below matches them.")
    k.m(sh, "I29", "formula-wrong-row", plain(q(pos(13.5, 13.6))),
        "2024 capaian is the formula =I31/I30*100, which reads the next block (75 / 75 = 100,00). Correct "
        "13,6 / 13,5 x 100 = 100,74.")
    k.t(sh, "I32", "capaian-exactly-100",
        "2024: realisasi 75 equals the target 75; 100,00 is right.")
    wb.save(os.path.join(RAW, name + ".xlsx"))
    k.save(name)


if __name__ == "__main__":
    os.makedirs(RAW, exist_ok=True)
    for f in (wb1, wb2, wb3, wb4, wb5, wb6):
        f()
    print("raw workbooks in", RAW)
