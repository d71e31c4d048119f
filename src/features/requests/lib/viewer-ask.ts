import type { CommandType } from '@/core/lifecycle/commands'
import type { ServiceRequest } from '@/core/types'

/**
 * What the request waits on from this viewer, shown first on the detail screen (issue 13): the
 * liaison's question with the reply box, the rating, the sign-for, the extension decision.
 */
export type Ask =
  | { kind: 'reply'; question: string; askedAt: string }
  | { kind: 'confirm'; note: string | null }
  | { kind: 'signFor'; signForBy: string | null }
  | { kind: 'decideExtension'; days: number; reason: string }

/** Most pressing first: a request can ask only one of these of one viewer, but be sure. */
export function viewerAsk(req: ServiceRequest | null, actions: readonly CommandType[]): Ask | null {
  if (!req) return null
  if (actions.includes('reply')) return { kind: 'reply', ...latestQuestion(req) }
  if (actions.includes('confirm')) return { kind: 'confirm', note: req.resolutionNote }
  if (actions.includes('signFor')) return { kind: 'signFor', signForBy: req.signForBy }
  if (actions.includes('decideExtension') && req.extension) {
    return { kind: 'decideExtension', days: req.extension.days, reason: req.extension.reason }
  }
  return null
}

/** The actions the ask block takes, so the button row below does not offer them twice. */
export const ASK_ACTIONS: Record<Ask['kind'], CommandType> = {
  reply: 'reply',
  confirm: 'confirm',
  signFor: 'signFor',
  decideExtension: 'decideExtension',
}

function latestQuestion(req: ServiceRequest): { question: string; askedAt: string } {
  for (let i = req.events.length - 1; i >= 0; i--) {
    const ev = req.events[i]
    if (ev.type === 'requestInfo') return { question: String(ev.question ?? ''), askedAt: ev.at }
  }
  return { question: '', askedAt: '' }
}
