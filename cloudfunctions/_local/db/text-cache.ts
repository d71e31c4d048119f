// The stored texts of recently read documents, so that the pages every caller reads again (the
// newest requests of a box) come from memory instead of SQLite: reading a request's text out of
// SQLite and making it a JavaScript string costs more than the rest of its page's query.
// Bounded by characters; the least recently read go first. The store keeps it true: every write of
// this connection drops what it changes, and a commit by any other connection drops everything.

export interface TextCache {
  get(coll: string, id: string): string | undefined
  set(coll: string, id: string, text: string): void
  delete(coll: string, id: string): void
  clear(): void
  /** characters held, for tests and figures */
  readonly size: number
}

export function createTextCache(maxChars: number): TextCache {
  const byColl = new Map<string, Map<string, string>>()
  let chars = 0

  /** Least recently read first, from the collection being filled (but not the text just put), then from the others. */
  const evict = (first: Map<string, string>, keep: string) => {
    for (const texts of [first, ...byColl.values()]) {
      for (const [id, text] of texts) {
        if (chars <= maxChars) return
        if (texts === first && id === keep) continue
        texts.delete(id)
        chars -= text.length
      }
    }
  }

  const remove = (coll: string, id: string) => {
    const texts = byColl.get(coll)
    const old = texts?.get(id)
    if (old === undefined) return
    texts!.delete(id)
    chars -= old.length
  }

  return {
    get(coll, id) {
      const texts = byColl.get(coll)
      const text = texts?.get(id)
      if (text === undefined) return undefined
      // read again: to the back of the queue (a Map iterates in insertion order)
      texts!.delete(id)
      texts!.set(id, text)
      return text
    },
    set(coll, id, text) {
      if (text.length > maxChars / 4) {
        remove(coll, id) // one huge document would push out most of the others: not kept
        return
      }
      let texts = byColl.get(coll)
      if (!texts) byColl.set(coll, (texts = new Map()))
      const old = texts.get(id)
      if (old !== undefined) {
        chars -= old.length
        texts.delete(id)
      }
      texts.set(id, text)
      chars += text.length
      if (chars > maxChars) evict(texts, id)
    },
    delete: remove,
    clear() {
      byColl.clear()
      chars = 0
    },
    get size() {
      return chars
    },
  }
}
