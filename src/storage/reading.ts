import { parseBody, type BodyParts } from '../domain/body.ts'
import { DEFINITIONS_MISMATCH, fold, trustedAuthors, type FoldEvent, type LogComment } from '../domain/fold.ts'
import { legacyDefinitionsDigest } from '../domain/snapshot-legacy.ts'
import { type Snapshot } from '../domain/model.ts'
import { genesisSnapshot, isSealed, sealSnapshot, specsOf } from '../domain/snapshot.ts'
import { NotATaskListError, StateValidationError } from './errors.ts'
import { readFault } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { CommentData, Fetched, GitHubPort, IssueData } from './port.ts'
import type { TaskListView } from './view.ts'

/**
 * A tail of a full page or more means the body lags far behind. Later reads in
 * this process start from our own fold instead, so they do not fetch the same
 * pages again. (Short tails keep their start, so re-reads stay conditional.)
 */
export const LONG_TAIL = 100

export function logComment(comment: CommentData): LogComment {
  return { id: comment.id, createdAt: comment.createdAt, login: comment.login, body: comment.body }
}

/** Reading a TaskList and folding its record; the other parts of the store fold through it too. */
export class Reader {
  private readonly warned = new Set<number>()

  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly extraTrusted: readonly string[]

  constructor(port: GitHubPort, log: Logger, extraTrusted: readonly string[]) {
    this.port = port
    this.log = log
    this.extraTrusted = extraTrusted
  }

  /** One read: the issue and its snapshot. The tail is read by `refresh` or by a submission. */
  async readSnapshot(issueNumber: number): Promise<TaskListView> {
    const issue = (await this.read(() => this.port.getIssue(issueNumber), `issue #${issueNumber}`)).value
    if (issue === undefined)
      throw new StateValidationError(
        `GitHub answered 304 for issue #${issueNumber} without a cached copy; re-run the step`,
      )
    return this.viewOf(issue)
  }

  /** Builds a view from an issue already read, e.g. one found by its key label. */
  async viewOf(issue: IssueData): Promise<TaskListView> {
    const parsed = parseBody(issue.body)
    if (parsed.kind === 'not-tasklist') {
      throw new NotATaskListError(
        `issue #${issue.number} is not a TaskList: its body has no TaskList block; check the TaskList ID (the number of an issue that create made)`,
      )
    }
    if (parsed.kind === 'invalid') {
      throw new StateValidationError(
        `TaskList #${issue.number}: ${parsed.error}; restore the block from the issue's edit history, or create a new TaskList`,
      )
    }
    const snapshot = parsed.snapshot
    const trusted = this.trustedOf(issue.author, snapshot.trusted)
    if (isSealed(snapshot)) {
      return {
        issue,
        parts: parsed.parts,
        base: snapshot,
        state: snapshot,
        tailRead: false,
        since: snapshot.cursor?.at,
        tailEtag: undefined,
        trusted,
        bodyBehind: false,
        stateBlockEdited: false,
      }
    }
    return this.rebuild(issue, parsed.parts, snapshot)
  }

  trustedOf(author: string, listed: readonly string[]): ReadonlySet<string> {
    return trustedAuthors(author, listed, this.extraTrusted)
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
    const genesis = genesisSnapshot({
      title: edited.title,
      ...(edited.key === undefined ? {} : { key: edited.key }),
      trusted: [],
      tasks: specsOf(edited),
      now: edited.created,
    })
    const trusted = trustedAuthors(issue.author, this.extraTrusted)
    const listed = await this.read(
      () => this.port.listComments(issue.number, undefined),
      `the comments of issue #${issue.number}`,
    )
    const comments = (listed.value ?? []).map(logComment)
    let base = genesis
    let result = fold(genesis, comments, trusted)
    const mismatched = (events: typeof result.events) =>
      events.find((e) => e.kind === 'rejected' && e.reason === DEFINITIONS_MISMATCH)
    if (mismatched(result.events) !== undefined) {
      // A TaskList written by release 0.1 carries its definitions digest in the old form.
      const { digest: _digest, ...content } = genesis
      const legacy = sealSnapshot({ ...content, defs: legacyDefinitionsDigest(specsOf(edited)) })
      const replayed = fold(legacy, comments, trusted)
      if (mismatched(replayed.events) === undefined) {
        base = legacy
        result = replayed
      }
    }
    const foreignDefs = mismatched(result.events)
    if (foreignDefs !== undefined) {
      throw new StateValidationError(
        `TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`,
      )
    }
    this.reportForeign(result.events)
    return {
      issue,
      parts,
      base,
      state: result.snapshot,
      tailRead: true,
      since: undefined,
      tailEtag: undefined,
      trusted,
      bodyBehind: true,
      stateBlockEdited: true,
    }
  }

  /** Reads the records newer than the snapshot and folds them in. */
  async refresh(view: TaskListView): Promise<TaskListView> {
    const listed = await this.read(
      () => this.port.listComments(view.issue.number, view.since, view.tailRead ? view.tailEtag : undefined),
      `the comments of issue #${view.issue.number}`,
    )
    if (listed.value === undefined) return view
    return this.foldTail(view, listed.value, listed.etag).view
  }

  /** Folds a tail read onto the view's base, reporting foreign comments once. */
  foldTail(
    view: TaskListView,
    comments: readonly CommentData[],
    etag: string | undefined,
  ): { view: TaskListView; events: readonly FoldEvent[] } {
    const result = fold(view.base, comments.map(logComment), view.trusted)
    this.reportForeign(result.events)
    const bodyBehind = view.bodyBehind || result.events.some((e) => e.kind === 'applied' || e.kind === 'planned')
    return {
      view: rebaseIfLong(
        { ...view, state: result.snapshot, tailRead: true, tailEtag: etag, bodyBehind },
        comments.length,
      ),
      events: result.events,
    }
  }

  private reportForeign(events: readonly FoldEvent[]): void {
    for (const event of events) {
      if (event.kind !== 'untrusted' && event.kind !== 'malformed') continue
      if (this.warned.has(event.comment.id)) continue
      this.warned.add(event.comment.id)
      if (event.kind === 'untrusted') {
        this.log.warning(
          `Ignored comment ${event.comment.id} by @${event.comment.login}: it looks like a TaskList record, but records are trusted only from the issue's author and the accounts this TaskList trusts`,
        )
      } else {
        this.log.warning(`Ignored comment ${event.comment.id} by @${event.comment.login}: ${event.error}`)
      }
    }
  }

  /** A read whose failure is a ReadError naming `what`. */
  async read<T>(call: () => Promise<Fetched<T>>, what: string): Promise<Fetched<T>> {
    try {
      return await call()
    } catch (error) {
      throw readFault({ what, cause: error })
    }
  }
}

function rebaseIfLong(view: TaskListView, tailLength: number): TaskListView {
  if (tailLength < LONG_TAIL || view.state.cursor === null) return view
  return { ...view, base: view.state, since: view.state.cursor.at, tailEtag: undefined, bodyFarBehind: true }
}
