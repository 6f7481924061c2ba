import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from '../../src/domain/duration.ts'

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['6h', 21600],
    ['1h30m', 5400],
    ['2d', 172800],
    ['1d2h3m4s', 93784],
    ['90', 90],
    ['0', 0],
    [' 5M ', 300],
    ['1H', 3600],
  ])('%j is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds)
  })

  it.each([[''], ['   '], ['10x'], ['1.5h'], ['-5'], ['5 m'], ['m'], ['h1'], ['1h 30m'], ['PT5M'], ['1w']])(
    '%j is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
    },
  )
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [59.4, '59s'],
    [59.5, '1m 0s'],
    [133, '2m 13s'],
    [3599, '59m 59s'],
    [3600, '1h 0m'],
    [3900, '1h 5m'],
    [86399, '23h 59m'],
    [86400, '1d 0h'],
    [93784, '1d 2h'],
    [-10, '0s'],
  ])('%d seconds is %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})
