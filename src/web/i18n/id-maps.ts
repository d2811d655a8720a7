/** Bahasa Indonesia: maps of desa by IDM status (spread into id.ts). */
export const idMaps = {
  maps: {
    heading: 'Peta status IDM desa',
    headingYear: 'Peta status IDM desa {{year}}',
    loading: 'Memuat peta…',
    notImported: 'Peta belum tersedia: batas wilayah belum diimpor.',
    howToImport:
      'Impor batas wilayah (GeoJSON dari Badan Informasi Geospasial) di server, lalu muat ulang halaman ini:',
    importCommand: 'kawasan import boundaries <folder-geojson>',
    canvasLabel:
      'Peta desa di {{name}} menurut status IDM. Seret untuk menggeser, gulir atau cubit untuk memperbesar.',
    zoomIn: 'Perbesar peta',
    zoomOut: 'Perkecil peta',
    reset: 'Tampilkan seluruh wilayah',
    legend: 'Keterangan warna peta',
    noData: 'Tanpa data',
    noDataShort: 'tanpa data',
    outlineRegency: 'Batas kabupaten/kota',
    outlineDistrict: 'Batas kecamatan',
    hint: 'Ketuk atau klik sebuah desa untuk melihat nama, kode dan statusnya.',
    keyboardHint:
      'Dengan papan ketik: panah menggeser peta, + dan − memperbesar dan memperkecil, 0 menampilkan seluruh wilayah, Enter memilih desa di tanda silang tengah peta.',
    openVillage: 'Buka halaman {{name}}',
    notPlaced: 'Kode ini tidak ada di daftar wilayah Kemendagri saat ini.',
    kelurahan: 'Kelurahan: IDM hanya menilai desa.',
    notScored: 'Belum ada nilai IDM.',
    value: 'Nilai IDM {{value}}',
    clear: 'Tutup keterangan desa',
    tooltip: '{{name}} ({{code}}) · {{status}}',
    attribution: 'Batas wilayah: Badan Informasi Geospasial.',
  },
};
