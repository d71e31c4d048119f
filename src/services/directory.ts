import { create } from 'zustand'
import type { OrgDirectory } from '../core/contract'
import { call } from './call'
import { useSession } from './session'

/**
 * Names for the ids a request carries (units, people), from `org.directory`: the caller's county
 * as the server lets this user see it. Reloaded whenever the signed-in user changes.
 */
interface DirectoryState {
  units: Record<string, string>
  people: Record<string, string>
  /** unit id → ids of its active liaisons */
  unitLiaisons: Record<string, string[]>
  /** village id → name and township (staff only) */
  villages: Record<string, { name: string; townshipId: string }>
  /** whose directory this is */
  userId: string | null
  load: (userId: string, fetch?: () => Promise<OrgDirectory>) => Promise<void>
}

const fetchDirectory = () => call('org', 'directory', {})

export const useDirectory = create<DirectoryState>()((set, get) => ({
  units: {},
  people: {},
  unitLiaisons: {},
  villages: {},
  userId: null,
  load: async (userId, fetch = fetchDirectory) => {
    if (get().userId === userId) return
    set({ userId, units: {}, people: {}, unitLiaisons: {}, villages: {} })
    try {
      const dir = await fetch()
      if (get().userId !== userId) return // another user signed in meanwhile
      set({
        units: Object.fromEntries(dir.units.map((u) => [u.id, u.name])),
        people: Object.fromEntries(dir.people.map((p) => [p.id, p.name])),
        unitLiaisons: Object.fromEntries(dir.units.map((u) => [u.id, u.liaisons ?? []])),
        villages: Object.fromEntries((dir.villages ?? []).map((v) => [v.id, { name: v.name, townshipId: v.townshipId }])),
      })
    } catch {
      // names are a nicety; the screens fall back to generic words; try again next sign-in
      if (get().userId === userId) set({ userId: null })
    }
  },
}))

/** Keeps the directory in step with the session: call once at launch. */
export function followSession(): void {
  const sync = (userId: string | undefined) => {
    if (userId) void useDirectory.getState().load(userId)
  }
  sync(useSession.getState().user?.id)
  useSession.subscribe((s, prev) => {
    if (s.user?.id !== prev.user?.id) sync(s.user?.id)
  })
}

/** A unit as a dispatch or transfer picker shows it: who would sign for it. */
export interface UnitOption {
  id: string
  name: string
  liaisonNames: string[]
}

/** Units with the names of their liaisons; `null` liaisons when the directory did not say. */
export function unitOptions(d: Pick<DirectoryState, 'units' | 'people' | 'unitLiaisons'>): UnitOption[] {
  return Object.entries(d.units).map(([id, name]) => ({
    id,
    name,
    liaisonNames: (d.unitLiaisons[id] ?? []).map((p) => d.people[p] ?? '联络员'),
  }))
}
