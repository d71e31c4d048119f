/**
 * One scheduler run's time budget, well inside the function's timeout (config.json, 20 s): each
 * step reads it between items and stops when it is spent, and the next run (10 minutes later)
 * continues with what is left. Wall time, not the dev clock, which tests freeze or move.
 */
export interface Budget {
  spent(): boolean
  /** when it is spent, in Date.now() terms, for steps that take a deadline */
  endsAt: number
}

/** SCHEDULER_BUDGET_MS overrides the default (tests use a tiny one to see a run continue). */
export const DEFAULT_BUDGET_MS = 10_000

export function createBudget(ms = Number(process.env.SCHEDULER_BUDGET_MS) || DEFAULT_BUDGET_MS): Budget {
  const start = performance.now()
  return { spent: () => performance.now() - start >= ms, endsAt: Date.now() + ms }
}
