import { describe, expect, it } from 'vitest'
import { INPUT_NAMES, parseInputs, type ActionInputs, type InputName } from '../../src/action/inputs.ts'
import { InputError } from '../../src/storage/errors.ts'

type Raw = Partial<Record<InputName, string>>

const LOAD: Raw = { command: 'load', token: 'ghs_token', 'tasklist-id': '42' }
const CREATE: Raw = {
  command: 'create',
  token: 'ghs_token',
  title: 'Release 1.2',
  tasks: 'database-migration\napplication-migration',
}

function parse(raw: Raw): ActionInputs {
  // Like @actions/core's getInput: an input that is not set reads as ''.
  return parseInputs((name) => raw[name] ?? '')
}

function errorOf(raw: Raw): string {
  try {
    parse(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`)
}

/** The request of one command, or a failed test naming the command it got instead. */
function parseAs<C extends ActionInputs['command']>(raw: Raw, command: C): Extract<ActionInputs, { command: C }> {
  const inputs = parse(raw)
  if (inputs.command !== command) throw new Error(`expected a ${command} request, got ${inputs.command}`)
  return inputs as Extract<ActionInputs, { command: C }>
}

const START: Raw = { ...LOAD, command: 'start', task: 'database-migration' }

describe('parseInputs: valid input', () => {
  it('reads a load with exactly the fields a load needs', () => {
    expect(parse(LOAD)).toEqual({
      command: 'load',
      token: 'ghs_token',
      tasklistId: 42,
      trustedAuthors: [],
      closeOnComplete: false,
    })
  })

  it('reads a create with parsed tasks and no tasklist-id', () => {
    const inputs = parseAs({ ...CREATE, tasks: 'database-migration: Migrate\n- application-migration' }, 'create')
    expect(inputs).not.toHaveProperty('tasklistId')
    expect(inputs.tasks).toEqual([
      { name: 'database-migration', description: 'Migrate' },
      { name: 'application-migration' },
    ])
  })

  it.each([
    ['#42', 42],
    [' 42 ', 42],
    ['#7', 7],
    ['1', 1],
    ['9999999999', 9999999999],
  ])('accepts tasklist-id %j as %i', (text, id) => {
    expect(parseAs({ ...LOAD, 'tasklist-id': text }, 'load').tasklistId).toBe(id)
  })

  it('reads every field of a run, and leaves out the inputs a run does not use', () => {
    const inputs = parse({
      ...LOAD,
      command: 'run',
      task: '  database-migration  ',
      run: 'npm run migrate',
      message: 'Migrating',
      'on-busy': 'wait',
      'wait-timeout': '1h30m',
      lease: '2d',
      key: 'release-1.2',
      permission: 'maintain',
      'resume-workflow': 'deploy.yml',
      ref: 'main',
    })
    expect(inputs).toEqual({
      command: 'run',
      token: 'ghs_token',
      trustedAuthors: [],
      closeOnComplete: false,
      tasklistId: 42,
      task: 'database-migration',
      run: 'npm run migrate',
      message: 'Migrating',
      onBusy: 'wait',
      waitTimeoutSec: 5400,
      leaseSec: 172800,
    })
  })

  it('reads complete, fail and skip as one transition request', () => {
    for (const command of ['complete', 'fail', 'skip'] as const) {
      expect(parse({ ...START, command, message: 'done', 'on-busy': 'wait' })).toEqual({
        command,
        token: 'ghs_token',
        trustedAuthors: [],
        closeOnComplete: false,
        tasklistId: 42,
        task: 'database-migration',
        message: 'done',
      })
    }
  })

  it('turns empty and blank inputs into absent ones', () => {
    expect(parse({ ...LOAD, key: '', message: '   ', task: '\n', run: '', ref: ' ', 'resume-workflow': '' })).toEqual(
      parse(LOAD),
    )
    expect(parseAs({ ...START, message: '   ' }, 'start')).not.toHaveProperty('message')
    expect(parseAs({ ...CREATE, key: ' ' }, 'create')).not.toHaveProperty('key')
    const bot = parseAs({ command: 'bot', token: 'ghs_token', ref: ' ', 'resume-workflow': '' }, 'bot')
    expect(bot).not.toHaveProperty('ref')
    expect(bot).not.toHaveProperty('resumeWorkflow')
  })

  it('uses defaults for blank on-busy, durations and permission', () => {
    const inputs = parseAs({ ...START, 'on-busy': ' ', 'wait-timeout': '', lease: '  ', permission: '' }, 'start')
    expect([inputs.onBusy, inputs.waitTimeoutSec, inputs.leaseSec]).toEqual(['fail', 1800, 21600])
    expect(parseAs({ command: 'bot', token: 'ghs_token', permission: '' }, 'bot').permission).toBe('write')
  })

  it('splits labels and trusted-authors on commas and newlines', () => {
    const inputs = parseAs(
      {
        ...CREATE,
        labels: 'release, ci\n\nnightly,,',
        'trusted-authors': 'release-bot\n  octocat , hubot',
      },
      'create',
    )
    expect(inputs.labels).toEqual(['release', 'ci', 'nightly'])
    expect(inputs.trustedAuthors).toEqual(['release-bot', 'octocat', 'hubot'])
  })

  it('accepts the upper bounds', () => {
    const create = parseAs({ ...CREATE, title: 't'.repeat(256), labels: 'l'.repeat(50) }, 'create')
    expect([create.title?.length, create.labels]).toEqual([256, ['l'.repeat(50)]])
    const start = parseAs({ ...START, 'wait-timeout': '6h', lease: '7d' }, 'start')
    expect([start.waitTimeoutSec, start.leaseSec]).toEqual([21600, 604800])
  })

  it('reads each declared input exactly once', () => {
    const reads: string[] = []
    parseInputs((name) => {
      reads.push(name)
      return LOAD[name] ?? ''
    })
    expect(reads).toEqual([...INPUT_NAMES])
  })
})

describe('parseInputs: errors', () => {
  const cases: ReadonlyArray<[string, Raw, string]> = [
    ['missing command', { ...LOAD, command: '' }, "Invalid input 'command': is required"],
    [
      'unknown command',
      { ...LOAD, command: 'deploy' },
      "Invalid input 'command': 'deploy' is not a command; use one of create, load, start, complete, fail, skip, run, resume, bot",
    ],
    [
      'empty token',
      { ...LOAD, token: '' },
      "Invalid input 'token': is empty; pass a token, for example ${{ github.token }}",
    ],
    [
      'blank token',
      { ...LOAD, token: '  ' },
      "Invalid input 'token': is empty; pass a token, for example ${{ github.token }}",
    ],
    ...(['abc', '0', '-1', '1.5', '42abc', '#', '12345678901', '042'] as const).map((id): [string, Raw, string] => [
      `tasklist-id ${JSON.stringify(id)}`,
      { ...LOAD, 'tasklist-id': id },
      "Invalid input 'tasklist-id': must be an issue number such as 42 (the TaskList ID that command: create printed)",
    ]),
    ...(['load', 'start', 'complete', 'fail', 'skip', 'run'] as const).map((command): [string, Raw, string] => [
      `tasklist-id missing for ${command}`,
      { ...LOAD, command, 'tasklist-id': '', task: 'a', run: 'true' },
      `Invalid input 'tasklist-id': is required for command: ${command}; pass the TaskList ID (the issue number) that command: create printed`,
    ]),
    ...(['start', 'complete', 'fail', 'skip', 'run'] as const).map((command): [string, Raw, string] => [
      `task missing for ${command}`,
      { ...LOAD, command, run: 'true' },
      `Invalid input 'task': is required for command: ${command}; name the task, such as database-migration`,
    ]),
    [
      'run missing for run',
      { ...LOAD, command: 'run', task: 'a' },
      "Invalid input 'run': is required for command: run; give the shell command to run for the task",
    ],
    [
      'title missing for create',
      { ...CREATE, title: '' },
      "Invalid input 'title': is required for command: create; give the TaskList a title",
    ],
    [
      'tasks missing for create',
      { ...CREATE, tasks: ' \n ' },
      "Invalid input 'tasks': is required for command: create; list one task a line, as 'name' or 'name: description'",
    ],
    [
      'bad tasks line',
      { ...CREATE, tasks: 'build\nDeploy Prod' },
      "Invalid input 'tasks': tasks line 2: 'Deploy Prod' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most 64 characters), such as database-migration",
    ],
    [
      'duplicate tasks',
      { ...CREATE, tasks: 'a\nb\na' },
      "Invalid input 'tasks': tasks line 3: task 'a' is already defined on line 1; task names must be unique",
    ],
    [
      'only comments in tasks',
      { ...CREATE, tasks: '# nothing yet' },
      "Invalid input 'tasks': tasks is empty; list one task a line, as 'name' or 'name: description'",
    ],
    ['bad on-busy', { ...LOAD, 'on-busy': 'retry' }, "Invalid input 'on-busy': must be wait, skip or fail"],
    ['uppercase on-busy', { ...LOAD, 'on-busy': 'WAIT' }, "Invalid input 'on-busy': must be wait, skip or fail"],
    ...(['10x', '0', '0s', '7h', '1.5h', '-5m'] as const).map((text): [string, Raw, string] => [
      `wait-timeout ${text}`,
      { ...LOAD, 'wait-timeout': text },
      `Invalid input 'wait-timeout': '${text}' is not a duration up to 6h; write it as 90s, 15m, 6h or 1h30m`,
    ]),
    ...(['10x', '0', '8d', '604801'] as const).map((text): [string, Raw, string] => [
      `lease ${text}`,
      { ...LOAD, lease: text },
      `Invalid input 'lease': '${text}' is not a duration up to 168h; write it as 90s, 15m, 6h or 1h30m`,
    ]),
    [
      'title too long',
      { ...CREATE, title: 't'.repeat(257) },
      "Invalid input 'title': is longer than GitHub allows for an issue title (256 characters)",
    ],
    [
      'label too long',
      { ...LOAD, labels: `ok,${'l'.repeat(51)}` },
      "Invalid input 'labels': has a label longer than GitHub allows (50 characters)",
    ],
    ['key too long', { ...LOAD, key: 'k'.repeat(257) }, "Invalid input 'key': is longer than 256 characters"],
    [
      'bad permission',
      { ...LOAD, permission: 'owner' },
      "Invalid input 'permission': must be one of read, triage, write, maintain, admin",
    ],
  ]

  for (const [what, raw, message] of cases) {
    it(`${what}`, () => {
      expect(errorOf(raw)).toBe(message)
    })
  }

  it('gives one line for every error', () => {
    for (const [, raw] of cases) {
      const message = errorOf(raw)
      expect(message).toMatch(/^Invalid input '[a-z-]+': /)
      expect(message).not.toContain('\n')
    }
  })

  it('reports the first problem in input order', () => {
    expect(errorOf({ command: '', token: '' })).toBe("Invalid input 'command': is required")
    expect(errorOf({ ...LOAD, token: '', 'tasklist-id': 'abc' })).toBe(
      "Invalid input 'token': is empty; pass a token, for example ${{ github.token }}",
    )
  })

  it('reports the first missing input for a create', () => {
    expect(errorOf({ command: 'create', token: 't' })).toBe(
      "Invalid input 'title': is required for command: create; give the TaskList a title",
    )
  })
})

describe('repository and close-on-complete', () => {
  it('are read for every command, and checked before anything else', () => {
    expect(parse({ ...LOAD, repository: ' octo-org/ops ', 'close-on-complete': 'True' })).toMatchObject({
      repository: 'octo-org/ops',
      closeOnComplete: true,
    })
    expect(parse(LOAD)).not.toHaveProperty('repository')
    expect(errorOf({ ...LOAD, repository: 'octo-org/..' })).toBe(
      "Invalid input 'repository': 'octo-org/..' is not owner/name; name the repository that holds the TaskList, such as octo-org/ops",
    )
    expect(errorOf({ ...LOAD, 'close-on-complete': 'on' })).toBe(
      "Invalid input 'close-on-complete': 'on' is not true or false",
    )
  })
})

describe('command: bot', () => {
  it('needs no tasklist-id or task, and reads its own inputs', () => {
    const inputs = parse({
      command: 'bot',
      token: 'ghs_token',
      permission: 'triage',
      'resume-workflow': 'resume.yml',
      ref: 'release',
    })
    expect(inputs).toEqual({
      command: 'bot',
      token: 'ghs_token',
      trustedAuthors: [],
      closeOnComplete: false,
      permission: 'triage',
      resumeWorkflow: 'resume.yml',
      ref: 'release',
    })
  })

  it('defaults to write permission, and refuses a permission GitHub does not have', () => {
    expect(parseAs({ command: 'bot', token: 'ghs_token' }, 'bot').permission).toBe('write')
    expect(errorOf({ command: 'bot', token: 'ghs_token', permission: 'owner' })).toBe(
      "Invalid input 'permission': must be one of read, triage, write, maintain, admin",
    )
  })
})
