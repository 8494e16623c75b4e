"""W2: Dinas Kesehatan Kota Padang, 2023 TW II, 17-column scheme, xlsx. 4-row header (group / title / Triwulan I..IV / K|%|Rp), separate Kode column."""
from helpers import *

def spec():
    s = spec_defaults(Spec())
    s.name = 'dinkes-padang-2023-tw2'; s.fmt_out = 'xlsx'; s.sheet = 'Evaluasi Renja TW II'
    s.scheme = '17'; s.year = 2023; s.period = 2; s.renstra_end = 2024
    s.agency = 'Dinas Kesehatan'; s.kab = 'Kota Padang'
    s.hdr_rows = 4; s.qpct = True
    s.titles = ['FORMULIR E.81', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA PADANG', 'DINAS KESEHATAN', 'PERIODE PELAKSANAAN: TRIWULAN II TAHUN 2023']
    s.sub_row0 = 6; s.subtitles = []
    s.hdr0 = 7
    s.opd_line = 'Perangkat Daerah : Dinas Kesehatan Kota Padang'
    s.notes = ['Catatan: realisasi triwulan III dan IV diisi pada laporan berikutnya.', 'Faktor penghambat: keterlambatan pencairan DAK non fisik.']
    s.sig_left = ['Disusun oleh:', 'Kepala Dinas Kesehatan Kota Padang', '', '', 'dr. RINA MARLIANTI, M.Kes', 'NIP. 19760311 200501 2 009']
    s.sig_right = ['Padang, 12 Juli 2023', 'Dievaluasi oleh:', 'Kepala Bappeda Kota Padang', '', '', 'Ir. ANDRI YULIANSYAH, MT', 'NIP. 19720924 199903 1 003']
    s.sig_col = 'cap_k'
    g = Gen(202, 2)
    progs = [
        ('1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', [('Jumlah puskesmas yang memenuhi standar pelayanan', 'Puskesmas')], [
            ('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', [('Jumlah fasilitas kesehatan yang ditingkatkan', 'Unit')], [
                ('1.02.02.2.01.0009', 'Rehabilitasi dan Pemeliharaan Puskesmas', [('Jumlah puskesmas yang direhabilitasi', 'Unit')]),
                ('1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', [('Jumlah alat kesehatan yang diadakan', 'Paket')])]),
            ('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', [('Jumlah layanan kesehatan yang diselenggarakan', 'Layanan')], [
                ('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', [('Jumlah ibu hamil yang mendapatkan pelayanan', 'Orang')]),
                ('1.02.02.2.02.0003', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir', [('Jumlah bayi baru lahir yang mendapatkan pelayanan', 'Orang')]),
                ('1.02.02.2.02.0010', 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis', [('Jumlah orang terduga TBC yang mendapatkan pelayanan', 'Orang')])])]),
        ('1.02.03', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', [('Jumlah tenaga kesehatan yang kompeten', 'Orang')], [
            ('1.02.03.2.02', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan', [('Jumlah SDM kesehatan yang ditingkatkan kompetensinya', 'Orang')], [
                ('1.02.03.2.02.0001', 'Peningkatan Kompetensi dan Kualifikasi SDM Kesehatan', [('Jumlah SDM kesehatan yang mengikuti pelatihan', 'Orang')]),
                ('1.02.03.2.02.0002', 'Uji Kompetensi Tenaga Kesehatan Puskesmas', [('Jumlah tenaga kesehatan yang mengikuti uji kompetensi', 'Orang')])])]),
        ('1.02.04', 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', [('Jumlah sarana kefarmasian yang memenuhi standar', 'Sarana')], [
            ('1.02.04.2.06', 'Pemeriksaan dan Tindak Lanjut Hasil Pemeriksaan Post Market pada Produksi dan Produk Makanan Minuman Industri Rumah Tangga', [('Jumlah produk PIRT yang diperiksa', 'Produk')], [
                ('1.02.04.2.06.0001', 'Pemeriksaan Post Market pada Produk Makanan-Minuman Industri Rumah Tangga', [('Jumlah sampel PIRT yang diuji', 'Sampel')]),
                ('1.02.04.2.06.0002', 'Penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga', [('Jumlah sertifikat PIRT yang diterbitkan', 'Sertifikat')])])]),
    ]
    R, lv = auto_rows(g, progs, sasaran='Meningkatnya derajat kesehatan masyarakat', unit='Bidang Pelayanan Kesehatan')
    for i, r in enumerate(R):
        if r.level == 'program': r.no = lv['program'].index(i) + 1
    s.rows = R
    subs = lv['sub_kegiatan']
    a, b, c, d, e, f, gg, h = subs[:8]
    # later quarter filled (a), div0 (b), fraction (c), computed-typed-over rp (d), wrong capaian rp (e)
    R[a].over['q3_k'] = ('v', 7)
    R[b].k['tgt'] = None; R[b].over['cap_k'] = ('f', '={real_k}/{tgt_k}*100')
    # trap: target 0, realisasi 0, no capaian written (f); capaian 0 where realisasi 0 (gg)
    R[f].k['tgt'] = D(0); R[f].k['q'] = [D(0)] * 4; R[f].over['cap_k'] = ('blank',)
    R[gg].k['q'] = [D(0), D(0), D(5), D(6)]
    s.traps = []
    compute(s)
    v = R[c].m['cap_k']; R[c].over['cap_k'] = ('v', r2(v) / 100)
    R[d].over['real_rp'] = ('v', R[d].m['q1_rp'])
    R[e].over['cap_rp'] = ('v', r2(R[e].m['cap_rp']) + D('4.35'))
    p1 = lv['program'][0]; k2 = R[p1].children[1]
    R[p1].over['q1_rp'] = ('sum_double', k2)
    R[h].typed.add('cap_k')
    s.mistakes = [
        dict(idx=a, col='q3_k', kind='later-quarter-filled', note='TW II report: a TW III K figure (7) is filled in; the column-12 SUM counts it'),
        dict(idx=b, col='cap_k', kind='div0-blank-target', note='Target Renja K left blank; the capaian formula caches #DIV/0!'),
        dict(idx=c, col='cap_k', kind='fraction', note='capaian typed as a fraction of 1 instead of percent points'),
        dict(idx=d, col='real_rp', kind='computed-typed-over', note='column 12 Rp typed as the TW I figure only; TW II also holds a value'),
        dict(idx=e, col='cap_rp', kind='wrong-capaian', note='typed capaian Rp off by 4.35 points'),
        dict(idx=p1, col='q1_rp', kind='parent-sum-double-counts', note='program TW I Rp counts kegiatan 1.02.02.2.02 twice', ),
    ]
    s.traps = [
        dict(idx=f, col='cap_k', kind='target-zero-no-capaian', note='target 0 and realisasi 0: no capaian written; right'),
        dict(idx=gg, col='cap_k', kind='capaian-zero-realisasi-zero', note='TW I and II realisasi 0 (later quarters not yet reported): capaian 0 is right'),
        dict(idx=a, col='q4_k', kind='later-quarter-blank', note='TW IV blank in a TW II report'),
        dict(idx=lv['program'][1], col='q2_rp', kind='parent-sum-correct', note='program TW II Rp = its one kegiatan'),
        dict(idx=lv['kegiatan'][1], col='tgt_rp', kind='parent-sum-correct', note='kegiatan Rp = SUM of its three sub kegiatan'),
        dict(idx=h, col='cap_k', kind='typed-equals-formula', note='capaian typed, equals realisasi/target x 100 rounded'),
    ]
    # trap on row a (q4) is on a mistake row: move to another row
    s.traps[2]['idx'] = h
    return s

if __name__ == '__main__':
    make(spec())
