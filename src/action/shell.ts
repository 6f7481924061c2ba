import { spawn } from 'node:child_process'

export interface ShellResult {
  readonly exitCode: number
  /** The last lines the command printed, stdout and stderr interleaved. */
  readonly tail: string
}

const TAIL_LINES = 50
/** How long a stopped command may take to exit before it is killed. */
const KILL_AFTER_MS = 5000

/**
 * Runs a command under bash as a `run:` step would (errexit, pipefail), in the
 * workspace, streaming its output to the log while keeping the last lines.
 */
export function runShell(
  script: string,
  cwd: string,
  onSpawn: (stop: (signal: NodeJS.Signals) => void) => void = () => undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a cancellation reaches every process the command started.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
      detached: true,
    })
    const lines: string[] = []
    let partial = ''
    const keep = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8')
      const parts = text.split('\n')
      partial = parts.pop() ?? ''
      lines.push(...parts)
      if (lines.length > TAIL_LINES * 4) lines.splice(0, lines.length - TAIL_LINES)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      keep(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk)
      keep(chunk)
    })
    child.on('error', (error) => reject(new Error(`could not start bash: ${error.message}`)))
    child.on('close', (code, signal) => {
      if (partial !== '') lines.push(partial)
      resolve({
        exitCode: code ?? 128 + signalNumber(signal),
        tail: lines.slice(-TAIL_LINES).join('\n'),
      })
    })
    let exited = false
    child.on('exit', () => {
      exited = true
    })
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal)
      } catch {
        // Already gone.
      }
    }
    onSpawn((signal) => {
      signalGroup(signal)
      setTimeout(() => {
        if (!exited) signalGroup('SIGKILL')
      }, KILL_AFTER_MS).unref()
    })
  })
}

function signalNumber(signal: NodeJS.Signals | null): number {
  switch (signal) {
    case 'SIGINT':
      return 2
    case 'SIGKILL':
      return 9
    case 'SIGTERM':
      return 15
    default:
      return 1
  }
}
