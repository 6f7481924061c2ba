// Plans through the bundled CLI: plan files, YAML tasks files, reconciling a known key, and task outputs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_TOKEN, type GitHubDouble } from '../double/index.ts'
import {
  createTaskList,
  expectOk,
  expectOneErrorLine,
  REPO,
  tempDir,
  type CliResult,
  useCliDouble,
  type Cli,
} from './cli-runner.ts'

vi.setConfig({ maxConcurrency: 20 })

let double: GitHubDouble
let cli: Cli

useCliDouble((started, bound) => {
  double = started
  cli = bound
})

interface TaskJson {
  name: string
  status: string
  description: string | null
  run: string | null
  needs: string[]
  timeoutSec: number | null
  retries: number | null
  outputs: Record<string, string>
}
interface CreatedJson {
  id: number
  title: string
  created: boolean
  changes: { added: string[]; redefined: string[]; removed: string[] } | null
  tasks: TaskJson[]
}

/** A directory holding the given files; the CLI runs in it so plan paths are relative. */
function dirWith(files: Record<string, string>): string {
  const dir = tempDir('tasklist-plan-')
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const parsed = (result: CliResult) => JSON.parse(expectOk(result).stdout) as CreatedJson

async function showJson(id: number): Promise<CreatedJson> {
  return parsed(await cli(['show', String(id), '--json']))
}

/** Issues of the double's repository with this title: a refused create must open none. */
const issuesTitled = (title: string) => double.listIssues(REPO).filter((issue) => issue.title === title)

/** What a refused write must leave as it was: the issue's body and its comments. */
function footprint(id: number): string {
  return JSON.stringify({
    body: double.getIssue(REPO, id)?.body,
    comments: double.listComments(REPO, id).map((comment) => comment.body),
  })
}

const PLAN = [
  'title: Release 7',
  'tasks:',
  '  backup:',
  '    description: Back up the database',
  '    run: ./backup.sh',
  '    timeout: 15m',
  '    retries: 2',
  '  migrate:',
  '    run: ./migrate.sh',
  '    needs: backup',
  '  verify:',
  '    needs: [backup, migrate]',
  '',
].join('\n')

describe.concurrent('tasklist create with a plan', () => {
  it('--plan-file: title, run, needs, timeout and retries land in the TaskList, as show prints them', async () => {
    const cwd = dirWith({ 'plan.yml': PLAN })
    const created = parsed(await cli(['create', '--plan-file', 'plan.yml', '--json'], { cwd }))
    expect(created).toMatchObject({ title: 'Release 7', created: true, changes: null })
    const shown = await showJson(created.id)
    expect(
      shown.tasks.map(({ name, run, needs, timeoutSec, retries, outputs }) => ({
        name,
        run,
        needs,
        timeoutSec,
        retries,
        outputs,
      })),
    ).toEqual([
      { name: 'backup', run: './backup.sh', needs: [], timeoutSec: 900, retries: 2, outputs: {} },
      { name: 'migrate', run: './migrate.sh', needs: ['backup'], timeoutSec: null, retries: null, outputs: {} },
      { name: 'verify', run: null, needs: ['backup', 'migrate'], timeoutSec: null, retries: null, outputs: {} },
    ])
    expect(shown.tasks[0]?.description).toBe('Back up the database')

    const table = expectOk(await cli(['show', String(created.id)]))
    expect(table.lines).toContain('  ID  TASK     STATUS   TIME  NEEDS           NOTE')
    expect(table.stdout).toMatch(/^ {2}t1 {2}backup +PENDING +- +Back up the database$/m)
    expect(table.stdout).toMatch(/^ {2}t3 {2}verify +PENDING +backup,migrate$/m)
    expect(table.stdout).not.toContain('Outputs')

    // --title replaces the file's title; '-' reads the plan from stdin.
    const fromStdin = parsed(
      await cli(['create', '--plan-file', '-', '--title', 'Release 7 (rerun)', '--json'], { input: PLAN }),
    )
    expect(fromStdin.title).toBe('Release 7 (rerun)')
    expect(fromStdin.tasks.map((t) => t.needs)).toEqual([[], ['backup'], ['backup', 'migrate']])
  })

  it('--tasks-file takes the YAML mapping as well as the line form', async () => {
    const cwd = dirWith({ 'tasks.yml': 'build:\n  run: make\ntest:\n  run: make test\n  needs: build\n' })
    const created = parsed(
      await cli(['create', '--title', 'YAML tasks', '--tasks-file', 'tasks.yml', '--task', 'ship: Ship it', '--json'], {
        cwd,
      }),
    )
    expect(created.tasks.map((t) => [t.name, t.run, t.needs, t.description])).toEqual([
      ['build', 'make', [], null],
      ['test', 'make test', ['build'], null],
      ['ship', null, [], 'Ship it'],
    ])
    const lines = parsed(
      await cli(['create', '--title', 'Line tasks', '--tasks-file', 'lines.txt', '--json'], {
        cwd: dirWith({ 'lines.txt': '- build: Compile\ntest\n' }),
      }),
    )
    expect(lines.tasks.map((t) => [t.name, t.description])).toEqual([
      ['build', 'Compile'],
      ['test', null],
    ])
  })

  it('--plan-file with --task or --tasks-file is a usage error that names the fix, and nothing is written', async () => {
    const cwd = dirWith({ 'plan.yml': PLAN.replace('Release 7', 'Mixed plan'), 'tasks.txt': 'a\n' })
    const withTask = await cli(['create', '--plan-file', 'plan.yml', '--task', 'extra'], { cwd })
    expectOneErrorLine(
      withTask,
      2,
      /^tasklist: --plan-file gives every task, so --task and --tasks-file cannot add to it; put those tasks in plan\.yml and drop --task and --tasks-file$/,
    )
    const withFile = await cli(['create', '--plan-file', 'plan.yml', '--tasks-file', 'tasks.txt'], { cwd })
    expectOneErrorLine(withFile, 2, /--plan-file gives every task/)
    expect(issuesTitled('Mixed plan')).toEqual([])
  })

  it('an invalid plan is one line naming the file, the task and the field, and nothing is written', async () => {
    const cwd = dirWith({
      'cycle.yml': 'title: Cyclic\ntasks:\n  a:\n    needs: b\n  b:\n    needs: a\n',
      'unknown.yml': 'title: Unknown need\ntasks:\n  a: First\n  b:\n    needs: [a, zzz]\n',
      'field.yml': 'title: Bad field\ntasks:\n  a:\n    retries: 11\n',
    })
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'cycle.yml'], { cwd }),
      2,
      /^tasklist: --plan-file cycle\.yml: field 'needs': the tasks need each other in a cycle, a -> b -> a; remove one of these needs$/,
    )
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'unknown.yml'], { cwd }),
      2,
      /^tasklist: --plan-file unknown\.yml: task 'b' field 'needs': 'zzz' is not a task of this plan; name one of its tasks, or add 'zzz'$/,
    )
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'field.yml'], { cwd }),
      2,
      /^tasklist: --plan-file field\.yml: task 'a' field 'retries' must be a whole number from 0 to 10$/,
    )
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'missing.yml'], { cwd }),
      2,
      /^tasklist: cannot read --plan-file missing\.yml: it does not exist; give a YAML file with 'title' and 'tasks'/,
    )
    expectOneErrorLine(
      await cli(['create', '--plan-file', '-'], { input: 'title: From stdin\ntasks:\n  a:\n    retries: 11\n' }),
      2,
      /^tasklist: --plan-file '-' \(stdin\): task 'a' field 'retries' must be a whole number from 0 to 10$/,
    )
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'field.yml', '--plan-change', 'accept'], { cwd }),
      2,
      /^tasklist: --plan-change decides how a plan changes an existing TaskList, which --key names; add --key, or drop --plan-change$/,
    )
    for (const title of ['Cyclic', 'Unknown need', 'Bad field', 'From stdin']) expect(issuesTitled(title)).toEqual([])
  })
})

