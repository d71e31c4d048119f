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
  /** whose directory this is */
  userId: string | null
  load: (userId: string, fetch?: () => Promise<OrgDirectory>) => Promise<void>
}

const fetchDirectory = () => call('org', 'directory', {})

export const useDirectory = create<DirectoryState>()((set, get) => ({
  units: {},
  people: {},
  userId: null,
  load: async (userId, fetch = fetchDirectory) => {
    if (get().userId === userId) return
    set({ userId, units: {}, people: {} })
    try {
      const dir = await fetch()
      if (get().userId !== userId) return // another user signed in meanwhile
      set({
        units: Object.fromEntries(dir.units.map((u) => [u.id, u.name])),
        people: Object.fromEntries(dir.people.map((p) => [p.id, p.name])),
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
