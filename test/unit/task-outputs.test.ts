import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_OUTPUT_CHARS,
  MAX_OUTPUT_KEYS,
  OutputsError,
  parseOutputLines,
  parseOutputPairs,
} from '../../src/domain/task-outputs.ts'

function outputsError(text: string): OutputsError {
  try {
    parseOutputLines(text)
  } catch (error) {
    expect(error).toBeInstanceOf(OutputsError)
    return error as OutputsError
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`)
}

describe('parseOutputLines', () => {
  it('reads key=value lines, keeping everything after the first =', () => {
    expect(parseOutputLines('backup-id=b-42\nurl=https://x/?a=1&b=2\n\nempty=\n')).toEqual({
      'backup-id': 'b-42',
      url: 'https://x/?a=1&b=2',
      empty: '',
    })
  })

  it('reads key<<DELIMITER blocks as GITHUB_OUTPUT does, CRLF too', () => {
    expect(parseOutputLines('notes<<EOF\nline one\nline=two\n\nEOF\nschema_version=7\r\nx<<END\r\nEND\r\n')).toEqual({
      notes: 'line one\nline=two\n',
      schema_version: '7',
      x: '',
    })
  })

  it('keeps the last value of a key given twice', () => {
    expect(parseOutputLines('a=1\na=2')).toEqual({ a: '2' })
  })

  it.each([
    ['no-equals-here', 1, "line 1: write key=value, or key<<EOF and the value's lines up to EOF"],
    ['ok=1\nBad Key=2', 2, "line 2: 'Bad Key' is not an output key"],
    [
      'notes<<EOF\nnever closed',
      1,
      "line 1: the value of 'notes' is never closed; end it with a line that is exactly EOF",
    ],
    ['notes<<\n', 1, "line 1: 'notes<<' needs a delimiter"],
  ])('%j is refused on line %i', (text, line, message) => {
    const error = outputsError(text)
    expect(error.line).toBe(line)
    expect(error.message).toContain(message)
  })

  it('holds the stated limits', () => {
    const many = Array.from({ length: MAX_OUTPUT_KEYS + 1 }, (_, i) => `k${i}=v`).join('\n')
    expect(outputsError(many).message).toBe(`21 outputs given; a task records at most ${MAX_OUTPUT_KEYS}`)
    expect(parseOutputLines(`k=${'x'.repeat(MAX_OUTPUT_CHARS - 1)}`).k).toHaveLength(MAX_OUTPUT_CHARS - 1)
    expect(outputsError(`k=${'x'.repeat(MAX_OUTPUT_CHARS)}`).message).toContain(
      'a task records at most 2000 (keys and values together)',
    )
  })

  it('property: what a command writes, in either form, is read back exactly', () => {
    const key = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-_][a-z0-9]{1,8})?$/)
    const value = fc.string({ maxLength: 40 })
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 10 }), (outputs) => {
        // Line reading drops a CR before a newline, as GitHub's does; values without one are kept whole.
        fc.pre(Object.values(outputs).every((v) => !v.includes('\r')))
        const text = Object.entries(outputs)
          .map(([k, v]) => (/[\r\n]/.test(v) || v.includes('<<') ? `${k}<<DELIM_9f\n${v}\nDELIM_9f` : `${k}=${v}`))
          .join('\n')
        expect(parseOutputLines(text)).toEqual(outputs)
      }),
    )
  })
})

describe('parseOutputPairs', () => {
  it('stores a CRLF inside a value as a newline, as output lines are read', () => {
    expect(parseOutputPairs(['notes=one\r\ntwo'])).toEqual(parseOutputLines('notes<<EOF\r\none\r\ntwo\r\nEOF\r\n'))
    expect(parseOutputPairs(['notes=one\r\ntwo'])).toEqual({ notes: 'one\ntwo' })
  })

  it('reads one key=value each, the value whole after the first =, newlines included; the last of a key wins', () => {
    expect(parseOutputPairs(['backup-id=b-42', 'url=https://x/?a=1', 'notes=one\ntwo', 'a=1', 'a=2', 'e='])).toEqual({
      'backup-id': 'b-42',
      url: 'https://x/?a=1',
      notes: 'one\ntwo',
      a: '2',
      e: '',
    })
  })

  it.each([
    ['backup-id', "'backup-id' is not key=value; give the key, '=' and the value, such as backup-id=bk-42"],
    ['Bad Key=1', "'Bad Key' is not an output key; use a lowercase slug"],
    ['a<<EOF=1', "'a<<EOF' is not an output key"],
  ])('%j is refused without a line number', (pair, message) => {
    let caught: unknown
    try {
      parseOutputPairs([pair])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(OutputsError)
    expect((caught as OutputsError).message).toContain(message)
    expect((caught as OutputsError).line).toBeUndefined()
  })

  it('holds the same limits as output lines', () => {
    const many = Array.from({ length: MAX_OUTPUT_KEYS + 1 }, (_, i) => `k${i}=v`)
    expect(() => parseOutputPairs(many)).toThrow(`21 outputs given; a task records at most ${MAX_OUTPUT_KEYS}`)
    expect(() => parseOutputPairs([`k=${'x'.repeat(MAX_OUTPUT_CHARS)}`])).toThrow(OutputsError)
  })
})
