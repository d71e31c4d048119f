import type { Database } from '../../_shared/cloud'
import { notify as notifyIds } from '../../_shared/notifier'

/** What care sends. Titles and bodies never carry answers, notes or summaries: names and dates only. */
export interface CareNotice {
  title: string
  body: string
  taskId?: string
}

/**
 * Care notices through the shared notifier (inbox + subscribe message). `key` names the occasion so
 * that a repeated run never tells anyone twice.
 */
export async function notify(db: Database, userIds: string[], notice: CareNotice, key: string): Promise<void> {
  if (userIds.length > 0) await notifyIds(db, userIds, { type: 'care_task', ...notice }, key)
}
