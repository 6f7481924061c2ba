// Standalone double for out-of-process use (benchmarks, demos, process-level chaos tests):
//   node test/double/main.ts [--port N] [--latency-ms N] [--jitter-ms N] [--seed N] [--path-prefix /api/v3]
//                            [--comment-cap N]
// Prints one JSON line {"apiUrl": ..., "controlUrl": ...} once listening; runs until SIGTERM/SIGINT.
import { parseArgs } from 'node:util'
import { startGitHubDouble } from './index.ts'

function int(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${value}`)
  return n
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'latency-ms': { type: 'string' },
    'jitter-ms': { type: 'string' },
    seed: { type: 'string' },
    'path-prefix': { type: 'string' },
    'server-url': { type: 'string' },
    'comment-cap': { type: 'string' },
  },
  strict: true,
})

const double = await startGitHubDouble({
  port: int(values.port, 'port'),
  latencyMs: int(values['latency-ms'], 'latency-ms'),
  jitterMs: int(values['jitter-ms'], 'jitter-ms'),
  seed: int(values.seed, 'seed'),
  pathPrefix: values['path-prefix'],
  serverUrl: values['server-url'],
  ...(values['comment-cap'] === undefined ? {} : { limits: { commentCap: int(values['comment-cap'], 'comment-cap') } }),
})
process.stdout.write(
  `${JSON.stringify({ apiUrl: double.apiUrl, controlUrl: double.controlUrl, serverUrl: double.serverUrl })}\n`,
)

let stopping = false
const stop = (): void => {
  if (stopping) return
  stopping = true
  double.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
