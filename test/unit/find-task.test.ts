import { describe, expect, it } from 'vitest'
import { findTask } from '../../src/app/find-task.ts'
import { genesisSnapshot } from '../../src/domain/snapshot.ts'
import { UnknownTaskError } from '../../src/storage/errors.ts'
import { T0, stored } from './fixtures.ts'

const state = genesisSnapshot({
  title: 'x',
  trusted: [],
  tasks: [{ name: 'build' }, { name: 't1' }, { name: 'deploy' }],
  now: T0,
})

function unknown(name: string, s = state): string {
  try {
    findTask(s, name, 42)
  } catch (error) {
    expect(error).toBeInstanceOf(UnknownTaskError)
    return (error as Error).message
  }
  throw new Error(`expected '${name}' to be unknown`)
}

describe('findTask', () => {
  it('finds a task by name', () => {
    expect(findTask(state, 'deploy', 42)).toEqual({
      index: 2,
      id: 't3',
      task: stored({ n: 'deploy', s: 'PENDING', v: 0 }),
    })
  })

  it('finds a task by its id', () => {
    expect(findTask(state, 't3', 42).task.definition.name).toBe('deploy')
  })

  it('prefers a task literally named like an id', () => {
    expect(findTask(state, 't1', 42)).toEqual({ index: 1, id: 't2', task: stored({ n: 't1', s: 'PENDING', v: 0 }) })
  })

  it('names the TaskList and lists its tasks for an unknown name', () => {
    expect(unknown('deploy-prod')).toBe("TaskList #42 has no task 'deploy-prod'; its tasks are: build, t1, deploy")
    expect(unknown('t4')).toBe("TaskList #42 has no task 't4'; its tasks are: build, t1, deploy")
    expect(unknown('t0')).toBe("TaskList #42 has no task 't0'; its tasks are: build, t1, deploy")
  })

  it('shortens a long list and a long name', () => {
    const many = genesisSnapshot({
      title: 'x',
      trusted: [],
      tasks: Array.from({ length: 20 }, (_, i) => ({ name: `task-${i}` })),
      now: T0,
    })
    const listed = Array.from({ length: 12 }, (_, i) => `task-${i}`).join(', ')
    expect(unknown('n'.repeat(200), many)).toBe(
      `TaskList #42 has no task '${'n'.repeat(80)}'; its tasks are: ${listed}, …`,
    )
  })
})
