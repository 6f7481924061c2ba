import { BodyTooLargeError, parseBody, renderBody } from '../domain/body.ts'
import { type Snapshot } from '../domain/model.ts'
import { isSealed } from '../domain/snapshot.ts'
import { describeGitHubError, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { GitHubPort } from './port.ts'
import type { Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

/** Redrawing the body from the state until no writer's body shows less than we know. */
export class Publisher {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader
  private readonly rounds: number
  private readonly advice: GitHubAdvice | undefined

  constructor(port: GitHubPort, log: Logger, reader: Reader, rounds: number, advice: GitHubAdvice | undefined) {
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
  async publish(view: TaskListView, options: { converge?: boolean } = {}): Promise<TaskListView> {
    let current = view
    try {
      for (let round = 0; round < this.rounds; round++) {
        const body = renderBody(current.state, current.parts)
        await this.port.updateIssue(current.issue.number, { body })
        current = { ...current, bodyBehind: false, issue: { ...current.issue, body } }
        if (options.converge === false) return current
        const listed = await this.port.listComments(current.issue.number, current.since, current.tailEtag)
        if (listed.value === undefined) return current
        const next = this.reader.foldTail(current, listed.value, listed.etag).view
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
}

function sameTasks(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a.tasks) === JSON.stringify(b.tasks)
}