describe.concurrent('create with a key that exists reconciles the plan', () => {
  const a = '  a:\n    run: echo a\n'
  const b = '  b:\n    run: echo b\n    needs: a\n'
  const b2 = '  b:\n    run: echo b2\n    needs: a\n'
  const c = '  c:\n    run: echo c\n    needs: [a, b]\n'
  const plan = (title: string, ...tasks: string[]) => `title: ${title}\ntasks:\n${tasks.join('')}`

  /** A keyed TaskList from plan.yml whose first task a is COMPLETE. */
  async function keyedWithACompleted(title: string, key: string, cwd: string): Promise<number> {
    writeFileSync(join(cwd, 'plan.yml'), plan(title, a, b))
    const created = parsed(await cli(['create', '--plan-file', 'plan.yml', '--key', key, '--json'], { cwd }))
    expectOk(await cli(['start', String(created.id), 'a']))
    expectOk(await cli(['complete', String(created.id), 'a']))
    return created.id
  }

  it('adds a task (ADDED) and redefines a PENDING one (REDEFINED); the same plan again changes nothing', async () => {
    const cwd = dirWith({})
    const id = await keyedWithACompleted('Growing', 'growing', cwd)
    writeFileSync(join(cwd, 'plan.yml'), plan('Growing', a, b2, c))
    const grown = expectOk(await cli(['create', '--plan-file', 'plan.yml', '--key', 'growing'], { cwd }))
    expect(grown.lines).toContain(`A TaskList with key 'growing' exists already; using it`)
    expect(grown.lines).toContain('[t2] b: REDEFINED (run)')
    expect(grown.lines).toContain('[t3] c: ADDED')
    expect(grown.lines.indexOf('[t3] c: ADDED')).toBeGreaterThan(grown.lines.indexOf(`TaskList Loaded: ${id}`))
    const shown = await showJson(id)
    expect(shown.tasks.map((t) => [t.name, t.status, t.run])).toEqual([
      ['a', 'COMPLETE', 'echo a'],
      ['b', 'PENDING', 'echo b2'],
      ['c', 'PENDING', 'echo c'],
    ])

    const before = footprint(id)
    const again = parsed(await cli(['create', '--plan-file', 'plan.yml', '--key', 'growing', '--json'], { cwd }))
    expect(again).toMatchObject({ id, created: false, changes: { added: [], redefined: [], removed: [] } })
    expect(footprint(id)).toBe(before)

    writeFileSync(join(cwd, 'plan.yml'), plan('Growing', a, b, c, '  d: Last\n'))
    const json = parsed(await cli(['create', '--plan-file', 'plan.yml', '--key', 'growing', '--json'], { cwd }))
    expect(json).toMatchObject({ id, created: false, changes: { added: ['d'], redefined: ['b'], removed: [] } })
    expect(json.tasks.map((t) => t.name)).toEqual(['a', 'b', 'c', 'd'])
    expect(issuesTitled('Growing')).toHaveLength(1)
  })

  it('refuses to change a COMPLETE task or leave a task out: one line per task, exit 1, nothing written', async () => {
    const cwd = dirWith({})
    const id = await keyedWithACompleted('Guarded', 'guarded', cwd)
    const before = footprint(id)
    writeFileSync(join(cwd, 'plan.yml'), plan('Guarded', a.replace('echo a', 'echo a2'), b))
    const changed = await cli(['create', '--plan-file', 'plan.yml', '--key', 'guarded'], { cwd })
    expectOneErrorLine(
      changed,
      1,
      new RegExp(
        `^tasklist: a in TaskList #${id} is COMPLETE and the plan changes its run, so nothing was written; a task that ran is not redefined silently: restore its definition, add a new task instead, or pass --plan-change accept$`,
      ),
    )

    writeFileSync(join(cwd, 'plan.yml'), plan('Guarded', a.replace('echo a', 'echo a2')))
    const two = await cli(['create', '--plan-file', 'plan.yml', '--key', 'guarded', '--json'], { cwd })
    expect(two.code).toBe(1)
    expect(two.stdout).toBe('')
    expect(two.stderr.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^tasklist: a in TaskList #\d+ is COMPLETE and the plan changes its run/),
      `tasklist: b in TaskList #${id} (PENDING) is missing from the plan, so nothing was written; put it back, or pass --plan-change accept to remove it`,
    ])
    expect(footprint(id)).toBe(before)
    expect(issuesTitled('Guarded')).toHaveLength(1)
    expect((await showJson(id)).tasks.map((t) => [t.name, t.run])).toEqual([
      ['a', 'echo a'],
      ['b', 'echo b'],
    ])
  })

  it('a plan change from an account the TaskList does not trust is refused before it is written', async () => {
    const cwd = dirWith({ 'plan.yml': plan('Untrusted', a) })
    // Opened by the workflow's account, trusting it and hubot, not mona (the CLI's default token).
    const created = parsed(
      await cli(['create', '--plan-file', 'plan.yml', '--key', 'untrusted', '--trusted', 'hubot', '--json'], {
        cwd,
        token: DEFAULT_TOKEN,
      }),
    )
    const before = footprint(created.id)
    writeFileSync(join(cwd, 'plan.yml'), plan('Untrusted', a, b))
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'plan.yml', '--key', 'untrusted'], { cwd }),
      1,
      /^tasklist: TaskList #\d+ trusts records only from @github-actions\[bot\] and @hubot, not from @mona, the account of this token/,
    )
    expect(footprint(created.id)).toBe(before)
    expect((await showJson(created.id)).tasks.map((t) => t.name)).toEqual(['a'])
  })

  it('--plan-change accept records the change to a COMPLETE task and keeps its status', async () => {
    const cwd = dirWith({})
    const id = await keyedWithACompleted('Accepted', 'accepted', cwd)
    writeFileSync(join(cwd, 'plan.yml'), plan('Accepted', a.replace('echo a', 'echo a2'), b))
    const accepted = await cli(['create', '--plan-file', 'plan.yml', '--key', 'accepted', '--plan-change', 'accept'], {
      cwd,
    })
    expect(accepted.code, accepted.stderr).toBe(0)
    expect(accepted.lines).toContain('[t1] a: REDEFINED (run)')
    expect(accepted.stderr).toBe('tasklist: warning: a had run; its change is accepted (--plan-change accept)\n')
    expect((await showJson(id)).tasks.map((t) => [t.name, t.status, t.run])).toEqual([
      ['a', 'COMPLETE', 'echo a2'],
      ['b', 'PENDING', 'echo b'],
    ])
    expectOneErrorLine(
      await cli(['create', '--plan-file', 'plan.yml', '--key', 'accepted', '--plan-change', 'maybe'], { cwd }),
      2,
      /^tasklist: --plan-change must be fail or accept; got 'maybe'$/,
    )
  })
})

