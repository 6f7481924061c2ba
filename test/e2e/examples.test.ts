// The example workflows and the demo, run as written on the bundled action: each `uses: ./` step
// of .github/workflows, with its expressions filled in as the runner would, in a workspace that
// holds the example plan file.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, ROOT, type StepResult } from '../support/step-runner.ts'
import { evaluate, jobOf, ownSteps, withOf, workflow, type WorkflowJob } from '../support/workflow-file.ts'

const REPO = 'octo-org/migrations'
const TASKS = ['database-migration', 'application-migration', 'data-validation']
/** What the plan's placeholder commands print, one line a task. */
const PRINTED = [
  'apply schema migrations here',
  'deploy the application here',
  'compare row counts and checksums against schema version 42 here',
]

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

/** A checkout: a workspace with the plan file where the workflows' plan-file input points. */
function checkout(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'tasklist-checkout-'))
  cpSync(join(ROOT, '.github', 'tasklist'), join(workspace, '.github', 'tasklist'), { recursive: true })
  return workspace
}

/** Runs the job's only `uses: ./` step with its expressions given by `context`. */
async function runOwnStep(
  runner: Job,
  of: WorkflowJob,
  context: Record<string, string>,
): Promise<{ step: StepResult; id: string | undefined }> {
  const own = ownSteps(of)
  expect(own).toHaveLength(1)
  const [only] = own
  const step = await runner.step(evaluate(only === undefined ? {} : withOf(only), context))
  return { step, id: only?.id }
}

const comments = (id: string) => double.listComments(REPO, Number(id)).length

describe('migration-pipeline.yml, then resume.yml', () => {
  it('creates from the plan file, one resume step finishes it, the report reads the outputs; a second resume runs nothing', async () => {
    const workspace = checkout()
    const flow = workflow('migration-pipeline.yml')
    const inputs = { 'inputs.release': 'v2' }
    const jobFor = (name: string, runId = '9001') =>
      new Job({ apiUrl: double.apiUrl, repository: REPO, runId, job: name, workspace })

    const plan = await runOwnStep(jobFor('plan'), jobOf(flow, 'plan'), inputs)
    expect(plan.step.errors).toEqual([])
    expect(plan.step.exitCode).toBe(0)
    const id = plan.step.outputs['tasklist-id'] ?? ''
    expect(plan.step.lines).toContain(`TaskList Created: ${id}`)
    expect(JSON.parse(plan.step.outputs.runnable ?? '')).toEqual(['database-migration'])
    expect(double.getIssue(REPO, Number(id))?.title).toBe('Migrate production to v2')
    const needs = { 'needs.plan.outputs.tasklist-id': id }

    const resumeJob = jobFor('resume')
    const resumed = (await runOwnStep(resumeJob, jobOf(flow, 'resume'), needs)).step
    expect(resumed.errors).toEqual([])
    expect(resumed.exitCode).toBe(0)
    expect(resumed.lines.filter((line) => /^(TaskList|\[t\d\]|Cross-Session)/.test(line))).toEqual([
      `TaskList Loaded: ${id}`,
      ...TASKS.map((name, i) => `[t${i + 1}] ${name}: PENDING`),
      ...TASKS.flatMap((name, i) => [
        `[t${i + 1}] ${name}: PENDING -> IN_PROGRESS`,
        `[t${i + 1}] ${name}: IN_PROGRESS -> COMPLETE`,
      ]),
      'Cross-Session Continuation: SUCCESS',
    ])
    for (const line of PRINTED) expect(resumed.lines).toContain(line)
    expect(resumed.outputs.complete).toBe('true')
    expect(JSON.parse(resumed.outputs.tasks ?? '{}')).toEqual(Object.fromEntries(TASKS.map((n) => [n, 'COMPLETE'])))
    // data-validation read database-migration's output from TASKLIST_OUTPUTS and recorded what it saw.
    expect(JSON.parse(resumed.outputs.outputs ?? '{}')).toEqual({
      'database-migration': { 'schema-version': '42' },
      'data-validation': { 'checked-schema-version': '42' },
    })
    expect((await resumeJob.end()).every((post) => post.exitCode === 0)).toBe(true)

    const reportJob = jobOf(flow, 'report')
    const report = await runOwnStep(jobFor('report'), reportJob, needs)
    expect(report.step.exitCode).toBe(0)
    expect(JSON.parse(report.step.outputs['task-outputs'] ?? '')).toEqual({ 'schema-version': '42' })
    // The report's script, with the load step's outputs in its env as the workflow passes them.
    const loadOutputs = Object.fromEntries(
      Object.entries(report.step.outputs).map(([key, value]) => [`steps.${report.id ?? ''}.outputs.${key}`, value]),
    )
    const script = reportJob.steps.find((step) => step.run !== undefined)
    const printed = spawnSync('bash', ['-eo', 'pipefail', '-c', script?.run ?? 'false'], {
      env: { PATH: process.env.PATH, ...evaluate(script?.env ?? {}, loadOutputs) },
      encoding: 'utf8',
    })
    expect(printed.status).toBe(0)
    expect(printed.stdout).toContain('database-migration recorded: {"schema-version":"42"}')
    expect(printed.stdout).toContain('complete: true')

    // resume.yml, dispatched later on the finished TaskList: it loads, verifies, and runs nothing.
    const before = comments(id)
    const again = (
      await runOwnStep(jobFor('resume', '9002'), jobOf(workflow('resume.yml'), 'resume'), {
        'inputs.tasklist-id': id,
      })
    ).step
    expect(again.errors).toEqual([])
    expect(again.exitCode).toBe(0)
    expect(again.lines).toEqual([
      `TaskList Loaded: ${id}`,
      'Task State Persistence: VERIFIED',
      ...TASKS.map((name, i) => `[t${i + 1}] ${name}: COMPLETE (status preserved)`),
      'Cross-Session Continuation: SUCCESS',
    ])
    expect(again.outputs.complete).toBe('true')
    expect(comments(id)).toBe(before)
    expect(double.listIssues(REPO)).toHaveLength(1)
  })
})

