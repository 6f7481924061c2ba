import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/domain/canonical-json.ts'
import { GITHUB_BODY_LIMIT } from '../../src/domain/body.ts'
import { renderRecordComment } from '../../src/domain/comment.ts'
import { RECORD_MARKER, decodeRecord, encodeRecord, newRecordId, type TaskRecord } from '../../src/domain/record.ts'
import { RUN_URL, at, baseSnapshot, holder, record } from './fixtures.ts'

const ZWSP = '\u200b'
const CUT_NOTE = "[… cut to fit GitHub's comment limit]"

const base = baseSnapshot()
const start = record(base, 'start', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' }, { lease: 3600 })
const fail = record(
  base,
  'fail',
  { op: 'fail', ver: 1, from: 'IN_PROGRESS', to: 'FAILED' },
  { claim: start.rec, x: 2, m: 'tests failed' },
)

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

function decoded(body: string): TaskRecord {
  const result = decodeRecord(body)
  if (result.kind !== 'record') throw new Error(`expected a record, got ${JSON.stringify(result)}`)
  return result.record
}

describe('record seal', () => {
  it('is intact as written, broken by an edit of the block, and absent from records of earlier releases', () => {
    const encoded = encodeRecord(fail)
    expect(decodeRecord(encoded)).toMatchObject({ kind: 'record', seal: 'intact' })
    const edited = encoded.replace('"to":"FAILED"', '"to":"COMPLETE"')
    expect(decodeRecord(edited)).toMatchObject({ kind: 'record', seal: 'broken' })
    const unsealed = encoded.replace(/,?"sum":"[0-9a-f]+"/, '')
    expect(decodeRecord(unsealed)).toMatchObject({ kind: 'record', record: fail, seal: 'absent' })
  })

  it('covers fields a later release may add, so a record is not taken for edited when it has more', () => {
    const json = JSON.parse(/\{.*\}/s.exec(encodeRecord(fail))?.[0] ?? '{}') as Record<string, unknown>
    const { sum: _sum, ...content } = json
    const later = { ...content, future: 'field' }
    const sum = createHash('sha256').update(canonicalJson(later)).digest('hex').slice(0, 16)
    const body = `${RECORD_MARKER}${JSON.stringify({ ...later, sum })} -->`
    expect(decodeRecord(body)).toMatchObject({ kind: 'record', record: fail, seal: 'intact' })
  })
})

describe('record encoding', () => {
  it('round-trips through encodeRecord and decodeRecord', () => {
    expect(decodeRecord(encodeRecord(fail))).toEqual({ kind: 'record', record: fail, seal: 'intact' })
  })

  it('finds no record in a plain comment', () => {
    expect(decodeRecord('LGTM <!-- a note -->')).toEqual({ kind: 'none' })
  })

  it('encodes hostile text inertly', () => {
    const hostile = { ...fail, m: '--> <!-- tasklist:record {} --> `x` </details>' }
    const encoded = encodeRecord(hostile)
    expect(encoded.startsWith(RECORD_MARKER)).toBe(true)
    expect(encoded.endsWith(' -->')).toBe(true)
    expect(count(encoded, '-->')).toBe(1)
    expect(decoded(encoded)).toEqual(hostile)
  })

  it('round-trips the writer’s GitHub time in `at`', () => {
    const takeover = record(
      base,
      'takeover',
      { op: 'takeover', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, lease: 1800, at: at(3601) },
    )
    expect(decodeRecord(encodeRecord(takeover))).toEqual({ kind: 'record', record: takeover, seal: 'intact' })
    expect(decoded(encodeRecord({ ...fail, at: '2025-01-01T01:00:00+02:00' })).at).toBe('2025-01-01T01:00:00+02:00')
  })

  it('calls a record with an `at` that is not an ISO time malformed', () => {
    const result = decodeRecord(encodeRecord({ ...fail, at: 'yesterday' }))
    expect(result.kind).toBe('malformed')
    if (result.kind !== 'malformed') return
    expect(result.error).toMatch(/^record block fails validation: .*→ at at$/)
    expect(result.error).not.toContain('\n')
  })

  it('uses only the last record marker in a comment', () => {
    const forged: TaskRecord = { ...fail, rec: 'f0f0f0f0f0f0f0f0', op: 'complete', to: 'COMPLETE' }
    expect(decoded(`${encodeRecord(forged)}\n\n${encodeRecord(fail)}`)).toEqual(fail)
    expect(decoded(`${encodeRecord(fail)}\n\n${encodeRecord(forged)}`)).toEqual(forged)
    expect(decoded(`quoted: <!-- tasklist:record {\n\n${encodeRecord(fail)}\n`)).toEqual(fail)
    expect(decoded(`quoted: <!-- tasklist:record {"tasklist":1} -->\n\n${encodeRecord(fail)}`)).toEqual(fail)
  })

  it('reports the last marker malformed even when a valid record comes before it', () => {
    expect(decodeRecord(`${encodeRecord(fail)}\n<!-- tasklist:record {not json} -->`)).toEqual({
      kind: 'malformed',
      error: 'record block is not valid JSON',
    })
    expect(decodeRecord(`${encodeRecord(fail)}\n<!-- tasklist:record {"tasklist":1}`)).toEqual({
      kind: 'malformed',
      error: 'record block is not closed',
    })
  })

  it('makes 20-character lowercase hex record ids that the schema accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, newRecordId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{20}$/)
    expect(decoded(encodeRecord({ ...fail, rec: [...ids][0] ?? '' })).rec).toHaveLength(20)
  })
})

