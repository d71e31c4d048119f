import type { Database } from '../cloud'
import { isTransactionConflict } from './docs'

const MAX_ATTEMPTS = 20

/**
 * The next number of a daily sequence, e.g. QB20261123-0007. A transaction on one document is
 * what the cloud database offers; concurrent submits conflict and retry.
 */
export async function nextRequestNo(db: Database, localDate: string): Promise<string> {
  const key = `requests-${localDate}`
  for (let attempt = 1; ; attempt++) {
    try {
      const seq = await increment(db, key)
      return `QB${localDate.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(err)) throw err
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt))
    }
  }
}

async function increment(db: Database, key: string): Promise<number> {
  return db.runTransaction(async (t: Database) => {
    const ref = t.collection('counters').doc(key)
    let current = 0
    try {
      const res = await ref.get()
      current = Number(res.data?.seq ?? 0)
    } catch {
      current = 0 // the first request of the day: no counter document yet
    }
    await ref.set({ data: { seq: current + 1 } })
    return current + 1
  })
}
