import { SETTINGS_LIMITS, type Settings } from '@/core/settings'
import { ADMIN_COPY } from '../copy'

/** The settings form as typed: percentages and days as text, so half-typed numbers stay editable. */
export interface SettingsDraft {
  response: string
  resolution: string
  satisfaction: string
  /** percent, e.g. "75" */
  remindPercent: string
  autoCloseDays: string
}

export const draftOf = (s: Settings): SettingsDraft => ({
  response: String(s.weights.response),
  resolution: String(s.weights.resolution),
  satisfaction: String(s.weights.satisfaction),
  remindPercent: String(Math.round(s.remindAtShare * 100)),
  autoCloseDays: String(s.autoCloseDays),
})

const num = (v: string) => (v.trim() === '' ? NaN : Number(v))

/** The settings, or the message of every field that is wrong (the server checks the same again). */
export function parseDraft(d: SettingsDraft): { settings: Settings } | { errors: Partial<Record<keyof SettingsDraft | 'weights', string>> } {
  const errors: Partial<Record<keyof SettingsDraft | 'weights', string>> = {}
  const weights = { response: num(d.response), resolution: num(d.resolution), satisfaction: num(d.satisfaction) }
  for (const k of ['response', 'resolution', 'satisfaction'] as const) {
    if (!(weights[k] >= 0 && weights[k] <= 1)) errors[k] = ADMIN_COPY.errWeight
  }
  const sum = weights.response + weights.resolution + weights.satisfaction
  if (Object.keys(errors).length === 0 && Math.abs(sum - 1) > SETTINGS_LIMITS.weightSumTolerance) errors.weights = ADMIN_COPY.errWeightSum
  const share = num(d.remindPercent) / 100
  const { remindAtShare: r, autoCloseDays: a } = SETTINGS_LIMITS
  if (!(share >= r.min && share <= r.max)) errors.remindPercent = ADMIN_COPY.errRemind
  const days = num(d.autoCloseDays)
  if (!(Number.isInteger(days) && days >= a.min && days <= a.max)) errors.autoCloseDays = ADMIN_COPY.errDays
  if (Object.keys(errors).length) return { errors }
  return { settings: { weights, remindAtShare: share, autoCloseDays: days } }
}
