import { findTask } from '../app/find-task.ts'
import { leaseExpiry } from '../domain/fold.ts'
import type { Holder } from '../domain/claim.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'

/** Long commands get the body redrawn while they run, so people see IN_PROGRESS there too. */
const BODY_REFRESH_AFTER_MS = 10_000

export interface ClaimKeeperOptions {
  readonly store: TaskListStore
  readonly log: Logger
  readonly view: TaskListView
  readonly taskId: string
  readonly claimId: string
  readonly leaseSec: number
  readonly holder: Holder
}

/**
 * Keeps a claim alive while its command runs: renews the lease a third of the way through it,
 * redraws the body once, and notices a lost claim. Its writes go out one after another, so a
 * renewal never races the final record; the command is stopped when the claim is lost, so the
 * task has one runner.
 */
export class ClaimKeeper {
  private latest: TaskListView
  private writes: Promise<unknown> = Promise.resolve()
  private timers: Array<ReturnType<typeof setTimeout>> = []
  private stopCommand: (signal: NodeJS.Signals) => void = () => undefined
  /** Who took the claim, once it is lost. */
  lostTo: string | undefined

  private readonly options: ClaimKeeperOptions

  constructor(options: ClaimKeeperOptions) {
    this.options = options
    this.latest = options.view
  }

  /** The newest view of the TaskList this keeper has written or read. */
  get view(): TaskListView {
    return this.latest
  }

  /** A claim whose read-back took long may be near the end of its lease: renew before the command starts. */
  async renewIfLeaseShort(): Promise<void> {
    const claim = this.task().state.claim
    const third = (this.options.leaseSec * 1000) / 3
    if (claim !== undefined && leaseExpiry(claim) - this.options.store.now() < third)
      await this.enqueue(() => this.renew())
  }

  /** Starts renewing and refreshing; `stop` stops the running command when the claim is lost. */
  keep(stop: (signal: NodeJS.Signals) => void): void {
    this.stopCommand = stop
    const { log, leaseSec, store } = this.options
    this.timers.push(
      setTimeout(() => {
        this.enqueue(async () => {
          this.latest = await store.publish({ ...this.latest }, { converge: false })
        }).catch((error: unknown) => log.warning(`Could not refresh the TaskList body: ${String(error)}`))
      }, BODY_REFRESH_AFTER_MS),
      setInterval(
        () => {
          this.enqueue(() => this.renew()).catch((error: unknown) =>
            log.warning(`Could not renew the lease of ${this.name()}; will try again: ${String(error)}`),
          )
        },
        Math.max(1000, (leaseSec * 1000) / 3),
      ),
    )
  }

  /** Stops the timers and waits for any write under way, so the final record comes after it. */
  async stop(): Promise<TaskListView> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers = []
    await this.writes
    return this.latest
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work)
    this.writes = next.catch(() => undefined)
    return next
  }

  private task() {
    return findTask(this.latest.state, this.options.taskId, this.latest.issue.number).task
  }

  private name(): string {
    return this.task().definition.name
  }

  private async renew(): Promise<void> {
    const { store, log, taskId, claimId, leaseSec, holder } = this.options
    const task = this.task()
    const submission = await store.submit(this.latest, {
      op: 'renew',
      task: taskId,
      name: task.definition.name,
      ver: task.state.version,
      from: 'IN_PROGRESS',
      to: 'IN_PROGRESS',
      authority: 'workflow',
      claim: claimId,
      lease: leaseSec,
      holder,
    })
    this.latest = submission.view
    const now = this.task()
    if (now.state.status !== 'IN_PROGRESS' || now.state.claim?.id !== claimId) {
      this.lostTo = now.state.claim?.holder.label ?? 'another writer'
      log.warning(
        `${task.definition.name}: this job lost its claim to ${this.lostTo}; stopping the command so the task has one runner`,
      )
      this.stopCommand('SIGTERM')
    }
  }
}
