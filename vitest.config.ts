import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Real Chromium and a JVM per EPUBCheck run: generous limits, few at once on 2 cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // Fast unit tests first, then the slow ones.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
