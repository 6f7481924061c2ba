import { enableCompileCache } from 'node:module'
import { mayHoldClaim } from './action/claim-state.ts'

// Most post steps have nothing to clean up; they find that out without loading the action.
if (mayHoldClaim(process.env)) {
  enableCompileCache()
  const { runPost } = await import('./action/post-run.ts')
  await runPost()
}
