/** Everyday queries the search benchmark rotates through (typos, slang, places). */
export const BENCH_QUERIES = [
  'buat paspor',
  'paspot hilang',
  'bikin ktp',
  'kartu kluarga baru',
  'perpanjang sim a',
  'skck',
  'bayar pajak motor',
  'izin usaha',
  'sertifikat tanah balik nama',
  'daftar bpjs kesehatan',
  'pasang listrik baru',
  'akta lahir anak',
  'paspor surabaya',
  'npwp pribadi',
  'cairkan jht',
  'daftar nikah',
];
