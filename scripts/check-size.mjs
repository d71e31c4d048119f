#!/usr/bin/env node
// Package budget (SPEC §11): main package ≤ 600 KB, each subpackage ≤ 400 KB (platform limit 2 MB).
// Reads dist/weapp and its app.json; everything not under a subpackage root counts to the main package.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const KB = 1024
const MAIN_BUDGET = 600 * KB
const SUB_BUDGET = 400 * KB
const dir = path.resolve(process.argv[2] ?? 'dist/weapp')

function files(root) {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name)
    return entry.isDirectory() ? files(full) : [full]
  })
}

let appJson
try {
  appJson = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'))
} catch (e) {
  console.error(`check-size: cannot read ${path.join(dir, 'app.json')} — build the mini program first (${e.message})`)
  process.exit(2)
}

const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''))
const totals = new Map([['(main)', 0], ...roots.map((r) => [r, 0])])
// Source maps and license notes are not uploaded with the package.
const counted = (f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt')

for (const file of files(dir).filter(counted)) {
  const rel = path.relative(dir, file).split(path.sep).join('/')
  const owner = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? '(main)'
  totals.set(owner, totals.get(owner) + statSync(file).size)
}

let over = false
const rows = [...totals].map(([name, bytes]) => {
  const budget = name === '(main)' ? MAIN_BUDGET : SUB_BUDGET
  const ok = bytes <= budget
  over ||= !ok
  return { package: name, 'size KB': (bytes / KB).toFixed(1), 'budget KB': budget / KB, status: ok ? 'ok' : 'OVER' }
})
console.table(rows)
const total = [...totals.values()].reduce((a, b) => a + b, 0)
console.log(`total ${(total / KB).toFixed(1)} KB`)
if (over) {
  console.error('check-size: over budget')
  process.exit(1)
}
