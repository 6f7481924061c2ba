// tasklist watch as a person sees it on a terminal (a real pseudo-terminal, through util-linux's
// script), and as a pipe or a --json consumer reads it, while other processes change the TaskList.
import { spawn, type ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { screenOf } from '../support/screen.ts'
import { CLI_ENTRY, REPO, cliFor, createTaskList, expectOk } from './cli-runner.ts'

const WATCHER = 'ghp_watcher'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
  double.addToken(WATCHER, { login: 'watcher', type: 'User' })
})

interface Running {
  readonly child: ChildProcess
  output(): string
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>
  readonly exit: Promise<number | null>
}

function start(command: string, args: readonly string[], env: Record<string, string> = {}): Running {
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GITHUB_TOKEN: WATCHER, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d))
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d))
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  void exit.then(() => clearTimeout(timer))
  return {
    child,
    output: () => out,
    exit,
    async waitFor(pattern, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs
      while (!pattern.test(out)) {
        if (Date.now() > until)
          throw new Error(`timed out waiting for ${String(pattern)}; stdout:\n${out}\nstderr:\n${err}`)
        await new Promise((r) => setTimeout(r, 50))
      }
    },
  }
}

const watchArgs = (id: number, ...extra: string[]) => [
  CLI_ENTRY,
  'watch',
  String(id),
  '--interval',
  '1',
  '--repo',
  REPO,
  '--api-url',
  double.apiUrl,
  ...extra,
]

/** Under a pseudo-terminal of 120 columns, as a person's terminal would be. */
function onTerminal(id: number): Running {
  const line = ['stty cols 120 rows 40;', 'exec', process.execPath, ...watchArgs(id)]
    .map((a) => (a.endsWith(';') ? a : `'${a}'`))
    .join(' ')
  return start('script', ['-qfec', line, '/dev/null'], { TERM: 'xterm-256color' })
}

