// Section 4: what starting the bundle costs every step, against bare `node -e 0` in the same run,
// and how large the bundle is.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAIN_ENTRY, POST_ENTRY, ROOT } from '../test/support/step-runner.ts'
import { max, median, min, round } from './stats.ts'
import type { BundleResult, PostIdleResult, StartupResult } from './types.ts'

/** `load` without `tasklist-id` fails input validation: the whole start-up, no network. */
const INPUTS = { INPUT_COMMAND: 'load', INPUT_TOKEN: 'ghs_default_test_token' }

function timed(args: readonly string[], env: NodeJS.ProcessEnv, expectStatus: number): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const elapsed = performance.now() - started
  if (result.status !== expectStatus) {
    throw new Error(
      `node ${args.join(' ')} exited ${result.status}, expected ${expectStatus}: ${result.stdout.toString()}${result.stderr.toString()}`,
    )
  }
  return elapsed
}

/**
 * CPU time (user + system) per run, from bash's `times` after `runs` runs in a row: unlike wall
 * time it barely moves when other work shares the machine.
 */
function cpuPerRun(args: readonly string[], env: NodeJS.ProcessEnv, runs: number): number {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const script = `for i in $(seq ${runs}); do ${quoted} >/dev/null 2>&1; done; times`
  const result = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { env, encoding: 'utf8' })
  const children = result.stdout.trim().split('\n')[1] ?? ''
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
  if (seconds.length !== 2) throw new Error(`could not read CPU times from bash: ${result.stdout}${result.stderr}`)
  return (((seconds[0] ?? 0) + (seconds[1] ?? 0)) * 1000) / runs
}

export function measureStartup(runs: number): StartupResult {
  // A temp dir of its own, as a fresh runner has: dist enables Node's compile cache under it,
  // so the first run of the action is cold and later ones reuse the cache.
  const temp = mkdtempSync(join(tmpdir(), 'tasklist-bench-startup-'))
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    TMPDIR: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/migrations',
    RUNNER_TEMP: temp,
  }
  const actionEnv = { ...base, ...INPUTS }
  try {
    const cold = timed([MAIN_ENTRY], actionEnv, 1)
    timed(['-e', '0'], base, 0) // warm-up of bare node
    const bare: number[] = []
    const action: number[] = []
    for (let i = 0; i < runs; i++) {
      bare.push(timed(['-e', '0'], base, 0))
      action.push(timed([MAIN_ENTRY], actionEnv, 1))
    }
    const bareMedian = median(bare)
    const actionMedian = median(action)
    const bareCpu = cpuPerRun(['-e', '0'], base, runs)
    const actionCpu = cpuPerRun([MAIN_ENTRY], actionEnv, runs)
    return {
      runs,
      command: 'node dist/index.js with command: load and no tasklist-id (fails input validation; no network)',
      bareNode: { medianMs: round(bareMedian, 1), minMs: round(min(bare), 1), maxMs: round(max(bare), 1) },
      action: {
        coldMs: round(cold, 1),
        medianMs: round(actionMedian, 1),
        minMs: round(min(action), 1),
        maxMs: round(max(action), 1),
      },
      ratio: round(actionMedian / bareMedian, 2),
      coldRatio: round(cold / bareMedian, 2),
      cpu: { bareNodeMs: round(bareCpu, 1), actionMs: round(actionCpu, 1), ratio: round(actionCpu / bareCpu, 2) },
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/**
 * The post step of a step that claimed nothing (no saved claim state), spawn to exit, against bare
 * `node -e 0`, interleaved; and CPU time per run.
 */
export function measurePostIdle(runs: number): PostIdleResult {
  const temp = mkdtempSync(join(tmpdir(), 'tasklist-bench-post-'))
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    TMPDIR: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/migrations',
    RUNNER_TEMP: temp,
    INPUT_COMMAND: 'start',
    INPUT_TOKEN: 'ghs_default_test_token',
  }
  try {
    timed(['-e', '0'], env, 0)
    timed([POST_ENTRY], env, 0)
    const bare: number[] = []
    const post: number[] = []
    for (let i = 0; i < runs; i++) {
      bare.push(timed(['-e', '0'], env, 0))
      post.push(timed([POST_ENTRY], env, 0))
    }
    const bareCpu = cpuPerRun(['-e', '0'], env, runs)
    const postCpu = cpuPerRun([POST_ENTRY], env, runs)
    return {
      runs,
      bareNodeMs: round(median(bare), 1),
      postMs: round(median(post), 1),
      ratio: round(median(post) / median(bare), 2),
      cpu: { bareNodeMs: round(bareCpu, 1), postMs: round(postCpu, 1), ratio: round(postCpu / bareCpu, 2) },
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

function sizeOf(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
}

export function measureBundle(): BundleResult {
  const dist = join(ROOT, 'dist')
  // The main entry and the chunks ncc split off for it (loaded on demand) sit side by side.
  const mainFiles = readdirSync(dist)
    .filter((name) => name === 'index.js' || /^\d+\.index\.js$/.test(name))
    .sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b, 'en', { numeric: true })))
    .map((file) => ({ file: `dist/${file}`, bytes: statSync(join(dist, file)).size }))
  return { mainBytes: mainFiles.reduce((sum, f) => sum + f.bytes, 0), mainFiles, distBytes: sizeOf(dist) }
}
