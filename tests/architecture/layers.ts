/**
 * The import rules between layers (docs/ARCHITECTURE.md), as data, and a checker.
 * web → contracts, domain; server, cli → services → domain, db; domain imports nothing of ours.
 */
import { dirname, posix, relative, resolve, sep } from 'node:path';

export const LAYERS = ['domain', 'contracts', 'db', 'services', 'server', 'cli', 'web'] as const;
export type Layer = (typeof LAYERS)[number];

/** For each layer, the layers it may import (besides itself). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: [],
  contracts: ['domain'],
  db: ['domain'],
  services: ['domain', 'contracts', 'db'],
  server: ['domain', 'contracts', 'db', 'services'],
  cli: ['domain', 'contracts', 'db', 'services', 'server'],
  web: ['domain', 'contracts'],
};

/** Packages a layer must not use, e.g. I/O in the pure domain. */
export const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  domain: /^(node:|fs$|path$|pg$|@electric-sql\/|drizzle-orm|fastify|react)/,
  contracts: /^(node:|pg$|@electric-sql\/|drizzle-orm|fastify)/,
  web: /^(node:|pg$|@electric-sql\/|drizzle-orm|fastify)/,
};

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

export function layerOf(srcRoot: string, file: string): Layer | null {
  const first = relative(srcRoot, file).split(sep)[0];
  return (LAYERS as readonly string[]).includes(first ?? '') ? (first as Layer) : null;
}

/** Violations in one file: `"<file> imports <spec> (<from> → <to>)"`. */
export function violations(srcRoot: string, file: string, source: string): string[] {
  const from = layerOf(srcRoot, file);
  if (!from) return [];
  const out: string[] = [];
  for (const spec of importsOf(source)) {
    const where = posix.normalize(relative(srcRoot, file).split(sep).join('/'));
    if (spec.startsWith('.')) {
      const to = layerOf(srcRoot, resolve(dirname(file), spec));
      if (to === null) {
        if (!/\.test\.tsx?$/.test(file)) out.push(`${where} imports ${spec} (outside src)`);
      } else if (to !== from && !ALLOWED[from].includes(to))
        out.push(`${where} imports ${spec} (${from} → ${to})`);
    } else if (FORBIDDEN_PACKAGES[from]?.test(spec)) {
      out.push(`${where} imports package ${spec} (not allowed in ${from})`);
    }
  }
  return out;
}
