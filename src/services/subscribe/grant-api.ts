import type { TemplateKey } from '@/core/notifications'
import { call } from '../call'

/** Reports one subscribe-message credit the user granted; a fake in tests. */
export interface GrantApi {
  grant: (templateKey: TemplateKey) => Promise<unknown>
}

export const grantApi: GrantApi = {
  grant: (templateKey) => call('notifications', 'grant', { templateKey, count: 1 }),
}
