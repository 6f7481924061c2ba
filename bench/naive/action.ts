// A naive issue-state action, kept as the bench's point of comparison: what most actions that keep
// state in an issue do. It reads the issue body, changes it, writes it back, and adds one comment per
// transition. It takes the same inputs as this action and runs one process per step, like it, but
// nothing orders concurrent writers: two jobs that read the same body both write theirs back, and the
// later PATCH silently drops the earlier job's change (a lost update).
//
// It imports nothing but Node and uses Node's own fetch, so it starts as fast as a script can: the
// bench strips its types once and runs it as plain JavaScript (bench/naive/runner.ts).
import { spawnSync } from 'node:child_process'
import { appendFileSync } from 'node:fs'

type Status = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'FAILED' | 'SKIPPED'
type State = Record<string, Status>

const env = process.env
const input = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
const api = `${env.GITHUB_API_URL ?? 'https://api.github.com'}/repos/${owner ?? ''}/${repo ?? ''}`
const MARK = '<!-- naive-state '

function setOutput(name: string, value: string): void {
  const path = env.GITHUB_OUTPUT
  if (path !== undefined && path !== '') appendFileSync(path, `${name}=${value}\n`)
}

async function gh(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${input('token')}`,
      accept: 'application/vnd.github+json',
      'user-agent': 'naive-issue-state',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

function render(title: string, state: State): string {
  const lines = Object.entries(state).map(([task, s]) => `- [${s === 'COMPLETE' ? 'x' : ' '}] ${task}: ${s}`)
  return `## ${title}\n\n${lines.join('\n')}\n\n${MARK}${JSON.stringify({ title, state })} -->\n`
}

function parse(body: string): { title: string; state: State } {
  const at = body.indexOf(MARK)
  if (at < 0) throw new Error('the issue holds no state')
  return JSON.parse(body.slice(at + MARK.length, body.indexOf(' -->', at))) as { title: string; state: State }
}

/** Read the body, change one task, write the body back, add a comment: three requests, in sequence. */
async function transition(id: string, task: string, status: Status): Promise<void> {
  const issue = await gh('GET', `/issues/${id}`)
  const { title, state } = parse(typeof issue.body === 'string' ? issue.body : '')
  if (!(task in state)) throw new Error(`no task ${task}`)
  state[task] = status
  await gh('PATCH', `/issues/${id}`, { body: render(title, state) })
  await gh('POST', `/issues/${id}/comments`, { body: `${task}: ${status}` })
  setOutput('task-status', status)
}

async function main(): Promise<void> {
  const command = input('command')
  const id = input('tasklist-id')
  const task = input('task')
  switch (command) {
    case 'create': {
      const tasks = input('tasks')
        .split('\n')
        .map((line) => line.split(':')[0]?.trim() ?? '')
        .filter((name) => name !== '')
      const state: State = {}
      for (const name of tasks) state[name] = 'PENDING'
      const issue = await gh('POST', '/issues', { title: input('title'), body: render(input('title'), state) })
      setOutput('tasklist-id', String(issue.number))
      return
    }
    case 'load': {
      const issue = await gh('GET', `/issues/${id}`)
      setOutput('tasks', JSON.stringify(parse(typeof issue.body === 'string' ? issue.body : '').state))
      return
    }
    case 'start':
      return transition(id, task, 'IN_PROGRESS')
    case 'complete':
      return transition(id, task, 'COMPLETE')
    case 'fail':
      return transition(id, task, 'FAILED')
    case 'skip':
      return transition(id, task, 'SKIPPED')
    case 'run': {
      await transition(id, task, 'IN_PROGRESS')
      const ran = spawnSync('bash', ['-c', input('run')], { cwd: env.GITHUB_WORKSPACE, stdio: 'inherit' })
      return transition(id, task, ran.status === 0 ? 'COMPLETE' : 'FAILED')
    }
    default:
      throw new Error(`unknown command ${command}`)
  }
}

main().catch((error: unknown) => {
  process.stdout.write(`::error::${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
