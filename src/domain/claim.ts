import { z } from 'zod'

export const isoTime = z.iso.datetime({ offset: true })

/** Links rendered into markdown: no spaces, quotes, brackets or angle brackets can break out. */
export const SafeUrlSchema = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s<>"'`()[\]{}|\\^]+$/)

/** Who holds a claim: the workflow run and job, or a person at the CLI. */
export const HolderSchema = z.object({
  run: z.string().max(40).optional(),
  attempt: z.number().int().positive().optional(),
  job: z.string().max(200).optional(),
  url: SafeUrlSchema.optional(),
  label: z.string().max(300),
})
export type Holder = z.infer<typeof HolderSchema>

/** A task's claim: one runner holds it until the lease runs out, unless renewed. */
export const ClaimSchema = z.object({
  id: z.string().max(40),
  at: isoTime,
  lease: z.number().int().positive(),
  renewed: isoTime.optional(),
  holder: HolderSchema,
})
export type Claim = z.infer<typeof ClaimSchema>

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
