// What the deploy creates in a CloudBase environment, computed from the one declaration in
// cloudfunctions/_shared/collections.ts: per collection its security rule and its indexes, both as
// MongoDB createIndex arguments and in the request shape of @cloudbase/manager-node's
// `database.updateCollection` (`CreateIndexes` with `MgoKeySchema`). Offline and pure, so a test
// checks it and `npm run deploy:db` only prints and writes it.
import { COLLECTIONS, fieldOf, type IndexSpec } from '../cloudfunctions/_shared/collections'

export interface CollectionPlan {
  name: string
  /** CloudBase security rule (安全规则); false/false is "仅云函数可读写" */
  rule: { read: boolean | string; write: boolean | string }
  indexes: {
    name: string
    keys: Record<string, 1 | -1>
    options: { unique?: boolean; partialFilterExpression?: IndexSpec['partial'] }
    manager: { IndexName: string; MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: '1' | '-1' }[] } }
  }[]
}

export function indexTitle(spec: IndexSpec): string {
  return spec.fields.map((f) => `${fieldOf(f).replace(/\./g, '_')}_${f.startsWith('-') ? -1 : 1}`).join('_')
}

export function databasePlan(collections = COLLECTIONS): CollectionPlan[] {
  return Object.entries(collections).map(([name, spec]) => ({
    name,
    rule: spec.rule,
    indexes: spec.indexes.map((ix) => {
      const keys = Object.fromEntries(ix.fields.map((f) => [fieldOf(f), f.startsWith('-') ? -1 : 1])) as Record<string, 1 | -1>
      const title = indexTitle(ix)
      return {
        name: title,
        keys,
        options: { ...(ix.unique ? { unique: true } : {}), ...(ix.partial ? { partialFilterExpression: ix.partial } : {}) },
        manager: {
          IndexName: title,
          MgoKeySchema: { MgoIsUnique: !!ix.unique, MgoIndexKeys: Object.entries(keys).map(([Name, d]) => ({ Name, Direction: d === 1 ? '1' as const : '-1' as const })) },
        },
      }
    }),
  }))
}
