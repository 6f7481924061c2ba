import { enableCompileCache } from 'node:module'

enableCompileCache()
const { runPost } = await import('./action/post-run.ts')
await runPost()
