// In-process chaos: several writers, each with its own store (as separate jobs
// would have), share one TaskList on the GitHub double. fast-check's scheduler
// decides the order in which their requests reach GitHub, and which writes
// fail or lose their response; the record checker then compares the record
// with what each writer reported.
import { Octokit } from '@octokit/rest'
import fc from 'fast-check'
import { claim } from '../../src/app/claim.ts'
import { transition } from '../../src/app/transition.ts'
import { fold } from '../../src/domain/fold.ts'
import type { Holder } from '../../src/domain/claim.ts'
import type { TaskSpec } from '../../src/domain/task-spec.ts'
import { IllegalTransitionError, TaskBusyError, UnknownTaskError } from '../../src/storage/errors.ts'
import { octokitPort } from '../../src/storage/octokit-port.ts'
import type { GitHubPort } from '../../src/storage/port.ts'
import { quiet } from '../support/quiet-logger.ts'
import { TaskListStore } from '../../src/storage/store.ts'
import type { GitHubDouble } from '../double/index.ts'
import { checkRecord, type WriterReport } from '../support/record-checker.ts'

export const REPO = { owner: 'octo-org', repo: 'migrations' }
const TOKEN = 'ghs_chaos_bot_token'

/** The bot's own token, with room for thousands of schedules in an hour. */
export function addChaosToken(double: GitHubDouble): void {
  double.addToken(TOKEN, {
    login: 'github-actions[bot]',
    id: 41898282,
    type: 'Bot',
    permissions: { issues: 'write' },
    rateLimit: 10_000_000,
  })
}

/** What one writer does, as a job would. */
export type Program =
  | { kind: 'run'; task: number; onBusy: 'skip' | 'fail'; finish: 'complete' | 'fail' }
  | { kind: 'skip'; task: number }
  | { kind: 'complete'; task: number }

/** A fault for one of a writer's requests, by position. */
export type Fault = 'none' | 'lost-response' | 'refused-5xx'

export interface WriterPlan {
  readonly program: Program
  readonly faults: readonly Fault[]
}

export const planArbitrary = (taskCount: number) =>
  fc.record({
    program: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('run' as const),
          task: fc.nat(taskCount - 1),
          onBusy: fc.constantFrom('skip' as const, 'fail' as const),
          finish: fc.constantFrom('complete' as const, 'fail' as const),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('skip' as const), task: fc.nat(taskCount - 1) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('complete' as const), task: fc.nat(taskCount - 1) }) },
    ),
    faults: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constant<Fault>('none') },
        { weight: 1, arbitrary: fc.constant<Fault>('lost-response') },
        { weight: 1, arbitrary: fc.constant<Fault>('refused-5xx') },
      ),
      { maxLength: 12 },
    ),
  })

class TransientError extends Error {
  readonly status: number | undefined
  constructor(message: string, status?: number) {
    super(message)
    this.status = status
  }
}

/** Tracks whether every writer is parked at a gate, so the scheduler decides with everyone waiting. */
class Gates {
  running = 0
  async until(predicate: () => boolean): Promise<void> {
    for (let i = 0; i < 10_000 && !predicate(); i++) await new Promise((resolve) => setImmediate(resolve))
  }
}

/**
 * The writer's port: every request first waits at a gate the scheduler opens,
 * then runs alone against the double, with the planned fault.
 */
function gatedPort(
  real: GitHubPort,
  scheduler: fc.Scheduler,
  gates: Gates,
  writer: string,
  faults: readonly Fault[],
  wrote: { any: boolean },
): GitHubPort {
  let calls = 0
  const gate = async <T>(label: string, call: () => Promise<T>, write: boolean): Promise<T> => {
    const fault = faults[calls++] ?? 'none'
    gates.running--
    await scheduler.schedule(Promise.resolve(), `${writer} ${label}`)
    gates.running++
    if (write && fault === 'refused-5xx') throw new TransientError('502 Bad Gateway (injected)', 502)
    const result = await call()
    if (write) wrote.any = true
    if (write && fault === 'lost-response')
      throw new TransientError('fetch failed: socket hang up after the write was applied (injected)')
    return result
  }
  return {
    serverNow: () => real.serverNow(),
    getIssue: (n, etag) => gate('GET issue', () => real.getIssue(n, etag), false),
    listComments: (n, since, etag) => gate('GET comments', () => real.listComments(n, since, etag), false),
    createComment: (n, body) => gate('POST comment', () => real.createComment(n, body), true),
    updateComment: (id, body) => gate('PATCH comment', () => real.updateComment(id, body), false),
    updateIssue: (n, patch) => gate('PATCH issue', () => real.updateIssue(n, patch), false),
    createIssue: (input) => gate('POST issue', () => real.createIssue(input), true),
    findIssuesByLabels: (labels) => gate('GET issues', () => real.findIssuesByLabels(labels), false),
  }
}

function holderOf(writer: string): Holder {
  return { run: writer, attempt: 1, job: 'chaos', label: `writer ${writer}` }
}

