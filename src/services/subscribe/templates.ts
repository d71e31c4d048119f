import type { TemplateKey } from '@/core/notifications'

/**
 * WeChat subscribe-message template ids of the deployment's AppID (公众平台 → 订阅消息), by the key the
 * server counts credits under. Empty: not configured yet, nothing is asked.
 */
export const TEMPLATE_IDS: Record<TemplateKey, string> = {
  newRequest: '',
  overdue: '',
  progress: '',
  careTask: '',
}

/** What each moment asks for (at most 3 per prompt): a cadre after submitting, a liaison signing for. */
export const ASK_AT = {
  submit: ['progress'],
  signFor: ['newRequest', 'overdue'],
} as const satisfies Record<string, readonly TemplateKey[]>

export type AskMoment = keyof typeof ASK_AT
