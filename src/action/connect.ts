import * as core from '@actions/core'
import { buildOctokit } from '../github/client.ts'
import { octokitPort } from '../storage/octokit-port.ts'
import { octokitRepoPort, type RepoPort } from '../storage/repo-port.ts'
import { TaskListStore, type Logger } from '../storage/store.ts'
import type { RunnerContext } from './runner-context.ts'

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
}

export interface Connection {
  readonly store: TaskListStore
  readonly repo: RepoPort
}

/** The one GitHub client of this process, and the ports on top of it. */
export function connect(token: string, context: RunnerContext, extraTrusted: readonly string[]): Connection {
  const octokit = buildOctokit({ token, baseUrl: context.apiUrl, userAgent: 'tasklist-action/0.1', log: actionLogger })
  const ref = { owner: context.owner, repo: context.repo }
  return {
    store: new TaskListStore(octokitPort(octokit.rest.issues, ref), actionLogger, { extraTrusted }),
    repo: octokitRepoPort(octokit.rest, ref),
  }
}
