import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/fuzz-seed.ts'],
    testTimeout: 20_000,
    // Machines are shared and noisy; a slow test is not a failed one, but a hang is.
    hookTimeout: 60_000,
  },
});
