import { recordTransition as record } from '../../app/record-transition.ts'
import { nextTask } from '../../app/report.ts'
import type { Authority } from '../../domain/status.ts'
import { targetOf } from '../../domain/status.ts'
import { OutputsError, parseOutputPairs, type TaskOutputs } from '../../domain/task-outputs.ts'
import type { Logger } from '../../storage/logger.ts'
import type { TaskListView } from '../../storage/view.ts'
import { parseExitCode, parseId, parseMessage } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import type { CliContext } from '../context.ts'
import { EXIT, UsageError } from '../errors.ts'
import { progressText, taskJson, tasklistJson } from '../render.ts'
import { assertTrusted } from '../trust.ts'

export type TransitionOp = 'complete' | 'fail' | 'skip' | 'retry' | 'reset'

/** complete and fail report on a phase this or another process ran; skip, retry and reset are an operator's decisions. */
const AUTHORITY: Record<TransitionOp, Authority> = {
  complete: 'workflow',
  fail: 'workflow',
  skip: 'operator',
  retry: 'operator',
  reset: 'operator',
}

export interface TransitionInput {
  readonly id: number
  readonly task: string
  readonly op: TransitionOp
  readonly message?: string
  readonly exitCode?: number
  /** `complete`: what the task hands on to later tasks. */
  readonly outputs?: TaskOutputs
}

export interface TransitionResult {
  readonly view: TaskListView
  readonly index: number
  readonly from: string
}

/** One recorded transition through app/record-transition: the whole TaskList is read first, so a bad request writes nothing. */
export async function recordTransition(
  ctx: CliContext,
  input: TransitionInput,
  log: Logger = ctx.log,
): Promise<TransitionResult> {
  const result = await record(ctx.store, log, {
    tasklist: input.id,
    task: input.task,
    op: input.op,
    authority: AUTHORITY[input.op],
    holder: ctx.holder,
    ...(input.message === undefined ? {} : { message: input.message }),
    ...(input.exitCode === undefined ? {} : { exitCode: input.exitCode }),
    ...(input.outputs === undefined ? {} : { outputs: input.outputs }),
    check: (loaded) => assertTrusted(ctx, loaded),
  })
  return { view: result.view, index: result.index, from: result.from }
}

interface OpText {
  readonly summary: string
  readonly description: readonly string[]
  readonly example: string
}

const TEXT: Record<TransitionOp, OpText> = {
  complete: {
    summary: 'Record that a started task succeeded (IN_PROGRESS -> COMPLETE)',
    description: [
      'A COMPLETE task is never run again by later sessions; an operator can reset it.',
      'Each --output key=value is recorded with the task: later tasks read it in TASKLIST_OUTPUTS, and tasklist show',
      'lists it. Outputs are stored in the issue in plain sight: never put secrets in them.',
    ],
    example: 'tasklist complete 42 database-migration --message "migrated 1204 tables" --output backup-id=bk-42',
  },
  fail: {
    summary: 'Record that a started task failed (IN_PROGRESS -> FAILED)',
    description: ['A later session (tasklist start, or the action) runs a FAILED task again.'],
    example: 'tasklist fail 42 database-migration --exit-code 3 --message "lock timeout"',
  },
  skip: {
    summary: 'Operator: skip a PENDING or FAILED task (-> SKIPPED)',
    description: ['Later sessions treat a SKIPPED task as done.'],
    example: 'tasklist skip 42 data-validation --message "validated by hand"',
  },
  retry: {
    summary: 'Operator: send a FAILED task back to PENDING',
    description: ['The next session that reaches it runs it again.'],
    example: 'tasklist retry 42 application-migration',
  },
  reset: {
    summary: 'Operator: send a COMPLETE, SKIPPED or FAILED task back to PENDING',
    description: ['Use it when a finished phase must run again; later sessions will run it.'],
    example: 'tasklist reset 42 database-migration --message "schema changed"',
  },
}

/** Each --output as the action's `outputs` input is checked: the key, and the limits of one task's outputs. */
function parseOutputs(pairs: readonly string[] | undefined): TaskOutputs | undefined {
  if (pairs === undefined) return undefined
  try {
    return parseOutputPairs(pairs)
  } catch (error) {
    if (error instanceof OutputsError) throw new UsageError(`--output: ${error.message}`)
    throw error
  }
}

function transitionCommand(op: TransitionOp): CommandSpec {
  const text = TEXT[op]
  return {
    name: op,
    args: '<id> <task>',
    arity: [2, 2],
    summary: text.summary,
    description: [...text.description, '<task> is a task name or its ID (t1, t2, ...).'],
    options:
      op === 'complete' ? ['message', 'exit-code', 'output'] : op === 'fail' ? ['message', 'exit-code'] : ['message'],
    writes: true,
    json: true,
    examples: [text.example],
    prepare(line) {
      const id = parseId(line.args[0])
      const task = (line.args[1] ?? '').trim()
      if (task === '')
        throw new UsageError(
          'the task name is empty; name the task, such as database-migration, or give its ID such as t1',
        )
      const message = parseMessage(line.values.message)
      const exitCode = parseExitCode(line.values['exit-code'])
      const outputs = parseOutputs(line.values.output)
      return async (ctx) => {
        const { view, index, from } = await recordTransition(ctx, {
          id,
          task,
          op,
          ...(message === undefined ? {} : { message }),
          ...(exitCode === undefined ? {} : { exitCode }),
          ...(outputs === undefined ? {} : { outputs }),
        })
        const { out } = ctx
        const after = view.state.tasks[index]
        if (out.json) {
          out.document({
            command: op,
            outcome: 'applied',
            from,
            to: targetOf(op),
            task: after === undefined ? null : taskJson(after, index),
            tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName),
          })
        } else {
          const next = nextTask(view.state)
          out.line(
            out.paint(`TaskList #${id}: ${progressText(view.state)}${next === '' ? '' : ` · next: ${next}`}`, 'dim'),
          )
        }
        return EXIT.ok
      }
    },
  }
}

export const completeCommand = transitionCommand('complete')
export const failCommand = transitionCommand('fail')
export const skipCommand = transitionCommand('skip')
export const retryCommand = transitionCommand('retry')
export const resetCommand = transitionCommand('reset')
