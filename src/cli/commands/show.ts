import { parseId } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import { EXIT } from '../errors.ts'
import { renderTaskList, tasklistJson } from '../render.ts'

export const showCommand: CommandSpec = {
  name: 'show',
  args: '<id>',
  arity: [1, 1],
  summary: 'Show a TaskList and the status of each task',
  description: ['Reads the issue and the records newer than its snapshot; writes nothing.'],
  options: [],
  writes: false,
  json: true,
  examples: ['tasklist show 42', 'tasklist show 42 --json | jq -r .nextTask'],
  prepare(line) {
    const id = parseId(line.args[0])
    return async (ctx) => {
      const view = await ctx.store.load(id)
      if (ctx.out.json) ctx.out.document(tasklistJson(view.issue, view.state, ctx.config.fullName))
      else renderTaskList(ctx.out, view.issue, view.state).forEach((l) => ctx.out.line(l))
      return EXIT.ok
    }
  },
}
