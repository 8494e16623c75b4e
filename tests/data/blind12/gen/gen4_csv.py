"""File 4: "Unduh CSV" from a provincial monitoring portal: semicolon-separated, decimal comma,
UTF-8 BOM, CRLF, title lines above and notes below. Dinas Pendidikan dan Kebudayaan
Kabupaten Bukit Sembilan, 2023, annual target with quarterly targets."""
from common import *

FN = "capaian_kinerja_disdikbud_bukit_sembilan_2023.csv"
SHEET = sheet_from_filename(FN)

SAS1 = "Meningkatnya akses pendidikan (PAUD; Pendidikan Dasar)"
SAS2 = "Meningkatnya mutu pendidikan"
SAS3 = "Meningkatnya kualitas layanan pendidikan"

# row: sasaran, indicator, unit, polarity, target, [TW targets], realisasi text, keterangan
DATA = {
    6: (SAS1, "Angka Partisipasi Kasar (APK) PAUD", "%", "Positif", "78,50", ["76,00", "77,00", "78,00", "78,50"], "80,12", ""),
    7: (SAS1, "Angka Partisipasi Murni (APM) SD/MI", "%", "Positif", "97,00", ["30", "50", "80", "100"], "96,85", "Target triwulan = persentase jadwal pelaksanaan"),
    8: (SAS1, "Angka Partisipasi Murni (APM) SMP/MTs", "%", "Positif", "82,00", ["20,50", "41,00", "61,50", "82,00"], "79,40", ""),
    9: (SAS1, "Angka Putus Sekolah SD", "%", "Negatif", "0,15", ["0,15", "0,15", "0,15", "0,15"], "0,12", ""),
    10: (SAS1, "Angka Putus Sekolah SMP", "%", "Negatif", "0,40", ["0,40", "0,40", "0,40", "0,40"], "0,46", ""),
    11: (SAS2, "Persentase sekolah terakreditasi minimal B", "%", "Positif", "85,00", ["20,00", "40,00", "60,00", "90,00"], "86,20", ""),
    12: (SAS2, "Jumlah guru yang memiliki sertifikat pendidik", "orang", "Positif", "2.450", ["600", "1.200", "1.850", "2.450"], "2.512", ""),
    13: (SAS2, "Jumlah ruang kelas baru yang dibangun", "unit", "Positif", "24", ["0", "6", "10", "8"], "24", "DAK Fisik 2023"),
    14: (SAS2, "Capaian Asesmen Nasional literasi membaca jenjang SD", "kategori", "Positif", "Sedang", ["-", "-", "-", "Sedang"], "Sedang", "Rapor Pendidikan 2023"),
    15: (SAS2, "Persentase pendidik PAUD berkualifikasi S1/D4", "%", "Positif", "60,00", ["30", "50", "80", "100"], "63,50", ""),
    16: (SAS1, "Jumlah siswa penerima beasiswa daerah", "orang", "Positif", "1.200", ["0", "0", "600", "600"], "1.O85", "Dua tahap penyaluran"),
    17: (SAS1, "Jumlah sekolah penyelenggara pendidikan inklusif baru", "sekolah", "Positif", "0", ["0", "0", "0", "0"], "0",
         "Target 0 (nol): pembentukan sekolah inklusif baru dialihkan ke TA 2024 sesuai perubahan Renja"),
    18: (SAS3, "Indeks Kepuasan Masyarakat (IKM) layanan pendidikan", "nilai", "Positif", "80,00", ["-", "-", "-", "80,00"], "83,25", "Survei semester II"),
    19: (SAS3, "Persentase satuan pendidikan dengan sanitasi layak", "%", "Positif", "70,00", ["70,00", "70,00", "70,00", "70,00"], "73,00",
         "Data Dapodik semester ganjil;\nverifikasi lapangan belum selesai untuk 12 sekolah"),
}


def pid(s):
    return D(s.replace(".", "").replace(",", ".").replace("O", "0"))


