import { execFileSync } from 'node:child_process'

export interface RemoteRepo {
  readonly host: string
  readonly owner: string
  readonly repo: string
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const NAME = /^[A-Za-z0-9._-]{1,100}$/

function split(host: string, path: string): RemoteRepo | undefined {
  const parts = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
  if (parts.length !== 2) return undefined
  const [owner, repo] = parts
  if (
    owner === undefined ||
    repo === undefined ||
    !OWNER.test(owner) ||
    !NAME.test(repo) ||
    repo === '.' ||
    repo === '..'
  )
    return undefined
  return { host: host.toLowerCase(), owner, repo }
}

/**
 * The repository a git remote URL points at: https (with or without
 * credentials or .git), ssh:// and scp-like `git@host:owner/name.git`, on
 * github.com or a GitHub Enterprise Server host. `undefined` for anything else.
 */
export function parseRemoteUrl(url: string): RemoteRepo | undefined {
  const text = url.trim()
  if (!text.includes('://')) {
    // scp-like: [user@]host:owner/name(.git)
    const scp = /^(?:[^@/\s]+@)?([^:/\s]{2,}):\/?([^\s]+)$/.exec(text)
    return scp?.[1] === undefined || scp[2] === undefined ? undefined : split(scp[1], scp[2])
  }
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return undefined
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol) || parsed.hostname === '')
    return undefined
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return undefined
  }
  return split(parsed.hostname, path)
}

export type RemoteLookup = { kind: 'found'; url: string; repo: RemoteRepo } | { kind: 'problem'; problem: string }

/** Reads `git remote get-url origin` in `cwd`. */
export function originRemote(cwd: string): RemoteLookup {
  let url: string
  try {
    url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10_000,
    }).trim()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') return { kind: 'problem', problem: 'git is not installed' }
    const raw = (error as { stderr?: unknown }).stderr
    const stderr = typeof raw === 'string' ? raw : ''
    if (/not a git repository/i.test(stderr)) return { kind: 'problem', problem: `${cwd} is not in a git repository` }
    if (/no such remote/i.test(stderr))
      return { kind: 'problem', problem: `the git repository in ${cwd} has no remote 'origin'` }
    return {
      kind: 'problem',
      problem: `'git remote get-url origin' failed: ${stderr.trim().split('\n')[0] ?? 'no output'}`,
    }
  }
  const repo = parseRemoteUrl(url)
  if (repo === undefined)
    return { kind: 'problem', problem: `the remote 'origin' (${redact(url)}) is not a GitHub repository URL` }
  return { kind: 'found', url, repo }
}

/** Remote URLs may carry credentials; never print them. */
function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@').slice(0, 200)
}
