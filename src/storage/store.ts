import { createHash } from 'node:crypto'
import { BodyTooLargeError, parseBody, renderBody, type BodyParts } from '../domain/body.ts'
import { renderRecordComment, type RecordCommentExtras } from '../domain/comment.ts'
import { DEFINITIONS_MISMATCH, fold, trustedAuthors, type FoldEvent, type LogComment } from '../domain/fold.ts'
import { newRecordId, type TaskRecord } from '../domain/record.ts'
import { genesisSnapshot, isSealed, specsOf, type Snapshot } from '../domain/snapshot.ts'
import type { TaskSpec } from '../domain/task-spec.ts'
import { InputError, NotATaskListError, ReadError, StateValidationError, WriteError } from './errors.ts'
import { ACTION_ADVICE, describeGitHubError, isDefiniteRefusal, type GitHubAdvice } from './github-errors.ts'
import type { CommentData, Fetched, GitHubPort, IssueData } from './port.ts'

export const TASKLIST_LABEL = 'tasklist'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
}

/** What a process knows of one TaskList: the issue, its snapshot and the folded state. */
export interface TaskListView {
  readonly issue: IssueData
  readonly parts: BodyParts
  /** The snapshot folds start from: the sealed body, or a genesis when the body was edited by hand. */
  readonly base: Snapshot
  /** `base` plus every record read so far. Equal to `base` until the tail is read. */
  readonly state: Snapshot
  readonly folded: boolean
  /** The `since` of tail reads: the base cursor's time, so one page covers what is new. */
  readonly since: string | undefined
  readonly tailEtag: string | undefined
  readonly trusted: ReadonlySet<string>
  /** The body does not show `state` yet. */
  readonly bodyStale: boolean
  readonly rebuilt: boolean
  /** The body lagged a page or more behind the record; worth redrawing even on a read. */
  readonly lagged?: boolean
}

/** A record to write; `rec` may be chosen in advance, so a caller can remember it before it is posted. */
export type RecordDraft = Omit<TaskRecord, 'tasklist' | 'rec' | 'defs'> & { rec?: string }

export type Submission =
  | { kind: 'applied'; view: TaskListView; record: TaskRecord; comment: CommentData }
  | { kind: 'rejected'; view: TaskListView; record: TaskRecord; comment: CommentData; reason: string }

export interface StoreOptions {
  readonly extraTrusted?: readonly string[]
  /** Pause before reading again when a just-written comment is not visible yet. */
  readonly settleMs?: number
  readonly publishRounds?: number
  /** How error lines advise on token and access problems. */
  readonly advice?: GitHubAdvice
}

