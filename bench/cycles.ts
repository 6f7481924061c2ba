// Start/fail cycles in sequence, one process per transition, as a pipeline that retries a phase, or a
// person at the CLI, would make them: the cost of a transition paid many times over.
import type { GitHubDouble } from '../test/double/index.ts'
import { newJob } from './jobs.ts'
import { loadNow } from './machine.ts'
import { REFERENCE_TASKS, seedTaskList } from './records.ts'
import type { CyclesResult } from './types.ts'

export async function measureCycles(double: GitHubDouble, cycles: number, latencyMs: number): Promise<CyclesResult> {
  const id = String(seedTaskList(double, { title: 'start/fail cycles', tasks: REFERENCE_TASKS }).number)
  const task = REFERENCE_TASKS[0]?.name ?? ''
  // One job: `start` hands its claim to the `fail` that follows, as the steps of a job do.
  const job = newJob(double.apiUrl)
  const loadAverage = loadNow()
  double.setLatency({ latencyMs, jitterMs: 0 })
  double.resetStats()
  const started = performance.now()
  try {
    for (let i = 0; i < cycles; i++) {
      const start = await job.step({ command: 'start', 'tasklist-id': id, task })
      if (start.exitCode !== 0 || start.outputs['task-status'] !== 'IN_PROGRESS')
        throw new Error(`cycle ${i + 1}: start failed: ${start.errors.join(' ')}`)
      const fail = await job.step({ command: 'fail', 'tasklist-id': id, task, message: `cycle ${i + 1}` })
      if (fail.exitCode !== 0 || fail.outputs['task-status'] !== 'FAILED')
        throw new Error(`cycle ${i + 1}: fail failed: ${fail.errors.join(' ')}`)
    }
  } finally {
    double.setLatency({ latencyMs: 0 })
  }
  const totalMs = performance.now() - started
  return {
    cycles,
    processes: cycles * 2,
    latencyMs,
    totalMs: Math.round(totalMs),
    perTransitionMs: Math.round(totalMs / (cycles * 2)),
    requests: double.stats().requests,
    loadAverage,
  }
}
