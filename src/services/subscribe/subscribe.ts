/**
 * Asks for one-time subscribe-message credits (SPEC §5). Web has no subscribe messages: nothing to
 * ask; `subscribe.weapp.ts` asks WeChat and reports what was granted.
 */
import type { AskMoment } from './templates'

export function askSubscribe(_moment: AskMoment): void {}
