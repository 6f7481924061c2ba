// Who may see and change what, approximating GitHub's rules for installation tokens (bots) and users.
import { forbidden, notFound } from './errors.ts'
import type { RepoRec, Role, TokenRec, UserRec } from './store.ts'

export interface Principal {
  token: TokenRec
  user: UserRec
}

const ROLE_RANK: Record<Role, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }

export const INTEGRATION_DENIED = 'Resource not accessible by integration'
export const PAT_DENIED = 'Resource not accessible by personal access token'
export const USER_DENIED = 'Must have admin rights to Repository.'

export function isBot(p: Principal): boolean {
  return p.user.type === 'Bot'
}

export function roleOf(repo: RepoRec, login: string): Role | undefined {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin'
  return repo.collaborators.get(login.toLowerCase())
}

export function hasRole(repo: RepoRec, login: string, atLeast: Role): boolean {
  const role = roleOf(repo, login)
  return role !== undefined && ROLE_RANK[role] >= ROLE_RANK[atLeast]
}

/** Unknown and invisible repositories look the same: 404, so tokens cannot probe for private repos. */
export function canSee(p: Principal, repo: RepoRec): boolean {
  const scoped = p.token.repositories
  if (scoped !== undefined && !scoped.includes(repo.fullName.toLowerCase())) return false
  if (isBot(p)) return true
  return !repo.private || roleOf(repo, p.user.login) !== undefined
}

function grant(p: Principal, scope: 'issues' | 'actions'): 'none' | 'read' | 'write' {
  const perms = p.token.permissions
  if (perms === undefined) return 'write'
  return perms[scope] ?? 'none'
}

function denied(p: Principal, doc: string | undefined): Error {
  if (isBot(p)) return forbidden(INTEGRATION_DENIED, doc)
  return forbidden(p.token.permissions === undefined ? USER_DENIED : PAT_DENIED, doc)
}

export function requireVisible(p: Principal, repo: RepoRec | undefined, doc?: string): RepoRec {
  if (repo === undefined || !canSee(p, repo)) throw notFound(doc)
  return repo
}

export function requireScope(p: Principal, scope: 'issues' | 'actions', level: 'read' | 'write', doc?: string): void {
  const g = grant(p, scope)
  if (g === 'none' || (level === 'write' && g !== 'write')) throw denied(p, doc)
}

/**
 * Setting labels through the issues API: apps with issues write, or users with push access. GitHub's docs:
 * "Only users with push access can set labels for new issues. Labels are silently dropped otherwise."
 */
export function canLabel(p: Principal, repo: RepoRec): boolean {
  return isBot(p) ? grant(p, 'issues') === 'write' : hasRole(repo, p.user.login, 'write')
}

/** Locking a conversation: "Users with push access can lock an issue or pull request's conversation." */
export function requireLocker(p: Principal, repo: RepoRec, doc?: string): void {
  requireScope(p, 'issues', 'write', doc)
  if (isBot(p) || hasRole(repo, p.user.login, 'write')) return
  throw denied(p, doc)
}

/**
 * On a locked conversation only people with write access may comment. Apps may lock and unlock it,
 * but not comment on it, GITHUB_TOKEN's github-actions[bot] included: GitHub answers them 403.
 */
export function canCommentWhenLocked(p: Principal, repo: RepoRec): boolean {
  return !isBot(p) && hasRole(repo, p.user.login, 'write')
}

/** Creating labels that do not exist yet needs push access. */
export function canCreateLabels(p: Principal, repo: RepoRec): boolean {
  return isBot(p) ? grant(p, 'issues') === 'write' : hasRole(repo, p.user.login, 'write')
}

/** Issue authors may edit their own issues; otherwise triage and above (or apps with issues write). */
export function requireIssueEditor(p: Principal, repo: RepoRec, authorLogin: string, doc?: string): void {
  requireScope(p, 'issues', 'write', doc)
  if (isBot(p) || authorLogin.toLowerCase() === p.user.login.toLowerCase() || hasRole(repo, p.user.login, 'triage'))
    return
  throw denied(p, doc)
}

/**
 * Comment authors may edit and delete their own comments; write, maintain and admin may edit and delete
 * anyone's ("Edit and delete anyone's comments" in GitHub's roles table); read and triage may not.
 */
export function requireCommentEditor(p: Principal, repo: RepoRec, authorLogin: string, doc?: string): void {
  requireScope(p, 'issues', 'write', doc)
  if (isBot(p) || authorLogin.toLowerCase() === p.user.login.toLowerCase() || hasRole(repo, p.user.login, 'write'))
    return
  throw denied(p, doc)
}

export function requireDispatcher(p: Principal, repo: RepoRec, doc?: string): void {
  requireScope(p, 'actions', 'write', doc)
  if (isBot(p) || hasRole(repo, p.user.login, 'write')) return
  throw denied(p, doc)
}

/** GitHub's author_association, without org membership or commit history (MEMBER/CONTRIBUTOR). */
export function authorAssociation(repo: RepoRec, login: string): 'OWNER' | 'COLLABORATOR' | 'NONE' {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER'
  return repo.collaborators.has(login.toLowerCase()) ? 'COLLABORATOR' : 'NONE'
}

/** The legacy permission levels the collaborator-permission endpoint reports next to role_name. */
export function legacyPermission(role: Role | undefined, repo: RepoRec): 'admin' | 'write' | 'read' | 'none' {
  switch (role) {
    case 'admin':
      return 'admin'
    case 'maintain':
    case 'write':
      return 'write'
    case 'triage':
    case 'read':
      return 'read'
    default:
      return repo.private ? 'none' : 'read'
  }
}

export function permissionFlags(role: Role | undefined): {
  admin: boolean
  maintain: boolean
  push: boolean
  triage: boolean
  pull: boolean
} {
  const rank = role === undefined ? 0 : ROLE_RANK[role]
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 }
}
