import { isComplete, nextTask } from '../../app/report.ts'
import { WriteError, ReadError } from '../../storage/errors.ts'
import { isHttpStatus } from '../../storage/github-errors.ts'
import type { DispatchedRun } from '../../storage/repository.ts'
import { parseId } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import { describeForCli, EXIT, UsageError } from '../errors.ts'
import { progressText } from '../render.ts'

const WORKFLOW = /^(?:[\w.-]+\.ya?ml|[1-9]\d{0,15})$/

export const resumeCommand: CommandSpec = {
  name: 'resume',
  args: '<id>',
  arity: [1, 1],
  summary: 'Dispatch a workflow that resumes the TaskList where it stopped',
  description: [
    "Runs the workflow's workflow_dispatch trigger with the input tasklist-id=<id>; the workflow loads the TaskList",
    'and runs the tasks that are not COMPLETE or SKIPPED. Needs a token with actions write. Nothing is dispatched',
    'when every task is already done.',
  ],
  options: ['workflow', 'ref'],
  optionHelp: { ref: "Branch or tag to run the workflow on (default: the repository's default branch)" },
  writes: false,
  json: true,
  examples: [
    'tasklist resume 42 --workflow resume.yml',
    'tasklist resume 42 --workflow resume.yml --ref release/2026-11',
  ],
  prepare(line) {
    const id = parseId(line.args[0])
    const workflow = line.values.workflow?.trim()
    if (workflow === undefined || workflow === '')
      throw new UsageError(
        '--workflow is required; name the workflow file under .github/workflows that resumes TaskLists, such as --workflow resume.yml',
      )
    if (!WORKFLOW.test(workflow))
      throw new UsageError(
        `--workflow '${workflow.slice(0, 80)}' is not a workflow file name such as resume.yml (or a numeric workflow id)`,
      )
    const givenRef = line.values.ref?.trim()
    if (givenRef !== undefined && (givenRef === '' || /\s/.test(givenRef)))
      throw new UsageError(`--ref '${givenRef}' is not a branch or tag name`)
    return async (ctx) => {
      const { out, config } = ctx
      const view = await ctx.store.load(id)
      if (isComplete(view.state)) {
        if (out.json)
          out.document({
            dispatched: false,
            reason: 'complete',
            id,
            repo: config.fullName,
            workflow,
            ref: null,
            inputs: null,
            nextTask: null,
            run: null,
          })
        else
          out.line(
            `TaskList #${id} is complete (${progressText(view.state)}); nothing to resume, no workflow dispatched`,
          )
        return EXIT.ok
      }
      let ref = givenRef
      if (ref === undefined) {
        try {
          ref = await ctx.repository.defaultBranch()
        } catch (error) {
          throw new ReadError(describeForCli(error, `the repository ${config.fullName}`))
        }
      }
      const inputs = { 'tasklist-id': String(id) }
      let run: DispatchedRun | undefined
      try {
        run = await ctx.repository.dispatchWorkflow(workflow, ref, inputs)
      } catch (error) {
        if (isHttpStatus(error, 404) || isHttpStatus(error, 422)) {
          const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 160) : ''
          throw new WriteError(
            `GitHub did not dispatch ${workflow} on ${ref} in ${config.fullName} (${isHttpStatus(error, 404) ? 404 : 422}: ${detail}); check that .github/workflows/${workflow} exists on ${ref}, has a workflow_dispatch trigger with an input tasklist-id, and that the ref exists`,
          )
        }
        throw new WriteError(describeForCli(error, `a dispatch of ${workflow} in ${config.fullName}`))
      }
      const next = nextTask(view.state)
      const runs = view.issue.htmlUrl.replace(/\/issues\/\d+$/, `/actions/workflows/${workflow}`)
      if (out.json)
        out.document({
          dispatched: true,
          reason: null,
          id,
          repo: config.fullName,
          workflow,
          ref,
          inputs,
          nextTask: next === '' ? null : next,
          run: run === undefined ? null : { id: run.id, url: run.url },
        })
      else {
        out.line(
          `Dispatched ${workflow} on ${ref} with tasklist-id=${id}: TaskList #${id} ${out.statuses(progressText(view.state))}${next === '' ? '' : `, next: ${next}`}`,
        )
        // GitHub names the run it started; a server that predates that only has the workflow's list of runs.
        out.line(out.paint(run === undefined ? runs : run.url, 'dim'))
      }
      return EXIT.ok
    }
  },
}
