import * as core from './workflow-commands.ts'
import { buildOctokit } from '../github/client.ts'
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
  return {
    store: octokitStore(octokit.rest.issues, ref, actionLogger, { extraTrusted, advice: ACTION_ADVICE }),
    repo: octokitRepository(octokit.rest, ref),
  }
}