describe('resume-workers.yml', () => {
  it('three workers on one TaskList run each phase once, in the order of its needs', async () => {
    const workspace = checkout()
    const flow = workflow('resume-workers.yml')
    const planner = new Job({ apiUrl: double.apiUrl, repository: REPO, runId: '9101', job: 'plan', workspace })
    const plan = await runOwnStep(planner, jobOf(flow, 'plan'), { 'inputs.release': 'v3' })
    expect(plan.step.exitCode).toBe(0)
    const id = plan.step.outputs['tasklist-id'] ?? ''
    expect(plan.step.outputs.runnable).toBe('["database-migration"]')

    const worker = jobOf(flow, 'worker')
    // Matrix legs share the run id and GITHUB_JOB (the job's key), as they do on GitHub.
    const workers = [1, 2, 3].map(
      () => new Job({ apiUrl: double.apiUrl, repository: REPO, runId: '9102', job: 'worker', workspace }),
    )
    const results = await Promise.all(
      workers.map((w) => runOwnStep(w, worker, { 'needs.plan.outputs.tasklist-id': id }).then((r) => r.step)),
    )
    for (const result of results) {
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.lines).toContain('Cross-Session Continuation: SUCCESS')
    }
    // Each phase ran in exactly one worker.
    for (const line of PRINTED)
      expect(results.flatMap((result) => result.lines).filter((printed) => printed === line)).toHaveLength(1)
    // The records that took effect (a losing claim is kept, marked not applied): one phase after another.
    const applied = double
      .listComments(REPO, Number(id))
      .filter((c) => !(c.body ?? '').includes('Not applied'))
      .map((c) =>
        /^\*\*`\[t\d\] ([\w-]+)`\*\*: `(\w+ -> \w+)`/
          .exec(c.body ?? '')
          ?.slice(1)
          .join(': '),
      )
    expect(applied).toEqual(
      TASKS.flatMap((name) => [`${name}: PENDING -> IN_PROGRESS`, `${name}: IN_PROGRESS -> COMPLETE`]),
    )
    await Promise.all(workers.map((w) => w.end()))
  })
})

describe('npm run demo', () => {
  it('prints the reference scenario, session 2 as one resume step', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines.slice(0, lines.indexOf('<!-- tasklist:begin -->'))).toEqual([
      'Multi-Session Orchestration: SESSION 1',
      'TaskList Created: 1',
      '[t1] database-migration: IN_PROGRESS -> COMPLETE',
      '[t2] application-migration: PENDING',
      '[t3] data-validation: PENDING',
      'SESSION 1 COMPLETE',
      'TaskList ID: 1 - Save this for Session 2',
      '',
      'Multi-Session Orchestration: SESSION 2',
      'TaskList Loaded: 1',
      '[t1] database-migration: COMPLETE (status preserved)',
      '[t2] application-migration: IN_PROGRESS -> COMPLETE',
      '[t3] data-validation: IN_PROGRESS -> COMPLETE',
      'SESSION 2 COMPLETE',
      'Cross-Session Continuation: SUCCESS',
      'Task State Persistence: VERIFIED',
      '',
      '--- Final body of issue #1 (GitHub double, 0 contract violations) ---',
    ])
    expect(stdout).toContain('3 of 3 done')
  })
})