def q(field):
    if any(c in field for c in ';"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    layout = ("CSV from a provincial monitoring portal's 'Unduh CSV': UTF-8 with BOM, CRLF line ends, ';' separator, "
              "decimal comma and '.' thousands, fields quoted only when they hold ';', '\"' or a newline. Lines 1-4 are "
              "title lines (line 4 is quoted because it holds a ';'), line 5 the header, lines 6-19 the data (14 "
              "indicators), then notes and the signature. Columns A No, B Sasaran (repeated on every row), C Indikator "
              "Kinerja, D Satuan, E Polaritas, F Target Tahunan 2023, G-J Target TW I-IV, K Realisasi 2023, "
              "L Capaian (%), M Keterangan. Quarter targets come in the three styles of domain.md (cumulative rows "
              "6, 8, 9, 10, 12, 19; per quarter 13, 16; schedule in % 7, 15). Negative indicators use "
              "(2 x target - realisasi) / target x 100 (the note line says so). The last data row (19) has a quoted "
              "Keterangan with an embedded newline, so the physical file has one line more than Excel rows from "
              "there on; no keyed row comes after it. Row numbers in the key are line numbers = Excel rows.")
    k = Key(FN, SHEET, layout)
    lines = []
    lines.append("DATA CAPAIAN KINERJA PERANGKAT DAERAH")
    lines.append("Perangkat Daerah: Dinas Pendidikan dan Kebudayaan Kabupaten Bukit Sembilan")
    lines.append("Tahun: 2023")
    lines.append(q("Sumber: Portal e-Monev Provinsi; diunduh 15/01/2024 10:22 WIB"))
    lines.append(";".join(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target Tahunan 2023",
                           "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Realisasi 2023",
                           "Capaian (%)", "Keterangan"]))
    for r in range(6, 20):
        sas, ind, unit, pol, t, tw, rv, ket = DATA[r]
        qual = t == "Sedang"
        cap = ""
        if not qual:
            tv, rvv = pid(t), pid(rv)
            if tv != 0:
                exact = cap_neg(tv, rvv) if pol == "Negatif" else cap_pos(tv, rvv)
                cap = fmt(exact, 2)
        if r == 8:
            cap = fmt(trunc(exact), 2)
            k.mistake(r, "L8", "capaian-truncated", plain(rhu(exact)),
                      "79,40/82,00x100 = 96,8293; stated 96,82 is truncated, rounded is 96,83.")
        elif r == 9:
            k.trap(r, "L9", "negative-indicator-correct",
                   "Angka Putus Sekolah SD is Negatif: (2x0,15-0,12)/0,15x100 = 120,00, above 100 because dropping out fell below target; right.")
        elif r == 10:
            cap = fmt(cap_pos(tv, rvv), 2)
            k.mistake(r, "L10", "negative-positive-formula", plain(rhu(exact)),
                      "Negatif indicator computed as 0,46/0,40x100 = 115,00; (2x0,40-0,46)/0,40x100 = 85,00.")
        elif r == 11:
            k.mistake(r, "J11", "quarter-breaks-year", "85",
                      "Target TW 20/40/60/90 against an annual 85: not cumulative (TW IV 90 <> 85), not per quarter (sum 210), not a schedule (TW IV <> 100). The % (86,20/85 = 101,41) is right.")
        elif r == 12:
            k.trap(r, "K12", "thousands-separator-unambiguous",
                   "2.450 and 2.512 orang: '.' groups thousands (counts of teachers; the column uses ',' for decimals); 2512/2450 = 102,53 right.")
        elif r == 13:
            cap = "100"
            k.trap(r, "L13", "capaian-exactly-100",
                   "24 of 24 classrooms: 100, written without decimals; quarter targets 0/6/10/8 are per quarter (sum 24), not a decreasing cumulative series.")
        elif r == 14:
            cap = "100"
            k.trap(r, "F14", "qualitative-target",
                   "Target and realisasi are categories (Sedang / Sedang): realisasi at the target category; no number to recompute.")
        elif r == 16:
            cap = fmt(cap_pos(tv, rvv), 2)
            k.mistake(r, "K16", "letter-o-for-zero", "1085",
                      "Realisasi typed '1.O85' with the letter O; 1.085 gives 1085/1200 = 90,42 as stated.")
        elif r == 17:
            cap = "-"
            k.trap(r, "L17", "target-zero-with-note",
                   "Target 0 and realisasi 0, capaian '-', Keterangan states why; nothing to compute.")
        elif r == 18:
            cap = "140,06"
            k.mistake(r, "L18", "capaian-wrong", plain(rhu(exact)),
                      "83,25/80x100 = 104,0625 -> 104,06; stated 140,06 (digits transposed).")
        else:
            k.clean(r)
        if not qual:
            k.indicator(r, ind, tv, rvv)
        lines.append(";".join(q(x) for x in [str(r - 5), sas, ind, unit, pol, t] + tw + [rv, cap, ket]))
    lines.append("")
    lines.append(q("Catatan: capaian indikator negatif = (2 x Target - Realisasi) / Target x 100; target triwulan sesuai Rencana Aksi PK 2023"))
    lines.append(";;;;;;;;;;Bukit Sembilan, 12 Januari 2024;;")
    lines.append(";;;;;;;;;;Kepala Dinas Pendidikan dan Kebudayaan;;")
    lines.append(";;;;;;;;;;Drs. YOHANES SIHOMBING, M.Pd;;")
    lines.append(";;;;;;;;;;NIP. 19710305 199702 1 001;;")
    data = "\r\n".join(lines) + "\r\n"
    write_bytes(FN, b"\xef\xbb\xbf" + data.encode("utf-8"))
    k.write()


if __name__ == "__main__":
    main()
