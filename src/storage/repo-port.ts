import type { Octokit } from '@octokit/rest'
import type { RepoRef } from './octokit-port.ts'

/** Repository-level GitHub calls the bot and the CLI make besides the TaskList's own issue. */
/** GitHub's repository permissions, weakest first. */
export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const
export type Permission = (typeof PERMISSIONS)[number]
/** A person's standing on the repository: a permission, or none at all. */
export type Role = Permission | 'none'
export type Reaction = 'eyes' | 'rocket' | 'confused' | '+1'
export type ReactionTarget = { readonly comment: number } | { readonly issue: number }

export interface RepoPort {
  defaultBranch(): Promise<string>
  /** The person's role on the repository, from the collaborator permission API. */
  roleOf(login: string): Promise<Role>
  /** Adds a reaction; adding one that exists already is a no-op, as on GitHub. */
  react(target: ReactionTarget, content: Reaction): Promise<void>
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>
}

export type RepoApi = {
  repos: Pick<Octokit['rest']['repos'], 'get' | 'getCollaboratorPermissionLevel'>
  reactions: Pick<Octokit['rest']['reactions'], 'createForIssueComment' | 'createForIssue'>
  actions: Pick<Octokit['rest']['actions'], 'createWorkflowDispatch'>
}

const ROLES: readonly Role[] = ['none', ...PERMISSIONS]

/** True when `role` is at least `needed`. */
export function hasRole(role: Role, needed: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}

function toRole(value: string | undefined): Role {
  return ROLES.find((role) => role === value) ?? 'none'
}

export function octokitRepoPort(api: RepoApi, repo: RepoRef): RepoPort {
  return {
    async defaultBranch() {
      return (await api.repos.get({ ...repo })).data.default_branch
    },
    async roleOf(login) {
      const { data } = await api.repos.getCollaboratorPermissionLevel({ ...repo, username: login })
      // role_name knows maintain and triage; permission is the older, coarser field.
      return toRole(data.role_name || data.permission)
    },
    async react(target, content) {
      if ('comment' in target)
        await api.reactions.createForIssueComment({ ...repo, comment_id: target.comment, content })
      else await api.reactions.createForIssue({ ...repo, issue_number: target.issue, content })
    },
    async dispatchWorkflow(workflow, ref, inputs) {
      await api.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs })
    },
  }
}
