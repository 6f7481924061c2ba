import type { Repository } from '../../storage/repository.ts'
import type { Logger } from '../../storage/logger.ts'
import type { TaskListStore } from '../../storage/store.ts'
import type { ActionInputs } from '../inputs.ts'
import type { RunnerContext } from '../runner-context.ts'

/** What every command gets: its own parsed inputs, the runner's context, the store, the log. */
export interface CommandContext<Inputs extends ActionInputs = ActionInputs> {
  readonly inputs: Inputs
  readonly runner: RunnerContext
  readonly store: TaskListStore
  readonly repo: Repository
  readonly log: Logger
}
