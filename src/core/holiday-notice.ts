/**
 * Reads the State Council's yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知, SPEC §7.3) into
 * the days it changes: holidays (`off`) and make-up working days (`work`). Pure; the admin reviews
 * the result before it is applied as that year's overrides.
 */
import type { DayOverride } from './calendar'
import { AppError } from './errors'
import { addDays, startOfLocalDate } from './time'

export interface NoticeDay {
  date: string
  day: DayOverride
  /** the holiday's heading in the notice, e.g. `春节` or `国庆节、中秋节` */
  name?: string
}

export interface ParsedNotice {
  year: number
  days: NoticeDay[]
}

/** Full-width punctuation and digits as the notice is often pasted from a web page or a PDF. */
function normalise(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/[．.]/g, '。')
    .replace(/[\u00a0\u3000\t ]+/g, '')
}

const YEAR_RE = /关于(\d{4})年部分节假日安排|现将(\d{4})年/
/** A schedule line: `一、元旦:…` (the numbering may be missing when only the lines are pasted). */
const LINE_RE = /^(?:[一二三四五六七八九十]+、)?([\u4e00-\u9fa5、]{1,12}):(.*\d+月\d+日.*)$/
const RANGE_RE = /^(\d{1,2})月(\d{1,2})日(?:至(?:(\d{1,2})月)?(\d{1,2})日)?放假/
const WORK_RE = /^\d{1,2}月\d{1,2}日(?:、\d{1,2}月\d{1,2}日)*上班$/
const TOTAL_RE = /共(\d+)天/
/** Sentence parts that carry no dates of their own. */
const NOISE_RE = /^(?:不调休|与周末连休|共\d+天)?$/

function bad(line: string, why: string): never {
  throw new AppError('INPUT.INVALID', `cannot read the line: ${line}`, { line, text: why })
}

function dateOf(year: number, month: string, day: string, line: string): string {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  try {
    startOfLocalDate(date)
  } catch {
    bad(line, `no such date ${date}`)
  }
  return date
}

function parseLine(year: number, raw: string, name: string, body: string): NoticeDay[] {
  const days: NoticeDay[] = []
  // Weekday and lunar notes in brackets ("(周四)", "(农历除夕、周二)") only restate the date.
  const sentences = body.replace(/\([^()]*\)/g, '').split(/[。;]/)
  for (const sentence of sentences) {
    const range = RANGE_RE.exec(sentence)
    if (range) {
      const [, m1, d1, m2, d2] = range
      const from = dateOf(year, m1, d1, raw)
      const to = d2 ? dateOf(year, m2 ?? m1, d2, raw) : from
      if (to < from) bad(raw, 'range ends before it starts')
      const before = days.length
      for (let d = from; d <= to; d = addDays(d, 1)) days.push({ date: d, day: 'off', name })
      const rest = sentence.slice(range[0].length).replace(/^调休|^\d+天/, '').split(',')
      const total = TOTAL_RE.exec(sentence)
      if (total && +total[1] !== days.length - before) bad(raw, `共${total[1]}天 but the range has ${days.length - before}`)
      if (!rest.every((part) => NOISE_RE.test(part))) bad(raw, 'unexpected words after the range')
      continue
    }
    if (WORK_RE.test(sentence)) {
      for (const m of sentence.matchAll(/(\d{1,2})月(\d{1,2})日/g)) days.push({ date: dateOf(year, m[1], m[2], raw), day: 'work', name })
      continue
    }
    if (!NOISE_RE.test(sentence)) bad(raw, `cannot read "${sentence}"`)
  }
  if (!days.some((d) => d.day === 'off')) bad(raw, 'no holiday in this line')
  return days
}

/**
 * Parses the notice. The year comes from the title (or "现将YYYY年…"); every line of the form
 * `<holiday>:<dates>` must be read completely, otherwise `INPUT.INVALID` names the line.
 */
export function parseHolidayNotice(text: string): ParsedNotice {
  const lines = String(text).split(/\r?\n/).map((raw) => ({ raw: raw.trim(), norm: normalise(raw) }))
  const yearMatch = lines.map((l) => YEAR_RE.exec(l.norm)).find(Boolean)
  if (!yearMatch) throw new AppError('INPUT.INVALID', 'no year: the title 关于YYYY年部分节假日安排的通知 is missing', { text: 'no year' })
  const year = +(yearMatch[1] ?? yearMatch[2])
  const byDate = new Map<string, NoticeDay>()
  for (const { raw, norm } of lines) {
    const m = LINE_RE.exec(norm)
    if (!m) continue
    for (const day of parseLine(year, raw, m[1], m[2])) {
      const seen = byDate.get(day.date)
      if (seen && seen.day !== day.day) bad(raw, `${day.date} is both a holiday and a working day`)
      if (!seen) byDate.set(day.date, day)
    }
  }
  if (byDate.size === 0) throw new AppError('INPUT.INVALID', 'no holiday lines in the text', { text: 'no holiday lines' })
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
  return { year, days }
}