const framesIn = (text: string) => screenOf(text).lines.filter((l) => /^TaskList #\d+ {2}/.test(l)).length

describe('tasklist watch', () => {
  it('on a terminal, redraws one table and progress bar in place until the TaskList is complete', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate production', {}, ['--trusted', 'mona'])
    const watching = onTerminal(id)
    await watching.waitFor(/Ctrl-C to stop/)
    expectOk(await cli(['start', String(id), 'database-migration']))
    await watching.waitFor(/IN_PROGRESS/)
    expectOk(await cli(['complete', String(id), 'database-migration']))
    await watching.waitFor(/1\/3 done/)

    // The screen after two changes: one frame, the newest, with its bar a third full.
    const middle = screenOf(watching.output())
    expect(framesIn(watching.output())).toBe(1)
    expect(middle.cursorVisible).toBe(false)
    expect(middle.lines[0]).toBe(`TaskList #${id}  Migrate production`)
    expect(middle.lines.find((l) => l.includes('database-migration'))).toMatch(
      /^ {2}t1 {2}database-migration +COMPLETE +\d+s/,
    )
    expect(middle.lines).toContain(`[${'█'.repeat(10)}${'░'.repeat(20)}] 1/3 done`)
    expect(middle.lines.at(-1)).toMatch(
      /^watching · looked at \d\d:\d\d:\d\d UTC · next look in \d+s · Ctrl-C to stop$/,
    )

    expectOk(await cli(['skip', String(id), 'application-migration']))
    expectOk(await cli(['skip', String(id), 'data-validation']))
    expect(await watching.exit).toBe(0)
    const screen = screenOf(watching.output())
    expect(screen.cursorVisible).toBe(true)
    expect(framesIn(watching.output())).toBe(1)
    expect(screen.lines.map((l) => l.replace(/ {2}\d+s( {4}|$)/, '  Ns$1'))).toEqual([
      `TaskList #${id}  Migrate production`,
      `https://github.com/${REPO}/issues/${id}`,
      '',
      '  ID  TASK                   STATUS    TIME  NEEDS  NOTE',
      '  t1  database-migration     COMPLETE  Ns    -      Migrate the schema',
      '  t2  application-migration  SKIPPED         -',
      '  t3  data-validation        SKIPPED         -',
      '',
      '3/3 done · complete',
      '',
      `[${'█'.repeat(30)}] 3/3 done`,
      `TaskList #${id}: 3/3 done · complete`,
    ])
  }, 60_000)

  it('piped, prints one line per change and looks with conditional requests that cost no rate limit', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate', {}, ['--trusted', 'mona'])
    const used = async () => {
      const response = await fetch(`${double.apiUrl}/repos/${REPO}`, { headers: { authorization: `token ${WATCHER}` } })
      return Number(response.headers.get('x-ratelimit-used'))
    }
    const usedBefore = await used()
    const firstLook = double.timeline.length
    const watching = start(process.execPath, watchArgs(id))
    await watching.waitFor(/\[t3\] data-validation: PENDING\n/)
    // Quiet for a while: the looks answer 304.
    await new Promise((r) => setTimeout(r, 3500))
    expectOk(await cli(['start', String(id), 'database-migration']))
    await watching.waitFor(/PENDING -> IN_PROGRESS/)
    expectOk(await cli(['fail', String(id), 'database-migration', '--exit-code', '3']))
    expectOk(await cli(['skip', String(id), 'database-migration']))
    expectOk(await cli(['skip', String(id), 'application-migration']))
    expectOk(await cli(['skip', String(id), 'data-validation']))
    expect(await watching.exit).toBe(0)
    expect(watching.output()).not.toMatch(/\u001b/)
    const lines = watching.output().split('\n')
    expect(lines.slice(0, 5)).toEqual([
      `TaskList #${id}  Migrate`,
      '[t1] database-migration: PENDING',
      '[t2] application-migration: PENDING',
      '[t3] data-validation: PENDING',
      '[t1] database-migration: PENDING -> IN_PROGRESS',
    ])
    expect(lines.slice(-2)).toEqual([`TaskList #${id}: 3/3 done · complete`, ''])
    // Changes between two looks come together: each task's lines chain from where it was to SKIPPED,
    // whether or not a look fell between its FAILED and its skip.
    const was: Record<string, string> = {
      'database-migration': 'IN_PROGRESS',
      'application-migration': 'PENDING',
      'data-validation': 'PENDING',
    }
    for (const line of lines.slice(5, -2)) {
      const [, name = '', from, to = ''] = /^\[t\d\] ([a-z-]+): ([A-Z_]+) -> ([A-Z_]+)$/.exec(line) ?? []
      expect(from, line).toBe(was[name])
      was[name] = to
    }
    expect(Object.values(was)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED'])
    const looks = double.timeline.slice(firstLook).filter((e) => e.login === 'watcher' && e.method === 'GET')
    const notModified = looks.filter((e) => e.status === 304).length
    expect(notModified).toBeGreaterThanOrEqual(2)
    // Every look but the 304s counted against the rate limit, plus the one that reads it now.
    expect((await used()) - usedBefore).toBe(looks.length - notModified + 1)
  }, 60_000)

  it('with --json prints one object per change; --exit-on-failure exits 1 when a task turns FAILED', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate', {}, ['--trusted', 'mona'])
    const watching = start(process.execPath, watchArgs(id, '--json', '--exit-on-failure'))
    await watching.waitFor(/"event":"snapshot"/)
    expectOk(await cli(['start', String(id), 'application-migration']))
    await watching.waitFor(/"event":"transition"/)
    expectOk(await cli(['fail', String(id), 'application-migration', '--exit-code', '7']))
    expect(await watching.exit).toBe(1)
    const events = watching
      .output()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(events.map((e) => e.event)).toEqual(['snapshot', 'transition', 'transition'])
    expect(events[0]).toMatchObject({ tasklist: { id, total: 3, done: 0 } })
    expect(events[2]).toMatchObject({
      from: 'IN_PROGRESS',
      to: 'FAILED',
      task: { id: 't2', name: 'application-migration', exitCode: 7 },
      done: 0,
      total: 3,
      complete: false,
    })
  }, 60_000)

  it('stops on Ctrl-C with status 130, and refuses a bad interval before any request', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate')
    const watching = start(process.execPath, watchArgs(id))
    await watching.waitFor(/\[t3\] data-validation: PENDING\n/)
    watching.child.kill('SIGINT')
    expect(await watching.exit).toBe(130)
    expect(watching.output()).toMatch(new RegExp(`TaskList #${id}: 0/3 done · stopped\\n$`))
    const before = double.stats().requests
    const bad = await cli(['watch', String(id), '--interval', 'often'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^tasklist: --interval 'often' is not a duration up to 1h/)
    expect(double.stats().requests).toBe(before)
  }, 60_000)
})
