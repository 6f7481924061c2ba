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

// The plan: each phase's command, and the order its needs give. Session 2's resume step runs what
// is left of it from the TaskList alone, as a workflow dispatched days later would.
const SCHEMA_RUN = 'echo "ALTER TABLE users ADD COLUMN plan text"'
const TASKS = `
database-migration:
  description: Migrate the database schema
  run: ${SCHEMA_RUN}
application-migration:
  description: Deploy the application against the new schema
  needs: database-migration
  run: echo "deploying application v2"
data-validation:
  description: Validate the migrated data
  needs: application-migration
  run: echo "validated 1204 rows"
`

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
      run: SCHEMA_RUN,
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
  // One step: load the TaskList by ID, verify it, and run every phase session 1 left, in plan order.
  const resumed = check(await session2.step({ command: 'resume', 'tasklist-id': id }), 'resume')
  pick(resumed, /^TaskList Loaded: |\(status preserved\)$/).forEach((l) => console.log(l))
  pick(resumed, / -> COMPLETE$/).forEach((l) => console.log(l))
  const ran = pick(resumed, /: PENDING -> IN_PROGRESS$/).map((l) => l.replace(/^\[t\d+\] (.*): .*$/, '$1'))
  console.log('SESSION 2 COMPLETE')
  const continued =
    resumed.outputs['tasklist-id'] === id &&
    resumed.outputs.complete === 'true' &&
    ran.join(' ') === 'application-migration data-validation' &&
    resumed.lines.includes('[t1] database-migration: COMPLETE (status preserved)') &&
    resumed.lines.includes('Cross-Session Continuation: SUCCESS')
  console.log(`Cross-Session Continuation: ${continued ? 'SUCCESS' : 'FAILED'}`)
  if (resumed.lines.includes('Task State Persistence: VERIFIED')) console.log('Task State Persistence: VERIFIED')
  console.log('')
  if (double !== undefined) {
    console.log(`--- Final body of issue #${id} (GitHub double, ${double.violations.length} contract violations) ---`)
    console.log(double.getIssue(repository, Number(id))?.body ?? '')
    if (double.violations.length > 0) fail(`the double recorded contract violations:\n${double.violations.join('\n')}`)
  } else {
    console.log(`Final TaskList: ${resumed.outputs['tasklist-url'] ?? ''}`)
  }
  if (!continued) process.exitCode = 1
} finally {
  await double?.close()
}
