import { createHash } from 'node:crypto'
import { BodyTooLargeError, parseBody, renderBody } from '../domain/body.ts'
import { genesisSnapshot } from '../domain/snapshot.ts'
import type { TaskSpec } from '../domain/task-spec.ts'
import { LabelsDroppedError, LockFailedError, TooManyTasksError } from './errors.ts'
import { describeFault, writeFault } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { GitHubPort, IssueData } from './port.ts'
import { TASKLIST_LABEL, type Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

export { TASKLIST_LABEL } from './reading.ts'

export function keyLabel(key: string): string {
  return `tasklist-key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`
}

export interface CreateInput {
  readonly title: string
  readonly tasks: readonly TaskSpec[]
  readonly key?: string
  readonly labels: readonly string[]
  readonly trusted: readonly string[]
  readonly now: string
  /** Lock the conversation to people with write access, so strangers cannot spend its comments. */
  readonly lock?: boolean
}

/** Creating a TaskList, once per key: creates that race on one key agree on the lowest issue number. */
export class Creator {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader

  constructor(port: GitHubPort, log: Logger, reader: Reader) {
    this.port = port
    this.log = log
    this.reader = reader
  }

  async create(input: CreateInput): Promise<{ view: TaskListView; created: boolean }> {
    const labelsForKey = input.key === undefined ? [] : [keyLabel(input.key)]
    if (input.key !== undefined) {
      const existing = await this.findByKey(input.key)
      if (existing !== undefined) return { view: await this.existing(existing, input), created: false }
    }
    const genesis = genesisSnapshot({
      title: input.title,
      ...(input.key === undefined ? {} : { key: input.key }),
      trusted: input.trusted,
      tasks: input.tasks,
      now: input.now,
    })
    let body: string
    try {
      body = renderBody(genesis)
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw new TooManyTasksError(input.tasks.length, error.message)
      throw error
    }
    let issue: IssueData
    try {
      issue = await this.port.createIssue({
        title: input.title,
        body,
        labels: [...new Set([TASKLIST_LABEL, ...labelsForKey, ...input.labels])],
      })
    } catch (error) {
      throw writeFault({ what: 'the repository, opening the TaskList issue', cause: error })
    }
    if (!issue.labels.some((label) => label.toLowerCase() === TASKLIST_LABEL)) await this.undo(issue)
    if (input.lock === true) issue = await this.lock(issue, 'was created')
    if (input.key !== undefined) {
      // Two creates with one key may race past the lookup; the lowest issue number wins everywhere.
      const winner = await this.findByKey(input.key)
      if (winner !== undefined && winner.issue.number !== issue.number) {
        await this.closeDuplicate(issue, winner.issue.number)
        return { view: await this.existing(winner, input), created: false }
      }
    }
    const trusted = this.reader.trustedOf(issue.author, genesis.trusted)
    return {
      view: {
        issue,
        parts: { before: '', after: '' },
        base: genesis,
        state: genesis,
        tailRead: true,
        since: undefined,
        tailEtag: undefined,
        trusted,
        bodyBehind: false,
        stateBlockEdited: false,
      },
      created: true,
    }
  }

  /** The TaskList a key already names, read on; locked now if this create asks for a lock it lacks. */
  private async existing(found: TaskListView, input: CreateInput): Promise<TaskListView> {
    const view = await this.reader.refresh(found)
    if (input.lock !== true || view.issue.locked === true) return view
    return { ...view, issue: await this.lock(view.issue, 'is there') }
  }

  private async lock(issue: IssueData, state: 'was created' | 'is there'): Promise<IssueData> {
    try {
      await this.port.lockIssue(issue.number)
      return { ...issue, locked: true }
    } catch (error) {
      const fault = {
        what: `issue #${issue.number}`,
        cause: error,
        before: `TaskList #${issue.number} ${state}, but locking its conversation failed: `,
      }
      throw new LockFailedError(issue.number, describeFault(fault), fault)
    }
  }

  private async findByKey(key: string): Promise<TaskListView | undefined> {
    const found = await this.reader.read(
      () => this.port.findIssuesByLabels([TASKLIST_LABEL, keyLabel(key)]).then((value) => ({ value, etag: undefined })),
      'TaskLists by key',
    )
    for (const issue of [...(found.value ?? [])].sort((a, b) => a.number - b.number)) {
      const parsed = parseBody(issue.body)
      if (parsed.kind === 'ok' && parsed.snapshot.key === key) return this.reader.viewOf(issue)
    }
    return undefined
  }

  /**
   * GitHub dropped the labels, as it does for accounts without push access: without `tasklist` the
   * issue is no TaskList and a key would never find it. Empty and close it (the issues API cannot
   * delete an issue), then refuse.
   */
  private async undo(issue: IssueData): Promise<never> {
    try {
      await this.port.updateIssue(issue.number, {
        body: 'Not a TaskList: GitHub dropped its labels, as it does for accounts without push access.',
        state: 'closed',
        stateReason: 'not_planned',
      })
    } catch (error) {
      this.log.warning(
        `could not close #${issue.number}, opened without its labels: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    throw new LabelsDroppedError(issue.author, issue.number)
  }

  private async closeDuplicate(issue: IssueData, winner: number): Promise<void> {
    this.log.info(
      `TaskList #${winner} was created concurrently with the same key; closing #${issue.number} as its duplicate`,
    )
    try {
      await this.port.updateIssue(issue.number, {
        body: `Duplicate of #${winner}: another job created a TaskList with the same key at the same moment.`,
        state: 'closed',
        stateReason: 'not_planned',
      })
    } catch (error) {
      throw writeFault({
        what: `issue #${issue.number}`,
        cause: error,
        before: `created #${issue.number} while #${winner} has the same key, and could not close it: `,
        after: `; close #${issue.number} by hand`,
      })
    }
  }
}
