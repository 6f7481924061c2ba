import { enableCompileCache } from 'node:module'

// Every step of a job starts this bundle anew; V8's code cache in the temp dir halves that start-up.
enableCompileCache()
const { run } = await import('./main.ts')
await run()
