// Seeded fault injection: explicit rules first, then optional background chaos.
import { deriveSeed, mulberry32 } from './prng.ts'
import type { Random } from './prng.ts'

export const FAULT_KINDS = [
  '5xx',
  'secondary-rate-limit',
  'secondary-rate-limit-no-retry-after',
  '429',
  'reset-after-apply',
  'reset-before-apply',
  'hang',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultRule {
  kind: FaultKind
  /** HTTP method, any case; all methods when omitted. */
  method?: string
  /** OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`; all routes when omitted. */
  route?: string
  /** Fire at most this many times; unlimited when omitted. */
  times?: number
  /** Chance per matching request, drawn from the seeded PRNG; 1 when omitted. */
  probability?: number
  /** retry-after (or x-ratelimit-reset distance) in seconds for the rate-limit kinds; default 1. */
  retryAfterSec?: number
  /** Status for '5xx'; default 502. */
  status?: number
}

export interface ChaosOptions {
  seed: number
  /** Probability per API request that some fault fires. */
  rate: number
  /** Kinds to draw from; every kind but 'hang' by default. */
  kinds?: FaultKind[]
  includeHang?: boolean
  retryAfterSec?: number
}

export interface AppliedFault {
  kind: FaultKind
  retryAfterSec: number
  status: number
  source: 'rule' | 'chaos'
}

export interface FaultLogEntry {
  seq: number
  requestId: number
  /** The double's clock when the fault was applied. */
  atMs: number
  method: string
  route: string
  path: string
  kind: FaultKind
  source: 'rule' | 'chaos'
}

interface ActiveRule {
  rule: FaultRule
  fired: number
}

export function assertFaultRule(rule: FaultRule): void {
  if (!FAULT_KINDS.includes(rule.kind))
    throw new Error(`unknown fault kind ${String(rule.kind)}; expected one of ${FAULT_KINDS.join(', ')}`)
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1))
    throw new Error('probability must be within 0..1')
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0))
    throw new Error('times must be a non-negative integer')
}

export class FaultInjector {
  readonly log: FaultLogEntry[] = []
  private rules: ActiveRule[] = []
  private random: Random
  private chaos: { options: ChaosOptions; kinds: FaultKind[]; random: Random } | undefined

  constructor(seed: number) {
    this.random = mulberry32(deriveSeed(seed, 'faults'))
  }

  add(rule: FaultRule): void {
    assertFaultRule(rule)
    this.rules.push({ rule: { ...rule }, fired: 0 })
  }

  clear(): void {
    this.rules = []
    this.chaos = undefined
  }

  setChaos(options: ChaosOptions | null): void {
    if (options === null || options.rate <= 0) {
      this.chaos = undefined
      return
    }
    if (!(options.rate <= 1)) throw new Error('chaos rate must be within 0..1')
    const kinds = options.kinds ?? FAULT_KINDS.filter((k) => k !== 'hang' || options.includeHang === true)
    for (const k of kinds) assertFaultRule({ kind: k })
    if (kinds.length === 0) throw new Error('chaos needs at least one fault kind')
    this.chaos = { options: { ...options }, kinds, random: mulberry32(deriveSeed(options.seed, 'chaos')) }
  }

  pick(method: string, route: string): AppliedFault | undefined {
    for (const active of this.rules) {
      const { rule } = active
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue
      if (rule.route !== undefined && rule.route !== route) continue
      if (rule.times !== undefined && active.fired >= rule.times) continue
      if (rule.probability !== undefined && rule.probability < 1 && this.random() >= rule.probability) continue
      active.fired++
      return { kind: rule.kind, retryAfterSec: rule.retryAfterSec ?? 1, status: rule.status ?? 502, source: 'rule' }
    }
    const chaos = this.chaos
    if (chaos !== undefined && chaos.random() < chaos.options.rate) {
      const kind = chaos.kinds[Math.floor(chaos.random() * chaos.kinds.length)] ?? chaos.kinds[0]
      if (kind !== undefined)
        return { kind, retryAfterSec: chaos.options.retryAfterSec ?? 1, status: 502, source: 'chaos' }
    }
    return undefined
  }
}
