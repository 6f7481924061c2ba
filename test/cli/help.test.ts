// Help and version of the bundled CLI; and the pure pieces behind repository and colour resolution.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { COMMANDS } from '../../src/cli/commands/index.ts'
import { resolveConfig } from '../../src/cli/config.ts'
import { parseRemoteUrl } from '../../src/cli/git-remote.ts'
import { wantsColor } from '../../src/cli/output.ts'
import { VERSION } from '../../src/cli/version.ts'
import { ROOT } from '../support/step-runner.ts'
import { ANSI, assertBundled, expectOk, removeTempDirs, REPO, runCli, tempDir } from './cli-runner.ts'

vi.setConfig({ maxConcurrency: 20 })

beforeAll(() => {
  assertBundled()
})
afterAll(() => {
  removeTempDirs()
})

describe.concurrent('help and version', () => {
  it('--version and -V print the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
    expect(expectOk(await runCli(['--version'], { token: null })).stdout).toBe(`${pkg.version}\n`)
    expect(expectOk(await runCli(['-V'], { token: null })).stdout).toBe(`${pkg.version}\n`)
  })

  it('tasklist, tasklist --help and tasklist help list every command', async () => {
    for (const args of [[], ['--help'], ['help'], ['-h']]) {
      const help = expectOk(await runCli(args, { token: null }))
      expect(help.lines).toContain('Usage: tasklist <command> [arguments] [options]')
      for (const c of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${c.name} `, 'm'))
      expect(help.stdout).toContain('GITHUB_TOKEN, GH_TOKEN')
      expect(help.stdout).not.toMatch(ANSI)
    }
  })

  it.each(COMMANDS.map((c) => c.name))('tasklist %s --help', async (name) => {
    const help = expectOk(await runCli([name, '--help'], { token: null }))
    expect(help.lines[0]).toMatch(new RegExp(`^Usage: tasklist ${name}\\b`))
    expect(help.stdout).toContain('--repo OWNER/NAME')
    expect(help.stdout).toContain('Exit status:')
  })

  it('tasklist help <command> is <command> --help', async () => {
    const [a, b] = await Promise.all([
      runCli(['help', 'resume'], { token: null }),
      runCli(['resume', '--help'], { token: null }),
    ])
    expect(expectOk(a).stdout).toBe(expectOk(b).stdout)
  })

  it('create --help says github-actions[bot] is trusted by default', async () => {
    const help = expectOk(await runCli(['create', '--help'], { token: null }))
    expect(help.stdout).toContain(
      'Without --trusted, github-actions[bot] is trusted so that GitHub Actions workflows (GITHUB_TOKEN) can run the TaskList',
    )
  })
})

describe('repository, API URL and colour resolution', () => {
  it.each([
    ['https://github.com/octo-org/migrations.git', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    ['https://github.com/octo-org/migrations', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    ['https://github.com/octo-org/migrations/', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    [
      'https://token:x-oauth@github.com/octo-org/my.repo.git',
      { host: 'github.com', owner: 'octo-org', repo: 'my.repo' },
    ],
    ['git@github.com:octo-org/migrations.git', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    ['github.com:octo-org/migrations', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    ['ssh://git@github.com/octo-org/migrations.git', { host: 'github.com', owner: 'octo-org', repo: 'migrations' }],
    [
      'ssh://git@GHE.example.com:2222/octo-org/migrations.git',
      { host: 'ghe.example.com', owner: 'octo-org', repo: 'migrations' },
    ],
    ['git@ghe.example.com:octo-org/migrations.git', { host: 'ghe.example.com', owner: 'octo-org', repo: 'migrations' }],
    ['/srv/git/project.git', undefined],
    ['file:///srv/git/octo-org/project.git', undefined],
    ['https://github.com/octo-org', undefined],
    ['https://github.com/octo-org/migrations/tree/main', undefined],
    ['../sibling', undefined],
  ])('parseRemoteUrl(%s)', (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected)
  })

  it('an origin on a GHES host points the API at https://HOST/api/v3 unless --api-url or GITHUB_API_URL says otherwise', () => {
    const dir = tempDir('tasklist-ghes-')
    execFileSync('git', ['init', '-q'], { cwd: dir })
    execFileSync('git', ['remote', 'add', 'origin', 'git@ghe.example.com:octo-org/migrations.git'], { cwd: dir })
    const env = { GH_TOKEN: 't' }
    expect(resolveConfig({ repo: undefined, apiUrl: undefined, env, cwd: dir })).toEqual({
      owner: 'octo-org',
      repo: 'migrations',
      fullName: REPO,
      apiUrl: 'https://ghe.example.com/api/v3',
      token: 't',
    })
    expect(
      resolveConfig({
        repo: undefined,
        apiUrl: undefined,
        env: { ...env, GITHUB_API_URL: 'https://api.example/' },
        cwd: dir,
      }).apiUrl,
    ).toBe('https://api.example')
    expect(resolveConfig({ repo: undefined, apiUrl: 'http://127.0.0.1:1/api/v3', env, cwd: dir }).apiUrl).toBe(
      'http://127.0.0.1:1/api/v3',
    )
    expect(resolveConfig({ repo: 'a/b', apiUrl: undefined, env, cwd: dir })).toMatchObject({
      fullName: 'a/b',
      apiUrl: 'https://api.github.com',
    })
    expect(
      resolveConfig({
        repo: undefined,
        apiUrl: undefined,
        env: { GITHUB_TOKEN: 'first', GH_TOKEN: 'second' },
        cwd: dir,
      }).token,
    ).toBe('first')
  })

  it('colour only on a TTY, never with NO_COLOR, unless FORCE_COLOR', () => {
    expect(wantsColor({}, true)).toBe(true)
    expect(wantsColor({}, false)).toBe(false)
    expect(wantsColor({}, undefined)).toBe(false)
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false)
    expect(wantsColor({ NO_COLOR: '' }, true)).toBe(true)
    expect(wantsColor({ TERM: 'dumb' }, true)).toBe(false)
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true)
    expect(wantsColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true)
    expect(wantsColor({ FORCE_COLOR: '0' }, true)).toBe(false)
  })
})
