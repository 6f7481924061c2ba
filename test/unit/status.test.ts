import { describe, expect, it } from 'vitest'
import {
  OPS,
  STATUSES,
  allowedFrom,
  illegalTransitionHint,
  isLegal,
  isSettled,
  targetOf,
  type Authority,
  type Op,
  type Status,
} from '../../src/domain/status.ts'

const AUTHORITIES: readonly Authority[] = ['workflow', 'operator']

/** The contract, written out independently of src. */
const WORKFLOW: Record<Op, readonly Status[]> = {
  start: ['PENDING', 'FAILED'],
  takeover: ['IN_PROGRESS'],
  renew: ['IN_PROGRESS'],
  complete: ['IN_PROGRESS'],
  fail: ['IN_PROGRESS'],
  skip: ['PENDING'],
  retry: [],
  reset: [],
}
const OPERATOR: Record<Op, readonly Status[]> = {
  ...WORKFLOW,
  retry: ['FAILED'],
  reset: ['COMPLETE', 'SKIPPED', 'FAILED'],
  skip: ['PENDING', 'FAILED'],
}
const TARGET: Record<Op, Status> = {
  start: 'IN_PROGRESS',
  takeover: 'IN_PROGRESS',
  renew: 'IN_PROGRESS',
  complete: 'COMPLETE',
  fail: 'FAILED',
  skip: 'SKIPPED',
  retry: 'PENDING',
  reset: 'PENDING',
}

function expectedLegal(op: Op, from: Status, authority: Authority): boolean {
  return (authority === 'workflow' ? WORKFLOW : OPERATOR)[op].includes(from)
}

const rows = OPS.flatMap((op) => STATUSES.flatMap((from) => AUTHORITIES.map((authority) => ({ op, from, authority }))))

describe('isLegal: every op x status x authority', () => {
  it('covers 8 ops x 5 statuses x 2 authorities', () => {
    expect(rows).toHaveLength(80)
  })

  for (const { op, from, authority } of rows) {
    const legal = expectedLegal(op, from, authority)
    it(`${authority} ${op} from ${from} is ${legal ? 'legal' : 'illegal'}`, () => {
      expect(isLegal(op, from, authority)).toBe(legal)
    })
  }
})

describe('targetOf', () => {
  for (const op of OPS) {
    it(`${op} leads to ${TARGET[op]}`, () => {
      expect(targetOf(op)).toBe(TARGET[op])
    })
  }
})

describe('allowedFrom', () => {
  it('lists what a workflow may start from', () => {
    expect(allowedFrom('start', 'workflow')).toEqual(['PENDING', 'FAILED'])
    expect(allowedFrom('skip', 'workflow')).toEqual(['PENDING'])
  })

  it('gives a workflow nothing for operator-only ops', () => {
    expect(allowedFrom('retry', 'workflow')).toEqual([])
    expect(allowedFrom('reset', 'workflow')).toEqual([])
  })

  it('lets an operator reset every finished status', () => {
    expect(allowedFrom('reset', 'operator')).toEqual(['COMPLETE', 'SKIPPED', 'FAILED'])
    expect(allowedFrom('retry', 'operator')).toEqual(['FAILED'])
  })

  it('lets an operator skip a PENDING or FAILED task', () => {
    expect(allowedFrom('skip', 'operator')).toEqual(['PENDING', 'FAILED'])
  })
})

describe('settled statuses', () => {
  it.each([
    ['PENDING', false],
    ['IN_PROGRESS', false],
    ['COMPLETE', true],
    ['FAILED', false],
    ['SKIPPED', true],
  ] as const)('%s settled: %s', (status, settled) => {
    expect(isSettled(status)).toBe(settled)
  })

  it('COMPLETE and SKIPPED accept no workflow op at all', () => {
    for (const from of ['COMPLETE', 'SKIPPED'] as const) {
      expect(OPS.filter((op) => isLegal(op, from, 'workflow'))).toEqual([])
    }
  })
})

describe('illegalTransitionHint', () => {
  it('sends a workflow to an operator for operator-only ops', () => {
    expect(illegalTransitionHint('retry', 'FAILED', 'workflow')).toBe(
      "'retry' is an operator action (use the bot's /tasklist retry or the CLI)",
    )
    expect(illegalTransitionHint('reset', 'COMPLETE', 'workflow')).toBe(
      "'reset' is an operator action (use the bot's /tasklist reset or the CLI)",
    )
  })

  it('explains that COMPLETE and SKIPPED are final and how to reset', () => {
    expect(illegalTransitionHint('start', 'COMPLETE', 'workflow')).toBe(
      "it is COMPLETE, which is final; an operator can reset it with '/tasklist reset' or 'tasklist reset'",
    )
    expect(illegalTransitionHint('complete', 'SKIPPED', 'workflow')).toBe(
      "it is SKIPPED, which is final; an operator can reset it with '/tasklist reset' or 'tasklist reset'",
    )
  })

  it('says a running task is already IN_PROGRESS and what the op needs', () => {
    expect(illegalTransitionHint('start', 'IN_PROGRESS', 'workflow')).toBe(
      "it is already IN_PROGRESS; 'start' needs PENDING or FAILED",
    )
    expect(illegalTransitionHint('skip', 'IN_PROGRESS', 'workflow')).toBe(
      "it is already IN_PROGRESS; 'skip' needs PENDING",
    )
  })

  it('tells the caller to start a PENDING task first when completing or failing it', () => {
    expect(illegalTransitionHint('complete', 'PENDING', 'workflow')).toBe(
      "'complete' needs IN_PROGRESS, but it is PENDING; start it first",
    )
    expect(illegalTransitionHint('fail', 'PENDING', 'workflow')).toBe(
      "'fail' needs IN_PROGRESS, but it is PENDING; start it first",
    )
    expect(illegalTransitionHint('complete', 'PENDING', 'operator')).toBe(
      "'complete' needs IN_PROGRESS, but it is PENDING; start it first",
    )
  })

  it('gives no start advice for the other ops that need IN_PROGRESS', () => {
    expect(illegalTransitionHint('renew', 'PENDING', 'workflow')).toBe("'renew' needs IN_PROGRESS, but it is PENDING")
    expect(illegalTransitionHint('takeover', 'PENDING', 'workflow')).toBe(
      "'takeover' needs IN_PROGRESS, but it is PENDING",
    )
  })

  it('tells a workflow that skip needs PENDING when the task FAILED', () => {
    expect(illegalTransitionHint('skip', 'FAILED', 'workflow')).toBe("'skip' needs PENDING, but it is FAILED")
  })

  it('names the needed status for a FAILED task without the start advice', () => {
    expect(illegalTransitionHint('complete', 'FAILED', 'workflow')).toBe(
      "'complete' needs IN_PROGRESS, but it is FAILED",
    )
  })

  it('names the problem for every illegal combination', () => {
    for (const { op, from, authority } of rows) {
      if (isLegal(op, from, authority)) continue
      const hint = illegalTransitionHint(op, from, authority)
      expect(hint.includes(from) || hint.includes('operator action'), `${authority} ${op} from ${from}: ${hint}`).toBe(
        true,
      )
      expect(hint).not.toContain('\n')
    }
  })

  it('never tells an operator that an op is an operator action', () => {
    expect(illegalTransitionHint('skip', 'IN_PROGRESS', 'operator')).toBe(
      "it is already IN_PROGRESS; 'skip' needs PENDING or FAILED",
    )
  })
})
