// Fires timer triggers on their cron schedule in real wall time, as the cloud does (croner keeps
// the time). One run of a trigger at a time: a firing that finds the previous run still going is
// skipped (the cloud would otherwise pile up slow runs), and a manual trigger waits for the running
// one, then runs.
import { parseCron, scheduleCron } from './cron'

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
  running: Promise<unknown> | null
}

export class Timers {
  private slots: Slot[]
  private schedules: Array<{ stop(): void }> = []
  private paused = 0

  constructor(
    triggers: TimerTrigger[],
    private readonly run: Run,
    private readonly log: (line: string) => void,
  ) {
    // a malformed schedule fails the start, not silently later
    for (const t of triggers) parseCron(t.config)
    this.slots = triggers.map((trigger) => ({ trigger, running: null }))
  }

  list(): TimerTrigger[] {
    return this.slots.map((s) => s.trigger)
  }

  start(): void {
    if (this.schedules.length > 0) return
    this.schedules = this.slots.map((slot) => scheduleCron(slot.trigger.config, () => this.due(slot)))
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
    for (const s of this.schedules) s.stop()
    this.schedules = []
    await Promise.all(this.slots.map((s) => s.running))
  }

  private due(slot: Slot): void {
    if (this.paused > 0) return
    if (slot.running) this.log(`timer ${slot.trigger.functionName}/${slot.trigger.name} skipped: previous run still going`)
    else this.runSlot(slot).catch(() => undefined) // failures are logged by runSlot
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
