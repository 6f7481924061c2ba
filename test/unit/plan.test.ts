import { describe, expect, it } from 'vitest'
import { parsePlanFile, parseTasksInput, PlanError } from '../../src/domain/plan.ts'

function planError(parse: () => unknown): PlanError {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError)
    return error as PlanError
  }
  throw new Error('expected a PlanError')
}

describe('parseTasksInput: the line form reads as before', () => {
  it('reads names and descriptions', () => {
    expect(parseTasksInput('database-migration\napplication-migration: Roll out the app')).toEqual([
      { name: 'database-migration' },
      { name: 'application-migration', description: 'Roll out the app' },
    ])
  })

  it('keeps a description that YAML would read otherwise', () => {
    expect(parseTasksInput('deploy: step: two\nverify: counts # and sums')).toEqual([
      { name: 'deploy', description: 'step: two' },
      { name: 'verify', description: 'counts # and sums' },
    ])
  })

  it('reports line-form problems as before', () => {
    expect(planError(() => parseTasksInput('build\nbuild')).message).toBe(
      "tasks line 2: task 'build' is already defined on line 1; task names must be unique",
    )
  })
})

describe('parseTasksInput: a YAML mapping with fields', () => {
  const text = [
    'backup: Take a backup',
    'migrate:',
    '  run: ./migrate.sh',
    '  needs: backup',
    '  timeout: 15m',
    '  retries: 2',
    'verify:',
    '  description: Compare counts',
    '  run: ./verify.sh',
    '  needs: [migrate, backup]',
    '2024:',
  ].join('\n')

  it('reads every field, keeps the written order (numeric names too) and normalises needs and timeout', () => {
    expect(parseTasksInput(text)).toEqual([
      { name: 'backup', description: 'Take a backup' },
      { name: 'migrate', run: './migrate.sh', needs: ['backup'], timeout: 900, retries: 2 },
      { name: 'verify', description: 'Compare counts', run: './verify.sh', needs: ['migrate', 'backup'] },
      { name: '2024' },
    ])
  })

  it('gives two spellings of one timeout the same definition', () => {
    const a = parseTasksInput('x:\n  timeout: 90s')
    const b = parseTasksInput('x:\n  timeout: 1m30s')
    const c = parseTasksInput('x:\n  timeout: 90')
    expect(a).toEqual(b)
    expect(a).toEqual(c)
  })

  it.each([
    ['x:\n  retries: 11', 'x', 'retries', "task 'x' field 'retries' must be a whole number from 0 to 10"],
    ['x:\n  retries: two', 'x', 'retries', "task 'x' field 'retries' must be a whole number from 0 to 10"],
    ['x:\n  timeout: soon', 'x', 'timeout', "task 'x' field 'timeout' 'soon' is not a duration up to 5d"],
    ['x:\n  needs: [Bad Name]', 'x', 'needs', "task 'x' field 'needs' must be a task name: a lowercase slug"],
    ['x:\n  run: ""', 'x', 'run', "task 'x' field 'run' is empty"],
    ['x:\n  command: ./x.sh', 'x', 'command', "task 'x' field 'command' is not a task field; use description, run"],
    ['Bad:\n  run: x', 'Bad', undefined, "'Bad' is not a valid task name"],
    ['x:\n  run: a\nx:\n  run: b', 'x', undefined, "task 'x' is given twice; task names must be unique"],
    ['x:\n  needs: [y, y]\ny: why', 'x', 'needs', "task 'x' field 'needs' names 'y' twice"],
  ])('%j fails naming task %s and field %s', (input, task, field, message) => {
    const error = planError(() => parseTasksInput(input))
    expect(error.message).toContain(message)
    expect(error.task).toBe(task)
    expect(error.field).toBe(field)
  })

  it('refuses an unknown need and a cycle, naming them', () => {
    const unknown = planError(() => parseTasksInput('a:\n  needs: nope\nb: B'))
    expect(unknown.message).toBe(
      "task 'a' field 'needs': 'nope' is not a task of this plan; name one of its tasks, or add 'nope'",
    )
    expect([unknown.task, unknown.field]).toEqual(['a', 'needs'])
    const cycle = planError(() => parseTasksInput('a:\n  needs: c\nb:\n  needs: a\nc:\n  needs: b'))
    expect(cycle.message).toBe(
      "field 'needs': the tasks need each other in a cycle, a -> c -> b -> a; remove one of these needs",
    )
  })
})

describe('parsePlanFile', () => {
  it('reads the title and the tasks', () => {
    expect(parsePlanFile('title: Migrate v2\ntasks:\n  a: First\n  b:\n    needs: a\n', 'plan.yml')).toEqual({
      title: 'Migrate v2',
      tasks: [
        { name: 'a', description: 'First' },
        { name: 'b', needs: ['a'] },
      ],
    })
  })

  it.each([
    ['tasks: [a, b]\ntitle: T', "plan.yml field 'tasks' must be a mapping of task name"],
    ['title: T\n', "plan.yml field 'tasks' must be a mapping"],
    ['tasks:\n  a: A\n', "plan.yml field 'title' must be text"],
    ['title: T\ntasks: {}\n', "plan.yml field 'tasks' is empty"],
    ['title: T\ntasks:\n  a: A\nsteps: 3\n', "plan.yml: 'steps' is not a plan field"],
    ['- a\n- b\n', 'plan.yml must be a mapping'],
    ['title: [unclosed\n', 'plan.yml is not valid YAML'],
  ])('%j fails: %s', (text, message) => {
    expect(planError(() => parsePlanFile(text, 'plan.yml')).message).toContain(message)
  })
})
