import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/domain/body.ts'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, type StepResult } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const TASKS = 'database-migration\napplication-migration\ndata-validation'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

let runs = 5000
function job(options: { runId?: string; runAttempt?: number; job?: string } = {}): Job {
  return new Job({
    apiUrl: double.apiUrl,
    runId: options.runId ?? String(runs++),
    ...(options.runAttempt === undefined ? {} : { runAttempt: options.runAttempt }),
    job: options.job ?? 'migrate',
  })
}

async function createTaskList(extra: Record<string, string> = {}): Promise<string> {
  const created = await job().step({ command: 'create', title: 'Migrate', tasks: TASKS, ...extra })
  expect(created.exitCode).toBe(0)
  return created.outputs['tasklist-id'] ?? ''
}

function statuses(step: StepResult): Record<string, string> {
  return JSON.parse(step.outputs.tasks ?? '{}') as Record<string, string>
}

function bodyOf(id: string): string {
  return double.getIssue(REPO, Number(id))?.body ?? ''
}

/** A bad input fails the step with one error line and writes nothing to GitHub. */
async function expectRefusedWithoutWrites(step: Promise<StepResult>, message: RegExp): Promise<void> {
  const writesBefore = double.stats().writes
  const result = await step
  expect(result.exitCode).toBe(1)
  expect(result.errors).toHaveLength(1)
  expect(result.errors[0]).toMatch(message)
  expect(double.stats().writes).toBe(writesBefore)
}

describe('bad input fails the step with one clear line and writes nothing', () => {
  it('refuses unknown tasks, illegal transitions, non-TaskList issues and invalid state blocks', async () => {
    const id = await createTaskList()
    await expectRefusedWithoutWrites(
      job().step({ command: 'complete', 'tasklist-id': id, task: 'no-such-task' }),
      /has no task 'no-such-task'; its tasks are: database-migration, application-migration, data-validation/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' }),
      /Cannot complete database-migration in TaskList #\d+: 'complete' needs IN_PROGRESS, but it is PENDING; start it first/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'start', task: 'database-migration' }),
      /Invalid input 'tasklist-id': is required for command: start/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'run', 'tasklist-id': id, task: 'database-migration' }),
      /Invalid input 'run': is required for command: run/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'start', 'tasklist-id': id, task: 'database-migration', 'on-busy': 'sometimes' }),
      /Invalid input 'on-busy': must be wait, skip or fail/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'start', 'tasklist-id': id, task: 'database-migration', lease: 'forever' }),
      /Invalid input 'lease': 'forever' is not a duration/,
    )
    await expectRefusedWithoutWrites(
      job().step({ command: 'create', title: 'x', tasks: 'Database Migration' }),
      /Invalid input 'tasks': tasks line 1: 'Database Migration' is not a valid task name/,
    )

    const plain = double.actAs('mona').createIssue(REPO, { title: 'A bug report', body: 'Something broke.' })
    await expectRefusedWithoutWrites(
      job().step({ command: 'load', 'tasklist-id': String(plain.number) }),
      /issue #\d+ is not a TaskList/,
    )
    await expectRefusedWithoutWrites(job().step({ command: 'load', 'tasklist-id': '99999' }), /was not found \(404\)/)

    double.actAs('mona').editIssueBody(REPO, Number(id), bodyOf(id).replace(/"tasks":\[/, '"tasks":{'))
    await expectRefusedWithoutWrites(
      job().step({ command: 'load', 'tasklist-id': id }),
      /the state block is not valid JSON|fails validation/,
    )
  })

  it('names the missing permission when the token cannot write issues', async () => {
    const id = await createTaskList()
    double.addToken('ghs_read_only', {
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot',
      permissions: { issues: 'read' },
    })
    const readOnly = new Job({ apiUrl: double.apiUrl, token: 'ghs_read_only', runId: '42' })
    const step = await readOnly.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(/permissions: issues: write/)
  })
})

