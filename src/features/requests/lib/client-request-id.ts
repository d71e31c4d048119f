/** A fresh idempotency key for a new draft: 8–64 of [A-Za-z0-9_-] as the submit schema requires. */
export function newClientRequestId(): string {
  const rand = Math.random().toString(36).slice(2, 12).padEnd(10, '0')
  return `${Date.now().toString(36)}-${rand}`
}
