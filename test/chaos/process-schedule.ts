// Process-level chaos: many copies of the bundled action (dist/index.js), each a separate
// process as on a runner, write one TaskList on the GitHub double while it injects faults.
// A schedule is derived entirely from a seed, so a failure replays from `CHAOS_SEED=<seed>`.
// Shared by test/chaos/process-chaos.test.ts and bench/chaos-long.ts.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseBody } from '../../src/domain/body.ts'
import { fold, trustedAuthors, type FoldEvent, type LogComment } from '../../src/domain/fold.ts'
import { encodeRecord, newRecordId, type TaskRecord } from '../../src/domain/record.ts'
import {
  ACTIONS_BOT,
  DEFAULT_REPO,
  DEFAULT_TOKEN,
  startGitHubDouble,
  WRITER_LOGIN,
  type FaultKind,
} from '../double/index.ts'
import { deriveSeed, mulberry32, type Random } from '../double/prng.ts'
import { checkRecord, type WriterReport } from '../support/record-checker.ts'
import { Job, MAIN_ENTRY, POST_ENTRY, type StepResult } from '../support/step-runner.ts'

export const REPO = DEFAULT_REPO
/** The faults of the issue: 5xx, secondary rate limits with retry-after, 429, and resets (after and before the write applies). */
export const CHAOS_FAULT_KINDS: readonly FaultKind[] = [
  '5xx',
  'secondary-rate-limit',
  '429',
  'reset-after-apply',
  'reset-before-apply',
]

export type WriterKind = 'run' | 'start-complete' | 'start-fail' | 'skip' | 'stray-fail'
export type OnBusy = 'fail' | 'skip' | 'wait'

export interface WriterPlan {
  readonly index: number
  /** Job name and the label in the execution log, e.g. w07. */
  readonly name: string
  /** GITHUB_RUN_ID, distinct per writer: the record's holder.run names the writer. */
  readonly runId: string
  readonly kind: WriterKind
  readonly task: string
  readonly onBusy: OnBusy
  /** How long the task's work takes (the `run` command, or the gap between start and complete). */
  readonly workMs: number
  /** `run` only: the command exits 3 and prints hostile output. */
  readonly commandFails: boolean
  /** Start this long after the schedule starts, or after `follows` was killed. */
  readonly delayMs: number
  /** `run` only: SIGKILL the step (and its command) while the command runs; no post step (runner lost). */
  readonly kill: boolean
  /** Index of a killed writer this one waits for: it starts `delayMs` after that writer's step ended. */
  readonly follows?: number
  /** Messages carry markup, mentions and a forged record block. */
  readonly hostileMessage: boolean
  readonly leaseSec: number
}

export interface HostileComment {
  readonly atMs: number
  readonly login: 'outsider' | 'mona'
  readonly taskIndex: number
}

/**
 * What a person with write access does to the record meanwhile: edit a record's hidden block and
 * undo it a moment later (`tamper`), add a note above a record's block (`note`), or delete the
 * comments strangers wrote, forged records included (`delete-foreign`).
 */
export interface EditPlan {
  readonly atMs: number
  readonly kind: 'tamper' | 'note' | 'delete-foreign'
  /** `tamper`: how long the edit stands before it is undone. */
  readonly undoMs: number
}

export interface Schedule {
  readonly seed: number
  readonly tasks: readonly string[]
  readonly writers: readonly WriterPlan[]
  readonly faultRate: number
  readonly faultKinds: readonly FaultKind[]
  readonly latencyMs: number
  readonly jitterMs: number
  readonly hostile: readonly HostileComment[]
  readonly edits: readonly EditPlan[]
  /**
   * A lowered comment cap for the double and the writers, with people's comments filling the
   * TaskList's issue first, so the record continues in the middle of the schedule.
   */
  readonly commentCap: number | undefined
  readonly prefill: number
}

export interface ScheduleOverrides {
  readonly writers?: number
  /** Forces at least one killed writer (with a follower that takes its task over). */
  readonly kill?: boolean
}

