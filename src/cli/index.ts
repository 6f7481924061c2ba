#!/usr/bin/env node
import * as nodeModule from 'node:module'

// The bin runs on whatever `node` is first on PATH; say so plainly instead of crashing on a missing API.
const [major = 0] = process.versions.node.split('.').map(Number)
if (major < 24) {
  process.stderr.write(
    `tasklist: Node.js ${process.versions.node} is too old; tasklist needs Node.js 24 or newer, so install it (or put it first on PATH) and run tasklist again\n`,
  )
  process.exit(2)
}
// Each command is a fresh process; V8's code cache in the temp dir cuts its start-up.
nodeModule.enableCompileCache()
// `tasklist list | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
const { main } = await import('./main.ts')
process.exitCode = await main(process.argv.slice(2))
