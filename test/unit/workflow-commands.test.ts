import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as core from '../../src/action/workflow-commands.ts'
import { parseFileCommands } from '../support/step-runner.ts'

// The runner parses what these write; they must match @actions/core's forms exactly.
describe('workflow commands', () => {
  let dir: string
  let stdout: string[]
  const saved = { ...process.env }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'))
    stdout = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk))
      return true
    })
  })

  afterEach(() => {
    vi.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
    rmSync(dir, { recursive: true, force: true })
  })

  function fileFor(kind: string): string {
    const path = join(dir, kind)
    writeFileSync(path, '')
    process.env[`GITHUB_${kind}`] = path
    return path
  }

  it('reads inputs as the runner sets them: spaces as underscores, upper case, trimmed, "" when unset', () => {
    process.env.INPUT_TASKLIST_ID = '  42 \n'
    process.env['INPUT_ON-BUSY'] = 'wait'
    expect(core.getInput('tasklist id')).toBe('42')
    expect(core.getInput('on-busy')).toBe('wait')
    expect(core.getInput('never-set')).toBe('')
  })

  it('writes outputs, env and state as delimited blocks that survive newlines in the value', () => {
    const output = fileFor('OUTPUT')
    const env = fileFor('ENV')
    const state = fileFor('STATE')
    core.setOutput('tasks', '{"a":"PENDING"}\nsecond line')
    core.exportVariable('TASKLIST_CLAIM_1_A', 'claim-1')
    core.saveState('claim', '{"tasklistId":1}')
    expect(parseFileCommands(readFileSync(output, 'utf8'))).toEqual({ tasks: '{"a":"PENDING"}\nsecond line' })
    expect(parseFileCommands(readFileSync(env, 'utf8'))).toEqual({ TASKLIST_CLAIM_1_A: 'claim-1' })
    expect(parseFileCommands(readFileSync(state, 'utf8'))).toEqual({ claim: '{"tasklistId":1}' })
    expect(process.env.TASKLIST_CLAIM_1_A).toBe('claim-1')
    expect(readFileSync(output, 'utf8')).toMatch(/^tasks<<ghadelimiter_[0-9a-f-]{36}\n/)
  })

  it('falls back to stdout commands when the runner gives no files', () => {
    delete process.env.GITHUB_OUTPUT
    delete process.env.GITHUB_STATE
    core.setOutput('next-task', 'a')
    core.saveState('claim', '')
    expect(stdout.join('')).toBe('\n::set-output name=next-task::a\n::save-state name=claim::\n')
  })

  it('refuses a runner file that does not exist rather than dropping the value', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing')
    expect(() => core.setOutput('complete', 'true')).toThrow(/Missing file/)
  })

  it('escapes messages so a newline or percent sign cannot end or forge a command', () => {
    core.warning('100% done\r\n::error::forged')
    core.debug('a\nb')
    core.setSecret('ghs_secret')
    core.info('plain line')
    expect(stdout).toEqual([
      '::warning::100%25 done%0D%0A::error::forged\n',
      '::debug::a%0Ab\n',
      '::add-mask::ghs_secret\n',
      'plain line\n',
    ])
  })

  it('fails the step: exit code 1 and an error annotation', () => {
    core.setFailed('Invalid input')
    expect(process.exitCode).toBe(1)
    expect(stdout).toEqual(['::error::Invalid input\n'])
  })

  it('appends to the job summary when the runner provides one, and does nothing otherwise', async () => {
    const summary = fileFor('STEP_SUMMARY')
    await core.appendSummary('## TaskList')
    await core.appendSummary('| a | b |')
    expect(readFileSync(summary, 'utf8')).toBe('## TaskList\n| a | b |\n')
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(core.appendSummary('ignored')).resolves.toBeUndefined()
  })
})
