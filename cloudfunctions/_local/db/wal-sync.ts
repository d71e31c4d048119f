// The fsync that makes commits durable, kept off the event loop. SQLite runs with
// synchronous=NORMAL in WAL mode: a COMMIT writes its frames to the WAL without fsync (checkpoints
// still sync the WAL before and the database after), and the committer acknowledges a write only
// once an fsync of the WAL that began after its COMMIT has completed, in the libuv pool. A write is
// acknowledged exactly when it is on disk, as with synchronous=FULL, but the ~4 ms of each fsync no
// longer stall every other call. (Calls may read a commit that is not yet durable; anything that
// depends on it is acknowledged only after a later fsync, which covers it too: the WAL is appended.)
import { closeSync, existsSync, fsync, fsyncSync, openSync } from 'node:fs'

export interface WalSync {
  /** An fsync now, blocking (a write outside the group commit). */
  now(): void
  /** Resolves once an fsync that began after this call has completed; concurrent callers share one. */
  later(): Promise<void>
  close(): void
}

export function createWalSync(walPath: string): WalSync {
  let fd: number | null = null
  let running: Promise<void> | null = null
  let next: Promise<void> | null = null
  const handle = () => {
    if (fd === null && existsSync(walPath)) fd = openSync(walPath, 'r')
    return fd
  }
  const run = (): Promise<void> =>
    new Promise<void>((ok, fail) => {
      const f = handle()
      if (f === null) return ok() // nothing written yet
      fsync(f, (err) => (err ? fail(err) : ok()))
    }).finally(() => {
      running = null
    })

  return {
    now() {
      const f = handle()
      if (f !== null) fsyncSync(f)
    },
    later() {
      if (next) return next // queued behind the one in flight, and so begun after this caller's commit
      if (!running) return (running = run())
      next = running.catch(() => {}).then(() => {
        next = null
        return (running = run())
      })
      return next
    },
    close() {
      if (fd !== null) closeSync(fd)
      fd = null
    },
  }
}
