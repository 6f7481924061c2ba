// Runs the bundled action the way a GitHub runner does: one process per step,
// inputs as INPUT_* variables, file commands read back after the step, the
// job's env carried to later steps and each step's state to its post step.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const MAIN_ENTRY = join(ROOT, 'dist', 'index.js')
export const POST_ENTRY = join(ROOT, 'dist', 'post', 'index.js')

export interface JobOptions {
  readonly apiUrl: string
  readonly repository?: string
  readonly serverUrl?: string
  readonly runId?: string
  readonly runAttempt?: number
  readonly job?: string
  readonly token?: string
  readonly workspace?: string
  readonly event?: { name: string; payload: unknown }
  /** Extra environment for every step, e.g. x-tasklist-client tags. */
  readonly env?: Record<string, string>
}

export interface StepResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  /** stdout lines with workflow commands (::debug:: etc.) removed. */
  readonly lines: readonly string[]
  readonly errors: readonly string[]
  readonly warnings: readonly string[]
  readonly outputs: Readonly<Record<string, string>>
  readonly summary: string
  readonly state: Readonly<Record<string, string>>
  readonly durationMs: number
}

export interface StepOptions {
  /** Kill the process when a stdout line matches, as a lost runner would be. */
  readonly killWhen?: RegExp
  readonly killSignal?: NodeJS.Signals
  readonly timeoutMs?: number
  readonly env?: Record<string, string>
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `k=v` lines and `k<<DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const end = lines.indexOf(heredoc[2], i + 1)
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const eq = line.indexOf('=')
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  )
}

/** One job on a runner: steps share its env and workspace. */
export class Job {
  readonly dir: string
  readonly workspace: string
  private readonly options: JobOptions
  private jobEnv: Record<string, string> = {}
  private readonly eventPath: string
  private stepCount = 0
  /** Post steps to run at the end of the job, last first, as the runner does. */
  private readonly posts: Array<{ inputs: Record<string, string>; state: Record<string, string> }> = []

  constructor(options: JobOptions) {
    this.options = options
    this.dir = mkdtempSync(join(tmpdir(), 'tasklist-job-'))
    this.workspace = options.workspace ?? this.dir
    this.eventPath = join(this.dir, 'event.json')
    writeFileSync(this.eventPath, JSON.stringify(options.event?.payload ?? {}))
  }

  get env(): Readonly<Record<string, string>> {
    return this.jobEnv
  }

  private baseEnv(): Record<string, string> {
    const o = this.options
    return {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? this.dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: o.apiUrl,
      GITHUB_SERVER_URL: o.serverUrl ?? 'https://github.com',
      GITHUB_REPOSITORY: o.repository ?? 'octo-org/migrations',
      GITHUB_RUN_ID: o.runId ?? '1001',
      GITHUB_RUN_ATTEMPT: String(o.runAttempt ?? 1),
      GITHUB_JOB: o.job ?? 'migrate',
      GITHUB_WORKFLOW: 'migration',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch',
      GITHUB_EVENT_PATH: this.eventPath,
      RUNNER_TEMP: this.dir,
      ...o.env,
    }
  }

  /** Runs the action's main entry with these inputs (token defaults to the double's bot token). */
  async step(inputs: Record<string, string>, options: StepOptions = {}): Promise<StepResult> {
    const withToken = { token: this.options.token ?? 'ghs_default_test_token', ...inputs }
    const result = await this.exec(MAIN_ENTRY, withToken, {}, options)
    this.posts.push({ inputs: withToken, state: result.state })
    return result
  }

  /** Runs the post steps of every step so far, as the end of the job does. */
  async end(): Promise<StepResult[]> {
    const results: StepResult[] = []
    for (const post of this.posts.reverse()) {
      if (Object.keys(post.state).length === 0) continue
      results.push(await this.exec(POST_ENTRY, post.inputs, post.state, {}))
    }
    this.posts.length = 0
    return results
  }

  private exec(
    entry: string,
    inputs: Record<string, string>,
    state: Record<string, string>,
    options: StepOptions,
  ): Promise<StepResult> {
    const n = ++this.stepCount
    const files = {
      GITHUB_OUTPUT: `output-${n}`,
      GITHUB_STATE: `state-${n}`,
      GITHUB_ENV: `env-${n}`,
      GITHUB_STEP_SUMMARY: `summary-${n}`,
      GITHUB_PATH: `path-${n}`,
    }
    const fileEnv = Object.fromEntries(Object.entries(files).map(([key, name]) => [key, join(this.dir, name)]))
    for (const path of Object.values(fileEnv)) writeFileSync(path, '')
    const stateEnv = Object.fromEntries(Object.entries(state).map(([key, value]) => [`STATE_${key}`, value]))
    const env = { ...this.baseEnv(), ...this.jobEnv, ...fileEnv, ...stateEnv, ...inputEnv(inputs), ...options.env }
    const started = Date.now()
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [entry], { env, cwd: this.workspace, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      let killed = false
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8')
        if (!killed && options.killWhen !== undefined && options.killWhen.test(stdout)) {
          killed = true
          child.kill(options.killSignal ?? 'SIGKILL')
        }
      })
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
      })
      child.on('error', reject)
      child.on('close', (exitCode, signal) => {
        clearTimeout(timer)
        const read = (key: keyof typeof files) => readFileSync(join(this.dir, files[key]), 'utf8')
        const newEnv = parseFileCommands(read('GITHUB_ENV'))
        this.jobEnv = { ...this.jobEnv, ...newEnv }
        const all = stdout.split('\n')
        resolvePromise({
          exitCode,
          signal,
          stdout,
          stderr,
          lines: all.filter((line) => !line.startsWith('::') && line !== ''),
          errors: all.filter((line) => line.startsWith('::error')).map((line) => line.replace(/^::error[^:]*::/, '')),
          warnings: all
            .filter((line) => line.startsWith('::warning'))
            .map((line) => line.replace(/^::warning[^:]*::/, '')),
          outputs: parseFileCommands(read('GITHUB_OUTPUT')),
          summary: read('GITHUB_STEP_SUMMARY'),
          state: parseFileCommands(read('GITHUB_STATE')),
          durationMs: Date.now() - started,
        })
      })
    })
  }
}
