/** Addresses of the kawasan pages. */
export const KAWASAN_LIST_PATH = '/kawasan';
export const KAWASAN_CREATE_PATH = '/kawasan/baru';

export function kawasanPath(id: string): string {
  return `/kawasan/${encodeURIComponent(id)}`;
}

/** What the kawasan page is told on opening a kawasan just created: its name, for a note shown once. */
export interface KawasanCreatedState {
  created: string;
}

export function createdState(name: string): KawasanCreatedState {
  return { created: name };
}

/** The page anyone may read once a kawasan is designated. */
export function kawasanPublicPath(id: string): string {
  return `${kawasanPath(id)}/publik`;
}
