import type { Holder } from '../domain/claim.ts'
import type { TasklistOctokit } from '../github/client.ts'
import type { Repository } from '../storage/repository.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { CliConfig } from './config.ts'
import type { Output } from './output.ts'

/** What a command that talks to GitHub gets: one client for the whole process, and the store on it. */
export interface CliContext {
  readonly config: CliConfig
  readonly octokit: TasklistOctokit
  readonly store: TaskListStore
  readonly repository: Repository
  readonly out: Output
  readonly log: Logger
  readonly holder: Holder
  /** --holder-url as given, passed on to the demo's second process. */
  readonly holderUrl: string | undefined
  /** The login behind the token, when GitHub tells (installation tokens cannot read /user). */
  readonly whoami: () => Promise<string | undefined>
  readonly env: NodeJS.ProcessEnv
}
