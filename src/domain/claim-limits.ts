// Kept apart from claim.ts and its schemas: every step's input parsing reads these, and start-up
// should not pay for loading zod's full API to learn a default.

/** What a step does when the task it wants is held by a live claim. */
export const ON_BUSY = ['wait', 'skip', 'fail'] as const
export type OnBusy = (typeof ON_BUSY)[number]

/** A duration the action and the CLI take: its default when none is given, and the most it may be. */
export interface DurationLimits {
  readonly defaultText: string
  readonly defaultSec: number
  readonly maxSec: number
}

/** How long a claim holds before another job may take the task over. */
export const LEASE: DurationLimits = { defaultText: '6h', defaultSec: 6 * 3600, maxSec: 7 * 86400 }
/** With on-busy wait, how long a step waits for a held task before it fails. */
export const WAIT_TIMEOUT: DurationLimits = { defaultText: '30m', defaultSec: 30 * 60, maxSec: 6 * 3600 }
