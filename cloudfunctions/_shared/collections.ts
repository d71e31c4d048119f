// Every collection the deploy creates, with its indexes and its security rule: the one declaration
// that the local database (which builds these indexes and refuses a large query none of them
// serves), `npm run deploy:db` (which writes what to create in a CloudBase environment) and the
// README's deploy steps all read. A new query shape is one line here.
//
// An index is its fields in order; `-field` sorts that field descending. Fields are scalars (the
// local database indexes no arrays). `unique` and `partial` follow MongoDB's createIndex options.

export interface IndexSpec {
  fields: string[]
  unique?: boolean
  /** Only documents matching this filter are indexed (MongoDB `partialFilterExpression`). */
  partial?: Record<string, { $gt: string | number } | { $exists: true }>
}

/** CloudBase's rule "仅云函数可读写": every client read and write goes through the functions. */
export const FUNCTIONS_ONLY = { read: false, write: false } as const

export interface CollectionSpec {
  indexes: IndexSpec[]
  rule: { read: boolean | string; write: boolean | string }
}

const ix = (...fields: string[]): IndexSpec => ({ fields })

export const COLLECTIONS: Record<string, CollectionSpec> = {
  regions: { rule: FUNCTIONS_ONLY, indexes: [ix('parentId', 'level')] },
  units: { rule: FUNCTIONS_ONLY, indexes: [ix('countyId')] },
  pairings: { rule: FUNCTIONS_ONLY, indexes: [ix('villageId'), ix('unitId')] },
  users: {
    rule: FUNCTIONS_ONLY,
    indexes: [
      // unique among bound users only: an unbound record's openid is empty
      { fields: ['openid'], unique: true, partial: { openid: { $gt: '' } } },
      ix('unitId', 'role'),
      ix('townshipId', 'role'),
      ix('countyId', 'role'),
      ix('villageId', 'role'),
      // the admin's users list: name or mobile prefix, all or one county (admin.users)
      ix('name'),
      ix('phone'),
      ix('countyId', 'name'),
      ix('countyId', 'phone'),
      // the import: the active users of the file's counties, and handovers a cut-off call left
      ix('countyId', 'active', '_id'),
      ix('handoverPending'),
    ],
  },
  requests: {
    rule: FUNCTIONS_ONLY,
    indexes: [
      // the four boxes, newest first (requests.list)
      ix('submitterId', '-createdAt'),
      ix('assignedUnitId', '-createdAt'),
      ix('townshipId', '-createdAt'),
      ix('countyId', '-createdAt'),
      // least-loaded routing
      ix('assigneeId', 'status'),
      ix('assigneeId', '-assignedAt'),
      // the scheduler
      ix('status', 'escalateAt'),
      ix('status', 'resolvedAt'),
      ix('rollupPending.at'),
      ix('noticesPending.at'),
      // township and county lists: a request number, and overdue first (requests.list filters)
      ix('no'),
      ix('townshipId', 'status', 'signForBy'),
      ix('townshipId', 'status', 'resolveBy'),
      ix('countyId', 'status', 'signForBy'),
      ix('countyId', 'status', 'resolveBy'),
      // stats.overdue per scope, most overdue first (the status and deadline tests filter the entries)
      ix('townshipId', 'resolveBy'),
      ix('countyId', 'resolveBy'),
      ix('assignedUnitId', 'resolveBy'),
      ix('villageId', 'resolveBy'),
    ],
  },
  counters: { rule: FUNCTIONS_ONLY, indexes: [] },
  calendar: { rule: FUNCTIONS_ONLY, indexes: [] },
  invites: { rule: FUNCTIONS_ONLY, indexes: [ix('-createdAt'), ix('countyId', '-createdAt')] },
  notifications: { rule: FUNCTIONS_ONLY, indexes: [ix('userId', '-createdAt'), ix('userId', 'read')] },
  outbox: { rule: FUNCTIONS_ONLY, indexes: [] },
  // subscribe-message credits per user and template, by _id `userId.templateKey`
  subscribeCredits: { rule: FUNCTIONS_ONLY, indexes: [] },
  consents: { rule: FUNCTIONS_ONLY, indexes: [] },
  checkins: { rule: FUNCTIONS_ONLY, indexes: [ix('cadreId', '-date'), ix('townshipId', 'date'), ix('countyId', 'date')] },
  careTasks: {
    rule: FUNCTIONS_ONLY,
    indexes: [
      ix('homeUnitId', '-openedAt'),
      ix('townshipId', '-openedAt'),
      ix('assigneeId', 'status'),
      ix('assigneeId', '-openedAt'),
      ix('status', 'dueBy'),
      ix('cadreId', 'status', '-closedAt'),
      ix('townshipId', 'status'),
      ix('countyId', 'status'),
      ix('noticesPending.at'),
    ],
  },
  // the care lock; a lock still holding its task's draft is finished by the scheduler
  careOpen: { rule: FUNCTIONS_ONLY, indexes: [ix('draftAt')] },
  careMarks: { rule: FUNCTIONS_ONLY, indexes: [] },
  healthFiles: { rule: FUNCTIONS_ONLY, indexes: [] },
  // statistics (SPEC §6) read rollup documents by _id only
  rollups: { rule: FUNCTIONS_ONLY, indexes: [] },
  audit: { rule: FUNCTIONS_ONLY, indexes: [] },
  settings: { rule: FUNCTIONS_ONLY, indexes: [] },
  // the working-day calendar's per-year status and the scheduler's warning log, by _id
  calendarStatus: { rule: FUNCTIONS_ONLY, indexes: [] },
  // wrong invite codes per OPENID (auth.bind's attempt limit), by _id
  bindAttempts: { rule: FUNCTIONS_ONLY, indexes: [] },
  // one bind at a time per OPENID (auth.bind), by _id
  bindLocks: { rule: FUNCTIONS_ONLY, indexes: [] },
  // staged organisation imports and the import gate, by _id
  orgImports: { rule: FUNCTIONS_ONLY, indexes: [] },
}

/** The collections the deploy creates; reading any other one fails, locally as in the cloud. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS)

/** An index's field name without its direction mark. */
export const fieldOf = (f: string) => (f.startsWith('-') ? f.slice(1) : f)
