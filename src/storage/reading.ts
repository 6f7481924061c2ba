import { parseBody, type BodyParts } from '../domain/body.ts'
import {
  currentSegment,
  DEFINITIONS_MISMATCH,
  fold,
  trustedAuthors,
  type FoldEvent,
  type LogComment,
} from '../domain/fold.ts'
import { legacyDefinitionsDigest } from '../domain/snapshot-legacy.ts'
import { type Snapshot } from '../domain/model.ts'
import { genesisSnapshot, isSealed, sealSnapshot, specsOf } from '../domain/snapshot.ts'
import {
  NotATaskListError,
  RecordEditedError,
  RecordsLostError,
  StateValidationError,
  type LostRecords,
} from './errors.ts'
import { readFault } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { CommentData, Fetched, GitHubPort, IssueData } from './port.ts'
import type { TaskListView } from './view.ts'

/** The label that makes an issue a TaskList; only people with push access can set it. */
export const TASKLIST_LABEL = 'tasklist'

/**
 * A tail of a full page or more means the body lags far behind. Later reads in
 * this process start from our own fold instead, so they do not fetch the same
 * pages again. (Short tails keep their start, so re-reads stay conditional.)
 */
export const LONG_TAIL = 100

export function logComment(comment: CommentData): LogComment {
  return {
    id: comment.id,
    createdAt: comment.createdAt,
    login: comment.login,
    body: comment.body,
    ...(comment.updatedAt === undefined ? {} : { updatedAt: comment.updatedAt }),
  }
}

/** The issue whose comments hold the view's newest records: the TaskList's own, or its last continuation. */
export function segmentOf(view: Pick<TaskListView, 'base' | 'issue'>): number {
  return currentSegment(view.base, view.issue.number)
}

/** A record someone edited that the fold met: no step may act on what it says. See docs/storage.md. */
export function assertUnedited(tasklist: number, events: readonly FoldEvent[]): void {
  const edited = events.find((e) => e.kind === 'edited')
  if (edited?.kind === 'edited') throw new RecordEditedError(tasklist, edited.comment.id, edited.record?.name)
}

