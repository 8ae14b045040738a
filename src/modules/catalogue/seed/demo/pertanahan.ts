import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, fixed, formula, type StandardParts, steps, workingDays } from './standard-builder.js';

/** Kementerian ATR/BPN: a gerai of the local Kantor Pertanahan. */

const PNBP_BASIS =
  'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional';

const PROFILE = {
  unitName: 'Kantor Pertanahan',
  legalBasis: [
    'Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria',
    'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah',
    'Peraturan Pemerintah Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak atas Tanah, Satuan Rumah Susun, dan Pendaftaran Tanah',
    'Peraturan Kepala Badan Pertanahan Nasional Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan',
    PNBP_BASIS,
  ],
  supervisors: 'Kepala Kantor Pertanahan dan para Kepala Seksi, serta Inspektorat Jenderal Kementerian ATR/BPN',
  complaintChannels: ['aplikasi Sentuhtanahku', 'kanal pengaduan resmi Kementerian ATR/BPN di www.atrbpn.go.id'],
  competence: [
    'Petugas loket pertanahan yang memahami ketentuan pendaftaran tanah',
    'Mampu mengoperasikan aplikasi Komputerisasi Kegiatan Pertanahan (KKP)',
  ],
  facilities: ['Komputer terhubung aplikasi KKP', 'Loket penyerahan dan pengambilan berkas bernomor'],
  implementers: 3,
  securityNote:
    'Sertipikat asli yang diserahkan dicatat dalam tanda terima berkas dan disimpan di ruang arsip terkunci.',
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const SUBMIT_STEPS = [
  'Ambil antrean dan serahkan berkas di loket',
  'Petugas meneliti kelengkapan berkas dan menerbitkan Surat Perintah Setor (SPS)',
  'Bayar PNBP sesuai SPS di bank atau kanal pembayaran yang ditunjuk',
] as const;

export function buildPertanahanTenant(): TenantDraft {
  return {
    slug: 'kementerian-atr-bpn',
    name: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
    shortName: 'ATR/BPN',
    type: 'kementerian_lembaga',
    website: 'https://www.atrbpn.go.id',
    description: 'Gerai Kantor Pertanahan setempat: pengecekan, peralihan, dan pendaftaran hak atas tanah.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Informasi dan Pengecekan',
        serviceSlugs: ['pengecekan-sertifikat', 'informasi-zona-nilai-tanah', 'roya'],
      },
      {
        label: 'Peralihan dan Perubahan Hak',
        serviceSlugs: ['peralihan-hak-jual-beli', 'peningkatan-hak-hgb-ke-shm', 'penggantian-sertifikat-hilang'],
      },
      {
        label: 'Pendaftaran dan Pengukuran',
        serviceSlugs: ['pendaftaran-tanah-pertama-kali', 'pengukuran-pengembalian-batas'],
      },
    ]),
    services: [
      {
        slug: 'pengecekan-sertifikat',
        name: 'Pengecekan Sertipikat Tanah',
        description:
          'Pengecekan kesesuaian sertipikat dengan buku tanah di Kantor Pertanahan, misalnya sebelum jual beli atau agunan.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: [
          'cek sertifikat',
          'cek sertipikat',
          'cek keaslian sertifikat',
          'cek shm',
          'sertifikat asli atau palsu',
          'cek tanah',
        ],
        standard: standard({
          requirements: [
            need('sertifikat_tanah'),
            need('ktp_el'),
            optional('surat_kuasa', { notes: 'Bila diajukan oleh kuasa atau PPAT.' }),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Petugas mencocokkan sertipikat dengan buku tanah',
            'Sertipikat dicap telah diperiksa dan dikembalikan',
          ),
          timeLimit: workingDays(1),
          fee: fixed(50_000, `${PNBP_BASIS}: pengecekan sertipikat Rp50.000 per sertipikat`),
          product: 'Sertipikat dengan catatan hasil pengecekan',
        }),
      },
      {
        slug: 'peralihan-hak-jual-beli',
        name: 'Peralihan Hak atas Tanah karena Jual Beli (Balik Nama Sertipikat)',
        description:
          'Pendaftaran peralihan hak atas tanah berdasarkan Akta Jual Beli dari PPAT sehingga sertipikat tercatat atas nama pembeli.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: [
          'balik nama sertifikat',
          'balik nama shm',
          'ajb',
          'jual beli tanah',
          'ganti nama sertifikat',
          'peralihan hak',
          'beli rumah',
        ],
        standard: standard({
          requirements: [
            need('sertifikat_tanah'),
            need('akta_jual_beli'),
            need('ktp_el', { name: 'KTP-el penjual dan pembeli' }),
            need('sppt_pbb', { notes: 'Beserta bukti pelunasan PBB-P2.' }),
            need('bukti_pembayaran', { name: 'Bukti pembayaran BPHTB yang telah divalidasi Bapenda' }),
            need('bukti_pembayaran', { name: 'Bukti setor PPh final atas pengalihan hak oleh penjual' }),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Pemeriksaan data yuridis dan pencatatan peralihan hak di buku tanah',
            'Penyerahan sertipikat atas nama pemegang hak baru',
          ),
          timeLimit: workingDays(5),
          fee: formula(
            'Tp = (Nilai Tanah per m² x Luas Tanah / 1.000) + Rp50.000, nilai tanah menurut Zona Nilai Tanah',
            PNBP_BASIS,
          ),
          product: 'Sertipikat hak atas tanah atas nama pembeli',
        }),
      },
      {
        slug: 'roya',
        name: 'Penghapusan Hak Tanggungan (Roya)',
        description:
          'Pencoretan Hak Tanggungan pada sertipikat setelah kredit lunas, sehingga tanah bebas dari jaminan bank.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: [
          'roya',
          'hapus hak tanggungan',
          'kpr lunas',
          'ambil sertifikat dari bank',
          'coret hak tanggungan',
          'sertifikat bebas jaminan',
        ],
        standard: standard({
          requirements: [
            need('sertifikat_tanah'),
            need('sertifikat_hak_tanggungan'),
            need('surat_roya'),
            need('ktp_el'),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Pencoretan Hak Tanggungan pada buku tanah dan sertipikat',
            'Penyerahan sertipikat',
          ),
          timeLimit: workingDays(5),
          fee: fixed(50_000, `${PNBP_BASIS}: pelayanan roya Rp50.000 per sertipikat`),
          product: 'Sertipikat tanpa beban Hak Tanggungan',
        }),
      },
      {
        slug: 'pendaftaran-tanah-pertama-kali',
        name: 'Pendaftaran Tanah Pertama Kali (Pengakuan atau Penegasan Hak)',
        description:
          'Penerbitan sertipikat pertama untuk tanah bekas milik adat (girik, petok D, letter C) yang belum bersertipikat, ' +
          'melalui pengukuran, pemeriksaan tanah, dan pengumuman.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: [
          'sertifikat tanah baru',
          'bikin sertifikat tanah',
          'buat shm',
          'girik jadi shm',
          'petok d',
          'letter c',
          'sertifikat pertama',
          'tanah belum bersertifikat',
        ],
        standard: standard({
          requirements: [
            need('alas_hak_tanah'),
            need('ktp_el'),
            need('kk'),
            need('sppt_pbb'),
            need('surat_pernyataan', { name: 'Surat pernyataan penguasaan fisik bidang tanah (sporadik)' }),
            need('surat_keterangan_riwayat_tanah'),
            need('denah_lokasi'),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Pengukuran dan pemetaan bidang tanah bersama pemohon dan pemilik tanah berbatasan',
            'Pemeriksaan tanah oleh Panitia A',
            'Pengumuman data fisik dan yuridis selama 60 hari',
            'Penetapan hak dan penerbitan sertipikat',
          ),
          timeLimit: workingDays(98),
          fee: formula(
            'Biaya pengukuran Tu = (Luas/500 x HSBKu) + Rp100.000 untuk luas sampai 10 ha; ditambah biaya pemeriksaan tanah oleh Panitia A ' +
              'dan biaya pendaftaran hak sesuai lampiran PP; tidak termasuk BPHTB',
            PNBP_BASIS,
          ),
          product: 'Sertipikat Hak Milik (elektronik)',
        }),
      },
      {
        slug: 'informasi-zona-nilai-tanah',
        name: 'Informasi Zona Nilai Tanah (ZNT)',
        description:
          'Surat keterangan nilai tanah per meter persegi menurut Zona Nilai Tanah, untuk jual beli, waris, atau perhitungan PNBP.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: ['znt', 'harga tanah', 'nilai tanah', 'harga tanah per meter', 'zona nilai tanah'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('sertifikat_tanah', { name: 'Fotokopi sertipikat atau data lokasi bidang tanah' }),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Petugas mencetak informasi ZNT bidang tanah',
            'Penyerahan surat informasi ZNT',
          ),
          timeLimit: workingDays(1),
          fee: fixed(50_000, `${PNBP_BASIS}: informasi ZNT Rp50.000 per bidang`),
          product: 'Surat keterangan informasi Zona Nilai Tanah',
          implementers: 1,
        }),
      },
      {
        slug: 'peningkatan-hak-hgb-ke-shm',
        name: 'Perubahan Hak Guna Bangunan menjadi Hak Milik untuk Rumah Tinggal',
        description: 'Perubahan sertipikat HGB menjadi SHM bagi rumah tinggal milik perseorangan WNI.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: ['hgb jadi shm', 'ubah hgb ke shm', 'naik status shm', 'hgb ke hak milik', 'sertifikat hak milik'],
        standard: standard({
          requirements: [
            need('sertifikat_tanah', { name: 'Sertipikat HGB asli' }),
            need('ktp_el'),
            need('kk'),
            need('persetujuan_bangunan_gedung', { name: 'IMB atau PBG rumah tinggal' }),
            need('sppt_pbb'),
            need('surat_pernyataan', {
              name: 'Surat pernyataan pemilikan tanah',
              notes: 'Menyatakan pemilikan tanah untuk rumah tinggal tidak melebihi batas yang ditentukan.',
            }),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Pemeriksaan berkas dan penerbitan keputusan perubahan hak',
            'Penyerahan sertipikat Hak Milik',
          ),
          timeLimit: workingDays(5),
          fee: formula('Tarif pelayanan perubahan hak untuk rumah tinggal sesuai lampiran PP', PNBP_BASIS),
          product: 'Sertipikat Hak Milik',
        }),
      },
      {
        slug: 'penggantian-sertifikat-hilang',
        name: 'Penggantian Sertipikat Hilang',
        description: 'Penerbitan sertipikat pengganti untuk sertipikat yang hilang, setelah diumumkan di media massa.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: ['sertifikat hilang', 'shm hilang', 'sertipikat hilang', 'kehilangan sertifikat tanah'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('surat_keterangan_hilang_kepolisian'),
            need('surat_pernyataan', { name: 'Surat pernyataan di bawah sumpah tentang hilangnya sertipikat' }),
            need('sppt_pbb'),
          ],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Pengangkatan sumpah pemohon di hadapan Kepala Kantor Pertanahan',
            'Pengumuman hilangnya sertipikat di surat kabar selama 30 hari',
            'Penerbitan sertipikat pengganti',
          ),
          timeLimit: workingDays(40),
          fee: formula(
            'Tarif penerbitan sertipikat pengganti sesuai lampiran PP, ditambah biaya pengumuman di surat kabar yang ditanggung pemohon',
            PNBP_BASIS,
          ),
          product: 'Sertipikat pengganti',
        }),
      },
      {
        slug: 'pengukuran-pengembalian-batas',
        name: 'Pengukuran dan Pengembalian Batas Bidang Tanah',
        description: 'Pengukuran ulang untuk menetapkan kembali letak tanda batas bidang tanah bersertipikat.',
        category: 'pertanahan',
        modes: ['walk_in'],
        keywords: [
          'ukur ulang tanah',
          'pengembalian batas',
          'patok tanah hilang',
          'sengketa batas tanah',
          'pengukuran tanah',
        ],
        standard: standard({
          requirements: [need('sertifikat_tanah'), need('ktp_el'), need('sppt_pbb')],
          procedure: steps(
            ...SUBMIT_STEPS,
            'Penjadwalan dan pelaksanaan pengukuran di lapangan',
            'Pemasangan tanda batas dan penyerahan berita acara',
          ),
          timeLimit: workingDays(10),
          fee: formula('Tu = (Luas/500 x HSBKu) + Rp100.000 untuk luas sampai 10 ha', PNBP_BASIS),
          product: 'Berita acara pengembalian batas dan tanda batas terpasang',
        }),
      },
    ],
  };
}
