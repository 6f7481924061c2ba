// Runs the bundled CLI (dist/cli/index.js) as a child process, the way a person or a CI system does.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { startGitHubDouble, type GitHubDouble } from '../double/index.ts'
import { ROOT } from '../support/step-runner.ts'

export const CLI_ENTRY = join(ROOT, 'dist', 'cli', 'index.js')
export const REPO = 'octo-org/migrations'
export const ANSI = /\u001b\[/

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** stdout lines, without the trailing empty one. */
  readonly lines: readonly string[]
  readonly durationMs: number
}

export interface CliOptions {
  /** GITHUB_TOKEN; null runs without any token. Default: mona, the maintainer. */
  readonly token?: string | null
  readonly env?: Record<string, string>
  readonly cwd?: string
  readonly input?: string
  readonly timeoutMs?: number
}

export function assertBundled(): void {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing; run npm run build first`)
}

/** A clean environment: nothing from the developer's shell leaks in (tokens, GITHUB_*, colour settings). */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const token = options.token === undefined ? 'ghp_maintainer' : options.token
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...(token === null ? {} : { GITHUB_TOKEN: token }),
    ...options.env,
  }
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      env,
      cwd: options.cwd ?? ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 40_000)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      const lines = stdout.split('\n')
      if (lines.at(-1) === '') lines.pop()
      resolve({ code, stdout, stderr, lines, durationMs: Date.now() - started })
    })
    child.stdin.end(options.input ?? '')
  })
}

/** The CLI pointed at a double: `--repo octo-org/migrations --api-url <double>`. */
export function cliFor(apiUrl: string, repo: string = REPO) {
  return (args: readonly string[], options: CliOptions = {}) =>
    runCli([...args, '--repo', repo, '--api-url', apiUrl], options)
}

/** A failure is exactly one line on stderr, `tasklist: <problem>`, and nothing on stdout. */
export function expectOneErrorLine(result: CliResult, code: number, pattern: RegExp): string {
  const lines = result.stderr.split('\n').filter((l) => l !== '')
  expect(lines, result.stderr).toHaveLength(1)
  const line = lines[0] ?? ''
  expect(line).toMatch(/^tasklist: \S/)
  expect(line).toMatch(pattern)
  expect(result.code, result.stderr).toBe(code)
  expect(result.stdout).toBe('')
  return line
}

export function expectOk(result: CliResult, code = 0): CliResult {
  expect(result.stderr, result.stdout).toBe('')
  expect(result.code, result.stderr).toBe(code)
  return result
}

export const TASKS = [
  '--task',
  'database-migration: Migrate the schema',
  '--task',
  'application-migration',
  '--task',
  'data-validation',
]

/** Creates a TaskList through the CLI and returns its ID. */
export async function createTaskList(
  cli: ReturnType<typeof cliFor>,
  title: string,
  options: CliOptions = {},
  extra: readonly string[] = [],
): Promise<number> {
  const result = expectOk(await cli(['create', '--title', title, ...TASKS, ...extra, '--json'], options))
  const id = (JSON.parse(result.stdout) as { id: number }).id
  expect(id).toBeGreaterThan(0)
  return id
}

const tempDirs: string[] = []

/** A temporary directory, removed by removeTempDirs() (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export type Cli = ReturnType<typeof cliFor>

/**
 * One GitHub double for a file's tests (they run side by side on it), with a CLI bound to it,
 * handed to `use` once it is up, before `ready` runs; after each test it must have recorded no
 * contract violation.
 */
export function useCliDouble(
  use: (double: GitHubDouble, cli: Cli) => void,
  ready: () => Promise<void> | void = () => undefined,
): void {
  let current: GitHubDouble | undefined
  beforeAll(async () => {
    assertBundled()
    current = await startGitHubDouble()
    use(current, cliFor(current.apiUrl))
    await ready()
  })
  afterEach(() => {
    expect(current?.violations).toEqual([])
  })
  afterAll(async () => {
    await current?.close()
    removeTempDirs()
  })
}
