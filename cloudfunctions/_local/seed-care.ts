// Check-in history, care tasks and health files for the demo, played through the real `checkins`
// and `care` functions with the dev clock set back, so no care screen starts empty:
// 周志强 unwell on his last two check-ins (open task), 吴晓燕 a low-mood streak with the talk
// recorded (closed task), 郑海涛 asked to be contacted yesterday (open task); 胡文斌 stopped
// checking in (the timer finds `missed`); 何俊杰 and 孙丽娟 steady. 林春梅 has no history.
import { CONSENT_VERSION } from '../../src/core/care-types'
import { createCalendar } from '../../src/core/calendar'
import { addDays, localDate } from '../../src/core/time'
import type { Runtime } from './runtime'

type Answers = { health: 'good' | 'fair' | 'unwell'; mood: number; stress: 'low' | 'medium' | 'high'; note?: string; wantsContact?: boolean }
const GOOD: Answers = { health: 'good', mood: 4, stress: 'low' }

interface CareStory {
  cadre: number
  /** working days back → answers; other working days in the span: GOOD */
  days: number
  special?: Record<number, Answers>
  /** working days back at which the cadre stopped checking in */
  stoppedAt?: number
  file?: { lastExamDate: string | null; leaveEntitled: number; leaveTaken: number; insuranceUntil: string | null }
  talk?: { atDay: number; mode: 'in_person' | 'phone' | 'video'; summary: string }
}

const HOUR = 3600_000

export async function seedCare(rt: Runtime, warn: (line: string) => void): Promise<number> {
  if (!rt.functions.includes('checkins') || !rt.functions.includes('care')) return 0
  const calendar = createCalendar()
  const today = localDate(Date.now())
  // working days before today, newest first
  const back: string[] = []
  for (let d = addDays(today, -1); back.length < 15; d = addDays(d, -1)) if (calendar.isWorkday(d)) back.push(d)
  const year = Number(today.slice(0, 4))
  const stories: CareStory[] = [
    { cadre: 1, days: 12, special: { 2: { health: 'unwell', mood: 3, stress: 'medium', note: '连续几天头晕，可能是血压高' }, 1: { health: 'unwell', mood: 2, stress: 'medium', note: '还是头晕，想去县医院看看' } },
      file: { lastExamDate: `${year - 2}-09-15`, leaveEntitled: 10, leaveTaken: 2, insuranceUntil: `${year + 1}-03-31` } },
    { cadre: 2, days: 14, special: { 10: { health: 'fair', mood: 2, stress: 'high', note: '迎检材料多，睡不好' }, 9: { health: 'fair', mood: 2, stress: 'high' }, 8: { health: 'fair', mood: 1, stress: 'high', note: '压力很大' } },
      talk: { atDay: 7, mode: 'in_person', summary: '到村里当面谈心，协调单位派人协助整理迎检材料，约定每周电话沟通。' },
      file: { lastExamDate: `${year}-04-20`, leaveEntitled: 12, leaveTaken: 5, insuranceUntil: addDays(today, 20) } },
    { cadre: 3, days: 10, special: { 1: { health: 'good', mood: 3, stress: 'medium', note: '家里老人住院，想请几天假', wantsContact: true } } },
    { cadre: 4, days: 8 },
    { cadre: 6, days: 12, stoppedAt: 5, file: { lastExamDate: `${year}-06-01`, leaveEntitled: 10, leaveTaken: 0, insuranceUntil: `${year + 1}-06-30` } },
    { cadre: 8, days: 9, file: { lastExamDate: `${year}-03-12`, leaveEntitled: 15, leaveTaken: 4, insuranceUntil: `${year}-12-31` } },
  ]
  let count = 0
  for (const s of stories) {
    const openid = `dev-cadre-${s.cadre}`
    const call = async (fn: string, action: string, payload: object, at: number, who = openid) => {
      rt.clock.setOffset(at - Date.now(), false)
      const answer = (await rt.invoke(fn, { action, ...payload }, { openid: who })) as { ok: boolean; data?: any; error?: { code: string } }
      if (!answer.ok) warn(`seed: ${fn}.${action} for cadre ${s.cadre} failed: ${answer.error?.code}`)
      return answer.ok ? answer.data : null
    }
    const at = (date: string, hours: number) => Date.parse(`${date}T00:00:00+08:00`) + hours * HOUR
    await call('checkins', 'consent', { version: CONSENT_VERSION }, at(back[s.days - 1], 8))
    if (s.file) await call('care', 'updateHealthFile', s.file, at(back[s.days - 1], 8.2))
    for (let n = s.days - 1; n >= 1; n--) {
      if (s.stoppedAt && n < s.stoppedAt) break
      if (await call('checkins', 'submit', s.special?.[n] ?? GOOD, at(back[n - 1], 8 + (n % 3) * 0.4))) count++
      if (s.talk?.atDay === n) {
        const task = (await rt.sdk.database().collection('careTasks').where({ cadreId: `u-cadre-${s.cadre}`, status: 'open' }).limit(1).get()).data[0]
        const liaison = task?.assigneeId ? `dev-${String(task.assigneeId).slice(2)}` : null
        if (liaison) await call('care', 'record', { taskId: task._id, date: back[n - 1], mode: s.talk.mode, summary: s.talk.summary }, at(back[n - 1], 16), liaison)
      }
    }
  }
  return count
}
