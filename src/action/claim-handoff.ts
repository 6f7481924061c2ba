import * as core from './workflow-commands.ts'
import { z } from 'zod'
import { CLAIM_STATE_KEY, claimVariable, RELEASED } from './claim-state.ts'

/**
 * How steps of one job hand a claim to each other: `start` exports the claim
 * id for a later `complete` or `fail`, and saves it for its own post step,
 * which fails the task as interrupted if the job ends while it is still held.
 */

export function heldClaim(tasklistId: number, taskId: string): string | undefined {
  const value = process.env[claimVariable(tasklistId, taskId)]
  return value === undefined || value === '' || value === RELEASED ? undefined : value
}

export function isReleased(tasklistId: number, taskId: string): boolean {
  return process.env[claimVariable(tasklistId, taskId)] === RELEASED
}

export function exportClaim(tasklistId: number, taskId: string, claimId: string): void {
  core.exportVariable(claimVariable(tasklistId, taskId), claimId)
}

export function releaseClaim(tasklistId: number, taskId: string): void {
  core.exportVariable(claimVariable(tasklistId, taskId), RELEASED)
}

const PendingSchema = z.object({
  op: z.enum(['complete', 'fail']),
  exitCode: z.number().int(),
  message: z.string().optional(),
})
export type PendingOutcome = z.infer<typeof PendingSchema>

const SavedClaimSchema = z.object({
  tasklistId: z.number().int().positive(),
  task: z.string(),
  taskId: z.string(),
  claimId: z.string(),
  /** What `run` learned but may not have managed to record. */
  pending: PendingSchema.optional(),
})
export type SavedClaim = z.infer<typeof SavedClaimSchema>

export function saveClaimForPost(claim: SavedClaim | undefined): void {
  core.saveState(CLAIM_STATE_KEY, claim === undefined ? '' : JSON.stringify(claim))
}

export function savedClaim(): SavedClaim | undefined {
  const raw = core.getState(CLAIM_STATE_KEY)
  if (raw === '') return undefined
  try {
    const parsed = SavedClaimSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
