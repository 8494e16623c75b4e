"""W3: Dinas PUPR Kabupaten Sleman, 2024 TW III, shifted scheme (Satuan = 5), xlsx. 3-row header, code in the name cell, indicators on following rows."""
from helpers import *

def spec():
    s = spec_defaults(Spec())
    s.name = 'dpupkp-sleman-2024-tw3'; s.fmt_out = 'xlsx'; s.sheet = 'TW III 2024'
    s.scheme = 'shifted'; s.year = 2024; s.period = 3; s.renstra_end = 2026
    s.agency = 'Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman'; s.kab = 'Kabupaten Sleman'
    s.kode_col = False; s.code_in_name = True; s.ind_following = True; s.hdr_rows = 3; s.ket = True
    s.titles = ['Evaluasi Terhadap Hasil Renja Perangkat Daerah', 'Kabupaten Sleman', 'Tahun 2024 - Triwulan III']
    s.sub_row0 = 4; s.subtitles = ['Perangkat Daerah: Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman']
    s.hdr0 = 6
    s.notes = ['Realisasi triwulan IV belum diisi.']
    s.sig_left = ['Kepala DPUPKP Kabupaten Sleman', '', '', 'BAMBANG NUGROHO, S.T., M.T.', 'NIP. 19740607 200003 1 005']
    s.sig_right = ['Sleman, 10 Oktober 2024', 'Kepala Bappeda Kabupaten Sleman', '', '', 'Dr. HENDRA PRASETYA, S.E., M.Si', 'NIP. 19710101 199602 1 002']
    s.sig_col = 'crs_k'
    g = Gen(303, 3)
    progs = [
        ('1.03.03', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', [('Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik', '%'), ('Luas daerah irigasi yang terlayani', 'Ha')], [
            ('1.03.03.2.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota', [('Jumlah bangunan pengaman sungai yang dipelihara', 'Unit')], [
                ('1.03.03.2.01.0007', 'Pembangunan Tanggul Sungai', [('Panjang tanggul sungai yang dibangun', 'Meter')]),
                ('1.03.03.2.01.0020', 'Operasi dan Pemeliharaan Bendung', [('Jumlah bendung yang dioperasikan dan dipelihara', 'Unit')])]),
            ('1.03.03.2.02', 'Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha', [('Panjang jaringan irigasi yang direhabilitasi', 'Meter')], [
                ('1.03.03.2.02.0008', 'Rehabilitasi Jaringan Irigasi Permukaan', [('Panjang jaringan irigasi permukaan yang direhabilitasi', 'Meter')])])]),
        ('1.03.10', 'PROGRAM PENYELENGGARAAN JALAN', [('Persentase panjang jalan kabupaten dalam kondisi mantap', '%')], [
            ('1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', [('Panjang jalan kabupaten yang ditangani', 'Km'), ('Jumlah jembatan yang ditangani', 'Unit')], [
                ('1.03.10.2.01.0022', 'Rekonstruksi Jalan', [('Panjang jalan yang direkonstruksi', 'Km')]),
                ('1.03.10.2.01.0033', 'Pemeliharaan Berkala Jalan', [('Panjang jalan yang dipelihara berkala', 'Km')]),
                ('1.03.10.2.01.0045', 'Pemeliharaan Berkala Jembatan', [('Jumlah jembatan yang dipelihara', 'Unit')])])]),
    ]
    R, lv = auto_rows(g, progs, ind_following=True, urusan=[('urusan', '1.03', 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG')],
                      sasaran='Meningkatnya kualitas infrastruktur', unit='Bidang Bina Marga / SDA')
    s.rows = R
    ks = lv['k']
    nxt_k = [j for j in ks if j + 1 < len(R) and R[j + 1].kind == 'k']
    compute(s)
    trunc = [j for j in ks if j not in nxt_k[:1] and R[j].m['crs_k'] is not None and t2(R[j].m['crs_k']) != r2(R[j].m['crs_k'])]
    used = set()
    a = nxt_k[0]; used.add(a)
    R[a].over['crs_k'] = ('f', '={rs_k}/{ren_k+1}*100')
    b = [j for j in trunc if j not in used][0]; used.add(b)
    R[b].over['crs_k'] = ('v', t2(R[b].m['crs_k']))
    c = [j for j in ks if j not in used and R[j].indicator_of in lv['sub_kegiatan']][0]; used.add(c)
    R[c].over['real_k'] = ('f', '={q3_k}')
    d = [j for j in ks if j not in used and R[j].indicator_of in lv['sub_kegiatan']][0]; used.add(d)
    R[d].over['real_k'] = ('v', 0)
    p1 = lv['program'][0]
    R[p1].over['q2_rp'] = ('sum_omit', R[p1].children[1])
    e = lv['sub_kegiatan'][1]
    R[e].over['rs_rp'] = ('f', '=%d+{real_rp}' % int(R[e].m['lal_rp'] - 12500000))
    t_typed = lv['sub_kegiatan'][3]; R[t_typed].typed.add('crs_rp')
    s.mistakes = [
        dict(idx=a, col='crs_k', kind='next-row-reference', note='capaian Renstra divides by the next indicator row\'s Target Renstra'),
        dict(idx=b, col='crs_k', kind='truncated', note='typed capaian truncated instead of rounded'),
        dict(idx=c, col='real_k', kind='tw3-as-year', note='column 13 = TW III cell only instead of 9+10+11+12'),
        dict(idx=d, col='real_k', kind='computed-typed-over', note='column 13 K typed 0 while TW I-III hold values'),
        dict(idx=p1, col='q2_rp', kind='parent-sum-omits-child', note='program TW II Rp omits kegiatan 1.03.03.2.02'),
        dict(idx=e, col='rs_rp', kind='constant-in-formula', note='column 14 Rp = constant + column 13; the constant is 12.500.000 below column 7 Rp'),
    ]
    s.traps = [
        dict(idx=lv['program'][1], col='tgt_rp', kind='parent-sum-correct', note='program Rp = its kegiatan'),
        dict(idx=lv['kegiatan'][0], col='q2_rp', kind='parent-sum-correct', note='kegiatan TW II Rp = sum of its sub kegiatan (rows with indicator rows between)'),
        dict(idx=lv['sub_kegiatan'][2], col='q4_rp', kind='later-quarter-blank', note='TW IV blank in a TW III report'),
        dict(idx=t_typed, col='crs_rp', kind='typed-equals-formula', note='typed capaian equals the formula, rounded'),
    ]
    return s

if __name__ == '__main__':
    make(spec())
