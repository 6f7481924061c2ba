// Section 3: many jobs transitioning one TaskList at once, each running its own task. What matters
// is each job's critical path (its first request to its last response) and whether every job's update
// survived: launching fifty Node processes on a small machine measures its CPU, so a start gate holds
// every request until all jobs have started, and all jobs then meet GitHub at the same moment. This action's record is folded from scratch afterwards and compared
// with what every job reported; the naive action, whose state is its body, is checked against its body.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WRITE_BURST } from '../src/github/client.ts'
import { parseBody } from '../src/domain/body.ts'
import { fold, trustedAuthors } from '../src/domain/fold.ts'
import { genesisSnapshot } from '../src/domain/snapshot.ts'
import { ACTIONS_BOT, type GitHubDouble, type TimelineEntry } from '../test/double/index.ts'
import { byClient, longestChain, networkSpan } from './chain.ts'
import { startClientTagger } from './client-tags.ts'
import { newJob } from './jobs.ts'
import { loadNow } from './machine.ts'
import { timelineNow } from './measure.ts'
import { NaiveJob } from './naive/runner.ts'
import { namedTasks, REPO, seedTaskList } from './records.ts'
import { median } from './stats.ts'
import type { ConcurrencyRow } from './types.ts'

const CORE_WAIT_HOOK = fileURLToPath(new URL('./core-wait-hook.ts', import.meta.url))
const COMMENTS_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
/** The client's pacing of writes past its burst: one a second. */
const WRITE_PACING_MS = 1000
const PATCH_BODY_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'

export interface ConcurrencyOptions {
  readonly jobCounts: readonly number[]
  readonly latencyMs: number
  /** Tasks in the TaskList; at least the largest job count. */
  readonly tasks: number
}

interface Outcome {
  readonly exitCode: number | null
  /** The status the job reported for its task. */
  readonly reported: string | undefined
}

/** What is measured: this action or the naive one. */
export interface Contender {
  readonly name: string
  /** The route of the write that holds a job's final record. */
  readonly recordRoute: string
  /** Makes the TaskList (at 0 ms latency, not measured); returns its number. */
  seed(double: GitHubDouble, title: string, tasks: readonly string[]): Promise<number>
  run(apiUrl: string, job: number, id: number, task: string, env: Record<string, string>): Promise<Outcome>
  /** Each task's status as the record holds it, and as the body shows it. */
  truth(double: GitHubDouble, id: number): { recorded: Map<string, string>; shown: Map<string, string> }
}

const seeds = new Map<number, ReturnType<typeof seedTaskList>>()

export const THIS_ACTION: Contender = {
  name: 'this action',
  recordRoute: COMMENTS_ROUTE,
  seed: (double, title, tasks) => {
    const seeded = seedTaskList(double, { title, tasks: tasks.map((name) => ({ name })) })
    seeds.set(seeded.number, seeded)
    return Promise.resolve(seeded.number)
  },
  run: async (apiUrl, i, id, task, env) => {
    const result = await newJob(apiUrl, { job: `shard-${i}`, env }).step({
      command: 'run',
      'tasklist-id': String(id),
      task,
      run: 'true',
    })
    return { exitCode: result.exitCode, reported: result.outputs['task-status'] }
  },
  truth: (double, id) => {
    const seeded = seeds.get(id)
    if (seeded === undefined) throw new Error(`TaskList ${id} was not seeded here`)
    // Every comment folded from the genesis, as a reader with no snapshot would.
    const genesis = genesisSnapshot({
      title: seeded.snapshot.title,
      trusted: [],
      tasks: seeded.snapshot.tasks.map((t) => t.definition),
      now: seeded.snapshot.created,
    })
    const comments = double
      .listComments(REPO, id)
      .map((c) => ({ id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }))
    const recorded = new Map(
      fold(genesis, comments, trustedAuthors(ACTIONS_BOT.login)).snapshot.tasks.map((t) => [
        t.definition.name,
        t.state.status,
      ]),
    )
    const parsed = parseBody(double.getIssue(REPO, id)?.body)
    const shown =
      parsed.kind === 'ok'
        ? new Map(parsed.snapshot.tasks.map((t) => [t.definition.name, t.state.status]))
        : new Map<string, string>()
    return { recorded, shown }
  },
}

