// Seeded randomness so that jitter and chaos runs replay exactly from a seed.
export type Random = () => number

/** mulberry32: tiny, fast, good enough for test scheduling; returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Independent streams per concern, so e.g. changing latency settings does not shift fault decisions. */
export function deriveSeed(seed: number, stream: string): number {
  let h = seed >>> 0
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x9e3779b1) >>> 0
  return h
}
