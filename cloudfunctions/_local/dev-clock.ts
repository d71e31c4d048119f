// The clock every local function and timer reads (SPEC §9). It is an offset from real time rather
// than a frozen instant, so deadlines keep approaching while someone clicks through the demo; the
// offset is kept in the data dir so a restart resumes at the same simulated time.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toIso } from '../../src/core/time'
import { installClockHook } from '../_shared/clock'

const MIN_CLOCK_MS = Date.UTC(2000, 0, 1)
const MAX_CLOCK_MS = Date.UTC(2099, 11, 31)

export interface DevClock {
  nowMs(): number
  /** the simulated time as ISO-8601 in +08:00 */
  nowIso(): string
  offsetMs(): number
  /** persist = false for short-lived moves (seeding history) that must not survive a crash */
  setOffset(ms: number, persist?: boolean): void
  set(input: { now?: string; advanceMinutes?: number }): string
  uninstall(): void
}

export function installDevClock(dataDir: string): DevClock {
  const file = join(dataDir, 'clock.json')
  let offset = readOffset(file)

  const save = () => {
    // write-then-rename so a crash never leaves a half-written file behind
    writeFileSync(file + '.tmp', JSON.stringify({ offsetMs: offset }) + '\n')
    renameSync(file + '.tmp', file)
  }
  const nowMs = () => Date.now() + offset
  const uninstall = installClockHook(nowMs)

  return {
    nowMs,
    nowIso: () => toIso(nowMs()),
    offsetMs: () => offset,
    setOffset(ms, persist = true) {
      offset = ms
      if (persist) save()
    },
    set({ now, advanceMinutes }) {
      let target = nowMs()
      if (now !== undefined) {
        const parsed = Date.parse(now)
        if (Number.isNaN(parsed)) throw new RangeError(`not an ISO time: ${now}`)
        target = parsed
      }
      if (advanceMinutes !== undefined) target += advanceMinutes * 60_000
      // checked before saving: a clock outside these years would make every later write fail
      if (!(target >= MIN_CLOCK_MS && target <= MAX_CLOCK_MS)) throw new RangeError('the clock must stay between 2000 and 2099')
      this.setOffset(target - Date.now())
      return toIso(target)
    },
    uninstall,
  }
}

function readOffset(file: string): number {
  if (!existsSync(file)) return 0
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')).offsetMs
    return typeof value === 'number' && Number.isFinite(value) ? value : 0
  } catch {
    return 0
  }
}
