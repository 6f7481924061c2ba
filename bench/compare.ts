// This action, the naive reference action and the physical limit, side by side: the same double,
// the same latencies, the same operations.
import { spawn } from 'node:child_process'
import type { GitHubDouble } from '../test/double/index.ts'
import { concurrentRuns, NAIVE_ACTION, type ConcurrencyOptions } from './concurrency.ts'
import { limitOf } from './limit.ts'
import { repeat } from './measure.ts'
import { median, round } from './stats.ts'
import { NAIVE_OPERATIONS } from './naive/operations.ts'
import type { Comparison, ComparisonRow, Figures, OperationResult } from './types.ts'

function figures(requests: number, roundTrips: number, timing: Readonly<Record<string, { wallMs: number }>>): Figures {
  return {
    requests,
    roundTrips,
    wallMs: Object.fromEntries(Object.entries(timing).map(([latency, t]) => [latency, t.wallMs])),
  }
}

/**
 * Bare `node -e 0`, spawn to exit, spawned as the bench spawns every step (asynchronously, from this
 * process, while the double runs in it): the start-up the limit charges per step.
 */
export async function bareNodeStep(runs: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`node -e 0 exited ${code}`))))
    })
    samples.push(performance.now() - started)
  }
  return round(median(samples), 1)
}

export async function measureComparison(
  double: GitHubDouble,
  action: readonly OperationResult[],
  options: {
    readonly latencies: readonly number[]
    readonly repetitions: number
    /** Runs of bare node to time. */
    readonly bareNodeRuns: number
    readonly concurrency: ConcurrencyOptions & { readonly jobs: number }
  },
  progress: (line: string) => void,
): Promise<Comparison> {
  const bareNodeMs = await bareNodeStep(options.bareNodeRuns)
  progress(`bare node, spawned as a step is: ${bareNodeMs} ms`)
  const rows: ComparisonRow[] = []
  for (const spec of NAIVE_OPERATIONS) {
    const ours = action.find((o) => o.name === spec.name)
    if (ours === undefined) throw new Error(`this action has no measurement of ${spec.name}`)
    const naive = await repeat(double, spec, options.latencies, options.repetitions)
    rows.push({
      operation: spec.name,
      action: figures(ours.cost.requests, ours.cost.roundTrips, ours.timing),
      naive: figures(naive.first.cost.requests, naive.first.cost.roundTrips, naive.timing),
      limit: limitOf(spec.name, bareNodeMs, options.latencies),
    })
    progress(
      `naive ${spec.name}: ${naive.first.cost.requests} requests, ${naive.first.cost.roundTrips} round trips, ${Object.entries(
        naive.timing,
      )
        .map(([l, t]) => `${t.wallMs} ms at ${l} ms`)
        .join(', ')}`,
    )
  }
  const naiveConcurrency = await concurrentRuns(double, options.concurrency.jobs, options.concurrency, NAIVE_ACTION)
  progress(
    `naive, ${options.concurrency.jobs} concurrent runs: critical path per job ${naiveConcurrency.medianJobSpanMs} ms median, ${naiveConcurrency.maxJobSpanMs} ms worst; ${naiveConcurrency.lostUpdates} lost updates`,
  )
  return { bareNodeMs, rows, naiveConcurrency }
}
