import type { Holder } from '../domain/claim.ts'
import { InputError } from '../storage/errors.ts'

/** What the runner tells a step about where it runs. */
export interface RunnerContext {
  readonly owner: string
  readonly repo: string
  readonly apiUrl: string
  readonly serverUrl: string
  readonly runId: string | undefined
  readonly runAttempt: number | undefined
  readonly job: string | undefined
  readonly workspace: string
  readonly eventName: string | undefined
  readonly eventPath: string | undefined
}

export function readRunnerContext(env: NodeJS.ProcessEnv): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, extra] = repository.split('/')
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || extra !== undefined) {
    throw new InputError(
      `GITHUB_REPOSITORY is '${repository}', not owner/name; run the action in a GitHub Actions job, which sets it`,
    )
  }
  const attempt = Number(env.GITHUB_RUN_ATTEMPT)
  return {
    owner,
    repo,
    apiUrl: nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com',
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
    runId: nonEmpty(env.GITHUB_RUN_ID),
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : undefined,
    job: nonEmpty(env.GITHUB_JOB),
    workspace: nonEmpty(env.GITHUB_WORKSPACE) ?? process.cwd(),
    eventName: nonEmpty(env.GITHUB_EVENT_NAME),
    eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/** The run and job that hold a claim, as shown in comments and checked on takeover. */
export function workflowHolder(context: RunnerContext): Holder {
  const attempt = context.runAttempt ?? 1
  if (context.runId === undefined)
    return { label: `job ${context.job ?? 'unknown'}`, ...(context.job === undefined ? {} : { job: context.job }) }
  return {
    run: context.runId,
    attempt,
    ...(context.job === undefined ? {} : { job: context.job }),
    url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`,
    label: `run ${context.runId}${attempt > 1 ? ` attempt ${attempt}` : ''}${context.job === undefined ? '' : `, job ${context.job}`}`,
  }
}
