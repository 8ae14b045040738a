import type { DemoCity } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, defineStandard, formula, free, minutes, steps, workingDays } from './standard-builder.js';

/** The city's Badan Pendapatan Daerah: PBB-P2, BPHTB and other city taxes (UU 1/2022). */

const REGIONAL_TAX_LAW =
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';

export function buildBapendaKotaTenant(city: DemoCity): TenantDraft {
  const unitName = `Badan Pendapatan Daerah ${city.cityName}`;
  const bylaw = `Peraturan Daerah ${city.cityName} tentang Pajak Daerah dan Retribusi Daerah`;
  const feeBasis = `${REGIONAL_TAX_LAW}; ${bylaw}`;
  const profile = {
    unitName: `Bapenda ${city.cityName}`,
    legalBasis: [REGIONAL_TAX_LAW, bylaw],
    supervisors: `Kepala ${unitName} dan para Kepala Bidang, serta Inspektorat ${city.cityName}`,
    complaintChannels: [`layanan pengaduan pajak daerah ${unitName}`],
    competence: [
      'Petugas pelayanan pajak daerah yang memahami PBB-P2, BPHTB, dan PBJT',
      'Mampu mengoperasikan sistem informasi pajak daerah',
    ],
    facilities: ['Komputer terhubung sistem informasi pajak daerah', 'Printer SPPT dan bukti pembayaran'],
    implementers: 2,
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);

  const draft: TenantDraft = {
    slug: `bapenda-kota-${city.key}`,
    name: unitName,
    shortName: 'Bapenda Kota',
    type: 'pemerintah_kabupaten_kota',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Pelayanan pajak daerah ${city.cityName}: PBB-P2, BPHTB, serta pajak barang dan jasa tertentu.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          { label: 'PBB-P2', serviceSlugs: ['pembayaran-pbb', 'mutasi-sppt-pbb', 'keberatan-pengurangan-pbb'] },
          {
            label: 'BPHTB dan Pajak Daerah Lain',
            serviceSlugs: ['validasi-bphtb', 'pendaftaran-wajib-pajak-daerah', 'pembayaran-pbb'],
          },
        ],
      },
    ],
    services: [
      {
        slug: 'pembayaran-pbb',
        name: 'Pembayaran dan Informasi Tagihan PBB-P2',
        description:
          'Informasi tagihan, cetak ulang SPPT, dan pembayaran Pajak Bumi dan Bangunan Perdesaan dan Perkotaan.',
        category: 'perpajakan',
        modes: ['walk_in', 'online'],
        keywords: [
          'bayar pbb',
          'pajak bumi bangunan',
          'pbb rumah',
          'sppt',
          'pajak rumah',
          'pajak tanah',
          'cek tagihan pbb',
          'cetak sppt',
        ],
        standard: standard({
          requirements: [need('sppt_pbb', { name: 'SPPT PBB-P2 atau Nomor Objek Pajak (NOP)' })],
          procedure: steps(
            'Ambil nomor antrean',
            'Petugas menampilkan tagihan berdasarkan NOP',
            'Bayar melalui teller bank atau kanal pembayaran',
            'Terima bukti pembayaran atau SPPT cetak ulang',
          ),
          timeLimit: minutes(15),
          fee: formula(
            'PBB-P2 = tarif Perda (paling tinggi 0,5%) x persentase dasar pengenaan menurut Perda (20%-100%) x (NJOP − NJOPTKP), NJOPTKP paling sedikit Rp10.000.000; ' +
              'keterlambatan dikenai sanksi administratif 1% per bulan',
            feeBasis,
          ),
          product: 'Bukti pembayaran PBB-P2 atau SPPT cetak ulang',
          implementers: 1,
        }),
      },
      {
        slug: 'mutasi-sppt-pbb',
        name: 'Mutasi dan Balik Nama SPPT PBB-P2',
        description:
          'Balik nama wajib pajak, pemecahan atau penggabungan objek PBB-P2 setelah jual beli, hibah, atau waris.',
        category: 'perpajakan',
        modes: ['walk_in'],
        keywords: ['balik nama pbb', 'ganti nama sppt', 'pecah sppt', 'mutasi pbb', 'sppt atas nama orang lain'],
        standard: standard({
          requirements: [
            need('sppt_pbb'),
            need('ktp_el'),
            need('sertifikat_tanah', { name: 'Sertipikat, AJB, atau bukti peralihan hak' }),
            need('bukti_pembayaran', { name: 'Bukti lunas PBB-P2 tahun berjalan' }),
          ],
          procedure: steps(
            'Serahkan berkas permohonan',
            'Penelitian berkas dan penelitian lapangan bila diperlukan',
            'Pemutakhiran data objek dan subjek pajak',
            'Penerbitan SPPT atas nama baru',
          ),
          timeLimit: workingDays(5),
          fee: free(),
          product: 'SPPT PBB-P2 atas nama wajib pajak baru',
        }),
      },
      {
        slug: 'keberatan-pengurangan-pbb',
        name: 'Keberatan dan Pengurangan PBB-P2',
        description:
          'Permohonan keberatan atas ketetapan PBB-P2, atau pengurangan bagi wajib pajak yang kondisi ekonominya tidak mampu.',
        category: 'perpajakan',
        modes: ['walk_in'],
        keywords: ['keberatan pbb', 'pbb terlalu mahal', 'keringanan pbb', 'pengurangan pbb', 'pbb naik'],
        standard: standard({
          requirements: [
            need('sppt_pbb'),
            need('ktp_el'),
            need('formulir_permohonan', { name: 'Surat permohonan beserta alasan' }),
            optional('surat_keterangan_tidak_mampu', { notes: 'Untuk permohonan pengurangan.' }),
          ],
          procedure: steps(
            'Serahkan permohonan',
            'Penelitian administrasi dan lapangan',
            'Penerbitan keputusan keberatan atau pengurangan',
          ),
          timeLimit: workingDays(30),
          fee: free(),
          product: 'Surat keputusan keberatan atau pengurangan PBB-P2',
        }),
      },
      {
        slug: 'validasi-bphtb',
        name: 'Pelayanan dan Validasi BPHTB',
        description:
          'Penelitian dan validasi Surat Setoran Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB) untuk jual beli, hibah, atau waris.',
        category: 'perpajakan',
        modes: ['walk_in', 'online'],
        keywords: ['bphtb', 'pajak beli rumah', 'pajak jual beli tanah', 'validasi bphtb', 'ssb', 'pajak pembeli'],
        standard: standard({
          requirements: [
            need('formulir_permohonan', { name: 'Surat Setoran BPHTB (SSPD-BPHTB)' }),
            need('sppt_pbb'),
            need('ktp_el', { name: 'KTP-el pembeli atau penerima hak' }),
            need('sertifikat_tanah', { name: 'Fotokopi sertipikat' }),
            need('bukti_pembayaran', { name: 'Bukti pembayaran BPHTB' }),
          ],
          procedure: steps(
            'Isi SSPD-BPHTB melalui PPAT atau di gerai',
            'Bayar BPHTB',
            'Penelitian nilai perolehan dan dokumen',
            'Validasi SSPD-BPHTB',
          ),
          timeLimit: workingDays(2),
          fee: formula(
            'BPHTB = tarif Perda (paling tinggi 5%) x (Nilai Perolehan Objek Pajak − NPOPTKP); NPOPTKP paling sedikit Rp80.000.000 ' +
              'dan untuk waris atau hibah wasiat kepada keluarga sedarah satu derajat paling sedikit Rp300.000.000',
            feeBasis,
          ),
          product: 'SSPD-BPHTB yang telah divalidasi',
        }),
      },
      {
        slug: 'pendaftaran-wajib-pajak-daerah',
        name: 'Pendaftaran Wajib Pajak Barang dan Jasa Tertentu (PBJT)',
        description: 'Pendaftaran NPWPD bagi usaha restoran, kafe, hotel, parkir, dan hiburan yang memungut PBJT.',
        category: 'perpajakan',
        modes: ['walk_in', 'online'],
        keywords: ['npwpd', 'pajak restoran', 'pajak hotel', 'pbjt', 'pajak parkir', 'pajak kafe', 'pajak hiburan'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('nib'),
            optional('npwp'),
            need('denah_lokasi', { name: 'Alamat dan denah lokasi usaha' }),
          ],
          procedure: steps('Isi formulir pendaftaran', 'Verifikasi data usaha', 'Penerbitan NPWPD'),
          timeLimit: workingDays(1),
          fee: free(),
          product: 'Nomor Pokok Wajib Pajak Daerah (NPWPD)',
          implementers: 1,
        }),
      },
    ],
  };
  return withSlugSuffix(draft, city.key);
}
