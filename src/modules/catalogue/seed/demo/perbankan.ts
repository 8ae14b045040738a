import { ALL_DEMO_MPPS, type DemoCity, type DemoCityKey } from './cities.js';
import { type ServiceDraft, sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, defineStandard, formula, free, minutes, steps, workingDays } from './standard-builder.js';

/**
 * Banks with a gerai: two state-owned banks present in every demo MPP, and the regional
 * development bank of each province. Their services share one shape, so one builder writes them.
 */

const BANKING_LAW = [
  'Undang-Undang Nomor 7 Tahun 1992 tentang Perbankan sebagaimana telah diubah dengan Undang-Undang Nomor 10 Tahun 1998',
  'Undang-Undang Nomor 4 Tahun 2023 tentang Pengembangan dan Penguatan Sektor Keuangan',
  'Peraturan Otoritas Jasa Keuangan Nomor 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan',
];
const KUR_REGULATION =
  'Peraturan Menteri Koordinator Bidang Perekonomian tentang Pedoman Pelaksanaan Kredit Usaha Rakyat';

type Bank = {
  /** Slug suffix of the bank's services, e.g. `bri` in `pembukaan-rekening-tabungan-bri`. */
  key: string;
  shortName: string;
  savingsProducts: string;
  callCenter: string;
  mobileApp: string;
};

function bankProfile(bank: Bank) {
  return {
    unitName: bank.shortName,
    legalBasis: BANKING_LAW,
    supervisors: `Pemimpin cabang ${bank.shortName} dan satuan kerja audit intern, di bawah pengawasan Otoritas Jasa Keuangan`,
    complaintChannels: [bank.callCenter, 'Kontak OJK 157 dan Aplikasi Portal Perlindungan Konsumen (APPK) OJK'],
    competence: [
      'Customer service bank yang memahami produk dan prinsip mengenal nasabah',
      'Mampu menjelaskan hak dan kewajiban nasabah secara jelas',
    ],
    facilities: ['Komputer terhubung sistem inti perbankan', 'Mesin pencetak buku tabungan dan kartu debit instan'],
    implementers: 2,
    securityNote: 'Data nasabah dilindungi rahasia bank sesuai undang-undang perbankan.',
  };
}

function buildBankServices(bank: Bank, standard: BuildStandard, extra: readonly ServiceDraft[] = []): ServiceDraft[] {
  const productRules = `Ketentuan produk ${bank.shortName} yang berlaku; POJK 22/2023`;
  return [
    {
      slug: `pembukaan-rekening-tabungan-${bank.key}`,
      name: `Pembukaan Rekening Tabungan ${bank.shortName}`,
      description: `Pembukaan rekening tabungan ${bank.savingsProducts} beserta kartu debit dan aktivasi ${bank.mobileApp}.`,
      category: 'perbankan',
      modes: ['walk_in', 'online'],
      keywords: [
        'buka rekening',
        'bikin rekening',
        'buka tabungan',
        'rekening baru',
        'atm baru',
        `rekening ${bank.shortName.toLowerCase()}`,
        'tabungan pelajar',
      ],
      standard: standard({
        requirements: [
          need('ktp_el'),
          optional('npwp', { notes: 'Untuk saldo atau produk tertentu.' }),
          need('email_dan_nomor_ponsel'),
          optional('kia', {
            name: 'KIA atau akta kelahiran dan KTP-el orang tua',
            notes: 'Untuk tabungan anak atau pelajar.',
          }),
        ],
        procedure: steps(
          'Ambil nomor antrean customer service',
          'Isi formulir pembukaan rekening dan verifikasi identitas',
          'Setor awal sesuai produk',
          'Terima buku tabungan, kartu debit, dan aktivasi mobile banking',
        ),
        timeLimit: minutes(30),
        fee: free(
          `Tanpa biaya pembukaan; setoran awal dan biaya administrasi bulanan sesuai ketentuan produk (${productRules})`,
        ),
        product: 'Rekening tabungan aktif, buku tabungan, dan kartu debit',
      }),
    },
    {
      slug: `kredit-usaha-rakyat-${bank.key}`,
      name: `Pengajuan Kredit Usaha Rakyat (KUR) ${bank.shortName}`,
      description: 'Pengajuan KUR mikro atau kecil bagi pelaku UMKM yang usahanya produktif dan layak dibiayai.',
      category: 'perbankan',
      modes: ['walk_in', 'online'],
      keywords: ['kur', 'pinjaman usaha', 'kredit umkm', 'modal usaha', 'pinjam uang bank', 'kredit usaha rakyat'],
      standard: standard({
        legalBasis: [KUR_REGULATION],
        requirements: [
          need('ktp_el', { name: 'KTP-el pemohon dan pasangan' }),
          need('kk'),
          need('surat_keterangan_usaha'),
          optional('npwp', { notes: 'Untuk pinjaman di atas Rp50.000.000.' }),
        ],
        procedure: steps(
          'Konsultasi dan pengisian formulir',
          'Verifikasi dokumen dan SLIK OJK',
          'Survei usaha oleh petugas',
          'Keputusan kredit',
          'Akad dan pencairan',
        ),
        timeLimit: workingDays(7),
        fee: formula(
          'Tanpa biaya provisi dan administrasi; bunga KUR sesuai ketetapan pemerintah (6% efektif per tahun untuk KUR Mikro dan Kecil)',
          KUR_REGULATION,
        ),
        product: 'Keputusan kredit dan pencairan KUR ke rekening debitur',
      }),
    },
    {
      slug: `penggantian-kartu-debit-${bank.key}`,
      name: `Penggantian Kartu Debit ${bank.shortName} Hilang atau Rusak`,
      description:
        'Pemblokiran dan penggantian kartu debit yang hilang, rusak, tertelan mesin ATM, atau terblokir karena salah PIN.',
      category: 'perbankan',
      modes: ['walk_in'],
      keywords: [
        'atm hilang',
        'kartu atm rusak',
        'ganti atm',
        'atm terblokir',
        'atm tertelan',
        'lupa pin atm',
        'kartu debit hilang',
      ],
      standard: standard({
        requirements: [
          need('ktp_el'),
          need('buku_tabungan'),
          optional('kartu_debit', { notes: 'Untuk kartu yang rusak.' }),
        ],
        procedure: steps(
          'Ambil nomor antrean customer service',
          'Verifikasi identitas nasabah',
          'Pemblokiran kartu lama',
          'Penerbitan kartu baru dan penggantian PIN',
        ),
        timeLimit: minutes(20),
        fee: formula('Biaya penggantian kartu sesuai ketentuan produk', productRules),
        product: 'Kartu debit baru yang aktif',
        implementers: 1,
      }),
    },
    ...extra,
  ];
}

