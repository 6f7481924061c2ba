// The double's own notion of "now": it runs at real speed from a chosen start and can jump forward, so
// lease-expiry and `since` tests need not sleep.
export interface ClockOptions {
  startMs?: number
  /** When true the clock only moves through advance(); handy for exact timestamps in tests. */
  frozen?: boolean
}

export class Clock {
  private readonly realStart: number
  private readonly startMs: number
  private readonly frozen: boolean
  private offsetMs = 0

  constructor(options: ClockOptions = {}) {
    this.realStart = performance.now()
    this.startMs = options.startMs ?? Date.now()
    this.frozen = options.frozen ?? false
  }

  now(): number {
    const elapsed = this.frozen ? 0 : performance.now() - this.realStart
    return Math.floor(this.startMs + elapsed + this.offsetMs)
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance needs a non-negative number, got ${ms}`)
    this.offsetMs += ms
    return this.now()
  }
}

/** GitHub's timestamps: ISO 8601, UTC, whole seconds (`2026-11-26T04:36:10Z`). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** GitHub stores whole seconds, so comparisons (`since`) must use the truncated value too. */
export function truncateToSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000
}
