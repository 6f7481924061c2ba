// One error, worded by each front end: the data comes from below, the words from the front end.
import { describe, expect, it } from 'vitest'
import { errorLine as actionLine } from '../../src/action/error-line.ts'
import { errorLine as cliLine } from '../../src/cli/errors.ts'
import { LockFailedError, TaskHeldError, UntrustedTokenError } from '../../src/storage/errors.ts'
import { describeFault, readFault } from '../../src/storage/github-errors.ts'

const held = {
  tasklist: 7,
  task: 'migrate',
  holder: 'run 12',
  since: '2026-11-26T00:00:00Z',
  leaseEnd: '2026-11-26T06:00:00Z',
}
const badToken = Object.assign(new Error('Bad credentials'), { status: 401 })

describe('errorLine of each front end', () => {
  it('names its own options for a busy task', () => {
    expect(actionLine(new TaskHeldError(held))).toBe(
      'migrate in TaskList #7 is IN_PROGRESS, held by run 12 since 2026-11-26T00:00:00Z; its lease runs until 2026-11-26T06:00:00Z. Wait for that job, or set on-busy: wait or skip',
    )
    expect(cliLine(new TaskHeldError(held), 'the TaskList', undefined)).toMatch(/or set --on-busy wait or skip$/)
    expect(actionLine(new TaskHeldError(held, 90))).toMatch(/after waiting 1m 30s; raise wait-timeout or re-run later$/)
    expect(cliLine(new TaskHeldError(held, 90), 'the TaskList', undefined)).toMatch(
      /after waiting 1m 30s; raise --wait-timeout or re-run later$/,
    )
  })

  it('gives its own advice for a GitHub fault carried by a store error', () => {
    const error = readFault({ what: 'issue #7', cause: badToken })
    expect(error.message).toBe(
      'GitHub rejected the token while reading issue #7 (401 Bad credentials): the token is missing, expired or revoked',
    )
    expect(actionLine(error)).toBe(`${error.message}; pass a valid token`)
    expect(cliLine(error, 'the TaskList', 'octo/app')).toBe(
      `octo/app: ${error.message}; set GITHUB_TOKEN or GH_TOKEN to a valid token`,
    )
  })

  it('says how to go on after a lock that failed in its own options', () => {
    const fault = {
      what: 'issue #7',
      cause: Object.assign(new Error('Forbidden'), { status: 403 }),
      before: 'TaskList #7 was created, but locking its conversation failed: ',
    }
    const error = new LockFailedError(7, describeFault(fault), fault)
    const failed =
      'TaskList #7 was created, but locking its conversation failed: GitHub refused access to issue #7 (403: Forbidden); '
    expect(actionLine(error)).toBe(
      `${failed}give the job 'permissions: issues: write' (and 'actions: write' to dispatch workflows), or use a token with that access; it works as it is: lock #7 by hand (a re-run with lock: false opens another TaskList unless key is set)`,
    )
    expect(cliLine(error, 'the TaskList', undefined)).toBe(
      `${failed}use a token with write access to issues in this repository (Issues: Read and write for a fine-grained token; actions write to dispatch workflows); it works as it is: lock #7 by hand (a re-run without --lock opens another TaskList unless --key is given)`,
    )
    expect(cliLine(error, 'the TaskList', undefined)).not.toContain('lock: false')
  })

  it('keeps the fix for an untrusted token out of the store', () => {
    const error = new UntrustedTokenError(7, 'github-actions[bot]', 'mona')
    expect(error.message).not.toMatch(/trusted-authors/)
    expect(error.message).toBe('the token acts as @mona, but TaskList #7 trusts @github-actions[bot]')
    expect(actionLine(error)).toMatch(
      /; use a token of one of those accounts, or add mona to trusted-authors \(on this step, or at create\)$/,
    )
  })
})
