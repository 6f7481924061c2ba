import type { ClaimOutcome } from '../../app/claim.ts'
import { LEASE, ON_BUSY, WAIT_TIMEOUT, type OnBusy } from '../../domain/claim-limits.ts'
import { transitionLine } from '../../app/report.ts'
import { startTask as claimAndShow } from '../../app/start-task.ts'
import { formatDuration } from '../../domain/duration.ts'
import { taskIndex } from '../../domain/task-spec.ts'
import type { Logger } from '../../storage/logger.ts'
import type { TaskListView } from '../../storage/view.ts'
import { parseChoice, parseDurationOption, parseId, parseMessage } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import type { CliContext } from '../context.ts'
import { EXIT, UsageError } from '../errors.ts'
import { taskJson, tasklistJson } from '../render.ts'
import { assertTrusted } from '../trust.ts'

export interface StartRequest {
  readonly id: number
  readonly task: string
  readonly leaseSec: number
  readonly onBusy: OnBusy
  readonly waitTimeoutSec: number
  readonly message?: string
}

export interface StartResult {
  readonly outcome: ClaimOutcome
  readonly view: TaskListView
}

/** The claim shared by `tasklist start` and the demo: app/start-task with workflow authority, for this process. */
export async function startTask(
  ctx: CliContext,
  request: StartRequest,
  log: Logger = ctx.log,
  options: { publish?: boolean } = {},
): Promise<StartResult> {
  const outcome = await claimAndShow(ctx.store, log, {
    tasklist: request.id,
    task: request.task,
    holder: ctx.holder,
    authority: 'workflow',
    leaseSec: request.leaseSec,
    onBusy: request.onBusy,
    waitTimeoutSec: request.waitTimeoutSec,
    ...(request.message === undefined ? {} : { message: request.message }),
    check: (snapshot) => assertTrusted(ctx, snapshot),
    // Skipped when a transition follows at once: it redraws the body anyway.
    publish: options.publish !== false,
    onWaiting: (held, timeoutSec) =>
      log.info(
        `${held.task}: IN_PROGRESS, held by ${held.holder}; waiting up to ${formatDuration(timeoutSec)} (--on-busy wait)`,
      ),
  })
  if (outcome.kind === 'busy')
    log.info(
      `${outcome.task.definition.name}: IN_PROGRESS, held by ${outcome.held.holder}; not running it here (--on-busy skip)`,
    )
  return { outcome, view: outcome.view }
}

export const startCommand: CommandSpec = {
  name: 'start',
  args: '<id> <task>',
  arity: [2, 2],
  summary: 'Claim a task before running it (exit 3: nothing to run here)',
  description: [
    'Records PENDING or FAILED -> IN_PROGRESS under a lease, for this process (tasklist CLI (user@host)).',
    'Run the phase after it, then record the outcome with tasklist complete or tasklist fail.',
    'Exit status 3 means there is nothing to run: the task is COMPLETE or SKIPPED (status preserved),',
    'or, with --on-busy skip, another job holds it. Script it as: if tasklist start 42 migrate; then ...; fi',
    '<task> is a task name or its ID (t1, t2, ...).',
  ],
  options: ['lease', 'on-busy', 'wait-timeout', 'message'],
  writes: true,
  json: true,
  examples: [
    'tasklist start 42 database-migration && ./migrate.sh && tasklist complete 42 database-migration',
    'tasklist start 42 t2 --on-busy wait --wait-timeout 10m',
  ],
  prepare(line) {
    const id = parseId(line.args[0])
    const task = (line.args[1] ?? '').trim()
    if (task === '')
      throw new UsageError(
        'the task name is empty; name the task, such as database-migration, or give its ID such as t1',
      )
    const request: StartRequest = {
      id,
      task,
      leaseSec: parseDurationOption('lease', line.values.lease, LEASE),
      onBusy: parseChoice('on-busy', line.values['on-busy'], ON_BUSY, 'fail'),
      waitTimeoutSec: parseDurationOption('wait-timeout', line.values['wait-timeout'], WAIT_TIMEOUT),
      ...(line.values.message === undefined ? {} : { message: parseMessage(line.values.message) ?? '' }),
    }
    return async (ctx) => {
      const { outcome, view } = await startTask(ctx, request)
      const { out } = ctx
      const index = taskIndex(outcome.id)
      const now = view.state.tasks[index]
      const shouldRun = outcome.kind === 'claimed'
      if (out.json) {
        out.document({
          command: 'start',
          outcome: outcome.kind === 'claimed' ? 'started' : outcome.kind === 'finished' ? 'settled' : 'busy',
          shouldRun,
          from: outcome.kind === 'claimed' ? outcome.before.state.status : null,
          to: outcome.kind === 'claimed' ? 'IN_PROGRESS' : null,
          task: now === undefined ? null : taskJson(now, index),
          tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName),
        })
      } else if (outcome.kind === 'claimed') {
        out.line(
          out.statuses(
            transitionLine(outcome.id, outcome.before.definition.name, outcome.before.state.status, 'IN_PROGRESS'),
          ),
        )
        out.line(
          out.paint(
            `Run it now, then record the outcome: tasklist complete ${id} ${outcome.before.definition.name}  (or: tasklist fail ${id} ${outcome.before.definition.name} --exit-code N)`,
            'dim',
          ),
        )
      } else if (outcome.kind === 'finished') {
        out.line(
          out.statuses(
            `[${outcome.id}] ${outcome.task.definition.name}: ${outcome.task.state.status} (status preserved); nothing to run`,
          ),
        )
      }
      return shouldRun ? EXIT.ok : EXIT.nothingToRun
    }
  },
}
