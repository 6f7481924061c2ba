// Every bad input and every refusal by GitHub ends as one line on stderr and a non-zero exit,
// with nothing written to GitHub.
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import {
  cliFor,
  createTaskList,
  expectOneErrorLine,
  expectOk,
  REPO,
  runCli,
  tempDir,
  useCliDouble,
  type Cli,
} from './cli-runner.ts'

vi.setConfig({ maxConcurrency: 20 })

let double: GitHubDouble
let cli: Cli
let id: number
let plainIssue: number

useCliDouble(
  (started, bound) => {
    double = started
    double.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', permissions: { issues: 'read' } })
    cli = bound
  },
  async () => {
    id = await createTaskList(cli, 'Target')
    plainIssue = double.actAs('mona').createIssue(REPO, { title: 'A bug', body: 'Something broke' }).number
  },
)

/** Issues, comments and dispatches: what a failed command must leave as it was. */
function footprint(): string {
  const issues = double.listIssues(REPO)
  return JSON.stringify({
    issues: issues.map((i) => [i.number, i.body, i.state]),
    comments: issues.map((i) => double.listComments(REPO, i.number).map((c) => c.body)),
    dispatches: double.dispatches.length,
  })
}

function gitRepo(remote?: string): string {
  const dir = tempDir('tasklist-git-')
  execFileSync('git', ['init', '-q'], { cwd: dir })
  if (remote !== undefined) execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: dir })
  return dir
}

