import { createStore } from 'zustand/vanilla'
import { normaliseInviteCode, INVITE_CODE_LENGTH } from '@/core/invites'
import { errorMessage } from '@/services/error-messages'
import { BIND_COPY } from './copy'
import type { SessionPort } from '@/services/session-port'
import type { BindWithCode } from './api/ports'

export interface BindState {
  code: string
  busy: boolean
  error: string | null
  setCode: (code: string) => void
  /** the code from the QR scene or `?code=`, when the page opens */
  prefill: (code: string | undefined) => void
  submit: () => Promise<boolean>
}

/** The bind page: an unbound WeChat user enters (or arrives with) an invite code. */
export function createBindStore(bind: BindWithCode, session: SessionPort, onBound: () => void) {
  return createStore<BindState>()((set, get) => ({
    code: '',
    busy: false,
    error: null,
    setCode: (code) => set({ code, error: null }),
    prefill: (code) => {
      if (code) set({ code: normaliseInviteCode(code), error: null })
    },
    submit: async () => {
      if (get().busy) return false
      const code = normaliseInviteCode(get().code)
      if (!code) return set({ error: BIND_COPY.empty }), false
      if (code.length !== INVITE_CODE_LENGTH) return set({ error: BIND_COPY.shape }), false
      set({ busy: true, error: null })
      try {
        session.getState().setUser(await bind(code))
        set({ busy: false, code: '' })
        onBound()
        return true
      } catch (e) {
        set({ busy: false, error: errorMessage(e) })
        return false
      }
    },
  }))
}
