import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ClaimOutcome } from '../app/claim.ts'
import { outputsOf } from '../app/plan-state.ts'
import { transition } from '../app/transition.ts'
import { formatDuration } from '../domain/duration.ts'
import { tailLines } from '../domain/markdown.ts'
import { OutputsError, parseOutputLines } from '../domain/task-outputs.ts'
import { TaskBusyError } from '../storage/errors.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import { exportClaim, releaseClaim, saveClaimForPost, type PendingOutcome } from './claim-handoff.ts'
import { ClaimKeeper } from './claim-keeper.ts'
import { workflowHolder, type RunnerContext } from './runner-context.ts'
import { runShell, type ShellResult } from './shell.ts'

/** How one claimed task's command runs: `run` takes these from its inputs, `resume` from the plan. */
export interface Execution {
  readonly script: string
  readonly leaseSec: number
  readonly timeoutSec: number | undefined
  readonly retries: number
}

export interface Executed {
  readonly view: TaskListView
  readonly name: string
  readonly succeeded: boolean
  /** Why it failed, in the words of the FAILED record. */
  readonly message: string | undefined
  readonly attempts: number
}

/** The first retry waits this long, each later one twice as long, up to the cap: short, as the contract says. */
const BACKOFF_MS = 1000
const BACKOFF_CAP_MS = 10_000

/**
 * Runs a task this job has just claimed, as `command: run` always has: the claim
 * handed to the post step before anything can go wrong, the lease kept alive,
 * the command under bash in the workspace, stopped (its whole process tree) at
 * its timeout, run again up to `retries` times, and the outcome recorded under
 * the claim, with the outputs it wrote to TASKLIST_OUTPUT on COMPLETE.
 */
export async function executeClaimed(
  store: TaskListStore,
  log: Logger,
  runner: RunnerContext,
  claimed: Extract<ClaimOutcome, { kind: 'claimed' }>,
  execution: Execution,
): Promise<Executed> {
  const id = claimed.view.issue.number
  const taskId = claimed.id
  const name = claimed.before.definition.name
  const holder = workflowHolder(runner)
  const saved = { tasklistId: id, task: name, taskId, claimId: claimed.claimId }
  exportClaim(id, taskId, claimed.claimId)
  saveClaimForPost(saved)

  const keeper = new ClaimKeeper({
    store,
    log,
    view: claimed.view,
    taskId,
    claimId: claimed.claimId,
    leaseSec: execution.leaseSec,
    holder,
  })
  const giveUp = (when: string): never => {
    releaseClaim(id, taskId)
    saveClaimForPost(undefined)
    throw new TaskBusyError(`${name} in TaskList #${id} was taken over by ${keeper.lostTo ?? 'another writer'} ${when}`)
  }
  await keeper.renewIfLeaseShort()
  if (keeper.lostTo !== undefined) {
    await keeper.stop()
    giveUp('before this job could start it; it was not run here')
  }

  const env = {
    ...process.env,
    TASKLIST_ID: String(id),
    TASKLIST_TASK: name,
    TASKLIST_OUTPUTS: JSON.stringify(outputsOf(keeper.view.state)),
  }
  const run = await runAttempts(execution, runner.workspace, keeper, env, log, name)
  const view = keeper.view
  if (keeper.lostTo !== undefined) giveUp("while this job ran it; nothing was recorded for this job's run")

  const { result, interrupted, timedOut, attempts, outputs, outputsProblem } = run
  const succeeded = result.exitCode === 0 && interrupted === undefined && !timedOut && outputsProblem === undefined
  const tries = attempts > 1 ? ` (attempt ${attempts} of ${execution.retries + 1})` : ''
  const message =
    interrupted !== undefined
      ? `interrupted (${interrupted})`
      : timedOut
        ? `timed out after ${formatDuration(execution.timeoutSec ?? 0)}${tries}; its processes were stopped`
        : outputsProblem !== undefined
          ? `TASKLIST_OUTPUT ${outputsProblem}`
          : succeeded
            ? attempts > 1
              ? `succeeded on attempt ${attempts} of ${execution.retries + 1}`
              : undefined
            : `exit code ${result.exitCode}${tries}`
  const pending: PendingOutcome = {
    op: succeeded ? 'complete' : 'fail',
    exitCode: result.exitCode,
    ...(message === undefined ? {} : { message }),
  }
  // If this step dies before the record lands, the post step records this outcome instead of 'interrupted'.
  saveClaimForPost({ ...saved, pending })
  const final = await transition(store, log, view, {
    task: taskId,
    op: pending.op,
    authority: 'workflow',
    holder,
    ownClaim: claimed.claimId,
    exitCode: result.exitCode,
    ...(message === undefined ? {} : { message }),
    ...(succeeded && outputs !== undefined ? { outputs } : {}),
    ...(succeeded ? {} : { extras: { output: tailLines(result.tail, 50, 20_000) } }),
  })
  releaseClaim(id, taskId)
  saveClaimForPost(undefined)
  return { view: final, name, succeeded, message, attempts }
}