describe.concurrent('task outputs', () => {
  it('complete --output records outputs; show lists them in an Outputs block and in --json', async () => {
    const id = await createTaskList(cli, 'Outputs')
    expectOk(await cli(['start', String(id), 't1']))
    const completed = parsed(
      await cli([
        'complete',
        String(id),
        't1',
        '--output',
        'backup-id=bk-42',
        '--output',
        'url=https://backups.example/?id=bk-42&full=1',
        '--output',
        'notes=first line\nsecond line',
        '--json',
      ]),
    ) as unknown as { task: TaskJson }
    expect(completed.task.outputs).toEqual({
      'backup-id': 'bk-42',
      url: 'https://backups.example/?id=bk-42&full=1',
      notes: 'first line\nsecond line',
    })

    const shown = expectOk(await cli(['show', String(id)]))
    const at = shown.lines.indexOf('Outputs')
    expect(at).toBeGreaterThan(0)
    expect(shown.lines.slice(at, at + 6)).toEqual([
      'Outputs',
      '  t1  database-migration',
      '    backup-id=bk-42',
      '    url=https://backups.example/?id=bk-42&full=1',
      '    notes=first line',
      '          second line',
    ])
    expect(shown.lines.at(-1)).toBe('1/3 done · next: application-migration')
    const json = await showJson(id)
    expect(json.tasks.map((t) => t.outputs)).toEqual([completed.task.outputs, {}, {}])
  })

  it('an invalid --output is a usage error naming the key and the fix, and nothing is recorded', async () => {
    const id = await createTaskList(cli, 'Bad outputs')
    expectOk(await cli(['start', String(id), 't1']))
    const before = footprint(id)
    expectOneErrorLine(
      await cli(['complete', String(id), 't1', '--output', 'Backup ID=1']),
      2,
      /^tasklist: --output: 'Backup ID' is not an output key; use a lowercase slug of letters, digits, hyphens and underscores \(at most 64 characters\), such as backup-id$/,
    )
    expectOneErrorLine(
      await cli(['complete', String(id), 't1', '--output', 'backup-id']),
      2,
      /^tasklist: --output: 'backup-id' is not key=value; give the key, '=' and the value, such as backup-id=bk-42$/,
    )
    expectOneErrorLine(
      await cli(['complete', String(id), 't1', '--output', `big=${'x'.repeat(2000)}`]),
      2,
      /^tasklist: --output: the outputs take 2003 characters; a task records at most 2000/,
    )
    expectOneErrorLine(
      await cli(['fail', String(id), 't1', '--output', 'a=1']),
      2,
      /^tasklist: option '--output' does not apply to 'tasklist fail'/,
    )
    expect(footprint(id)).toBe(before)
    expect((await showJson(id)).tasks[0]?.status).toBe('IN_PROGRESS')
  })
})
