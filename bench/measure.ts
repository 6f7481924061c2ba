// Measuring one operation: prepare at 0 ms latency, then run it at the chosen latency with the
// double's counters zeroed, and read back what it asked of GitHub and how long it took.
import type { GitHubDouble, Stats, TimelineEntry } from '../test/double/index.ts'
import type { StepResult } from '../test/support/step-runner.ts'
import { costOf, idleBeforeWrites, networkSpan, sameCounts } from './chain.ts'
import { median } from './stats.ts'
import type { RequestCost, Timing } from './types.ts'

/** The double's clock for timeline entries (performance.timeOrigin + performance.now()). */
export function timelineNow(): number {
  return performance.timeOrigin + performance.now()
}

/** A `Date.now()` value (e.g. written by `date +%s%3N`) on the timeline's clock. */
export function wallToTimeline(epochMs: number): number {
  return epochMs - (Date.now() - timelineNow())
}

export interface StepCost {
  readonly step: string
  readonly cost: RequestCost
  readonly idleBeforeWritesMs: number
}

/** Records the cost of each step of a multi-step operation, by the counters before and after it. */
export class StepLog {
  readonly steps: StepCost[] = []
  private readonly double: GitHubDouble

  constructor(double: GitHubDouble) {
    this.double = double
  }

  async step(label: string, run: () => Promise<StepResult>, expectExit = 0): Promise<StepResult> {
    const before = this.double.stats()
    const from = this.double.timeline.length
    const result = await run()
    if (result.exitCode !== expectExit) {
      throw new Error(
        `${label}: exit ${result.exitCode}, expected ${expectExit}: ${result.errors.join(' ') || result.stderr.trim()}`,
      )
    }
    const after = this.double.stats()
    const slice = this.double.timeline.slice(from)
    this.steps.push({
      step: label,
      cost: costOf(diffStats(before, after), slice),
      idleBeforeWritesMs: Math.round(idleBeforeWrites(slice)),
    })
    return result
  }
}

export function diffStats(before: Stats, after: Stats): Stats {
  const byRoute: Record<string, number> = {}
  for (const [route, count] of Object.entries(after.byRoute)) {
    const delta = count - (before.byRoute[route] ?? 0)
    if (delta !== 0) byRoute[route] = delta
  }
  return {
    requests: after.requests - before.requests,
    reads: after.reads - before.reads,
    writes: after.writes - before.writes,
    contentCreating: after.contentCreating - before.contentCreating,
    notModified: after.notModified - before.notModified,
    byRoute,
    byLogin: {},
    faults: after.faults - before.faults,
  }
}

/** What the measured part of an operation reports back beyond the counters. */
export interface ActOutcome {
  /** Timeline time the user's command started (run only). */
  readonly commandStartedAt?: number
  /** How long the user's command itself ran (run only). */
  readonly commandMs?: number
  readonly steps?: readonly StepCost[]
}

export interface OperationSpec<C> {
  readonly name: string
  readonly description: string
  /** Runs at 0 ms latency; not measured. */
  setup(double: GitHubDouble): Promise<C>
  /** The measured part. Throws if the operation did not do what it should. */
  act(double: GitHubDouble, context: C): Promise<ActOutcome>
}

export interface Sample {
  readonly cost: RequestCost
  readonly wallMs: number
  readonly networkSpanMs: number
  /** From the start of the measured part to the first request reaching the double. */
  readonly toFirstRequestMs: number
  readonly timeline: readonly TimelineEntry[]
  readonly outcome: ActOutcome
}

export async function sampleOnce<C>(double: GitHubDouble, spec: OperationSpec<C>, latencyMs: number): Promise<Sample> {
  double.setLatency({ latencyMs: 0, jitterMs: 0 })
  const context = await spec.setup(double)
  double.setLatency({ latencyMs, jitterMs: 0 })
  double.resetStats()
  const startedAt = timelineNow()
  const started = performance.now()
  try {
    const outcome = await spec.act(double, context)
    const wallMs = performance.now() - started
    const timeline = double.timeline.map((entry) => ({ ...entry }))
    const toFirstRequestMs = Math.min(...timeline.map((e) => e.startMs)) - startedAt
    return {
      cost: costOf(double.stats(), timeline),
      wallMs,
      networkSpanMs: networkSpan(timeline),
      toFirstRequestMs,
      timeline,
      outcome,
    }
  } finally {
    double.setLatency({ latencyMs: 0 })
  }
}

export interface Repeated {
  /** The first sample at the first latency: its counts stand for all (see `stable`). */
  readonly first: Sample
  /** Every sample at the first latency, for figures taken as a median of them. */
  readonly firstLatency: readonly Sample[]
  readonly timing: Record<string, Timing>
  readonly stable: boolean
}

/** Runs an operation `repetitions` times at each latency; counts must not depend on either. */
export async function repeat<C>(
  double: GitHubDouble,
  spec: OperationSpec<C>,
  latencies: readonly number[],
  repetitions: number,
): Promise<Repeated> {
  let first: Sample | undefined
  let firstLatency: Sample[] | undefined
  let stable = true
  const timing: Record<string, Timing> = {}
  for (const latencyMs of latencies) {
    const samples: Sample[] = []
    firstLatency ??= samples
    for (let i = 0; i < repetitions; i++) {
      const sample = await sampleOnce(double, spec, latencyMs)
      if (first === undefined) first = sample
      else if (!sameCounts(first.cost, sample.cost)) stable = false
      samples.push(sample)
    }
    timing[String(latencyMs)] = {
      wallMs: Math.round(median(samples.map((s) => s.wallMs))),
      networkSpanMs: Math.round(median(samples.map((s) => s.networkSpanMs))),
      samplesMs: samples.map((s) => Math.round(s.wallMs)),
      toFirstRequestMs: Math.round(median(samples.map((s) => s.toFirstRequestMs))),
    }
  }
  if (first === undefined || firstLatency === undefined) throw new Error(`${spec.name}: no repetitions`)
  return { first, firstLatency, timing, stable }
}
