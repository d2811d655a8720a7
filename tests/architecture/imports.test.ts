import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, violations } from './layers.ts';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

describe('layer import rules', () => {
  it('hold for every source file', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => violations(SRC, f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['domain/x.ts', "import { db } from '../db/client.ts';", 1],
    ['domain/x.ts', "import { readFile } from 'node:fs/promises';", 1],
    ['domain/x.ts', "import { parseCsv } from './csv.ts';", 0],
    [
      'web/features/a.tsx',
      "import { createRegionService } from '../../services/regions/region.service.ts';",
      1,
    ],
    ['web/features/a.tsx', "const m = await import('../../server/app.ts');", 1],
    ['web/features/a.tsx', "import type { RegionRef } from '../../contracts/regions.contract.ts';", 0],
    ['web/features/a.tsx', "export { x } from '../../db/schema.ts';", 1],
    ['services/a.ts', "import { buildApp } from '../server/app.ts';", 1],
    ['server/a.ts', "import { x } from '../services/regions/region.service.ts';", 0],
    ['contracts/a.ts', "import { x } from '../db/schema.ts';", 1],
  ])('checks %s: %s', (file, source, count) => {
    expect(violations(SRC, join(SRC, file), source)).toHaveLength(count);
  });

  it('reads static, dynamic and side-effect imports', () => {
    expect(
      importsOf(
        "import a from 'a';\nimport type { B } from \"b\";\nimport 'c';\nconst d = await import('d');\nexport * from 'e';",
      ),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
