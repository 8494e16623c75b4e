"""W1: Dinas Pertanian dan Ketahanan Pangan Kabupaten Klaten, 2024 TW IV, 15-column scheme, xlsx.
3-row header (Triwulan group / I..IV / K|Rp), Kode numbered as column 1, urusan row, indicators on the same row."""
from common import *
from decimal import Decimal as D

def spec():
    s = spec_defaults(Spec())
    s.name = 'distan-klaten-2024-tw4'; s.fmt_out = 'xlsx'; s.sheet = 'E81 TW IV'
    s.scheme = '15'; s.year = 2024; s.period = 4; s.renstra_end = 2026
    s.agency = 'Dinas Pertanian dan Ketahanan Pangan'; s.kab = 'Kabupaten Klaten'
    s.kode_col = 'first'; s.hdr_rows = 3
    s.titles = ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN KLATEN',
                'TAHUN ANGGARAN 2024 (TRIWULAN IV)']
    s.sub_row0 = 5; s.subtitles = ['Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya produktivitas pertanian']
    s.hdr0 = 7
    s.notes = ['Faktor pendorong: dukungan kelompok tani dan ketersediaan pupuk bersubsidi.',
               'Faktor penghambat: musim kemarau panjang pada triwulan III.',
               'Tindak lanjut: percepatan pengadaan sarana pada Renja tahun 2025.']
    s.sig_left = ['Disusun', 'Kepala Dinas Pertanian dan Ketahanan Pangan', 'Kabupaten Klaten', '', '', 'Ir. HARYO SETIAWAN, M.P.', 'Pembina Utama Muda', 'NIP. 19700412 199803 1 007']
    s.sig_right = ['Klaten, 15 Januari 2025', 'Dievaluasi', 'Kepala Bappeda Kabupaten Klaten', '', '', 'Dra. SRI WULANDARI, M.Si', 'Pembina Utama Muda', 'NIP. 19690218 199403 2 004']
    s.sig_col = 'real_k'
    g = Gen(101, 4)
    R = []
    def add(*a, **k):
        R.append(Row(*a, **k)); return len(R) - 1
    add('urusan', 'label', '3.27', 'URUSAN PEMERINTAHAN BIDANG PERTANIAN')
    p1 = add('program', 'full', '3.27.02', 'Program Penyediaan dan Pengembangan Sarana Pertanian', 'Jumlah kelompok tani yang menerima sarana pertanian', 'Kelompok',
             k=g.k(60, [12, 15, 14, 13], ren=300, lal=171), sasaran='Meningkatnya produktivitas pertanian', unit='Bidang Sarana dan Prasarana', no=None)
    k1 = add('kegiatan', 'full', '3.27.02.2.01', 'Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi',
             'Jumlah laporan pengawasan sarana pendukung pertanian', 'Laporan', k=g.k(4, [1, 1, 1, 1], ren=20, lal=12))
    s1 = add('sub_kegiatan', 'full', '3.27.02.2.01.0001', 'Pengawasan Peredaran Pupuk dan Pestisida', 'Jumlah kios pupuk yang diawasi', 'Kios',
             k=g.k(120, [30, 32, 28, 25], ren=600, lal=355), rp=g.rp(60, 140))
    s2 = add('sub_kegiatan', 'full', '3.27.02.2.01.0002', 'Pengawasan Mutu Benih Tanaman Pangan', 'Jumlah sampel benih yang diuji', 'Sampel',
             k=g.k(200, [40, 55, 60, 41], ren=1000, lal=598), rp=g.rp(40, 90))
    R[k1].children = [s1, s2]
    k2 = add('kegiatan', 'full', '3.27.02.2.02', 'Pengelolaan Sumber Daya Genetik Hewan', 'Jumlah rumpun ternak lokal yang dilestarikan', 'Rumpun', k=g.k(3, [0, 1, 1, 1], ren=15, lal=9))
    s3 = add('sub_kegiatan', 'full', '3.27.02.2.02.0001', 'Pelestarian Sapi Peranakan Ongole', 'Jumlah indukan yang dibina', 'Ekor',
             k=g.k(150, [35, 40, 38, 34], ren=700, lal=430), rp=g.rp(80, 200))
    s4 = add('sub_kegiatan', 'full', '3.27.02.2.02.0002', 'Pelestarian Kambing Kacang', 'Jumlah indukan yang dibina', 'Ekor',
             k=g.k(90, [20, 25, 22, 18], ren=450, lal=268), rp=g.rp(30, 70))
    R[k2].children = [s3, s4]
    R[p1].children = [k1, k2]
    p2 = add('program', 'full', '3.27.03', 'Program Penyediaan dan Pengembangan Prasarana Pertanian', 'Luas lahan yang terlayani jaringan irigasi tersier', 'Ha',
             k=g.k(450, [80, 120, 130, 95], ren=2200, lal=1310), sasaran='Meningkatnya produktivitas pertanian', unit='Bidang Sarana dan Prasarana')
    k3 = add('kegiatan', 'full', '3.27.03.2.01', 'Pembangunan Prasarana Pertanian', 'Jumlah unit jaringan irigasi tersier yang dibangun', 'Unit', k=g.k(12, [0, 3, 5, 4], ren=60, lal=35))
    s5 = add('sub_kegiatan', 'full', '3.27.03.2.01.0001', 'Pembangunan Jaringan Irigasi Tersier', 'Panjang saluran irigasi tersier yang dibangun', 'Meter',
             k=g.k(3600, [0, 900, 1450, 1100], ren=18000, lal=10725), rp=g.rp(700, 900))
    s6 = add('sub_kegiatan', 'full', '3.27.03.2.01.0002', 'Pembangunan Embung Pertanian', 'Jumlah embung yang dibangun', 'Unit',
             k=g.k(3, [0, 1, 1, 1], ren=17, lal=8), rp=g.rp(300, 500))
    R[k3].children = [s5, s6]
    k4 = add('kegiatan', 'full', '3.27.03.2.02', 'Pengembangan Jalan Usaha Tani', 'Panjang jalan usaha tani yang ditingkatkan', 'Km', k=g.k(D('8.5'), [0, D('2.5'), D('3.5'), D('2.5')], ren=40, lal=D('23.5')))
    s7 = add('sub_kegiatan', 'full', '3.27.03.2.02.0001', 'Peningkatan Jalan Usaha Tani', 'Panjang jalan usaha tani yang ditingkatkan', 'Km',
             k=g.k(D('8.5'), [0, D('2.5'), D('3.5'), D('2.5')], ren=40, lal=D('23.5')), rp=g.rp(350, 600))
    R[k4].children = [s7]
    R[p2].children = [k3, k4]
    p3 = add('program', 'full', '3.27.07', 'Program Penyuluhan Pertanian', 'Jumlah petani yang menerapkan teknologi anjuran', 'Orang',
             k=g.k(2400, [500, 650, 700, 610], ren=12000, lal=7150), sasaran='Meningkatnya kapasitas petani', unit='Bidang Penyuluhan')
    k5 = add('kegiatan', 'full', '3.27.07.2.01', 'Pengembangan Penerapan Penyuluhan Pertanian', 'Jumlah kelompok tani yang mendapat penyuluhan', 'Kelompok', k=g.k(180, [40, 50, 48, 40], ren=900, lal=530))
    s8 = add('sub_kegiatan', 'full', '3.27.07.2.01.0001', 'Penyelenggaraan Sekolah Lapang Pengendalian Hama Terpadu', 'Jumlah peserta sekolah lapang', 'Orang',
             k=g.k(300, [60, 90, 80, 62], ren=1500, lal=880), rp=g.rp(90, 160, absorb=(1.04, 1.08)))
    s9 = add('sub_kegiatan', 'full', '3.27.07.2.01.0002', 'Pengembangan Sistem Informasi Penyuluhan Berbasis Digital', 'Jumlah aplikasi penyuluhan yang dikembangkan', 'Aplikasi',
             k=g.k(1, [0, 0, 0, 0], ren=2, lal=0), rp={'ren': D('150000000'), 'lal': D(0), 'tgt': D('45000000'), 'q': [D(0)] * 4})
    R[k5].children = [s8, s9]
    R[p3].children = [k5]
    s.rows = R
    # mistakes
    R[s1].over['real_k'] = ('v', 0)
    R[s2].over['real_rp'] = ('f', '=61250000+{q4_rp}')
    R[p2].over['tgt_rp'] = ('sum_omit', k4)
    R[s6].typed.add('crs_k')  # replaced below by truncated value
    R[s5].over['crs_rp'] = ('f', '={rs_rp}/{ren_rp+1}*100')
    s.mistakes = [
        dict(idx=s1, col='real_k', kind='computed-typed-over', note='column 12 K typed 0 while TW I-IV hold 30+32+28+25'),
        dict(idx=s2, col='real_rp', kind='constant-in-formula', note='=61250000+<TW IV>: a stale constant stands for TW I-III'),
        dict(idx=p2, col='tgt_rp', kind='parent-sum-omits-child', note='program anggaran sums kegiatan 3.27.03.2.01 only; omits 3.27.03.2.02'),
        dict(idx=s6, col='crs_k', kind='truncated', note='typed capaian Renstra truncated instead of rounded'),
        dict(idx=s5, col='crs_rp', kind='next-row-reference', note='divides by the next row\'s Target Renstra Rp'),
        dict(idx=s8, col='real_rp', kind='realisasi-above-anggaran', note='realisasi anggaran exceeds the Renja anggaran (column 7 Rp)'),
    ]
    s.traps = [
        dict(idx=p1, col='tgt_rp', kind='parent-sum-correct', note='program Rp = kegiatan 3.27.02.2.01 + 3.27.02.2.02 (non-contiguous, =X+Y)'),
        dict(idx=k3, col='tgt_rp', kind='parent-sum-correct', note='kegiatan Rp = SUM of its two sub kegiatan'),
        dict(idx=p3, col='real_rp', kind='typed-equals-formula', note='realisasi Rp typed, equal to TW I+II+III+IV'),
        dict(idx=s7, col='crs_k', kind='typed-equals-formula', note='capaian typed, equal to the formula rounded to 2 decimals'),
        dict(idx=s9, col='crs_k', kind='capaian-zero-realisasi-zero', note='new sub kegiatan: nothing realised, capaian 0 is right'),
    ]
    R[p3].typed.add('real_rp'); R[s7].typed.add('crs_k')
    return s

def post(s):
    # truncated typed value for s6 crs_k
    pass

if __name__ == '__main__':
    s = spec()
    compute(s)
    from common import r2, t2
    row = s.rows[[i for i, r in enumerate(s.rows) if r.kode == '3.27.03.2.01.0002'][0]]
    v = row.m['crs_k']
    assert t2(v) != r2(v), v
    row.over['crs_k'] = ('v', t2(v))
    make(s)
