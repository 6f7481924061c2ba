/** Every error the action reports is one line that names the problem and the fix. */
export class TaskListError extends Error {
  override readonly name: string = 'TaskListError'
}

/** Bad input: nothing was written to GitHub. */
export class InputError extends TaskListError {}

export class NotATaskListError extends TaskListError {}

export class StateValidationError extends TaskListError {}

export class UnknownTaskError extends TaskListError {}

export class IllegalTransitionError extends TaskListError {}

/** Another job holds the task. */
export class TaskBusyError extends TaskListError {}

/** A write that GitHub refused or that could not be confirmed. */
export class WriteError extends TaskListError {}

/** A read from GitHub that failed after retries. */
export class ReadError extends TaskListError {}
