import type { RepoRef } from './octokit-port.ts'
import {
  octokitRepoPort,
  type Reaction,
  type ReactionTarget,
  type RepoApi,
  type RepoPort,
  type Role,
} from './repo-port.ts'

export {
  hasRole,
  PERMISSIONS,
  type Permission,
  type Reaction,
  type ReactionTarget,
  type RepoApi,
  type Role,
} from './repo-port.ts'

/** The repository-level calls the bot and the CLI make besides a TaskList's own issue. */
export class Repository {
  private readonly port: RepoPort

  constructor(port: RepoPort) {
    this.port = port
  }

  defaultBranch(): Promise<string> {
    return this.port.defaultBranch()
  }

  /** The person's role on the repository, from the collaborator permission API. */
  roleOf(login: string): Promise<Role> {
    return this.port.roleOf(login)
  }

  /** Adds a reaction; adding one that exists already is a no-op, as on GitHub. */
  react(target: ReactionTarget, content: Reaction): Promise<void> {
    return this.port.react(target, content)
  }

  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
    return this.port.dispatchWorkflow(workflow, ref, inputs)
  }
}

/** The repository calls on Octokit for one repository. */
export function octokitRepository(api: RepoApi, repo: RepoRef): Repository {
  return new Repository(octokitRepoPort(api, repo))
}
