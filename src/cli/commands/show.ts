import { parseId } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import { ganttChart } from '../../domain/gantt.ts'
import { EXIT, UsageError } from '../errors.ts'
import { renderTaskList, tasklistJson } from '../render.ts'

export const showCommand: CommandSpec = {
  name: 'show',
  args: '<id>',
  arity: [1, 1],
  summary: 'Show a TaskList and the status of each task',
  description: [
    'Reads the issue and the records newer than its snapshot; writes nothing.',
    'NEEDS lists the tasks each task waits for (- for none; past three, +N counts the rest), and an Outputs block',
    'lists what each COMPLETE task recorded.',
    'With --json, each task also has run, needs, timeoutSec, retries and outputs: null, [] or {} when its plan',
    'gives none or it recorded none.',
    'With --mermaid, prints the timeline instead: a bar per attempt of each task, as the job summary shows it.',
  ],
  options: ['mermaid'],
  writes: false,
  json: true,
  examples: [
    'tasklist show 42',
    'tasklist show 42 --json | jq -r .nextTask',
    "tasklist show 42 --json | jq '.tasks[0].outputs'",
    'tasklist show 42 --mermaid > run.mmd',
  ],
  prepare(line) {
    const id = parseId(line.args[0])
    const mermaid = line.values.mermaid === true
    if (mermaid && line.values.json === true)
      throw new UsageError('--mermaid and --json print different documents; give one of them')
    return async (ctx) => {
      const view = await ctx.store.load(id)
      if (mermaid) {
        ctx.out.line(ganttChart(view.state, ctx.store.now()))
        return EXIT.ok
      }
      if (ctx.out.json) ctx.out.document(tasklistJson(view.issue, view.state, ctx.config.fullName))
      else renderTaskList(ctx.out, view.issue, view.state, { outputs: true }).forEach((l) => ctx.out.line(l))
      return EXIT.ok
    }
  },
}
