// The double as its own process, driven through the control API (how benchmarks and demos use it).
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { Octokit } from '@octokit/rest'
import { expect, it } from 'vitest'
import { ControlClient, DEFAULT_TOKEN } from './index.ts'

it('starts, prints its URLs, answers the API and control API, and stops on SIGTERM', async () => {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url))
  const child = spawn(
    process.execPath,
    [main, '--seed', '5', '--latency-ms', '1', '--jitter-ms', '2', '--path-prefix', '/api/v3'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  try {
    let out = ''
    for await (const chunk of child.stdout) {
      out += String(chunk)
      if (out.includes('\n')) break
    }
    const { apiUrl, controlUrl } = JSON.parse(out.split('\n')[0] ?? '') as { apiUrl: string; controlUrl: string }
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    const control = new ControlClient(controlUrl)
    expect(await control.health()).toMatchObject({ ok: true, apiUrl })

    const gh = new Octokit({ auth: DEFAULT_TOKEN, baseUrl: apiUrl })
    const issue = await gh.rest.issues.create({ owner: 'octo-org', repo: 'migrations', title: 'from another process' })
    await control.commentAsUser('mona', 'octo-org/migrations', issue.data.number, '/tasklist resume')
    const comments = await gh.rest.issues.listComments({
      owner: 'octo-org',
      repo: 'migrations',
      issue_number: issue.data.number,
    })
    expect(comments.data.map((c) => c.user?.login)).toEqual(['mona'])

    expect(await control.stats()).toMatchObject({ requests: 2, writes: 1, contentCreating: 1 })
    expect((await control.timeline()).every((t) => t.delayMs >= 1 && t.delayMs <= 3)).toBe(true)
    expect(await control.violations()).toEqual([])
  } finally {
    child.kill('SIGTERM')
  }
  const [code] = (await once(child, 'exit')) as [number | null]
  expect(code).toBe(0)
})
