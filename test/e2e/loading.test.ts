// A step loads only what its command needs: the bundled action, run as a runner runs it with a load
// hook noting every file of dist/ it reads, must not parse another command's chunk, nor the HTTP
// client @actions/core would bring (undici), and a bad input is refused before Octokit is loaded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, ROOT } from '../support/step-runner.ts'

const HOOK = join(ROOT, 'bench', 'load-hook.ts')
const COMMANDS = ['createCommand', 'loadCommand', 'startCommand', 'transitionCommand', 'runCommand', 'botCommand']
const dir = mkdtempSync(join(tmpdir(), 'tasklist-loading-'))
let lists = 0

let double: GitHubDouble
useGitHubDouble((d) => (double = d))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs one step with the load hook; returns the text of every file of dist/ it loaded. */
async function loadedBy(job: Job, inputs: Record<string, string>): Promise<string[]> {
  const list = join(dir, `loaded-${++lists}.txt`)
  writeFileSync(list, '')
  await job.step(inputs, { env: { NODE_OPTIONS: `--import=${HOOK}`, TASKLIST_BENCH_LOADED: list } })
  const urls = [
    ...new Set(
      readFileSync(list, 'utf8')
        .split('\n')
        .filter((line) => line !== ''),
    ),
  ]
  expect(urls.length).toBeGreaterThan(0)
  return urls.map((url) => readFileSync(fileURLToPath(url), 'utf8'))
}

/** The commands whose definitions are among the loaded files. */
function commandsIn(sources: readonly string[]): string[] {
  return COMMANDS.filter((name) => sources.some((source) => source.includes(`async function ${name}(`)))
}

describe('what a step of the bundled action loads', () => {
  it('loads its own command and no other; never undici', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '11' })
    const created = await job.step({ command: 'create', title: 'Loading', tasks: 'database-migration' })
    const id = created.outputs['tasklist-id'] ?? ''
    expect(id).toMatch(/^\d+$/)

    const load = await loadedBy(job, { command: 'load', 'tasklist-id': id })
    // `run` claims as `start` does, so its chunk carries startCommand too.
    const start = await loadedBy(job, { command: 'start', 'tasklist-id': id, task: 'database-migration' })
    const complete = await loadedBy(job, { command: 'complete', 'tasklist-id': id, task: 'database-migration' })

    expect(commandsIn(load)).toEqual(['loadCommand'])
    expect(commandsIn(start)).toEqual(['startCommand'])
    expect(commandsIn(complete)).toEqual(['transitionCommand'])
    for (const source of [...load, ...start, ...complete]) expect(source).not.toContain('node_modules/undici')
  })

  it('refuses a bad input before loading Octokit or any command', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '12' })
    const loaded = await loadedBy(job, { command: 'load' })
    expect(commandsIn(loaded)).toEqual([])
    for (const source of loaded) expect(source).not.toContain('node_modules/@octokit')
  })
})
