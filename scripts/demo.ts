// npm run demo: the reference scenario on the bundled action, one process per
// step as on a runner. By default against an embedded GitHub double; with
// --repo owner/name and GITHUB_TOKEN (or GH_TOKEN) against real GitHub.
import { parseArgs } from 'node:util'
import { startGitHubDouble, DEFAULT_TOKEN } from '../test/double/index.ts'
import { Job, type StepResult } from '../test/support/step-runner.ts'

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    'api-url': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
})

const TASKS = [
  'database-migration: Migrate the database schema',
  'application-migration: Deploy the application against the new schema',
  'data-validation: Validate the migrated data',
].join('\n')

function fail(message: string): never {
  console.error(`demo: ${message}`)
  process.exit(1)
}

const real = values.repo !== undefined
const token = real ? (process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN) : DEFAULT_TOKEN
if (real && (token === undefined || token === ''))
  fail('--repo needs a token in GITHUB_TOKEN or GH_TOKEN, with issues write access to that repository')
if (real && !/^[\w.-]+\/[\w.-]+$/.test(values.repo ?? '')) fail(`--repo must be owner/name, got '${values.repo}'`)
const double = real ? undefined : await startGitHubDouble()
const apiUrl =
  values['api-url'] ?? (double === undefined ? (process.env.GITHUB_API_URL ?? 'https://api.github.com') : double.apiUrl)
const repository = values.repo ?? 'octo-org/migrations'
const runId = String(Date.now() % 1_000_000_000)

function job(id: string, name: string): Job {
  return new Job({ apiUrl, repository, runId: id, job: name, ...(token === undefined ? {} : { token }) })
}

function check(step: StepResult, what: string): StepResult {
  if (values.verbose)
    console.log(
      step.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::debug'))
        .map((l) => `    | ${l}`)
        .join('\n'),
    )
  if (step.exitCode !== 0) fail(`${what} failed: ${step.errors.join(' ') || step.stderr.trim()}`)
  return step
}

const pick = (step: StepResult, pattern: RegExp) => step.lines.filter((line) => pattern.test(line))

try {
  console.log('Multi-Session Orchestration: SESSION 1')
  const session1 = job(runId, 'schema')
  const created = check(
    await session1.step({ command: 'create', title: 'Demo: production migration', tasks: TASKS }),
    'create',
  )
  const id = created.outputs['tasklist-id'] ?? fail('create reported no tasklist-id')
  pick(created, /^TaskList Created: /).forEach((l) => console.log(l))
  const schema = check(
    await session1.step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo "ALTER TABLE users ADD COLUMN plan text"',
    }),
    'run database-migration',
  )
  pick(schema, /^\[t1\] .* -> COMPLETE$/).forEach((l) => console.log(l))
  const statuses = JSON.parse(schema.outputs.tasks ?? '{}') as Record<string, string>
  Object.entries(statuses).forEach(([name, status], index) => {
    if (status !== 'COMPLETE') console.log(`[t${index + 1}] ${name}: ${status}`)
  })
  console.log('SESSION 1 COMPLETE')
  console.log(`TaskList ID: ${id} - Save this for Session 2`)
  console.log('')

  console.log('Multi-Session Orchestration: SESSION 2')
  const session2 = job(String(Number(runId) + 1), 'resume')
  const loaded = check(await session2.step({ command: 'load', 'tasklist-id': id }), 'load')
  pick(loaded, /^TaskList Loaded: |\(status preserved\)$/).forEach((l) => console.log(l))
  const ran: string[] = []
  for (const [task, script] of [
    ['application-migration', 'echo "deploying application v2"'],
    ['data-validation', 'echo "validated 1204 rows"'],
  ] as const) {
    const step = check(await session2.step({ command: 'run', 'tasklist-id': id, task, run: script }), `run ${task}`)
    pick(step, / -> COMPLETE$/).forEach((l) => console.log(l))
    if (step.outputs['should-run'] === 'true') ran.push(task)
  }
  const final = check(await session2.step({ command: 'load', 'tasklist-id': id }), 'final load')
  console.log('SESSION 2 COMPLETE')
  const resumed =
    final.outputs['tasklist-id'] === id &&
    final.outputs.complete === 'true' &&
    ran.length === 2 &&
    loaded.lines.includes('[t1] database-migration: COMPLETE (status preserved)')
  console.log(`Cross-Session Continuation: ${resumed ? 'SUCCESS' : 'FAILED'}`)
  if (loaded.lines.includes('Task State Persistence: VERIFIED')) console.log('Task State Persistence: VERIFIED')
  console.log('')
  if (double !== undefined) {
    console.log(`--- Final body of issue #${id} (GitHub double, ${double.violations.length} contract violations) ---`)
    console.log(double.getIssue(repository, Number(id))?.body ?? '')
    if (double.violations.length > 0) fail(`the double recorded contract violations:\n${double.violations.join('\n')}`)
  } else {
    console.log(`Final TaskList: ${final.outputs['tasklist-url'] ?? ''}`)
  }
  if (!resumed) process.exitCode = 1
} finally {
  await double?.close()
}
