// The machine a run measured, written into both result files: timings mean little without it.
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import type { Machine } from './types.ts'

export function describeMachine(): Machine {
  const list = cpus()
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    loadAverage: { start: loadNow() },
  }
}

export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100
}