describe('nobody else can change the state', () => {
  it('tells a writer whose account the TaskList does not trust, instead of pretending', async () => {
    const id = await createTaskList()
    const outsider = new Job({ apiUrl: double.apiUrl, token: 'ghp_outsider', runId: '43' })
    const step = await outsider.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /trusts records only from @github-actions\[bot\] and its trusted authors, not from @outsider, the account of this token; use the token that created the TaskList, or add outsider to trusted-authors/,
    )
    expect(double.listComments(REPO, Number(id)).at(-1)?.body).toMatch(
      /^> \[!NOTE\]\n> Not applied:  outsider is not trusted/,
    )
    const loaded = await job().step({ command: 'load', 'tasklist-id': id })
    expect(statuses(loaded)['database-migration']).toBe('PENDING')
  })

  it('ignores a forged record from an untrusted account, with a warning', async () => {
    const id = await createTaskList()
    const started = await job({ runId: '100' }).step({
      command: 'start',
      'tasklist-id': id,
      task: 'database-migration',
    })
    expect(started.exitCode).toBe(0)
    // The outsider copies the real start record and turns it into a completion.
    const real = double.listComments(REPO, Number(id)).at(-1)?.body ?? ''
    const record = /<!-- tasklist:record (\{.*\}) -->/.exec(real)?.[1] ?? ''
    const claim = (JSON.parse(record) as { rec: string }).rec
    const forged = record
      .replace('"op":"start"', '"op":"complete"')
      .replace('"ver":0', '"ver":1')
      .replace('"from":"PENDING","to":"IN_PROGRESS"', '"from":"IN_PROGRESS","to":"COMPLETE"')
      .replace(/"rec":"\w+"/, `"rec":"f0f0f0f0f0f0f0f0f0f0","claim":"${claim}"`)
    double.actAs('outsider').comment(REPO, Number(id), `Done! <!-- tasklist:record ${forged} -->`)

    const loaded = await job().step({ command: 'load', 'tasklist-id': id })
    expect(loaded.exitCode).toBe(0)
    expect(statuses(loaded)['database-migration']).toBe('IN_PROGRESS')
    expect(
      loaded.warnings.some((w) => /Ignored comment \d+ by @outsider: it looks like a TaskList record/.test(w)),
    ).toBe(true)

    // The same record from an account named in trusted-authors counts.
    double
      .actAs('mona')
      .comment(
        REPO,
        Number(id),
        `<!-- tasklist:record ${forged.replace('f0f0f0f0f0f0f0f0f0f0', 'e1e1e1e1e1e1e1e1e1e1')} -->`,
      )
    const untrusting = await job().step({ command: 'load', 'tasklist-id': id })
    expect(statuses(untrusting)['database-migration']).toBe('IN_PROGRESS')
    const trusting = await job().step({ command: 'load', 'tasklist-id': id, 'trusted-authors': 'mona' })
    expect(statuses(trusting)['database-migration']).toBe('COMPLETE')
  })

  it('rebuilds a hand-edited state block from the record, warns, and redraws the body', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': id, task: 'database-migration', run: 'true' })
    const edited = bodyOf(id)
      .replace('["database-migration","COMPLETE",2', '["database-migration","PENDING",2')
      .replace('["data-validation","PENDING",0]', '["data-validation","COMPLETE",0]')
    double.actAs('mona').editIssueBody(REPO, Number(id), `Notes from the on-call engineer.\n\n${edited}\n\nMore notes.`)

    const loaded = await job().step({ command: 'load', 'tasklist-id': id })
    expect(loaded.exitCode).toBe(0)
    expect(loaded.warnings.some((w) => w.includes('the state block was edited by hand'))).toBe(true)
    expect(statuses(loaded)).toEqual({
      'database-migration': 'COMPLETE',
      'application-migration': 'PENDING',
      'data-validation': 'PENDING',
    })
    const body = bodyOf(id)
    expect(body.startsWith('Notes from the on-call engineer.\n\n')).toBe(true)
    expect(body.endsWith('\n\nMore notes.')).toBe(true)
    const parsed = parseBody(body)
    expect(parsed.kind).toBe('ok')
    if (parsed.kind === 'ok')
      expect(parsed.snapshot.tasks.map((t) => t.state.status)).toEqual(['COMPLETE', 'PENDING', 'PENDING'])
  })

  it('keeps hostile titles, messages and command output from breaking the body or pinging anyone', async () => {
    const title = 'Migrate --> </details> ``` <!-- tasklist:end --> @octocat 🚀'
    const id = await createTaskList({ title })
    const hostile = 'x'.repeat(5000) + ' @octocat --> </details> ``` <!-- tasklist:record {"tasklist":1} -->'
    const failed = await job().step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: `echo '${hostile}'; echo '<!-- tasklist:record {"op":"complete"} -->'; exit 3`,
    })
    expect(failed.exitCode).toBe(1)
    await job().step({
      command: 'skip',
      'tasklist-id': id,
      task: 'data-validation',
      message: 'not needed @octocat --> </details> `x`',
    })
    const body = bodyOf(id)
    const parsed = parseBody(body)
    expect(parsed.kind).toBe('ok')
    if (parsed.kind === 'ok') {
      expect(parsed.snapshot.title).toBe(title)
      expect(parsed.snapshot.tasks.map((t) => t.state.status)).toEqual(['FAILED', 'PENDING', 'SKIPPED'])
    }
    const texts = [body, ...double.listComments(REPO, Number(id)).map((c) => c.body ?? '')]
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(65_536)
      // Outside code blocks, no raw @mention survives.
      const prose = text.replace(/(`{3,})text\n[\s\S]*?\n\1/g, '')
      expect(prose).not.toMatch(/(^|[^\w`])@octocat/)
    }
    // The failure comment quotes the output in a code block, and its record is still the real one.
    const failure = double.listComments(REPO, Number(id)).find((c) => (c.body ?? '').includes('exit code 3')) ?? {
      body: '',
    }
    expect(failure.body).toContain('@octocat')
    expect(/<!-- tasklist:record (\{.*\}) -->\s*$/.exec(failure.body ?? '')?.[1]).toContain('"op":"fail"')
  })
})

