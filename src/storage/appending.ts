import { renderRecordComment, type RecordCommentExtras } from '../domain/comment.ts'
import { fold, type FoldEvent } from '../domain/fold.ts'
import { newRecordId, type PlanRecord, type TaskRecord } from '../domain/record.ts'
import type { Continuer } from './continuing.ts'
import { RecordEditedError, UntrustedTokenError, WriteError } from './errors.ts'
import { describeGitHubError, writeFault, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import { postIdempotent } from './posting.ts'
import type { CommentData, Fetched, GitHubPort } from './port.ts'
import { logComment, segmentOf, type Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

/** A record to write; `rec` may be chosen in advance, so a caller can remember it before it is posted. */
export type RecordDraft = Omit<TaskRecord, 'tasklist' | 'rec' | 'defs'> & { rec?: string }

export type Submission =
  | { kind: 'applied'; view: TaskListView; record: TaskRecord; comment: CommentData }
  | { kind: 'rejected'; view: TaskListView; record: TaskRecord; comment: CommentData; reason: string }

/** The accounts a TaskList trusts, its author first, for an error that names them. */
function trustedList(view: TaskListView): string[] {
  const author = view.issue.author
  return [author, ...[...view.trusted].filter((t) => t !== author.toLowerCase()).sort()]
}

/** A plan change's outcome, as a task record's is a Submission. */
export type PlanSubmission =
  | { kind: 'applied'; view: TaskListView; comment: CommentData }
  | { kind: 'rejected'; view: TaskListView; comment: CommentData; reason: string }

/** What the fold said of our own record, task or plan. */
type Mine = Extract<FoldEvent, { kind: 'applied' | 'rejected' | 'planned' | 'plan-rejected' }>

/** What a record to write is, for the read-back and the error lines. */
interface Outgoing {
  readonly rec: string
  readonly label: string
  readonly holder: TaskRecord['holder']
  readonly body: string
}

/** Our record read back; or, when it landed after a marker ended its segment, the view to write it again in. */
type Attempt =
  { kind: 'folded'; event: Mine; view: TaskListView; comment: CommentData } | { kind: 'superseded'; view: TaskListView }

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Appending one record and reading it back to learn whether it won. */
export class Appender {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader
  private readonly settleMs: number
  private readonly advice: GitHubAdvice | undefined
  private readonly continuer: Continuer
  private readonly whoami: (() => Promise<string | undefined>) | undefined

  constructor(
    port: GitHubPort,
    log: Logger,
    reader: Reader,
    settleMs: number,
    advice: GitHubAdvice | undefined,
    continuer: Continuer,
    whoami?: () => Promise<string | undefined>,
  ) {
    this.port = port
    this.log = log
    this.reader = reader
    this.settleMs = settleMs
    this.advice = advice
    this.continuer = continuer
    this.whoami = whoami
  }

  /**
   * Appends one record and reads the record back to learn whether it won: the
   * fold is the only judge, so a step reports exactly what GitHub holds.
   */
  async submit(view: TaskListView, draft: RecordDraft, extras: RecordCommentExtras = {}): Promise<Submission> {
    const { rec, ...fields } = draft
    const record: TaskRecord = { tasklist: 1, rec: rec ?? newRecordId(), defs: view.base.defs, ...fields }
    const outgoing = {
      rec: record.rec,
      label: `${record.name}: ${record.from} -> ${record.to}`,
      holder: record.holder,
      body: renderRecordComment(record, extras),
    }
    const { event, view: next, comment } = await this.append(view, outgoing)
    if (event.kind === 'applied') return { kind: 'applied', view: next, record, comment }
    if (event.kind === 'rejected') return { kind: 'rejected', view: next, record, comment, reason: event.reason }
    throw new Error(`record ${record.rec} was read back as a plan record`)
  }

  /** Appends a plan change and reads it back: like a task record, the fold alone says whether it applied. */
  async submitPlan(view: TaskListView, record: PlanRecord, body: string): Promise<PlanSubmission> {
    const outgoing = { rec: record.rec, label: 'the plan change', holder: record.holder, body }
    const { event, view: next, comment } = await this.append(view, outgoing)
    if (event.kind === 'planned') return { kind: 'applied', view: next, comment }
    if (event.kind === 'plan-rejected') return { kind: 'rejected', view: next, comment, reason: event.reason }
    throw new Error(`record ${record.rec} was read back as a task record`)
  }

  private async append(view: TaskListView, record: Outgoing): Promise<Extract<Attempt, { kind: 'folded' }>> {
    // When GitHub can say whom the token acts as before a write, an untrusted account writes nothing.
    const login = await this.whoami?.()
    if (login !== undefined && !view.trusted.has(login.toLowerCase()))
      throw new UntrustedTokenError(view.issue.number, view.issue.author, login, trustedList(view), true)
    let current = view
    for (let round = 0; round < 4; round++) {
      // Near GitHub's comment cap the record continues in a new issue first (docs/storage.md).
      current = await this.continuer.makeRoom(current, record.holder)
      const attempt = await this.attempt(current, record)
      if (attempt.kind === 'folded') return attempt
      // A marker ended the segment before our record landed: write it again where the record went.
      current = attempt.view
    }
    throw new WriteError(
      `TaskList #${view.issue.number}: record ${record.rec} (${record.label}) kept landing after the record had continued in another issue; re-run the step, the record is counted once`,
    )
  }

  /** One post of the record in the view's segment, and its read-back. */
  private async attempt(view: TaskListView, record: Outgoing): Promise<Attempt> {
    const segment = segmentOf(view)
    const posted = await this.post(view, segment, record)
    if (posted === 'full') {
      // The segment filled between our read and our write: follow a marker, or continue it ourselves.
      const reread = await this.reader.refresh(view)
      if (segmentOf(reread) !== segment) return { kind: 'superseded', view: reread }
      return { kind: 'superseded', view: await this.continuer.continueRecord(reread, record.holder) }
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      let listed: Fetched<CommentData[]>
      try {
        listed = await this.port.listComments(segment, view.since)
      } catch (error) {
        throw writeFault({
          what: `issue #${segment}`,
          cause: error,
          before: `TaskList #${view.issue.number}: record ${record.rec} (${record.label}) was written, but reading it back failed (`,
          after: '); GitHub may or may not hold it, re-run the step to settle it',
        })
      }
      const comments = listed.value ?? []
      const events = fold(view.base, comments.map(logComment), view.trusted).events
      const mine = events.find(
        (e): e is Mine =>
          (e.kind === 'applied' || e.kind === 'rejected' || e.kind === 'planned' || e.kind === 'plan-rejected') &&
          e.record.rec === record.rec,
      )
      const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id)
      if (mine === undefined && distrusted !== undefined) {
        // GitHub named the token's account only now. Remove what it wrote, then refuse.
        const removed = await this.remove(posted)
        throw new UntrustedTokenError(view.issue.number, view.issue.author, posted.login, trustedList(view), removed)
      }
      const edited = events.find((e) => e.kind === 'edited')
      if (edited?.kind === 'edited')
        throw new RecordEditedError(view.issue.number, edited.comment.id, edited.record?.name, record.rec)
      if (mine !== undefined) {
        let folded = this.reader.foldTail(view, comments, listed.etag).view
        // A marker after our record moved the record on: what was written there since (a takeover of
        // our claim, say) decides too, so read it before saying what our record achieved.
        if (segmentOf(folded) !== segment) folded = await this.reader.refresh(folded)
        // The body does not show this record yet, whatever the fold says of others.
        const next = { ...folded, bodyBehind: true }
        const comment = comments.find((c) => c.id === mine.comment.id) ?? posted
        return { kind: 'folded', event: mine, view: next, comment }
      }
      if (events.some((e) => e.kind === 'superseded' && e.record.rec === record.rec))
        return { kind: 'superseded', view: this.reader.foldTail(view, comments, listed.etag).view }
      await sleep(this.settleMs * (attempt + 1))
    }
    throw new WriteError(
      `TaskList #${view.issue.number}: record ${record.rec} (${record.label}) was posted but GitHub does not list it; re-run the step, the record is counted once`,
    )
  }

  /** Posts a record comment; a lost answer is settled by its record id (storage/posting). */
  private async post(view: TaskListView, segment: number, record: Outgoing): Promise<CommentData | 'full'> {
    return postIdempotent(
      this.port,
      {
        segment,
        body: record.body,
        rec: record.rec,
        since: view.since,
        unsettled: {
          before: `TaskList #${view.issue.number}: could not record ${record.label}: `,
          after: `; GitHub may or may not hold record ${record.rec}, re-run the step to settle it`,
        },
      },
      (error) =>
        this.log.warning(
          `Writing the record for ${record.label} failed (${describeGitHubError(error, `issue #${segment}`, this.advice)}); checking whether GitHub applied it`,
        ),
    )
  }

  /** Deletes a comment this token wrote; its author may always. False when GitHub would not. */
  private async remove(comment: CommentData): Promise<boolean> {
    try {
      await this.port.deleteComment(comment.id)
      return true
    } catch (error) {
      this.log.warning(
        `could not delete comment ${comment.id}: ${describeGitHubError(error, 'the comment', this.advice)}`,
      )
      return false
    }
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
      this.log.debug(
        `could not annotate comment ${comment.id}: ${describeGitHubError(error, 'the comment', this.advice)}`,
      )
    }
  }
}