describe('usage errors: exit 2, one line, before GitHub is contacted', () => {
  const cases: Array<[string, string[], RegExp, Record<string, string>?]> = [
    [
      'unknown command',
      ['shwo', '1'],
      /^tasklist: unknown command 'shwo'; the commands are show, watch, list, create, start, complete, fail, skip, retry, reset, resume, demo/,
    ],
    ['unknown option', ['show', '1', '--colour'], /^tasklist: unknown option '--colour'; see 'tasklist show --help'$/],
    [
      'option of another command',
      ['show', '1', '--lease', '1h'],
      /^tasklist: option '--lease' does not apply to 'tasklist show'/,
    ],
    ['option without its value', ['create', '--title'], /^tasklist: option '--title' needs a value/],
    [
      'value that looks like an option',
      ['fail', '5', 't1', '--exit-code', '-1'],
      /^tasklist: option '--exit-code' needs a value; if the value starts with '-', write it as --exit-code=VALUE, such as --exit-code=-1$/,
    ],
    ['bad id', ['show', 'abc'], /^tasklist: 'abc' is not a TaskList ID; give the issue number, such as 42/],
    ['zero id', ['start', '0', 't1'], /^tasklist: '0' is not a TaskList ID/],
    [
      'missing task',
      ['complete', '5'],
      /^tasklist: 'tasklist complete' needs <task>; usage: tasklist complete <id> <task> \[options\]$/,
    ],
    ['extra argument', ['show', '5', '6'], /^tasklist: unexpected argument '6' for 'tasklist show'/],
    [
      'bad lease',
      ['start', '5', 't1', '--lease', 'soon'],
      /^tasklist: --lease 'soon' is not a duration up to 168h; write it as 90s, 15m, 6h or 1h30m$/,
    ],
    [
      'bad on-busy',
      ['start', '5', 't1', '--on-busy', 'queue'],
      /^tasklist: --on-busy must be wait, skip or fail; got 'queue'$/,
    ],
    ['bad exit code', ['fail', '5', 't1', '--exit-code', 'x'], /^tasklist: --exit-code must be an integer/],
    ['create without title', ['create', '--task', 'a'], /^tasklist: --title is required/],
    ['create without tasks', ['create', '--title', 'T'], /^tasklist: no tasks given; add --task 'name'/],
    [
      'bad task name',
      ['create', '--title', 'T', '--task', 'Database Migration'],
      /^tasklist: --task 'Database Migration': 'Database Migration' is not a valid task name; use a lowercase slug/,
    ],
    [
      'duplicate task',
      ['create', '--title', 'T', '--task', 'a', '--task', 'a: again'],
      /^tasklist: task 'a' is listed twice/,
    ],
    [
      'missing tasks file',
      ['create', '--title', 'T', '--tasks-file', '/nonexistent/tasks.txt'],
      /^tasklist: cannot read --tasks-file \/nonexistent\/tasks.txt: it does not exist/,
    ],
    [
      'bad trusted login',
      ['create', '--title', 'T', '--task', 'a', '--trusted', 'not a login'],
      /^tasklist: --trusted 'not a login' is not a GitHub login/,
    ],
    ['resume without workflow', ['resume', '5'], /^tasklist: --workflow is required/],
    [
      'bad holder url',
      ['start', '5', 't1', '--holder-url', 'javascript:alert(1)'],
      /^tasklist: --holder-url must be an http\(s\) URL/,
    ],
    [
      'bad TASKLIST_RUN_URL',
      ['complete', '5', 't1'],
      /^tasklist: TASKLIST_RUN_URL must be an http\(s\) URL/,
      { TASKLIST_RUN_URL: 'ftp://ci/1' },
    ],
    [
      'bad --repo',
      ['show', '5', '--repo', 'just-a-name'],
      /^tasklist: --repo must be owner\/name, such as octo-org\/migrations; got 'just-a-name'$/,
    ],
    [
      'bad --api-url',
      ['show', '5', '--api-url', 'ghe.example.com'],
      /^tasklist: --api-url must be the URL of the GitHub API/,
    ],
    ['--json on demo', ['demo', '--json'], /^tasklist: option '--json' does not apply to 'tasklist demo'/],
  ]
  it.concurrent.each(cases)('%s', async (_name, args, pattern, env) => {
    const before = double.stats().requests
    const full = [
      ...args,
      ...(args.includes('--repo') ? [] : ['--repo', REPO]),
      ...(args.includes('--api-url') ? [] : ['--api-url', double.apiUrl]),
    ]
    const result = await runCli(full, env === undefined ? {} : { env })
    expectOneErrorLine(result, 2, pattern)
    expect(double.stats().requests).toBe(before)
  })

  it('no token and no GitHub CLI: names all three ways to give one', async () => {
    const result = await cli(['show', String(id)], { token: null, env: { PATH: tempDir('tasklist-nogh-') } })
    expectOneErrorLine(
      result,
      2,
      /^tasklist: no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and the GitHub CLI \(gh\) is not installed; set GITHUB_TOKEN or GH_TOKEN to a token that can write issues in octo-org\/migrations, or log in with the GitHub CLI: gh auth login --hostname 127\.0\.0\.1:\d+$/,
    )
    // GH_TOKEN alone is enough.
    expectOk(await cli(['show', String(id)], { token: null, env: { GH_TOKEN: 'ghp_maintainer' } }))
  })

  it('no --repo outside a clone, or in a clone without a GitHub origin', async () => {
    const outside = tempDir('tasklist-nogit-')
    const noGit = await runCli(['show', '1', '--api-url', double.apiUrl], {
      cwd: outside,
      env: { GIT_CEILING_DIRECTORIES: tmpdir() },
    })
    expectOneErrorLine(
      noGit,
      2,
      /^tasklist: no repository given and .* is not in a git repository; pass --repo owner\/name/,
    )
    const noOrigin = await runCli(['show', '1', '--api-url', double.apiUrl], { cwd: gitRepo() })
    expectOneErrorLine(
      noOrigin,
      2,
      /^tasklist: no repository given and the git repository in .* has no remote 'origin'; pass --repo owner\/name/,
    )
    const local = await runCli(['show', '1', '--api-url', double.apiUrl], { cwd: gitRepo('/srv/git/project.git') })
    expectOneErrorLine(
      local,
      2,
      /^tasklist: no repository given and the remote 'origin' \(\/srv\/git\/project.git\) is not a GitHub repository URL/,
    )
  })
})

