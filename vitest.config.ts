import { defineConfig } from 'vitest/config'

// One runner for core, functions, stores and UI. UI test files opt into happy-dom with
// `// @vitest-environment happy-dom`; function tests run the real bundles through the local backend.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
})
