/**
 * Bahasa Indonesia: the field log form that works without signal and its outbox (spread into
 * id.ts). Category and group labels live once, under `pendampingan.category` and `pendampingan.group`.
 */
export const idPendampinganCatat = {
  catatKegiatan: {
    documentTitle: 'Catat kegiatan pendampingan',
    title: 'Catat kegiatan',
    intro:
      'Catatan disimpan di perangkat ini lebih dahulu, lalu dikirim sendiri begitu ada sinyal. Boleh diisi tanpa sinyal.',
    back: 'Pendampingan',
    offlineTitle: 'Tanpa sinyal',
    offlineText:
      'Perangkat sedang tidak tersambung ke server. Entri tetap dapat disimpan di sini dan akan dikirim otomatis saat tersambung lagi.',
    offlineUnknownText:
      'Tidak ada sinyal, dan formulir belum pernah dibuka dengan akun Anda di peramban ini. Buka halaman ini sekali saat ada sinyal agar dapat dipakai tanpa sinyal.',
    notFacilitatorTitle: 'Bukan akun pendamping',
    notFacilitatorText:
      'Akun ini belum terdaftar sebagai pendamping. Minta admin kabupaten/kota mendaftarkan Anda sebagai pendamping beserta penugasannya.',
    noSayaText:
      'Daftar tempat penugasan Anda belum tersimpan di perangkat ini. Buka halaman ini sekali saat ada sinyal.',
    storageErrorTitle: 'Penyimpanan perangkat tidak dapat dipakai',
    storageErrorText:
      'Peramban tidak mengizinkan penyimpanan data di perangkat (misalnya mode penyamaran atau memori penuh). Entri tidak dapat disimpan tanpa sinyal.',
    fixingTitle: 'Memperbaiki entri yang ditolak server',
    fixingText:
      'Ubah isian sesuai pesan berikut, lalu simpan lagi. Entri dikirim ulang dengan kunci yang sama.',
    fixingGone: 'Entri ini tidak ada lagi di antrean (mungkin sudah terkirim).',
    savedTitle: 'Tersimpan di perangkat',
    savedText:
      'Entri dikirim otomatis begitu tersambung; statusnya terlihat di Antrean kirim. Anda dapat langsung mencatat kegiatan berikutnya.',
    savedAgainText: 'Entri ini sudah tersimpan sebelumnya; tidak dibuat dua kali.',
    revisedText: 'Perbaikan tersimpan. Entri dikirim ulang saat ada sinyal.',
    saveFailed: 'Entri tidak dapat disimpan di perangkat: {{message}}',
    errorsTitle: 'Periksa isian yang ditandai.',
    field: {
      date: 'Tanggal kegiatan',
      place: 'Tempat (desa atau kawasan penugasan)',
      placeHint: 'Hanya tempat penugasan Anda pada tanggal itu yang dapat dicatat.',
      placeEmpty: 'Pilih tempat',
      placeOtherDates: 'Penugasan pada tanggal lain',
      category: 'Jenis pendampingan',
      topic: 'Topik',
      topicHint: 'Misalnya: Penyusunan RKP Desa 2027',
      participants: 'Peserta',
      women: 'Perempuan',
      men: 'Laki-laki',
      total: 'Jumlah: {{count}} orang',
      groups: 'Kelompok peserta',
      activities: 'Yang dilakukan',
      activitiesHint: 'Uraikan jalannya kegiatan: siapa, apa, bagaimana.',
      outputs: 'Hasil/keluaran',
      followUp: 'Tindak lanjut (boleh kosong)',
      evidence: 'Foto dan dokumen bukti',
      evidenceHint:
        'Foto dikecilkan di perangkat sampai sisi terpanjang 1600 piksel sebelum disimpan. PDF paling besar 10 MB. Paling banyak 10 berkas.',
      takePhoto: 'Ambil foto',
      pickFiles: 'Pilih foto atau PDF',
      preparing: 'Menyiapkan berkas…',
      removeFile: 'Hapus {{name}}',
      unreadable:
        'Foto {{name}} tidak dapat dibuka di peramban ini. Simpan sebagai JPEG atau PNG, lalu pilih lagi.',
      gps: 'Lokasi GPS (boleh kosong)',
      takeLocation: 'Ambil lokasi',
      takingLocation: 'Mencari lokasi…',
      removeLocation: 'Hapus lokasi',
      location: '{{lat}}, {{lon}}',
      accuracy: 'ketelitian ±{{meters}} m',
      gpsDenied: 'Izin lokasi ditolak. Izinkan lokasi untuk situs ini di pengaturan peramban, atau lewati.',
      gpsUnavailable: 'Lokasi tidak dapat ditentukan sekarang. Coba lagi di tempat terbuka, atau lewati.',
      gpsTimeout: 'Lokasi belum ditemukan dalam 20 detik. Coba lagi, atau lewati.',
      gpsUnsupported: 'Peramban ini tidak dapat memberi lokasi.',
    },
    placeRequired: 'Pilih desa atau kawasan tempat kegiatan.',
    categoryRequired: 'Pilih jenis pendampingan.',
    save: 'Simpan',
    saveDraft: 'Simpan sebagai draf',
    saveNote:
      '"Simpan" mengajukan catatan ke pengawas begitu terkirim. "Simpan sebagai draf" menyimpannya di server tanpa diajukan.',
    outbox: {
      title: 'Antrean kirim',
      waiting_one: '{{count}} menunggu',
      waiting_other: '{{count}} menunggu',
      needsAttention_one: '{{count}} perlu diperbaiki',
      needsAttention_other: '{{count}} perlu diperbaiki',
      allSent: 'Semua entri sudah terkirim',
      sendNow: 'Kirim sekarang',
      sending: 'Mengirim…',
      offline: 'Belum tersambung ke server; entri dikirim otomatis saat ada sinyal.',
      signedOut: 'Sesi Anda berakhir. Masuk lagi agar entri dapat dikirim.',
      signIn: 'Masuk',
      nextTry: 'dicoba lagi pukul {{time}}',
      draft: 'draf',
      files_one: '{{count}} berkas',
      files_other: '{{count}} berkas',
      fix: 'Perbaiki',
      resend: 'Kirim ulang',
      listLabel: 'Entri yang belum terkirim',
      state: {
        queued: 'Menunggu dikirim',
        sending: 'Sedang dikirim',
        failed: 'Gagal terkirim',
        needs_attention: 'Perlu diperbaiki',
        sent: 'Terkirim',
      },
    },
  },
};
