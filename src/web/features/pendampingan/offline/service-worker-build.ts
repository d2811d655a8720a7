/**
 * The Vite build step for the service worker: `service-worker.ts` becomes `/sw.js` at the web
 * root (so its scope is the whole app), with the list of files to store on install — index.html
 * and every hashed asset of this build — and a version derived from that list written in front
 * of it. A new build with any changed file has new asset names, so a new version, a new cache,
 * and the browser installs the new worker. Only in `vite build`; the dev server has no worker.
 */
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/** A short stable hash (FNV-1a, 32 bits) of the file list, as the cache version. */
export function manifestVersion(files: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of files.join('\n')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What the worker stores: index.html first, then the build's files (no maps, not itself). */
export function shellFiles(bundleFiles: readonly string[]): string[] {
  const assets = bundleFiles
    .filter((f) => f !== SERVICE_WORKER_FILE && f !== 'index.html' && !f.endsWith('.map'))
    .map((f) => `/${f}`)
    .sort();
  return ['/index.html', ...assets];
}

export function serviceWorkerPlugin(entry: string): Plugin {
  return {
    name: 'kawasan-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== 'chunk') this.error(`${SERVICE_WORKER_FILE} was not built`);
      if (worker.imports.length > 0 || worker.dynamicImports.length > 0)
        this.error(`${SERVICE_WORKER_FILE} must not import other modules (a classic worker script)`);
      const files = shellFiles(Object.keys(bundle));
      const manifest = { version: manifestVersion(files), files };
      worker.code = `const KAWASAN_SW_MANIFEST = ${JSON.stringify(manifest)};\n${worker.code}`;
    },
  };
}
