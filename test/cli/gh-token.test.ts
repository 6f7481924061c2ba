// The CLI falls back to the GitHub CLI's login, per host, only when no token is in the environment;
// a fake `gh` on PATH records how it was asked. Also: show --mermaid as Mermaid itself reads it.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { parseGantt } from '../support/mermaid.ts'
import {
  cliFor,
  createTaskList,
  expectOk,
  expectOneErrorLine,
  removeTempDirs,
  runCli,
  tempDir,
  REPO,
} from './cli-runner.ts'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})
afterAll(removeTempDirs)

/** A `gh` that answers `auth token` with `token` (or fails with `fail`), writing its arguments to a file. */
function fakeGh(answer: { token: string } | { fail: string }): { path: string; calls: () => string[] } {
  const dir = tempDir('tasklist-gh-')
  const log = join(dir, 'calls')
  const body = 'token' in answer ? `printf '%s\\n' "${answer.token}"` : `printf '%s\\n' "${answer.fail}" >&2; exit 1`
  writeFileSync(join(dir, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\n${body}\n`)
  chmodSync(join(dir, 'gh'), 0o755)
  return {
    path: `${dir}:${process.env.PATH ?? ''}`,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
  }
}

describe('a token from the GitHub CLI', () => {
  it('asks gh for the host of --api-url when neither GITHUB_TOKEN nor GH_TOKEN is set', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate')
    const gh = fakeGh({ token: 'ghp_maintainer' })
    const shown = expectOk(await cli(['show', String(id), '--json'], { token: null, env: { PATH: gh.path } }))
    expect(JSON.parse(shown.stdout)).toMatchObject({ id })
    expect(gh.calls()).toEqual([`auth token --hostname ${new URL(double.apiUrl).host}`])
  })

  it('asks for github.com when the API is api.github.com, and for the Enterprise host behind /api/v3', async () => {
    // The fake refuses, so nothing reaches the network; the error names the host it asked for.
    const gh = fakeGh({ fail: 'no oauth token found for this host' })
    for (const [api, host] of [
      ['https://api.github.com', 'github.com'],
      ['https://ghe.example.com/api/v3', 'ghe.example.com'],
    ] as const) {
      const result = await runCli(['show', '1', '--repo', REPO, '--api-url', api], {
        token: null,
        env: { PATH: gh.path },
      })
      expectOneErrorLine(
        result,
        2,
        new RegExp(
          `^tasklist: no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and 'gh auth token --hostname ${host.replace(/\./g, '\\.')}' failed \\(no oauth token found for this host\\); set GITHUB_TOKEN or GH_TOKEN to a token that can write issues in octo-org/migrations, or log in with the GitHub CLI: gh auth login --hostname ${host.replace(/\./g, '\\.')}$`,
        ),
      )
    }
    expect(gh.calls()).toEqual(['auth token --hostname github.com', 'auth token --hostname ghe.example.com'])
  })

  it('never asks gh when a token is in the environment', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate')
    const gh = fakeGh({ token: 'ghp_outsider' })
    expectOk(await cli(['show', String(id)], { env: { PATH: gh.path } }))
    expectOk(await cli(['show', String(id)], { token: null, env: { PATH: gh.path, GH_TOKEN: 'ghp_maintainer' } }))
    expect(gh.calls()).toEqual([])
  })

  it('says so in --help', async () => {
    const help = expectOk(await runCli(['show', '--help']))
    expect(help.stdout).toContain(
      "Without either, the GitHub CLI's login: 'gh auth token --hostname HOST', HOST of --api-url",
    )
  })
})

describe('tasklist show --mermaid', () => {
  it('prints the timeline as a gantt chart that Mermaid parses, bars from the record', async () => {
    const cli = cliFor(double.apiUrl)
    const id = await createTaskList(cli, 'Migrate: v2', {}, ['--trusted', 'mona'])
    const empty = expectOk(await cli(['show', String(id), '--mermaid']))
    expect(await parseGantt(empty.stdout)).toEqual([])
    expectOk(await cli(['start', String(id), 'database-migration']))
    expectOk(await cli(['complete', String(id), 'database-migration']))
    expectOk(await cli(['start', String(id), 'application-migration']))
    const shown = expectOk(await cli(['show', String(id), '--mermaid']))
    expect(shown.stdout).toMatch(/^gantt\n {4}title Migrate v2 \(UTC\)\n/)
    const bars = await parseGantt(shown.stdout)
    expect(bars.map((b) => [b.id, b.section, b.tags])).toEqual([
      ['t1a1', 'database-migration', ['done']],
      ['t2a1', 'application-migration', ['active']],
    ])
    const both = await cli(['show', String(id), '--mermaid', '--json'])
    expectOneErrorLine(both, 2, /^tasklist: --mermaid and --json print different documents; give one of them$/)
  })
})