export function keyLabel(key: string): string {
  return `tasklist-key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * TaskList storage on GitHub issues. Comments are the append-only record;
 * the body is a snapshot that says how far it has folded. See docs/storage.md.
 */
export class TaskListStore {
  private readonly warned = new Set<number>()
  private readonly extraTrusted: readonly string[]
  private readonly settleMs: number
  private readonly publishRounds: number
  private readonly advice: GitHubAdvice

  readonly port: GitHubPort
  private readonly log: Logger

  constructor(port: GitHubPort, log: Logger, options: StoreOptions = {}) {
    this.port = port
    this.log = log
    this.extraTrusted = options.extraTrusted ?? []
    this.settleMs = options.settleMs ?? 500
    this.publishRounds = options.publishRounds ?? 6
    this.advice = options.advice ?? ACTION_ADVICE
  }

  /** One read: the issue and its snapshot. The tail is read by `fold` or by a submission. */
  async readSnapshot(issueNumber: number): Promise<TaskListView> {
    const issue = (await this.read(() => this.port.getIssue(issueNumber), `issue #${issueNumber}`)).value
    if (issue === undefined) throw new StateValidationError(`GitHub answered 304 for issue #${issueNumber} without a cached copy; re-run the step`)
    return this.viewOf(issue)
  }

  /** Builds a view from an issue already read, e.g. one found by its key label. */
  async viewOf(issue: IssueData): Promise<TaskListView> {
    const parsed = parseBody(issue.body)
    if (parsed.kind === 'not-tasklist') {
      throw new NotATaskListError(`issue #${issue.number} is not a TaskList: its body has no TaskList block; check the TaskList ID (the number of an issue that create made)`)
    }
    if (parsed.kind === 'invalid') {
      throw new StateValidationError(`TaskList #${issue.number}: ${parsed.error}; restore the block from the issue's edit history, or create a new TaskList`)
    }
    const snapshot = parsed.snapshot
    const trusted = trustedAuthors(issue.author, snapshot.trusted, this.extraTrusted)
    if (isSealed(snapshot)) {
      return {
        issue,
        parts: parsed.parts,
        base: snapshot,
        state: snapshot,
        folded: false,
        since: snapshot.cursor?.at,
        tailEtag: undefined,
        trusted,
        bodyStale: false,
        rebuilt: false,
      }
    }
    return this.rebuild(issue, parsed.parts, snapshot)
  }

  /**
   * The state block was edited by hand: its statuses count for nothing. Replay
   * the whole record from an all-PENDING genesis instead, trusting only the
   * issue's author and the trusted-authors input (the block's list is suspect).
   */
  private async rebuild(issue: IssueData, parts: BodyParts, edited: Snapshot): Promise<TaskListView> {
    this.log.warning(
      `TaskList #${issue.number}: the state block was edited by hand and does not match what the action wrote; ignoring its statuses and rebuilding them from the comment record`,
    )
    const genesis = genesisSnapshot({ title: edited.title, ...(edited.key === undefined ? {} : { key: edited.key }), trusted: [], tasks: specsOf(edited), now: edited.created })
    const trusted = trustedAuthors(issue.author, this.extraTrusted)
    const listed = await this.read(() => this.port.listComments(issue.number, undefined), `the comments of issue #${issue.number}`)
    const comments = listed.value ?? []
    const result = fold(genesis, comments.map(logComment), trusted)
    const foreignDefs = result.events.find((e) => e.kind === 'rejected' && e.reason === DEFINITIONS_MISMATCH)
    if (foreignDefs !== undefined) {
      throw new StateValidationError(
        `TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`,
      )
    }
    this.reportForeign(result.events)
    return {
      issue,
      parts,
      base: genesis,
      state: result.snapshot,
      folded: true,
      since: undefined,
      tailEtag: undefined,
      trusted,
      bodyStale: true,
      rebuilt: true,
    }
  }

  /** Reads the records newer than the snapshot and folds them in. */
  async fold(view: TaskListView): Promise<TaskListView> {
    const listed = await this.read(
      () => this.port.listComments(view.issue.number, view.since, view.folded ? view.tailEtag : undefined),
      `the comments of issue #${view.issue.number}`,
    )
    if (listed.value === undefined) return view
    return this.foldComments(view, listed.value, listed.etag)
  }

  async load(issueNumber: number): Promise<TaskListView> {
    return this.fold(await this.readSnapshot(issueNumber))
  }

  private foldComments(view: TaskListView, comments: readonly CommentData[], etag: string | undefined): TaskListView {
    return this.foldTail(view, comments, etag).view
  }

  /** Folds a tail read onto the view's base, reporting foreign comments once. */
  private foldTail(view: TaskListView, comments: readonly CommentData[], etag: string | undefined): { view: TaskListView; events: readonly FoldEvent[] } {
    const result = fold(view.base, comments.map(logComment), view.trusted)
    this.reportForeign(result.events)
    const bodyStale = view.bodyStale || result.events.some((e) => e.kind === 'applied')
    return { view: rebaseIfLong({ ...view, state: result.snapshot, folded: true, tailEtag: etag, bodyStale }, comments.length), events: result.events }
  }

  private reportForeign(events: readonly FoldEvent[]): void {
    for (const event of events) {
      if (event.kind !== 'untrusted' && event.kind !== 'malformed') continue
      if (this.warned.has(event.comment.id)) continue
      this.warned.add(event.comment.id)
      if (event.kind === 'untrusted') {
        this.log.warning(
          `Ignored comment ${event.comment.id} by @${event.comment.login}: it looks like a TaskList record, but records are trusted only from the issue's author and trusted-authors`,
        )
      } else {
        this.log.warning(`Ignored comment ${event.comment.id} by @${event.comment.login}: ${event.error}`)
      }
    }
  }

  /**
   * Appends one record and reads the record back to learn whether it won: the
   * fold is the only judge, so a step reports exactly what GitHub holds.
   */
  async submit(view: TaskListView, draft: RecordDraft, extras: RecordCommentExtras = {}): Promise<Submission> {
    const { rec, ...fields } = draft
    const record: TaskRecord = { tasklist: 1, rec: rec ?? newRecordId(), defs: view.base.defs, ...fields }
    const body = renderRecordComment(record, extras)
    const posted = await this.post(view, record, body)
    for (let attempt = 0; attempt < 4; attempt++) {
      let listed: Fetched<CommentData[]>
      try {
        listed = await this.port.listComments(view.issue.number, view.since)
      } catch (error) {
        throw new WriteError(
          `TaskList #${view.issue.number}: record ${record.rec} (${record.name}: ${record.from} -> ${record.to}) was written, but reading it back failed (${describeGitHubError(error, `issue #${view.issue.number}`, this.advice)}); GitHub may or may not hold it, re-run the step to settle it`,
        )
      }
      const comments = listed.value ?? []
      const events = fold(view.base, comments.map(logComment), view.trusted).events
      const mine = events.find((e): e is Extract<FoldEvent, { kind: 'applied' | 'rejected' }> => (e.kind === 'applied' || e.kind === 'rejected') && e.record.rec === record.rec)
      const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id)
      if (mine === undefined && distrusted !== undefined) {
        await this.annotate(posted, `@${posted.login} is not trusted by this TaskList`)
        throw new WriteError(
          `TaskList #${view.issue.number} trusts records only from @${view.issue.author} and its trusted authors, not from @${posted.login}, the account of this token; use the token that created the TaskList, or add ${posted.login} to trusted-authors`,
        )
      }
      if (mine !== undefined) {
        // The body does not show this record yet, whatever the fold says of others.
        const next = { ...this.foldTail(view, comments, listed.etag).view, bodyStale: true }
        const comment = comments.find((c) => c.id === mine.comment.id) ?? posted
        if (mine.kind === 'applied') return { kind: 'applied', view: next, record, comment }
        return { kind: 'rejected', view: next, record, comment, reason: mine.reason }
      }
      await sleep(this.settleMs * (attempt + 1))
    }
    throw new WriteError(
      `TaskList #${view.issue.number}: record ${record.rec} (${record.name}: ${record.from} -> ${record.to}) was posted but GitHub does not list it; re-run the step, the record is counted once`,
    )
  }

  /**
   * Posts a record comment. A response lost after GitHub applied the write is
   * resolved by looking for the record id; posting again is safe because the
   * fold counts a record id once.
   */
  private async post(view: TaskListView, record: TaskRecord, body: string): Promise<CommentData> {
    let lastError: unknown
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.port.createComment(view.issue.number, body)
      } catch (error) {
        if (isDefiniteRefusal(error)) throw new WriteError(describeGitHubError(error, `a comment on issue #${view.issue.number}`, this.advice))
        lastError = error
        this.log.warning(`Writing the record for ${record.name} failed (${describeGitHubError(error, `issue #${view.issue.number}`, this.advice)}); checking whether GitHub applied it`)
        try {
          const listed = await this.port.listComments(view.issue.number, view.since)
          const landed = listed.value?.find((c) => c.body.includes(`"rec":"${record.rec}"`))
          if (landed !== undefined) return landed
        } catch (readError) {
          lastError = readError
        }
      }
    }
    throw new WriteError(
      `TaskList #${view.issue.number}: could not record ${record.name}: ${record.from} -> ${record.to}: ${describeGitHubError(lastError, `issue #${view.issue.number}`, this.advice)}; GitHub may or may not hold record ${record.rec}, re-run the step to settle it`,
    )
  }

  /** Marks a comment whose record lost its race, so reviewers are not misled. */
  async markNotApplied(submission: Extract<Submission, { kind: 'rejected' }>): Promise<void> {
    await this.annotate(submission.comment, submission.reason)
  }

  private async annotate(comment: CommentData, reason: string): Promise<void> {
    const note = `> [!NOTE]\n> Not applied: ${reason.replace(/[<>&@`]/g, ' ')}.\n\n`
    try {
      await this.port.updateComment(comment.id, note + comment.body)
    } catch (error) {
      this.log.debug(`could not annotate comment ${comment.id}: ${describeGitHubError(error, 'the comment', this.advice)}`)
    }
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
      for (let round = 0; round < this.publishRounds; round++) {
        const body = renderBody(current.state, current.parts)
        await this.port.updateIssue(current.issue.number, { body })
        current = { ...current, bodyStale: false, issue: { ...current.issue, body } }
        if (options.converge === false) return current
        const listed = await this.port.listComments(current.issue.number, current.since, current.tailEtag)
        if (listed.value === undefined) return current
        const next = this.foldComments(current, listed.value, listed.etag)
        if (sameTasks(next.state, current.state)) return { ...next, bodyStale: false }
        // Others wrote meanwhile. Patch again only if no writer's body shows all we know yet:
        // each of them checks the same way after its own patch, so the last to look repairs it.
        const fetched = await this.port.getIssue(current.issue.number)
        const shown = fetched.value === undefined ? undefined : parseBody(fetched.value.body)
        const known = next.state.cursor?.id ?? 0
        if (shown?.kind === 'ok' && isSealed(shown.snapshot) && (shown.snapshot.cursor?.id ?? 0) >= known) return { ...next, bodyStale: false }
        current = { ...next, ...(shown?.kind === 'ok' && fetched.value !== undefined ? { parts: shown.parts, issue: fetched.value } : {}) }
      }
      this.log.debug(`TaskList #${current.issue.number}: the body was still changing after ${this.publishRounds} rounds; later writers will refresh it`)
    } catch (error) {
      // The record, which decides every status, is saved; only the view in the body lags.
      this.log.warning(
        `TaskList #${current.issue.number}: the record is saved, but the issue body could not be refreshed (${error instanceof BodyTooLargeError ? error.message : describeGitHubError(error, `issue #${current.issue.number}`, this.advice)}); the next write will try again`,
      )
    }
    return current
  }

  async create(input: {
    title: string
    tasks: readonly TaskSpec[]
    key?: string
    labels: readonly string[]
    trusted: readonly string[]
    now: string
  }): Promise<{ view: TaskListView; created: boolean }> {
    const labelsForKey = input.key === undefined ? [] : [keyLabel(input.key)]
    if (input.key !== undefined) {
      const existing = await this.findByKey(input.key)
      if (existing !== undefined) return { view: await this.fold(existing), created: false }
    }
    const genesis = genesisSnapshot({ title: input.title, ...(input.key === undefined ? {} : { key: input.key }), trusted: input.trusted, tasks: input.tasks, now: input.now })
    let body: string
    try {
      body = renderBody(genesis)
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw new InputError(`Invalid input 'tasks': ${input.tasks.length} tasks do not fit in one issue: ${error.message}`)
      throw error
    }
    let issue: IssueData
    try {
      issue = await this.port.createIssue({ title: input.title, body, labels: [...new Set([TASKLIST_LABEL, ...labelsForKey, ...input.labels])] })
    } catch (error) {
      throw new WriteError(describeGitHubError(error, 'the repository, opening the TaskList issue', this.advice))
    }
    if (input.key !== undefined) {
      // Two creates with one key may race past the lookup; the lowest issue number wins everywhere.
      const winner = await this.findByKey(input.key)
      if (winner !== undefined && winner.issue.number !== issue.number) {
        await this.closeDuplicate(issue, winner.issue.number)
        return { view: await this.fold(winner), created: false }
      }
    }
    const trusted = trustedAuthors(issue.author, genesis.trusted, this.extraTrusted)
    return {
      view: { issue, parts: { before: '', after: '' }, base: genesis, state: genesis, folded: true, since: undefined, tailEtag: undefined, trusted, bodyStale: false, rebuilt: false },
      created: true,
    }
  }

  private async findByKey(key: string): Promise<TaskListView | undefined> {
    const found = await this.read(() => this.port.findIssuesByLabels([TASKLIST_LABEL, keyLabel(key)]).then((value) => ({ value, etag: undefined })), 'TaskLists by key')
    for (const issue of [...(found.value ?? [])].sort((a, b) => a.number - b.number)) {
      const parsed = parseBody(issue.body)
      if (parsed.kind === 'ok' && parsed.snapshot.key === key) return this.viewOf(issue)
    }
    return undefined
  }

  private async closeDuplicate(issue: IssueData, winner: number): Promise<void> {
    this.log.info(`TaskList #${winner} was created concurrently with the same key; closing #${issue.number} as its duplicate`)
    try {
      await this.port.updateIssue(issue.number, {
        body: `Duplicate of #${winner}: another job created a TaskList with the same key at the same moment.`,
        state: 'closed',
        stateReason: 'not_planned',
      })
    } catch (error) {
      throw new WriteError(`created #${issue.number} while #${winner} has the same key, and could not close it: ${describeGitHubError(error, `issue #${issue.number}`, this.advice)}; close #${issue.number} by hand`)
    }
  }

  private async read<T>(call: () => Promise<Fetched<T>>, what: string): Promise<Fetched<T>> {
    try {
      return await call()
    } catch (error) {
      throw new ReadError(describeGitHubError(error, what, this.advice))
    }
  }
}

function logComment(comment: CommentData): LogComment {
  return { id: comment.id, createdAt: comment.createdAt, login: comment.login, body: comment.body }
}

/**
 * A tail of a full page or more means the body lags far behind. Later reads in
 * this process start from our own fold instead, so they do not fetch the same
 * pages again. (Short tails keep their start, so re-reads stay conditional.)
 */
export const LONG_TAIL = 100

function rebaseIfLong(view: TaskListView, tailLength: number): TaskListView {
  if (tailLength < LONG_TAIL || view.state.cursor === null) return view
  return { ...view, base: view.state, since: view.state.cursor.at, tailEtag: undefined, lagged: true }
}

function sameTasks(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a.tasks) === JSON.stringify(b.tasks)
}
