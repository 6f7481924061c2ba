import { describe, expect, it } from 'vitest'
import {
  BEGIN_MARKER,
  BodyTooLargeError,
  END_MARKER,
  GITHUB_BODY_LIMIT,
  checklistLine,
  parseBody,
  parseChecklist,
  renderBody,
  type BodyParts,
  type ParsedBody,
} from '../../src/domain/body.ts'
import { type Snapshot, type Task } from '../../src/domain/model.ts'
import { genesisSnapshot, isSealed, leanSnapshot, sealSnapshot } from '../../src/domain/snapshot.ts'
import { storedTask, toWire, type StoredTask } from '../../src/domain/snapshot-wire.ts'
import { RUN_URL, T0, at, holder, isValidSnapshot, stored } from './fixtures.ts'

const STATE_OPEN = '<!-- tasklist:state'

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

function ok(parsed: ParsedBody): Extract<ParsedBody, { kind: 'ok' }> {
  if (parsed.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(parsed)}`)
  return parsed
}

function invalid(parsed: ParsedBody): Extract<ParsedBody, { kind: 'invalid' }> {
  if (parsed.kind !== 'invalid') throw new Error(`expected invalid, got ${parsed.kind}`)
  return parsed
}

/** Everything GitHub renders: the body without the hidden state block and the structural tags we emit. */
function visible(body: string): string {
  return body
    .replace(/<!-- tasklist:state\n[^\n]*\n-->/g, '')
    .replaceAll(BEGIN_MARKER, '')
    .replaceAll(END_MARKER, '')
    .replace(/<\/?sub>/g, '')
}

function snapshotWith(tasks: readonly StoredTask[], title = 'Release 1.2'): Snapshot {
  const g = genesisSnapshot({ title, trusted: ['octocat'], tasks: tasks.map((t) => ({ name: t.n })), now: T0 })
  return sealSnapshot({ ...g, tasks: tasks.map(stored) })
}

const sample = snapshotWith([
  {
    n: 'database-migration',
    desc: 'Migrate the schema',
    s: 'COMPLETE',
    v: 2,
    t: 133,
    at: at(133),
    u: RUN_URL,
    by: 'deploy / migrate',
  },
  { n: 'application-migration', s: 'FAILED', v: 2, t: 45, x: 2, m: 'boom', u: RUN_URL },
  { n: 'smoke-test', s: 'IN_PROGRESS', v: 1, c: { id: 'abcdef0123456789', at: at(0), lease: 3600, holder: holder() } },
  { n: 'cleanup', s: 'SKIPPED', v: 1 },
  { n: 'announce', s: 'PENDING', v: 0 },
])

/** The state block JSON in its wire form, as renderBody writes it. */
function wireJson(
  snapshot: Snapshot,
  edit: (wire: Record<string, unknown>) => Record<string, unknown> = (w) => w,
): string {
  return JSON.stringify(edit(toWire(snapshot) as Record<string, unknown>))
}

/** The wire tasks of a snapshot, one array per task. */
function wireTasks(snapshot: Snapshot): unknown[][] {
  return (toWire(snapshot) as { tasks: unknown[][] }).tasks
}

/** Replaces the JSON inside the state block. */
function withStateJson(body: string, json: string): string {
  return body.replace(
    /(<!-- tasklist:state\n)[^\n]*(\n-->)/,
    (_m, open: string, close: string) => `${open}${json}${close}`,
  )
}

describe('render and parse', () => {
  it('round-trips a snapshot exactly', () => {
    const body = renderBody(sample)
    const parsed = ok(parseBody(body))
    expect(parsed.snapshot).toEqual(sample)
    expect(parsed.parts).toEqual({ before: '', after: '' })
  })

  it('renders the exact block', () => {
    const g = snapshotWith([
      { n: 'build', s: 'COMPLETE', v: 2, t: 5 },
      { n: 'deploy', s: 'PENDING', v: 0 },
    ])
    const body = renderBody(g)
    expect(body).toBe(
      [
        BEGIN_MARKER,
        '## Release 1.2',
        '',
        '- [x] build (COMPLETE, 5s)',
        '- [ ] deploy (PENDING)',
        '',
        '<sub>1 of 2 done · This block is kept by tasklist-action from the comment record; write your notes outside it.</sub>',
        '',
        STATE_OPEN,
        `{"tasklist":1,"title":"Release 1.2","created":"${T0}","trusted":["octocat"],"defs":"${g.defs}","cursor":null,` +
          `"tasks":[["build","COMPLETE",2,{"t":5}],["deploy","PENDING",0]],"digest":"${g.digest}"}`,
        '-->',
        END_MARKER,
      ].join('\n'),
    )
  })

  it('writes the cursor as [id, at] and a task with extras as [name, status, version, extras]', () => {
    const withCursor = sealSnapshot({ ...sample, cursor: { id: 42, at: at(60) } })
    const body = renderBody(withCursor)
    const state = JSON.parse(body.split('\n').at(-3) ?? '') as Record<string, unknown>
    expect(state['cursor']).toEqual([42, at(60)])
    expect(state['tasks']).toEqual([
      [
        'database-migration',
        'COMPLETE',
        2,
        { desc: 'Migrate the schema', t: 133, at: at(133), u: RUN_URL, by: 'deploy / migrate' },
      ],
      ['application-migration', 'FAILED', 2, { t: 45, x: 2, m: 'boom', u: RUN_URL }],
      ['smoke-test', 'IN_PROGRESS', 1, { c: { id: 'abcdef0123456789', at: at(0), lease: 3600, holder: holder() } }],
      ['cleanup', 'SKIPPED', 1],
      ['announce', 'PENDING', 0],
    ])
    expect(ok(parseBody(body)).snapshot).toEqual(withCursor)
  })

  it('ends no checklist line with a task id comment', () => {
    const body = renderBody(sample)
    const lines = body.split('\n').filter((line) => line.startsWith('- ['))
    expect(lines).toHaveLength(5)
    for (const line of lines) expect(line).not.toContain('<!--')
  })

  it('ticks COMPLETE and SKIPPED boxes and reads them back', () => {
    const parsed = ok(parseBody(renderBody(sample)))
    expect([...parsed.checklist]).toEqual([
      ['database-migration', true],
      ['application-migration', false],
      ['smoke-test', false],
      ['cleanup', true],
      ['announce', false],
    ])
  })

  it('reports a box a person ticked without touching the state', () => {
    const body = renderBody(sample).replace('- [ ] announce', '- [x] announce')
    const parsed = ok(parseBody(body))
    expect(parsed.checklist.get('announce')).toBe(true)
    expect(parsed.snapshot).toEqual(sample)
  })

  it('parses a body whose lines end in CRLF', () => {
    const body = `Intro\r\n${renderBody(sample).replace(/\n/g, '\r\n')}\r\nOutro`
    const parsed = ok(parseBody(body))
    expect(parsed.snapshot).toEqual(sample)
    expect(parsed.parts).toEqual({ before: 'Intro\n', after: '\nOutro' })
  })
})

describe('human text around the block', () => {
  const parts: BodyParts = {
    before: 'Release checklist, owned by @octocat.\n\n<b>Do not</b> merge before Friday.\n\n',
    after: '\n\n---\nNotes: `tasklist:begin` is our marker; see <https://example.com>.\n',
  }

  it('is kept verbatim', () => {
    const body = renderBody(sample, parts)
    expect(body.startsWith(parts.before + BEGIN_MARKER)).toBe(true)
    expect(body.endsWith(END_MARKER + parts.after)).toBe(true)
    expect(ok(parseBody(body)).parts).toEqual(parts)
  })

  it('survives parse and render unchanged', () => {
    // The state JSON follows the object's key order (sealSnapshot's, then the
    // schema's after a parse), so compare from a parsed snapshot onwards.
    const once = ok(parseBody(renderBody(sample, parts)))
    const body = renderBody(once.snapshot, once.parts)
    expect(body.startsWith(parts.before + BEGIN_MARKER)).toBe(true)
    expect(body.endsWith(END_MARKER + parts.after)).toBe(true)
    const twice = ok(parseBody(body))
    expect(renderBody(twice.snapshot, twice.parts)).toBe(body)
  })
})

describe('hostile text', () => {
  const hostile: readonly string[] = [
    '-->',
    '<!--',
    '<!-- tasklist:end -->',
    '<!-- tasklist:begin -->',
    '<!-- tasklist:state\n{"tasklist":1}\n-->',
    '`code` and ```fence``` and ````',
    '```\n- [x] fake-task (COMPLETE)\n```',
    '</details></sub>',
    '<script>alert(1)</script>',
    '@octocat please look, cc @acme/ops',
    'Rocket 🚀 family 👩‍👩‍👧 math 𝒳𝒴',
    'x'.repeat(400),
    '\n## Injected heading\n- [x] announce (COMPLETE)\n',
    '[link](javascript:alert(1)) ![img](https://evil.example/x.png) & &amp; "quoted"',
  ]

  for (const text of hostile) {
    const label = JSON.stringify(text.slice(0, 40))
    const snapshot = snapshotWith(
      [
        { n: 'database-migration', desc: text.slice(0, 200), s: 'PENDING', v: 0 },
        { n: 'application-migration', s: 'FAILED', v: 2, m: text.slice(0, 300), by: text.slice(0, 100) },
        {
          n: 'announce',
          s: 'IN_PROGRESS',
          v: 1,
          c: { id: 'abcdef0123456789', at: at(0), lease: 60, holder: holder({ label: text.slice(0, 300) }) },
        },
      ],
      text.slice(0, 256),
    )

    it(`keeps the structure intact: ${label}`, () => {
      expect(isValidSnapshot(snapshot)).toBe(true)
      const body = renderBody(snapshot)
      expect(count(body, BEGIN_MARKER)).toBe(1)
      expect(count(body, END_MARKER)).toBe(1)
      expect(count(body, STATE_OPEN)).toBe(1)
      expect(body.split('\n').filter((line) => line.startsWith('- ['))).toHaveLength(3)
      expect(body.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1)
    })

    it(`gives back the same strings: ${label}`, () => {
      const parsed = ok(parseBody(renderBody(snapshot)))
      expect(parsed.snapshot).toEqual(snapshot)
      expect([...parsed.checklist]).toEqual([
        ['database-migration', false],
        ['application-migration', false],
        ['announce', false],
      ])
    })

    it(`renders no raw tag or mention: ${label}`, () => {
      const shown = visible(renderBody(snapshot))
      expect(shown).not.toContain('<')
      expect(shown).not.toMatch(/@[A-Za-z0-9]/)
    })
  }

  it('shows a hostile title escaped', () => {
    const body = renderBody(snapshotWith([{ n: 'a', s: 'PENDING', v: 0 }], '<b>@octocat</b> `x`'))
    expect(body.split('\n')[1]).toBe('## &lt;b&gt;@\u200boctocat&lt;/b&gt; \\`x\\`')
  })

  it('keeps emoji whole when a long message is cut in the checklist', () => {
    const m = `${'a'.repeat(106)}😀 and more text after the emoji`
    const line = checklistLine(stored({ n: 'a', s: 'FAILED', v: 1, m }), 'full')
    expect(line).toBe(`- [ ] a (FAILED) — ${'a'.repeat(106)}… (truncated)`)
  })

  /** A task's run URL is rendered raw in the checklist, so the schema admits only inert URLs. */
  const hostileUrl = 'https://github.com/acme/app/actions/runs/1/<!-- tasklist:end -->'
  const withHostileUrl = snapshotWith([{ n: 'build', s: 'COMPLETE', v: 2, u: hostileUrl }])

  it('the snapshot schema refuses a URL that could break markup', () => {
    expect(isValidSnapshot(withHostileUrl)).toBe(false)
    expect(
      isValidSnapshot(
        snapshotWith([{ n: 'build', s: 'COMPLETE', v: 2, u: 'https://github.com/acme/app/actions/runs/1 x' }]),
      ),
    ).toBe(false)
    expect(isValidSnapshot(snapshotWith([{ n: 'build', s: 'COMPLETE', v: 2, u: RUN_URL }]))).toBe(true)
  })
})

describe('checklistLine detail levels', () => {
  const done = stored({
    n: 'database-migration',
    desc: 'Migrate *the* schema',
    s: 'COMPLETE',
    v: 2,
    t: 133,
    m: 'done',
    u: RUN_URL,
  })
  const failed = stored({
    n: 'application-migration',
    desc: 'Roll out',
    s: 'FAILED',
    v: 2,
    t: 45,
    x: 2,
    m: 'exit @octocat',
    u: RUN_URL,
  })

  it('full: description, duration, run link; no note on COMPLETE', () => {
    expect(checklistLine(done, 'full')).toBe(
      `- [x] database-migration: Migrate \\*the\\* schema (COMPLETE, 2m 13s, [run](${RUN_URL}))`,
    )
  })

  it('full: exit code and note on FAILED', () => {
    expect(checklistLine(failed, 'full')).toBe(
      `- [ ] application-migration: Roll out (FAILED, 45s, exit 2, [run](${RUN_URL})) — exit @\u200boctocat`,
    )
  })

  it('compact: drops the description and note', () => {
    expect(checklistLine(failed, 'compact')).toBe(
      `- [ ] application-migration (FAILED, 45s, exit 2, [run](${RUN_URL}))`,
    )
  })

  it('minimal: only the status', () => {
    expect(checklistLine(failed, 'minimal')).toBe('- [ ] application-migration (FAILED)')
    expect(checklistLine(done, 'minimal')).toBe('- [x] database-migration (COMPLETE)')
  })

  it('lean: the checklist is as at minimal', () => {
    expect(checklistLine(failed, 'lean')).toBe('- [ ] application-migration (FAILED)')
    expect(checklistLine(done, 'lean')).toBe('- [x] database-migration (COMPLETE)')
  })

  it('shows no duration or exit code while IN_PROGRESS, and the note of a running task', () => {
    expect(checklistLine(stored({ n: 'a', s: 'IN_PROGRESS', v: 3, t: 10, x: 1, m: 'second try' }), 'full')).toBe(
      '- [ ] a (IN_PROGRESS) — second try',
    )
  })
})

describe('parseChecklist', () => {
  it('reads ticked and unticked boxes by name, the first line of a name winning', () => {
    const region = [
      '- [x] build (COMPLETE)',
      '- [X] test: unit tests',
      '- [ ] deploy (PENDING)',
      '- [ ] build (again)',
      '  - [x] indented-is-ignored',
      '* [x] star-is-ignored',
      '- [x] Upper-Is-Ignored',
      'text - [x] inline-is-ignored',
    ].join('\n')
    expect([...parseChecklist(region)]).toEqual([
      ['build', true],
      ['test', true],
      ['deploy', false],
    ])
  })
})

describe('size limits', () => {
  function large(count: number, descLength: number, nameLength = 40): Snapshot {
    const names = Array.from(
      { length: count },
      (_, i) => `t${String(i).padStart(4, '0')}-${'x'.repeat(nameLength - 6)}`,
    )
    const g = genesisSnapshot({
      title: 'Large',
      trusted: ['octocat'],
      tasks: names.map((name) => (descLength === 0 ? { name } : { name, description: 'd'.repeat(descLength) })),
      now: T0,
    })
    return sealSnapshot({
      ...g,
      tasks: g.tasks.map((t) => ({
        ...t,
        state: {
          status: 'COMPLETE' as const,
          version: 2,
          durationSec: 133,
          runUrl: 'https://github.com/acme/app/actions/runs/1234567890',
        },
      })),
    })
  }

  /** The detail level a body was rendered at: its checklist lines, and whether the state block kept the presentation facts. */
  function detailOf(snapshot: Snapshot, body: string): string {
    const first = snapshot.tasks[0]
    if (first === undefined) throw new Error('empty')
    const lines = body.split('\n')
    const levels = (['full', 'compact', 'minimal'] as const).filter((d) => lines.includes(checklistLine(first, d)))
    expect(levels).toHaveLength(1)
    const stored = ok(parseBody(body)).snapshot
    if (levels[0] === 'minimal' && first.state.runUrl !== undefined && stored.tasks[0]?.state.runUrl === undefined)
      return 'lean'
    return levels[0] ?? ''
  }

  it.each([
    [100, 60, 'full'],
    [120, 200, 'compact'],
    [200, 100, 'minimal'],
    [300, 60, 'lean'],
  ] as const)('%i tasks with %i-character descriptions render at %s detail within the limit', (tasks, desc, detail) => {
    const snapshot = large(tasks, desc)
    expect(snapshot.tasks[0]?.definition.name).toHaveLength(40)
    const body = renderBody(snapshot)
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(detailOf(snapshot, body)).toBe(detail)
    expect(ok(parseBody(body)).snapshot).toEqual(detail === 'lean' ? leanSnapshot(snapshot) : snapshot)
  })

  it('renders 300 finished tasks with 40-character names, run links and durations', () => {
    const snapshot = large(300, 0)
    const body = renderBody(snapshot)
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(detailOf(snapshot, body)).toBe('minimal')
    expect(ok(parseBody(body)).snapshot).toEqual(snapshot)
  })

  it('renders 500 finished tasks with 40-character names within the limit, at lean detail', () => {
    const snapshot = large(500, 0)
    const body = renderBody(snapshot)
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(detailOf(snapshot, body)).toBe('lean')
    expect(ok(parseBody(body)).snapshot).toEqual(leanSnapshot(snapshot))
  })

  it('renders 500 finished tasks with 20-character names and run links with at least 15% to spare', () => {
    const snapshot = large(500, 0, 20)
    expect(snapshot.tasks[0]?.definition.name).toHaveLength(20)
    expect(snapshot.tasks.every((t) => t.state.runUrl !== undefined && t.state.durationSec !== undefined)).toBe(true)
    const body = renderBody(snapshot)
    expect(body.length).toBeLessThanOrEqual(Math.floor(GITHUB_BODY_LIMIT * 0.85))
    const parsed = ok(parseBody(body)).snapshot
    expect(parsed.tasks.map((t) => [t.definition.name, t.state.status, t.state.version])).toEqual(
      snapshot.tasks.map((t) => [t.definition.name, 'COMPLETE', 2]),
    )
  })

  it('keeps statuses, versions, claims and descriptions exactly at lean detail', () => {
    const statuses = ['COMPLETE', 'FAILED', 'IN_PROGRESS', 'SKIPPED', 'PENDING'] as const
    const names = Array.from({ length: 500 }, (_, i) => `t${String(i).padStart(4, '0')}-${'y'.repeat(14)}`)
    const g = genesisSnapshot({
      title: 'Lean',
      trusted: ['octocat'],
      tasks: names.map((name, i) => (i % 25 === 0 ? { name, description: `step ${i} of the release` } : { name })),
      now: T0,
    })
    const tasks: Task[] = g.tasks.map((genesisTask, i) => {
      const task = storedTask(genesisTask)
      const s = statuses[i % statuses.length] ?? 'PENDING'
      const url = `https://github.com/acme/app/actions/runs/${1_000_000 + i}`
      const facts = {
        at: at(i),
        by: `deploy / job-${i}`,
        u: url,
        m: `note ${i}`,
        t: i + 0.5,
        ...(s === 'FAILED' ? { x: (i % 7) + 1 } : {}),
      }
      if (s === 'PENDING') return stored({ ...task, v: 2 * (i % 3) })
      if (s === 'IN_PROGRESS') {
        const c = {
          id: `claim${String(i).padStart(11, '0')}`,
          at: at(i),
          lease: 600 + i,
          ...(i % 2 === 0 ? { renewed: at(i + 30) } : {}),
          holder: holder({ run: String(i), url, label: `deploy / job-${i}` }),
        }
        return stored({ ...task, s, v: (i % 9) + 1, c, ...facts })
      }
      return stored({ ...task, s, v: (i % 9) + 1, ...facts })
    })
    const snapshot = sealSnapshot({ ...g, tasks })
    expect(isValidSnapshot(snapshot)).toBe(true)
    expect(snapshot.tasks.filter((t) => t.state.claim !== undefined)).toHaveLength(100)
    expect(snapshot.tasks.filter((t) => t.definition.description !== undefined)).toHaveLength(20)

    const body = renderBody(snapshot)
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(detailOf(snapshot, body)).toBe('lean')
    const parsed = ok(parseBody(body)).snapshot
    // The lean level drops only the claim holder's link, which the run id implies.
    const essentials = (s: Snapshot) =>
      s.tasks.map((t) => ({
        n: t.definition.name,
        s: t.state.status,
        v: t.state.version,
        c:
          t.state.claim === undefined
            ? undefined
            : { ...t.state.claim, holder: { ...t.state.claim.holder, url: undefined } },
        desc: t.definition.description,
      }))
    expect(essentials(parsed)).toEqual(essentials(snapshot))
    expect(parsed).toEqual(leanSnapshot(snapshot))
    expect(isSealed(parsed)).toBe(true)
    expect(
      parsed.tasks.some(
        (t) =>
          t.state.runUrl !== undefined ||
          t.state.message !== undefined ||
          t.state.changedAt !== undefined ||
          t.state.changedBy !== undefined ||
          t.state.durationSec !== undefined ||
          t.state.exitCode !== undefined,
      ),
    ).toBe(false)
  })

  it('throws BodyTooLargeError with its size and the fix when nothing fits', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(4, '0')}-${'n'.repeat(59)}`)
    const snapshot = genesisSnapshot({ title: 'Huge', trusted: [], tasks: names.map((name) => ({ name })), now: T0 })
    let error: unknown
    try {
      renderBody(snapshot)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BodyTooLargeError)
    expect((error as Error).message).toMatch(
      /^the TaskList body would be \d{6} characters, over GitHub's limit of 65536; use fewer or shorter task names, or move text people added to the issue into a comment$/,
    )
  })

  it('counts the people’s text against the limit', () => {
    const small = snapshotWith([{ n: 'a', s: 'PENDING', v: 0 }])
    const rest = GITHUB_BODY_LIMIT - renderBody(small).length
    expect(renderBody(small, { before: 'p'.repeat(rest), after: '' })).toHaveLength(GITHUB_BODY_LIMIT)
    expect(() => renderBody(small, { before: 'p'.repeat(rest + 1), after: '' })).toThrow(BodyTooLargeError)
  })
})

describe('parse errors', () => {
  const body = renderBody(sample, { before: 'before\n', after: '\nafter' })

  it.each([
    ['Just a normal issue.'],
    [''],
    [null],
    [undefined],
    ['mentions tasklist:begin without the comment syntax'],
  ])('%j is not a TaskList', (text) => {
    expect(parseBody(text)).toEqual({ kind: 'not-tasklist' })
  })

  it('rejects duplicated markers', () => {
    expect(invalid(parseBody(body + body)).error).toBe(
      'the issue body has 2 TaskList begin and 2 end markers; exactly one of each is expected',
    )
  })

  it('rejects a missing end marker', () => {
    expect(invalid(parseBody(body.replace(END_MARKER, ''))).error).toBe(
      'the issue body has 1 TaskList begin and 0 end markers; exactly one of each is expected',
    )
  })

  it('rejects a state block without markers', () => {
    expect(invalid(parseBody(body.replace(BEGIN_MARKER, '').replace(END_MARKER, ''))).error).toBe(
      'the issue body has 0 TaskList begin and 0 end markers; exactly one of each is expected',
    )
  })

  it('rejects an end marker before the begin marker', () => {
    expect(parseBody(`${END_MARKER}\ntext\n${BEGIN_MARKER}`)).toEqual({
      kind: 'invalid',
      error: 'the TaskList end marker comes before the begin marker',
    })
  })

  it('rejects a block without a state block, keeping the parts', () => {
    const text = `before\n${BEGIN_MARKER}\n## Title\n- [ ] a (PENDING)\n${END_MARKER}\nafter`
    expect(parseBody(text)).toEqual({
      kind: 'invalid',
      parts: { before: 'before\n', after: '\nafter' },
      error: 'the TaskList block holds 0 state blocks; exactly one is expected',
    })
  })

  it('rejects two state blocks', () => {
    const state = `${STATE_OPEN}\n${wireJson(sample)}\n-->`
    const text = body.replace(END_MARKER, `${state}\n${END_MARKER}`)
    expect(invalid(parseBody(text)).error).toBe('the TaskList block holds 2 state blocks; exactly one is expected')
  })

  it('rejects invalid JSON', () => {
    const parsed = invalid(parseBody(withStateJson(body, '{"tasklist":1,')))
    expect(parsed).toEqual({
      kind: 'invalid',
      parts: { before: 'before\n', after: '\nafter' },
      error: 'the state block is not valid JSON',
    })
  })

  it('accepts the wire form written by hand', () => {
    expect(ok(parseBody(withStateJson(body, wireJson(sample)))).snapshot).toEqual(sample)
  })

  it('rejects an unknown status, naming the field', () => {
    const tasks = wireTasks(sample).map((t, i) => (i === 0 ? ['database-migration', 'DONE', ...t.slice(2)] : t))
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks })),
        ),
      ),
    ).error
    expect(error).toBe(
      'the state block fails validation: ✖ Invalid option: expected one of "PENDING"|"IN_PROGRESS"|"COMPLETE"|"FAILED"|"SKIPPED" → at tasks[0].s',
    )
  })

  it('rejects a negative version, naming the field', () => {
    const tasks = wireTasks(sample).map((t, i) => (i === 1 ? [t[0], t[1], -1, ...t.slice(3)] : t))
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Too small: expected number to be >=0 → at tasks[1].v')
  })

  it('rejects a hostile URL among the extras, naming the field', () => {
    const tasks = wireTasks(sample).map((t, i) => (i === 1 ? [t[0], t[1], t[2], { u: 'javascript:alert(1)' }] : t))
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks })),
        ),
      ),
    ).error
    expect(error).toMatch(
      /^the state block fails validation: ✖ Invalid string: must match pattern .* → at tasks\[1\]\.u$/,
    )
  })

  it('rejects an empty task list', () => {
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks: [] })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Too small: expected array to have >=1 items → at tasks')
  })

  it('rejects a task that is not in the wire form', () => {
    const tasks = wireTasks(sample).map((t, i) => (i === 0 ? { n: 'database-migration', s: 'COMPLETE', v: 2 } : t))
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Invalid input → at tasks[0]')
  })

  it('rejects a task array without its version', () => {
    const tasks = wireTasks(sample).map((t, i) => (i === 3 ? ['cleanup', 'SKIPPED'] : t))
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, tasks })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Invalid input → at tasks[3]')
  })

  it('rejects a cursor written as an object', () => {
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, cursor: { id: 1, at: T0 } })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Invalid input: expected tuple, received object → at cursor')
  })

  it('rejects a cursor whose time is not a time, naming the field', () => {
    const error = invalid(
      parseBody(
        withStateJson(
          body,
          wireJson(sample, (w) => ({ ...w, cursor: [5, 'yesterday'] })),
        ),
      ),
    ).error
    expect(error).toBe('the state block fails validation: ✖ Invalid ISO datetime → at cursor.at')
  })

  it('rejects the plain snapshot object, which is not the wire form', () => {
    const error = invalid(parseBody(withStateJson(body, JSON.stringify(sample)))).error
    expect(error).toMatch(/^the state block fails validation: /)
    expect(error).toContain('→ at tasks[0]')
    expect(error).not.toContain('\n')
  })

  it('rejects a newer schema version with advice to upgrade', () => {
    const json = JSON.stringify({ ...sample, tasklist: 2, somethingNew: true })
    expect(invalid(parseBody(withStateJson(body, json))).error).toBe(
      'the state block has schema 2, newer than this tasklist-action understands (1); use a newer release of the action',
    )
  })
})
