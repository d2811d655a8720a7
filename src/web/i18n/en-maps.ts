import type { idMaps } from './id-maps';

/** English: maps of desa by IDM status (spread into en.ts). */
export const enMaps: typeof idMaps = {
  maps: {
    heading: 'Map of village IDM status',
    headingYear: 'Map of village IDM status {{year}}',
    loading: 'Loading the map…',
    notImported: 'No map yet: the boundaries have not been imported.',
    howToImport:
      'Import the boundaries (GeoJSON from Badan Informasi Geospasial) on the server, then reload this page:',
    importCommand: 'kawasan import boundaries <geojson-folder>',
    canvasLabel: 'Map of the villages of {{name}} by IDM status. Drag to move, scroll or pinch to zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show the whole region',
    legend: 'Map colour key',
    noData: 'No data',
    noDataShort: 'no data',
    outlineRegency: 'Regency/city border',
    outlineDistrict: 'District border',
    hint: 'Tap or click a village to see its name, code and status.',
    keyboardHint:
      'With the keyboard: arrows move the map, + and − zoom in and out, 0 shows the whole region, Enter picks the village under the cross in the middle of the map.',
    openVillage: 'Open the page of {{name}}',
    notPlaced: 'This code is not in the current Kemendagri region list.',
    kelurahan: 'Kelurahan: the IDM scores desa only.',
    notScored: 'No IDM value yet.',
    value: 'IDM {{value}}',
    clear: 'Close the village details',
    tooltip: '{{name}} ({{code}}) · {{status}}',
    attribution: 'Boundaries: Badan Informasi Geospasial.',
  },
};
