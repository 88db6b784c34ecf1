import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // A limit only ends a hang: the slowest test, which parses the 652 CommonMark examples one after
          // another, takes a second or two, and several times that on a loaded machine.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
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
      {
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          // Ten real documents, each built into PDF, EPUB and HTML (one Chromium a build), then EPUBCheck:
          // two cases at a time on 2 cores. The book (about 250 pages) is the slowest; the limits leave a
          // slow CI machine room, and nothing asserts wall-clock time.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          maxConcurrency: 2,
          // After the integration tests, so as not to share the cores with them.
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'stress',
          include: ['test/stress/**/*.test.ts'],
          // Huge inputs, floods and hundreds of random documents: tens of seconds each, minutes on a loaded
          // machine. No test has a limit of its own; these only end a hang.
          testTimeout: 1_800_000,
          hookTimeout: 1_800_000,
          maxWorkers: 2,
          // Last, once everything else has passed or failed.
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