interface Attempts {
  readonly result: ShellResult
  readonly interrupted: NodeJS.Signals | undefined
  readonly timedOut: boolean
  readonly attempts: number
  readonly outputs: Record<string, string> | undefined
  readonly outputsProblem: string | undefined
}

/** Runs the command under the keeper until it succeeds or its retries are spent; a signal to this step stops it. */
async function runAttempts(
  execution: Execution,
  workspace: string,
  keeper: ClaimKeeper,
  env: NodeJS.ProcessEnv,
  log: Logger,
  name: string,
): Promise<Attempts> {
  // One small local file: synchronous calls keep the thread pool's hops out of the gap between the
  // claim and the command, and between the command and its outcome. Made before the keeper starts,
  // so a temp dir that cannot be made leaves no renewal timer behind.
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'tasklist-output-'))
  const outputFile = join(dir, 'output')
  let interrupted: NodeJS.Signals | undefined
  let stopCommand: (signal: NodeJS.Signals) => void = () => undefined
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal
    stopCommand(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  keeper.keep((signal) => stopCommand(signal))
  // The keeper stops here whatever happens: its renewal timer would keep the step alive.
  try {
    for (let attempt = 1; ; attempt += 1) {
      writeFileSync(outputFile, '')
      let timedOut = false
      let timer: ReturnType<typeof setTimeout> | undefined
      const result = await runShell(
        execution.script,
        workspace,
        (stop) => {
          stopCommand = stop
          if (execution.timeoutSec !== undefined)
            timer = setTimeout(() => {
              timedOut = true
              log.warning(
                `${name}: still running after its timeout of ${formatDuration(execution.timeoutSec ?? 0)}; stopping it`,
              )
              stop('SIGTERM')
            }, execution.timeoutSec * 1000)
        },
        { ...env, TASKLIST_OUTPUT: outputFile },
      )
      if (timer !== undefined) clearTimeout(timer)
      const failed = result.exitCode !== 0 || timedOut
      if (!failed || interrupted !== undefined || keeper.lostTo !== undefined || attempt > execution.retries) {
        if (failed)
          return { result, interrupted, timedOut, attempts: attempt, outputs: undefined, outputsProblem: undefined }
        try {
          const outputs = parseOutputLines(readFileSync(outputFile, 'utf8'))
          return { result, interrupted, timedOut, attempts: attempt, outputs, outputsProblem: undefined }
        } catch (error) {
          if (!(error instanceof OutputsError)) throw error
          return { result, interrupted, timedOut, attempts: attempt, outputs: undefined, outputsProblem: error.message }
        }
      }
      const waitMs = Math.min(BACKOFF_CAP_MS, BACKOFF_MS * 2 ** (attempt - 1))
      log.warning(
        `${name}: attempt ${attempt} of ${execution.retries + 1} ${timedOut ? 'timed out' : `failed with exit code ${result.exitCode}`}; running it again in ${formatDuration(waitMs / 1000)}`,
      )
      await new Promise((resolve) => setTimeout(resolve, waitMs))
    }
  } finally {
    await keeper.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    rmSync(dir, { recursive: true, force: true })
  }
}
