// Fires timer triggers on their cron schedule in real wall time, as the cloud does. One run of a
// trigger at a time: a tick that finds the previous run still going is skipped (the cloud would
// otherwise pile up slow runs), and a manual trigger waits for the running one, then runs.
import { parseCron, type Cron } from './cron'

export interface TimerTrigger {
  functionName: string
  name: string
  config: string
}

/** The event a timer-triggered function receives, shaped like the platform's. */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

type Run = (trigger: TimerTrigger) => Promise<unknown>

interface Slot {
  trigger: TimerTrigger
  cron: Cron
  running: Promise<unknown> | null
}

// After a long pause (laptop sleep) do not replay hours of missed seconds, only the last minute.
const MAX_CATCH_UP_SECONDS = 60

export class Timers {
  private slots: Slot[]
  private handle: NodeJS.Timeout | null = null
  private lastSecond = 0
  private paused = 0

  constructor(
    triggers: TimerTrigger[],
    private readonly run: Run,
    private readonly log: (line: string) => void,
  ) {
    this.slots = triggers.map((trigger) => ({ trigger, cron: parseCron(trigger.config), running: null }))
  }

  list(): TimerTrigger[] {
    return this.slots.map((s) => s.trigger)
  }

  start(): void {
    if (this.handle || this.slots.length === 0) return
    this.lastSecond = Math.floor(Date.now() / 1000)
    this.schedule()
  }

  /**
   * Holds scheduled runs while fn runs (seeding moves the clock into the past; a scheduled run in
   * that window would act on a half-written history). Seconds due meanwhile are dropped.
   */
  async whilePaused<T>(fn: () => Promise<T>): Promise<T> {
    this.paused++
    try {
      await Promise.all(this.slots.map((s) => s.running))
      return await fn()
    } finally {
      this.paused--
    }
  }

  /** Runs the function's trigger now; answers its return value. */
  async fire(functionName: string): Promise<unknown> {
    const slot = this.slots.find((s) => s.trigger.functionName === functionName)
    if (!slot) throw new Error(`no timer trigger for function ${functionName}`)
    while (slot.running) await slot.running
    return this.runSlot(slot)
  }

  /** Stops scheduling and waits for runs in flight, so a shutdown never cuts one in half. */
  async stop(): Promise<void> {
    if (this.handle) clearTimeout(this.handle)
    this.handle = null
    await Promise.all(this.slots.map((s) => s.running))
  }

  private schedule(): void {
    // wake just after each second boundary so `matches` sees the second that just began
    this.handle = setTimeout(() => this.tick(), 1000 - (Date.now() % 1000) + 5)
    this.handle.unref()
  }

  private tick(): void {
    const second = Math.floor(Date.now() / 1000)
    const from = Math.max(this.lastSecond + 1, second - MAX_CATCH_UP_SECONDS)
    this.lastSecond = second
    for (const slot of this.slots) {
      let due = false
      for (let s = from; s <= second && !due; s++) due = slot.cron.matches(s * 1000)
      if (!due || this.paused > 0) continue
      if (slot.running) this.log(`timer ${slot.trigger.functionName}/${slot.trigger.name} skipped: previous run still going`)
      else this.runSlot(slot).catch(() => undefined) // failures are logged by runSlot
    }
    if (this.handle) this.schedule()
  }

  private runSlot(slot: Slot): Promise<unknown> {
    const { functionName, name } = slot.trigger
    const started = Date.now()
    const p = this.run(slot.trigger).then(
      (result) => {
        this.log(`timer ${functionName}/${name} ${okText(result)} ${Date.now() - started}ms`)
        return result
      },
      (err: unknown) => {
        this.log(`timer ${functionName}/${name} threw: ${err instanceof Error ? err.message : String(err)}`)
        throw err
      },
    )
    // `running` never rejects: it only marks the slot busy until the run settles
    const settled: Promise<unknown> = p.then(noop, noop).then(() => {
      if (slot.running === settled) slot.running = null
    })
    slot.running = settled
    return p
  }
}

function okText(result: unknown): string {
  const r = result as { ok?: boolean; error?: { code?: string } } | null
  if (r && r.ok === true) return 'ok'
  if (r && r.ok === false) return `error ${r.error?.code ?? ''}`.trim()
  return 'done'
}

function noop(): void {}
