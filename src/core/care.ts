/**
 * Care signals and the care task's rules (SPEC §4). Pure: the calendar and `now` come in.
 *
 * "Consecutive check-in days" are check-ins with no working day missed between them: a weekend or a
 * holiday without a check-in does not break a run (Fri unwell, Mon unwell = 2 in a row), a working
 * day without one does.
 */
import type { Calendar } from './calendar'
import type { CareReason, CareSignal, CareTask, Checkin, Talk } from './care-types'
import { AppError } from './errors'
import { addDays, localDate } from './time'

/** How many check-ins in a row make each streak signal. */
export const STREAKS = { unwell: 2, low_mood: 3, high_stress: 3 } as const
/** Working days without a check-in that make `missed`. */
export const MISSED_WORKDAYS = 3
/** A care task is due this many working days after it opens. */
export const CARE_DUE_WORKDAYS = 2

type Answers = Pick<Checkin, 'date' | 'health' | 'mood' | 'stress' | 'wantsContact'>

/** The run of consecutive check-in days that ends with the latest check-in (oldest first). */
export function currentRun<T extends Answers>(history: T[], calendar: Calendar): T[] {
  const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const run: T[] = []
  for (let i = sorted.length - 1; i >= 0; i--) {
    const next = run[0]
    if (next && calendar.workdaysBetween(sorted[i].date, addDays(next.date, -1)) > 0) break
    run.unshift(sorted[i])
  }
  return run
}

/**
 * The signals the latest check-in raises, given the cadre's check-ins counted since the last talk
 * (the latest one included).
 */
export function checkinSignals(history: Answers[], calendar: Calendar): CareReason[] {
  const run = currentRun(history, calendar)
  const latest = run[run.length - 1]
  if (!latest) return []
  const tail = (n: number, test: (c: Answers) => boolean) => run.length >= n && run.slice(-n).every(test)
  const out: CareReason[] = []
  if (tail(STREAKS.unwell, (c) => c.health === 'unwell')) out.push('unwell')
  if (tail(STREAKS.low_mood, (c) => c.mood <= 2)) out.push('low_mood')
  if (tail(STREAKS.high_stress, (c) => c.stress === 'high')) out.push('high_stress')
  if (latest.wantsContact) out.push('asked')
  return out
}

/**
 * `missed`: no check-in on the last 3 working days before `today` (today is not over yet).
 * `since` is the cadre's latest check-in date, or the consent date when there is none.
 */
export function isMissed(since: string, today: string, calendar: Calendar): boolean {
  return calendar.workdaysBetween(since, addDays(today, -1)) >= MISSED_WORKDAYS
}

export interface OpenTaskInput {
  id: string
  cadre: { id: string; name: string; homeUnitId: string | null; villageId: string | null }
  townshipId: string
  countyId: string
  assigneeId: string | null
  reasons: CareReason[]
  now: string
  calendar: Calendar
}

/** A new open task, due in 2 working days. */
export function openTask(i: OpenTaskInput): CareTask {
  if (i.reasons.length === 0) throw new AppError('INPUT.INVALID', 'a care task needs a reason')
  return {
    id: i.id,
    cadreId: i.cadre.id,
    cadreName: i.cadre.name,
    homeUnitId: i.cadre.homeUnitId,
    villageId: i.cadre.villageId,
    townshipId: i.townshipId,
    countyId: i.countyId,
    assigneeId: i.assigneeId,
    status: 'open',
    reasons: addReasons([], i.reasons, i.now),
    openedAt: i.now,
    dueBy: i.calendar.addWorkdays(i.now, CARE_DUE_WORKDAYS),
    overdueNotifiedAt: null,
    closedAt: null,
    talk: null,
    updatedAt: i.now,
    version: 1,
  }
}

/** The open task with the new reasons added; null when it has all of them already. */
export function extendTask(task: CareTask, reasons: CareReason[], now: string): CareTask | null {
  if (task.status !== 'open') throw new AppError('CARE.BAD_STATE', 'the care task is closed')
  const merged = addReasons(task.reasons, reasons, now)
  if (merged.length === task.reasons.length) return null
  return { ...task, reasons: merged, updatedAt: now, version: task.version + 1 }
}

function addReasons(have: CareSignal[], reasons: CareReason[], now: string): CareSignal[] {
  const out = [...have]
  for (const reason of reasons) if (!out.some((s) => s.reason === reason)) out.push({ reason, date: localDate(now), at: now })
  return out
}

/** Records the talk and closes the task. The date is a local date between opening and today. */
export function recordTalk(task: CareTask, talk: Omit<Talk, 'recordedAt'>, now: string): CareTask {
  if (task.status !== 'open') throw new AppError('CARE.BAD_STATE', 'the care task is closed already')
  if (talk.date > localDate(now) || talk.date < localDate(task.openedAt)) {
    throw new AppError('INPUT.INVALID', 'the talk date must lie between the task opening and today', { date: 'out of range' })
  }
  return { ...task, status: 'closed', closedAt: now, talk: { ...talk, recordedAt: now }, updatedAt: now, version: task.version + 1 }
}

export function isCareOverdue(task: Pick<CareTask, 'status' | 'dueBy'>, now: string): boolean {
  return task.status === 'open' && Date.parse(task.dueBy) < Date.parse(now)
}
