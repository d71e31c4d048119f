import type { StoreApi } from 'zustand'
import type { SessionState } from './session'

/** The part of the session store the auth and home stores use. */
export type SessionPort = Pick<StoreApi<SessionState>, 'getState'>
