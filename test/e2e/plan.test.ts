// A TaskList as a plan: commands, needs and outputs, finished by one `resume` step, on the bundled action.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

/** A phase that logs its start and end (with a clock in ms) and counts its runs in a shared directory. */
function phase(name: string, dir: string, extra = ''): string {
  const log = join(dir, 'events.log')
  return `echo "start ${name} $(date +%s%3N)" >> ${log}; echo "running ${name}"; ${extra} sleep 0.2; echo "end ${name} $(date +%s%3N)" >> ${log}`
}

interface Event {
  readonly kind: 'start' | 'end'
  readonly task: string
  readonly at: number
}
function events(dir: string): Event[] {
  return readFileSync(join(dir, 'events.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [kind, task, at] = line.split(' ')
      return { kind: kind as Event['kind'], task: task ?? '', at: Number(at) }
    })
}
const at = (log: Event[], kind: Event['kind'], task: string) =>
  log.find((e) => e.kind === kind && e.task === task)?.at ?? NaN

function yamlTasks(dir: string, names: Record<string, { needs?: string[]; run?: string; extra?: string }>): string {
  return Object.entries(names)
    .map(([name, fields]) =>
      [
        `${name}:`,
        `  run: ${JSON.stringify(fields.run ?? phase(name, dir, fields.extra))}`,
        ...(fields.needs === undefined ? [] : [`  needs: [${fields.needs.join(', ')}]`]),
      ].join('\n'),
    )
    .join('\n')
}

function shared(): string {
  const dir = join(new Job({ apiUrl: double.apiUrl }).workspace, 'shared')
  mkdirSync(dir, { recursive: true })
  return dir
}

describe('resume: the reference scenario with session 2 as one step', () => {
  it('loads by ID, keeps the finished phase, runs the rest once each and says SUCCESS', async () => {
    const dir = shared()
    const tasks = yamlTasks(dir, {
      'database-migration': {},
      'application-migration': { needs: ['database-migration'] },
      'data-validation': { needs: ['application-migration'] },
    })
    const session1 = new Job({ apiUrl: double.apiUrl, runId: '8001', job: 'plan' })
    const created = await session1.step({ command: 'create', title: 'Migrate production', tasks, key: 'ref-resume' })
    expect(created.exitCode).toBe(0)
    const id = created.outputs['tasklist-id'] ?? ''
    expect(JSON.parse(created.outputs.runnable ?? '')).toEqual(['database-migration'])
    const first = await session1.step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: phase('database-migration', dir),
    })
    expect(first.exitCode).toBe(0)
    await session1.end()

    const session2 = new Job({ apiUrl: double.apiUrl, runId: '8002', job: 'resume' })
    double.resetStats()
    const resumed = await session2.step({ command: 'resume', 'tasklist-id': id })
    const cost = double.stats()
    expect(resumed.errors).toEqual([])
    expect(resumed.exitCode).toBe(0)
    expect(resumed.lines.filter((l) => /^(TaskList|Task State|\[t\d\]|Cross-Session)/.test(l))).toEqual(
      expectedLines(id),
    )
    expect(resumed.outputs.complete).toBe('true')
    expect(resumed.outputs.runnable).toBe('[]')
    const log = events(dir)
    expect(log.filter((e) => e.kind === 'start').map((e) => e.task)).toEqual([
      'database-migration',
      'application-migration',
      'data-validation',
    ])
    await session2.end()
    // The request cost of resume per task, next to run's 7 (test/e2e/request-counts.test.ts): 2 to load, then per task.
    const perTask = (cost.requests - 2) / 2
    console.log(
      `resume cost: ${cost.requests} requests for 2 tasks (${cost.writes} writes, ${cost.notModified} 304s): ${perTask} per task after a 2-request load`,
    )
    expect(perTask).toBeLessThanOrEqual(7)
  })
})

