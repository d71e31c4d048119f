import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import official from 'chinese-days/dist/chinese-days.json'
import { parseHolidayNotice } from '@/core/holiday-notice'

const fixture = (year: number) => readFileSync(join(__dirname, 'fixtures', `notice-${year}.txt`), 'utf8')

/** `chinese-days` names as "English,中文,n"; notices name 清明节 where the package says 清明. */
const stem = (name: string) => name.replace(/节$/, '')
const packageDays = (table: Record<string, string>, year: number) =>
  Object.entries(table)
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, value]) => ({ date, name: stem(value.split(',')[1]) }))

// 2025 is pasted in the published full-width punctuation, 2026 as a news site reprinted it (half-width).
test.each([2025, 2026])('the %i notice gives exactly the holidays and make-up days chinese-days has', (year) => {
  const parsed = parseHolidayNotice(fixture(year))
  expect(parsed.year).toBe(year)
  const off = parsed.days.filter((d) => d.day === 'off')
  const work = parsed.days.filter((d) => d.day === 'work')
  const holidays = packageDays(official.holidays, year)
  const makeups = packageDays(official.workdays, year)
  expect(off.map((d) => d.date)).toEqual(holidays.map((d) => d.date).sort())
  expect(work.map((d) => d.date)).toEqual(makeups.map((d) => d.date).sort())
  // Names: the package's name for each date is one of the names of the notice's line for it.
  for (const { date, name } of [...holidays, ...makeups]) {
    const line = parsed.days.find((d) => d.date === date)!.name!
    expect(line.split('、').map(stem), date).toContain(name)
  }
})

test('a cross-month range and a range whose end gives only the day', () => {
  const text = '国务院办公厅关于2031年部分节假日安排的通知\n一、国庆节：9月30日（周二）至10月8日（周三）放假调休，共9天。9月28日（周日）上班。\n二、元旦：1月1日(周三)至3日(周五)放假,共3天。'
  const { year, days } = parseHolidayNotice(text)
  expect(year).toBe(2031)
  expect(days.filter((d) => d.day === 'off').map((d) => d.date)).toEqual([
    '2031-01-01', '2031-01-02', '2031-01-03',
    '2031-09-30', '2031-10-01', '2031-10-02', '2031-10-03', '2031-10-04', '2031-10-05', '2031-10-06', '2031-10-07', '2031-10-08',
  ])
  expect(days.find((d) => d.date === '2031-09-28')).toEqual({ date: '2031-09-28', day: 'work', name: '国庆节' })
})

const expectInvalidLine = (text: string, line: string) => {
  try {
    parseHolidayNotice(text)
  } catch (e) {
    expect(e).toMatchObject({ code: 'INPUT.INVALID', fields: { line } })
    return
  }
  throw new Error('expected INPUT.INVALID')
}

test('a line it cannot read is refused, naming that line', () => {
  const broken = '二、春节：2月15日至23日放假调休，共9天。2月14日（周六）补班。'
  expectInvalidLine(fixture(2026).replace(/^二、春节.*$/m, broken), broken)
})

test('a count that does not match its range is refused', () => {
  const line = '三、清明节：4月4日（周六）至6日（周一）放假，共4天。'
  expectInvalidLine(`关于2026年部分节假日安排的通知\n${line}`, line)
})

test('an impossible date is refused', () => {
  const line = '一、元旦：2月30日放假1天。'
  expectInvalidLine(`关于2027年部分节假日安排的通知\n${line}`, line)
})

test('text without the notice title or without any holiday line is refused', () => {
  expect(() => parseHolidayNotice('一、元旦：1月1日放假1天。')).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }))
  expect(() => parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n全文如下')).toThrow(
    expect.objectContaining({ code: 'INPUT.INVALID' }),
  )
})
