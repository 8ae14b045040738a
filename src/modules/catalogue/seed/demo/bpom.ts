import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, free, minutes, type StandardParts, steps, workingDays } from './standard-builder.js';

/** Badan POM: the local Balai (Besar) POM's consultation and consumer desk. */

const PROFILE = {
  unitName: 'Balai Besar POM',
  legalBasis: [
    'Peraturan Presiden Nomor 80 Tahun 2017 tentang Badan Pengawas Obat dan Makanan',
    'Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan',
  ],
  supervisors: 'Kepala Balai Besar POM dan Inspektorat Utama Badan POM',
  complaintChannels: ['HALO BPOM 1500533', 'Unit Layanan Pengaduan Konsumen (ULPK) Balai Besar POM'],
  competence: [
    'Petugas yang memahami regulasi registrasi pangan olahan, obat, dan kosmetik',
    'Mampu mengoperasikan aplikasi registrasi BPOM',
  ],
  facilities: ['Komputer akses aplikasi e-registrasi dan cek produk BPOM'],
  implementers: 2,
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const CONSULTATION_STEPS = steps(
  'Ambil nomor antrean konsultasi',
  'Sampaikan produk dan pertanyaan',
  'Petugas menjelaskan persyaratan dan alur pendaftaran',
  'Catatan hasil konsultasi diberikan',
);

export function buildBpomTenant(): TenantDraft {
  return {
    slug: 'badan-pom',
    name: 'Badan Pengawas Obat dan Makanan',
    shortName: 'BPOM',
    type: 'kementerian_lembaga',
    website: 'https://www.pom.go.id',
    description:
      'Gerai Balai Besar POM: konsultasi izin edar pangan olahan dan kosmetik, pendampingan UMKM, dan pengaduan konsumen.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Konsultasi dan Pengaduan',
        serviceSlugs: [
          'konsultasi-izin-edar-pangan-olahan',
          'konsultasi-notifikasi-kosmetik',
          'pendampingan-cppob-umkm',
          'pengaduan-konsumen-obat-makanan',
        ],
      },
    ]),
    services: [
      {
        slug: 'konsultasi-izin-edar-pangan-olahan',
        name: 'Konsultasi Registrasi Izin Edar Pangan Olahan (BPOM MD)',
        description:
          'Konsultasi persyaratan dan alur pendaftaran izin edar pangan olahan dalam negeri (nomor BPOM RI MD), termasuk label dan klaim.',
        category: 'kesehatan',
        modes: ['walk_in', 'online'],
        keywords: [
          'izin bpom',
          'daftar bpom',
          'izin edar makanan',
          'bpom md',
          'umkm bpom',
          'label pangan',
          'izin minuman kemasan',
        ],
        standard: standard({
          requirements: [need('ktp_el'), optional('nib'), optional('dokumen_produk')],
          procedure: CONSULTATION_STEPS,
          timeLimit: minutes(30),
          fee: free(
            'Konsultasi tanpa biaya; tarif registrasi mengikuti PP 32/2017 tentang Jenis dan Tarif PNBP yang Berlaku pada Badan POM',
          ),
          product: 'Penjelasan persyaratan dan catatan hasil konsultasi',
        }),
      },
      {
        slug: 'konsultasi-notifikasi-kosmetik',
        name: 'Konsultasi Notifikasi Kosmetik',
        description:
          'Konsultasi pengajuan notifikasi kosmetik (nomor NA) bagi produsen dan pemilik merek skincare atau kosmetik.',
        category: 'kesehatan',
        modes: ['walk_in', 'online'],
        keywords: [
          'izin kosmetik',
          'notifikasi kosmetik',
          'skincare bpom',
          'nomor na',
          'daftar kosmetik',
          'izin skincare',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            optional('nib'),
            optional('dokumen_produk', { name: 'Data formula dan rancangan label kosmetik' }),
          ],
          procedure: CONSULTATION_STEPS,
          timeLimit: minutes(30),
          fee: free(),
          product: 'Penjelasan persyaratan dan catatan hasil konsultasi',
        }),
      },
      {
        slug: 'pendampingan-cppob-umkm',
        name: 'Pendampingan Cara Produksi Pangan Olahan yang Baik bagi UMKM',
        description:
          'Pendampingan penerapan CPPOB dan persiapan sarana produksi UMKM pangan sebelum mendaftar izin edar.',
        category: 'kesehatan',
        modes: ['appointment', 'walk_in'],
        keywords: ['cppob', 'pendampingan umkm pangan', 'sarana produksi', 'pendampingan bpom'],
        standard: standard({
          requirements: [need('nib'), need('ktp_el'), need('denah_lokasi', { name: 'Denah sarana produksi' })],
          procedure: steps(
            'Daftar pendampingan',
            'Penjadwalan kunjungan sarana produksi',
            'Pendampingan dan rekomendasi perbaikan',
            'Laporan hasil pendampingan',
          ),
          timeLimit: workingDays(10),
          fee: free(),
          product: 'Laporan pendampingan dan rekomendasi perbaikan sarana',
        }),
      },
      {
        slug: 'pengaduan-konsumen-obat-makanan',
        name: 'Pengaduan dan Informasi Konsumen Obat dan Makanan',
        description:
          'Pengaduan produk obat, makanan, kosmetik, atau suplemen yang diduga ilegal, kedaluwarsa, atau berbahaya, serta cek legalitas produk.',
        category: 'kesehatan',
        modes: ['walk_in', 'online'],
        keywords: [
          'cek bpom',
          'lapor makanan kedaluwarsa',
          'obat palsu',
          'produk ilegal',
          'cek nomor registrasi',
          'kosmetik berbahaya',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            optional('dokumen_produk', { name: 'Foto atau contoh produk dan bukti pembelian' }),
          ],
          procedure: steps(
            'Sampaikan pengaduan atau pertanyaan',
            'Pencatatan dan pemberian nomor pengaduan',
            'Penelusuran dan tindak lanjut',
            'Penyampaian hasil tindak lanjut',
          ),
          timeLimit: workingDays(5),
          fee: free(),
          product: 'Informasi legalitas produk atau hasil tindak lanjut pengaduan',
          implementers: 1,
        }),
      },
    ],
  };
}
