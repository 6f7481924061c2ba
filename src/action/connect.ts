import * as core from '@actions/core'
import { buildOctokit } from '../github/client.ts'
import { isHttpStatus } from '../storage/github-errors.ts'
import type { Logger } from '../storage/logger.ts'
import { octokitRepository, type Repository } from '../storage/repository.ts'
import { octokitStore, type TaskListStore } from '../storage/store.ts'
import { ACTION_ADVICE } from './error-line.ts'
import type { RunnerContext } from './runner-context.ts'

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
}

export interface Connection {
  readonly store: TaskListStore
  readonly repo: Repository
}

/** The one GitHub client of this process, and the ports on top of it. */
export function connect(token: string, context: RunnerContext, extraTrusted: readonly string[]): Connection {
  const octokit = buildOctokit({ token, baseUrl: context.apiUrl, userAgent: 'tasklist-action/0.1', log: actionLogger })
  const ref = { owner: context.owner, repo: context.repo }
  // A person's token can say whom it acts as (GET /user); an installation token (ghs_) cannot, so
  // GitHub names its account only on a write, which the store then removes if it is not trusted.
  let login: Promise<string | undefined> | undefined
  const whoami = token.startsWith('ghs_')
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
    store: octokitStore(octokit.rest.issues, ref, actionLogger, {
      extraTrusted,
      advice: ACTION_ADVICE,
      ...(context.commentCap === undefined ? {} : { commentCap: context.commentCap }),
      ...(whoami === undefined ? {} : { whoami }),
    }),
    repo: octokitRepository(octokit.rest, ref),
  }
}
