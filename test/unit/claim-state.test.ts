import { describe, expect, it } from 'vitest'
import { claimVariable, mayHoldClaim } from '../../src/action/claim-state.ts'

const saved = JSON.stringify({ tasklistId: 7, task: 'migrate', taskId: 't2', claimId: 'c1' })

describe('the post step decides from the saved state alone', () => {
  it('has nothing to do when the step saved no claim', () => {
    expect(mayHoldClaim({})).toBe(false)
    expect(mayHoldClaim({ STATE_claim: '' })).toBe(false)
  })

  it('has nothing to do when a later step released the claim', () => {
    expect(mayHoldClaim({ STATE_claim: saved, [claimVariable(7, 't2')]: 'released' })).toBe(false)
  })

  it('checks a claim that is still held, or one it cannot read', () => {
    expect(mayHoldClaim({ STATE_claim: saved })).toBe(true)
    expect(mayHoldClaim({ STATE_claim: saved, [claimVariable(7, 't2')]: 'c1' })).toBe(true)
    expect(mayHoldClaim({ STATE_claim: '{not json' })).toBe(true)
    expect(mayHoldClaim({ STATE_claim: '{"tasklistId":"7"}' })).toBe(true)
  })
})
