import { describe, expect, it } from 'vitest'
import {
  MAX_DESCRIPTION,
  MAX_TASK_NAME,
  MAX_TASKS,
  TaskSpecError,
  parseTaskSpecs,
  taskId,
} from '../../src/domain/task-spec.ts'

function errorOf(text: string): string {
  try {
    parseTaskSpecs(text)
  } catch (error) {
    expect(error).toBeInstanceOf(TaskSpecError)
    return (error as TaskSpecError).message
  }
  throw new Error(`expected ${JSON.stringify(text.slice(0, 60))} to be rejected`)
}

const badName = (line: number, name: string) =>
  `tasks line ${line}: '${name}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most 64 characters), such as database-migration`

describe('parseTaskSpecs: accepted forms', () => {
  it('reads a bare name and a name with a description', () => {
    expect(parseTaskSpecs('database-migration\napplication-migration: Roll out the app')).toEqual([
      { name: 'database-migration' },
      { name: 'application-migration', description: 'Roll out the app' },
    ])
  })

  it('ignores blank lines and # comments, and accepts CRLF', () => {
    expect(parseTaskSpecs('\r\n# the plan\r\n  \r\nbuild\r\n   # indented comment\r\ntest\r\n')).toEqual([
      { name: 'build' },
      { name: 'test' },
    ])
  })

  it("accepts a leading '- ' or '* ' like a YAML list, and trims", () => {
    expect(parseTaskSpecs('  - build  \n* test:  unit tests  \n-\tdeploy')).toEqual([
      { name: 'build' },
      { name: 'test', description: 'unit tests' },
      { name: 'deploy' },
    ])
  })

  it('keeps colons after the first one inside the description', () => {
    expect(parseTaskSpecs('deploy: target: prod')).toEqual([{ name: 'deploy', description: 'target: prod' }])
  })

  it('drops an empty description', () => {
    expect(parseTaskSpecs('deploy:   ')).toEqual([{ name: 'deploy' }])
  })

  it('accepts a name of exactly 64 characters and a description of exactly 200', () => {
    const name = 'a'.repeat(MAX_TASK_NAME)
    const description = 'd'.repeat(MAX_DESCRIPTION)
    expect(parseTaskSpecs(`${name}: ${description}`)).toEqual([{ name, description }])
  })

  it('accepts exactly 1000 tasks', () => {
    const text = Array.from({ length: MAX_TASKS }, (_, i) => `task-${i}`).join('\n')
    const specs = parseTaskSpecs(text)
    expect(specs).toHaveLength(1000)
    expect(specs[999]).toEqual({ name: 'task-999' })
  })
})

describe('parseTaskSpecs: errors', () => {
  it.each([
    ['uppercase', 'build\nDatabase-Migration', 2, 'Database-Migration'],
    ['space', 'database migration', 1, 'database migration'],
    ['underscore', 'database_migration', 1, 'database_migration'],
    ['emoji', 'deploy-🚀', 1, 'deploy-🚀'],
    ['HTML comment close', '-->', 1, '-->'],
    ['leading hyphen', '-build', 1, '-build'],
    ['trailing hyphen', 'build-', 1, 'build-'],
    ['double hyphen', 'a--b', 1, 'a--b'],
    ['empty name before a colon', ': only a description', 1, ''],
  ])('rejects a name with %s', (_what, text, line, name) => {
    expect(errorOf(text)).toBe(badName(line, name))
  })

  it('rejects a name of 65 characters', () => {
    const name = 'a'.repeat(MAX_TASK_NAME + 1)
    expect(errorOf(`ok\n\n${name}`)).toBe(badName(3, name))
  })

  it('cuts a very long bad name to 80 characters in the message', () => {
    const name = 'X'.repeat(500)
    expect(errorOf(name)).toBe(badName(1, 'X'.repeat(80)))
  })

  it('names both lines of a duplicate', () => {
    expect(errorOf('build\ntest\n# again\nbuild: second time')).toBe(
      "tasks line 4: task 'build' is already defined on line 1; task names must be unique",
    )
  })

  it('rejects a description over 200 characters with its length', () => {
    expect(errorOf(`deploy: ${'d'.repeat(201)}`)).toBe(
      "tasks line 1: the description of 'deploy' has 201 characters; keep it to 200",
    )
  })

  it.each([[''], ['\n\n'], ['# only a comment\n   \n']])('rejects an empty list %j', (text) => {
    expect(errorOf(text)).toBe("tasks is empty; list one task a line, as 'name' or 'name: description'")
  })

  it('rejects more than 1000 tasks', () => {
    const text = Array.from({ length: MAX_TASKS + 1 }, (_, i) => `task-${i}`).join('\n')
    expect(errorOf(text)).toBe('tasks lists 1001 tasks; a TaskList holds at most 1000, so split it into several')
  })
})

describe('taskId', () => {
  it('numbers positions from t1', () => {
    expect([0, 1, 9, 999].map(taskId)).toEqual(['t1', 't2', 't10', 't1000'])
  })
})
