/**
 * What a citizen types on a phone, and the demo service that must be among the first three
 * results of a search over the whole demo catalogue. Queries keep the typos, slang, old
 * spellings and abbreviations people really use ("akte", "ilang", "ga", "imb"). Regional
 * services exist once per city with the same wording; a case names the Surabaya copy, and its
 * two siblings in Makassar and Jayapura are equally good answers to the query.
 */
export const SEARCH_RELEVANCE_CASES: readonly { query: string; expectedServiceSlug: string; note: string }[] = [
  // Imigrasi
  {
    query: 'buat paspor',
    expectedServiceSlug: 'penerbitan-paspor-biasa',
    note: 'the most common way to ask for a first passport',
  },
  {
    query: 'bikin pasport',
    expectedServiceSlug: 'penerbitan-paspor-biasa',
    note: 'slang verb and the English spelling of paspor',
  },
  {
    query: 'paspot hilang',
    expectedServiceSlug: 'penggantian-paspor-hilang-rusak',
    note: 'typo t for r, next to each other on the keyboard',
  },
  {
    query: 'perpanjang paspor',
    expectedServiceSlug: 'penggantian-paspor-habis-berlaku',
    note: 'people say perpanjang; the service is a replacement',
  },
  // Dukcapil
  {
    query: 'bikin ktp',
    expectedServiceSlug: 'penerbitan-ktp-el-baru-surabaya',
    note: 'ktp, not KTP-el, and the slang verb bikin',
  },
  {
    query: 'e-ktp rusak',
    expectedServiceSlug: 'penerbitan-ktp-el-rusak-surabaya',
    note: 'e-ktp is the everyday name of the KTP-el',
  },
  {
    query: 'ktp-el hilang',
    expectedServiceSlug: 'penerbitan-ktp-el-hilang-surabaya',
    note: 'official name with a hyphen',
  },
  {
    query: 'ktp ilang',
    expectedServiceSlug: 'penerbitan-ktp-el-hilang-surabaya',
    note: 'ilang is spoken Indonesian for hilang',
  },
  {
    query: 'kartu kluarga baru',
    expectedServiceSlug: 'penerbitan-kk-baru-surabaya',
    note: 'dropped vowel in keluarga',
  },
  {
    query: 'kk baru',
    expectedServiceSlug: 'penerbitan-kk-baru-surabaya',
    note: 'kk is how everyone writes Kartu Keluarga',
  },
  {
    query: 'tambah anak di kk',
    expectedServiceSlug: 'penerbitan-kk-perubahan-data-surabaya',
    note: 'a new baby must be added to the family card',
  },
  {
    query: 'akta lahir anak',
    expectedServiceSlug: 'penerbitan-akta-kelahiran-surabaya',
    note: 'lahir instead of kelahiran',
  },
  {
    query: 'akte kelahiran',
    expectedServiceSlug: 'penerbitan-akta-kelahiran-surabaya',
    note: 'akte is the old Dutch-based spelling still widely used',
  },
  {
    query: 'akta kematian',
    expectedServiceSlug: 'penerbitan-akta-kematian-surabaya',
    note: 'exact words of the document name',
  },
  {
    query: 'pindah domisili',
    expectedServiceSlug: 'pindah-keluar-surabaya',
    note: 'moving out starts with the surat pindah',
  },
  {
    query: 'ktp digital',
    expectedServiceSlug: 'aktivasi-ikd-surabaya',
    note: 'nobody says Identitas Kependudukan Digital',
  },
  { query: 'kia anak', expectedServiceSlug: 'penerbitan-kia-surabaya', note: 'abbreviation of Kartu Identitas Anak' },
  // Polri
  {
    query: 'perpanjang sim a',
    expectedServiceSlug: 'perpanjangan-sim-a',
    note: 'verb form instead of the noun perpanjangan',
  },
  { query: 'sim c mati', expectedServiceSlug: 'perpanjangan-sim-c', note: 'mati is slang for expired' },
  {
    query: 'perpanjang sim motor',
    expectedServiceSlug: 'perpanjangan-sim-c',
    note: 'people name the vehicle, not the SIM class',
  },
  { query: 'skck', expectedServiceSlug: 'penerbitan-skck', note: 'abbreviation alone' },
  { query: 'surat kelakuan baik', expectedServiceSlug: 'penerbitan-skck', note: 'the old name of the SKCK' },
  {
    query: 'surat kehilangan polisi',
    expectedServiceSlug: 'laporan-kehilangan',
    note: 'needed before replacing a lost document',
  },
  // Samsat
  {
    query: 'bayar pajak motor',
    expectedServiceSlug: 'pembayaran-pkb-tahunan-jatim',
    note: 'nobody says Pajak Kendaraan Bermotor',
  },
  {
    query: 'pajak stnk',
    expectedServiceSlug: 'pembayaran-pkb-tahunan-jatim',
    note: 'the tax is named after the document it validates',
  },
  {
    query: 'ganti plat nomor',
    expectedServiceSlug: 'pengesahan-stnk-lima-tahunan-jatim',
    note: 'the five-yearly renewal is known by its new plates',
  },
  {
    query: 'balik nama motor bekas',
    expectedServiceSlug: 'balik-nama-kendaraan-jatim',
    note: 'after buying a used motorbike',
  },
  // Pajak
  {
    query: 'npwp pribadi',
    expectedServiceSlug: 'pendaftaran-npwp-orang-pribadi',
    note: 'pribadi instead of orang pribadi',
  },
  { query: 'lupa efin', expectedServiceSlug: 'aktivasi-efin', note: 'a frequent reason to visit the tax counter' },
  {
    query: 'lapor spt tahunan',
    expectedServiceSlug: 'asistensi-spt-tahunan',
    note: 'what employees need help with every March',
  },
  {
    query: 'bayar pbb',
    expectedServiceSlug: 'pembayaran-pbb-surabaya',
    note: 'land and building tax by its abbreviation',
  },
  // Perizinan
  {
    query: 'izin usaha',
    expectedServiceSlug: 'pendaftaran-nib-surabaya',
    note: 'a business licence today starts with the NIB',
  },
  { query: 'nib', expectedServiceSlug: 'pendaftaran-nib-surabaya', note: 'abbreviation alone' },
  {
    query: 'bikin imb',
    expectedServiceSlug: 'persetujuan-bangunan-gedung-surabaya',
    note: 'IMB was replaced by PBG in 2021 but keeps its name',
  },
  {
    query: 'izin praktek dokter',
    expectedServiceSlug: 'surat-izin-praktik-tenaga-kesehatan-surabaya',
    note: 'praktek is the common misspelling of praktik',
  },
  { query: 'pirt', expectedServiceSlug: 'spp-irt-surabaya', note: 'home food producers say P-IRT without the hyphen' },
  // Pertanahan
  {
    query: 'sertifikat tanah balik nama',
    expectedServiceSlug: 'peralihan-hak-jual-beli',
    note: 'sertifikat, not the official sertipikat',
  },
  { query: 'cek sertifikat tanah', expectedServiceSlug: 'pengecekan-sertifikat', note: 'before buying land' },
  { query: 'roya', expectedServiceSlug: 'roya', note: 'after the mortgage is paid off' },
  // BPJS
  {
    query: 'daftar bpjs kesehatan',
    expectedServiceSlug: 'pendaftaran-peserta-jkn',
    note: 'BPJS, not JKN, is the name people know',
  },
  { query: 'pindah faskes', expectedServiceSlug: 'pindah-faskes-jkn', note: 'faskes is the everyday abbreviation' },
  {
    query: 'bpjs nunggak',
    expectedServiceSlug: 'pengaktifan-kembali-jkn',
    note: 'nunggak is slang for being in arrears',
  },
  { query: 'cairkan jht', expectedServiceSlug: 'klaim-jht', note: 'cairkan instead of klaim' },
  {
    query: 'klaim jamsostek',
    expectedServiceSlug: 'klaim-jht',
    note: 'Jamsostek is the former name of BPJS Ketenagakerjaan',
  },
  // Utilitas
  {
    query: 'pasang listrik baru',
    expectedServiceSlug: 'pasang-baru-listrik',
    note: 'word order differs from the service name',
  },
  { query: 'tambah daya pln', expectedServiceSlug: 'tambah-daya-listrik', note: 'names the company, not the product' },
  { query: 'token listrik ga masuk', expectedServiceSlug: 'pengaduan-tagihan-listrik', note: 'ga is slang for tidak' },
  {
    query: 'sambung air pdam',
    expectedServiceSlug: 'sambungan-baru-air-surabaya',
    note: 'PDAM is the old name of the Perumda',
  },
  {
    query: 'tagihan pdam mahal',
    expectedServiceSlug: 'pengaduan-tagihan-air-surabaya',
    note: 'a complaint phrased as a statement',
  },
  // Keagamaan dan peradilan
  {
    query: 'daftar nikah',
    expectedServiceSlug: 'pendaftaran-nikah',
    note: 'the service is formally pendaftaran kehendak nikah',
  },
  {
    query: 'buku nikah hilang',
    expectedServiceSlug: 'duplikat-buku-nikah',
    note: 'a replacement is called a duplikat',
  },
  {
    query: 'cerai',
    expectedServiceSlug: 'pendaftaran-perkara-cerai-gugat',
    note: 'most divorce cases at religious courts are filed by wives',
  },
  {
    query: 'nikah siri',
    expectedServiceSlug: 'permohonan-itsbat-nikah',
    note: 'the everyday term for an unregistered marriage',
  },
  { query: 'daftar haji', expectedServiceSlug: 'pendaftaran-haji-reguler', note: 'to get a waiting-list number' },
  // Ketenagakerjaan, kesehatan, dan lainnya
  {
    query: 'kartu kuning',
    expectedServiceSlug: 'kartu-pencari-kerja-surabaya',
    note: 'job seekers card; not the yellow vaccination book',
  },
  {
    query: 'gaji ga dibayar',
    expectedServiceSlug: 'mediasi-hubungan-industrial-surabaya',
    note: 'a worker describes the problem, not the service',
  },
  {
    query: 'surat sehat',
    expectedServiceSlug: 'surat-keterangan-sehat-surabaya',
    note: 'short for surat keterangan sehat',
  },
  {
    query: 'vaksin meningitis umroh',
    expectedServiceSlug: 'vaksinasi-meningitis-icv',
    note: 'umroh is the common spelling of umrah',
  },
  {
    query: 'izin bpom makanan',
    expectedServiceSlug: 'konsultasi-izin-edar-pangan-olahan',
    note: 'small producers ask for an izin BPOM',
  },
  { query: 'pensiun pns', expectedServiceSlug: 'klaim-pensiun-pertama', note: 'PNS is still used more than ASN' },
  { query: 'buka rekening bri', expectedServiceSlug: 'pembukaan-rekening-tabungan-bri', note: 'names the bank' },
  { query: 'kirim paket', expectedServiceSlug: 'pengiriman-paket-pos', note: 'plain words for a parcel' },
  {
    query: 'beli materai',
    expectedServiceSlug: 'penjualan-meterai',
    note: 'materai is the common misspelling of meterai',
  },
];
