import type { Database } from '../cloud'

/**
 * Once-only marks (`careMarks`, `_id` = what was done): the unique id makes "remind once per
 * condition" and "one missed signal per streak" hold even when two timer runs overlap.
 * Answers true for the caller that set it first.
 */
export async function markOnce(db: Database, key: string, at: string): Promise<boolean> {
  try {
    await db.collection('careMarks').add({ data: { _id: key, at } })
    return true
  } catch (err) {
    const res = await db.collection('careMarks').where({ _id: key }).limit(1).get()
    if (res.data.length > 0) return false
    throw err
  }
}

export async function hasMark(db: Database, key: string): Promise<boolean> {
  const res = await db.collection('careMarks').where({ _id: key }).limit(1).get()
  return res.data.length > 0
}
