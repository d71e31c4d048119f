import { createStore } from 'zustand/vanilla'
import type { AdminUserRow, InviteView } from '@/core/admin-types'
import { errorMessage } from '@/services/error-messages'
import { createPagedListStore } from '@/services/paging'
import type { AdminApi, UserFilter } from './api/ports'
import { ADMIN_COPY } from './copy'

export interface UsersState {
  filter: UserFilter
  /** the invite just issued, shown with its text and QR until closed */
  shown: InviteView | null
  /** the user an action is running for */
  busyId: string | null
  /** the outcome of the last action, in words */
  notice: string | null
  error: string | null
  setFilter: (f: Partial<UserFilter>) => void
  invite: (user: AdminUserRow) => Promise<void>
  unbind: (user: AdminUserRow) => Promise<void>
  deactivate: (user: AdminUserRow) => Promise<void>
  closeInvite: () => void
}

/** 用户管理: the paged list (search, filters) and the actions on one user; the list reloads after each. */
export function createUsersStore(api: AdminApi) {
  const list = createPagedListStore<AdminUserRow>((cursor) => api.users(store.getState().filter, cursor))
  const act = async (user: AdminUserRow, run: () => Promise<unknown>, done: string | null) => {
    if (store.getState().busyId) return
    store.setState({ busyId: user.id, notice: null, error: null })
    try {
      await run()
      store.setState({ busyId: null, notice: done })
      await list.getState().load()
    } catch (e) {
      store.setState({ busyId: null, error: errorMessage(e) })
    }
  }
  const store = createStore<UsersState>()((set) => ({
    filter: {},
    shown: null,
    busyId: null,
    notice: null,
    error: null,
    setFilter: (f) => set((s) => ({ filter: { ...s.filter, ...f } })),
    invite: (user) => act(user, async () => set({ shown: await api.invite(user.id) }), null),
    unbind: (user) => act(user, () => api.unbind(user.id), ADMIN_COPY.unbound_done),
    deactivate: (user) => act(user, () => api.deactivate(user.id), ADMIN_COPY.deactivated),
    closeInvite: () => set({ shown: null }),
  }))
  return { store, list }
}
