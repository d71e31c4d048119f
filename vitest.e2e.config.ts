import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end: the real runtime (functions + H5 build) driven through Debian's Chromium.
export default defineConfig({
  // the tests read the app's words (copy.ts) through the same alias as the app
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('src/', import.meta.url)) }] },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
