import type { RecordCommentExtras } from '../domain/comment.ts'
import { GITHUB_COMMENT_CAP } from '../domain/continuation.ts'
import { Continuer } from './continuing.ts'
import { Appender, type PlanSubmission, type RecordDraft, type Submission } from './appending.ts'
import type { PlanRecord } from '../domain/record.ts'
import { Creator, TASKLIST_LABEL, type CreateInput } from './creating.ts'
import { readFault, type GitHubAdvice } from './github-errors.ts'
import type { Logger } from './logger.ts'
import { octokitPort, type IssuesApi, type RepoRef } from './octokit-port.ts'
import type { GitHubPort, IssueData } from './port.ts'
import { Publisher, type PublishOptions } from './publishing.ts'
import { Reader } from './reading.ts'
import type { TaskListView } from './view.ts'

export type { PlanSubmission, RecordDraft, Submission } from './appending.ts'
export type { CreateInput } from './creating.ts'
export { TASKLIST_LABEL } from './creating.ts'

export interface StoreOptions {
  readonly extraTrusted?: readonly string[]
  /** Pause before reading again when a just-written comment is not visible yet. */
  readonly settleMs?: number
  readonly publishRounds?: number
  /** Comments GitHub takes on an issue (2,500); a GitHub Enterprise Server may set another. */
  readonly commentCap?: number
  /**
   * The account the token acts as, when GitHub says so before a write (`GET /user` answers for a
   * person's token, not for an installation token): an untrusted one is refused before anything is written.
   */
  readonly whoami?: () => Promise<string | undefined>
  /** How the store's log lines advise on token and access problems; its errors carry the fault instead. */
  readonly advice?: GitHubAdvice
  /** Close the issue as completed when a write leaves every task COMPLETE or SKIPPED. */
  readonly closeOnComplete?: boolean
}

/**
 * TaskList storage on GitHub issues. Comments are the append-only record;
 * the body is a snapshot that says how far it has folded. See docs/storage.md.
 * This is the one way in: reading (reading.ts), appending (appending.ts),
 * redrawing the body (publishing.ts) and creating (creating.ts).
 */
export class TaskListStore {
  private readonly port: GitHubPort
  private readonly reader: Reader
  private readonly appender: Appender
  private readonly publisher: Publisher
  private readonly creator: Creator

  constructor(port: GitHubPort, log: Logger, options: StoreOptions = {}) {
    this.port = port
    this.reader = new Reader(port, log, options.extraTrusted ?? [])
    const continuer = new Continuer(port, log, this.reader, {
      settleMs: options.settleMs ?? 500,
      cap: options.commentCap ?? GITHUB_COMMENT_CAP,
      advice: options.advice,
    })
    this.appender = new Appender(
      port,
      log,
      this.reader,
      options.settleMs ?? 500,
      options.advice,
      continuer,
      options.whoami,
    )
    this.publisher = new Publisher(port, log, this.reader, options.publishRounds ?? 6, options.advice, {
      closeOnComplete: options.closeOnComplete ?? false,
    })
    this.creator = new Creator(port, log, this.reader)
  }

  /** One read: the issue and its snapshot. The tail is read by `refresh` or by a submission. */
  readSnapshot(issueNumber: number): Promise<TaskListView> {
    return this.reader.readSnapshot(issueNumber)
  }

  /** Reads the records newer than the snapshot and folds them in. */
  refresh(view: TaskListView): Promise<TaskListView> {
    return this.reader.refresh(view)
  }

  async load(issueNumber: number): Promise<TaskListView> {
    return this.refresh(await this.readSnapshot(issueNumber))
  }

  /** Appends one record and reads it back: the fold says whether it applied. */
  submit(view: TaskListView, draft: RecordDraft, extras: RecordCommentExtras = {}): Promise<Submission> {
    return this.appender.submit(view, draft, extras)
  }

  /** Appends a plan change (the comment is rendered by the caller) and reads it back. */
  submitPlan(view: TaskListView, record: PlanRecord, body: string): Promise<PlanSubmission> {
    return this.appender.submitPlan(view, record, body)
  }

  /** Marks a comment whose record lost its race, so reviewers are not misled. */
  markNotApplied(submission: Extract<Submission, { kind: 'rejected' }>): Promise<void> {
    return this.appender.markNotApplied(submission)
  }

  /**
   * Redraws the body from the view's state; never throws, since the record already holds the truth.
   * `reopen` opens a closed issue again in the same write, for an operator who sends a task back.
   */
  publish(view: TaskListView, options: PublishOptions = {}): Promise<TaskListView> {
    return this.publisher.publish(view, options)
  }

  create(input: CreateInput): Promise<{ view: TaskListView; created: boolean }> {
    return this.creator.create(input)
  }

  /** GitHub's clock in milliseconds, from the latest response; leases are judged by it. */
  now(): number {
    return this.port.serverNow()
  }

  /** The repository's TaskLists in that state, oldest first, as their issues show them; `what` names them in errors. */
  async list(what: string, state: 'open' | 'closed' | 'all' = 'open'): Promise<IssueData[]> {
    try {
      return await this.port.findIssuesByLabels([TASKLIST_LABEL], state)
    } catch (error) {
      throw readFault({ what, cause: error })
    }
  }

  /** A plain comment, not a record: a reply to a person. */
  async postComment(issueNumber: number, body: string): Promise<void> {
    await this.port.createComment(issueNumber, body)
  }
}

/** A store on Octokit's issues API for one repository. */
export function octokitStore(issues: IssuesApi, repo: RepoRef, log: Logger, options: StoreOptions = {}): TaskListStore {
  return new TaskListStore(octokitPort(issues, repo), log, options)
}
