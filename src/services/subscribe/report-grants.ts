import type { TemplateKey } from '@/core/notifications'
import type { GrantApi } from './grant-api'

/**
 * After WeChat's prompt: one credit reported per template the user accepted (answers are keyed by
 * template id: 'accept' | 'reject' | 'ban' | 'filter'). Answers the keys reported.
 */
export async function reportGrants(
  keys: readonly TemplateKey[],
  ids: Record<TemplateKey, string>,
  answers: Record<string, unknown>,
  api: GrantApi,
): Promise<TemplateKey[]> {
  const accepted = keys.filter((k) => ids[k] && answers[ids[k]] === 'accept')
  await Promise.allSettled(accepted.map((k) => api.grant(k)))
  return accepted
}
