import { BodyTooLargeError, parseBody, renderBody } from '../domain/body.ts'
import { type Snapshot } from '../domain/model.ts'
import { isSealed } from '../domain/snapshot.ts'
import { isSettled } from '../domain/status.ts'
import { describeGitHubError, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { GitHubPort } from './port.ts'
import { segmentOf, type Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

export interface PublishOptions {
  /** Patch once, without reading the record back (a redraw that follows a refused request). */
  readonly converge?: boolean
  /** Open the issue again if it is closed: an operator sent a task back to PENDING. */
  readonly reopen?: boolean
}

type IssueState = { state: 'open' | 'closed'; stateReason: 'completed' | 'reopened' }

/** Redrawing the body from the state until no writer's body shows less than we know. */
export class Publisher {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader
  private readonly rounds: number
  private readonly advice: GitHubAdvice | undefined
  private readonly closeOnComplete: boolean

  constructor(
    port: GitHubPort,
    log: Logger,
    reader: Reader,
    rounds: number,
    advice: GitHubAdvice | undefined,
    options: { closeOnComplete: boolean },
  ) {
    this.closeOnComplete = options.closeOnComplete
    this.port = port
    this.log = log
    this.reader = reader
    this.rounds = rounds
    this.advice = advice
  }

  /**
   * Writes the snapshot into the body, then reads the record once more: a
   * concurrent writer may have patched in an older fold after ours, so the
   * last writer to look repairs it. A 304 on that read ends it cheaply.
   * A failure here only warns: the record already holds the truth.
   */
  async publish(view: TaskListView, options: PublishOptions = {}): Promise<TaskListView> {
    let current = view
    try {
      for (let round = 0; round < this.rounds; round++) {
        const body = renderBody(current.state, current.parts, this.port.serverNow())
        // Opening or closing rides on the body's write: it costs no request of its own.
        const change = this.stateChange(current, options.reopen === true)
        const answered = await this.port.updateIssue(current.issue.number, { body, ...change })
        if (answered.body.replace(/\r\n/g, '\n') !== body) {
          // GitHub has been seen to answer 200 to an over-long body and keep the old one.
          this.log.warning(
            `TaskList #${current.issue.number}: the record is saved, but GitHub kept the old issue body (it answered the edit without applying it); the next write will try again`,
          )
          return current
        }
        if (change?.state === 'closed')
          this.log.info(`TaskList #${current.issue.number} is complete; closed its issue as completed`)
        if (change?.state === 'open') this.log.info(`TaskList #${current.issue.number} was closed; reopened it`)
        current = {
          ...current,
          bodyBehind: false,
          issue: { ...current.issue, body, ...(change === undefined ? {} : { state: change.state }) },
        }
        if (options.converge === false) return current
        const listed = await this.port.listComments(segmentOf(current), current.since, current.tailEtag)
        if (listed.value === undefined) return current
        let next = this.reader.foldTail(current, listed.value, listed.etag).view
        // Another writer continued the record meanwhile: read on in the new segment, so the body we
        // compare against shows what was written there too.
        if (segmentOf(next) !== segmentOf(current)) next = await this.reader.refresh(next)
        if (sameTasks(next.state, current.state)) return { ...next, bodyBehind: false }
        // Others wrote meanwhile. Patch again only if no writer's body shows all we know yet:
        // each of them checks the same way after its own patch, so the last to look repairs it.
        const fetched = await this.port.getIssue(current.issue.number)
        const shown = fetched.value === undefined ? undefined : parseBody(fetched.value.body)
        const known = next.state.cursor?.id ?? 0
        if (shown?.kind === 'ok' && isSealed(shown.snapshot) && (shown.snapshot.cursor?.id ?? 0) >= known)
          return { ...next, bodyBehind: false }
        current = {
          ...next,
          ...(shown?.kind === 'ok' && fetched.value !== undefined ? { parts: shown.parts, issue: fetched.value } : {}),
        }
      }
      this.log.debug(
        `TaskList #${current.issue.number}: the body was still changing after ${this.rounds} rounds; later writers will refresh it`,
      )
    } catch (error) {
      // The record, which decides every status, is saved; only the view in the body lags.
      this.log.warning(
        `TaskList #${current.issue.number}: the record is saved, but the issue body could not be refreshed (${error instanceof BodyTooLargeError ? error.message : describeGitHubError(error, `issue #${current.issue.number}`, this.advice)}); the next write will try again`,
      )
    }
    return current
  }

  /** Closes a finished TaskList when asked to, and reopens one that an operator sent back. */
  private stateChange(view: TaskListView, reopen: boolean): IssueState | undefined {
    const complete = view.state.tasks.every((task) => isSettled(task.state.status))
    if (view.issue.state === 'open' && complete && this.closeOnComplete)
      return { state: 'closed', stateReason: 'completed' }
    if (view.issue.state === 'closed' && reopen && !complete) return { state: 'open', stateReason: 'reopened' }
    return undefined
  }
}

function sameTasks(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify([a.tasks, a.segments]) === JSON.stringify([b.tasks, b.segments])
}
