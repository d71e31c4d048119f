// The layer rules guard by resolving each import to a file: if resolution silently broke, lint
// would pass everything. These probes lint a line in each layer and expect the rule to answer.
import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result.messages.map((m) => m.ruleId ?? m.message)
}

const layers = 'import-x/no-restricted-paths'

test('the core imports nothing of the app and no platform SDK', async () => {
  expect(await problems('src/core/probe.ts', "import { call } from '../services/call'\nexport const x = call\n")).toEqual([layers])
  expect(await problems('src/core/probe.ts', "import Taro from '@tarojs/taro'\nexport const x = Taro\n")).toEqual(['no-restricted-imports'])
  expect(await problems('src/core/probe.ts', "import { z } from 'zod'\nimport { toIso } from './time'\nexport const x = [z, toIso]\n")).toEqual([])
})

test('a feature may use services and components but not another feature', async () => {
  const ok = "import { ROLE_ORDER } from '@/services/roles'\nimport { ToggleChip } from '@/components/toggle-chip'\nexport const x = [ROLE_ORDER, ToggleChip]\n"
  expect(await problems('src/features/home/probe.ts', ok)).toEqual([])
  expect(await problems('src/features/home/probe.ts', "import { useCare } from '@/features/care/use-care'\nexport const x = useCare\n")).toEqual([layers])
  expect(await problems('src/features/requests/probe.ts', "import { ENTRIES } from '../home/copy'\nexport const x = ENTRIES\n")).toEqual([layers])
})

test('an import that climbs two levels or more into src uses the @/ alias', async () => {
  const climbs = "import { ToggleChip } from '../../components/toggle-chip'\nexport const x = ToggleChip\n"
  expect(await problems('src/features/home/probe.ts', climbs)).toEqual(['no-restricted-imports'])
  expect(await problems('test/ui/probe.ts', "import { ROLE_ORDER } from '../../src/services/roles'\nexport const x = ROLE_ORDER\n")).toEqual(['no-restricted-imports'])
  // one level up stays relative; so do the tests' reaches into scripts and functions
  expect(await problems('src/features/home/components/probe.ts', "import { ENTRIES } from '../copy'\nexport const x = ENTRIES\n")).toEqual([])
  expect(await problems('test/functions/probe.ts', "import { databasePlan } from '../../scripts/db-plan'\nexport const x = databasePlan\n")).toEqual([])
})

test('services and shared components never reach up into features', async () => {
  expect(await problems('src/services/probe.ts', "import { ENTRIES } from '../features/home/copy'\nexport const x = ENTRIES\n")).toEqual([layers])
  expect(await problems('src/services/probe.ts', "import { ToggleChip } from '../components/toggle-chip'\nexport const x = ToggleChip\n")).toEqual([layers])
  expect(await problems('src/components/probe.ts', "import { go } from '../services/navigate'\nexport const x = go\n")).toEqual([])
  expect(await problems('src/components/probe.ts', "import { ENTRIES } from '../features/home/copy'\nexport const x = ENTRIES\n")).toEqual([layers])
})

test('deployed functions use the core but neither the app nor the local runtime', async () => {
  expect(await problems('cloudfunctions/requests/probe.ts', "import { decide } from '../../src/core/lifecycle'\nexport const x = decide\n")).toEqual([])
  expect(await problems('cloudfunctions/requests/probe.ts', "import { call } from '../../src/services/call'\nexport const x = call\n")).toEqual([layers])
  expect(await problems('cloudfunctions/_shared/probe.ts', "import * as seed from '../_local/seed'\nexport const x = seed\n")).toEqual([layers])
  expect(await problems('cloudfunctions/_local/probe.ts', "import * as seed from './seed'\nexport const x = seed\n")).toEqual([])
})

test('a function shares code with another only through _shared', async () => {
  expect(await problems('cloudfunctions/checkins/probe.ts', "import { placeOfCadre } from '../_shared/place'\nexport const x = placeOfCadre\n")).toEqual([])
  expect(await problems('cloudfunctions/checkins/probe.ts', "import { main } from '../care/index'\nexport const x = main\n")).toEqual([layers])
  expect(await problems('cloudfunctions/_shared/probe.ts', "import { main } from '../care/index'\nexport const x = main\n")).toEqual([layers])
})

test('hooks are called unconditionally and file names are kebab-case', async () => {
  const conditional = "import { useState } from 'react'\nexport function useX(on: boolean) { if (on) useState(0) }\n"
  expect(await problems('src/components/probe.ts', conditional)).toEqual(['react-hooks/rules-of-hooks'])
  expect(await problems('src/components/toggleChip.tsx', 'export const x = 1\n')).toEqual(['check-file/filename-naming-convention'])
  expect(await problems('src/services/cloud.weapp.ts', 'export const x = 1\n')).toEqual([])
})
