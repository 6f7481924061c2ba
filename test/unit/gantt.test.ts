import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderBody, parseBody, CHART_BUDGET } from '../../src/domain/body.ts'
import { fold, trustedAuthors } from '../../src/domain/fold.ts'
import { chartText, renderGantt } from '../../src/domain/gantt.ts'
import { MAX_HISTORY } from '../../src/domain/history.ts'
import { renderSummary } from '../../src/domain/summary.ts'
import { parseGantt } from '../support/mermaid.ts'
import { at, baseSnapshot, comment, holder, recId, record, T0 } from './fixtures.ts'

const trusted = trustedAuthors('octocat')
const t0 = Date.parse(T0)
/** The chart's times are UTC without a zone; jsdom runs in the test's zone, so compare as UTC wall times. */
const wall = (seconds: number) => {
  const d = new Date(t0 + seconds * 1000)
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ).getTime()
}

/** t1 fails, is retried by an operator and completes; t2 is taken over by a later job and is still running. */
function story() {
  const base = baseSnapshot(['database-migration', 'application-migration', 'data-validation'])
  const t2 = { task: 't2', name: 'application-migration' }
  const records = [
    comment(1, 10, record(base, 'start1', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' })),
    comment(
      2,
      70,
      record(
        base,
        'fail1',
        { op: 'fail', ver: 1, from: 'IN_PROGRESS', to: 'FAILED' },
        { claim: recId('start1'), x: 3 },
      ),
    ),
    comment(
      3,
      100,
      record(base, 'retry1', { op: 'retry', ver: 2, from: 'FAILED', to: 'PENDING' }, { authority: 'operator' }),
    ),
    comment(4, 120, record(base, 'start2', { op: 'start', ver: 3, from: 'PENDING', to: 'IN_PROGRESS' })),
    comment(
      5,
      250,
      record(
        base,
        'done2',
        { op: 'complete', ver: 4, from: 'IN_PROGRESS', to: 'COMPLETE' },
        { claim: recId('start2') },
      ),
    ),
    comment(
      6,
      260,
      record(base, 'start3', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS', ...t2 }, { lease: 60 }),
    ),
    comment(
      7,
      400,
      record(
        base,
        'take3',
        { op: 'takeover', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS', ...t2 },
        {
          claim: recId('start3'),
          at: at(400),
          holder: holder({ run: '200', url: 'https://github.com/acme/app/actions/runs/200', label: 'run 200' }),
        },
      ),
    ),
  ]
  return fold(base, records, trusted).snapshot
}

describe('renderGantt', () => {
  it('draws one bar per attempt, retries and takeovers included, and Mermaid parses it as GitHub would', async () => {
    const state = story()
    const now = t0 + 460_000
    const chart = renderGantt(state, now)
    expect(chart).toBeDefined()
    const bars = await parseGantt(chart ?? '')
    expect(bars).toEqual([
      {
        id: 't1a1',
        label: 'attempt 1 FAILED 1m 0s',
        section: 'database-migration',
        start: wall(10),
        end: wall(70),
        tags: ['crit'],
      },
      {
        id: 't1a2',
        label: 'attempt 2 COMPLETE 2m 10s',
        section: 'database-migration',
        start: wall(120),
        end: wall(250),
        tags: ['done'],
      },
      {
        id: 't2a1',
        label: 'attempt 1 taken over 2m 20s',
        section: 'application-migration',
        start: wall(260),
        end: wall(400),
        tags: ['crit'],
      },
      {
        id: 't2a2',
        label: 'attempt 2 IN_PROGRESS 1m 0s',
        section: 'application-migration',
        start: wall(400),
        end: wall(460),
        tags: ['active'],
      },
    ])
  })

  it('shows a skip as a milestone and leaves out tasks that never ran', async () => {
    const base = baseSnapshot()
    const skipped = fold(
      base,
      [comment(1, 30, record(base, 'skip1', { op: 'skip', ver: 0, from: 'PENDING', to: 'SKIPPED' }))],
      trusted,
    ).snapshot
    const bars = await parseGantt(renderGantt(skipped, t0) ?? '')
    expect(bars).toEqual([
      {
        id: 't1a1',
        label: 'SKIPPED',
        section: 'database-migration',
        start: wall(30),
        end: wall(30),
        tags: ['milestone'],
      },
    ])
    expect(renderGantt(base, t0)).toBeUndefined()
  })

  it('keeps a title that tries to break the chart, the fence or a comment inert', async () => {
    const hostile = { ...story(), title: 'Deploy: v2 # not a comment; %% nor this ```\n<!-- x --> {y} "z" @octocat' }
    const chart = renderGantt(hostile, t0 + 500_000) ?? ''
    expect(chart).not.toMatch(/```|<!--|-->|%%/)
    expect(chart.split('\n')[1]).toBe('    title Deploy v2 not a comment nor this !-- x -- y z @\u200boctocat (UTC)')
    expect(await parseGantt(chart)).toHaveLength(4)
    expect(chartText('')).toBe('TaskList')
  })

  it('parses for a long run across days, with the day on the axis', async () => {
    const base = baseSnapshot()
    const state = fold(
      base,
      [
        comment(1, 10, record(base, 's', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' })),
        comment(
          2,
          3 * 86_400,
          record(base, 'c', { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' }, { claim: recId('s') }),
        ),
      ],
      trusted,
    ).snapshot
    const chart = renderGantt(state, t0) ?? ''
    expect(chart).toContain('axisFormat %d %b %H:%M')
    expect(await parseGantt(chart)).toMatchObject([{ start: wall(10), end: wall(3 * 86_400), tags: ['done'] }])
  })

  it('keeps at most the latest attempts', () => {
    const base = baseSnapshot()
    const records = []
    let ver = 0
    let id = 1
    for (let round = 0; round < MAX_HISTORY + 3; round++) {
      const claim = recId(`run${round}`)
      records.push(
        comment(
          id++,
          id * 10,
          record(base, claim, { op: 'start', ver: ver++, from: round === 0 ? 'PENDING' : 'FAILED', to: 'IN_PROGRESS' }),
        ),
      )
      records.push(
        comment(
          id++,
          id * 10,
          record(base, `f${round}`, { op: 'fail', ver: ver++, from: 'IN_PROGRESS', to: 'FAILED' }, { claim }),
        ),
      )
    }
    const task = fold(base, records, trusted).snapshot.tasks[0]
    expect(task?.state.history).toHaveLength(MAX_HISTORY)
  })
})

describe('the timeline in the body and the job summary', () => {
  it('sits in a collapsed block of the body, which still parses, and is shed before anything else', async () => {
    const state = story()
    const body = renderBody(state, undefined, t0 + 460_000)
    const block = /<details><summary>Timeline<\/summary>\n\n```mermaid\n([\s\S]*?)\n```\n\n<\/details>/.exec(body)
    expect(block?.[1]).toBeDefined()
    expect(await parseGantt(block?.[1] ?? '')).toHaveLength(4)
    const parsed = parseBody(body)
    expect(parsed.kind === 'ok' && parsed.snapshot).toEqual(state)
    // Without the time, or when the chart is over its budget, the body is exactly what it was.
    expect(renderBody(state)).not.toContain('mermaid')
    const many = baseSnapshot(Array.from({ length: 170 }, (_, i) => `task-number-${i}`))
    const started = fold(
      many,
      many.tasks.map((t, i) =>
        comment(
          i + 1,
          i + 1,
          record(
            many,
            `s${i}`,
            { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
            { task: `t${i + 1}`, name: t.definition.name },
          ),
        ),
      ),
      trusted,
    ).snapshot
    expect((renderGantt(started, t0 + 1e6) ?? '').length).toBeGreaterThan(CHART_BUDGET)
    expect(renderBody(started, undefined, t0 + 1e6)).toBe(renderBody(started))
  })

  it('follows the table in the job summary', async () => {
    const summary = renderSummary(story(), 42, 'https://github.com/acme/app/issues/42', t0 + 460_000)
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(summary)
    expect(await parseGantt(block?.[1] ?? '')).toHaveLength(4)
  })
})

describe("the README's timeline", () => {
  it('is a gantt chart Mermaid parses, with the retry as a bar of its own', async () => {
    const readme = readFileSync('README.md', 'utf8')
    const charts = [...readme.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '')
    expect(charts).toHaveLength(1)
    const bars = await parseGantt(charts[0] ?? '')
    expect(bars.map((b) => [b.id, b.tags])).toEqual([
      ['t1a1', ['done']],
      ['t2a1', ['crit']],
      ['t2a2', ['done']],
      ['t3a1', ['done']],
    ])
  })
})
