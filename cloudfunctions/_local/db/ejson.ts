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
const isPlainText = (text: string) => !/"\$|\\u0000/.test(text) // one pass: a regex beats two includes

export function parseRelaxed<T = Record<string, unknown>>(text: string): T {
  return (isPlainText(text) ? JSON.parse(text) : EJSON.parse(text, RELAXED)) as T
}

type Parse = (text: string, options?: { relaxed?: boolean; strict?: boolean; legacy?: boolean }) => unknown

/**
 * Documents the shortcut below decoded from text that also names no `coordinates` and no
 * `__proto__` and escapes no character (so neither name can hide in an escape): values the SDK's
 * formatting would copy field by field into an equal tree, which it may therefore keep.
 */
const formatsAsItself = new WeakSet<object>()
// one pass over the text for both checks (five includes cost three times as much on a request)
const SPECIAL = /"\$|\\u|__proto__|"coordinates"/

/** bson's EJSON.parse with the same shortcut, for the copy the SDK decodes every answer with. */
export function withPlainShortcut(parse: Parse): Parse {
  return (text, options) => {
    const relaxed = !options || (options.relaxed !== false && options.strict !== true && !options.legacy)
    if (!relaxed || typeof text !== 'string') return parse(text, options)
    if (SPECIAL.test(text)) return isPlainText(text) ? JSON.parse(text) : parse(text, options)
    // no `"$`, escape, `__proto__` or `coordinates`: plain JSON that formats as itself
    const value: unknown = JSON.parse(text)
    if (value !== null && typeof value === 'object') formatsAsItself.add(value)
    return value
  }
}

type Format = (document: object) => object

/**
 * The SDK's formatting of a decoded document (`Util.formatField`), which rebuilds every object and
 * array of it to turn GeoJSON shapes and `{$date}` into their classes. A document the shortcut
 * above decoded has neither (no `"$`, no `coordinates`), nor an own `__proto__` key that the copy
 * would turn into a prototype, so the copy would equal it: the document itself is the answer.
 */
export function withFormatShortcut(format: Format): Format {
  return (document) => (formatsAsItself.has(document) ? document : format(document))
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

/**
 * What the SDK sends (queries, updates, documents: canonical EJSON, `{"$numberInt": "1"}`) as the
 * values mingo and the store work with: numbers, Dates, RegExps, ids as strings, the SDK's
 * server-date marker as the time of the request. The number and date wrappers are unwrapped after a
 * plain JSON.parse; a text with any other EJSON type goes through bson's parser.
 */
export function parseRequest(text: string, nowMs: () => number): Record<string, unknown> {
  if (isPlainText(text)) return JSON.parse(text)
  if (text.includes('\\u0000')) return revive(EJSON.parse(text, RELAXED), nowMs) as Record<string, unknown>
  try {
    return unwrap(JSON.parse(text), nowMs) as Record<string, unknown>
  } catch (err) {
    if (err !== NEEDS_BSON) throw err
    return revive(EJSON.parse(text, RELAXED), nowMs) as Record<string, unknown>
  }
}

const NEEDS_BSON = new Error('an EJSON type only bson decodes')
const NUMBERS = new Set(['$numberInt', '$numberDouble', '$numberLong'])
const OTHER_TYPES = new Set(['$oid', '$binary', '$uuid', '$symbol', '$numberDecimal', '$minKey', '$maxKey', '$regex', '$regularExpression', '$timestamp', '$code', '$dbPointer', '$ref', '$undefined', '$date'])
const SERVER_DATE = '$tcb_server_date'

function unwrap(value: unknown, nowMs: () => number): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unwrap(value[i], nowMs)
    return value
  }
  if (!value || typeof value !== 'object') return value
  const v = value as Record<string, unknown>
  if (SERVER_DATE in v) return serverDate({ [SERVER_DATE]: unwrap(v[SERVER_DATE], nowMs) }, nowMs)
  const keys = Object.keys(v)
  const only = keys.length === 1 ? keys[0] : null
  if (only && NUMBERS.has(only) && typeof v[only] === 'string') return Number(v[only])
  if (only === '$date' && typeof v.$date === 'string') return new Date(v.$date)
  for (const k of keys) {
    if (NUMBERS.has(k) || OTHER_TYPES.has(k)) throw NEEDS_BSON
    v[k] = unwrap(v[k], nowMs)
  }
  return v
}

function serverDate(v: Record<string, unknown>, nowMs: () => number): Date {
  const { offset = 0 } = v[SERVER_DATE] as { offset?: number }
  return new Date(nowMs() + offset)
}

/** bson leaves regexes and the SDK's server-date marker as objects mingo cannot use. */
function revive(value: unknown, nowMs: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, nowMs))
  if (!value || typeof value !== 'object' || value instanceof Date) return value
  const v = value as Record<string, unknown> & { _bsontype?: string }
  if (v._bsontype === 'BSONRegExp') return new RegExp(String(v.pattern), String(v.options).replace(/[^imsu]/g, ''))
  if (v._bsontype === 'ObjectId' || v._bsontype === 'ObjectID') return String(value)
  if (SERVER_DATE in v) return serverDate(v, nowMs)
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x, nowMs)]))
}
