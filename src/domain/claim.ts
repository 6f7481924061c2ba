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
