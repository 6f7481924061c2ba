import { renderRecordComment, type RecordCommentExtras } from '../domain/comment.ts'
import { fold, type FoldEvent } from '../domain/fold.ts'
import { newRecordId, type PlanRecord, type TaskRecord } from '../domain/record.ts'
import { UntrustedTokenError, WriteError } from './errors.ts'
import { describeGitHubError, isDefiniteRefusal, writeFault, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import type { CommentData, Fetched, GitHubPort } from './port.ts'
import { logComment, type Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

/** A record to write; `rec` may be chosen in advance, so a caller can remember it before it is posted. */
export type RecordDraft = Omit<TaskRecord, 'tasklist' | 'rec' | 'defs'> & { rec?: string }

export type Submission =
  | { kind: 'applied'; view: TaskListView; record: TaskRecord; comment: CommentData }
  | { kind: 'rejected'; view: TaskListView; record: TaskRecord; comment: CommentData; reason: string }

/** A plan change's outcome, as a task record's is a Submission. */
export type PlanSubmission =
  | { kind: 'applied'; view: TaskListView; comment: CommentData }
  | { kind: 'rejected'; view: TaskListView; comment: CommentData; reason: string }

type Mine = Extract<FoldEvent, { kind: 'applied' | 'rejected' | 'planned' | 'plan-rejected' }>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Appending one record and reading it back to learn whether it won. */
export class Appender {
  private readonly port: GitHubPort
  private readonly log: Logger
  private readonly reader: Reader
  private readonly settleMs: number
  private readonly advice: GitHubAdvice | undefined

  constructor(port: GitHubPort, log: Logger, reader: Reader, settleMs: number, advice: GitHubAdvice | undefined) {
    this.port = port
    this.log = log
    this.reader = reader
    this.settleMs = settleMs
    this.advice = advice
  }

  /**
   * Appends one record and reads the record back to learn whether it won: the
   * fold is the only judge, so a step reports exactly what GitHub holds.
   */
  async submit(view: TaskListView, draft: RecordDraft, extras: RecordCommentExtras = {}): Promise<Submission> {
    const { rec, ...fields } = draft
    // The digest as of the state read: a plan change in the tail may have moved it on from the snapshot's.
    const record: TaskRecord = { tasklist: 1, rec: rec ?? newRecordId(), defs: view.state.defs, ...fields }
    const body = renderRecordComment(record, extras)
    const label = `${record.name}: ${record.from} -> ${record.to}`
    const posted = await this.post(view, record.rec, label, body)
    const found = await this.readBack(view, record.rec, label, posted)
    if (found.event.kind === 'applied') return { kind: 'applied', view: found.view, record, comment: found.comment }
    if (found.event.kind === 'rejected')
      return { kind: 'rejected', view: found.view, record, comment: found.comment, reason: found.event.reason }
    throw new Error(`record ${record.rec} was read back as a plan record`)
  }

  /** Appends a plan change and reads it back: like a task record, the fold alone says whether it applied. */
  async submitPlan(view: TaskListView, record: PlanRecord, body: string): Promise<PlanSubmission> {
    const label = 'the plan change'
    const posted = await this.post(view, record.rec, label, body)
    const found = await this.readBack(view, record.rec, label, posted)
    if (found.event.kind === 'planned') return { kind: 'applied', view: found.view, comment: found.comment }
    if (found.event.kind === 'plan-rejected')
      return { kind: 'rejected', view: found.view, comment: found.comment, reason: found.event.reason }
    throw new Error(`record ${record.rec} was read back as a task record`)
  }

  /** Reads the tail until the record with this id is folded, and returns its fold event and the new view. */
  private async readBack(
    view: TaskListView,
    rec: string,
    label: string,
    posted: CommentData,
  ): Promise<{ event: Mine; view: TaskListView; comment: CommentData }> {
    for (let attempt = 0; attempt < 4; attempt++) {
      let listed: Fetched<CommentData[]>
      try {
        listed = await this.port.listComments(view.issue.number, view.since)
      } catch (error) {
        throw writeFault({
          what: `issue #${view.issue.number}`,
          cause: error,
          before: `TaskList #${view.issue.number}: record ${rec} (${label}) was written, but reading it back failed (`,
          after: '); GitHub may or may not hold it, re-run the step to settle it',
        })
      }
      const comments = listed.value ?? []
      const events = fold(view.base, comments.map(logComment), view.trusted).events
      const mine = events.find(
        (e): e is Mine =>
          (e.kind === 'applied' || e.kind === 'rejected' || e.kind === 'planned' || e.kind === 'plan-rejected') &&
          e.record.rec === rec,
      )
      const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id)
      if (mine === undefined && distrusted !== undefined) {
        await this.annotate(posted, `@${posted.login} is not trusted by this TaskList`)
        throw new UntrustedTokenError(view.issue.number, view.issue.author, posted.login)
      }
      if (mine !== undefined) {
        // The body does not show this record yet, whatever the fold says of others.
        const next = { ...this.reader.foldTail(view, comments, listed.etag).view, bodyBehind: true }
        const comment = comments.find((c) => c.id === mine.comment.id) ?? posted
        return { event: mine, view: next, comment }
      }
      await sleep(this.settleMs * (attempt + 1))
    }
    throw new WriteError(
      `TaskList #${view.issue.number}: record ${rec} (${label}) was posted but GitHub does not list it; re-run the step, the record is counted once`,
    )
  }

  /**
   * Posts a record comment. A response lost after GitHub applied the write is
   * resolved by looking for the record id; posting again is safe because the
   * fold counts a record id once.
   */
  private async post(view: TaskListView, rec: string, label: string, body: string): Promise<CommentData> {
    let lastError: unknown
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.port.createComment(view.issue.number, body)
      } catch (error) {
        if (isDefiniteRefusal(error))
          throw writeFault({ what: `a comment on issue #${view.issue.number}`, cause: error })
        lastError = error
        this.log.warning(
          `Writing the record for ${label} failed (${describeGitHubError(error, `issue #${view.issue.number}`, this.advice)}); checking whether GitHub applied it`,
        )
        try {
          const listed = await this.port.listComments(view.issue.number, view.since)
          const landed = listed.value?.find((c) => c.body.includes(`"rec":"${rec}"`))
          if (landed !== undefined) return landed
        } catch (readError) {
          lastError = readError
        }
      }
    }
    throw writeFault({
      what: `issue #${view.issue.number}`,
      cause: lastError,
      before: `TaskList #${view.issue.number}: could not record ${label}: `,
      after: `; GitHub may or may not hold record ${rec}, re-run the step to settle it`,
    })
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
