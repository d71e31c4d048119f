// Relaxed EJSON, the text the store keeps and the SDK exchanges, without paying for EJSON where plain
// JSON is the same text: bson's parser runs a reviver over every value (about 5× JSON.parse) and its
// stringifier copies the document first. A document read from the store remembers its text, so an
// answer that returns it unchanged sends that text instead of encoding it again.
import { EJSON } from 'bson' // the codec @cloudbase/database itself uses (same hoisted copy)

const RELAXED = { relaxed: true }
const bodies = new WeakMap<object, string>()

/**
 * Text without `"$` holds no EJSON type wrapper (and no escaped NUL, which EJSON refuses in keys),
 * so JSON.parse reads it exactly as relaxed EJSON would.
 */
const isPlainText = (text: string) => !text.includes('"$') && !text.includes('\\u0000')

export function parseRelaxed<T = Record<string, unknown>>(text: string): T {
  return (isPlainText(text) ? JSON.parse(text) : EJSON.parse(text, RELAXED)) as T
}

type Parse = (text: string, options?: { relaxed?: boolean; strict?: boolean; legacy?: boolean }) => unknown

/** bson's EJSON.parse with the same shortcut, for the copy the SDK decodes every answer with. */
export function withPlainShortcut(parse: Parse): Parse {
  return (text, options) => {
    const relaxed = !options || (options.relaxed !== false && options.strict !== true && !options.legacy)
    return relaxed && typeof text === 'string' && isPlainText(text) ? JSON.parse(text) : parse(text, options)
  }
}

/** A value of plain JSON types only (no Date, RegExp, BSON value, undefined, -0, NaN) encodes the same either way. */
function plain(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0)
    case 'object': {
      if (v === null) return true
      if (Array.isArray(v)) return v.every(plain)
      const proto = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== null) return false
      for (const k in v) if (!plain((v as Record<string, unknown>)[k])) return false
      return true
    }
    default:
      return false
  }
}

export function stringifyRelaxed(doc: object): string {
  return bodies.get(doc) ?? (plain(doc) ? JSON.stringify(doc) : EJSON.stringify(doc, RELAXED))
}

/** Before a document read from the store is changed in place: its stored text no longer answers for it. */
export function forgetBody<T extends object>(doc: T): T {
  bodies.delete(doc)
  return doc
}

/** A document decoded from its stored text; the text answers for it while nobody changes it. */
export function decodeStored<T extends object>(text: string): T {
  const doc = parseRelaxed<T>(text)
  bodies.set(doc, text)
  return doc
}
