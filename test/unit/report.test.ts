import { describe, expect, it } from 'vitest'
import {
  isComplete,
  nextTask,
  reportCreated,
  reportLoaded,
  statusMap,
  taskLine,
  transitionLine,
} from '../../src/app/report.ts'
import { type Snapshot, type Task } from '../../src/domain/model.ts'
import { genesisSnapshot, sealSnapshot } from '../../src/domain/snapshot.ts'
import type { Status } from '../../src/domain/status.ts'
import type { Logger } from '../../src/storage/logger.ts'
import { T0, stored } from './fixtures.ts'

function withStatuses(...statuses: Status[]): Snapshot {
  const names = ['database-migration', 'application-migration', 'smoke-test'].slice(0, statuses.length)
  const g = genesisSnapshot({ title: 'Release', trusted: [], tasks: names.map((name) => ({ name })), now: T0 })
  return sealSnapshot({
    ...g,
    tasks: g.tasks.map((t, i) => ({ ...t, state: { status: statuses[i] ?? 'PENDING', version: 1 } })),
  })
}

function recorder(): { log: Logger; lines: string[]; other: string[] } {
  const lines: string[] = []
  const other: string[] = []
  return {
    lines,
    other,
    log: {
      info: (m) => lines.push(m),
      warning: (m) => other.push(`warning: ${m}`),
      debug: (m) => other.push(`debug: ${m}`),
    },
  }
}

describe('log lines', () => {
  const task = (s: Status): Task => stored({ n: 'database-migration', s, v: 1 })

  it('marks a COMPLETE task as preserved', () => {
    expect(taskLine('t1', task('COMPLETE'))).toBe('[t1] database-migration: COMPLETE (status preserved)')
  })

  it('shows other statuses plainly', () => {
    expect(taskLine('t2', stored({ n: 'application-migration', s: 'PENDING', v: 0 }))).toBe(
      '[t2] application-migration: PENDING',
    )
    expect(taskLine('t1', task('SKIPPED'))).toBe('[t1] database-migration: SKIPPED')
    expect(taskLine('t1', task('FAILED'))).toBe('[t1] database-migration: FAILED')
  })

  it('shows a transition with an arrow', () => {
    expect(transitionLine('t1', 'database-migration', 'IN_PROGRESS', 'COMPLETE')).toBe(
      '[t1] database-migration: IN_PROGRESS -> COMPLETE',
    )
  })
})

describe('reportLoaded', () => {
  it('prints the load header and every task', () => {
    const { log, lines, other } = recorder()
    reportLoaded(log, 42, withStatuses('COMPLETE', 'PENDING'))
    expect(lines).toEqual([
      'TaskList Loaded: 42',
      'Task State Persistence: VERIFIED',
      '[t1] database-migration: COMPLETE (status preserved)',
      '[t2] application-migration: PENDING',
    ])
    expect(other).toEqual([])
  })

  it('shows one task as it was before this process changed it', () => {
    const { log, lines } = recorder()
    reportLoaded(log, 42, withStatuses('COMPLETE', 'IN_PROGRESS'), {
      index: 1,
      task: stored({ n: 'application-migration', s: 'PENDING', v: 0 }),
    })
    expect(lines.slice(2)).toEqual([
      '[t1] database-migration: COMPLETE (status preserved)',
      '[t2] application-migration: PENDING',
    ])
  })
})

describe('reportCreated', () => {
  it('prints the new ID and every task', () => {
    const { log, lines } = recorder()
    reportCreated(log, 7, withStatuses('PENDING', 'PENDING'))
    expect(lines).toEqual([
      'TaskList Created: 7',
      'TaskList ID: 7',
      '[t1] database-migration: PENDING',
      '[t2] application-migration: PENDING',
    ])
  })
})

describe('nextTask, isComplete, statusMap', () => {
  it.each([
    [['COMPLETE', 'PENDING', 'PENDING'], 'application-migration', false],
    [['COMPLETE', 'FAILED', 'PENDING'], 'application-migration', false],
    [['SKIPPED', 'IN_PROGRESS', 'PENDING'], 'smoke-test', false],
    [['COMPLETE', 'SKIPPED', 'COMPLETE'], '', true],
    [['COMPLETE', 'IN_PROGRESS', 'COMPLETE'], '', false],
  ] as const)('%j: next %j, complete %s', (statuses, next, complete) => {
    const state = withStatuses(...statuses)
    expect(nextTask(state)).toBe(next)
    expect(isComplete(state)).toBe(complete)
  })

  it('maps names to statuses', () => {
    expect(statusMap(withStatuses('COMPLETE', 'FAILED', 'PENDING'))).toEqual({
      'database-migration': 'COMPLETE',
      'application-migration': 'FAILED',
      'smoke-test': 'PENDING',
    })
  })
})
