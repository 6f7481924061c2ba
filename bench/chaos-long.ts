// Long chaos runs: many seeded schedules, a summary on stdout and in bench/out/chaos-<level>.json.
//
//   node bench/chaos-long.ts --schedules 5000 --level process [--seed 1] [--writers 50] [--slots 50] [--stop-on-anomaly]
//
// --level process   writers are the bundled action (dist/index.js) in separate processes (npm run build first)
// --level inprocess not wired in yet (test/chaos/inprocess-*.ts is being written separately)
// --seed            first seed (default: random); schedule i uses seed + i, so any schedule replays alone
// --writers         force the writer count of every schedule (default: drawn from the seed, 2..50)
// --slots           schedules run side by side while their writers add up to at most this (default 50)
//
// The summary is rewritten after every schedule, so a long run can be watched and survives Ctrl-C.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  assertBundled,
  makeSchedule,
  replayCommand,
  runSchedule,
  WriterSlots,
  type ScheduleResult,
} from '../test/chaos/process-schedule.ts'

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out')

const { values } = parseArgs({
  options: {
    schedules: { type: 'string', default: '100' },
    level: { type: 'string', default: 'process' },
    seed: { type: 'string' },
    writers: { type: 'string' },
    slots: { type: 'string', default: '50' },
    'stop-on-anomaly': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

const level = values.level
if (level !== 'process' && level !== 'inprocess') {
  console.error(`--level must be process or inprocess, not '${level}'`)
  process.exit(2)
}
if (level === 'inprocess') {
  console.error(
    '--level inprocess is not available yet: the in-process schedules (test/chaos/inprocess-*.ts) are not wired into this script; use --level process',
  )
  process.exit(2)
}

const total = Number(values.schedules)
const slotsCapacity = Number(values.slots)
const writers = values.writers === undefined ? undefined : Number(values.writers)
const baseSeed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000_000) : Number(values.seed)
if (!Number.isInteger(total) || total < 1) throw new Error('--schedules must be a positive integer')
if (!Number.isInteger(baseSeed)) throw new Error('--seed must be an integer')
if (writers !== undefined && !(Number.isInteger(writers) && writers >= 2 && writers <= 50))
  throw new Error('--writers must be 2..50')
if (!Number.isInteger(slotsCapacity) || slotsCapacity < 2) throw new Error('--slots must be an integer of at least 2')
assertBundled()

interface Summary {
  level: string
  node: string
  baseSeed: number
  requested: number
  schedulesRun: number
  anomalies: number
  anomalousSchedules: Array<{
    seed: number
    writers: number
    replay: string
    anomalies: string[]
    debugFile: string | undefined
  }>
  faultsByKind: Record<string, number>
  faultsTotal: number
  takeovers: number
  continued: number
  racedToContinue: number
  stoppedOnEdits: number
  killedWriters: number
  killedTakenOver: number
  liveLeaseOverlaps: number
  onBehalfOverlaps: number
  lateStarts: number
  writers: number
  requests: number
  executions: number
  outcomes: Record<string, number>
  bodyMustBeCurrent: number
  wallMs: number
  scheduleWallMs: { min: number; median: number; max: number }
  errors: Array<{ seed: number; error: string }>
  /** Schedules whose steps could not load dist/ (rebuilt meanwhile); not counted. */
  inconclusive: Array<{ seed: number; problems: string[] }>
  startedAt: string
  finishedAt: string | undefined
}

const started = Date.now()
const summary: Summary = {
  level,
  node: process.version,
  baseSeed,
  requested: total,
  schedulesRun: 0,
  anomalies: 0,
  anomalousSchedules: [],
  faultsByKind: {},
  faultsTotal: 0,
  takeovers: 0,
  continued: 0,
  racedToContinue: 0,
  stoppedOnEdits: 0,
  killedWriters: 0,
  killedTakenOver: 0,
  liveLeaseOverlaps: 0,
  onBehalfOverlaps: 0,
  lateStarts: 0,
  writers: 0,
  requests: 0,
  executions: 0,
  outcomes: { applied: 0, refused: 0, unknown: 0 },
  bodyMustBeCurrent: 0,
  wallMs: 0,
  scheduleWallMs: { min: 0, median: 0, max: 0 },
  errors: [],
  inconclusive: [],
  startedAt: new Date(started).toISOString(),
  finishedAt: undefined,
}
const walls: number[] = []
const outFile = join(OUT_DIR, `chaos-${level}.json`)

function save(): void {
  summary.wallMs = Date.now() - started
  const sorted = [...walls].sort((a, b) => a - b)
  summary.scheduleWallMs = {
    min: sorted[0] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
  }
  mkdirSync(OUT_DIR, { recursive: true })
  writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`)
}

function add(result: ScheduleResult): void {
  if (result.harnessProblems.length > 0) {
    // dist/ was rebuilt under a running step: the schedule says nothing about the action.
    summary.inconclusive.push({ seed: result.seed, problems: result.harnessProblems })
    return
  }
  summary.schedulesRun++
  summary.anomalies += result.anomalies.length
  if (result.anomalies.length > 0) {
    summary.anomalousSchedules.push({
      seed: result.seed,
      writers: result.writers,
      replay: replayCommand(result.seed, writers === undefined ? {} : { writers }),
      anomalies: result.anomalies,
      debugFile: result.debugFile,
    })
  }
  for (const [kind, n] of Object.entries(result.faults)) {
    summary.faultsByKind[kind] = (summary.faultsByKind[kind] ?? 0) + n
    summary.faultsTotal += n
  }
  summary.takeovers += result.takeovers
  summary.continued += result.continued
  summary.racedToContinue += result.racedToContinue
  summary.stoppedOnEdits += result.stoppedOnEdits
  summary.killedWriters += result.killed
  summary.killedTakenOver += result.killedTakenOver
  summary.liveLeaseOverlaps += result.liveLeaseOverlaps
  summary.onBehalfOverlaps += result.onBehalfOverlaps
  summary.lateStarts += result.lateStarts
  summary.writers += result.writers
  summary.requests += result.requests
  summary.executions += result.executions
  for (const [k, n] of Object.entries(result.outcomes)) summary.outcomes[k] = (summary.outcomes[k] ?? 0) + n
  if (result.bodyMustBeCurrent) summary.bodyMustBeCurrent++
  walls.push(result.wallMs)
}

function printSummary(): void {
  const s = summary
  const kinds = Object.entries(s.faultsByKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  console.log(
    [
      `chaos (${s.level}): ${s.schedulesRun}/${s.requested} schedules from seed ${s.baseSeed}, ${s.writers} writers, ${s.requests} requests`,
      `  anomalies: ${s.anomalies}${s.anomalousSchedules.length > 0 ? ` in seeds ${s.anomalousSchedules.map((a) => a.seed).join(', ')}` : ''}`,
      `  faults injected: ${s.faultsTotal} (${kinds || 'none'})`,
      `  continuations past the comment cap: ${s.continued} (writers that lost the race to continue: ${s.racedToContinue}); steps stopped on a record a write user had edited: ${s.stoppedOnEdits}`,
      `  takeovers: ${s.takeovers} (killed runners taken over: ${s.killedTakenOver} of ${s.killedWriters} killed); overlaps allowed after a live runner's lease expired: ${s.liveLeaseOverlaps}, after a fail on its behalf: ${s.onBehalfOverlaps}; commands started after their lease ran out: ${s.lateStarts}`,
      `  writer reports: applied ${s.outcomes.applied ?? 0}, refused ${s.outcomes.refused ?? 0}, unknown ${s.outcomes.unknown ?? 0}; body required current in ${s.bodyMustBeCurrent}`,
      `  wall time: ${(s.wallMs / 1000).toFixed(1)} s (per schedule min/median/max ${s.scheduleWallMs.min}/${s.scheduleWallMs.median}/${s.scheduleWallMs.max} ms)`,
      ...(s.inconclusive.length > 0
        ? [
            `  inconclusive (dist/ rebuilt under a step), not counted: seeds ${s.inconclusive.map((i) => i.seed).join(', ')}`,
          ]
        : []),
      ...(s.errors.length > 0
        ? [`  harness errors: ${s.errors.length} (first: seed ${s.errors[0]?.seed}: ${s.errors[0]?.error})`]
        : []),
      `  written to ${outFile}`,
    ].join('\n'),
  )
}

