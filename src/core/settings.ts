/** Deployment settings the admin edits (SPEC §7.4). Pure: the functions load them and pass them in. */
import { DEFAULT_WEIGHTS, type Weights } from './figures'

export interface Settings {
  /** weights of the score of SPEC §6; they sum to 1 */
  weights: Weights
  /** share of the time to resolveBy after which the liaisons get one 催办 reminder */
  remindAtShare: number
  /** a resolved request nobody rated closes after this many calendar days */
  autoCloseDays: number
}

export const DEFAULT_SETTINGS: Settings = { weights: DEFAULT_WEIGHTS, remindAtShare: 0.75, autoCloseDays: 7 }

/** The bounds the admin form and `settingsSet` share. */
export const SETTINGS_LIMITS = {
  weightSumTolerance: 0.001,
  remindAtShare: { min: 0.5, max: 0.95 },
  autoCloseDays: { min: 1, max: 30 },
} as const

/** A stored document may be missing or partial (older deployments): fill from the defaults. */
export function settingsFrom(doc: Partial<Settings> | null | undefined): Settings {
  return {
    weights: { ...DEFAULT_WEIGHTS, ...(doc?.weights ?? {}) },
    remindAtShare: typeof doc?.remindAtShare === 'number' ? doc.remindAtShare : DEFAULT_SETTINGS.remindAtShare,
    autoCloseDays: typeof doc?.autoCloseDays === 'number' ? doc.autoCloseDays : DEFAULT_SETTINGS.autoCloseDays,
  }
}
