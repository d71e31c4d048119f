import type { Page } from '@/core/contract'

// one request and user builder for every test
export { buildRequest, buildUser, people } from '../builders'

export const page = <T>(items: T[], cursor: string | null = null): Page<T> => ({ items, cursor })

/** A StateStorage kept in memory, to look at what a store persisted. */
export function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (name: string) => data.get(name) ?? null,
    setItem: (name: string, value: string) => void data.set(name, value),
    removeItem: (name: string) => void data.delete(name),
  }
}
