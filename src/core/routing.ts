/** Routing at submit time (SPEC §3.2): which unit, then which liaison inside it. */
import type { Pairing, RequestKind, User } from './types'

/** Support goes to the village's lead paired unit, a difficulty to the cadre's 派出单位; null = nobody. */
export function chooseUnit(
  kind: RequestKind,
  cadre: Pick<User, 'villageId' | 'homeUnitId'>,
  pairings: Pairing[],
): string | null {
  switch (kind) {
    case 'support':
      return pairings.find((p) => p.lead && p.villageId === cadre.villageId)?.unitId ?? null
    case 'difficulty':
      return cadre.homeUnitId ?? null
    default: {
      const _: never = kind
      return _
    }
  }
}

/** An active liaison of the unit with their open requests (assigned, in progress, awaiting submitter). */
export interface LiaisonLoad {
  userId: string
  openCount: number
  /** ISO time of their latest assignment; null = never assigned */
  lastAssignedAt: string | null
}

/** Fewest open first; ties to the one assigned least recently (never = first); then by userId. */
export function chooseLiaison(loads: LiaisonLoad[]): string | null {
  const sorted = [...loads].sort(
    (a, b) =>
      a.openCount - b.openCount ||
      compareLastAssigned(a.lastAssignedAt, b.lastAssignedAt) ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  )
  return sorted[0]?.userId ?? null
}

function compareLastAssigned(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return Date.parse(a) - Date.parse(b)
}
