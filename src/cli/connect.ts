import type { Holder } from '../domain/claim.ts'
import type { TasklistOctokit } from '../github/client.ts'
import { isHttpStatus } from '../storage/github-errors.ts'
import type { Logger } from '../storage/logger.ts'
import { octokitRepository } from '../storage/repository.ts'
import { octokitStore } from '../storage/store.ts'
import type { CliConfig } from './config.ts'
import type { CliContext } from './context.ts'
import { CLI_ADVICE } from './errors.ts'
import type { Output } from './output.ts'

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
  const store = octokitStore(octokit.rest.issues, repoRef, log, { advice: CLI_ADVICE })
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
  return {
    config,
    octokit,
    store,
    repository: octokitRepository(octokit.rest, repoRef),
    out,
    log,
    holder,
    holderUrl,
    whoami,
    env,
  }
}
