import * as core from '@actions/core'
import { buildOctokit } from '../github/client.ts'
import { octokitPort } from '../storage/octokit-port.ts'
import { TaskListStore, type Logger } from '../storage/store.ts'
import type { RunnerContext } from './runner-context.ts'

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
}

/** The one GitHub client of this process, and the store on top of it. */
export function connect(token: string, context: RunnerContext, extraTrusted: readonly string[]): TaskListStore {
  const octokit = buildOctokit({ token, baseUrl: context.apiUrl, userAgent: 'tasklist-action/0.1', log: actionLogger })
  return new TaskListStore(octokitPort(octokit.rest.issues, { owner: context.owner, repo: context.repo }), actionLogger, { extraTrusted })
}
