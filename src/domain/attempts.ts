import { MAX_HISTORY, type HistoryEntry, type HistoryOutcome } from './history.ts'
import type { RunState } from './model.ts'
import type { Op } from './status.ts'

/** One run of a task, as a timeline shows it; times are epoch milliseconds of GitHub's clock. */
export interface Attempt {
  readonly start: number
  readonly end: number
  readonly outcome: 'COMPLETE' | 'FAILED' | 'TAKEN_OVER' | 'SKIPPED' | 'RUNNING'
}

const OUTCOME_OF: Record<HistoryOutcome, Attempt['outcome']> = {
  C: 'COMPLETE',
  F: 'FAILED',
  T: 'TAKEN_OVER',
  S: 'SKIPPED',
}

/** The attempt the task's own fields describe, which a record applied now would erase. */
function endingAttempt(task: RunState, op: Op, at: string): HistoryEntry | undefined {
  if (op === 'renew' || op === 'complete' || op === 'fail') return undefined
  if (op === 'takeover') {
    if (task.claim === undefined) return undefined
    const start = Date.parse(task.claim.at)
    return [Math.floor(start / 1000), Math.max(0, (Date.parse(at) - start) / 1000), 'T']
  }
  if (task.changedAt === undefined) return undefined
  const end = Date.parse(task.changedAt) / 1000
  if ((task.status === 'COMPLETE' || task.status === 'FAILED') && task.durationSec !== undefined)
    return [Math.max(0, Math.floor(end - task.durationSec)), task.durationSec, task.status === 'COMPLETE' ? 'C' : 'F']
  if (task.status === 'SKIPPED') return [Math.floor(end), 0, 'S']
  return undefined
}

/**
 * The history a task carries after `op` is applied at GitHub time `at`: the
 * attempt that is about to be overwritten joins it, the oldest falling off.
 * Part of the fold, so every reader keeps the same history.
 */
export function historyAfter(task: RunState, op: Op, at: string): HistoryEntry[] | undefined {
  const ended = endingAttempt(task, op, at)
  if (ended === undefined) return task.history === undefined ? undefined : [...task.history]
  return [...(task.history ?? []), ended].slice(-MAX_HISTORY)
}

/**
 * Every attempt of a task that the state knows, oldest first: earlier ones
 * from its history, then the current one (a running task runs up to `now`).
 */
export function attemptsOf(task: RunState, now: number): Attempt[] {
  const attempts: Attempt[] = (task.history ?? []).map(([start, seconds, outcome]) => ({
    start: start * 1000,
    end: start * 1000 + seconds * 1000,
    outcome: OUTCOME_OF[outcome],
  }))
  const at = task.changedAt === undefined ? undefined : Date.parse(task.changedAt)
  if (task.status === 'IN_PROGRESS' && task.claim !== undefined) {
    const start = Date.parse(task.claim.at)
    attempts.push({ start, end: Math.max(start, now), outcome: 'RUNNING' })
  } else if (
    (task.status === 'COMPLETE' || task.status === 'FAILED') &&
    task.durationSec !== undefined &&
    at !== undefined
  ) {
    attempts.push({ start: at - task.durationSec * 1000, end: at, outcome: task.status })
  } else if (task.status === 'SKIPPED' && at !== undefined) {
    attempts.push({ start: at, end: at, outcome: 'SKIPPED' })
  }
  return attempts
}