/** The lines a resume of t2 and t3 prints, in order. */
function expectedLines(id: string): string[] {
  return [
    `TaskList Loaded: ${id}`,
    'Task State Persistence: VERIFIED',
    '[t1] database-migration: COMPLETE (status preserved)',
    '[t2] application-migration: PENDING',
    '[t3] data-validation: PENDING',
    '[t2] application-migration: PENDING -> IN_PROGRESS',
    '[t2] application-migration: IN_PROGRESS -> COMPLETE',
    '[t3] data-validation: PENDING -> IN_PROGRESS',
    '[t3] data-validation: IN_PROGRESS -> COMPLETE',
    'Cross-Session Continuation: SUCCESS',
  ]
}

describe('resume: a pool of workers on a diamond', () => {
  it('three concurrent workers run each task once, b and c after a, d after both', async () => {
    const dir = shared()
    const tasks = yamlTasks(dir, { a: {}, b: { needs: ['a'] }, c: { needs: ['a'] }, d: { needs: ['b', 'c'] } })
    const planner = new Job({ apiUrl: double.apiUrl, runId: '8101', job: 'plan' })
    const created = await planner.step({ command: 'create', title: 'Diamond', tasks })
    const id = created.outputs['tasklist-id'] ?? ''
    const workers = [1, 2, 3].map((n) => new Job({ apiUrl: double.apiUrl, runId: '8102', job: `worker (${n})` }))
    const results = await Promise.all(workers.map((w) => w.step({ command: 'resume', 'tasklist-id': id })))
    for (const result of results) {
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.lines).toContain('Cross-Session Continuation: SUCCESS')
    }
    const log = events(dir)
    for (const task of ['a', 'b', 'c', 'd'])
      expect(log.filter((e) => e.kind === 'start' && e.task === task)).toHaveLength(1)
    expect(at(log, 'start', 'b')).toBeGreaterThanOrEqual(at(log, 'end', 'a'))
    expect(at(log, 'start', 'c')).toBeGreaterThanOrEqual(at(log, 'end', 'a'))
    expect(at(log, 'start', 'd')).toBeGreaterThanOrEqual(Math.max(at(log, 'end', 'b'), at(log, 'end', 'c')))
    const comments = double.listComments(REPO, Number(id)).map((c) => /`(\w+ -> \w+)`/.exec(c.body)?.[1])
    expect(comments.filter((t) => t === 'IN_PROGRESS -> COMPLETE')).toHaveLength(4)
    await Promise.all(workers.map((w) => w.end()))
  })
})

