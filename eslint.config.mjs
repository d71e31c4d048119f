// Lint guards what the compiler cannot: the direction of imports between layers (STYLE.md,
// "Imports flow one way"), the React hooks rules, and kebab-case file names. Deliberately small:
// no style rules, so lint never competes with the code for attention.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import reactHooks from 'eslint-plugin-react-hooks'
import checkFile from 'eslint-plugin-check-file'

const root = import.meta.dirname
const dirsIn = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)

// Read from disk so a new feature or function is covered without editing this file.
const features = dirsIn('src/features')
const deployed = dirsIn('cloudfunctions').filter((d) => d !== '_local')
const APP_TOP = ['./src/pages', './src/app.ts', './src/app.config.ts']
const ALIAS = 'Use the @/ alias for an import that climbs two levels or more into src.'

const zones = [
  // The core is pure and shared with the functions: it imports nothing of ours outside itself.
  {
    target: './src/core',
    from: ['./src', './cloudfunctions', './test', './scripts', './config'],
    except: ['./core'],
    message: 'src/core imports only src/core.',
  },
  // Services are the client's adapters: core only (no UI, no features).
  {
    target: './src/services',
    from: ['./src/components', './src/features', ...APP_TOP],
    message: 'src/services imports only src/core and other services.',
  },
  // Shared UI may use core and services, never a feature or a page.
  {
    target: './src/components',
    from: ['./src/features', ...APP_TOP],
    message: 'src/components imports only src/core, src/services and other components.',
  },
  // A feature stands alone: what two features share moves down to services or components.
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: ['./src/features', ...APP_TOP],
    except: [`./${f}`],
    message: 'A feature imports core, services, components and styles, never another feature or a page.',
  })),
  // The app and its functions are separate programs; the core is the only shared code.
  {
    target: './cloudfunctions',
    from: './src',
    except: ['./core'],
    message: 'cloudfunctions may import src/core only, not the app.',
  },
  // A function is deployed alone: it imports its own folder and _shared, never another function;
  // what two functions use lives in _shared, which imports no function.
  ...deployed.map((d) => ({
    target: `./cloudfunctions/${d}`,
    from: './cloudfunctions',
    except: d === '_shared' ? ['./_shared', './_local'] : [`./${d}`, './_shared', './_local'],
    message: 'A cloud function imports only its own folder and cloudfunctions/_shared; shared server code lives in _shared.',
  })),
  // The local runtime is a stand-in for the cloud: nothing that is deployed may depend on it.
  {
    target: deployed.map((d) => `./cloudfunctions/${d}`),
    from: './cloudfunctions/_local',
    message: 'Deployed code (functions, _shared) must not import cloudfunctions/_local.',
  },
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'stubs/**', '.data*/**', '.swc/**'] },
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    // The plugin is registered (no rules on) so the code's existing `@typescript-eslint/*` disable
    // comments resolve; they stay as notes of where `any`/`require` are deliberate, hence not reported.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // `x.weapp.ts`, `x.test.ts`: only the part before the first dot must be kebab-case.
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mts,mjs,js,less}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  // React code only: test/e2e's `useDemoApp()` is a test fixture, not a hook.
  {
    files: ['src/**/*.{ts,tsx}', 'test/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // One way to reach across src: an import that climbs two levels or more says `@/…` instead.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../../*'], message: ALIAS }] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./){2,}src/', message: ALIAS }] }] },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tarojs/*', '@nutui/*', 'wx-server-sdk', 'react', 'react-dom', 'zustand'],
              message: 'src/core is pure: no platform, UI or server SDK imports.' },
          ],
        },
      ],
    },
  },
)
