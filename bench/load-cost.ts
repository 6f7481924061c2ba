// What the bundle costs to parse, per command: which files of dist/ each command loads (noted by
// bench/load-hook.ts while the command runs against the double), and how long importing those chunks
// takes in a fresh process, with Node's compile cache cold and then warm. Importing a chunk parses
// and compiles it; the modules in it run later, when the step first uses them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GitHubDouble } from '../test/double/index.ts'
import { newJob } from './jobs.ts'
import { REFERENCE_TASKS, seedTaskList } from './records.ts'
import { median, round } from './stats.ts'
import type { CommandLoad, LoadCostResult } from './types.ts'

const HOOK = fileURLToPath(new URL('./load-hook.ts', import.meta.url))
const task = REFERENCE_TASKS[0]?.name ?? ''

/** Times importing `files` in order in a fresh process whose compile cache lives in `cacheDir`. */
function importMs(files: readonly string[], cacheDir: string): number {
  const script = `import { enableCompileCache } from 'node:module'
enableCompileCache(${JSON.stringify(cacheDir)})
const started = performance.now()
for (const file of ${JSON.stringify(files)}) await import(file)
process.stdout.write(String(performance.now() - started))`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  const ms = Number(result.stdout)
  if (result.status !== 0 || !Number.isFinite(ms)) throw new Error(`importing the bundle failed: ${result.stderr}`)
  return ms
}

export async function measureLoadCost(double: GitHubDouble, runs: number): Promise<LoadCostResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tasklist-bench-load-'))
  try {
    const loadedBy = async (command: string, inputs: (id: string) => Record<string, string>, before?: string) => {
      const id = String(seedTaskList(double, { title: 'load cost', tasks: REFERENCE_TASKS }).number)
      const job = newJob(double.apiUrl)
      if (before !== undefined) await job.step({ command: before, 'tasklist-id': id, task })
      const list = join(dir, `${command}.txt`)
      writeFileSync(list, '')
      const result = await job.step(inputs(id), {
        env: { NODE_OPTIONS: `--import=${HOOK}`, TASKLIST_BENCH_LOADED: list },
      })
      if (result.exitCode !== 0)
        throw new Error(`${command} failed while its loading was noted: ${result.errors.join(' ')}`)
      return [
        ...new Set(
          readFileSync(list, 'utf8')
            .split('\n')
            .filter((l) => l !== ''),
        ),
      ]
    }
    const commands: Array<[string, () => Promise<string[]>]> = [
      ['create', () => loadedBy('create', () => ({ command: 'create', title: 'load cost', tasks: task }))],
      ['load', () => loadedBy('load', (id) => ({ command: 'load', 'tasklist-id': id }))],
      ['start', () => loadedBy('start', (id) => ({ command: 'start', 'tasklist-id': id, task }))],
      ['complete', () => loadedBy('complete', (id) => ({ command: 'complete', 'tasklist-id': id, task }), 'start')],
      ['run', () => loadedBy('run', (id) => ({ command: 'run', 'tasklist-id': id, task, run: 'true' }))],
    ]
    const rows: CommandLoad[] = []
    for (const [command, noted] of commands) {
      const loaded = await noted()
      const files = loaded.map((u) => fileURLToPath(u))
      // An entry runs the step when imported; only the chunks it loads are timed (the entries are ~10 KiB).
      const urls = loaded.filter((u) => /\/\d+\.index\.js$/.test(u))
      const cold: number[] = []
      const warm: number[] = []
      for (let i = 0; i < runs; i++) {
        const cache = mkdtempSync(join(dir, 'cache-'))
        cold.push(importMs(urls, cache))
        warm.push(importMs(urls, cache))
      }
      rows.push({
        command,
        files: files.map((f) => f.slice(f.lastIndexOf('/dist/') + 1)),
        bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
        coldMs: round(median(cold), 1),
        warmMs: round(median(warm), 1),
      })
    }
    return {
      method: `each command run once against the double with a load hook (node --import bench/load-hook.ts) noting the files of dist/ it loads; then the chunks among them (the entry, about 10 KiB, runs the step when imported, so it is left out) imported in that order in a fresh process, timed with performance.now() around the imports, median of ${runs}, with an empty compile cache (cold) and with the cache that run left (warm)`,
      commands: rows,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
