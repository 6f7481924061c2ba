import { spawnSync } from 'node:child_process'

/** The host the GitHub CLI knows an API by: github.com for api.github.com, HOST for https://HOST/api/v3. */
export function ghHostOf(apiUrl: string): string {
  const url = new URL(apiUrl)
  const host = url.host.toLowerCase()
  if (host === 'api.github.com') return 'github.com'
  // GitHub Enterprise Cloud with data residency serves its API at api.TENANT.ghe.com.
  if (host.startsWith('api.') && host.endsWith('.ghe.com')) return host.slice('api.'.length)
  return host
}

export type GhToken = { kind: 'token'; token: string } | { kind: 'missing' } | { kind: 'failed'; why: string }

/**
 * The token of the GitHub CLI's login for `host` (`gh auth token --hostname HOST`),
 * for people who are logged in with gh and have no token in the environment.
 */
export function ghAuthToken(host: string, env: NodeJS.ProcessEnv): GhToken {
  const result = spawnSync('gh', ['auth', 'token', '--hostname', host], {
    env,
    encoding: 'utf8',
    timeout: 10_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.error !== undefined) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    return { kind: 'failed', why: result.error.message }
  }
  const token = result.stdout.trim()
  if (result.status === 0 && token !== '' && !/\s/.test(token)) return { kind: 'token', token }
  const said = result.stderr.trim().split('\n')[0]?.trim() ?? ''
  return { kind: 'failed', why: said === '' ? `exit status ${String(result.status)}` : said.slice(0, 200) }
}