describe('resume: a failing phase, outputs, and refusals', () => {
  it('stops at a failing phase, leaves later ones alone; a second resume runs it and what follows', async () => {
    const dir = shared()
    const fixedRun = `echo "$TASKLIST_OUTPUTS" > ${join(dir, 'seen.json')}; echo "$TASKLIST_ID $TASKLIST_TASK" > ${join(dir, 'who')}; echo "version=7" >> "$TASKLIST_OUTPUT"`
    const plan = (migrateRun: string) =>
      yamlTasks(dir, {
        backup: {
          run: `echo "backup-id=b-42" >> "$TASKLIST_OUTPUT"; printf 'notes<<EOF\\nline 1\\nline 2\\nEOF\\n' >> "$TASKLIST_OUTPUT"`,
        },
        migrate: {
          needs: ['backup'],
          run: migrateRun,
        },
        verify: { needs: ['migrate'], run: `echo "verified" > ${join(dir, 'verified')}` },
      })
    const planner = new Job({ apiUrl: double.apiUrl, runId: '8201', job: 'plan' })
    const createWith = (migrateRun: string) =>
      planner.step({ command: 'create', title: 'Fail and fix', key: 'fail-fix', tasks: plan(migrateRun) })
    const id = (await createWith('echo "schema lock held"; exit 3')).outputs['tasklist-id'] ?? ''

    const failing = await new Job({ apiUrl: double.apiUrl, runId: '8202', job: 'resume' }).step({
      command: 'resume',
      'tasklist-id': id,
    })
    expect(failing.exitCode).not.toBe(0)
    expect(failing.errors.join('\n')).toContain('migrate failed with exit code 3')
    expect(failing.lines).toContain('[t2] migrate: IN_PROGRESS -> FAILED')
    expect(failing.lines).not.toContain('Cross-Session Continuation: SUCCESS')
    expect(JSON.parse(failing.outputs.tasks ?? '{}')).toEqual({
      backup: 'COMPLETE',
      migrate: 'FAILED',
      verify: 'PENDING',
    })

    // The fix is the plan itself: create with the same key and the corrected command.
    const redefined = await createWith(fixedRun)
    expect(redefined.errors).toEqual([])
    expect(redefined.lines).toContain('[t2] migrate: REDEFINED (run)')
    const fixed = await new Job({ apiUrl: double.apiUrl, runId: '8203', job: 'resume' }).step({
      command: 'resume',
      'tasklist-id': id,
    })
    expect(fixed.errors).toEqual([])
    expect(fixed.lines).toContain('[t1] backup: COMPLETE (status preserved)')
    expect(fixed.lines).toContain('[t2] migrate: FAILED -> IN_PROGRESS')
    expect(fixed.lines).toContain('[t3] verify: IN_PROGRESS -> COMPLETE')
    expect(fixed.lines).toContain('Cross-Session Continuation: SUCCESS')
    // Outputs written by one phase, read by a later phase in a later process, and by load.
    expect(JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8'))).toEqual({
      backup: { 'backup-id': 'b-42', notes: 'line 1\nline 2' },
    })
    expect(readFileSync(join(dir, 'who'), 'utf8').trim()).toBe(`${id} migrate`)
    const loaded = await new Job({ apiUrl: double.apiUrl, runId: '8204' }).step({
      command: 'load',
      'tasklist-id': id,
      task: 'migrate',
    })
    expect(JSON.parse(loaded.outputs.outputs ?? '')).toEqual({
      backup: { 'backup-id': 'b-42', notes: 'line 1\nline 2' },
      migrate: { version: '7' },
    })
    expect(JSON.parse(loaded.outputs['task-outputs'] ?? '')).toEqual({ version: '7' })
    // Shown fenced in the completion comment, not in the checklist.
    const completion = double
      .listComments(REPO, Number(id))
      .find((c) => c.body.includes('[t1] backup') && c.body.includes('COMPLETE`'))
    expect(completion?.body).toMatch(
      /<summary>Outputs<\/summary>\n\n`{3,}text\nbackup-id=b-42\nnotes<<EOF\nline 1\nline 2\nEOF\n`{3,}/,
    )
    const checklist = (double.getIssue(REPO, Number(id))?.body ?? '').split('<!-- tasklist:state')[0] ?? ''
    expect(checklist).not.toContain('b-42')
  })

  it('complete records outputs from its input', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '8301' })
    const id = (await job.step({ command: 'create', title: 'Manual', tasks: 'deploy' })).outputs['tasklist-id'] ?? ''
    await job.step({ command: 'start', 'tasklist-id': id, task: 'deploy' })
    const done = await job.step({
      command: 'complete',
      'tasklist-id': id,
      task: 'deploy',
      outputs: 'url=https://example.test/v2\n',
    })
    expect(done.exitCode).toBe(0)
    expect(JSON.parse(done.outputs['task-outputs'] ?? '')).toEqual({ url: 'https://example.test/v2' })
    await job.end()
  })

  it.each([
    [
      'an unknown need',
      { tasks: 'a:\n  needs: nope\nb: B' },
      "Invalid input 'tasks': task 'a' field 'needs': 'nope' is not a task of this plan",
    ],
    [
      'a cycle',
      { tasks: 'a:\n  needs: b\nb:\n  needs: a' },
      "Invalid input 'tasks': field 'needs': the tasks need each other in a cycle, a -> b -> a",
    ],
    [
      'a bad field',
      { tasks: 'a:\n  retries: 12' },
      "Invalid input 'tasks': task 'a' field 'retries' must be a whole number from 0 to 10",
    ],
    [
      'tasks and plan-file together',
      { tasks: 'a', 'plan-file': 'plan.yml' },
      "Invalid input 'plan-file': give the tasks either in 'tasks' or in 'plan-file', not both",
    ],
    [
      'a missing plan file',
      { 'plan-file': 'nowhere.yml' },
      "Invalid input 'plan-file': cannot read 'nowhere.yml' (ENOENT)",
    ],
  ])('create refuses %s with one line and zero writes', async (_what, inputs, line) => {
    double.resetStats()
    const result = await new Job({ apiUrl: double.apiUrl, runId: '8401' }).step({
      command: 'create',
      title: 'Refused',
      ...inputs,
    })
    expect(result.exitCode).not.toBe(0)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(line)
    expect(double.stats().writes).toBe(0)
  })

  it('create reads a plan file; start and run of a task with an unmet need are refused with zero writes', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '8501' })
    writeFileSync(
      join(job.workspace, 'plan.yml'),
      'title: From a file\ntasks:\n  a: First\n  b:\n    needs: a\n    run: echo b\n',
    )
    const created = await job.step({ command: 'create', 'plan-file': 'plan.yml' })
    expect(created.exitCode).toBe(0)
    const id = created.outputs['tasklist-id'] ?? ''
    expect(double.getIssue(REPO, Number(id))?.title).toBe('From a file')
    for (const inputs of [
      { command: 'start', task: 'b', run: '' },
      { command: 'run', task: 'b', run: 'echo b' },
    ]) {
      double.resetStats()
      const refused = await job.step({ ...inputs, 'tasklist-id': id })
      expect(refused.exitCode).not.toBe(0)
      expect(refused.errors).toEqual([
        `Cannot start b in TaskList #${id}: it needs a (PENDING), which must be COMPLETE or SKIPPED first; run that task first`,
      ])
      expect(double.stats().writes).toBe(0)
    }
    const resumed = await job.step({ command: 'resume', 'tasklist-id': id })
    expect(resumed.exitCode).not.toBe(0)
    expect(resumed.errors[0]).toContain(
      'a in TaskList #' + id + " has no run command, so resume cannot run it; give it a 'run' in the plan",
    )
    await job.end()
  })
})

