import { ALL_DEMO_MPPS, SURABAYA } from './cities.js';
import type { TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, fixed, formula, minutes, type StandardParts, steps } from './standard-builder.js';

/** PT Pos Indonesia: a small post office counter inside the MPP. */

const PROFILE = {
  unitName: 'Kantor Pos',
  legalBasis: [
    'Undang-Undang Nomor 38 Tahun 2009 tentang Pos',
    'Peraturan Pemerintah Nomor 15 Tahun 2013 tentang Pelaksanaan Undang-Undang Nomor 38 Tahun 2009 tentang Pos',
  ],
  supervisors: 'Kepala Kantor Pos Cabang dan Satuan Pengawasan Intern PT Pos Indonesia',
  complaintChannels: ['Halo Pos 1500161', 'aplikasi PosAja!'],
  competence: [
    'Petugas loket pos yang memahami layanan kiriman dan keuangan pos',
    'Mampu mengoperasikan sistem loket pos',
  ],
  facilities: ['Timbangan kiriman terkalibrasi', 'Bahan pengemas kiriman'],
  implementers: 1,
};

const COMMERCIAL_TARIFF = 'Tarif layanan PT Pos Indonesia (Persero) yang berlaku';

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

export function buildPosTenant(): TenantDraft {
  const services = [
    'pengiriman-paket-pos',
    'pengiriman-surat-tercatat',
    'wesel-pos',
    'pembayaran-tagihan-pos',
    'penjualan-meterai',
  ];
  return {
    slug: 'pos-indonesia',
    name: 'PT Pos Indonesia (Persero)',
    shortName: 'Pos Indonesia',
    type: 'bumn',
    website: 'https://www.posindonesia.co.id',
    description: 'Loket pos di MPP: kiriman paket dan surat, weselpos, pembayaran tagihan, dan meterai.',
    gerai: ALL_DEMO_MPPS.map((mppSlug) => ({
      mppSlug,
      // The busier Surabaya building has a second counter for parcels.
      counters:
        mppSlug === SURABAYA.mppSlug
          ? [
              { label: 'Kiriman Paket dan Surat', serviceSlugs: ['pengiriman-paket-pos', 'pengiriman-surat-tercatat'] },
              {
                label: 'Layanan Keuangan Pos',
                serviceSlugs: ['wesel-pos', 'pembayaran-tagihan-pos', 'penjualan-meterai'],
              },
            ]
          : [{ label: 'Loket Pos', serviceSlugs: services }],
    })),
    services: [
      {
        slug: 'pengiriman-paket-pos',
        name: 'Pengiriman Paket (Pos Kilat Khusus dan Pos Express)',
        description:
          'Pengiriman paket dan dokumen ke seluruh Indonesia dan luar negeri, dengan nomor resi untuk pelacakan.',
        category: 'pos_dan_logistik',
        modes: ['walk_in', 'online'],
        keywords: [
          'kirim paket',
          'kirim barang',
          'ekspedisi',
          'pos kilat',
          'kirim dokumen',
          'kirim ke luar negeri',
          'resi pos',
        ],
        standard: standard({
          requirements: [optional('ktp_el', { notes: 'Untuk kiriman bernilai tinggi atau ke luar negeri.' })],
          procedure: steps(
            'Bawa kiriman yang sudah dikemas',
            'Penimbangan dan pemeriksaan isi',
            'Bayar sesuai tarif',
            'Terima resi untuk pelacakan',
          ),
          timeLimit: minutes(10),
          fee: formula('Tarif berdasarkan berat atau volume, asal dan tujuan, serta jenis layanan', COMMERCIAL_TARIFF),
          product: 'Resi pengiriman dengan nomor pelacakan',
        }),
      },
      {
        slug: 'pengiriman-surat-tercatat',
        name: 'Pengiriman Surat Tercatat',
        description:
          'Pengiriman surat dengan bukti penerimaan, misalnya untuk surat resmi, somasi, atau lamaran kerja.',
        category: 'pos_dan_logistik',
        modes: ['walk_in'],
        keywords: ['surat tercatat', 'kirim surat', 'surat resmi', 'kirim lamaran', 'bukti terima surat'],
        standard: standard({
          requirements: [],
          procedure: steps('Serahkan surat beralamat lengkap', 'Penimbangan dan pembayaran', 'Terima resi'),
          timeLimit: minutes(10),
          fee: formula('Tarif berdasarkan berat dan tujuan', COMMERCIAL_TARIFF),
          product: 'Resi surat tercatat dan bukti penerimaan',
        }),
      },
      {
        slug: 'wesel-pos',
        name: 'Weselpos (Kiriman Uang)',
        description: 'Pengiriman uang ke seluruh Indonesia tanpa rekening bank, dapat diambil di kantor pos tujuan.',
        category: 'pos_dan_logistik',
        modes: ['walk_in'],
        keywords: ['wesel', 'weselpos', 'kirim uang', 'transfer uang tanpa rekening', 'kirim uang ke kampung'],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el pengirim' }),
            need('formulir_permohonan', { name: 'Data penerima: nama, alamat, dan nomor ponsel' }),
          ],
          procedure: steps(
            'Isi formulir weselpos',
            'Serahkan uang dan biaya kirim',
            'Terima bukti kirim dan kode pengambilan',
          ),
          timeLimit: minutes(10),
          fee: formula('Biaya kirim sesuai nominal dan jenis weselpos', COMMERCIAL_TARIFF),
          product: 'Bukti kiriman uang dan kode pengambilan',
        }),
      },
      {
        slug: 'pembayaran-tagihan-pos',
        name: 'Pembayaran Tagihan di Kantor Pos',
        description: 'Pembayaran tagihan listrik, air, BPJS, telepon, PBB, cicilan, dan pajak di loket pos.',
        category: 'pos_dan_logistik',
        modes: ['walk_in'],
        keywords: [
          'bayar tagihan',
          'bayar listrik di pos',
          'bayar bpjs di pos',
          'bayar pbb di pos',
          'bayar air di pos',
          'pospay',
        ],
        standard: standard({
          requirements: [need('formulir_permohonan', { name: 'Nomor pelanggan atau kode bayar' })],
          procedure: steps(
            'Sebutkan jenis tagihan dan nomor pelanggan',
            'Petugas menampilkan jumlah tagihan',
            'Bayar',
            'Terima bukti pembayaran',
          ),
          timeLimit: minutes(5),
          fee: formula('Biaya administrasi per transaksi sesuai jenis tagihan', COMMERCIAL_TARIFF),
          product: 'Bukti pembayaran tagihan',
        }),
      },
      {
        slug: 'penjualan-meterai',
        name: 'Penjualan Meterai Tempel',
        description: 'Penjualan meterai tempel Rp10.000 untuk dokumen perdata, surat pernyataan, dan surat kuasa.',
        category: 'pos_dan_logistik',
        modes: ['walk_in'],
        keywords: ['beli materai', 'meterai', 'materai 10000', 'meterai tempel'],
        standard: standard({
          legalBasis: ['Undang-Undang Nomor 10 Tahun 2020 tentang Bea Meterai'],
          requirements: [],
          procedure: steps('Sebutkan jumlah meterai', 'Bayar', 'Terima meterai'),
          timeLimit: minutes(5),
          fee: fixed(10_000, 'Undang-Undang Nomor 10 Tahun 2020 tentang Bea Meterai: Rp10.000 per lembar'),
          product: 'Meterai tempel Rp10.000',
        }),
      },
    ],
  };
}
