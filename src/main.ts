import * as core from './action/workflow-commands.ts'
import { errorLine } from './action/error-line.ts'
import { parseInputs } from './action/inputs.ts'
import { readRunnerContext } from './action/runner-context.ts'

export async function run(): Promise<void> {
  let repository: string | undefined
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    repository = inputs.repository
    core.setSecret(inputs.token)
    const runner = readRunnerContext(process.env)
    // Octokit is loaded only once the inputs are known to be good.
    const { connect, actionLogger } = await import('./action/connect.ts')
    const { dispatch } = await import('./action/dispatch.ts')
    const { store, repo, workflowRepo } = connect(inputs, runner)
    await dispatch({ inputs, runner, store, repo, workflowRepo, log: actionLogger })
  } catch (error) {
    if (error instanceof Error && error.stack !== undefined) core.debug(error.stack)
    core.setFailed(errorLine(error, repository))
  }
}