const NAIVE_MARK = '<!-- naive-state '

export const NAIVE_ACTION: Contender = {
  name: 'naive',
  recordRoute: PATCH_BODY_ROUTE,
  seed: async (double, title, tasks) => {
    const created = await new NaiveJob(double.apiUrl).step({ command: 'create', title, tasks: tasks.join('\n') })
    const id = Number(created.outputs['tasklist-id'])
    if (created.exitCode !== 0 || !Number.isInteger(id)) throw new Error(`naive create failed: ${created.stdout}`)
    return id
  },
  run: async (apiUrl, _i, id, task, env) => {
    const result = await new NaiveJob(apiUrl).step(
      { command: 'run', 'tasklist-id': String(id), task, run: 'true' },
      env,
    )
    return { exitCode: result.exitCode, reported: result.outputs['task-status'] }
  },
  truth: (double, id) => {
    // The naive action's state is its body: what it shows is all it has.
    const body = double.getIssue(REPO, id)?.body ?? ''
    const at = body.indexOf(NAIVE_MARK)
    const parsed =
      at < 0
        ? {}
        : (JSON.parse(body.slice(at + NAIVE_MARK.length, body.indexOf(' -->', at))) as {
            state?: Record<string, string>
          })
    const state = new Map(Object.entries(parsed.state ?? {}))
    return { recorded: state, shown: state }
  },
}