describe('one task, one runner', () => {
  async function holdTask(id: string, lease = '6h'): Promise<StepResult> {
    const holder = await job({ runId: '777', job: 'holder' }).step({
      command: 'start',
      'tasklist-id': id,
      task: 'database-migration',
      lease,
    })
    expect(holder.exitCode).toBe(0)
    return holder
  }

  it('on-busy: fail names the run that holds the task', async () => {
    const id = await createTaskList()
    await holdTask(id)
    const other = await job().step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo SHOULD-NOT-RUN',
    })
    expect(other.exitCode).toBe(1)
    expect(other.errors[0]).toMatch(
      /database-migration in TaskList #\d+ is IN_PROGRESS, held by run 777, job holder \(https:\/\/github.com\/octo-org\/migrations\/actions\/runs\/777\)/,
    )
    expect(other.lines).not.toContain('SHOULD-NOT-RUN')
  })

  it('on-busy: skip succeeds without running, with should-run=false', async () => {
    const id = await createTaskList()
    await holdTask(id)
    const other = await job().step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo SHOULD-NOT-RUN',
      'on-busy': 'skip',
    })
    expect(other.exitCode).toBe(0)
    expect(other.outputs['should-run']).toBe('false')
    expect(other.outputs['task-status']).toBe('IN_PROGRESS')
    expect(other.lines).not.toContain('SHOULD-NOT-RUN')
  })

  it('on-busy: wait waits for the holder, then preserves its result; and gives up at wait-timeout', async () => {
    const id = await createTaskList()
    const holderJob = job({ runId: '777', job: 'holder' })
    await holderJob.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    const waiting = job().step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo SHOULD-NOT-RUN',
      'on-busy': 'wait',
      'wait-timeout': '60s',
    })
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(
      (await holderJob.step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' })).exitCode,
    ).toBe(0)
    const waited = await waiting
    expect(waited.exitCode).toBe(0)
    expect(
      waited.lines.some((l) =>
        /database-migration: IN_PROGRESS, held by run 777, job holder .*waiting up to 1m 0s/.test(l),
      ),
    ).toBe(true)
    expect(waited.lines).toContain('database-migration: COMPLETE (status preserved)')
    expect(waited.lines).not.toContain('SHOULD-NOT-RUN')
    expect(waited.outputs['should-run']).toBe('false')

    await job({ runId: '778', job: 'holder' }).step({
      command: 'start',
      'tasklist-id': id,
      task: 'application-migration',
    })
    const timedOut = await job().step({
      command: 'start',
      'tasklist-id': id,
      task: 'application-migration',
      'on-busy': 'wait',
      'wait-timeout': '3s',
    })
    expect(timedOut.exitCode).toBe(1)
    expect(timedOut.errors[0]).toMatch(
      /still IN_PROGRESS, held by run 778, job holder .*after waiting 3s; raise wait-timeout/,
    )
  })

  it('lets exactly one of several simultaneous runs run the task', async () => {
    const id = await createTaskList()
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        job({ runId: String(900 + i) }).step({
          command: 'run',
          'tasklist-id': id,
          task: 'database-migration',
          run: `echo RAN-BY-${900 + i}`,
          'on-busy': 'skip',
        }),
      ),
    )
    const ran = results.filter((r) => r.lines.some((l) => l.startsWith('RAN-BY-')))
    expect(ran).toHaveLength(1)
    expect(results.every((r) => r.exitCode === 0)).toBe(true)
    expect(results.filter((r) => r.outputs['should-run'] === 'true')).toHaveLength(1)
    const final = await job().step({ command: 'load', 'tasklist-id': id })
    expect(statuses(final)['database-migration']).toBe('COMPLETE')
  })
})

