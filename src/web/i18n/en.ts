import { enAccounts } from './en-accounts';
import { enDanaDesa } from './en-dana-desa';
import { enIndexImport } from './en-index-import';
import { enKawasan } from './en-kawasan';
import { enKawasanPublic } from './en-kawasan-public';
import { enKawasanRecommender } from './en-kawasan-recommender';
import { enKonvergensi } from './en-konvergensi';
import { enMaps } from './en-maps';
import { enMusyawarah } from './en-musyawarah';
import { enPelatihan } from './en-pelatihan';
import { enPelatihanHasil } from './en-pelatihan-hasil';
import { enPendampingan } from './en-pendampingan';
import { enPendampinganCatat } from './en-pendampingan-catat';
import { enRegionalIndex } from './en-regional-index';
import { enRpkp } from './en-rpkp';
import { enUsaha } from './en-usaha';
import { enUsahaHasil } from './en-usaha-hasil';
import { enVillageIndex } from './en-village-index';
import type { Messages } from './id';

/** English. Keys mirror id.ts; Indonesian region terms are kept where they are the official names. */
export const en: Messages = {
  ...enAccounts,
  ...enVillageIndex,
  ...enIndexImport,
  ...enKawasan,
  ...enMaps,
  ...enRegionalIndex,
  ...enKawasanRecommender,
  ...enKawasanPublic,
  ...enMusyawarah,
  ...enRpkp,
  ...enPendampinganCatat,
  ...enPendampingan,
  ...enPelatihan,
  ...enPelatihanHasil,
  ...enUsaha,
  ...enUsahaHasil,
  ...enDanaDesa,
  ...enKonvergensi,
  app: {
    name: 'Kawasan',
    tagline:
      "Indonesia's administrative regions, from province down to village, for community-based rural area development.",
    skipToContent: 'Skip to content',
    homeLink: 'Kawasan, go to home page',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  footer: {
    dataPrefix: 'Region data: Kemendagri, via',
    license: 'Kawasan is open-source software (AGPL-3.0).',
  },
  home: {
    documentTitle: 'Kawasan: regions of Indonesia',
    countsHeading: 'Indonesia in numbers',
    provincesHeading: 'Provinces',
    provincesHint: 'Choose a province to see its regencies, cities, districts and villages.',
  },
  counts: {
    provinces: 'Provinces',
    regencies: 'Regencies/cities',
    districts: 'Districts',
    villages: 'Villages',
    desa: 'Desa',
    kelurahan: 'Kelurahan',
    desaAdat: 'Desa adat',
    regenciesCount_one: '{{count, number}} regency/city',
    regenciesCount_other: '{{count, number}} regencies/cities',
    districtsCount_one: '{{count, number}} district',
    districtsCount_other: '{{count, number}} districts',
    villagesCount_one: '{{count, number}} village',
    villagesCount_other: '{{count, number}} villages',
    breakdownDesa: '{{value}} desa',
    breakdownKelurahan: '{{value}} kelurahan',
    breakdownDesaAdat: '{{value}} desa adat',
  },
  type: {
    province: 'Province',
    regency: 'Regency/City',
    kabupaten: 'Regency (kabupaten)',
    kota: 'City (kota)',
    district: 'District (kecamatan)',
    village: 'Village',
    desa: 'Village (desa)',
    kelurahan: 'Urban village (kelurahan)',
    desa_adat: 'Customary village (desa adat)',
  },
  table: {
    name: 'Name',
    type: 'Type',
    code: 'Code',
  },
  region: {
    breadcrumbs: 'Region location',
    indonesia: 'Indonesia',
    code: 'Region code',
    countsLabel: 'Regions within',
    childrenHeading: {
      province: 'Regencies and cities in {{name}}',
      regency: 'Districts in {{name}}',
      district: 'Villages in {{name}}',
    },
    showing: 'Showing {{from}}–{{to}} of {{total}}',
    pagination: 'Region list pages',
    page: 'Page {{page}}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    noChildren: 'No regions recorded below this one yet.',
    pageOutOfRange: 'There is no page {{page}} in this list.',
    firstPage: 'Go to the first page',
    notFoundTitle: 'Region not found',
    notFoundText: 'There is no region with code {{code}}. Check the code, or search for the village by name.',
    invalidCodeTitle: 'Invalid region code',
    backHome: 'Back to home page',
  },
  profile: {
    heading: 'Profile: {{type}}',
    name: 'Name',
    codeDotted: 'Region code',
    codeCanonical: 'Code (digits only)',
    type: 'Type',
    district: 'District (kecamatan)',
    regency: 'Regency/city',
    province: 'Province',
  },
  search: {
    label: 'Search villages',
    placeholder: 'Search villages…',
    minChars: 'Type at least 2 letters',
    loading: 'Searching…',
    empty: 'No matching villages',
    failed: 'Search failed.',
    within: 'Only in {{name}}',
    firstResults: "First {{count}} results. Type more, or open a region's page to search only within it.",
    resultCount_one: '{{count}} result',
    resultCount_other: '{{count}} results',
    district: '{{name}} District',
    province: '{{name}} Province',
  },
  error: {
    networkTitle: 'Cannot connect',
    networkText: 'The server could not be reached. Check your internet connection, then try again.',
    unavailableTitle: 'Service temporarily unavailable',
    unavailableText: 'The database cannot be reached right now. Please try again shortly.',
    genericTitle: 'Something went wrong',
    genericText: 'The request could not be processed.',
    retry: 'Try again',
    crashTitle: 'The application hit an error',
    reload: 'Reload page',
    pageNotFoundTitle: 'Page not found',
    pageNotFoundText: 'This address does not exist in Kawasan.',
    forbiddenText: 'You are not allowed to do this.',
  },
};
