// The shapes bench/results.json is made of. One place, so the report and the targets read the same thing.

/** What one measured operation asked of GitHub, and how long it took. */
export interface RequestCost {
  /** Every request the double answered. */
  readonly requests: number
  /** GETs, 304s included. */
  readonly reads: number
  /** GETs answered 304 Not Modified (free against GitHub's rate limit). */
  readonly notModified: number
  /** POST, PATCH, PUT, DELETE. */
  readonly writes: number
  /** Writes that created an issue or a comment (GitHub's content-creation limits count these). */
  readonly contentCreating: number
  /** The longest chain of requests that waited on each other. */
  readonly roundTrips: number
  /** `METHOD /route` → count. */
  readonly byRoute: Readonly<Record<string, number>>
}

export interface Timing {
  /** Median wall time of the step processes, spawn to exit, as a runner sees it. */
  readonly wallMs: number
  /** Median time from the first request's arrival to the last response. */
  readonly networkSpanMs: number
  /** Every repetition's wall time, for the spread. */
  readonly samplesMs: readonly number[]
  /** Median time from spawning the (first) step to its first request reaching the double: its start-up. */
  readonly toFirstRequestMs?: number
}

export interface OperationResult {
  readonly name: string
  readonly description: string
  readonly cost: RequestCost
  /** `run` only: round trips (and requests) completed before the user's command started. */
  readonly beforeCommand?: { readonly roundTrips: number; readonly requests: number }
  /** Wall time by injected latency, keyed by latency in ms ("0", "100"). */
  readonly timing: Readonly<Record<string, Timing>>
  /** Time the process waited right before its writes (after its first), at 0 ms latency, median of the repetitions: its own work, not pacing. */
  readonly idleBeforeWritesMs: number
  /** The counts of every repetition matched (false would mean a count is not deterministic). */
  readonly stableCounts: boolean
  /** `resume` only: the tasks the step ran, to state its cost per task. */
  readonly tasks?: number
  /** Per step of a multi-step operation (the reference scenario). */
  readonly steps?: ReadonlyArray<{
    readonly step: string
    readonly cost: RequestCost
    readonly idleBeforeWritesMs: number
  }>
}

export interface GrowthRow {
  readonly operation: string
  /** The size that grows: tasks in the TaskList, or records in its log. */
  readonly size: number
  /** Records newer than the snapshot in the body (0: the body is current). */
  readonly lag?: number
  readonly cost: RequestCost
  readonly timing: Readonly<Record<string, Timing>>
  /** Characters of the issue body when measured. */
  readonly bodyChars: number
}

export interface BodySizeRow {
  readonly tasks: number
  readonly nameLength: number
  /** What the tasks look like: freshly created, all finished, or all running. */
  readonly state: BodyState
  /** null: it does not fit at any detail level. */
  readonly chars: number | null
  readonly detail: Detail | null
}

export type BodyState = 'pending' | 'finished' | 'running'
export type Detail = 'full' | 'compact' | 'minimal' | 'lean'

export interface BodyLimitRow {
  readonly nameLength: number
  readonly state: BodyState
  /** Largest task count the action accepts whose body fits GitHub's 65,536 characters. */
  readonly maxTasks: number
  /** True when the action's own task limit (MAX_TASKS), not the body, is what stops it. */
  readonly cappedByTaskLimit: boolean
  /** Largest task count whose body fits, ignoring the action's task limit. */
  readonly bodyLimitTasks: number
  /** Task counts at which the body first drops to each detail level. */
  readonly detailFrom: Readonly<Partial<Record<Detail, number>>>
}

export interface RunningLimitRow {
  readonly tasks: number
  readonly nameLength: number
  /** Most tasks that can be IN_PROGRESS at once, the others finished; -1: none fit. */
  readonly maxRunning: number
}

export interface ConcurrencyRow {
  readonly jobs: number
  readonly command: string
  readonly latencyMs: number
  readonly requests: number
  readonly reads: number
  readonly notModified: number
  readonly writes: number
  readonly contentCreating: number
  readonly bodyPatches: number
  /** Launch to the moment the last job's final record comment was created. */
  readonly allRecordsLandedMs: number
  /** Launch to the exit of the last job's step. */
  readonly allStepsDoneMs: number
  /** Where a typical job's time went: launch to its first request, first request to last response, last response to exit. */
  readonly medianJobPhasesMs: { readonly startup: number; readonly requests: number; readonly exit: number }
  /** Most body PATCHes one job made (its publish kept seeing newer records). */
  readonly maxBodyPatchesPerJob: number
  /** Launch to the first request of the last job to send one: process start-up under contention. */
  readonly lastJobFirstRequestMs: number
  /** The longest time one job spent between its first request and its last response. */
  readonly maxJobSpanMs: number
  /** Per job, first request to last response: its critical path, median over the jobs. */
  readonly medianJobSpanMs: number
  /**
   * Per job, how long its step's main thread waited for a core within that path (the kernel's run-queue
   * delay), median. A lower bound of what sharing the machine cost it: its bash, the libuv pool's
   * threads and the double (in the bench process) wait for cores too.
   */
  readonly medianCoreWaitMs: number
  /** Slowest job's longest request chain. */
  readonly maxRoundTripsPerJob: number
  /** Most writes one job made (each write after the first waits ≥ 1 s: the client's write pacing). */
  readonly maxWritesPerJob: number
  /** Lower bound of the slowest job's requests on any machine: (writes − 1) × 1 s of pacing + round trips × latency. */
  readonly floorMs: number
  /** 1-minute load average of the machine just before the launch. */
  readonly loadAverage: number
  /** CPU the bench process itself (the double, the forwarder, the job bookkeeping) used meanwhile. */
  readonly benchCpuMs: number
  readonly meanRequestsPerJob: number
  readonly failedSteps: number
  /** Jobs whose reported status differs from the status the record holds. */
  readonly lostUpdates: number
  /** Tasks whose status in the issue body differs from the record after every job finished. */
  readonly bodyBehind: number
  readonly violations: number
}

