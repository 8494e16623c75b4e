"""W5: Dinas Sosial Kabupaten Banyumas, 2025 TW II, 15-column scheme, .ods. 2-row header (Triwulan I..IV merged over K|Rp),
No column, code in the name cell, bidang row, indicators on the same row."""
from helpers import *

def spec():
    s = spec_defaults(Spec())
    s.name = 'dinsos-banyumas-2025-tw2'; s.fmt_out = 'ods'; s.sheet = 'Evaluasi TW2'
    s.scheme = '15'; s.year = 2025; s.period = 2; s.renstra_end = 2026
    s.agency = 'Dinas Sosial'; s.kab = 'Kabupaten Banyumas'
    s.kode_col = False; s.code_in_name = True; s.hdr_rows = 2; s.qgroup = False; s.qlabel = 'Realisasi Kinerja Triwulan %s'
    s.titles = ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN BANYUMAS', 'DINAS SOSIAL', 'TRIWULAN II TAHUN 2025']
    s.sub_row0 = 4; s.subtitles = []
    s.hdr0 = 5
    s.notes = ['Faktor penghambat: pemutakhiran DTSEN belum selesai.', 'Tindak lanjut: percepatan verifikasi data pada triwulan III.']
    s.sig_left = ['Disusun', 'Kepala Dinas Sosial Kabupaten Banyumas', '', '', 'DWI HARTANTO, S.Sos, M.M.', 'NIP. 19750822 199903 1 004']
    s.sig_right = ['Purwokerto, 8 Juli 2025', 'Dievaluasi', 'Kepala Bappedalitbang Kabupaten Banyumas', '', '', 'Ir. SITI NURJANAH, M.T.', 'NIP. 19700303 199503 2 006']
    s.sig_col = 'rs_k'
    g = Gen(505, 2)
    progs = [
        ('1.06.04', 'Program Rehabilitasi Sosial', [('Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar', 'Orang')], [
            ('1.06.04.2.02', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial', [('Jumlah PPKS di luar panti yang direhabilitasi', 'Orang')], [
                ('1.06.04.2.02.0001', 'Penyediaan Permakanan', [('Jumlah orang yang mendapatkan permakanan', 'Orang')]),
                ('1.06.04.2.02.0004', 'Pemberian Pelayanan Reunifikasi Keluarga', [('Jumlah anak terlantar yang direunifikasi', 'Anak')]),
                ('1.06.04.2.02.0008', 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar', [('Jumlah PPKS yang diberi akses layanan', 'Orang')])])]),
        ('1.06.05', 'Program Perlindungan dan Jaminan Sosial', [('Jumlah KPM yang terverifikasi', 'KPM')], [
            ('1.06.05.2.01', 'Pemeliharaan Anak-Anak Terlantar', [('Jumlah anak terlantar yang dipelihara', 'Anak')], [
                ('1.06.05.2.01.0003', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', [('Jumlah dokumen data fakir miskin', 'Dokumen')])]),
            ('1.06.05.2.02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', [('Jumlah data fakir miskin yang diverifikasi', 'KK')], [
                ('1.06.05.2.02.0001', 'Verifikasi dan Validasi Data Fakir Miskin', [('Jumlah KK yang diverifikasi', 'KK')]),
                ('1.06.05.2.02.0002', 'Pengembangan Sistem Informasi Data Kesejahteraan Sosial', [('Jumlah aplikasi yang dikembangkan', 'Aplikasi')])])]),
    ]
    R, lv = auto_rows(g, progs, urusan=[('bidang', '1.06', 'URUSAN PEMERINTAHAN BIDANG SOSIAL')], sasaran='Menurunnya jumlah PPKS', unit='Bidang Rehabilitasi Sosial')
    for i, r in enumerate(R):
        if r.level != 'bidang': r.no = i
    s.rows = R
    subs = lv['sub_kegiatan']
    # zero trap: last sub: new aplikasi, nothing realised, no past realisasi
    z = subs[5]; R[z].k['lal'] = D(0); R[z].k['q'] = [D(0)] * 4; R[z].rp['lal'] = D(0); R[z].rp['q'] = [D(0)] * 4
    R[subs[1]].k['ren'] = None
    compute(s)
    a = subs[0]; R[a].over['q3_rp'] = ('v', 38750000)
    R[subs[1]].over['crs_k'] = ('f', '={rs_k}/{ren_k}*100')
    c = subs[2]; R[c].over['real_k'] = ('v', 0)
    d = subs[3]; R[d].over['crs_k'] = ('f', '={rs_k}/{ren_k+1}*100')
    e = subs[4]; R[e].over['crs_rp'] = ('v', r2(R[e].m['crs_rp']) + D('10'))
    p1 = lv['program'][1]; R[p1].over['ren_rp'] = ('sum_omit', R[p1].children[1])
    tq = lv['kegiatan'][0]; R[tq].typed.add('real_k')
    s.mistakes = [
        dict(idx=a, col='q3_rp', kind='later-quarter-filled', note='TW II report: TW III Rp filled (38.750.000); column 12 Rp counts it'),
        dict(idx=subs[1], col='crs_k', kind='div0-blank-target', note='Target Renstra K (column 5) blank; capaian caches #DIV/0!'),
        dict(idx=c, col='real_k', kind='computed-typed-over', note='column 12 K typed 0 while TW I and II hold values'),
        dict(idx=d, col='crs_k', kind='next-row-reference', note='divides by the next row\'s Target Renstra K'),
        dict(idx=e, col='crs_rp', kind='wrong-capaian', note='typed capaian Renstra Rp 10 points too high'),
        dict(idx=p1, col='ren_rp', kind='parent-sum-omits-child', note='program Target Renstra Rp omits kegiatan 1.06.05.2.02'),
    ]
    s.traps = [
        dict(idx=z, col='crs_k', kind='capaian-zero-realisasi-zero', note='no realisasi so far, none last year: capaian 0 is right'),
        dict(idx=lv['program'][0], col='tgt_rp', kind='parent-sum-correct', note='program Rp = its kegiatan'),
        dict(idx=lv['kegiatan'][0], col='q2_rp', kind='parent-sum-correct', note='kegiatan TW II Rp = SUM of three sub kegiatan'),
        dict(idx=lv['kegiatan'][0], col='q3_k', kind='later-quarter-blank', note='TW III blank in a TW II report'),
        dict(idx=tq, col='real_k', kind='typed-equals-formula', note='typed realisasi equals TW I + TW II'),
    ]
    return s

if __name__ == '__main__':
    make(spec())