const BRI: Bank = {
  key: 'bri',
  shortName: 'BRI',
  savingsProducts: 'BritAma atau Simpedes',
  callCenter: 'Contact BRI 1500017',
  mobileApp: 'BRImo',
};
const MANDIRI: Bank = {
  key: 'mandiri',
  shortName: 'Bank Mandiri',
  savingsProducts: 'Mandiri Tabungan',
  callCenter: 'Mandiri Call 14000',
  mobileApp: "Livin' by Mandiri",
};

export function buildBriTenant(): TenantDraft {
  const standard: BuildStandard = (parts) => defineStandard(bankProfile(BRI), parts);
  return {
    slug: 'bank-bri',
    name: 'PT Bank Rakyat Indonesia (Persero) Tbk',
    shortName: 'BRI',
    type: 'bumn',
    website: 'https://bri.co.id',
    description: 'Gerai layanan BRI: rekening tabungan, KUR, dan kartu debit.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Customer Service',
        serviceSlugs: ['pembukaan-rekening-tabungan-bri', 'penggantian-kartu-debit-bri', 'registrasi-brimo'],
      },
      { label: 'Layanan KUR', serviceSlugs: ['kredit-usaha-rakyat-bri'] },
    ]),
    services: buildBankServices(BRI, standard, [
      {
        slug: 'registrasi-brimo',
        name: 'Registrasi dan Reset BRImo',
        description: 'Bantuan registrasi, aktivasi, dan reset kata sandi aplikasi mobile banking BRImo.',
        category: 'perbankan',
        modes: ['walk_in'],
        keywords: ['brimo', 'mobile banking', 'm-banking', 'lupa password brimo', 'aktivasi brimo', 'brimo terblokir'],
        standard: standard({
          requirements: [need('ktp_el'), need('buku_tabungan'), need('email_dan_nomor_ponsel')],
          procedure: steps(
            'Ambil nomor antrean',
            'Verifikasi identitas nasabah',
            'Registrasi atau reset akun BRImo',
            'Uji masuk aplikasi bersama petugas',
          ),
          timeLimit: minutes(15),
          fee: free(),
          product: 'Akun BRImo aktif',
          implementers: 1,
        }),
      },
    ]),
  };
}

export function buildMandiriTenant(): TenantDraft {
  const standard: BuildStandard = (parts) => defineStandard(bankProfile(MANDIRI), parts);
  return {
    slug: 'bank-mandiri',
    name: 'PT Bank Mandiri (Persero) Tbk',
    shortName: 'Bank Mandiri',
    type: 'bumn',
    website: 'https://www.bankmandiri.co.id',
    description: 'Gerai layanan Bank Mandiri: rekening tabungan, KUR, dan kartu debit.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Customer Service',
        serviceSlugs: [
          'pembukaan-rekening-tabungan-mandiri',
          'penggantian-kartu-debit-mandiri',
          'kredit-usaha-rakyat-mandiri',
        ],
      },
    ]),
    services: buildBankServices(MANDIRI, standard),
  };
}

