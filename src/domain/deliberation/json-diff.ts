/**
 * Where two JSON values differ, as field issues: how a published deliberation result is checked
 * against the result recomputed from its own inputs.
 */
import type { FieldIssue } from '../errors.ts';

const MAX_DIFFERENCES = 50;

function show(value: unknown): string {
  return value === undefined ? '(tidak ada)' : JSON.stringify(value);
}

function walk(published: unknown, recomputed: unknown, path: string, out: FieldIssue[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (Array.isArray(published) && Array.isArray(recomputed)) {
    if (published.length !== recomputed.length) {
      out.push({
        field: path,
        message: `Diterbitkan ${published.length} baris, hasil hitung ulang ${recomputed.length} baris.`,
      });
    }
    const n = Math.min(published.length, recomputed.length);
    for (let i = 0; i < n; i++) walk(published[i], recomputed[i], `${path}[${i}]`, out);
    return;
  }
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(published) && isObject(recomputed)) {
    const a = published as Record<string, unknown>;
    const b = recomputed as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) walk(a[key], b[key], path === '' ? key : `${path}.${key}`, out);
    return;
  }
  if (published !== recomputed) {
    out.push({
      field: path,
      message: `Diterbitkan ${show(published)}, hasil hitung ulang ${show(recomputed)}.`,
    });
  }
}

/** Every place (up to 50) where `published` differs from `recomputed`; none when they agree. */
export function jsonDifferences(published: unknown, recomputed: unknown, path = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  walk(published, recomputed, path, out);
  return out;
}
