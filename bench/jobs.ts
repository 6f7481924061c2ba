// Jobs as a runner would run them (test/support/step-runner.ts), with their temp dirs removed afterwards.
import { rmSync } from 'node:fs'
import { Job, type JobOptions } from '../test/support/step-runner.ts'
import { BENCH_TOKEN } from './double.ts'

const made: Job[] = []
let runs = 5000

/** A new job on its own runner; each gets a fresh run id unless one is given. */
export function newJob(apiUrl: string, options: Omit<JobOptions, 'apiUrl'> = {}): Job {
  const job = new Job({ apiUrl, runId: String(++runs), job: 'bench', token: BENCH_TOKEN, ...options })
  made.push(job)
  return job
}

export function removeJobDirs(): void {
  for (const job of made.splice(0)) rmSync(job.dir, { recursive: true, force: true })
}
