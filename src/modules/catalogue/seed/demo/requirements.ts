import type { Requirement } from '../../../../domain/catalogue/standard.js';

/**
 * The document types the demo services ask for, with their usual name. The key is what the
 * document wallet stores (one KTP-el, reused by every application), so the same paper always
 * has the same key here.
 */
export const DOCUMENTS = {
  ktp_el: 'KTP-el',
  ktp_el_saksi: 'KTP-el dua orang saksi',
  kk: 'Kartu Keluarga (KK)',
  akta_kelahiran: 'Kutipan akta kelahiran',
  akta_kematian: 'Kutipan akta kematian',
  surat_nikah: 'Buku nikah atau kutipan akta perkawinan',
  akta_cerai: 'Akta cerai atau kutipan akta perceraian',
  ijazah: 'Ijazah terakhir',
  pas_foto: 'Pas foto berwarna',
  paspor_lama: 'Paspor lama',
  kia: 'Kartu Identitas Anak (KIA) lama',
  surat_pengantar_rt_rw: 'Surat pengantar RT/RW',
  surat_pengantar_kelurahan: 'Surat pengantar kelurahan',
  surat_pengantar_nikah: 'Surat pengantar nikah dari kelurahan (formulir N1-N4)',
  surat_izin_orang_tua: 'Surat izin orang tua (formulir N5)',
  surat_keterangan_hilang_kepolisian: 'Surat keterangan kehilangan dari kepolisian',
  surat_keterangan_kelahiran: 'Surat keterangan kelahiran',
  surat_keterangan_kematian: 'Surat keterangan kematian',
  surat_keterangan_pindah: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)',
  surat_keterangan_domisili: 'Surat keterangan domisili',
  surat_keterangan_sehat: 'Surat keterangan sehat jasmani',
  hasil_tes_psikologi: 'Surat hasil tes psikologi',
  surat_keterangan_tidak_mampu: 'Surat keterangan tidak mampu dari kelurahan',
  surat_keterangan_ahli_waris: 'Surat keterangan ahli waris',
  surat_keterangan_berhenti_kerja: 'Surat keterangan berhenti bekerja (paklaring) atau bukti PHK',
  surat_keterangan_usaha: 'Surat keterangan usaha dari kelurahan atau NIB',
  formulir_permohonan: 'Formulir permohonan yang telah diisi',
  surat_pernyataan: 'Surat pernyataan bermeterai',
  surat_kuasa: 'Surat kuasa bermeterai dan KTP-el penerima kuasa',
  surat_rekomendasi: 'Surat rekomendasi',
  email_dan_nomor_ponsel: 'Alamat email dan nomor ponsel aktif',
  npwp: 'NPWP',
  bukti_potong_pajak: 'Bukti potong PPh Pasal 21 (formulir 1721-A1/A2)',
  nib: 'Nomor Induk Berusaha (NIB)',
  akta_pendirian: 'Akta pendirian badan usaha dan SK pengesahan Kementerian Hukum',
  sertifikat_tanah: 'Sertipikat hak atas tanah asli',
  alas_hak_tanah: 'Bukti alas hak tanah (girik, petok D, letter C, atau akta peralihan)',
  akta_jual_beli: 'Akta Jual Beli (AJB) dari PPAT',
  sertifikat_hak_tanggungan: 'Sertipikat Hak Tanggungan',
  surat_roya: 'Surat pernyataan lunas/roya dari kreditur',
  sppt_pbb: 'SPPT PBB-P2 tahun berjalan',
  bukti_pembayaran: 'Bukti pembayaran',
  dokumen_teknis_bangunan: 'Dokumen rencana teknis bangunan (arsitektur, struktur, mekanikal-elektrikal-plambing)',
  persetujuan_bangunan_gedung: 'Persetujuan Bangunan Gedung (PBG)',
  dokumen_lingkungan: 'Dokumen lingkungan (SPPL atau UKL-UPL)',
  desain_reklame: 'Desain, ukuran, dan titik lokasi reklame',
  denah_lokasi: 'Denah lokasi',
  stnk: 'STNK asli',
  bpkb: 'BPKB asli',
  kuitansi_jual_beli: 'Kuitansi jual beli kendaraan bermeterai',
  hasil_cek_fisik_kendaraan: 'Hasil cek fisik nomor rangka dan nomor mesin',
  sim_lama: 'SIM lama',
  kartu_jkn: 'Kartu JKN-KIS atau nomor peserta',
  kartu_bpjs_ketenagakerjaan: 'Kartu peserta BPJS Ketenagakerjaan atau nomor peserta',
  buku_tabungan: 'Buku tabungan atau nomor rekening bank atas nama pemohon',
  kartu_debit: 'Kartu debit lama',
  str: 'Surat Tanda Registrasi (STR) yang berlaku',
  sk_pensiun: 'Surat keputusan pensiun',
  kartu_peserta_taspen: 'Kartu peserta Taspen',
  rekening_listrik: 'ID pelanggan atau struk/rekening listrik terakhir',
  rekening_air: 'Nomor sambungan atau rekening air terakhir',
  surat_gugatan: 'Surat gugatan atau permohonan',
  salinan_putusan_pengadilan: 'Salinan putusan atau penetapan pengadilan',
  bukti_perjalanan: 'Bukti rencana perjalanan (tiket, visa, atau surat dari biro perjalanan)',
  icv_lama: 'International Certificate of Vaccination (ICV) lama',
  dokumen_produk: 'Data produk: komposisi, proses produksi, dan rancangan label',
  draf_peraturan_perusahaan: 'Draf peraturan perusahaan',
  risalah_bipartit: 'Risalah perundingan bipartit',
  bukti_setoran_awal_bpih: 'Bukti setoran awal BPIH dari bank penerima setoran',
  skck_lama: 'SKCK lama (asli)',
  kkpr: 'Konfirmasi KKPR atau Keterangan Rencana Kota (KRK)',
  surat_pernyataan_kelaikan_fungsi: 'Surat pernyataan kelaikan fungsi dari pengkaji teknis',
  persetujuan_pemilik_lahan: 'Surat persetujuan pemilik lahan atau bangunan',
  surat_keterangan_riwayat_tanah: 'Surat keterangan riwayat tanah dari kelurahan',
  daftar_harta_utang: 'Daftar harta, utang, dan tanggungan keluarga',
  surat_keterangan_kerja: 'Surat keterangan masih aktif bekerja dari pemberi kerja',
  daftar_tenaga_kerja: 'Daftar tenaga kerja beserta upahnya',
  slo_instalasi: 'Sertifikat Laik Operasi (SLO) instalasi listrik rumah',
  surat_perkawinan_agama: 'Surat perkawinan dari pemuka agama atau pemuka penghayat kepercayaan',
  saran_wakil_pekerja: 'Bukti permintaan saran dan pertimbangan dari wakil pekerja/serikat pekerja',
  hasil_uji_laboratorium: 'Hasil uji laboratorium sampel pangan atau air',
  sertifikat_penjamah_pangan: 'Sertifikat pelatihan keamanan pangan bagi penjamah pangan',
  surat_keterangan_kua: 'Surat keterangan atau surat penolakan dari KUA',
} as const satisfies Record<string, string>;

export type DocumentType = keyof typeof DOCUMENTS;

type RequirementOptions = { name?: string; notes?: string };

/** A document the applicant must bring. */
export function need(documentType: DocumentType, options: RequirementOptions = {}): Requirement {
  return toRequirement(documentType, true, options);
}

/** A document needed only in some cases; `notes` says when. */
export function optional(documentType: DocumentType, options: RequirementOptions = {}): Requirement {
  return toRequirement(documentType, false, options);
}

function toRequirement(documentType: DocumentType, isMandatory: boolean, options: RequirementOptions): Requirement {
  const requirement: Requirement = { name: options.name ?? DOCUMENTS[documentType], documentType, isMandatory };
  if (options.notes !== undefined) requirement.notes = options.notes;
  return requirement;
}
