import type { Holder } from '../domain/snapshot.ts'
import type { TasklistOctokit } from '../github/client.ts'
import { isHttpStatus, type GitHubAdvice } from '../storage/github-errors.ts'
import { octokitPort } from '../storage/octokit-port.ts'
import { octokitRepoPort } from '../storage/repo-port.ts'
import { TaskListStore, type Logger } from '../storage/store.ts'
import type { CliConfig } from './config.ts'
import type { CliContext } from './context.ts'
import type { Output } from './output.ts'

/** At a terminal, name the variables that hold the token and the access it needs. */
export const CLI_ADVICE: GitHubAdvice = {
  token: 'set GITHUB_TOKEN or GH_TOKEN to a valid token',
  access: 'use a token with write access to issues in this repository (Issues: Read and write for a fine-grained token; actions write to dispatch workflows)',
}

export interface ContextInput {
  readonly config: CliConfig
  /** The one client of this process, built by main. */
  readonly octokit: TasklistOctokit
  readonly out: Output
  readonly log: Logger
  readonly holder: Holder
  readonly holderUrl: string | undefined
  readonly env: NodeJS.ProcessEnv
}

/** The store and repository calls on top of the process's one GitHub client. */
export function cliContext({ config, octokit, out, log, holder, holderUrl, env }: ContextInput): CliContext {
  const repoRef = { owner: config.owner, repo: config.repo }
  const store = new TaskListStore(octokitPort(octokit.rest.issues, repoRef), log, { advice: CLI_ADVICE })
  let login: Promise<string | undefined> | undefined
  const whoami = () => {
    login ??= octokit.rest.users.getAuthenticated().then(
      (response) => response.data.login,
      (error: unknown) => {
        // GITHUB_TOKEN and app installation tokens cannot read /user; the fold's author check still holds.
        if (isHttpStatus(error, 403) || isHttpStatus(error, 404)) return undefined
        throw error
      },
    )
    return login
  }
  return { config, octokit, store, repoPort: octokitRepoPort(octokit.rest, repoRef), out, log, holder, holderUrl, whoami, env }
}
