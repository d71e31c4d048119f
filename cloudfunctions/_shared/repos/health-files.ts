import type { HealthFile } from '../../../src/core/care-types'
import { emptyHealthFile } from '../../../src/core/health-file'
import type { Database } from '../cloud'

const FILES = 'healthFiles'

export function createHealthRepo(db: Database) {
  const _ = db.command
  return {
    async of(cadreId: string): Promise<HealthFile> {
      const res = await db.collection(FILES).where({ _id: cadreId }).limit(1).get()
      const doc = res.data[0]
      if (!doc) return emptyHealthFile(cadreId)
      const { _id, ...rest } = doc
      return { ...emptyHealthFile(cadreId), ...rest, cadreId }
    },

    async put(file: HealthFile): Promise<void> {
      const { cadreId, ...fields } = file
      await db.collection(FILES).doc(cadreId).set({ data: fields })
    },

    /** Files a page at a time by cadre id (the scheduler's reminder sweep). */
    async after(afterId: string, limit = 100): Promise<HealthFile[]> {
      const where = afterId ? { _id: _.gt(afterId) } : {}
      const res = await db.collection(FILES).where(where).orderBy('_id', 'asc').limit(limit).get()
      return res.data.map(({ _id, ...rest }: Record<string, unknown>) => ({ ...emptyHealthFile(String(_id)), ...rest, cadreId: String(_id) }))
    },
  }
}
