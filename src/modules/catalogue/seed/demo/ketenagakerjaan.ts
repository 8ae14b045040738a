import type { DemoCity } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, defineStandard, free, minutes, steps, workingDays } from './standard-builder.js';

/** The city's Dinas Tenaga Kerja: job seekers' card (AK/I), training, company regulations, disputes. */

const MANPOWER_LAW =
  'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023';

export function buildDisnakerTenant(city: DemoCity): TenantDraft {
  const unitName = `Dinas Tenaga Kerja ${city.cityName}`;
  const profile = {
    unitName,
    legalBasis: [MANPOWER_LAW],
    supervisors: `Kepala ${unitName} dan para Kepala Bidang, serta Inspektorat ${city.cityName}`,
    complaintChannels: [
      `layanan pengaduan ${unitName}`,
      'layanan pengaduan Kementerian Ketenagakerjaan melalui aplikasi SIAPkerja',
    ],
    competence: [
      'Pengantar kerja atau mediator hubungan industrial bersertifikat',
      'Mampu mengoperasikan SIAPkerja dan Karirhub',
    ],
    facilities: ['Komputer terhubung SIAPkerja', 'Ruang mediasi tertutup'],
    implementers: 2,
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);

  const draft: TenantDraft = {
    slug: `disnaker-kota-${city.key}`,
    name: unitName,
    shortName: 'Disnaker',
    type: 'pemerintah_kabupaten_kota',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Pelayanan ketenagakerjaan ${city.cityName}: kartu pencari kerja, pelatihan kerja, peraturan perusahaan, dan mediasi.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          {
            label: 'Pencari Kerja dan Pelatihan',
            serviceSlugs: ['kartu-pencari-kerja', 'pendaftaran-pelatihan-kerja'],
          },
          {
            label: 'Hubungan Industrial',
            serviceSlugs: [
              'pengesahan-peraturan-perusahaan',
              'mediasi-hubungan-industrial',
              'wajib-lapor-ketenagakerjaan',
            ],
          },
        ],
      },
    ],
    services: [
      {
        slug: 'kartu-pencari-kerja',
        name: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu Kuning AK/I)',
        description: 'Penerbitan kartu AK/I bagi pencari kerja, syarat melamar CPNS, BUMN, atau perusahaan.',
        category: 'ketenagakerjaan',
        modes: ['online', 'walk_in'],
        keywords: [
          'kartu kuning',
          'ak1',
          'ak/1',
          'ak 1',
          'kartu pencari kerja',
          'kartu ak1',
          'syarat melamar kerja',
          'kartu kerja',
        ],
        standard: standard({
          legalBasis: ['Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja'],
          requirements: [
            need('ktp_el'),
            need('ijazah'),
            need('pas_foto', { name: 'Pas foto 3x4, 2 lembar' }),
            need('email_dan_nomor_ponsel'),
          ],
          procedure: steps(
            'Daftar akun pencari kerja di SIAPkerja atau di gerai',
            'Lengkapi data pendidikan dan keterampilan',
            'Verifikasi dokumen oleh pengantar kerja',
            'Pencetakan kartu AK/I',
          ),
          timeLimit: minutes(30),
          fee: free(),
          product: 'Kartu AK/I, berlaku 2 tahun dengan kewajiban melapor setiap 6 bulan',
        }),
      },
      {
        slug: 'pendaftaran-pelatihan-kerja',
        name: 'Pendaftaran Pelatihan Kerja Berbasis Kompetensi',
        description:
          'Pendaftaran pelatihan kerja gratis di balai latihan kerja: menjahit, las, otomotif, tata boga, komputer, dan lainnya.',
        category: 'ketenagakerjaan',
        modes: ['online', 'walk_in'],
        keywords: [
          'pelatihan kerja',
          'kursus gratis',
          'blk',
          'pelatihan menjahit',
          'pelatihan las',
          'pelatihan barista',
        ],
        standard: standard({
          requirements: [need('ktp_el'), need('ijazah'), need('kk')],
          procedure: steps(
            'Pilih kejuruan dan daftar',
            'Seleksi administrasi dan wawancara',
            'Pengumuman peserta',
            'Pelatihan dan uji kompetensi',
          ),
          timeLimit: workingDays(10),
          fee: free(),
          product: 'Status peserta pelatihan, lalu sertifikat pelatihan',
        }),
      },
      {
        slug: 'pengesahan-peraturan-perusahaan',
        name: 'Pengesahan Peraturan Perusahaan',
        description:
          'Pengesahan peraturan perusahaan bagi perusahaan yang mempekerjakan paling sedikit 10 pekerja di satu kota.',
        category: 'ketenagakerjaan',
        modes: ['online', 'walk_in'],
        keywords: ['peraturan perusahaan', 'pengesahan pp', 'pp perusahaan', 'aturan perusahaan'],
        standard: standard({
          legalBasis: [
            'Peraturan Menteri Ketenagakerjaan Nomor 28 Tahun 2014 tentang Tata Cara Pembuatan dan Pengesahan Peraturan Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama',
          ],
          requirements: [
            need('formulir_permohonan', { name: 'Surat permohonan pengesahan' }),
            need('draf_peraturan_perusahaan'),
            need('saran_wakil_pekerja'),
            need('nib'),
          ],
          procedure: steps(
            'Ajukan permohonan dan draf peraturan perusahaan',
            'Penelitian kesesuaian dengan peraturan perundang-undangan',
            'Perbaikan bila diminta',
            'Penerbitan surat keputusan pengesahan',
          ),
          timeLimit: workingDays(30),
          fee: free(),
          product: 'Surat keputusan pengesahan peraturan perusahaan, berlaku 2 tahun',
        }),
      },
      {
        slug: 'mediasi-hubungan-industrial',
        name: 'Pencatatan dan Mediasi Perselisihan Hubungan Industrial',
        description:
          'Pencatatan perselisihan hak, kepentingan, PHK, atau antar serikat pekerja yang gagal diselesaikan secara bipartit, lalu mediasi.',
        category: 'ketenagakerjaan',
        modes: ['walk_in'],
        keywords: [
          'phk sepihak',
          'pesangon',
          'gaji tidak dibayar',
          'thr tidak dibayar',
          'sengketa kerja',
          'mediasi',
          'lapor perusahaan',
          'perselisihan kerja',
        ],
        standard: standard({
          legalBasis: ['Undang-Undang Nomor 2 Tahun 2004 tentang Penyelesaian Perselisihan Hubungan Industrial'],
          requirements: [
            need('formulir_permohonan', { name: 'Surat permohonan pencatatan perselisihan' }),
            need('risalah_bipartit'),
            need('ktp_el'),
          ],
          procedure: steps(
            'Serahkan permohonan dan risalah bipartit',
            'Penunjukan mediator',
            'Sidang mediasi dengan para pihak',
            'Perjanjian bersama atau anjuran tertulis mediator',
          ),
          timeLimit: workingDays(30),
          fee: free(),
          product: 'Perjanjian bersama yang didaftarkan atau anjuran tertulis mediator',
        }),
      },
      {
        slug: 'wajib-lapor-ketenagakerjaan',
        name: 'Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP)',
        description: 'Bantuan pelaporan data ketenagakerjaan perusahaan secara daring, wajib setiap tahun.',
        category: 'ketenagakerjaan',
        modes: ['online', 'walk_in'],
        keywords: ['wlkp', 'wajib lapor', 'lapor ketenagakerjaan', 'wlkp online'],
        standard: standard({
          legalBasis: ['Undang-Undang Nomor 7 Tahun 1981 tentang Wajib Lapor Ketenagakerjaan di Perusahaan'],
          requirements: [need('nib'), need('daftar_tenaga_kerja'), optional('npwp', { name: 'NPWP badan' })],
          procedure: steps(
            'Masuk ke sistem WLKP dengan akun perusahaan',
            'Isi data perusahaan dan tenaga kerja dibantu petugas',
            'Kirim laporan',
            'Unduh bukti lapor',
          ),
          timeLimit: minutes(30),
          fee: free(),
          product: 'Bukti lapor WLKP',
          implementers: 1,
        }),
      },
    ],
  };
  return withSlugSuffix(draft, city.key);
}
