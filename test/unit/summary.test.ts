import { describe, expect, it } from 'vitest'
import { renderSummary } from '../../src/domain/summary.ts'
import { type Snapshot } from '../../src/domain/model.ts'
import { genesisSnapshot, sealSnapshot } from '../../src/domain/snapshot.ts'
import { RUN_URL, T0, stored } from './fixtures.ts'

function snapshot(title: string): Snapshot {
  const g = genesisSnapshot({
    title,
    trusted: [],
    tasks: [{ name: 'database-migration' }, { name: 'application-migration' }, { name: 'smoke-test' }],
    now: T0,
  })
  return sealSnapshot({
    ...g,
    tasks: [
      stored({ n: 'database-migration', s: 'COMPLETE', v: 2, t: 133, u: RUN_URL }),
      stored({ n: 'application-migration', s: 'FAILED', v: 2, t: 3725, m: 'exit 1 | see `log` @octocat', u: RUN_URL }),
      stored({ n: 'smoke-test', s: 'PENDING', v: 0 }),
    ],
  })
}

describe('renderSummary', () => {
  it('renders a table with a link to the issue', () => {
    expect(renderSummary(snapshot('Release 1.2'), 42, 'https://github.com/acme/app/issues/42')).toBe(
      [
        '### TaskList [#42](https://github.com/acme/app/issues/42): Release 1.2',
        '',
        '| ID | Task | Status | Duration | Run | Note |',
        '| --- | --- | --- | --- | --- | --- |',
        `| t1 | database-migration | COMPLETE | 2m 13s | [run](${RUN_URL}) |  |`,
        `| t2 | application-migration | FAILED | 1h 2m | [run](${RUN_URL}) | exit 1 \\| see \\\`log\\\` @\u200boctocat |`,
        '| t3 | smoke-test | PENDING |  |  |  |',
        '',
      ].join('\n'),
    )
  })

  it('escapes the title so it cannot break the heading or ping anyone', () => {
    const first = renderSummary(
      snapshot('<img src=x> @octocat\n| x |'),
      7,
      'https://github.com/acme/app/issues/7',
    ).split('\n')[0]
    expect(first).toBe(
      '### TaskList [#7](https://github.com/acme/app/issues/7): &lt;img src=x&gt; @\u200boctocat \\| x \\|',
    )
  })

  it('keeps every row to six cells whatever the note holds', () => {
    const rows = renderSummary(snapshot('t'), 1, 'https://github.com/acme/app/issues/1')
      .split('\n')
      .filter((line) => line.startsWith('| t'))
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(6)
  })
})
