import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

// One runner for core, functions, stores and UI. UI test files opt into happy-dom with
// `// @vitest-environment happy-dom`; function tests run the real bundles through the local backend.
export default defineConfig({
  resolve: {
    alias: [
      // What Taro's H5 build does: the web components for React, the web implementation of the APIs.
      { find: /^@tarojs\/components$/, replacement: here('node_modules/@tarojs/components/lib/react/index.js') },
      { find: /^@tarojs\/taro$/, replacement: here('node_modules/@tarojs/plugin-platform-h5/dist/runtime/apis/index.js') },
      { find: /^@\//, replacement: here('src/') },
    ],
  },
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    'process.env.FRAMEWORK': JSON.stringify('react'),
    'process.env.TARO_VERSION': JSON.stringify('4.2.1'),
    'process.env.SUPPORT_TARO_POLYFILL': JSON.stringify('disabled'),
    'process.env.SUPPORT_DINGTALK_NAVIGATE': JSON.stringify('disabled'),
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'true',
    ENABLE_SIZE_APIS: 'true',
    ENABLE_TEMPLATE_CONTENT: 'true',
    ENABLE_CLONE_NODE: 'true',
    ENABLE_CONTAINS: 'true',
    ENABLE_MUTATION_OBSERVER: 'true',
    DEPRECATED_ADAPTER_COMPONENT: 'false',
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
})
