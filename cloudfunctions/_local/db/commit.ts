// Group commit: the writes that arrive while the event loop is busy share one SQLite transaction
// and so one fsync. Each write is evaluated in arrival order inside it (in its own savepoint, so a
// failed one undoes only itself) and is acknowledged only after the commit is on disk: durability
// is that of one commit per write, at a fraction of the fsyncs, which run off the event loop
// (wal-sync.ts) while the next batch is evaluated.
import type { Store } from './store'

interface Job {
  fn: () => unknown
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

export function createCommitter(store: Store) {
  let queue: Job[] = []
  let scheduled = false

  const flush = () => {
    scheduled = false
    const jobs = queue
    queue = []
    const results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = []
    try {
      store.batch(() => {
        for (const job of jobs) {
          try {
            results.push({ ok: true, value: store.batch(job.fn) })
          } catch (error) {
            results.push({ ok: false, error })
          }
        }
      })
    } catch (error) {
      for (const job of jobs) job.reject(error) // nothing of this batch is on disk
      return
    }
    // acknowledged once on disk; the next batch commits meanwhile and waits for the next fsync
    store.durable().then(
      () =>
        jobs.forEach((job, i) => {
          const r = results[i]
          if (r.ok) job.resolve(r.value)
          else job.reject(r.error)
        }),
      (error: unknown) => jobs.forEach((job) => job.reject(error)),
    )
  }

  return {
    /** Runs fn in the next group commit; settles once that commit is durable. */
    run<T>(fn: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (v: unknown) => void, reject })
        if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      })
    },
  }
}