/** `jobs` jobs, each running a distinct task of one TaskList, all launched at the same moment. */
export async function concurrentRuns(
  double: GitHubDouble,
  jobs: number,
  options: ConcurrencyOptions,
  contender: Contender = THIS_ACTION,
): Promise<ConcurrencyRow> {
  const tasks = namedTasks(options.tasks).map((t) => t.name)
  const id = await contender.seed(double, `${jobs} jobs at once`, tasks)
  // The start gate: every job's requests wait at the forwarder until all jobs have sent their first,
  // as jobs on runners of their own, started together, would meet GitHub.
  const tagger = await startClientTagger(double.apiUrl, { gate: jobs })
  const waitDir = mkdtempSync(join(tmpdir(), 'tasklist-core-wait-'))
  try {
    double.setLatency({ latencyMs: options.latencyMs, jitterMs: 0 })
    double.resetStats()
    const loadAverage = loadNow()
    const cpuBefore = process.cpuUsage()
    const launched = timelineNow()
    const finishedAt: number[] = tasks.slice(0, jobs).map(() => Number.NaN)
    const waitFiles = tasks.slice(0, jobs).map((_, i) => join(waitDir, `job-${i}`))
    const outcomes = await Promise.all(
      tasks.slice(0, jobs).map(async (task, i) => {
        const env = { NODE_OPTIONS: `--import ${CORE_WAIT_HOOK}`, TASKLIST_BENCH_CORE_WAIT: waitFiles[i] ?? '' }
        const outcome = await contender.run(tagger.apiUrl(`job-${i}`), i, id, task, env)
        finishedAt[i] = timelineNow()
        return { task, ...outcome }
      }),
    )
    const coreWaitMs = waitFiles.map((file) => (existsSync(file) ? Number(readFileSync(file, 'utf8')) : Number.NaN))
    double.setLatency({ latencyMs: 0 })
    const cpu = process.cpuUsage(cpuBefore)
    const stats = double.stats()
    const timeline = double.timeline.map((e) => ({ ...e }))

    const { recorded, shown } = contender.truth(double, id)
    let lostUpdates = 0
    let failedSteps = 0
    for (const { task, exitCode, reported } of outcomes) {
      if (exitCode !== 0) failedSteps++
      // A job that reports an outcome the record does not hold lost its update (or invented one).
      if (reported === undefined || reported !== recorded.get(task)) lostUpdates++
    }
    const bodyBehind = [...recorded].filter(([task, status]) => shown.get(task) !== status).length

    const clients = byClient(timeline)
    const perJob = outcomes.map((_, i) => clients.get(`job-${i}`) ?? [])
    const firstRequest = (entries: readonly TimelineEntry[]) => Math.min(...entries.map((e) => e.startMs))
    const lastResponse = (entries: readonly TimelineEntry[]) => Math.max(...entries.map((e) => e.endMs))
    const phases = perJob.map((entries, i) => ({
      startup: firstRequest(entries) - launched,
      span: networkSpan(entries),
      exit: (finishedAt[i] ?? Number.NaN) - lastResponse(entries),
      coreWait: coreWaitMs[i] ?? Number.NaN,
    }))
    const recordsLanded = timeline
      .filter((e) => `${e.method} ${e.route}` === contender.recordRoute && e.status >= 200 && e.status < 300)
      .map((e) => e.endMs)
    const writesOf = (entries: readonly TimelineEntry[]) => entries.filter((e) => e.method !== 'GET').length
    return {
      jobs,
      command: 'run',
      latencyMs: options.latencyMs,
      requests: stats.requests,
      reads: stats.reads,
      notModified: stats.notModified,
      writes: stats.writes,
      contentCreating: stats.contentCreating,
      bodyPatches: stats.byRoute[PATCH_BODY_ROUTE] ?? 0,
      allRecordsLandedMs: Math.round(Math.max(...recordsLanded) - launched),
      allStepsDoneMs: Math.round(Math.max(...finishedAt) - launched),
      medianJobPhasesMs: {
        startup: Math.round(median(phases.map((p) => p.startup))),
        requests: Math.round(median(phases.map((p) => p.span))),
        exit: Math.round(median(phases.map((p) => p.exit))),
      },
      maxBodyPatchesPerJob: Math.max(
        ...perJob.map((entries) => entries.filter((e) => `${e.method} ${e.route}` === PATCH_BODY_ROUTE).length),
      ),
      lastJobFirstRequestMs: Math.round(Math.max(...perJob.map(firstRequest)) - launched),
      medianJobSpanMs: Math.round(median(phases.map((p) => p.span))),
      maxJobSpanMs: Math.round(Math.max(...phases.map((p) => p.span))),
      medianCoreWaitMs: Math.round(median(phases.map((p) => p.coreWait).filter(Number.isFinite))),
      maxRoundTripsPerJob: Math.max(...perJob.map((entries) => longestChain(entries))),
      maxWritesPerJob: Math.max(...perJob.map(writesOf)),
      // What no amount of CPU would remove: the client's pacing of writes past its burst, and the latency of each round trip.
      floorMs: Math.max(
        ...perJob.map(
          (entries) =>
            Math.max(0, writesOf(entries) - WRITE_BURST) * WRITE_PACING_MS + longestChain(entries) * options.latencyMs,
        ),
      ),
      loadAverage,
      benchCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      meanRequestsPerJob: Math.round((stats.requests / jobs) * 10) / 10,
      failedSteps,
      lostUpdates,
      bodyBehind,
      violations: double.violations.length,
    }
  } finally {
    double.setLatency({ latencyMs: 0 })
    await tagger.close()
    rmSync(waitDir, { recursive: true, force: true })
  }
}

export async function measureConcurrency(
  double: GitHubDouble,
  options: ConcurrencyOptions,
  progress: (line: string) => void,
  contender: Contender = THIS_ACTION,
): Promise<ConcurrencyRow[]> {
  const rows: ConcurrencyRow[] = []
  for (const jobs of options.jobCounts) {
    const row = await concurrentRuns(double, jobs, options, contender)
    rows.push(row)
    progress(
      `${contender.name}, ${jobs} concurrent runs: critical path per job ${row.medianJobSpanMs} ms median, ${row.maxJobSpanMs} ms worst; last record landed after ${row.allRecordsLandedMs} ms; ${row.lostUpdates} lost updates, ${row.failedSteps} failed steps`,
    )
  }
  return rows
}
