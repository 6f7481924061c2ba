import { UsageError } from './errors.ts'
import { ghAuthToken, ghHostOf } from './gh-token.ts'
import { originRemote, type RemoteRepo } from './git-remote.ts'

/** Where and as whom the CLI talks to GitHub. */
export interface CliConfig {
  readonly owner: string
  readonly repo: string
  /** owner/name */
  readonly fullName: string
  readonly apiUrl: string
  readonly token: string
}

export interface ConfigSources {
  readonly repo: string | undefined
  readonly apiUrl: string | undefined
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

const REPO_PATTERN = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/
const DEFAULT_API = 'https://api.github.com'

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function parseRepoOption(text: string): { owner: string; repo: string } {
  const match = REPO_PATTERN.exec(text.trim().replace(/\.git$/, ''))
  if (match?.[1] === undefined || match[2] === undefined || match[2] === '.' || match[2] === '..') {
    throw new UsageError(`--repo must be owner/name, such as octo-org/migrations; got '${text.slice(0, 100)}'`)
  }
  return { owner: match[1], repo: match[2] }
}

function parseApiUrl(text: string, source: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(
      `${source} must be the URL of the GitHub API, such as https://github.example.com/api/v3; got '${text.slice(0, 100)}'`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(
      `${source} must be an http(s) URL, such as https://github.example.com/api/v3; got '${text.slice(0, 100)}'`,
    )
  }
  return text.replace(/\/+$/, '')
}

/** GitHub Enterprise Server serves its API under /api/v3 of the host people clone from. */
function apiForHost(host: string): string {
  return host === 'github.com' || host === 'www.github.com' ? DEFAULT_API : `https://${host}/api/v3`
}

/**
 * Resolves the repository (--repo, else the git remote 'origin'), the API URL
 * (--api-url, GITHUB_API_URL, the remote's host, github.com) and the token
 * (GITHUB_TOKEN, then GH_TOKEN, then the GitHub CLI's login for the API's
 * host). Every problem is a UsageError: nothing has been sent to GitHub yet.
 */
export function resolveConfig(sources: ConfigSources): CliConfig {
  let target: { owner: string; repo: string }
  let remote: RemoteRepo | undefined
  if (sources.repo !== undefined) {
    target = parseRepoOption(sources.repo)
  } else {
    const lookup = originRemote(sources.cwd)
    if (lookup.kind === 'problem') {
      throw new UsageError(
        `no repository given and ${lookup.problem}; pass --repo owner/name, or run tasklist inside a clone of the GitHub repository`,
      )
    }
    remote = lookup.repo
    target = { owner: remote.owner, repo: remote.repo }
  }
  const explicitApi = nonEmpty(sources.apiUrl)
  const envApi = nonEmpty(sources.env.GITHUB_API_URL)
  const apiUrl =
    explicitApi !== undefined
      ? parseApiUrl(explicitApi, '--api-url')
      : envApi !== undefined
        ? parseApiUrl(envApi, 'GITHUB_API_URL')
        : remote === undefined
          ? DEFAULT_API
          : apiForHost(remote.host)
  const fullName = `${target.owner}/${target.repo}`
  const token =
    nonEmpty(sources.env.GITHUB_TOKEN) ?? nonEmpty(sources.env.GH_TOKEN) ?? ghLogin(apiUrl, fullName, sources.env)
  return { owner: target.owner, repo: target.repo, fullName, apiUrl, token }
}

/** Without a token in the environment, the login people already have: the GitHub CLI's, for this host. */
function ghLogin(apiUrl: string, fullName: string, env: NodeJS.ProcessEnv): string {
  const host = ghHostOf(apiUrl)
  const found = ghAuthToken(host, env)
  if (found.kind === 'token') return found.token
  const ways = `set GITHUB_TOKEN or GH_TOKEN to a token that can write issues in ${fullName}, or log in with the GitHub CLI: gh auth login --hostname ${host}`
  if (found.kind === 'missing')
    throw new UsageError(
      `no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and the GitHub CLI (gh) is not installed; ${ways}`,
    )
  throw new UsageError(
    `no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and 'gh auth token --hostname ${host}' failed (${found.why}); ${ways}`,
  )
}