function processState(pid: number): string {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 'gone'
  } catch {
    return 'gone'
  }
}

describe('timeout and retries', () => {
  it('a command past its timeout is stopped with its whole process tree and recorded FAILED', async () => {
    const dir = shared()
    const pidFile = join(dir, 'grandchild.pid')
    const job = new Job({ apiUrl: double.apiUrl, runId: '8601' })
    const id = (await job.step({ command: 'create', title: 'Slow', tasks: 'slow' })).outputs['tasklist-id'] ?? ''
    const result = await job.step({
      command: 'run',
      'tasklist-id': id,
      task: 'slow',
      timeout: '2s',
      run: `bash -c 'sleep 60 & echo $! > ${pidFile}; wait' ; echo never`,
    })
    expect(result.exitCode).not.toBe(0)
    expect(result.errors.join('\n')).toContain('slow failed with timed out after 2s; its processes were stopped')
    expect(result.outputs['task-status']).toBe('FAILED')
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((r) => setTimeout(r, 300))
    // Gone, or a zombie waiting for its reaper: either way it no longer runs.
    expect(processState(pid)).toMatch(/^(gone|Z)$/)
    expect(result.durationMs).toBeLessThan(15_000)
    await job.end()
  })

  it('a failing command is run again up to retries times, and the record says which attempt succeeded', async () => {
    const dir = shared()
    const counter = join(dir, 'attempts')
    const job = new Job({ apiUrl: double.apiUrl, runId: '8701' })
    const tasks = `flaky:\n  retries: 2\n  run: ${JSON.stringify(`echo x >> ${counter}; test $(wc -l < ${counter}) -ge 3`)}`
    const id = (await job.step({ command: 'create', title: 'Flaky', tasks })).outputs['tasklist-id'] ?? ''
    const result = await job.step({ command: 'resume', 'tasklist-id': id })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(readFileSync(counter, 'utf8').trim().split('\n')).toHaveLength(3)
    expect(result.warnings.join('\n')).toContain(
      'flaky: attempt 1 of 3 failed with exit code 1; running it again in 1s',
    )
    const comments = double.listComments(REPO, Number(id))
    expect(comments.at(-1)?.body).toContain('succeeded on attempt 3 of 3')
    // retries: 0 on the step overrides the plan's 2.
    await job.end()
  })
})

