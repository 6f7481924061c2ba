// Runs the naive reference action (bench/naive/action.ts) as a runner runs a step: one process, inputs
// as INPUT_* variables, outputs read back from GITHUB_OUTPUT. Its types are stripped once, so it runs
// as the plain JavaScript file a published action would ship.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { stripTypeScriptTypes } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFileCommands } from '../../test/support/step-runner.ts'
import { BENCH_TOKEN } from '../double.ts'

const SOURCE = new URL('./action.ts', import.meta.url)

export interface NaiveResult {
  readonly exitCode: number | null
  readonly outputs: Readonly<Record<string, string>>
  readonly stdout: string
  readonly stderr: string
}

const dirs: string[] = []
let entry: string | undefined

/** The naive action as plain JavaScript, written once per bench run. */
function naiveEntry(): string {
  if (entry === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'tasklist-naive-'))
    dirs.push(dir)
    entry = join(dir, 'naive-action.mjs')
    writeFileSync(entry, stripTypeScriptTypes(readFileSync(SOURCE, 'utf8')))
  }
  return entry
}

/** One job of the naive action: its own workspace; steps share nothing else. */
export class NaiveJob {
  readonly workspace: string
  private readonly apiUrl: string
  private steps = 0

  constructor(apiUrl: string) {
    this.apiUrl = apiUrl
    this.workspace = mkdtempSync(join(tmpdir(), 'tasklist-naive-job-'))
    dirs.push(this.workspace)
  }

  step(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<NaiveResult> {
    const output = join(this.workspace, `output-${++this.steps}`)
    writeFileSync(output, '')
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? this.workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: this.apiUrl,
      GITHUB_REPOSITORY: 'octo-org/migrations',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: output,
      ...Object.fromEntries(
        Object.entries({ token: BENCH_TOKEN, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
      ),
      ...extraEnv,
    }
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [naiveEntry()], {
        env,
        cwd: this.workspace,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.on('error', reject)
      child.on('close', (exitCode) =>
        resolve({ exitCode, outputs: parseFileCommands(readFileSync(output, 'utf8')), stdout, stderr }),
      )
    })
  }
}

export function removeNaiveDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  entry = undefined
}
