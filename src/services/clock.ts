import { toIso } from '../core/time'

/** The phone's clock as an ISO time in +08:00 (stores take it as a port so tests fix it). */
export type Clock = () => string

export const systemClock: Clock = () => toIso(Date.now())