describe('create with a key that exists reconciles the plan', () => {
  it('adds, redefines what has not run, refuses changes to what ran with zero writes, and accepts them when told', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '8801', job: 'plan' })
    const create = (tasks: string, extra: Record<string, string> = {}) =>
      job.step({ command: 'create', title: 'Growing', key: 'growing', tasks, ...extra })
    const a = 'a:\n  run: echo a'
    const b = 'b:\n  run: echo b\n  needs: a'
    const c = 'c:\n  run: echo c\n  needs: [a, b]'
    const first = await create(`${a}\n${b}`)
    const id = first.outputs['tasklist-id'] ?? ''
    expect((await job.step({ command: 'run', 'tasklist-id': id, task: 'a', run: 'echo a' })).exitCode).toBe(0)

    const added = await create(`${a}\n${b}\n${c}`)
    expect(added.errors).toEqual([])
    expect(added.lines).toContain('[t3] c: ADDED')
    expect(JSON.parse(added.outputs.tasks ?? '')).toEqual({ a: 'COMPLETE', b: 'PENDING', c: 'PENDING' })

    const b2 = 'b:\n  run: echo b2\n  needs: a\n  retries: 1'
    const current = `${a}\n${b2}\n${c}`
    const redefined = await create(current)
    expect(redefined.errors).toEqual([])
    expect(redefined.lines).toContain('[t2] b: REDEFINED (run, retries)')
    const again = await create(current)
    expect(again.lines.filter((l) => /ADDED|REDEFINED/.test(l))).toEqual([])

    double.resetStats()
    const changedComplete = await create(current.replace('echo a', 'echo a2'))
    expect(changedComplete.exitCode).not.toBe(0)
    expect(changedComplete.errors).toEqual([
      `a in TaskList #${id} is COMPLETE and the plan changes its run, so nothing was written; a task that ran is not redefined silently: restore its definition, add a new task instead, or set plan-change: accept`,
      `TaskList #${id}: the plan would change a, which has run or is missing from it; nothing was written`,
    ])
    const missing = await create(`${a}\n${b2}`)
    expect(missing.exitCode).not.toBe(0)
    expect(missing.errors[0]).toBe(
      `c in TaskList #${id} (PENDING) is missing from the plan, so nothing was written; put it back, or set plan-change: accept to remove it`,
    )
    expect(double.stats().writes).toBe(0)

    const accepted = await create(current.replace('echo a', 'echo a2'), { 'plan-change': 'accept' })
    expect(accepted.errors).toEqual([])
    expect(accepted.lines).toContain('[t1] a: REDEFINED (run)')
    expect(accepted.warnings).toContain('a had run; its change is accepted (plan-change: accept)')
    const planComment = double.listComments(REPO, Number(id)).find((comment) => comment.body.includes('a: REDEFINED'))
    expect(planComment?.body).toContain('Accepted with plan-change: accept for `a`, which had run')
    const removed = await create(`${a.replace('echo a', 'echo a2')}\n${b2}`, { 'plan-change': 'accept' })
    expect(removed.errors).toEqual([])
    expect(removed.lines).toContain('c: REMOVED (was PENDING; plan-change: accept)')
    const loaded = await job.step({ command: 'load', 'tasklist-id': id })
    expect(JSON.parse(loaded.outputs.tasks ?? '')).toEqual({ a: 'COMPLETE', b: 'PENDING' })
    expect(JSON.parse(loaded.outputs.runnable ?? '')).toEqual(['b'])
    // The changed definitions hold for every later writer: b runs under the new digest.
    const ran = await job.step({ command: 'run', 'tasklist-id': id, task: 'b', run: 'echo b2' })
    expect(ran.errors).toEqual([])
    expect(ran.outputs.complete).toBe('true')
    await job.end()
  })
})