export interface StartupResult {
  readonly runs: number
  readonly command: string
  readonly bareNode: { readonly medianMs: number; readonly minMs: number; readonly maxMs: number }
  readonly action: {
    readonly coldMs: number
    readonly medianMs: number
    readonly minMs: number
    readonly maxMs: number
  }
  /** Warm median over bare node's median. */
  readonly ratio: number
  readonly coldRatio: number
  /** CPU time (user + system) per start, mean over the runs: less sensitive to other load on the machine. */
  readonly cpu: { readonly bareNodeMs: number; readonly actionMs: number; readonly ratio: number }
}

export interface BundleResult {
  /** dist/index.js and the chunks it loads (dist/*.index.js). */
  readonly mainBytes: number
  readonly mainFiles: ReadonlyArray<{ readonly file: string; readonly bytes: number }>
  /** Everything under dist/, the post entry and licences included. */
  readonly distBytes: number
}

export interface Machine {
  readonly cpuModel: string
  readonly cores: number
  readonly memoryGiB: number
  readonly node: string
  readonly platform: string
  readonly date: string
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  readonly loadAverage: { readonly start: number; readonly end?: number }
}

export interface TargetResult {
  readonly target: string
  readonly measured: string
  readonly pass: boolean
  readonly note?: string
}

export interface CommandLoad {
  readonly command: string
  /** Files of dist/ the command loaded, in order. */
  readonly files: readonly string[]
  readonly bytes: number
  /** Importing those files in a fresh process: empty compile cache, and the cache that left. */
  readonly coldMs: number
  readonly warmMs: number
}

export interface LoadCostResult {
  readonly method: string
  readonly commands: readonly CommandLoad[]
}

/** The post step of a step that claimed nothing, against bare node. */
export interface PostIdleResult {
  readonly runs: number
  readonly bareNodeMs: number
  readonly postMs: number
  readonly ratio: number
  readonly cpu: { readonly bareNodeMs: number; readonly postMs: number; readonly ratio: number }
}

/** Start/fail cycles in sequence, one process per transition. */
export interface CyclesResult {
  readonly cycles: number
  readonly processes: number
  readonly latencyMs: number
  readonly totalMs: number
  readonly perTransitionMs: number
  readonly requests: number
  readonly loadAverage: number
}

/** One implementation's figures for one operation. */
export interface Figures {
  readonly requests: number
  readonly roundTrips: number
  /** Wall time by latency ("0", "100"). */
  readonly wallMs: Readonly<Record<string, number>>
}

/** One operation three ways: this action, the naive reference action, and the physical limit. */
export interface ComparisonRow {
  readonly operation: string
  readonly action: Figures
  readonly naive: Figures
  readonly limit: Figures & {
    /** Processes the operation needs (each costs a bare node start-up). */
    readonly steps: number
    /** What the limit's round trips are. */
    readonly why: string
  }
}

export interface Comparison {
  /** Bare node's start-up, spawn to exit, which the limit charges per step. */
  readonly bareNodeMs: number
  readonly rows: readonly ComparisonRow[]
  /** The naive action under the same 50 concurrent runs as this action. */
  readonly naiveConcurrency: ConcurrencyRow
}

export interface BenchResults {
  readonly machine: Machine
  readonly settings: {
    readonly repetitions: number
    readonly latenciesMs: readonly number[]
    readonly durationSec?: number
  }
  readonly operations: readonly OperationResult[]
  readonly growth: {
    readonly byTasks: readonly GrowthRow[]
    readonly byRecords: readonly GrowthRow[]
    readonly byLag: readonly GrowthRow[]
  }
  readonly body: {
    readonly sizes: readonly BodySizeRow[]
    readonly limits: readonly BodyLimitRow[]
    readonly running: readonly RunningLimitRow[]
  }
  readonly concurrency: readonly ConcurrencyRow[]
  readonly startup: StartupResult
  readonly bundle: BundleResult
  readonly loadCost: LoadCostResult
  readonly postIdle: PostIdleResult
  readonly cycles: CyclesResult
  readonly comparison: Comparison
  readonly targets: readonly TargetResult[]
}