describe('interrupted work is visible and recoverable', () => {
  it('the post step fails a task left IN_PROGRESS as interrupted when a later step failed', async () => {
    const id = await createTaskList()
    const migrationJob = job({ runId: '300' })
    const started = await migrationJob.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(started.state).not.toEqual({})
    // A later step fails; the job ends without `complete`, so the post step runs.
    const posts = await migrationJob.end()
    expect(posts).toHaveLength(1)
    expect(posts[0]?.exitCode).toBe(0)
    expect(
      posts[0]?.warnings.some((w) => w.includes('database-migration was still IN_PROGRESS when the job ended')),
    ).toBe(true)
    const loaded = await job().step({ command: 'load', 'tasklist-id': id })
    expect(statuses(loaded)['database-migration']).toBe('FAILED')
    const last = double.listComments(REPO, Number(id)).at(-1)?.body ?? ''
    expect(last).toContain('`IN_PROGRESS -> FAILED`')
    expect(last).toContain('> interrupted')
  })

  it('the post step does nothing once the task was completed by a later step', async () => {
    const id = await createTaskList()
    const migrationJob = job({ runId: '301' })
    await migrationJob.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    await migrationJob.step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' })
    const requestsBefore = double.stats().requests
    const posts = await migrationJob.end()
    expect(posts.every((p) => p.exitCode === 0)).toBe(true)
    expect(double.stats().requests).toBe(requestsBefore)
  })

  it('a cancelled run records FAILED (interrupted) and stops its command', async () => {
    const id = await createTaskList()
    const cancelled = await job({ runId: '302' }).step(
      {
        command: 'run',
        'tasklist-id': id,
        task: 'database-migration',
        run: 'echo started-long-migration; sleep 30; echo NEVER',
      },
      { killWhen: /started-long-migration/, killSignal: 'SIGINT' },
    )
    expect(cancelled.exitCode).toBe(1)
    expect(cancelled.lines).not.toContain('NEVER')
    const loaded = await job().step({ command: 'load', 'tasklist-id': id })
    expect(statuses(loaded)['database-migration']).toBe('FAILED')
    expect(double.listComments(REPO, Number(id)).at(-1)?.body).toContain('interrupted (SIGINT)')
  })

  it('a lost runner leaves the task IN_PROGRESS until its lease expires, then a later run takes it over', async () => {
    const id = await createTaskList()
    const lost = await job({ runId: '303' }).step(
      {
        command: 'run',
        'tasklist-id': id,
        task: 'database-migration',
        run: 'echo started-migration; sleep 30',
        lease: '10m',
      },
      { killWhen: /started-migration/, killSignal: 'SIGKILL' },
    )
    expect(lost.signal).toBe('SIGKILL')
    const tooEarly = await job().step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo TOO-EARLY',
    })
    expect(tooEarly.exitCode).toBe(1)
    expect(tooEarly.errors[0]).toMatch(/held by run 303/)
    expect(tooEarly.lines).not.toContain('TOO-EARLY')
    // Leases are judged by GitHub's clock: move it past the lease instead of waiting.
    double.clock.advance(10 * 60_000 + 1000)
    const later = await job({ runId: '304' }).step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo RESUMED',
    })
    expect(later.exitCode).toBe(0)
    expect(later.warnings.some((w) => /database-migration: took over from run 303/.test(w))).toBe(true)
    expect(later.lines).toContain('[t1] database-migration: IN_PROGRESS -> IN_PROGRESS')
    expect(later.lines).toContain('RESUMED')
    expect(later.outputs['task-status']).toBe('COMPLETE')
    expect(
      double
        .listComments(REPO, Number(id))
        .some((c) => (c.body ?? '').includes('Taken over after the previous holder')),
    ).toBe(true)
  })

  it('a re-run attempt of the same workflow run takes over at once', async () => {
    const id = await createTaskList()
    await job({ runId: '305', runAttempt: 1 }).step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    const rerun = await job({ runId: '305', runAttempt: 2 }).step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo RERUN',
    })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.lines).toContain('RERUN')
    expect(rerun.outputs['task-status']).toBe('COMPLETE')
  })

  it('the old holder cannot complete a task that was taken over', async () => {
    const id = await createTaskList()
    const oldJob = job({ runId: '306' })
    await oldJob.step({ command: 'start', 'tasklist-id': id, task: 'database-migration', lease: '5m' })
    double.clock.advance(5 * 60_000 + 1000)
    const newJob = job({ runId: '307' })
    const takeover = await newJob.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(takeover.outputs['should-run']).toBe('true')
    const late = await oldJob.step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' })
    expect(late.exitCode).toBe(1)
    expect(late.errors[0]).toMatch(/this job's claim ended and run 307, job migrate holds it now/)
  })
})