describe('a state block edited by hand after a plan change', () => {
  it('fails load with one line that says to restore the block, and writes nothing', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '8802', job: 'plan' })
    const a = 'a:\n  run: echo a'
    const first = await job.step({ command: 'create', title: 'Edited', key: 'edited', tasks: a })
    const id = first.outputs['tasklist-id'] ?? ''
    expect((await job.step({ command: 'run', 'tasklist-id': id, task: 'a', run: 'echo a' })).exitCode).toBe(0)
    const grown = await job.step({
      command: 'create',
      title: 'Edited',
      key: 'edited',
      tasks: `${a}\nb:\n  run: echo b`,
    })
    expect(grown.lines).toContain('[t2] b: ADDED')
    const body = double.getIssue(REPO, Number(id))?.body ?? ''
    const edited = body.replace('["a","COMPLETE",', '["a","PENDING",')
    expect(edited).not.toBe(body)
    double.actAs('mona').editIssueBody(REPO, Number(id), edited)

    double.resetStats()
    const loaded = await job.step({ command: 'load', 'tasklist-id': id })
    expect(loaded.exitCode).not.toBe(0)
    expect(loaded.errors).toEqual([
      `TaskList #${id}: the state block was edited by hand after its plan changed, and the record cannot be replayed without the block the change left; restore the block from the issue's edit history`,
    ])
    expect(double.stats().writes).toBe(0)
    // Restoring the block the plan change left is the way back.
    double.actAs('mona').editIssueBody(REPO, Number(id), body)
    const restored = await job.step({ command: 'load', 'tasklist-id': id })
    expect(JSON.parse(restored.outputs.tasks ?? '')).toEqual({ a: 'COMPLETE', b: 'PENDING' })
    await job.end()
  })
})

describe('resume waits for tasks other jobs hold', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  async function heldByAnotherJob(key: string): Promise<{ id: string; other: Job }> {
    const other = new Job({ apiUrl: double.apiUrl, runId: '8901', job: 'other' })
    const created = await other.step({
      command: 'create',
      title: 'Held',
      key,
      tasks: 'a:\n  run: echo a\nb:\n  run: echo b',
    })
    const id = created.outputs['tasklist-id'] ?? ''
    for (const task of ['a', 'b'])
      expect((await other.step({ command: 'start', 'tasklist-id': id, task })).outputs['should-run']).toBe('true')
    return { id, other }
  }

  it('fails after wait-timeout without progress, naming what is held, and writes nothing', async () => {
    const { id } = await heldByAnotherJob('held-timeout')
    double.resetStats()
    const worker = new Job({ apiUrl: double.apiUrl, runId: '8902', job: 'worker' })
    const resumed = await worker.step({ command: 'resume', 'tasklist-id': id, 'wait-timeout': '2s' })
    expect(resumed.exitCode).not.toBe(0)
    expect(resumed.lines).toContain('Waiting for a, b, IN_PROGRESS in other jobs (up to 2s)')
    expect(resumed.errors).toEqual([
      `Nothing in TaskList #${id} could run for 2s: a, b are still IN_PROGRESS in other jobs; raise wait-timeout or resume again later`,
    ])
    expect(double.stats().writes).toBe(0)
  })

  it('starts the wait again each time a held task finishes, so an idle worker outlasts a long run', async () => {
    const { id, other } = await heldByAnotherJob('held-progress')
    const worker = new Job({ apiUrl: double.apiUrl, runId: '8903', job: 'worker' })
    // 6s without progress would end it; the other job takes about 8s in all, finishing a after 3s.
    const resuming = worker.step({ command: 'resume', 'tasklist-id': id, 'wait-timeout': '6s' })
    await sleep(3_000)
    expect((await other.step({ command: 'complete', 'tasklist-id': id, task: 'a' })).exitCode).toBe(0)
    await sleep(4_000)
    expect((await other.step({ command: 'complete', 'tasklist-id': id, task: 'b' })).exitCode).toBe(0)
    const resumed = await resuming
    expect(resumed.errors).toEqual([])
    expect(resumed.lines).toContain('Waiting for a, b, IN_PROGRESS in other jobs (up to 6s)')
    expect(resumed.lines).toContain('Waiting for b, IN_PROGRESS in other jobs (up to 6s)')
    expect(resumed.lines).toContain('Cross-Session Continuation: SUCCESS')
    expect(resumed.outputs.complete).toBe('true')
    await other.end()
  })
})