/** Continuations followed in one read at most: 50 segments hold 100,000 comments, far past any real TaskList. */
const MAX_HOPS = 50

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
    // A TaskList is an issue a trusted account made one: not a pull request, and labelled by someone
    // with push access (GitHub drops labels others set). A look-alike is never written to.
    if (issue.pullRequest === true) throw new NotATaskListError(issue.number, 'pull-request')
    const parsed = parseBody(issue.body)
    if (parsed.kind === 'not-tasklist') throw new NotATaskListError(issue.number, 'no-block')
    if (!issue.labels.some((label) => label.toLowerCase() === TASKLIST_LABEL))
      throw new NotATaskListError(issue.number, 'no-label')
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
    const cache = new Map<number, LogComment[]>()
    let result = await this.replay(issue.number, genesis, trusted, cache)
    const mismatched = (events: typeof result.events) =>
      events.find((e) => e.kind === 'rejected' && e.reason === DEFINITIONS_MISMATCH)
    if (mismatched(result.events) !== undefined) {
      // A TaskList written by release 0.1 carries its definitions digest in the old form.
      const { digest: _digest, ...content } = genesis
      const legacy = sealSnapshot({ ...content, defs: legacyDefinitionsDigest(specsOf(edited)) })
      const replayed = await this.replay(issue.number, legacy, trusted, cache)
      if (mismatched(replayed.events) === undefined) result = replayed
    }
    const foreignDefs = mismatched(result.events)
    if (foreignDefs !== undefined) {
      // The record holds the changed definitions, not the ones the TaskList was created with, so
      // there is no genesis to replay from: only the sealed block the plan change left can be trusted.
      if (result.events.some((e) => e.kind === 'plan-rejected' && e.reason === DEFINITIONS_MISMATCH))
        throw new StateValidationError(
          `TaskList #${issue.number}: the state block was edited by hand after its plan changed, and the record cannot be replayed without the block the change left; restore the block from the issue's edit history`,
        )
      throw new StateValidationError(
        `TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`,
      )
    }
    assertUnedited(issue.number, result.events)
    // The block's statuses count for nothing, but its versions are evidence: a version the record no
    // longer reaches means records the block had folded were deleted, and the truth cannot be known.
    const lost: LostRecords[] = []
    for (const [i, task] of edited.tasks.entries()) {
      const rebuilt = result.snapshot.tasks[i]
      if (rebuilt === undefined || task.state.version <= rebuilt.state.version) continue
      if (task.state.status === rebuilt.state.status) continue
      lost.push({
        task: task.definition.name,
        blockVersion: task.state.version,
        recordVersion: rebuilt.state.version,
      })
    }
    if (lost.length > 0) throw new RecordsLostError(issue.number, lost)
    this.reportForeign(result.events)
    // Later folds start from the rebuilt state, in the segment it reached.
    return {
      issue,
      parts,
      base: result.snapshot,
      state: result.snapshot,
      tailRead: true,
      since: result.snapshot.cursor?.at,
      tailEtag: undefined,
      trusted,
      bodyBehind: true,
      stateBlockEdited: true,
    }
  }

  /**
   * Replays the whole chain from a genesis: each segment's comments, then the next segment's once a
   * marker ended it. Continuations are read as the fold finds them, one read each, and kept in `cache`.
   */
  private async replay(
    tasklist: number,
    genesis: Snapshot,
    trusted: ReadonlySet<string>,
    cache: Map<number, LogComment[]>,
  ): Promise<{ snapshot: Snapshot; events: FoldEvent[] }> {
    let snapshot = genesis
    const events: FoldEvent[] = []
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const segment = currentSegment(snapshot, tasklist)
      let comments = cache.get(segment)
      if (comments === undefined) {
        const listed = await this.read(
          () => this.port.listComments(segment, undefined),
          `the comments of issue #${segment}`,
        )
        comments = (listed.value ?? []).map(logComment)
        cache.set(segment, comments)
      }
      const result = fold(snapshot, comments, trusted)
      events.push(...result.events)
      snapshot = result.snapshot
      if (currentSegment(snapshot, tasklist) === segment) break
    }
    return { snapshot, events }
  }

  /** Reads the records newer than the snapshot and folds them in. */
  async refresh(view: TaskListView): Promise<TaskListView> {
    let current = view
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const segment = segmentOf(current)
      const listed = await this.read(
        () => this.port.listComments(segment, current.since, current.tailRead ? current.tailEtag : undefined),
        `the comments of issue #${segment}`,
      )
      if (listed.value === undefined) return current
      current = this.foldTail(current, listed.value, listed.etag).view
      // The tail ended at a marker: read on in the continuation it names.
      if (segmentOf(current) === segment) return current
    }
    return current
  }

  /** Folds a tail read onto the view's base, reporting foreign comments once. */
  foldTail(
    view: TaskListView,
    comments: readonly CommentData[],
    etag: string | undefined,
  ): { view: TaskListView; events: readonly FoldEvent[] } {
    const result = fold(view.base, comments.map(logComment), view.trusted)
    assertUnedited(view.issue.number, result.events)
    this.reportForeign(result.events)
    const bodyBehind = view.bodyBehind || result.events.some((e) => e.kind === 'applied' || e.kind === 'planned')
    const folded: TaskListView = { ...view, state: result.snapshot, tailRead: true, tailEtag: etag, bodyBehind }
    // A marker ended the segment: every later read and fold of this view is in the continuation.
    if (hasMoved(folded)) return { view: nextSegment(folded), events: result.events }
    return { view: rebaseIfLong(folded, comments.length), events: result.events }
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

/** The state has folded a marker the base has not: the view's tail is in a later segment now. */
export function hasMoved(view: TaskListView): boolean {
  return currentSegment(view.state, view.issue.number) !== segmentOf(view)
}

/**
 * Moves the view on to the segment its state reached: later folds start from the marker that ended
 * the previous one, and read the next segment from its start.
 */
export function nextSegment(view: TaskListView): TaskListView {
  return { ...view, base: view.state, since: undefined, tailEtag: undefined, tailRead: false, bodyBehind: true }
}

function rebaseIfLong(view: TaskListView, tailLength: number): TaskListView {
  if (tailLength < LONG_TAIL || view.state.cursor === null) return view
  return { ...view, base: view.state, since: view.state.cursor.at, tailEtag: undefined, bodyFarBehind: true }
}
