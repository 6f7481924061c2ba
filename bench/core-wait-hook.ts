// Loaded with `node --import` into each job of the concurrency section (bench/concurrency.ts): notes
// how long the step's main thread, which runs all of its JavaScript, waited for a core between its
// first request and its last answer: the kernel's run-queue delay from /proc/self/schedstat. Fifty
// jobs share this machine's cores; on runners of their own they would not wait for one.
import { readFileSync, writeFileSync } from 'node:fs'

const out = process.env.TASKLIST_BENCH_CORE_WAIT ?? ''

/** Nanoseconds this thread has spent runnable but not running (the second field of schedstat). */
function waitedNs(): number {
  return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1])
}

/** A kernel without schedstat (or another system) leaves the figure out rather than fail the job. */
function readable(): boolean {
  try {
    return Number.isFinite(waitedNs())
  } catch {
    return false
  }
}

if (out !== '' && readable()) {
  // Node loads fetch on first use; reading it only then keeps that cost where the step pays it.
  const own = Object.getOwnPropertyDescriptor(globalThis, 'fetch')
  let real: typeof fetch | undefined
  let first: number | undefined
  let last: number | undefined
  globalThis.fetch = async (input, init) => {
    first ??= waitedNs()
    real ??= (own?.get?.call(globalThis) ?? own?.value) as typeof fetch
    try {
      return await real(input, init)
    } finally {
      last = waitedNs()
    }
  }
  process.on('exit', () => {
    if (first !== undefined && last !== undefined) writeFileSync(out, String((last - first) / 1e6))
  })
}
