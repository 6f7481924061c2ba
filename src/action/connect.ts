import * as core from './workflow-commands.ts'
import { buildOctokit } from '../github/client.ts'
import { isHttpStatus } from '../storage/github-errors.ts'
import type { Logger } from '../storage/logger.ts'
import { octokitRepository, type Repository } from '../storage/repository.ts'
import { octokitStore, type TaskListStore } from '../storage/store.ts'
import { ACTION_ADVICE } from './error-line.ts'
import type { ActionInputs } from './inputs.ts'
import type { RunnerContext } from './runner-context.ts'

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
}

export interface Connection {
  readonly store: TaskListStore
  /** The repository that holds the TaskList: its people, its reactions. */
  readonly repo: Repository
  /** The workflow's own repository, where its runs and workflows live: dispatches go here. */
  readonly workflowRepo: Repository
}

type ConnectInputs = Pick<ActionInputs, 'token' | 'trustedAuthors' | 'repository' | 'closeOnComplete'>

/** The one GitHub client of this process, and the ports on top of it. */
export function connect(inputs: ConnectInputs, context: RunnerContext): Connection {
  const octokit = buildOctokit({
    token: inputs.token,
    baseUrl: context.apiUrl,
    userAgent: 'tasklist-action/0.1',
    log: actionLogger,
  })
  const own = { owner: context.owner, repo: context.repo }
  const [owner = context.owner, repo = context.repo] = inputs.repository?.split('/') ?? []
  const target = { owner, repo }
  // A person's token can say whom it acts as (GET /user); an installation token (ghs_) cannot, so
  // GitHub names its account only on a write, which the store then removes if it is not trusted.
  let login: Promise<string | undefined> | undefined
  const whoami = inputs.token.startsWith('ghs_')
    ? undefined
    : () =>
        (login ??= octokit.rest.users.getAuthenticated().then(
          (response) => response.data.login,
          (error: unknown) => {
            if (isHttpStatus(error, 401) || isHttpStatus(error, 403) || isHttpStatus(error, 404)) return undefined
            throw error
          },
        ))
  return {
    store: octokitStore(octokit.rest.issues, target, actionLogger, {
      extraTrusted: inputs.trustedAuthors,
      advice: ACTION_ADVICE,
      closeOnComplete: inputs.closeOnComplete,
      ...(context.commentCap === undefined ? {} : { commentCap: context.commentCap }),
      ...(whoami === undefined ? {} : { whoami }),
    }),
    repo: octokitRepository(octokit.rest, target),
    workflowRepo: octokitRepository(octokit.rest, own),
  }
}