function classify(error: unknown, wrote: boolean): WriterReport['outcome'] {
  if (error instanceof IllegalTransitionError || error instanceof TaskBusyError || error instanceof UnknownTaskError)
    return 'refused'
  // Anything else (a write or read that kept failing) is unknown once this writer has written.
  return wrote ? 'unknown' : 'refused'
}

/** A start that did not claim, with the claims it wrote: whether one applied is read from the record afterwards. */
type Report = WriterReport & { readonly claims?: readonly string[] }

async function runWriter(
  store: TaskListStore,
  issue: number,
  writer: string,
  program: Program,
  tasks: readonly TaskSpec[],
  wrote: { any: boolean },
): Promise<Report[]> {
  const name = tasks[program.task]?.name ?? 'missing'
  const holder = holderOf(writer)
  if (program.kind !== 'run') {
    try {
      await transition(store, quiet, await store.load(issue), {
        task: name,
        op: program.kind,
        authority: 'workflow',
        holder,
      })
      return [{ writer, task: name, op: program.kind, outcome: 'applied' }]
    } catch (error) {
      return [{ writer, task: name, op: program.kind, outcome: classify(error, wrote.any) }]
    }
  }
  let claimed
  const claims: string[] = []
  try {
    claimed = await claim(store, quiet, await store.readSnapshot(issue), {
      task: name,
      holder,
      authority: 'workflow',
      leaseSec: 3600,
      onBusy: program.onBusy,
      waitTimeoutSec: 1,
      onAttempt: (claimId) => claims.push(claimId),
    })
  } catch (error) {
    return [{ writer, task: name, op: 'start', outcome: classify(error, wrote.any) }]
  }
  // A claim that applied but was overtaken before this writer could start is in the record all the same.
  if (claimed.kind !== 'claimed') return [{ writer, task: name, op: 'start', outcome: 'refused', claims }]
  const reports: WriterReport[] = [{ writer, task: name, op: 'start', outcome: 'applied' }]
  try {
    const view = await store.publish(claimed.view)
    await transition(store, quiet, view, {
      task: name,
      op: program.finish,
      authority: 'workflow',
      holder,
      ownClaim: claimed.claimId,
    })
    reports.push({ writer, task: name, op: program.finish, outcome: 'applied' })
  } catch (error) {
    reports.push({ writer, task: name, op: program.finish, outcome: classify(error, true) })
  }
  return reports
}

export interface ScheduleResult {
  readonly anomalies: string[]
  readonly reports: WriterReport[]
  readonly requests: number
}

/** Runs one schedule: a fresh TaskList, the writers under the scheduler, then the check. */
export async function runSchedule(
  double: GitHubDouble,
  scheduler: fc.Scheduler,
  tasks: readonly TaskSpec[],
  plans: readonly WriterPlan[],
): Promise<ScheduleResult> {
  const octokit = () =>
    new Octokit({
      auth: TOKEN,
      baseUrl: double.apiUrl,
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    })
  const setup = new TaskListStore(octokitPort(octokit().rest.issues, REPO), quiet)
  const { view } = await setup.create({
    title: 'chaos',
    tasks,
    labels: [],
    trusted: [],
    now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  })
  const issue = view.issue.number
  const before = double.stats().requests

  const gates = new Gates()
  gates.running = plans.length
  const running = plans.map(async (plan, index) => {
    const writer = `w${index + 1}`
    const wrote = { any: false }
    const port = gatedPort(octokitPort(octokit().rest.issues, REPO), scheduler, gates, writer, plan.faults, wrote)
    try {
      return await runWriter(new TaskListStore(port, quiet, { settleMs: 5 }), issue, writer, plan.program, tasks, wrote)
    } finally {
      gates.running--
    }
  })
  const all = Promise.all(running)
  let settled = false
  void all.finally(() => {
    settled = true
  })
  while (!settled) {
    await gates.until(() => gates.running === 0 || settled)
    if (settled) break
    if (scheduler.count() === 0) throw new Error('writers are stuck: none is running and none waits at a gate')
    await scheduler.waitNext(1)
  }
  const issueNow = double.getIssue(`${REPO.owner}/${REPO.repo}`, issue)
  const comments = double
    .listComments(`${REPO.owner}/${REPO.repo}`, issue)
    .map((c) => ({ id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }))
  const applied = new Set(
    fold(view.base, comments, view.trusted).events.flatMap((e) => (e.kind === 'applied' ? [e.record.rec] : [])),
  )
  const reports = (await all)
    .flat()
    .map(({ claims, ...report }): WriterReport =>
      claims?.some((rec) => applied.has(rec)) === true ? { ...report, outcome: 'applied' } : report,
    )
  const checked = checkRecord({
    body: issueNow?.body ?? '',
    author: issueNow?.user?.login ?? '',
    comments,
    reports,
    writerOf: (event) => event.record.holder.run,
    bodyMustBeCurrent: reports.every((r) => r.outcome !== 'unknown'),
  })
  return { anomalies: checked.anomalies, reports, requests: double.stats().requests - before }
}
