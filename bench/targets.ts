// The targets the issue sets, judged against what was measured. Reads include 304s (they are
// still round trips), which is the stricter reading.
import { GITHUB_BODY_LIMIT } from '../src/domain/body.ts'
import type { BenchResults, GrowthRow, OperationResult, TargetResult } from './types.ts'

type Measured = Omit<BenchResults, 'targets'>

/** A body "with room to spare": at least this share of GitHub's limit left free. */
export const SPARE_SHARE = 0.1

function op(results: Measured, name: string): OperationResult {
  const found = results.operations.find((o) => o.name === name)
  if (found === undefined) throw new Error(`no measurement of ${name}`)
  return found
}

const reads = (c: { reads: number; notModified: number }) =>
  `${c.reads} reads${c.notModified > 0 ? ` (${c.notModified} of them 304)` : ''}`

export function judge(results: Measured): TargetResult[] {
  const targets: TargetResult[] = []

  const loads: Array<{ label: string; reads: number; notModified: number }> = [
    { label: 'load', ...op(results, 'load').cost },
    ...results.growth.byRecords.map((r: GrowthRow) => ({ label: `${r.size} records`, ...r.cost })),
    ...results.growth.byTasks
      .filter((r) => r.operation === 'load')
      .map((r) => ({ label: `${r.size} tasks`, ...r.cost })),
  ]
  const worstLoad = Math.max(...loads.map((l) => l.reads))
  const lagged = results.growth.byLag.filter((r) => r.operation === 'load')
  targets.push({
    target: 'load ≤ 2 reads whatever the record length',
    measured: `${worstLoad} reads at most, over ${loads.map((l) => l.label).join(', ')}`,
    pass: worstLoad <= 2,
    note: `with the body current; a snapshot lagging behind costs more: ${lagged.map((r) => `${r.lag} records behind → ${r.cost.reads} reads`).join(', ')}`,
  })

  const transitions = [
    ...['start', 'complete', 'fail', 'skip'].map((name) => ({ label: name, cost: op(results, name).cost })),
    ...results.growth.byTasks
      .filter((r) => r.operation !== 'load')
      .map((r) => ({ label: `${r.operation} @ ${r.size} tasks`, cost: r.cost })),
  ]
  const maxWrites = Math.max(...transitions.map((t) => t.cost.writes))
  const maxReads = Math.max(...transitions.map((t) => t.cost.reads))
  targets.push({
    target: 'a transition command (start, complete, fail, skip) ≤ 2 writes and ≤ 4 reads',
    measured:
      transitions
        .filter((t) => !t.label.includes('@'))
        .map((t) => `${t.label}: ${t.cost.writes} writes, ${reads(t.cost)}`)
        .join('; ') +
      `; at most ${maxWrites} writes and ${maxReads} reads up to ${Math.max(...results.growth.byTasks.map((r) => r.size))} tasks`,
    pass: maxWrites <= 2 && maxReads <= 4,
  })

  const run = op(results, 'run')
  const before = run.beforeCommand?.roundTrips ?? Number.NaN
  targets.push({
    target: 'run of one task ≤ 4 writes and ≤ 3 round trips before the command starts',
    measured: `${run.cost.writes} writes (${run.cost.contentCreating} comments), ${before} round trips before the command, ${run.cost.roundTrips} in all`,
    pass: run.cost.writes <= 4 && before <= 3,
  })

  const scenario = op(results, 'reference scenario')
  targets.push({
    target: 'reference scenario (create, run, load, run, run) ≤ 24 requests',
    measured: `${scenario.cost.requests} requests (${scenario.cost.reads} reads, ${scenario.cost.notModified} of them 304; ${scenario.cost.writes} writes, ${scenario.cost.contentCreating} content-creating)`,
    pass: scenario.cost.requests <= 24,
  })

  const fifty = results.concurrency.find((r) => r.jobs === 50)
  if (fifty !== undefined) {
    targets.push({
      target: '50 concurrent jobs at 100 ms latency: all recorded in < 10 s, 0 lost updates',
      measured: `last record landed after ${(fifty.allRecordsLandedMs / 1000).toFixed(1)} s (every step done after ${(fifty.allStepsDoneMs / 1000).toFixed(1)} s), ${fifty.lostUpdates} lost updates, ${fifty.failedSteps} failed steps`,
      pass: fifty.allRecordsLandedMs < 10_000 && fifty.lostUpdates === 0 && fifty.failedSteps === 0,
      note: `the last job sent its first request ${(fifty.lastJobFirstRequestMs / 1000).toFixed(1)} s after the launch (50 processes starting on ${results.machine.cores} cores, load average ${fifty.loadAverage}); the longest job spent ${(fifty.maxJobSpanMs / 1000).toFixed(1)} s between its first request and its last response, with up to ${fifty.maxWritesPerJob} writes, sent back to back; latency alone put a floor of ${(fifty.floorMs / 1000).toFixed(1)} s under the slowest job, however many machines run them`,
    })
  }

  const s = results.startup
  targets.push({
    target: 'start-up ≤ 3× bare node',
    measured: `${s.ratio}× warm (${s.action.medianMs} ms vs ${s.bareNode.medianMs} ms, medians of ${s.runs}); ${s.coldRatio}× on the first, cold run (${s.action.coldMs} ms)`,
    pass: s.ratio <= 3,
    note: `CPU time per start, which other load on the machine barely moves: ${s.cpu.actionMs} ms vs ${s.cpu.bareNodeMs} ms (${s.cpu.ratio}×)`,
  })

  const at500 = results.body.sizes.filter((r) => r.tasks === 500 && r.state !== 'running')
  const limit = GITHUB_BODY_LIMIT * (1 - SPARE_SHARE)
  const worst = at500.reduce<(typeof at500)[number] | undefined>(
    (w, r) => (w === undefined || (r.chars ?? Infinity) > (w.chars ?? Infinity) ? r : w),
    undefined,
  )
  const running = results.body.running
  targets.push({
    target: `500 tasks fit in the body with room to spare (≥ ${SPARE_SHARE * 100}% of ${GITHUB_BODY_LIMIT} free), freshly created and all finished`,
    measured:
      worst === undefined
        ? 'not measured'
        : `largest: ${worst.chars ?? 'does not fit'} characters (${worst.nameLength}-character names, ${worst.state}, detail ${worst.detail ?? '–'}), ${worst.chars === null ? '' : `${(((GITHUB_BODY_LIMIT - worst.chars) / GITHUB_BODY_LIMIT) * 100).toFixed(1)}% free`}`,
    pass: at500.length > 0 && at500.every((r) => r.chars !== null && r.chars <= limit),
    note: `running tasks carry their claim, which no detail level drops: of 500 tasks at most ${running.map((r) => `${r.maxRunning} (${r.nameLength}-character names)`).join(' or ')} can be IN_PROGRESS at once`,
  })
  return targets
}