const int = (rng: Random, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Random, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** Most schedules are small; a few have up to 50 writers. */
function writerCount(rng: Random): number {
  const r = rng()
  if (r < 0.4) return int(rng, 2, 5)
  if (r < 0.7) return int(rng, 6, 15)
  if (r < 0.9) return int(rng, 16, 35)
  return int(rng, 36, 50)
}

/** Everything a schedule does, from its seed alone. */
export function makeSchedule(seed: number, overrides: ScheduleOverrides = {}): Schedule {
  const rng = mulberry32(deriveSeed(seed, 'process-schedule'))
  const n = Math.max(2, Math.min(50, overrides.writers ?? writerCount(rng)))
  const taskCount = Math.max(1, Math.min(12, int(rng, Math.ceil(n / 6), Math.ceil(n / 3))))
  const tasks = Array.from({ length: taskCount }, (_, i) => `task-${i + 1}`)
  const faultRate = 0.05 + rng() * 0.05
  const latencyMs = int(rng, 2, 20)
  const jitterMs = int(rng, 0, 40)
  const leaseSec = 2

  // Killed writers come in pairs with a follower, a later `run` of the same task that must take it over.
  let kills = 0
  if (overrides.kill === true || (overrides.kill !== false && rng() < 0.5))
    kills = Math.max(1, Math.min(Math.floor(n / 2), int(rng, 1, Math.max(1, Math.floor(n / 12)))))
  const writers: WriterPlan[] = []
  const base = (index: number) => ({
    index,
    name: `w${String(index).padStart(2, '0')}`,
    runId: String(880_000 + index),
    leaseSec,
  })
  for (let k = 0; k < kills; k++) {
    const task = pick(rng, tasks)
    const killed = writers.length
    writers.push({
      ...base(killed),
      kind: 'run',
      task,
      onBusy: 'fail',
      workMs: 5000,
      commandFails: false,
      delayMs: int(rng, 0, 300),
      kill: true,
      hostileMessage: false,
    })
    writers.push({
      ...base(writers.length),
      kind: 'run',
      task,
      onBusy: 'wait',
      workMs: int(rng, 100, 400),
      commandFails: false,
      // The lease (2 s from the claim's whole-second timestamp) has run out by then, or nearly.
      delayMs: int(rng, 1500, 3500),
      kill: false,
      follows: killed,
      hostileMessage: false,
    })
  }
  // Other writers of a killed writer's task come a little later, so the killed one usually holds it.
  const killedTasks = new Set(writers.filter((w) => w.kill).map((w) => w.task))
  while (writers.length < n) {
    const r = rng()
    const kind: WriterKind =
      r < 0.5 ? 'run' : r < 0.68 ? 'start-complete' : r < 0.78 ? 'start-fail' : r < 0.93 ? 'skip' : 'stray-fail'
    const b = rng()
    const onBusy: OnBusy = b < 0.4 ? 'fail' : b < 0.7 ? 'skip' : 'wait'
    writers.push({
      ...base(writers.length),
      kind,
      task: pick(rng, tasks),
      onBusy,
      workMs: int(rng, 100, 500),
      commandFails: kind === 'run' && rng() < 0.15,
      delayMs: int(rng, 0, 1500),
      kill: false,
      hostileMessage: rng() < 0.5,
      // start and complete are separate steps with no renewal in between: they need a lease longer than the gap.
      ...(kind === 'start-complete' || kind === 'start-fail' ? { leaseSec: 20 } : {}),
    })
  }
  for (const [i, w] of writers.entries()) {
    if (!w.kill && w.follows === undefined && killedTasks.has(w.task)) writers[i] = { ...w, delayMs: w.delayMs + 800 }
  }
  const hostile: HostileComment[] = Array.from({ length: int(rng, 0, 2) }, () => ({
    atMs: int(rng, 0, 4000),
    login: rng() < 0.5 ? ('outsider' as const) : ('mona' as const),
    taskIndex: int(rng, 0, taskCount - 1),
  }))
  // From a stream of its own, so the rest of each schedule is what it was before these were added.
  const more = mulberry32(deriveSeed(seed, 'real-github'))
  const edits: EditPlan[] = Array.from({ length: int(more, 1, 3) }, () => {
    const r = more()
    return {
      atMs: int(more, 300, 4000),
      kind: r < 0.45 ? ('tamper' as const) : r < 0.75 ? ('note' as const) : ('delete-foreign' as const),
      undoMs: int(more, 200, 1200),
    }
  })
  // The room (a fifth of the cap) must hold what writers already on their way write: 3 comments each at most.
  const commentCap = more() < 0.6 ? Math.max(40, 15 * n) : undefined
  const prefill = commentCap === undefined ? 0 : commentCap - Math.ceil(commentCap / 5) - int(more, 2, Math.max(3, n))
  return {
    seed,
    tasks,
    writers,
    faultRate,
    faultKinds: CHAOS_FAULT_KINDS,
    latencyMs,
    jitterMs,
    hostile,
    edits,
    commentCap,
    prefill,
  }
}

export function describeSchedule(s: Schedule): string {
  const kinds = new Map<string, number>()
  for (const w of s.writers) kinds.set(w.kind, (kinds.get(w.kind) ?? 0) + 1)
  const killed = s.writers.filter((w) => w.kill).length
  return (
    `seed ${s.seed}: ${s.writers.length} writers (${[...kinds].map(([k, c]) => `${c} ${k}`).join(', ')}; ${killed} killed), ` +
    `${s.tasks.length} tasks, faults ${(s.faultRate * 100).toFixed(1)}%, latency ${s.latencyMs}+${s.jitterMs} ms, ${s.hostile.length} forged comments, ` +
    `edits by a write user: ${s.edits.map((e) => e.kind).join(', ')}` +
    (s.commentCap === undefined ? '' : `, comment cap ${s.commentCap} with ${s.prefill} people's comments first`)
  )
}

export function replayCommand(seed: number, overrides: ScheduleOverrides = {}): string {
  const extra = overrides.writers === undefined ? '' : ` CHAOS_WRITERS=${overrides.writers}`
  const kill = overrides.kill === true ? ' CHAOS_KILL=1' : ''
  return `CHAOS_SEED=${seed}${extra}${kill} npx vitest run test/chaos/process-chaos.test.ts`
}

// ---------------------------------------------------------------------------------------------
// Running a schedule

type Outcome = WriterReport['outcome']

interface StepRecord {
  readonly label: string
  readonly result: StepResult
}

interface WriterRun {
  readonly plan: WriterPlan
  readonly steps: StepRecord[]
  /** When the kill switch fired (ms since epoch); undefined if the writer was not killed. */
  killedAt: number | undefined
  startedAt: number
  endedAt: number
}

interface Execution {
  readonly task: string
  readonly writer: string
  readonly start: number
  end: number | undefined
}

export interface ScheduleResult {
  readonly seed: number
  readonly description: string
  readonly writers: number
  readonly tasks: number
  readonly wallMs: number
  readonly anomalies: string[]
  readonly notes: string[]
  /** Problems of the test bed, not of the action (dist/ rebuilt under a running step); the schedule is inconclusive. */
  readonly harnessProblems: string[]
  readonly faults: Record<string, number>
  readonly requests: number
  readonly takeovers: number
  readonly killed: number
  /** Killed writers whose claim was applied and later taken over. */
  readonly killedTakenOver: number
  /** Continuation issues the record went on in, and those opened by writers that lost the race to continue. */
  readonly continued: number
  readonly racedToContinue: number
  /** Steps that stopped on a record a write user had edited, before writing anything. */
  readonly stoppedOnEdits: number
  readonly executions: number
  /** Executions that overlapped a live runner whose lease had expired and whose claim was taken over. */
  readonly liveLeaseOverlaps: number
  /** Executions that overlapped a runner whose claim another job ended by a complete/fail on its behalf. */
  readonly onBehalfOverlaps: number
  /** Commands started after their own claim's lease had already run out (the claim landed late). */
  readonly lateStarts: number
  readonly outcomes: Record<Outcome, number>
  readonly bodyMustBeCurrent: boolean
  readonly finalStatuses: Record<string, string>
  /** Written when there are anomalies (or keep is set): plans, step logs and the final record. */
  readonly debugFile: string | undefined
}

export interface RunOptions {
  /** Keep the debug bundle even without anomalies. */
  readonly keepDebug?: boolean
  readonly progress?: (line: string) => void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A killWhen that also kills the command itself: a lost runner takes its processes with it. */
class KillSwitch extends RegExp {
  killedAt: number | undefined
  constructor() {
    super('chaos-running \\S+ pid=(\\d+) sleeper=(\\d+)')
  }
  override test(text: string): boolean {
    const match = this.exec(text)
    if (match === null) return false
    if (this.killedAt === undefined) {
      this.killedAt = Date.now()
      // bash first, so it cannot write its end line once the sleeper is gone.
      for (const pid of [match[1], match[2]]) {
        try {
          process.kill(Number(pid), 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }
    return true
  }
}

/** Text that must stay inert wherever the action copies it: markup, mentions, block markers, a forged record. */
function forgedRecord(defs: string, task: string, taskIndex: number): string {
  return encodeRecord({
    tasklist: 1,
    rec: newRecordId(),
    op: 'skip',
    task: `t${taskIndex + 1}`,
    name: task,
    ver: 0,
    from: 'PENDING',
    to: 'SKIPPED',
    defs,
    authority: 'workflow',
    holder: { run: 'forged', label: 'run forged' },
  })
}

function hostileText(defs: string, task: string, taskIndex: number): string {
  const fence = '`'.repeat(3)
  return `@mona <b>bold</b> --> <!-- tasklist:end --> <!-- tasklist:state ${fence} ${forgedRecord(defs, task, taskIndex)}`
}

function runScript(plan: WriterPlan, log: string, defs: string, taskIndex: number): string {
  const stamp = '${EPOCHREALTIME/./}'
  const lines = [`echo "start ${plan.task} ${plan.name} ${stamp}" >> '${log}'`]
  if (plan.kill) {
    // The sleeper is a child of bash; the kill switch kills both, so nothing is left running.
    lines.push(`sleep ${plan.workMs / 1000} & echo "chaos-running ${plan.name} pid=$$ sleeper=$!"`, 'wait')
  } else {
    // A run that loses its claim stops its command (SIGTERM): record when it stopped. `wait` lets the trap run at once.
    lines.push(`trap 'echo "end ${plan.task} ${plan.name} ${stamp}" >> '"'"'${log}'"'"'; exit 143' TERM INT`)
    lines.push(`echo "working on ${plan.task}"`, `sleep ${plan.workMs / 1000} & wait $!`)
  }
  lines.push(`echo "end ${plan.task} ${plan.name} ${stamp}" >> '${log}'`)
  if (plan.commandFails) {
    // Single-quoted for bash; the forged record has no single quotes.
    lines.push(
      `echo 'ERROR: ${hostileText(defs, plan.task, taskIndex)}'`,
      `echo '${forgedRecord(defs, plan.task, taskIndex)}'`,
      'exit 3',
    )
  }
  return lines.join('\n')
}

/** A transition line the action logs when its record applied: `[t1] task-1: PENDING -> IN_PROGRESS`. */
const TRANSITION = /^\[t\d+\] ([a-z0-9-]+): ([A-Z_]+) -> ([A-Z_]+)$/
/** A write GitHub may or may not hold: the step says so and names the record. */
/**
 * A step stopped by an edited record may have written a claim before it met the edit (a `run` that
 * renews, say), so what it wrote is not known from its log alone.
 */
const UNKNOWN_WRITE =
  /may or may not hold record|was posted but GitHub does not list it|was edited after it was written|kept landing after the record had continued/
const UNKNOWN_TRANSITION =
  /\(([a-z0-9-]+): ([A-Z_]+) -> ([A-Z_]+)\)|could not record ([a-z0-9-]+): ([A-Z_]+) -> ([A-Z_]+)/
/** A step that could not load the bundle: another build swapped dist/ meanwhile. */
const DIST_MISSING = /ERR_MODULE_NOT_FOUND|Cannot find module|ENOENT[^\n]*dist/
/**
 * Failures that are answers, not trouble: busy, illegal, taken over, the command failed. A step
 * stopped by a record a write user edited is not one of them: it leaves its claim for a person to
 * settle (restore the comment, re-run), so it does not count as a normal end.
 */
const LOGICAL_FAILURE =
  /is IN_PROGRESS, held by|is still IN_PROGRESS, held by|kept changing while this job tried to claim it|was taken over by .* while this job ran it|this job's claim ended|^Cannot (?:start|complete|fail|skip) |failed with (?:exit code|interrupted)/

function opOf(from: string, to: string): string | undefined {
  if (to === 'IN_PROGRESS') return from === 'IN_PROGRESS' ? 'takeover' : 'start'
  if (to === 'COMPLETE') return 'complete'
  if (to === 'FAILED') return 'fail'
  if (to === 'SKIPPED') return 'skip'
  return undefined
}

function appliedOps(result: StepResult, task: string): Set<string> {
  const ops = new Set<string>()
  for (const line of result.lines) {
    const m = TRANSITION.exec(line)
    if (m?.[1] !== task || m[2] === undefined || m[3] === undefined) continue
    const op = opOf(m[2], m[3])
    if (op !== undefined) ops.add(op)
  }
  return ops
}

function unknownOps(result: StepResult, task: string): Set<string> {
  const ops = new Set<string>()
  for (const error of result.errors) {
    if (!UNKNOWN_WRITE.test(error)) continue
    const m = UNKNOWN_TRANSITION.exec(error)
    const name = m?.[1] ?? m?.[4]
    const from = m?.[2] ?? m?.[5]
    const to = m?.[3] ?? m?.[6]
    if (name !== task || from === undefined || to === undefined) {
      // Cannot tell which record: treat every op this step could write as unknown.
      for (const op of ['start', 'takeover', 'complete', 'fail', 'skip']) ops.add(op)
      continue
    }
    const op = opOf(from, to)
    if (op !== undefined) ops.add(op)
  }
  return ops
}

function endedNormally(result: StepResult): boolean {
  if (result.signal !== null) return false
  if (result.exitCode === 0) return true
  return result.errors.length > 0 && result.errors.every((e) => LOGICAL_FAILURE.test(e))
}

/** The ops a writer of this kind may write for its task (fail: a post step's 'interrupted'). */
function candidateOps(kind: WriterKind): string[] {
  switch (kind) {
    case 'run':
      return ['start', 'takeover', 'complete', 'fail']
    case 'start-complete':
      return ['start', 'takeover', 'complete', 'fail']
    case 'start-fail':
      return ['start', 'takeover', 'fail']
    case 'skip':
      return ['skip']
    case 'stray-fail':
      return ['fail']
  }
}

function reportsOf(run: WriterRun): WriterReport[] {
  const { plan } = run
  const applied = new Set<string>()
  const unknown = new Set<string>()
  for (const step of run.steps) {
    for (const op of appliedOps(step.result, plan.task)) applied.add(op)
    for (const op of unknownOps(step.result, plan.task)) unknown.add(op)
  }
  return candidateOps(plan.kind).map((op) => {
    const outcome: Outcome = applied.has(op)
      ? 'applied'
      : unknown.has(op) || run.killedAt !== undefined
        ? 'unknown'
        : 'refused'
    return { writer: plan.runId, task: plan.task, op, outcome }
  })
}

function readExecutions(path: string, killedAt: ReadonlyMap<string, number>): Execution[] {
  if (!existsSync(path)) return []
  const open = new Map<string, Execution>()
  const all: Execution[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [what, task, writer, micros] = line.split(' ')
    if (task === undefined || writer === undefined || micros === undefined) continue
    const at = Number(micros) / 1000
    if (what === 'start') {
      const e: Execution = { task, writer, start: at, end: undefined }
      open.set(`${task} ${writer}`, e)
      all.push(e)
    } else if (what === 'end') {
      const e = open.get(`${task} ${writer}`)
      if (e !== undefined) e.end = at
    }
  }
  for (const e of all) if (e.end === undefined) e.end = killedAt.get(e.writer)
  return all
}

type Applied = Extract<FoldEvent, { kind: 'applied' }>

/** Runs one schedule against a fresh double and checks everything; never throws for anomalies. */
export async function runSchedule(schedule: Schedule, options: RunOptions = {}): Promise<ScheduleResult> {
  const started = Date.now()
  const dir = mkdtempSync(join(tmpdir(), `tasklist-chaos-${schedule.seed}-`))
  const execLog = join(dir, 'executions.log')
  writeFileSync(execLog, '')
  const double = await startGitHubDouble({
    seed: schedule.seed,
    latencyMs: schedule.latencyMs,
    jitterMs: schedule.jitterMs,
  })
  const anomalies: string[] = []
  const notes: string[] = []
  const harnessProblems: string[] = []
  const runs: WriterRun[] = []
  const jobDirs: string[] = []
  let createdStep: StepResult | undefined
  try {
    for (const w of schedule.writers)
      double.addToken(tokenOf(w), { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' })

    // The TaskList is created before the chaos starts, with hostile task descriptions.
    const setup = new Job({ apiUrl: double.apiUrl, runId: '870000', job: 'setup', token: DEFAULT_TOKEN })
    jobDirs.push(setup.dir)
    const taskLines = schedule.tasks.map((t, i) =>
      i % 2 === 0 ? `${t}: step ${i + 1} <b>x</b> --> <!-- tasklist:end --> @mona \`code\`` : t,
    )
    createdStep = await setup.step({
      command: 'create',
      title: `Chaos ${schedule.seed} <!-- tasklist:begin --> @octocat`,
      tasks: taskLines.join('\n'),
    })
    if (createdStep.exitCode !== 0) throw new Error(`create failed: ${createdStep.errors.join(' | ')}`)
    const id = Number(createdStep.outputs['tasklist-id'])
    const capEnv: Record<string, string> =
      schedule.commentCap === undefined ? {} : { TASKLIST_COMMENT_CAP: String(schedule.commentCap) }
    if (schedule.commentCap !== undefined) {
      double.setLimits({ commentCap: schedule.commentCap })
      for (let i = 0; i < schedule.prefill; i++) double.actAs('outsider').comment(REPO, id, `+1 (${i})`)
      // A load redraws a body that lags a page or more behind, so writers start from a short tail.
      const redraw = await new Job({
        apiUrl: double.apiUrl,
        runId: '870001',
        job: 'setup',
        token: DEFAULT_TOKEN,
        env: capEnv,
      }).step({ command: 'load', 'tasklist-id': String(id) })
      if (redraw.exitCode !== 0) throw new Error(`setup load failed: ${redraw.errors.join(' | ')}`)
    }
    /** The issue the record's newest comments go to: the last continuation in use, or the TaskList's own. */
    const continuationsNow = () =>
      double.listIssues(REPO).filter((i) => i.number > id && i.labels.some((l) => l.name === 'tasklist-continuation'))
    const currentIssue = () =>
      continuationsNow()
        .filter((i) => i.state === 'open')
        .reduce((latest, i) => Math.max(latest, i.number), id)
    const genesisBody = parseBody(double.getIssue(REPO, id)?.body ?? '')
    if (genesisBody.kind !== 'ok') throw new Error('the created TaskList does not parse')
    const defs = genesisBody.snapshot.defs

    double.chaos({ seed: schedule.seed, rate: schedule.faultRate, kinds: [...schedule.faultKinds], retryAfterSec: 1 })
    const t0 = Date.now()

    const stepDone = new Map<number, { promise: Promise<void>; resolve: () => void }>()
    for (const w of schedule.writers) {
      let resolve: () => void = () => undefined
      const promise = new Promise<void>((r) => {
        resolve = r
      })
      stepDone.set(w.index, { promise, resolve })
    }

    const runWriter = async (plan: WriterPlan): Promise<void> => {
      const done = stepDone.get(plan.index)
      try {
        if (plan.follows !== undefined) await stepDone.get(plan.follows)?.promise
        await sleep(plan.delayMs)
        const job = new Job({
          apiUrl: double.apiUrl,
          runId: plan.runId,
          job: plan.name,
          token: tokenOf(plan),
          env: capEnv,
        })
        jobDirs.push(job.dir)
        const run: WriterRun = { plan, steps: [], killedAt: undefined, startedAt: Date.now(), endedAt: 0 }
        runs.push(run)
        const common = { 'tasklist-id': String(id), task: plan.task }
        const taskIndex = schedule.tasks.indexOf(plan.task)
        const claimInputs = { ...common, 'on-busy': plan.onBusy, 'wait-timeout': '15s', lease: `${plan.leaseSec}s` }
        const message: Record<string, string> = plan.hostileMessage
          ? { message: hostileText(defs, plan.task, taskIndex) }
          : {}
        switch (plan.kind) {
          case 'run': {
            const killSwitch = plan.kill ? new KillSwitch() : undefined
            const result = await job.step(
              { command: 'run', ...claimInputs, run: runScript(plan, execLog, defs, taskIndex) },
              { timeoutMs: 150_000, ...(killSwitch === undefined ? {} : { killWhen: killSwitch }) },
            )
            run.steps.push({ label: 'run', result })
            done?.resolve()
            if (killSwitch?.killedAt !== undefined) {
              // The runner is lost: no post step, nothing else.
              run.killedAt = killSwitch.killedAt
              run.endedAt = Date.now()
              return
            }
            break
          }
          case 'start-complete':
          case 'start-fail': {
            const result = await job.step({ command: 'start', ...claimInputs }, { timeoutMs: 150_000 })
            run.steps.push({ label: 'start', result })
            if (result.exitCode === 0 && result.outputs['should-run'] === 'true') {
              appendFileSync(execLog, `start ${plan.task} ${plan.name} ${Date.now() * 1000}\n`)
              await sleep(plan.workMs)
              appendFileSync(execLog, `end ${plan.task} ${plan.name} ${Date.now() * 1000}\n`)
              const op = plan.kind === 'start-complete' ? 'complete' : 'fail'
              const finish = await job.step(
                { command: op, ...common, ...(op === 'fail' ? message : {}) },
                { timeoutMs: 150_000 },
              )
              run.steps.push({ label: op, result: finish })
            }
            break
          }
          case 'skip':
          case 'stray-fail': {
            const op = plan.kind === 'skip' ? 'skip' : 'fail'
            const result = await job.step({ command: op, ...common, ...message }, { timeoutMs: 150_000 })
            run.steps.push({ label: op, result })
            break
          }
        }
        done?.resolve()
        for (const post of await job.end()) run.steps.push({ label: 'post', result: post })
        run.endedAt = Date.now()
      } finally {
        done?.resolve()
      }
    }

    const forge = async (h: HostileComment): Promise<void> => {
      await sleep(h.atMs)
      const issue = double.getIssue(REPO, id)
      const parsed = parseBody(issue?.body ?? '')
      if (issue === undefined || parsed.kind !== 'ok') return
      const comments = double.listComments(REPO, id).map(logComment)
      const state = fold(parsed.snapshot, comments, trustedAuthors(issue.user.login, parsed.snapshot.trusted)).snapshot
      const task = state.tasks[h.taskIndex]
      if (task === undefined) return
      // The record that would apply if the author were trusted.
      const draft: TaskRecord =
        task.state.status === 'IN_PROGRESS'
          ? {
              tasklist: 1,
              rec: newRecordId(),
              op: 'complete',
              task: `t${h.taskIndex + 1}`,
              name: task.definition.name,
              ver: task.state.version,
              from: 'IN_PROGRESS',
              to: 'COMPLETE',
              defs,
              authority: 'workflow',
              ...(task.state.claim === undefined ? {} : { claim: task.state.claim.id }),
              holder: { run: `forged-${h.login}`, label: 'run forged' },
            }
          : {
              tasklist: 1,
              rec: newRecordId(),
              op: task.state.status === 'FAILED' ? 'start' : 'skip',
              task: `t${h.taskIndex + 1}`,
              name: task.definition.name,
              ver: task.state.version,
              from: task.state.status,
              to: task.state.status === 'FAILED' ? 'IN_PROGRESS' : 'SKIPPED',
              defs,
              authority: 'workflow',
              lease: 21600,
              holder: { run: `forged-${h.login}`, label: 'run forged' },
            }
      try {
        double
          .actAs(h.login)
          .comment(
            REPO,
            currentIssue(),
            `**\`[t${h.taskIndex + 1}] ${task.definition.name}\`**: looks official\n\n${encodeRecord(draft)}`,
          )
      } catch (error) {
        // GitHub's cap refuses people too; the forger simply fails.
        if (!(error instanceof Error && /Commenting is disabled/.test(error.message))) throw error
      }
    }

    const editing = new Set<number>()
    const editor = async (e: EditPlan): Promise<void> => {
      await sleep(e.atMs)
      const actor = double.actAs(WRITER_LOGIN)
      const issueNow = currentIssue()
      const listed = double.listComments(REPO, issueNow)
      if (e.kind === 'delete-foreign') {
        for (const c of listed) if (c.user?.login !== ACTIONS_BOT.login) actor.deleteComment(REPO, c.id)
        return
      }
      // One edit at a time per comment: an undo restores the text as first written.
      const target = listed
        .filter(
          (c) =>
            c.user?.login === ACTIONS_BOT.login && (c.body ?? '').includes('tasklist:record') && !editing.has(c.id),
        )
        .at(-1)
      if (target === undefined) return
      const original = target.body ?? ''
      editing.add(target.id)
      if (e.kind === 'note') {
        editing.delete(target.id)
        actor.editComment(REPO, target.id, `Checked by @wanda.\n\n${original}`)
        return
      }
      actor.editComment(
        REPO,
        target.id,
        original.replace(/"ver":(\d+)/, (_m, v: string) => `"ver":${Number(v) + 7}`),
      )
      await sleep(e.undoMs)
      // Undo as a person does, from the comment's edit history; the action may have noted it meanwhile.
      const now = double.listComments(REPO, issueNow).find((c) => c.id === target.id)
      if (now !== undefined) actor.editComment(REPO, target.id, original)
      editing.delete(target.id)
    }

    await Promise.all([
      ...schedule.writers.map(runWriter),
      ...schedule.hostile.map(forge),
      ...schedule.edits.map(editor),
    ])
    double.chaos(null)
    const writersMs = Date.now() - t0

    // ---- Checks -------------------------------------------------------------------------------
    const issue = double.getIssue(REPO, id)
    if (issue === undefined) throw new Error(`issue #${id} vanished`)
    const idComments = double.listComments(REPO, id).map(logComment)
    const continuations = new Map(
      continuationsNow().map((i) => [i.number, double.listComments(REPO, i.number).map(logComment)] as const),
    )
    const comments = [idComments, ...continuations.values()].flat()
    const byRun = new Map(runs.map((r) => [r.plan.runId, r]))
    const byName = new Map(runs.map((r) => [r.plan.name, r]))
    const reports = runs.flatMap(reportsOf)
    const normal = (r: WriterRun) => r.killedAt === undefined && r.steps.every((s) => endedNormally(s.result))

    // Replay the record once here for the checks the record checker does not do.
    const parsedFinal = parseBody(issue.body ?? '')
    if (parsedFinal.kind !== 'ok') throw new Error(`the final body does not parse (${parsedFinal.kind})`)
    const pre = checkRecord({
      body: issue.body ?? '',
      author: issue.user.login,
      comments: idComments,
      tasklist: id,
      continuations,
      reports,
      writerOf: (e) => e.record.holder.run,
      bodyMustBeCurrent: false,
    })
    const applied = pre.events.filter((e): e is Applied => e.kind === 'applied')

    // The body must be current when nobody who wrote was lost, or every lost writer's record was
    // followed by a record of a writer that ended normally (its publish covers the lost one's).
    let bodyMustBeCurrent = true
    const whyNotCurrent: string[] = []
    for (const r of runs) {
      const mine = comments.filter((c) => c.body.includes(`"run":"${r.plan.runId}"`))
      if (mine.length === 0) continue
      if (r.killedAt === undefined) {
        if (!normal(r)) {
          bodyMustBeCurrent = false
          whyNotCurrent.push(`${r.plan.name} wrote and ended with ${describeEnd(r)}`)
        }
        continue
      }
      const myApplied = applied.filter((e) => e.record.holder.run === r.plan.runId)
      for (const e of myApplied) {
        const later = applied.some(
          (f) =>
            f.comment.id > e.comment.id &&
            f.record.name === e.record.name &&
            isNormalRun(byRun.get(f.record.holder.run ?? ''), normal),
        )
        if (!later) {
          bodyMustBeCurrent = false
          whyNotCurrent.push(
            `${r.plan.name} was killed after ${e.record.op} ${e.record.name}, and no normal writer wrote that task later`,
          )
        }
      }
    }
    const checked = checkRecord({
      body: issue.body ?? '',
      author: issue.user.login,
      comments: idComments,
      tasklist: id,
      continuations,
      reports,
      writerOf: (e) => e.record.holder.run,
      bodyMustBeCurrent,
    })
    anomalies.push(...checked.anomalies)
    if (!bodyMustBeCurrent) notes.push(`body need not be current: ${whyNotCurrent.join('; ')}`)

    for (const v of double.violations) anomalies.push(`contract violation: ${v}`)

    // Every step: exit 0 with no ::error::, or non-zero with exactly one.
    for (const r of runs) {
      for (const s of r.steps) {
        if (s.result.signal !== null) continue
        if (s.result.exitCode !== 0 && DIST_MISSING.test(s.result.stderr)) {
          // dist/ was rebuilt (removed and renamed into place) while the step loaded it: not the action's doing.
          harnessProblems.push(
            `${r.plan.name} ${s.label}: the bundle changed under the step: ${s.result.stderr.trim().split('\n')[0] ?? ''}`,
          )
          continue
        }
        if (s.result.exitCode !== 0 && s.result.errors.length === 0) {
          anomalies.push(
            `${r.plan.name} ${s.label}: exit ${s.result.exitCode} without an ::error:: line; stderr: ${s.result.stderr.trim().slice(-400)}`,
          )
          continue
        }
        const n = s.result.errors.length
        if (s.result.exitCode === 0 && n > 0)
          anomalies.push(`${r.plan.name} ${s.label}: exit 0 with ${n} ::error:: lines: ${s.result.errors.join(' | ')}`)
        if (s.result.exitCode !== 0 && n !== 1)
          anomalies.push(
            `${r.plan.name} ${s.label}: exit ${s.result.exitCode} with ${n} ::error:: lines (expected one): ${s.result.errors.join(' | ')}`,
          )
      }
    }

    // Outputs never invent a status: every `tasks` output is the fold of some prefix of the record.
    const prefixStates = new Set<string>()
    const statuses = new Map(parsedFinal.snapshot.tasks.map((t) => [t.definition.name, 'PENDING']))
    prefixStates.add(JSON.stringify(Object.fromEntries(statuses)))
    for (const e of applied) {
      statuses.set(e.record.name, e.after.state.status)
      prefixStates.add(JSON.stringify(Object.fromEntries(statuses)))
    }
    for (const r of runs) {
      for (const s of r.steps) {
        const tasksOut = s.result.outputs.tasks
        if (tasksOut === undefined) continue
        if (!prefixStates.has(tasksOut))
          anomalies.push(`${r.plan.name} ${s.label}: output tasks=${tasksOut} is no state the record ever had`)
        const status = s.result.outputs['task-status']
        const shown = (JSON.parse(tasksOut) as Record<string, string>)[r.plan.task]
        if (status !== undefined && status !== '' && status !== shown)
          anomalies.push(`${r.plan.name} ${s.label}: task-status=${status} but tasks says ${shown ?? '?'}`)
      }
    }

    // One runner: executions of one task never overlap, except with a killed writer whose claim was
    // taken over (the fold accepts a takeover only after the lease expired).
    const killedAt = new Map(runs.filter((r) => r.killedAt !== undefined).map((r) => [r.plan.name, r.killedAt ?? 0]))
    const executions = readExecutions(execLog, killedAt)
    const claimsOf = (runId: string) =>
      applied
        .filter((e) => e.record.holder.run === runId && (e.record.op === 'start' || e.record.op === 'takeover'))
        .map((e) => e.record.rec)
    const takenOver = (runId: string): Applied | undefined => {
      const claims = new Set(claimsOf(runId))
      return applied.find(
        (e) => e.record.op === 'takeover' && e.record.claim !== undefined && claims.has(e.record.claim),
      )
    }
    /** Another job recorded complete or fail under this writer's claim (a `fail` step acts on the holder's behalf). */
    const endedOnBehalf = (runId: string): Applied | undefined => {
      const claims = new Set(claimsOf(runId))
      return applied.find(
        (e) =>
          (e.record.op === 'complete' || e.record.op === 'fail') &&
          e.record.holder.run !== runId &&
          e.record.claim !== undefined &&
          claims.has(e.record.claim),
      )
    }
    for (const e of executions) {
      const r = byName.get(e.writer)
      if (r === undefined) continue
      if (claimsOf(r.plan.runId).length === 0)
        anomalies.push(`${e.writer} ran ${e.task} without an applied claim in the record`)
      if (e.end === undefined) anomalies.push(`${e.writer} started ${e.task} and never ended, but was not killed`)
    }
    let liveLeaseOverlaps = 0
    let onBehalfOverlaps = 0
    for (let i = 0; i < executions.length; i++) {
      for (let j = 0; j < executions.length; j++) {
        const a = executions[i]
        const b = executions[j]
        if (
          a === undefined ||
          b === undefined ||
          i === j ||
          a.task !== b.task ||
          a.start > b.start ||
          (a.start === b.start && i > j)
        )
          continue
        const aEnd = a.end ?? Number.POSITIVE_INFINITY
        if (b.start >= aEnd) continue
        const ra = byName.get(a.writer)
        const lost = ra === undefined ? undefined : takenOver(ra.plan.runId)
        const what = `${a.writer} ran ${a.task} ${fmt(a.start)}..${fmt(aEnd)} and ${b.writer} ran it ${fmt(b.start)}..${fmt(b.end ?? Number.NaN)}`
        if (ra?.killedAt !== undefined && lost !== undefined) continue
        const ended = ra === undefined ? undefined : endedOnBehalf(ra.plan.runId)
        // The later starter's claim may have been ended on its behalf too: a `start` step confirms its
        // claim and returns, and another job's `fail` can end that claim before the work begins. The
        // job cannot learn of it between its steps; that is the same by-design end as above.
        const rb = byName.get(b.writer)
        const endedB =
          rb === undefined || takenOver(rb.plan.runId) !== undefined ? undefined : endedOnBehalf(rb.plan.runId)
        if (lost === undefined && ended === undefined && endedB !== undefined) {
          onBehalfOverlaps++
          notes.push(
            `overlap after ${byRun.get(endedB.record.holder.run ?? '')?.plan.name ?? '?'} recorded ${endedB.record.op} on ${b.writer}'s behalf: ${what}`,
          )
        } else if (lost === undefined && ended !== undefined) {
          // Another job failed (or completed) the task on the holder's behalf, which ends its claim by design.
          onBehalfOverlaps++
          notes.push(
            `overlap after ${byRun.get(ended.record.holder.run ?? '')?.plan.name ?? '?'} recorded ${ended.record.op} on ${a.writer}'s behalf: ${what}`,
          )
        } else if (lost !== undefined) {
          // The fold accepted the takeover, so the live writer's lease had expired (it could not renew in
          // time); the lease model allows this overlap until the old runner learns of it.
          liveLeaseOverlaps++
          notes.push(`overlap after a lease expired under a live runner (${a.writer}'s claim was taken over): ${what}`)
        } else anomalies.push(`two runners at once: ${what}`)
      }
    }
    // Starting the command after one's own claim was taken over is never right.
    let lateStarts = 0
    for (const e of executions) {
      const r = byName.get(e.writer)
      if (r === undefined) continue
      const lost = takenOver(r.plan.runId)
      if (lost !== undefined && e.start >= Date.parse(lost.comment.createdAt) + 1000) {
        anomalies.push(
          `${e.writer} started ${e.task} at ${fmt(e.start)}, after its claim was taken over (comment ${lost.comment.id} at ${lost.comment.createdAt})`,
        )
      }
      // A command started after its own lease had run out (its claim landed late): allowed, but worth counting.
      const claim = applied
        .filter((a) => a.record.holder.run === r.plan.runId && (a.record.op === 'start' || a.record.op === 'takeover'))
        .at(-1)
      if (claim !== undefined && e.start > Date.parse(claim.comment.createdAt) + (claim.record.lease ?? 0) * 1000)
        lateStarts++
    }

    // A killed writer's claim is taken over rather than left stuck.
    let killed = 0
    let killedTakenOver = 0
    for (const r of runs) {
      if (r.killedAt === undefined) continue
      killed++
      const claims = claimsOf(r.plan.runId)
      if (claims.length === 0) continue
      if (takenOver(r.plan.runId) !== undefined) killedTakenOver++
      else {
        const ended = endedOnBehalf(r.plan.runId)
        if (ended !== undefined)
          notes.push(
            `killed ${r.plan.name}'s claim on ${r.plan.task} ended by ${ended.record.op} on its behalf (run ${ended.record.holder.run ?? '?'}), not by a takeover`,
          )
        else notes.push(`killed ${r.plan.name}'s claim on ${r.plan.task} was never taken over`)
      }
    }
    const finalState = checked.state
    for (const task of finalState.tasks) {
      if (task.state.status !== 'IN_PROGRESS' || task.state.claim === undefined) continue
      const holder = byRun.get(task.state.claim.holder.run ?? '')
      if (holder === undefined) {
        anomalies.push(
          `${task.definition.name} ends IN_PROGRESS under ${task.state.claim.holder.label}, which is no writer`,
        )
        continue
      }
      if (holder.killedAt === undefined) {
        if (normal(holder))
          anomalies.push(
            `${task.definition.name} ends IN_PROGRESS under ${holder.plan.name}, which ended normally (its post step should have settled it)`,
          )
        else
          notes.push(
            `${task.definition.name} ends IN_PROGRESS under ${holder.plan.name}, which ended with ${describeEnd(holder)}`,
          )
        continue
      }
      const followers = runs.filter((f) => f.plan.follows === holder.plan.index)
      const stuck = followers.filter((f) => normal(f))
      if (stuck.length > 0)
        anomalies.push(
          `${task.definition.name} stuck IN_PROGRESS under killed ${holder.plan.name}: follower ${stuck.map((f) => `${f.plan.name} (${describeEnd(f)})`).join(', ')} ended normally without taking it over`,
        )
      else
        notes.push(
          `${task.definition.name} ends IN_PROGRESS under killed ${holder.plan.name}; its follower ended with ${followers.map(describeEnd).join(', ') || 'nothing'}`,
        )
    }

    const faults: Record<string, number> = {}
    for (const f of double.faultLog) faults[f.kind] = (faults[f.kind] ?? 0) + 1
    const outcomes: Record<Outcome, number> = { applied: 0, refused: 0, unknown: 0 }
    for (const r of reports) outcomes[r.outcome]++
    const result: ScheduleResult = {
      seed: schedule.seed,
      description: describeSchedule(schedule),
      writers: schedule.writers.length,
      tasks: schedule.tasks.length,
      wallMs: Date.now() - started,
      anomalies,
      notes,
      harnessProblems,
      faults,
      requests: double.stats().requests,
      takeovers: applied.filter((e) => e.record.op === 'takeover').length,
      killed,
      killedTakenOver,
      continued: continuations.size - continuationsNow().filter((i) => i.state === 'closed').length,
      racedToContinue: continuationsNow().filter((i) => i.state === 'closed').length,
      stoppedOnEdits: runs
        .flatMap((r) => r.steps)
        .filter((st) => st.result.errors.some((e) => /was edited after it was written/.test(e))).length,
      executions: executions.length,
      liveLeaseOverlaps,
      onBehalfOverlaps,
      lateStarts,
      outcomes,
      bodyMustBeCurrent,
      finalStatuses: Object.fromEntries(finalState.tasks.map((t) => [t.definition.name, t.state.status])),
      debugFile: undefined,
    }
    options.progress?.(
      `${result.description}: ${writersMs} ms, ${result.requests} requests, ${Object.values(faults).reduce((a, b) => a + b, 0)} faults, ${result.takeovers} takeovers, ${result.continued} continuations (${result.racedToContinue} lost races to continue), ${result.stoppedOnEdits} steps stopped on an edited record, ${anomalies.length} anomalies`,
    )
    if (anomalies.length > 0 || harnessProblems.length > 0 || options.keepDebug === true) {
      const debugFile = join(tmpdir(), `tasklist-chaos-process-${schedule.seed}.json`)
      writeFileSync(
        debugFile,
        JSON.stringify(
          {
            schedule,
            result,
            writers: runs.map((r) => ({
              plan: r.plan,
              killedAt: r.killedAt,
              reports: reportsOf(r),
              steps: r.steps.map((s) => ({
                label: s.label,
                exitCode: s.result.exitCode,
                signal: s.result.signal,
                errors: s.result.errors,
                warnings: s.result.warnings,
                lines: s.result.lines,
                outputs: s.result.outputs,
                ms: s.result.durationMs,
                stdout: s.result.stdout,
                stderr: s.result.stderr,
              })),
            })),
            executions,
            events: checked.events.map((e) => ({
              kind: e.kind,
              id: e.comment.id,
              at: e.comment.createdAt,
              ...('record' in e && e.record !== undefined && 'op' in e.record
                ? {
                    op: e.record.op,
                    task: e.record.name,
                    ver: e.record.ver,
                    rec: e.record.rec,
                    run: e.record.holder.run,
                    claim: e.record.claim,
                    recAt: e.record.at,
                  }
                : {}),
              ...('reason' in e ? { reason: e.reason } : {}),
            })),
            faultLog: double.faultLog,
            body: issue.body,
          },
          null,
          2,
        ),
      )
      return { ...result, debugFile }
    }
    return result
  } finally {
    double.chaos(null)
    await double.close()
    for (const d of jobDirs) rmSync(d, { recursive: true, force: true })
    rmSync(dir, { recursive: true, force: true })
  }
}

function tokenOf(plan: WriterPlan): string {
  return `ghs_chaos_${plan.runId}`
}

function logComment(c: {
  id: number
  created_at: string
  updated_at: string
  user: { login: string } | null
  body: string | null
}): LogComment {
  return { id: c.id, createdAt: c.created_at, updatedAt: c.updated_at, login: c.user?.login ?? '', body: c.body ?? '' }
}

function isNormalRun(run: WriterRun | undefined, normal: (r: WriterRun) => boolean): boolean {
  return run !== undefined && normal(run)
}

function describeEnd(run: WriterRun): string {
  if (run.killedAt !== undefined) return 'SIGKILL'
  const bad = run.steps.find((s) => !endedNormally(s.result))
  if (bad === undefined) return 'success'
  return `${bad.label} exit ${String(bad.result.exitCode ?? bad.result.signal)}: ${bad.result.errors.join(' | ') || '(no ::error:: line)'}`
}

function fmt(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(17, 23) : '?'
}

/** The bundled action must exist; the tests and the bench run it as a runner would. */
export function assertBundled(): void {
  for (const entry of [MAIN_ENTRY, POST_ENTRY]) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing; run npm run build first`)
  }
}

// ---------------------------------------------------------------------------------------------
// Seeds

/**
 * The default CI set: writer counts spanning 2..50 (one with 50), about half with a killed
 * writer and its takeover. Each entry replays alone with the command replayCommand prints.
 */
export const DEFAULT_SCHEDULES: ReadonlyArray<{ seed: number } & ScheduleOverrides> = [
  { seed: 108, writers: 50, kill: true },
  { seed: 106, writers: 20, kill: true },
  { seed: 105, writers: 12, kill: true },
  { seed: 104, writers: 8 },
  { seed: 103, writers: 5, kill: true },
  { seed: 102, writers: 3 },
  { seed: 101, writers: 2, kill: true },
]

/**
 * Which schedules to run:
 * - CHAOS_SCHEDULES=n: n schedules with seeds CHAOS_SEED, CHAOS_SEED+1, ... (a random first seed without CHAOS_SEED);
 * - CHAOS_SEED=s or s1,s2,...: exactly those seeds;
 * - neither: DEFAULT_SCHEDULES.
 * CHAOS_WRITERS=n forces the writer count and CHAOS_KILL=1 a killed writer, as the replay command of a default schedule says.
 */
export function schedulesFromEnv(env: NodeJS.ProcessEnv): Array<{ seed: number } & ScheduleOverrides> {
  const set = (name: string) => env[name] !== undefined && env[name] !== ''
  const extra = {
    ...(set('CHAOS_WRITERS') ? { writers: Number(env.CHAOS_WRITERS) } : {}),
    ...(env.CHAOS_KILL === '1' ? { kill: true } : {}),
  }
  if (set('CHAOS_SCHEDULES')) {
    const count = Number(env.CHAOS_SCHEDULES)
    const first = set('CHAOS_SEED') ? Number(env.CHAOS_SEED) : Math.floor(Math.random() * 1_000_000_000)
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(first))
      throw new Error('CHAOS_SCHEDULES must be a positive integer and CHAOS_SEED an integer')
    return Array.from({ length: count }, (_, i) => ({ seed: first + i, ...extra }))
  }
  if (set('CHAOS_SEED')) {
    const seeds = (env.CHAOS_SEED ?? '').split(',').map((s) => Number(s.trim()))
    if (seeds.some((s) => !Number.isInteger(s)))
      throw new Error(
        `CHAOS_SEED must be an integer or a comma-separated list of integers, not '${env.CHAOS_SEED ?? ''}'`,
      )
    return seeds.map((seed) => ({ seed, ...extra }))
  }
  return [...DEFAULT_SCHEDULES]
}

/** Lets schedules run side by side while their writers add up to at most `capacity` (FIFO). */
export class WriterSlots {
  private used = 0
  private readonly queue: Array<{ need: number; go: () => void }> = []
  private readonly capacity: number

  constructor(capacity: number) {
    this.capacity = capacity
  }

  async with<T>(writers: number, work: () => Promise<T>): Promise<T> {
    const need = Math.min(writers, this.capacity)
    if (this.queue.length > 0 || this.used + need > this.capacity) {
      await new Promise<void>((go) => this.queue.push({ need, go }))
    } else {
      this.used += need
    }
    try {
      return await work()
    } finally {
      this.used -= need
      this.release()
    }
  }

  private release(): void {
    for (let head = this.queue[0]; head !== undefined && this.used + head.need <= this.capacity; head = this.queue[0]) {
      this.queue.shift()
      this.used += head.need
      head.go()
    }
  }
}
