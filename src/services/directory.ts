import { create } from 'zustand'
import { fetchDevOrg, fetchDevUsers } from './dev'

/**
 * Names for the ids a request carries (units, people). Filled from the local runtime's dev
 * endpoints; where they are absent (weapp) the screens fall back to generic words.
 */
interface DirectoryState {
  units: Record<string, string>
  people: Record<string, string>
  loaded: boolean
  load: () => Promise<void>
}

export const useDirectory = create<DirectoryState>()((set, get) => ({
  units: {},
  people: {},
  loaded: false,
  load: async () => {
    if (get().loaded) return
    set({ loaded: true })
    try {
      const [org, users] = await Promise.all([fetchDevOrg(), fetchDevUsers()])
      set({
        units: Object.fromEntries(org.units.map((u) => [u.id, u.name])),
        people: Object.fromEntries(users.map((u) => [u.id, u.name])),
      })
    } catch {
      // names are a nicety; the screens work without them
    }
  },
}))