describe('renderRecordComment', () => {
  it('renders a start with its holder link and lease', () => {
    expect(renderRecordComment(start)).toBe(
      [
        '**`[t1] database-migration`**: `PENDING -> IN_PROGRESS`',
        `Started by [deploy / migrate](${RUN_URL}) · lease 1h 0m`,
        '',
        encodeRecord(start),
      ].join('\n'),
    )
  })

  it('renders a failure with duration, exit code, message and output', () => {
    const body = renderRecordComment(fail, {
      durationSec: 133,
      message: 'tests failed: 3 of 120',
      output: 'FAIL a.test.ts\nFAIL b.test.ts',
    })
    expect(body).toBe(
      [
        '**`[t1] database-migration`**: `IN_PROGRESS -> FAILED`',
        `Failed by [deploy / migrate](${RUN_URL}) · after 2m 13s · exit code 2`,
        '',
        '> tests failed: 3 of 120',
        '',
        '<details><summary>Last lines of output</summary>',
        '',
        '```text\nFAIL a.test.ts\nFAIL b.test.ts\n```',
        '',
        '</details>',
        '',
        encodeRecord(fail),
      ].join('\n'),
    )
  })

  it('shows one status for a same-status op and no lease for complete', () => {
    const renew = record(
      base,
      'renew',
      { op: 'renew', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, lease: 600 },
    )
    expect(renderRecordComment(renew).split('\n').slice(0, 2)).toEqual([
      '**`[t1] database-migration`**: `IN_PROGRESS`',
      `Lease renewed by [deploy / migrate](${RUN_URL}) · lease 10m 0s`,
    ])
    const complete = record(
      base,
      'complete',
      { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' },
      { claim: start.rec, lease: 600 },
    )
    expect(renderRecordComment(complete).split('\n')[1]).toBe(`Completed by [deploy / migrate](${RUN_URL})`)
  })

  it('credits an operator request with a defused mention', () => {
    const retry = record(
      base,
      'retry',
      { op: 'retry', ver: 2, from: 'FAILED', to: 'PENDING' },
      { authority: 'operator', holder: { label: 'tasklist-bot' }, requestedBy: 'alice' },
    )
    expect(renderRecordComment(retry).split('\n')[1]).toBe(
      'Sent back for a retry by tasklist-bot · at the request of @\u200balice',
    )
  })

  it('falls back to the record message when no full message is given', () => {
    expect(renderRecordComment(fail).split('\n')[3]).toBe('> tests failed')
  })

  it('contains exactly one record, equal to the input', () => {
    const body = renderRecordComment(fail, { durationSec: 5, message: 'x', output: 'y' })
    expect(count(body, RECORD_MARKER)).toBe(1)
    expect(decoded(body)).toEqual(fail)
  })

  describe('hostile message, label and output', () => {
    const hostile = [
      '<!-- tasklist:record {"tasklist":1} -->',
      '--> </details> <script>x</script>',
      '```\n</details>\n```',
      '@octocat @acme/ops',
      '> quote\n# heading\n- [x] item',
    ]
    for (const text of hostile) {
      it(`stays intact and defused: ${JSON.stringify(text.slice(0, 30))}`, () => {
        const r = { ...fail, m: text, holder: holder({ label: text }) }
        const body = renderRecordComment(r, { message: text })
        expect(count(body, RECORD_MARKER)).toBe(1)
        expect(decoded(body)).toEqual(r)
        const shown = body.slice(0, body.indexOf(RECORD_MARKER))
        expect(shown).not.toContain('<!--')
        expect(shown).not.toMatch(/@[A-Za-z0-9]/)
        expect(shown.split('\n').filter((line) => line.startsWith('#'))).toEqual([])
      })
    }

    it('keeps a closing </details> in the output inside the code block, and defuses a comment opener', () => {
      const body = renderRecordComment(fail, { output: '</details>\n```\n<!-- -->' })
      expect(body).toContain(`\n\n\`\`\`\`text\n</details>\n\`\`\`\n<!${ZWSP}-- -->\n\`\`\`\`\n\n</details>\n\n`)
      expect(decoded(body)).toEqual(fail)
    })

    it('keeps an unclosed comment opener in the output from hiding the record', () => {
      const body = renderRecordComment(fail, { output: 'log line <!-- unterminated' })
      expect(decoded(body)).toEqual(fail)
    })

    /**
     * The command under test is arbitrary code, and its comment is posted by a
     * trusted account: a record block it prints must not count.
     */
    it('cannot forge the record from command output', () => {
      const forged: TaskRecord = { ...fail, rec: 'f0f0f0f0f0f0f0f0', op: 'complete', to: 'COMPLETE' }
      const body = renderRecordComment(fail, { output: `npm test\n${encodeRecord(forged)}\n1 failing` })
      expect(decoded(body)).toEqual(fail)
      expect(count(body, RECORD_MARKER)).toBe(1)
      expect(body).toContain(`npm test\n<!${ZWSP}-- tasklist:record `)
    })

    it('cannot make the record malformed from command output', () => {
      const body = renderRecordComment(fail, { output: 'dump: <!-- tasklist:record {' })
      expect(decodeRecord(body)).toEqual({ kind: 'record', record: fail, seal: 'intact' })
      expect(count(body, RECORD_MARKER)).toBe(1)
    })
  })

  describe('size', () => {
    it('cuts long output from the front to keep the comment within GitHub’s limit, with a note', () => {
      const output = Array.from({ length: 20_000 }, (_, i) => `line ${i}`).join('\n')
      const body = renderRecordComment(fail, { output })
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
      expect(body).toContain(`\`\`\`text\n${CUT_NOTE}\n`)
      expect(body).toContain('line 19999\n```')
      expect(body).not.toContain('line 0\n')
      expect(decoded(body)).toEqual(fail)
    })

    it('keeps output that fits whole', () => {
      const output = 'o'.repeat(50_000)
      const body = renderRecordComment(fail, { output })
      expect(body).toContain(`\`\`\`text\n${output}\n\`\`\``)
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    })

    it('stays within the limit with a long message and a long label', () => {
      const r = { ...fail, holder: holder({ label: '@'.repeat(300) }) }
      const body = renderRecordComment(r, { message: '<'.repeat(10_000), output: 'x\n'.repeat(40_000) })
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
      expect(decoded(body)).toEqual(r)
    })

    /** The output block as shown: its opening fence, the lines inside and the closing fence. */
    function outputBlock(body: string): { open: string; inside: string[]; close: string } {
      const head = '<details><summary>Last lines of output</summary>\n\n'
      const from = body.indexOf(head)
      const to = body.indexOf('\n\n</details>', from)
      expect(from).toBeGreaterThan(-1)
      expect(to).toBeGreaterThan(from)
      const lines = body.slice(from + head.length, to).split('\n')
      return { open: lines[0] ?? '', inside: lines.slice(1, -1), close: lines.at(-1) ?? '' }
    }

    /** The fence grows with the longest backtick run, so it counts against the limit too. */
    it('stays within the limit when the output is one long backtick run, fenced by a longer one', () => {
      const body = renderRecordComment(fail, { output: '`'.repeat(70_000) })
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
      const { open, inside, close } = outputBlock(body)
      expect(open).toMatch(/^`{3,}text$/)
      expect(close).toBe(open.slice(0, -'text'.length))
      expect(inside[0]).toBe(CUT_NOTE)
      for (const line of inside) expect(/^`+$/.test(line) && line.length >= close.length).toBe(false)
      expect(decoded(body)).toEqual(fail)
    })

    /** Long backtick runs are broken up, so the fence stays short and the cut keeps most of the output. */
    it('keeps as much of a long backtick run as fits', () => {
      const body = renderRecordComment(fail, { output: '`'.repeat(70_000) })
      const { inside } = outputBlock(body)
      expect(inside[1]?.length ?? 0).toBeGreaterThan(20_000)
    })

    it('keeps the end of the output when it cuts backtick-heavy output', () => {
      const output = `${'``` '.repeat(20_000)}\nlast line`
      const body = renderRecordComment(fail, { output })
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
      expect(body).toContain(`\`\`\`\`text\n${CUT_NOTE}\n`)
      expect(body).toContain('``` \nlast line\n````\n')
      expect(decoded(body)).toEqual(fail)
    })
  })
})
