import {
  CONTINUATION_LABEL,
  continuationTitle,
  continueThreshold,
  renderContinuationBody,
  renderMarkerComment,
  unusedContinuationBody,
  type ContinueMarker,
} from '../domain/continuation.ts'
import { newRecordId, type TaskRecord } from '../domain/record.ts'
import { CommentCapError, WriteError } from './errors.ts'
import { describeGitHubError, writeFault, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import { postIdempotent } from './posting.ts'
import type { CommentData, GitHubPort, IssueData } from './port.ts'
import { segmentOf, type Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Continuing the record in a new issue before GitHub's comment cap stops it. The first trusted
 * continue marker in a segment ends it for every reader; see docs/storage.md for why every
 * guarantee holds across the continuation, and two writers may continue at once.
 */
export class Continuer {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader
  private readonly settleMs: number
  private readonly cap: number
  private readonly advice: GitHubAdvice | undefined

  constructor(
    port: GitHubPort,
    log: Logger,
    reader: Reader,
    options: { settleMs: number; cap: number; advice: GitHubAdvice | undefined },
  ) {
    this.port = port
    this.log = log
    this.reader = reader
    this.settleMs = options.settleMs
    this.cap = options.cap
    this.advice = options.advice
  }

  /** The view to write in: the same one while its segment has room, else one in a new continuation. */
  async makeRoom(view: TaskListView, holder: TaskRecord['holder']): Promise<TaskListView> {
    if (this.countOf(view) < continueThreshold(this.cap)) return view
    // A writer that wrote straight from the snapshot reads the tail first: the record may have continued.
    const fresh = view.tailRead ? view : await this.reader.refresh(view)
    if (this.countOf(fresh) < continueThreshold(this.cap)) return fresh
    return this.continueRecord(fresh, holder)
  }

  /**
   * Comments in the view's segment as far as it knows: GitHub's count for the TaskList's issue,
   * the fold's for a continuation. Deleted comments make it high, never low.
   */
  private countOf(view: TaskListView): number {
    const segment = segmentOf(view)
    if (segment === view.issue.number) return view.issue.comments ?? 0
    return view.state.segments?.at(-1)?.used ?? 0
  }

  /**
   * Opens a continuation issue, posts the marker that names it in the current segment, and reads
   * the segment back: the first trusted marker wins, and a writer that lost closes its own issue.
   * Returns a view whose next write goes to the winning continuation.
   */
  async continueRecord(view: TaskListView, holder: TaskRecord['holder']): Promise<TaskListView> {
    const tasklist = view.issue.number
    const from = segmentOf(view)
    const exact = from === tasklist ? (view.issue.comments ?? 0) : await this.exactCount(from)
    // A marker needs room too: a segment that is full already stops here, before anything is written.
    if (exact >= this.cap) throw new CommentCapError(tasklist, from, this.cap)
    const part = (view.state.segments?.length ?? 0) + 2
    let created: IssueData
    try {
      created = await this.port.createIssue({
        title: continuationTitle(view.state.title, part),
        body: renderContinuationBody({ tasklist, previous: from, title: view.state.title }),
        labels: [CONTINUATION_LABEL],
      })
    } catch (error) {
      throw writeFault({ what: `the repository, opening a continuation of TaskList #${tasklist}`, cause: error })
    }
    if (view.issue.locked === true) {
      try {
        await this.port.lockIssue(created.number)
      } catch (error) {
        this.log.warning(
          `TaskList #${tasklist}: could not lock its continuation #${created.number} (${describeGitHubError(error, `issue #${created.number}`, this.advice)}); people without write access can comment there`,
        )
      }
    }
    const marker: ContinueMarker = { tasklist: 1, rec: newRecordId(), next: created.number, holder }
    const posted = await this.postMarker(view, from, marker)
    if (posted === 'full') {
      // People filled the segment between our read and the marker: follow another writer's marker, if any.
      const reread = await this.reader.refresh(view)
      const moved = segmentOf(reread) !== from
      await this.closeUnused(tasklist, created.number, moved ? segmentOf(reread) : undefined)
      if (moved) return reread
      throw new CommentCapError(tasklist, from, this.cap)
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      let listed
      try {
        listed = await this.port.listComments(from, view.since)
      } catch (error) {
        throw writeFault({
          what: `issue #${from}`,
          cause: error,
          before: `TaskList #${tasklist}: the marker that continues its record in #${created.number} was written, but reading it back failed (`,
          after: '); re-run the step, the record continues where the first marker says',
        })
      }
      const folded = this.reader.foldTail(view, listed.value ?? [], listed.etag)
      const won = folded.events.find((e) => e.kind === 'continued')
      if (won?.kind === 'continued') {
        if (won.marker.rec !== marker.rec) await this.closeUnused(tasklist, created.number, won.marker.next)
        else this.log.info(`TaskList #${tasklist}: the record continues in #${created.number}`)
        return folded.view
      }
      await sleep(this.settleMs * (attempt + 1))
    }
    throw new WriteError(
      `TaskList #${tasklist}: the marker that continues its record in #${created.number} was posted but GitHub does not list it; re-run the step`,
    )
  }

  private async exactCount(issue: number): Promise<number> {
    const fetched = await this.reader.read(() => this.port.getIssue(issue), `issue #${issue}`)
    return fetched.value?.comments ?? 0
  }

  /** Posts the marker; a lost answer is settled by its id (storage/posting). `full`: GitHub's cap refused it. */
  private async postMarker(view: TaskListView, segment: number, marker: ContinueMarker): Promise<CommentData | 'full'> {
    return postIdempotent(this.port, {
      segment,
      body: renderMarkerComment(marker, this.cap),
      rec: marker.rec,
      since: view.since,
      unsettled: {
        before: `TaskList #${view.issue.number}: could not continue its record in #${marker.next}: `,
        after: '; re-run the step',
      },
    })
  }

  /** Closes a continuation that lost the race (or was never named), pointing to the one in use. */
  private async closeUnused(tasklist: number, issue: number, winner: number | undefined): Promise<void> {
    try {
      await this.port.updateIssue(issue, {
        body:
          winner === undefined
            ? `Not used: the record of TaskList #${tasklist} could not continue here.`
            : unusedContinuationBody({ tasklist, winner }),
        state: 'closed',
        stateReason: 'not_planned',
      })
    } catch (error) {
      this.log.warning(
        `TaskList #${tasklist}: could not close #${issue}, an unused continuation (${describeGitHubError(error, `issue #${issue}`, this.advice)}); nothing reads it, close it by hand`,
      )
    }
  }
}
