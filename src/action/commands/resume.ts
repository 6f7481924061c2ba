import * as core from '../workflow-commands.ts'
import { claim } from '../../app/claim.ts'
import { progress } from '../../app/plan-state.ts'
import { reportLoaded, transitionLine } from '../../app/report.ts'
import { formatDuration } from '../../domain/duration.ts'
import { runFieldsOf } from '../../domain/plan-fields.ts'
import { ResumeStoppedError, UnmetNeedsError } from '../../storage/errors.ts'
import type { TaskListView } from '../../storage/view.ts'
import { saveClaimForPost } from '../claim-handoff.ts'
import { executeClaimed } from '../execute-task.ts'
import type { ResumeInputs } from '../inputs.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import type { CommandContext } from './context.ts'

const FIRST_POLL_MS = 1000
const MAX_POLL_MS = 5000
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Finishes a TaskList in one step: again and again, claims the first runnable
 * task and runs its `run` command as `command: run` does. Several resume jobs
 * on one TaskList form a worker pool: each claim is a compare-and-set, so each
 * task runs once, and a task starts only once its needs are COMPLETE or SKIPPED.
 */
export async function resumeCommand({ inputs, runner, store, log }: CommandContext<ResumeInputs>): Promise<void> {
  const id = inputs.tasklistId
  let view: TaskListView = await store.load(id)
  reportLoaded(log, id, view.state)
  // A task that fails after this step loaded, in another job of the pool, stops this one too.
  const versionAtLoad = new Map(view.state.tasks.map((task) => [task.definition.name, task.state.version]))
  const holder = workflowHolder(runner)
  // wait-timeout bounds a wait without progress: each time the tasks held elsewhere change, or this
  // step has run one, the wait starts again, so idle workers in a pool outlast a long chain of phases.
  let deadline = Date.now() + inputs.waitTimeoutSec * 1000
  let pollMs = FIRST_POLL_MS
  let announced = ''
  for (;;) {
    const failedElsewhere = view.state.tasks.find(
      (task) => task.state.status === 'FAILED' && versionAtLoad.get(task.definition.name) !== task.state.version,
    )
    if (failedElsewhere !== undefined) {
      await publishOutputs(view, { task: failedElsewhere.definition.name }, store.now())
      throw new ResumeStoppedError(
        id,
        `${failedElsewhere.definition.name} in TaskList #${id} failed in ${failedElsewhere.state.changedBy ?? 'another job'} while this step ran; stopping here. Fix it and resume again`,
        failedElsewhere.definition.name,
      )
    }
    const now = progress(view.state, store.now())
    if (now.kind === 'done') {
      log.info('Cross-Session Continuation: SUCCESS')
      await publishOutputs(view, {}, store.now())
      return
    }
    if (now.kind === 'stuck') {
      throw new ResumeStoppedError(
        id,
        `Nothing in TaskList #${id} can run: ${now.blocked.join(', ')} wait on needs that cannot finish; reset or skip them`,
      )
    }
    if (now.kind === 'waiting') {
      const held = now.held.join(', ')
      if (announced !== held) {
        log.info(`Waiting for ${held}, IN_PROGRESS in other jobs (up to ${formatDuration(inputs.waitTimeoutSec)})`)
        announced = held
        deadline = Date.now() + inputs.waitTimeoutSec * 1000
      }
      if (Date.now() >= deadline)
        throw new ResumeStoppedError(
          id,
          `Nothing in TaskList #${id} could run for ${formatDuration(inputs.waitTimeoutSec)}: ${held} ${now.held.length === 1 ? 'is' : 'are'} still IN_PROGRESS in other jobs; raise wait-timeout or resume again later`,
        )
      await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())))
      pollMs = Math.min(pollMs * 2, MAX_POLL_MS)
      // A conditional read: while nothing changes GitHub answers 304, which costs no rate limit.
      view = await store.refresh(view)
      continue
    }
    pollMs = FIRST_POLL_MS
    announced = ''
    const name = now.next
    const task = view.state.tasks.find((t) => t.definition.name === name)
    const fields = runFieldsOf(task?.definition ?? { name })
    if (fields.run === undefined) {
      await publishOutputs(view, { task: name }, store.now())
      throw new ResumeStoppedError(
        id,
        `${name} in TaskList #${id} has no run command, so resume cannot run it; give it a 'run' in the plan, or a step of its own (command: run, or start and complete)`,
        name,
      )
    }
    let outcome
    try {
      outcome = await claim(store, log, view, {
        task: name,
        holder,
        authority: 'workflow',
        leaseSec: inputs.leaseSec,
        onBusy: 'skip',
        waitTimeoutSec: inputs.waitTimeoutSec,
        // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
        onAttempt: (claimId, taskId) => saveClaimForPost({ tasklistId: id, task: name, taskId, claimId }),
      })
    } catch (error) {
      // Another job reset a need since this step read it: decide again on the fresh state.
      if (!(error instanceof UnmetNeedsError)) throw error
      view = await store.refresh(view)
      continue
    }
    if (outcome.kind !== 'claimed') {
      // Another worker was quicker; pick again.
      saveClaimForPost(undefined)
      view = outcome.view
      continue
    }
    log.info(transitionLine(outcome.id, name, outcome.before.state.status, 'IN_PROGRESS'))
    const executed = await executeClaimed(store, log, runner, outcome, {
      script: fields.run,
      leaseSec: inputs.leaseSec,
      timeoutSec: fields.timeoutSec,
      retries: fields.retries,
    })
    view = executed.view
    versionAtLoad.set(name, view.state.tasks.find((t) => t.definition.name === name)?.state.version ?? -1)
    if (!executed.succeeded) {
      await publishOutputs(view, { task: name }, store.now())
      core.setFailed(
        `${name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${id}, and resume stops here. Fix it and resume again`,
      )
      return
    }
  }
}
