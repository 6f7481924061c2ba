/**
 * Where a claim is kept between the steps of a job, in names only: this module imports nothing,
 * so the post step can tell that it has nothing to clean up before loading anything else.
 */
export const RELEASED = 'released'
export const CLAIM_STATE_KEY = 'claim'

export function claimVariable(tasklistId: number, taskId: string): string {
  return `TASKLIST_CLAIM_${tasklistId}_${taskId.toUpperCase()}`
}

/**
 * False when the post step certainly has nothing to do: this step saved no claim, or a later
 * step released it. A saved value that does not parse is left to the full check to report.
 */
export function mayHoldClaim(env: NodeJS.ProcessEnv): boolean {
  // The runner hands a step's saved state to its post step as STATE_<key>.
  const raw = env[`STATE_${CLAIM_STATE_KEY}`] ?? ''
  if (raw === '') return false
  try {
    const saved: unknown = JSON.parse(raw)
    if (typeof saved !== 'object' || saved === null) return true
    const { tasklistId, taskId } = saved as { tasklistId?: unknown; taskId?: unknown }
    if (typeof tasklistId !== 'number' || typeof taskId !== 'string') return true
    return env[claimVariable(tasklistId, taskId)] !== RELEASED
  } catch {
    return true
  }
}
