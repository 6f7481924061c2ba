// Section 3: many jobs transitioning one TaskList at once. Each job runs its own task; afterwards
// the record is folded from scratch and compared with what every job reported.
import { WRITE_BURST } from '../src/github/client.ts'
import { parseBody } from '../src/domain/body.ts'
import { fold, trustedAuthors } from '../src/domain/fold.ts'
import { genesisSnapshot } from '../src/domain/snapshot.ts'
import { ACTIONS_BOT, type GitHubDouble, type TimelineEntry } from '../test/double/index.ts'
import type { StepResult } from '../test/support/step-runner.ts'
import { byClient, longestChain, networkSpan } from './chain.ts'
import { startClientTagger } from './client-tags.ts'
import { newJob } from './jobs.ts'
import { loadNow } from './machine.ts'
import { timelineNow } from './measure.ts'
import { namedTasks, REPO, seedTaskList } from './records.ts'
import { median } from './stats.ts'
import type { ConcurrencyRow } from './types.ts'

const COMMENTS_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
/** @octokit/plugin-throttling's write group: one write per process per second. */
const WRITE_PACING_MS = 1000
const PATCH_BODY_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'

export interface ConcurrencyOptions {
  readonly jobCounts: readonly number[]
  readonly latencyMs: number
  /** Tasks in the TaskList; at least the largest job count. */
  readonly tasks: number
}

/** `jobs` jobs, each running a distinct task of one TaskList, all launched at the same moment. */
export async function concurrentRuns(
  double: GitHubDouble,
  jobs: number,
  options: ConcurrencyOptions,
): Promise<ConcurrencyRow> {
  const specs = namedTasks(options.tasks)
  const seeded = seedTaskList(double, { title: `${jobs} jobs at once`, tasks: specs })
  const id = String(seeded.number)
  const tagger = await startClientTagger(double.apiUrl)
  try {
    const runners = specs
      .slice(0, jobs)
      .map((task, i) => ({ task: task.name, job: newJob(tagger.apiUrl(`job-${i}`), { job: `shard-${i}` }) }))
    double.setLatency({ latencyMs: options.latencyMs, jitterMs: 0 })
    double.resetStats()
    const loadAverage = loadNow()
    const cpuBefore = process.cpuUsage()
    const launched = timelineNow()
    const finishedAt: number[] = runners.map(() => Number.NaN)
    const results: StepResult[] = await Promise.all(
      runners.map(async ({ job, task }, i) => {
        const result = await job.step({ command: 'run', 'tasklist-id': id, task, run: 'true' })
        finishedAt[i] = timelineNow()
        return result
      }),
    )
    double.setLatency({ latencyMs: 0 })
    const cpu = process.cpuUsage(cpuBefore)
    const stats = double.stats()
    const timeline = double.timeline.map((e) => ({ ...e }))

    // The truth: every comment folded from the genesis, as a reader with no snapshot would.
    const issue = double.getIssue(REPO, seeded.number)
    const genesis = genesisSnapshot({
      title: seeded.snapshot.title,
      trusted: [],
      tasks: specs,
      now: seeded.snapshot.created,
    })
    const comments = double
      .listComments(REPO, seeded.number)
      .map((c) => ({ id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }))
    const truth = fold(genesis, comments, trustedAuthors(ACTIONS_BOT.login)).snapshot
    const statusOf = new Map(truth.tasks.map((t) => [t.definition.name, t.state.status]))
    let lostUpdates = 0
    let failedSteps = 0
    results.forEach((result, i) => {
      const task = runners[i]?.task ?? ''
      if (result.exitCode !== 0) failedSteps++
      const reported = result.outputs['task-status']
      // A job that reports an outcome the record does not hold lost its update (or invented one).
      if (reported === undefined || reported !== statusOf.get(task)) lostUpdates++
    })
    const parsed = parseBody(issue?.body)
    const shown =
      parsed.kind === 'ok'
        ? new Map(parsed.snapshot.tasks.map((t) => [t.definition.name, t.state.status]))
        : new Map<string, string>()
    const bodyBehind = truth.tasks.filter((t) => shown.get(t.definition.name) !== t.state.status).length

    const clients = byClient(timeline)
    const perJob = [...clients.values()]
    const firstRequest = (entries: readonly TimelineEntry[]) => Math.min(...entries.map((e) => e.startMs))
    const lastResponse = (entries: readonly TimelineEntry[]) => Math.max(...entries.map((e) => e.endMs))
    const phases = runners.map((_, i) => {
      const entries = clients.get(`job-${i}`) ?? []
      const done = finishedAt[i] ?? Number.NaN
      return {
        startup: firstRequest(entries) - launched,
        span: networkSpan(entries),
        exit: done - lastResponse(entries),
      }
    })
    const recordsLanded = timeline
      .filter((e) => `${e.method} ${e.route}` === COMMENTS_ROUTE && e.status === 201)
      .map((e) => e.endMs)
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
      lastJobFirstRequestMs: Math.round(
        Math.max(...perJob.map((entries) => Math.min(...entries.map((e) => e.startMs)))) - launched,
      ),
      maxJobSpanMs: Math.round(Math.max(...perJob.map((entries) => networkSpan(entries)))),
      maxRoundTripsPerJob: Math.max(...perJob.map((entries) => longestChain(entries))),
      maxWritesPerJob: Math.max(...perJob.map((entries) => entries.filter((e) => e.method !== 'GET').length)),
      // What no amount of CPU would remove: the client's pacing of writes past its burst, and the latency of each round trip.
      floorMs: Math.max(
        ...perJob.map(
          (entries) =>
            Math.max(0, entries.filter((e) => e.method !== 'GET').length - WRITE_BURST) * WRITE_PACING_MS +
            longestChain(entries) * options.latencyMs,
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
  }
}

export async function measureConcurrency(
  double: GitHubDouble,
  options: ConcurrencyOptions,
  progress: (line: string) => void,
): Promise<ConcurrencyRow[]> {
  const rows: ConcurrencyRow[] = []
  for (const jobs of options.jobCounts) {
    const row = await concurrentRuns(double, jobs, options)
    rows.push(row)
    progress(
      `${jobs} concurrent runs: ${row.requests} requests, all recorded after ${row.allRecordsLandedMs} ms, all steps done after ${row.allStepsDoneMs} ms, ${row.lostUpdates} lost updates, ${row.failedSteps} failed steps`,
    )
  }
  return rows
}
