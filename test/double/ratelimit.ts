// GitHub's primary rate limit: an hourly budget per token, reported on every response.
export interface RateLimitState {
  limit: number
  remaining: number
  used: number
  /** Epoch seconds when the window resets. */
  reset: number
  resource: 'core'
}

interface Window {
  resetSec: number
  used: number
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>()

  private window(key: string, nowMs: number): Window {
    const nowSec = Math.floor(nowMs / 1000)
    let w = this.windows.get(key)
    if (w === undefined || nowSec >= w.resetSec) {
      w = { resetSec: nowSec + 3600, used: 0 }
      this.windows.set(key, w)
    }
    return w
  }

  peek(key: string, limit: number, nowMs: number): RateLimitState {
    const w = this.window(key, nowMs)
    return { limit, remaining: Math.max(0, limit - w.used), used: w.used, reset: w.resetSec, resource: 'core' }
  }

  consume(key: string, limit: number, nowMs: number): RateLimitState {
    this.window(key, nowMs).used++
    return this.peek(key, limit, nowMs)
  }
}

export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(s.limit),
    'x-ratelimit-remaining': String(s.remaining),
    'x-ratelimit-used': String(s.used),
    'x-ratelimit-reset': String(s.reset),
    'x-ratelimit-resource': s.resource,
  }
}
