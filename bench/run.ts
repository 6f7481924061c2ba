// npm run bench: measures what the bundled action asks of GitHub and how long it takes, against
// the GitHub double, and writes bench/results.json and bench/results.md.
//
//   node bench/run.ts            the full run (a few minutes)
//   node bench/run.ts --quick    one repetition per timing, fewer start-up runs and cycles; writes to bench/out/
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { MAIN_ENTRY, ROOT } from '../test/support/step-runner.ts'
import { measureBodySizes } from './body-size.ts'
import { measureComparison } from './compare.ts'
import { measureConcurrency } from './concurrency.ts'
import { measureCycles } from './cycles.ts'
import { startBenchDouble } from './double.ts'
import { measureGrowth } from './growth.ts'
import { newJob, removeJobDirs } from './jobs.ts'
import { describeMachine, loadNow } from './machine.ts'
import { measureLoadCost } from './load-cost.ts'
import { PLOT_FILE, renderMarkdown } from './markdown.ts'
import { removeNaiveDirs } from './naive/runner.ts'
import { measureOperations } from './operations.ts'
import { renderWallTimePlot } from './plot.ts'
import { measureBundle, measurePostIdle, measureStartup } from './startup.ts'
import { judge } from './targets.ts'
import type { BenchResults } from './types.ts'

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } })
const quick = values.quick
const LATENCIES = [0, 100] as const
const repetitions = quick ? 1 : 3
const outDir = quick ? join(ROOT, 'bench', 'out') : join(ROOT, 'bench')

if (!existsSync(MAIN_ENTRY)) {
  console.error('bench: dist/index.js is missing; run `npm run build` first')
  process.exit(1)
}

const began = performance.now()
const log = (line: string) => console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`)
const machine = describeMachine()
log(
  `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage.start}`,
)

log('start-up and bundle')
const startup = measureStartup(quick ? 5 : 20)
const bundle = measureBundle()
log(
  `start-up: ${startup.action.medianMs} ms vs bare node ${startup.bareNode.medianMs} ms (${startup.ratio}×), cold ${startup.action.coldMs} ms`,
)
const postIdle = measurePostIdle(quick ? 5 : 20)
log(
  `post step with nothing to clean up: ${postIdle.postMs} ms vs bare node ${postIdle.bareNodeMs} ms (${postIdle.ratio}×)`,
)

log('body size')
const body = measureBodySizes({
  taskCounts: [3, 100, 500],
  nameLengths: [undefined, 40],
  states: ['pending', 'finished', 'running'],
  runningAmong: 500,
})

const double = await startBenchDouble()
try {
  // One throwaway step, so the first measured one does not pay for a cold compile cache.
  await newJob(double.apiUrl).step({ command: 'load' })

  log('per operation')
  const operations = await measureOperations(double, LATENCIES, repetitions, log)

  // Before the concurrent runs below, whose fifty processes leave the machine's load high for a while:
  // the cycles measure what a transition costs in sequence, not what is left of that contention.
  const cycleCount = quick ? 10 : 150
  log(`${cycleCount} start/fail cycles`)
  const cycles = await measureCycles(double, cycleCount, 0)
  log(`${cycles.cycles} cycles: ${cycles.totalMs} ms, ${cycles.perTransitionMs} ms per transition`)

  log('the naive action and the physical limit')
  const comparison = await measureComparison(
    double,
    operations,
    {
      latencies: LATENCIES,
      repetitions,
      bareNodeRuns: quick ? 5 : 20,
      concurrency: { jobCounts: [50], jobs: 50, latencyMs: 100, tasks: 50 },
    },
    log,
  )

  log('growth')
  const growth = await measureGrowth(
    double,
    {
      taskCounts: [3, 100, 500],
      recordCounts: [10, 1_000, 10_000],
      lags: [10, 100, 1_000],
      latencies: LATENCIES,
      repetitions,
    },
    log,
  )

  log('concurrency')
  const concurrency = await measureConcurrency(double, { jobCounts: [1, 10, 50], latencyMs: 100, tasks: 50 }, log)

  log('what each command loads')
  const loadCost = await measureLoadCost(double, quick ? 3 : 10)

  if (double.violations.length > 0)
    throw new Error(`the double saw requests GitHub would reject:\n${double.violations.join('\n')}`)

  const measured: Omit<BenchResults, 'targets'> = {
    machine: { ...machine, loadAverage: { ...machine.loadAverage, end: loadNow() } },
    settings: { repetitions, latenciesMs: LATENCIES, durationSec: Math.round((performance.now() - began) / 1000) },
    operations,
    growth,
    body,
    concurrency,
    startup,
    bundle,
    loadCost,
    postIdle,
    cycles,
    comparison,
  }
  const results: BenchResults = { ...measured, targets: judge(measured) }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(outDir, 'results.md'), renderMarkdown(results))
  writeFileSync(join(outDir, PLOT_FILE), renderWallTimePlot(comparison, LATENCIES))
  for (const t of results.targets) log(`${t.pass ? 'pass' : 'FAIL'}  ${t.target}: ${t.measured}`)
  log(`wrote ${join(outDir, 'results.json')}, results.md and ${PLOT_FILE}`)
} finally {
  removeJobDirs()
  removeNaiveDirs()
  await double.close()
}
