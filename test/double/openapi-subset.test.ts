// The committed OpenAPI subset must be exactly what the generator makes from the installed description,
// and must describe exactly the operations the double implements.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OPERATIONS, SUBSET_PATH, generate } from '../../scripts/gen-openapi-subset.ts'
import { sharedOpenApi } from './openapi.ts'
import { ROUTES } from './routes.ts'

describe('openapi subset', () => {
  it('is up to date with @octokit/openapi (run node scripts/gen-openapi-subset.ts)', () => {
    expect(readFileSync(SUBSET_PATH, 'utf8') === generate()).toBe(true)
  })

  it('covers exactly the routes the double implements', () => {
    const listed = OPERATIONS.map(([method, path]) => `${method.toUpperCase()} ${path}`).sort()
    expect(Object.keys(ROUTES).sort()).toEqual(listed)
    expect(
      sharedOpenApi()
        .operations.map((o) => `${o.method} ${o.path}`)
        .sort(),
    ).toEqual(listed)
  })

  it('rewrites nullable and oneOf into JSON Schema ajv understands', () => {
    const api = sharedOpenApi()
    const op = api.operation('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}')
    if (op === undefined) throw new Error('operation missing')
    const ok = api.checkRequest(op, { owner: 'o', repo: 'r', issue_number: '1' }, new URLSearchParams(), {
      body: null,
      title: 5,
      state_reason: null,
    })
    expect(ok.problems).toEqual([])
    const bad = api.checkRequest(op, { owner: 'o', repo: 'r', issue_number: '1' }, new URLSearchParams(), {
      state: 'done',
      title: true,
    })
    const messages = bad.problems.map((p) => `${p.field}: ${p.message}`)
    expect(messages).toContain('state: body /state must be equal to one of the allowed values (open, closed)')
    expect(messages).toContain('title: body /title must be string')
    expect(messages).toContain('title: body /title must be null')
  })
})
