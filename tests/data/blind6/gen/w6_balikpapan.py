"""W6: Bappeda Litbang Kota Balikpapan, 2024 TW IV, shifted scheme, xlsx. 4-row header (group / title / Triwulan I..IV / K|%|Rp),
unnumbered Kode column, urusan and bidang rows, indicators on the same row, Rata-rata and Predikat rows."""
from helpers import *

def spec():
    s = spec_defaults(Spec())
    s.name = 'bappeda-balikpapan-2024-tw4'; s.fmt_out = 'xlsx'; s.sheet = 'Evaluasi RKPD 2024'
    s.scheme = 'shifted'; s.year = 2024; s.period = 4; s.renstra_end = 2026
    s.agency = 'Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan'; s.kab = 'Kota Balikpapan'
    s.hdr_rows = 4; s.qpct = True; s.labels = {'uraian': 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan'}
    s.titles = ['Evaluasi Terhadap Hasil RKPD', 'Kota Balikpapan', 'Tahun 2024']
    s.sub_row0 = 4; s.subtitles = []
    s.hdr0 = 5
    s.opd_line = 'Perangkat Daerah : Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan'
    s.notes = ['Predikat kinerja berdasarkan rata-rata capaian kinerja program (Permendagri 86/2017).']
    s.sig_left = ['Kepala Bappeda Litbang Kota Balikpapan', '', '', 'Dr. YUSRI MAHENDRA, S.T., M.Si', 'NIP. 19730509 199803 1 008']
    s.sig_right = ['Balikpapan, 17 Januari 2025', 'Walikota Balikpapan', 'u.b. Sekretaris Daerah', '', '', 'Drs. H. ARIF BUDIMAN, M.M.', 'NIP. 19670101 198903 1 015']
    s.sig_col = 'rs_rp'
    g = Gen(606, 4)
    progs = [
        ('5.01.02', 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', [('Persentase dokumen perencanaan yang tepat waktu', '%')], [
            ('5.01.02.2.01', 'Penyusunan Perencanaan dan Pendanaan', [('Jumlah dokumen perencanaan', 'Dokumen')], [
                ('5.01.02.2.01.0001', 'Analisis Data dan Informasi Perencanaan Pembangunan Daerah', [('Jumlah laporan analisis data', 'Laporan')]),
                ('5.01.02.2.01.0002', 'Penyusunan Dokumen Perencanaan Pembangunan Daerah (RPJPD, RPJMD, RKPD)', [('Jumlah dokumen RKPD', 'Dokumen')])]),
            ('5.01.02.2.03', 'Koordinasi Perencanaan dan Evaluasi Pembangunan Daerah', [('Jumlah laporan evaluasi', 'Laporan')], [
                ('5.01.02.2.03.0003', 'Pengendalian dan Evaluasi Pelaksanaan RKPD', [('Jumlah laporan evaluasi RKPD', 'Laporan')]),
                ('5.01.02.2.03.0005', 'Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan', [('Jumlah rapat koordinasi', 'Kali')])])]),
        ('5.01.03', 'Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah', [('Jumlah dokumen sinkronisasi', 'Dokumen')], [
            ('5.01.03.2.01', 'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', [('Jumlah dokumen koordinasi', 'Dokumen')], [
                ('5.01.03.2.01.0004', 'Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Manusia', [('Jumlah dokumen', 'Dokumen')])]),
            ('5.01.03.2.02', 'Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan', [('Jumlah dokumen koordinasi', 'Dokumen')], [
                ('5.01.03.2.02.0001', 'Koordinasi Perencanaan Infrastruktur', [('Jumlah laporan koordinasi', 'Laporan')])])]),
        ('5.05.02', 'Program Penelitian dan Pengembangan Daerah', [('Jumlah rekomendasi kebijakan berbasis riset', 'Rekomendasi')], [
            ('5.05.02.2.01', 'Penelitian dan Pengembangan Pemerintahan dan Pembangunan Manusia', [('Jumlah kajian', 'Kajian')], [
                ('5.05.02.2.01.0001', 'Pelaksanaan Kajian dan Penelitian', [('Jumlah kajian yang diselesaikan', 'Kajian')])])]),
    ]
    R, lv = auto_rows(g, progs, urusan=[('urusan', '5', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN'), ('bidang', '5.01', 'PERENCANAAN')],
                      sasaran='Meningkatnya kualitas perencanaan pembangunan daerah', unit='Bidang Perencanaan')
    s.rows = R
    subs = lv['sub_kegiatan']
    R[subs[3]].k['ren'] = None
    compute(s)
    pr = lv['program']
    trunc = [(i, col) for i in subs for col in ('crs_rp', 'crs_k') if i != subs[3] and t2(R[i].m[col]) != r2(R[i].m[col])]
    a, tcol = trunc[0]; R[a].over[tcol] = ('v', t2(R[a].m[tcol]))
    b = [i for i in subs if i not in (a, subs[3])][0]; R[b].over['real_k'] = ('f', '={q3_k}')
    c = [i for i in subs if i not in (a, b, subs[3])][0]; R[c].over['real_rp'] = ('v', 0)
    R[pr[1]].over['q2_rp'] = ('sum_double', R[pr[1]].children[0])
    R[subs[3]].over['crs_k'] = ('f', '={rs_k}/{ren_k}*100')
    m = mean_meant(s, 'crs_k', pr)
    right = band(m)
    wrong = {'Sangat Tinggi': 'Tinggi', 'Tinggi': 'Sangat Tinggi', 'Sedang': 'Tinggi', 'Rendah': 'Sedang', 'Sangat Rendah': 'Rendah'}[right]
    s.summary = [
        {'label': 'Rata-rata capaian kinerja program (%)', 'items': [
            {'kind': 'rata-rata', 'col': 'crs_k', 'of': 'crs_k', 'over': pr, 'write': lambda s: '=AVERAGE(' + ','.join(avg_cells(s, 'crs_k', pr)) + ')'}]},
        {'label': 'Predikat kinerja', 'items': [{'kind': 'predikat', 'col': 'crs_k', 'write': wrong}]},
    ]
    s.mistakes = [
        dict(summary=(1, 0), kind='predikat-mismatch', note='predikat typed %r; the rata-rata %s falls in %r' % (wrong, str(r2(m)), right)),
        dict(idx=a, col=tcol, kind='truncated', note='typed capaian Renstra truncated instead of rounded'),
        dict(idx=b, col='real_k', kind='tw3-as-year', note='column 13 K = TW III cell only'),
        dict(idx=c, col='real_rp', kind='computed-typed-over', note='column 13 Rp typed 0 while TW I-IV hold values'),
        dict(idx=pr[1], col='q2_rp', kind='parent-sum-double-counts', note='program TW II Rp counts kegiatan 5.01.03.2.01 twice'),
        dict(idx=subs[3], col='crs_k', kind='div0-blank-target', note='Target Renstra K (column 6) blank; #DIV/0!'),
    ]
    s.traps = [
        dict(idx=pr[0], col='tgt_rp', kind='parent-sum-correct', note='program Rp = its two kegiatan (non-contiguous)'),
        dict(idx=lv['kegiatan'][0], col='q4_rp', kind='parent-sum-correct', note='kegiatan TW IV Rp = SUM of its sub kegiatan'),
    ]
    s.summary_traps = [dict(summary=(0, 0), kind='rata-rata-correct', note='AVERAGE of the three program capaian Renstra K')]
    s.double_style = 'sum'
    return s

if __name__ == '__main__':
    make(spec())
