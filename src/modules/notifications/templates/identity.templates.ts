import { defineTemplates } from './define-templates.js';

/**
 * Messages of the identity module. The OTP text warns against sharing the code with anyone,
 * officers included: the common social-engineering fraud is a fake "petugas" asking for it.
 */
export const IDENTITY_TEMPLATES = defineTemplates({
  'identity.otp_requested': {
    params: { code: '123456', minutes: 5 },
    id: {
      email: {
        subject: 'Kode SatuPintu Anda: {code}',
        text:
          'Kode SatuPintu Anda: {code}\n\n' +
          'Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.\n\n' +
          'Jika Anda tidak meminta kode ini, abaikan email ini.',
      },
      sms: 'Kode SatuPintu Anda: {code}. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
      whatsapp:
        'Kode SatuPintu Anda: *{code}*. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
    },
    en: {
      email: {
        subject: 'Your SatuPintu code: {code}',
        text:
          'Your SatuPintu code: {code}\n\n' +
          'Valid for {minutes} minutes. Do not share this code with anyone, including officers.\n\n' +
          'If you did not ask for this code, ignore this email.',
      },
      sms: 'Your SatuPintu code: {code}. Valid for {minutes} minutes. Do not share this code with anyone, including officers.',
      whatsapp:
        'Your SatuPintu code: *{code}*. Valid for {minutes} minutes. Do not share this code with anyone, including officers.',
    },
  },
  'identity.staff_invited': {
    params: {
      name: 'Siti Rahayu',
      link: 'https://satupintu.example.go.id/invitations/3Fq9ZkP2mW7xR4tB',
      expiresHours: 72,
    },
    id: {
      email: {
        subject: 'Undangan sebagai petugas SatuPintu',
        text:
          'Halo {name},\n\n' +
          'Anda diundang untuk menggunakan SatuPintu sebagai petugas. Buka tautan berikut untuk mengaktifkan akun Anda:\n\n' +
          '{link}\n\n' +
          'Tautan ini berlaku {expiresHours} jam dan hanya dapat digunakan sekali. ' +
          'Jika Anda tidak merasa diundang, abaikan email ini.',
      },
      sms: 'Halo {name}, Anda diundang sebagai petugas SatuPintu. Aktifkan akun dalam {expiresHours} jam: {link}',
      whatsapp:
        'Halo {name}, Anda diundang sebagai petugas SatuPintu. Aktifkan akun Anda dalam {expiresHours} jam melalui tautan ini: {link}',
    },
    en: {
      email: {
        subject: 'Your invitation as a SatuPintu officer',
        text:
          'Hello {name},\n\n' +
          'You are invited to use SatuPintu as an officer. Open this link to activate your account:\n\n' +
          '{link}\n\n' +
          'The link is valid for {expiresHours} hours and can be used once. ' +
          'If you were not expecting an invitation, ignore this email.',
      },
      sms: 'Hello {name}, you are invited as a SatuPintu officer. Activate your account within {expiresHours} hours: {link}',
      whatsapp:
        'Hello {name}, you are invited as a SatuPintu officer. Activate your account within {expiresHours} hours with this link: {link}',
    },
  },
  'identity.deletion_completed': {
    params: { name: 'Budi Santoso' },
    id: {
      email: {
        subject: 'Akun SatuPintu Anda telah dihapus',
        text:
          'Halo {name},\n\n' +
          'Permintaan penghapusan akun SatuPintu Anda telah selesai: data pribadi Anda telah dihapus ' +
          '(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). ' +
          'Catatan yang wajib disimpan menurut peraturan disimpan tanpa identitas Anda.\n\n' +
          'Terima kasih telah menggunakan SatuPintu.',
      },
      sms: 'Halo {name}, akun SatuPintu Anda telah dihapus dan data pribadi Anda tidak lagi kami simpan.',
      whatsapp:
        'Halo {name}, permintaan penghapusan akun SatuPintu Anda telah selesai. Data pribadi Anda tidak lagi kami simpan.',
    },
    en: {
      email: {
        subject: 'Your SatuPintu account has been deleted',
        text:
          'Hello {name},\n\n' +
          'Your request to delete your SatuPintu account is complete: your personal data has been erased ' +
          '(Law No. 27 of 2022 on Personal Data Protection). ' +
          'Records the regulations require us to keep are kept without your identity.\n\n' +
          'Thank you for using SatuPintu.',
      },
      sms: 'Hello {name}, your SatuPintu account has been deleted and we no longer keep your personal data.',
      whatsapp:
        'Hello {name}, your request to delete your SatuPintu account is complete. We no longer keep your personal data.',
    },
  },
});
