import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'tests/architecture/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['src/**/*.db.test.ts', 'tests/data/**/*.db.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'tests/data/**/*.db.test.ts'],
          environment: 'node',
          // Apps built by the tests hash NIKs and participants under this key, rather than
          // creating a secret file in the working directory's ./data.
          env: { KAWASAN_NIK_SECRET: 'kunci-uji-basis-data' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