describe('the repository comes from the git remote origin when --repo is not given', () => {
  it.concurrent.each([
    ['https', 'https://github.com/octo-org/migrations.git'],
    ['https with credentials, no .git', 'https://x-access-token:secret@github.com/octo-org/migrations'],
    ['scp-like ssh on a GHES host', 'git@ghe.example.com:octo-org/migrations.git'],
    ['ssh:// with a port', 'ssh://git@ghe.example.com:2222/octo-org/migrations.git'],
  ])('%s', async (_name, remote) => {
    const result = expectOk(
      await runCli(['show', String(id), '--json'], { cwd: gitRepo(remote), env: { GITHUB_API_URL: double.apiUrl } }),
    )
    expect(JSON.parse(result.stdout)).toMatchObject({ id, repo: REPO, title: 'Target' })
  })
})

// None of these writes anything, so they run side by side and each checks that the repository is unchanged.
describe.concurrent('GitHub refusals: exit 1, one line that says what to do, nothing written', () => {
  it('401: a bad or expired token', async () => {
    const before = footprint()
    const result = await cli(['show', String(id)], { token: 'ghp_expired' })
    expectOneErrorLine(
      result,
      1,
      /^tasklist: octo-org\/migrations: GitHub rejected the token while reading issue #\d+ \(401 Bad credentials\): the token is missing, expired or revoked; set GITHUB_TOKEN or GH_TOKEN to a valid token$/,
    )
    const write = await cli(['create', '--title', 'T', '--task', 'a'], { token: 'ghp_expired' })
    expectOneErrorLine(write, 1, /\(401 Bad credentials\).*set GITHUB_TOKEN or GH_TOKEN/)
    const start = await cli(['start', String(id), 't1'], { token: 'ghp_expired' })
    expectOneErrorLine(start, 1, /\(401 Bad credentials\)/)
    expect(footprint()).toBe(before)
  })

  it('404: an unknown repository, or an issue that does not exist', async () => {
    const before = footprint()
    const nope = cliFor(double.apiUrl, 'octo-org/nope')
    expectOneErrorLine(
      await nope(['show', '1']),
      1,
      /^tasklist: octo-org\/nope: issue #1 was not found \(404\); check the repository and the TaskList ID, and that the token can see the repository$/,
    )
    expectOneErrorLine(await nope(['list']), 1, /^tasklist: the open TaskLists of octo-org\/nope was not found \(404\)/)
    expectOneErrorLine(
      await nope(['create', '--title', 'T', '--task', 'a']),
      1,
      /^tasklist: octo-org\/nope: the repository, opening the TaskList issue was not found \(404\)/,
    )
    expectOneErrorLine(
      await nope(['complete', '1', 't1']),
      1,
      /^tasklist: octo-org\/nope: issue #1 was not found \(404\)/,
    )
    expectOneErrorLine(
      await cli(['show', '99999']),
      1,
      /^tasklist: octo-org\/migrations: issue #99999 was not found \(404\)/,
    )
    expect(footprint()).toBe(before)
  })

  it('403: a token without issues write', async () => {
    const before = footprint()
    const ro = { token: 'ghs_ro' }
    // Reading works with issues: read.
    expectOk(await cli(['show', String(id)], ro))
    expectOneErrorLine(
      await cli(['create', '--title', 'T', '--task', 'a'], ro),
      1,
      /^tasklist: octo-org\/migrations: GitHub refused access to the repository, opening the TaskList issue \(403: .*\); use a token with write access to issues in this repository \(Issues: Read and write for a fine-grained token; actions write to dispatch workflows\)$/,
    )
    expectOneErrorLine(
      await cli(['start', String(id), 'database-migration'], ro),
      1,
      /^tasklist: octo-org\/migrations: GitHub refused access to a comment on issue #\d+ \(403: /,
    )
    expectOneErrorLine(await cli(['skip', String(id), 'data-validation'], ro), 1, /\(403: /)
    expectOneErrorLine(
      await cli(['resume', String(id), '--workflow', 'resume.yml'], ro),
      1,
      /refused access to a dispatch of resume.yml in octo-org\/migrations \(403: /,
    )
    expect(footprint()).toBe(before)
  })

  it('an issue that is not a TaskList', async () => {
    const before = footprint()
    expectOneErrorLine(
      await cli(['start', String(plainIssue), 't1']),
      1,
      new RegExp(`^tasklist: issue #${plainIssue} is not a TaskList: its body has no TaskList block`),
    )
    expect(footprint()).toBe(before)
  })
})
