"""W4: Dinas Pendidikan Kota Makassar, 2024 TW IV, 17-column scheme, .xls. 2-row header (Triwulan I..IV each merged over K|Rp),
Kode column, indicators on following rows, Rata-rata capaian and Predikat rows at the bottom."""
from helpers import *

def spec():
    s = spec_defaults(Spec())
    s.name = 'disdik-makassar-2024-tw4'; s.fmt_out = 'xls'; s.sheet = 'Renja 2024'
    s.scheme = '17'; s.year = 2024; s.period = 4; s.renstra_end = 2024
    s.agency = 'Dinas Pendidikan'; s.kab = 'Kota Makassar'
    s.ind_following = True; s.hdr_rows = 2; s.qgroup = False; s.qlabel = 'Realisasi Triwulan %s'
    s.titles = ['EVALUASI HASIL RENJA PERANGKAT DAERAH TAHUN 2024', 'DINAS PENDIDIKAN KOTA MAKASSAR']
    s.sub_row0 = 3; s.subtitles = ['Periode: Triwulan IV (Januari - Desember 2024)']
    s.hdr0 = 5
    s.notes = ['Predikat: >90 Sangat Tinggi; >75-90 Tinggi; >65-75 Sedang; >50-65 Rendah; <=50 Sangat Rendah']
    s.sig_left = ['Kepala Dinas Pendidikan', '', '', 'Drs. MUH. ASWAR HAMZAH, M.Pd', 'NIP. 19680715 199303 1 011']
    s.sig_right = ['Makassar, 20 Januari 2025', 'Kepala Bappeda Kota Makassar', '', '', 'ANDI SYAHRIR, S.STP, M.Si', 'NIP. 19800212 199912 1 001']
    s.sig_col = 'rs_k'
    g = Gen(404, 4)
    progs = [
        ('1.01.02', 'Program Pengelolaan Pendidikan', [('Angka partisipasi murni SD', '%'), ('Jumlah sekolah terakreditasi A', 'Sekolah')], [
            ('1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', [('Jumlah SD yang difasilitasi', 'Sekolah')], [
                ('1.01.02.2.01.0009', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', [('Jumlah ruang kelas yang direhabilitasi', 'Ruang')]),
                ('1.01.02.2.01.0026', 'Pengadaan Perlengkapan Sekolah', [('Jumlah paket perlengkapan sekolah', 'Paket')])]),
            ('1.01.02.2.02', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', [('Jumlah SMP yang difasilitasi', 'Sekolah')], [
                ('1.01.02.2.02.0009', 'Pembangunan Ruang Kelas Baru', [('Jumlah ruang kelas baru', 'Ruang')]),
                ('1.01.02.2.02.0024', 'Pengadaan Mebel Sekolah', [('Jumlah paket mebel', 'Paket')])])]),
        ('1.01.03', 'Program Pengembangan Kurikulum', [('Jumlah satuan pendidikan yang menerapkan kurikulum muatan lokal', 'Sekolah')], [
            ('1.01.03.2.01', 'Penetapan Kurikulum Muatan Lokal Pendidikan Dasar', [('Jumlah dokumen kurikulum muatan lokal', 'Dokumen')], [
                ('1.01.03.2.01.0002', 'Pengembangan Kurikulum Muatan Lokal Pendidikan Dasar', [('Jumlah dokumen yang disusun', 'Dokumen')])])]),
        ('1.01.04', 'Program Pendidik dan Tenaga Kependidikan', [('Jumlah guru bersertifikat pendidik', 'Orang')], [
            ('1.01.04.2.01', 'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan', [('Jumlah pendidik yang ditingkatkan kompetensinya', 'Orang')], [
                ('1.01.04.2.01.0001', 'Perhitungan dan Pemetaan Pendidik', [('Jumlah dokumen pemetaan', 'Dokumen')]),
                ('1.01.04.2.01.0003', 'Pengembangan Karir Pendidik', [('Jumlah pendidik yang mengikuti diklat', 'Orang')])])]),
    ]
    R, lv = auto_rows(g, progs, ind_following=True, sasaran='Meningkatnya akses dan mutu pendidikan', unit='Bidang Pembinaan SD/SMP')
    for i, r in enumerate(R):
        if r.level == 'program' and r.kind != 'k': r.no = lv['program'].index(i) + 1
    s.rows = R
    subs = lv['sub_kegiatan']
    sk = lambda i: [j for j in lv['k'] if R[j].indicator_of == i]
    # realisasi above anggaran: sub 1 (before compute, inflate quarters)
    R[subs[1]].rp['q'] = [q * D('1.2') for q in R[subs[1]].rp['q']]
    R[subs[1]].rp['q'] = [x.quantize(D('1000')) for x in R[subs[1]].rp['q']]
    # target 0 trap on sub 6 indicator
    t0 = sk(subs[5])[0]
    R[t0].k['tgt'] = D(0); R[t0].k['q'] = [D(0)] * 4; R[t0].over['cap_k'] = ('blank',)
    compute(s)
    R[subs[0]].over['cap_rp'] = ('v', r2(R[subs[0]].m['cap_rp']) / 100)
    wk = sk(subs[2])[0]; R[wk].over['cap_k'] = ('v', r2(R[wk].m['cap_k']) - D('6.50'))
    R[subs[3]].over['real_rp'] = ('f', '=%d+{q3_rp}+{q4_rp}' % int(R[subs[3]].m['q1_rp'] + R[subs[3]].m['q2_rp'] + 2350000))
    ct = sk(subs[4])[0]; R[ct].over['real_k'] = ('v', 0)
    # summary rows over program-level rows
    pk = [sk(p)[0] for p in lv['program']]
    pr = lv['program']
    s.summary = [
        {'label': 'Rata-rata capaian kinerja dan anggaran (%)', 'items': [
            {'kind': 'rata-rata', 'col': 'cap_k', 'of': 'cap_k', 'over': pk, 'write': lambda s: '=(' + '+'.join(avg_cells(s, 'cap_k', pk)) + ')/4'},
            {'kind': 'rata-rata', 'col': 'cap_rp', 'of': 'cap_rp', 'over': pr, 'write': lambda s: '=AVERAGE(' + ','.join(avg_cells(s, 'cap_rp', pr)) + ')'}]},
        {'label': 'Predikat kinerja', 'items': [{'kind': 'predikat', 'col': 'cap_rp', 'write': lambda s: band(mean_meant(s, 'cap_rp', pr))}]},
    ]
    s.mistakes = [
        dict(summary=(0, 0), kind='rata-rata-not-mean', note='rata-rata K divides the sum of 3 program capaian by 4'),
        dict(idx=subs[0], col='cap_rp', kind='fraction', note='capaian Rp typed as a fraction'),
        dict(idx=wk, col='cap_k', kind='wrong-capaian', note='typed capaian 6.50 points below realisasi/target'),
        dict(idx=subs[1], col='real_rp', kind='realisasi-above-anggaran', note='realisasi anggaran (sum of TW I-IV) above the Renja anggaran'),
        dict(idx=subs[3], col='real_rp', kind='constant-in-formula', note='=constant+TW III+TW IV; the constant is TW I+II plus 2.350.000'),
        dict(idx=ct, col='real_k', kind='computed-typed-over', note='column 12 K typed 0 while the quarters hold values'),
    ]
    s.traps = [
        dict(idx=t0, col='cap_k', kind='target-zero-no-capaian', note='target 0, realisasi 0, no capaian written'),
        dict(idx=lv['program'][0], col='tgt_rp', kind='parent-sum-correct', note='program Rp = sum of its two kegiatan'),
        dict(idx=lv['kegiatan'][1], col='q4_rp', kind='parent-sum-correct', note='kegiatan TW IV Rp = sum of its sub kegiatan'),
    ]
    s.summary_traps = [
        dict(summary=(0, 1), kind='rata-rata-correct', note='AVERAGE of the three program capaian Rp'),
        dict(summary=(1, 0), kind='predikat-correct', note='predikat matches the Rp rata-rata band'),
    ]
    return s

def build_all():
    s = spec()
    # resolve summary row offsets: rows are placed after build; need r offsets relative to summary row
    # place rows first to know numbers
    import common
    common.compute(s)
    return s

if __name__ == '__main__':
    s = spec()
    make(s)
