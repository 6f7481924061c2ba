import * as core from '@actions/core'
import { findTask } from '../../app/find-task.ts'
import { leaseExpiry } from '../../domain/fold.ts'
import { transition } from '../../app/transition.ts'
import { tailLines } from '../../domain/markdown.ts'
import { TaskBusyError } from '../../storage/errors.ts'
import type { TaskListView } from '../../storage/view.ts'
import { exportClaim, releaseClaim, saveClaimForPost, type PendingOutcome } from '../claim-handoff.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import { runShell } from '../shell.ts'
import { requireTask, type CommandContext } from './context.ts'
import { claimForJob } from './start.ts'

/** Long commands get the body redrawn while they run, so people see IN_PROGRESS there too. */
const BODY_REFRESH_AFTER_MS = 10_000

export async function runCommand({ inputs, runner, store, log }: CommandContext): Promise<void> {
  const script = inputs.run
  if (script === undefined) throw new Error('run was validated as present')
  const outcome = await claimForJob(store, log, inputs, runner)
  if (outcome.kind !== 'claimed') {
    await publishOutputs(outcome.view, { task: requireTask(inputs), shouldRun: false })
    return
  }
  const id = outcome.view.issue.number
  const taskId = outcome.id
  const holder = workflowHolder(runner)
  const saved = { tasklistId: id, task: outcome.before.n, taskId, claimId: outcome.claimId }
  exportClaim(id, taskId, outcome.claimId)
  saveClaimForPost(saved)

  // Writes to GitHub while the command runs are chained, so a renewal never races the final record.
  let view: TaskListView = outcome.view
  let chain: Promise<unknown> = Promise.resolve()
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work)
    chain = next.catch(() => undefined)
    return next
  }
  let lostClaim: string | undefined
  let stopCommand: (signal: NodeJS.Signals) => void = () => undefined
  /** Extends the lease; when the claim turns out to be lost, stops the command so the task has one runner. */
  const renew = async () => {
    const { task } = findTask(view.state, taskId, id)
    const submission = await store.submit(view, {
      op: 'renew',
      task: taskId,
      name: task.n,
      ver: task.v,
      from: 'IN_PROGRESS',
      to: 'IN_PROGRESS',
      authority: 'workflow',
      claim: outcome.claimId,
      lease: inputs.leaseSec,
      holder,
    })
    view = submission.view
    const now = findTask(view.state, taskId, id).task
    if (now.s !== 'IN_PROGRESS' || now.c?.id !== outcome.claimId) {
      lostClaim = now.c?.holder.label ?? 'another writer'
      log.warning(`${task.n}: this job lost its claim to ${lostClaim}; stopping the command so the task has one runner`)
      stopCommand('SIGTERM')
    }
  }
  // A claim whose read-back took long may be near the end of its lease: renew before starting.
  const claimed = findTask(view.state, taskId, id).task.c
  if (claimed !== undefined && leaseExpiry(claimed) - store.now() < (inputs.leaseSec * 1000) / 3) await enqueue(renew)
  if (lostClaim !== undefined) {
    releaseClaim(id, taskId)
    saveClaimForPost(undefined)
    throw new TaskBusyError(
      `${outcome.before.n} in TaskList #${id} was taken over by ${lostClaim} before this job could start it; it was not run here`,
    )
  }
  const refreshBody = setTimeout(() => {
    void enqueue(async () => {
      view = await store.publish({ ...view }, { converge: false })
    }).catch((error: unknown) => log.warning(`Could not refresh the TaskList body: ${String(error)}`))
  }, BODY_REFRESH_AFTER_MS)
  const renewEveryMs = Math.max(1000, (inputs.leaseSec * 1000) / 3)
  const renewal = setInterval(() => {
    void enqueue(renew).catch((error: unknown) =>
      log.warning(`Could not renew the lease of ${outcome.before.n}; will try again: ${String(error)}`),
    )
  }, renewEveryMs)

  let interrupted: NodeJS.Signals | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal
    stopCommand(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let result
  try {
    result = await runShell(script, runner.workspace, (stop) => {
      stopCommand = stop
    })
  } finally {
    clearTimeout(refreshBody)
    clearInterval(renewal)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  await chain
  // Read through a function: the renewal callback may have set it while the command ran.
  const lostDuringRun = ((): string | undefined => lostClaim)()
  if (lostDuringRun !== undefined) {
    releaseClaim(id, taskId)
    saveClaimForPost(undefined)
    throw new TaskBusyError(
      `${outcome.before.n} in TaskList #${id} was taken over by ${lostDuringRun} while this job ran it; nothing was recorded for this job's run`,
    )
  }

  const succeeded = result.exitCode === 0 && interrupted === undefined
  const message =
    interrupted !== undefined ? `interrupted (${interrupted})` : succeeded ? undefined : `exit code ${result.exitCode}`
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
    ownClaim: outcome.claimId,
    exitCode: result.exitCode,
    ...(message === undefined ? {} : { message }),
    ...(succeeded ? {} : { extras: { output: tailLines(result.tail, 50, 20_000) } }),
  })
  releaseClaim(id, taskId)
  saveClaimForPost(undefined)
  await publishOutputs(final, { task: outcome.before.n, shouldRun: true })
  if (!succeeded) {
    core.setFailed(
      `${outcome.before.n} failed with ${message ?? `exit code ${result.exitCode}`}; it is recorded as FAILED in TaskList #${id}, and a later run retries it`,
    )
  }
}