const REGIONAL_BANKS: Record<DemoCityKey, Bank & { slug: string; name: string; website?: string }> = {
  surabaya: {
    slug: 'bank-jatim',
    key: 'bank-jatim',
    name: 'PT Bank Pembangunan Daerah Jawa Timur Tbk',
    shortName: 'Bank Jatim',
    savingsProducts: 'SiMuda atau Tabungan Bank Jatim',
    callCenter: 'call center Bank Jatim',
    mobileApp: 'JConnect Mobile',
    website: 'https://www.bankjatim.co.id',
  },
  makassar: {
    slug: 'bank-sulselbar',
    key: 'bank-sulselbar',
    name: 'PT Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat',
    shortName: 'Bank Sulselbar',
    savingsProducts: 'Tabungan Bank Sulselbar',
    callCenter: 'call center Bank Sulselbar',
    mobileApp: 'mobile banking Bank Sulselbar',
    website: 'https://www.banksulselbar.co.id',
  },
  jayapura: {
    slug: 'bank-papua',
    key: 'bank-papua',
    name: 'PT Bank Pembangunan Daerah Papua',
    shortName: 'Bank Papua',
    savingsProducts: 'Tabungan Bank Papua',
    callCenter: 'call center Bank Papua',
    mobileApp: 'mobile banking Bank Papua',
  },
};

/** The province's development bank (BPD): also the cashier of regional taxes. */
export function buildRegionalBankTenant(city: DemoCity): TenantDraft {
  const bank = REGIONAL_BANKS[city.key];
  const standard: BuildStandard = (parts) => defineStandard(bankProfile(bank), parts);
  const tenant: TenantDraft = {
    slug: bank.slug,
    name: bank.name,
    shortName: bank.shortName,
    type: 'bumd',
    parentOrganisation: `Pemerintah Provinsi ${city.provinceName} dan pemerintah kabupaten/kota pemegang saham`,
    description: `Bank pembangunan daerah ${city.provinceName}, kas daerah dan bank persepsi pajak daerah.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          {
            label: 'Teller dan Pajak Daerah',
            serviceSlugs: [`setoran-pajak-daerah-${bank.key}`],
          },
          {
            label: 'Customer Service',
            serviceSlugs: [
              `pembukaan-rekening-tabungan-${bank.key}`,
              `penggantian-kartu-debit-${bank.key}`,
              `kredit-usaha-rakyat-${bank.key}`,
              `kredit-multiguna-asn-${bank.key}`,
            ],
          },
        ],
      },
    ],
    services: buildBankServices(bank, standard, [
      {
        slug: `setoran-pajak-daerah-${bank.key}`,
        name: `Setoran Pajak Daerah dan Retribusi di ${bank.shortName}`,
        description:
          'Penerimaan setoran PBB-P2, BPHTB, PKB, retribusi, dan pajak daerah lain sebagai bank persepsi pemerintah daerah.',
        category: 'perbankan',
        modes: ['walk_in', 'online'],
        keywords: ['bayar pbb di bank', 'setor pajak daerah', 'bayar retribusi', 'bayar bphtb', 'teller pajak'],
        standard: standard({
          requirements: [need('formulir_permohonan', { name: 'Kode bayar, SPPT, atau SKPD yang akan dibayar' })],
          procedure: steps(
            'Ambil nomor antrean teller',
            'Serahkan kode bayar dan uang setoran',
            'Terima bukti setor tervalidasi',
          ),
          timeLimit: minutes(10),
          fee: free('Tanpa biaya tambahan untuk setoran pajak daerah di teller'),
          product: 'Bukti setor pajak daerah yang tervalidasi',
          implementers: 1,
        }),
      },
      {
        slug: `kredit-multiguna-asn-${bank.key}`,
        name: `Kredit Multiguna ASN dan Pegawai ${bank.shortName}`,
        description: 'Kredit konsumtif bagi ASN, anggota TNI/Polri, dan pegawai yang gajinya dibayarkan melalui bank.',
        category: 'perbankan',
        modes: ['walk_in'],
        keywords: [
          'pinjaman pns',
          'kredit pegawai',
          'kredit asn',
          'kredit multiguna',
          'pinjaman guru',
          'sk pns jaminan',
        ],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el pemohon dan pasangan' }),
            need('kk'),
            need('surat_keterangan_kerja', { name: 'SK pengangkatan dan surat keterangan gaji dari bendahara' }),
            need('buku_tabungan', { name: 'Rekening gaji di bank ini' }),
          ],
          procedure: steps(
            'Konsultasi dan pengisian formulir',
            'Verifikasi dokumen dan SLIK OJK',
            'Keputusan kredit',
            'Akad dan pencairan',
          ),
          timeLimit: workingDays(5),
          fee: formula(
            'Provisi, administrasi, asuransi, dan suku bunga sesuai ketentuan produk dan penawaran kredit',
            `Ketentuan produk ${bank.shortName}; POJK 22/2023`,
          ),
          product: 'Keputusan kredit dan pencairan ke rekening gaji',
        }),
      },
    ]),
  };
  if (bank.website) tenant.website = bank.website;
  return tenant;
}
