// GitHub's JSON representations of the store's records (the shapes the REST API returns).
import { createHash } from 'node:crypto'
import { isoSeconds } from './clock.ts'
import { authorAssociation, permissionFlags, roleOf } from './access.ts'
import type { CommentRec, IssueRec, LabelRec, ReactionRec, RepoRec, Store, UserRec } from './store.ts'
import type { REACTION_CONTENTS } from './store.ts'

export interface Urls {
  /** REST base, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/api/v3 */
  api: string
  /** Web base used in html_url, e.g. https://github.com */
  web: string
}

export interface GhUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: string
  user_view_type: string
  site_admin: boolean
}

export interface GhLabel {
  id: number
  node_id: string
  url: string
  name: string
  color: string
  default: boolean
  description: string | null
}

export type GhReactionRollup = { url: string; total_count: number } & Record<(typeof REACTION_CONTENTS)[number], number>

export interface GhIssue {
  id: number
  node_id: string
  url: string
  repository_url: string
  labels_url: string
  comments_url: string
  events_url: string
  html_url: string
  timeline_url: string
  number: number
  state: 'open' | 'closed'
  state_reason: IssueRec['stateReason']
  title: string
  body: string | null
  user: GhUser
  labels: GhLabel[]
  assignee: null
  assignees: []
  milestone: null
  locked: boolean
  active_lock_reason: string | null
  comments: number
  closed_at: string | null
  closed_by?: GhUser | null
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: null
  reactions: GhReactionRollup
  pull_request?: { url: string; html_url: string; diff_url: string; patch_url: string; merged_at: string | null }
}

export interface GhComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: GhUser
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: null
  reactions: GhReactionRollup
}

export interface GhReaction {
  id: number
  node_id: string
  user: GhUser
  content: string
  created_at: string
}

/** Opaque like GitHub's global relay ids; stable per (kind, id). */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString('base64url')}`
}

export function renderUser(urls: Urls, user: UserRec): GhUser {
  const path = encodeURIComponent(user.login)
  const api = `${urls.api}/users/${path}`
  const botApp = user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : undefined
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : user.type === 'Organization' ? 'O' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: botApp !== undefined ? `${urls.web}/apps/${botApp}` : `${urls.web}/${path}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  }
}

function userByLogin(store: Store, urls: Urls, login: string): GhUser {
  return renderUser(urls, store.ensureUser(login))
}

function repoApi(urls: Urls, repo: RepoRec): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`
}

export function renderLabel(urls: Urls, repo: RepoRec, label: LabelRec): GhLabel {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApi(urls, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.isDefault,
    description: label.description,
  }
}

function rollup(url: string, reactions: ReactionRec[]): GhReactionRollup {
  const counts = { '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, rocket: 0, eyes: 0 }
  for (const r of reactions) counts[r.content]++
  return { url, total_count: reactions.length, ...counts }
}

export function renderIssue(
  store: Store,
  urls: Urls,
  repo: RepoRec,
  issue: IssueRec,
  options: { closedBy?: boolean } = {},
): GhIssue {
  const api = `${repoApi(urls, repo)}/issues/${issue.number}`
  const labels: GhLabel[] = []
  for (const name of issue.labels) {
    const label = store.label(repo, name)
    if (label !== undefined) labels.push(renderLabel(urls, repo, label))
  }
  const web = `${urls.web}/${repo.owner}/${repo.name}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`
  const out: GhIssue = {
    id: issue.id,
    node_id: nodeId('I', issue.id),
    url: api,
    repository_url: repoApi(urls, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: web,
    timeline_url: `${api}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userByLogin(store, urls, issue.login),
    labels,
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: issue.lockReason,
    comments: issue.commentIds.length,
    closed_at: issue.closedAt === null ? null : isoSeconds(issue.closedAt),
    created_at: isoSeconds(issue.createdAt),
    updated_at: isoSeconds(issue.updatedAt),
    author_association: authorAssociation(repo, issue.login),
    performed_via_github_app: null,
    reactions: rollup(`${api}/reactions`, issue.reactions),
  }
  if (issue.pullRequest) {
    out.pull_request = {
      url: `${repoApi(urls, repo)}/pulls/${issue.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: null,
    }
  }
  // Only the single-issue endpoints include closed_by.
  if (options.closedBy === true)
    out.closed_by = issue.closedBy === null ? null : userByLogin(store, urls, issue.closedBy)
  return out
}

export function renderComment(store: Store, urls: Urls, repo: RepoRec, comment: CommentRec): GhComment {
  const api = `${repoApi(urls, repo)}/issues/comments/${comment.id}`
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: api,
    html_url: `${urls.web}/${repo.owner}/${repo.name}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(urls, repo)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userByLogin(store, urls, comment.login),
    created_at: isoSeconds(comment.createdAt),
    updated_at: isoSeconds(comment.updatedAt),
    author_association: authorAssociation(repo, comment.login),
    performed_via_github_app: null,
    reactions: rollup(`${api}/reactions`, comment.reactions),
  }
}

export function renderReaction(store: Store, urls: Urls, reaction: ReactionRec): GhReaction {
  return {
    id: reaction.id,
    node_id: nodeId('REA', reaction.id),
    user: userByLogin(store, urls, reaction.login),
    content: reaction.content,
    created_at: isoSeconds(reaction.createdAt),
  }
}

/** Deterministic per repository, so ETags of GET /repos/{owner}/{repo} are stable. */
function fakeSize(repo: RepoRec): number {
  return createHash('sha256').update(repo.fullName).digest().readUInt16BE(0)
}

export function renderRepo(store: Store, urls: Urls, repo: RepoRec, viewerLogin: string): Record<string, unknown> {
  const api = repoApi(urls, repo)
  const html = `${urls.web}/${repo.owner}/${repo.name}`
  const host = new URL(urls.web).host
  const open = [...repo.issues.values()].filter((i) => i.state === 'open').length
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: userByLogin(store, urls, repo.owner),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${repo.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: fakeSize(repo),
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: isoSeconds(repo.pushedAt),
    created_at: isoSeconds(repo.createdAt),
    updated_at: isoSeconds(repo.createdAt),
    permissions: permissionFlags(roleOf(repo, viewerLogin) ?? (repo.private ? undefined : 'read')),
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: open,
    watchers: 0,
    network_count: 0,
    subscribers_count: 0,
  }
}

const ACCOUNT_CREATED = Date.UTC(2020, 0, 1)

export function renderAuthenticatedUser(urls: Urls, user: UserRec): Record<string, unknown> {
  return {
    ...renderUser(urls, user),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: isoSeconds(ACCOUNT_CREATED),
    updated_at: isoSeconds(ACCOUNT_CREATED),
  }
}