let stopping = false
process.on('SIGINT', () => {
  if (stopping) process.exit(130)
  stopping = true
  console.log('\nstopping after the schedules in flight (Ctrl-C again to quit now)')
})

const slots = new WriterSlots(slotsCapacity)
const inFlight = new Set<Promise<void>>()
for (let i = 0; i < total && !stopping; i++) {
  const seed = baseSeed + i
  const schedule = makeSchedule(seed, writers === undefined ? {} : { writers })
  const work = slots
    .with(schedule.writers.length, () => runSchedule(schedule))
    .then((result) => {
      add(result)
      if (result.harnessProblems.length > 0)
        console.log(`seed ${seed}: inconclusive, not counted: ${result.harnessProblems.join('; ')}`)
      if (!values.quiet)
        console.log(
          `[${summary.schedulesRun}/${total}] ${result.description}: ${result.wallMs} ms, ${result.takeovers} takeovers, ${result.continued} continuations, ${result.stoppedOnEdits} stopped on edits, ${result.anomalies.length} anomalies`,
        )
      if (result.harnessProblems.length > 0) return
      for (const a of result.anomalies)
        console.log(`    - ${a}\n      replay: ${replayCommand(seed, writers === undefined ? {} : { writers })}`)
      if (result.anomalies.length > 0 && values['stop-on-anomaly']) stopping = true
    })
    .catch((error: unknown) => {
      summary.errors.push({ seed, error: error instanceof Error ? error.message : String(error) })
      console.log(`seed ${seed}: harness error: ${error instanceof Error ? error.message : String(error)}`)
    })
    .finally(() => {
      inFlight.delete(work)
      save()
    })
  inFlight.add(work)
  // Enough queued to fill the slots; no more, so a long run does not build every schedule up front.
  while (inFlight.size >= 8) await Promise.race(inFlight)
}
await Promise.all(inFlight)
summary.finishedAt = new Date().toISOString()
save()
printSummary()
process.exitCode = summary.anomalies > 0 || summary.errors.length > 0 ? 1 : 0
