export const STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'SKIPPED'] as const
export type Status = (typeof STATUSES)[number]

/**
 * Who may perform an operation. Workflow steps follow the strict pipeline
 * machine; operators (people, through the bot or the CLI) may also send a
 * task back to PENDING or skip a failed one.
 */
export type Authority = 'workflow' | 'operator'

export const OPS = ['start', 'takeover', 'renew', 'complete', 'fail', 'skip', 'retry', 'reset'] as const
export type Op = (typeof OPS)[number]

interface OpRule {
  readonly from: readonly Status[]
  readonly to: Status
  readonly authority: readonly Authority[]
}

const RULES: Record<Op, OpRule> = {
  start: { from: ['PENDING', 'FAILED'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
  // Same status on both sides: the claim changes hands or its lease is extended.
  takeover: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
  renew: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
  complete: { from: ['IN_PROGRESS'], to: 'COMPLETE', authority: ['workflow', 'operator'] },
  fail: { from: ['IN_PROGRESS'], to: 'FAILED', authority: ['workflow', 'operator'] },
  skip: { from: ['PENDING'], to: 'SKIPPED', authority: ['workflow', 'operator'] },
  retry: { from: ['FAILED'], to: 'PENDING', authority: ['operator'] },
  reset: { from: ['COMPLETE', 'SKIPPED', 'FAILED'], to: 'PENDING', authority: ['operator'] },
}

// An operator may also skip a FAILED task (ticking its box in the issue).
const OPERATOR_SKIP_FROM: readonly Status[] = ['PENDING', 'FAILED']

export function targetOf(op: Op): Status {
  return RULES[op].to
}

export function allowedFrom(op: Op, authority: Authority): readonly Status[] {
  const rule = RULES[op]
  if (!rule.authority.includes(authority)) return []
  if (op === 'skip' && authority === 'operator') return OPERATOR_SKIP_FROM
  return rule.from
}

export function isLegal(op: Op, from: Status, authority: Authority): boolean {
  return allowedFrom(op, authority).includes(from)
}

/** Done for the pipeline: never run again unless an operator resets it. */
export function isSettled(status: Status): boolean {
  return status === 'COMPLETE' || status === 'SKIPPED'
}

/** Explains an illegal transition and what to do instead, in one line. */
export function illegalTransitionHint(op: Op, from: Status, authority: Authority): string {
  const allowed = allowedFrom(op, authority)
  if (allowed.length === 0) {
    return `'${op}' is an operator action (use the bot's /tasklist ${op} or the CLI)`
  }
  const needs = allowed.join(' or ')
  switch (from) {
    case 'COMPLETE':
    case 'SKIPPED':
      return `it is ${from}, which is final; an operator can reset it with '/tasklist reset' or 'tasklist reset'`
    case 'IN_PROGRESS':
      return `it is already IN_PROGRESS; '${op}' needs ${needs}`
    default:
      return (
        `'${op}' needs ${needs}, but it is ${from}` +
        (from === 'PENDING' && (op === 'complete' || op === 'fail') ? '; start it first' : '')
      )
  }
}
