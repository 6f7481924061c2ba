import { describe, expect, it } from 'vitest'
import { codeBlock, escapeInline, inertJson, oneLine, tailLines, truncate } from '../../src/domain/markdown.ts'

const ZWSP = '\u200b'

describe('escapeInline', () => {
  it('turns HTML into entities so no tag or comment survives', () => {
    expect(escapeInline('<script>alert("x")</script> & <!-- -->')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;!-- --&gt;',
    )
  })

  it('backslash-escapes markdown punctuation', () => {
    expect(escapeInline('`code` *b* _i_ [l](u) # | ~ \\')).toBe(
      '\\`code\\` \\*b\\* \\_i\\_ \\[l\\](u) \\# \\| \\~ \\\\',
    )
  })

  it('defuses @mentions with a zero-width space', () => {
    expect(escapeInline('ping @octocat and @org/team')).toBe(`ping @${ZWSP}octocat and @${ZWSP}org/team`)
  })

  it('collapses newlines so no new block can start', () => {
    expect(escapeInline('line one\r\n\r\n  # heading\n- item')).toBe('line one \\# heading - item')
  })

  it('leaves plain text and emoji unchanged', () => {
    expect(escapeInline('Deploy 🚀 to prod')).toBe('Deploy 🚀 to prod')
  })

  it('escapes an entity-looking input so it is shown literally', () => {
    expect(escapeInline('&lt;')).toBe('&amp;lt;')
  })
})

describe('oneLine', () => {
  it('joins lines with one space and trims', () => {
    expect(oneLine('  a \n\n b\r\nc  ')).toBe('a b c')
  })
})

describe('codeBlock', () => {
  it('uses a three-backtick fence for plain content', () => {
    expect(codeBlock('hello')).toBe('```text\nhello\n```')
  })

  it('uses a fence one longer than the longest backtick run inside', () => {
    expect(codeBlock('a ``` b ````` c')).toBe('``````text\na ``` b ````` c\n``````')
  })

  it('normalises CR and CRLF line ends', () => {
    expect(codeBlock('a\r\nb\rc')).toBe('```text\na\nb\nc\n```')
  })

  it('defuses every HTML comment opener with a zero-width space', () => {
    expect(codeBlock('a <!-- b\n<!--<!-- tasklist:record {} -->')).toBe(
      `\`\`\`text\na <!${ZWSP}-- b\n<!${ZWSP}--<!${ZWSP}-- tasklist:record {} -->\n\`\`\``,
    )
  })

  it('leaves a closing --> and other tags as they are inside the block', () => {
    expect(codeBlock('--> </details> <b>')).toBe('```text\n--> </details> <b>\n```')
  })

  it('fences a very long backtick run one longer', () => {
    const run = 200_000
    const block = codeBlock(`x ${'`'.repeat(run)} y`)
    expect(block).toHaveLength(2 * (run + 1) + 'text\n'.length + run + 4 + '\n'.length)
    expect(block.startsWith(`${'`'.repeat(run + 1)}text\nx \``)).toBe(true)
    expect(block.endsWith(`\` y\n${'`'.repeat(run + 1)}`)).toBe(true)
  })

  it('fences more backtick runs than a spread of arguments allows by the longest of them', () => {
    const content = Array.from({ length: 500_000 }, (_, i) => (i === 377_777 ? '`````' : '`')).join(' ')
    const block = codeBlock(content)
    expect(block).toBe(`\`\`\`\`\`\`text\n${content}\n\`\`\`\`\`\``)
  })

  it('cannot be closed from inside: no line of the content is a fence as long as ours', () => {
    const content = 'x\n```\n````\n```````\ny'
    const block = codeBlock(content)
    const lines = block.split('\n')
    const fence = (lines.at(-1) ?? '').length
    expect(fence).toBe(8)
    expect(lines[0]).toBe(`${'`'.repeat(8)}text`)
    expect(lines.slice(1, -1).some((line) => /^`+$/.test(line) && line.length >= fence)).toBe(false)
  })
})

describe('truncate', () => {
  it('returns short text unchanged', () => {
    expect(truncate('abc', 3)).toBe('abc')
  })

  it('cuts to exactly max characters including the note', () => {
    const out = truncate('a'.repeat(100), 20)
    expect(out).toBe(`${'a'.repeat(7)}… (truncated)`)
    expect(out).toHaveLength(20)
  })

  it('accepts a custom note', () => {
    expect(truncate('abcdefghij', 6, '..')).toBe('abcd..')
  })

  it('never splits a surrogate pair', () => {
    // The cut falls between the two halves of the emoji: it is dropped whole.
    const text = 'abcd😀efgh'
    expect(truncate(text, 7, '..')).toBe('abcd..')
    expect(truncate(text, 8, '..')).toBe('abcd😀..')
  })

  it('never leaves a lone surrogate for any cut of an emoji string', () => {
    const text = '😀'.repeat(30)
    for (let max = 14; max < text.length; max++) {
      const out = truncate(text, max)
      expect(out.length).toBeLessThanOrEqual(max)
      expect(out.isWellFormed()).toBe(true)
    }
  })
})

describe('tailLines', () => {
  it('keeps short output and drops trailing newlines', () => {
    expect(tailLines('a\r\nb\n\n\n', 10, 100)).toBe('a\nb')
  })

  it('keeps the last lines and notes how many were cut', () => {
    expect(tailLines('1\n2\n3\n4\n5', 2, 100)).toBe('[… 3 earlier lines cut]\n4\n5')
  })

  it('keeps the last characters when the lines are too long, with a note', () => {
    expect(tailLines('aaaa\nbbbb\ncccc', 10, 6)).toBe("[… earlier output cut to fit GitHub's limit]\nb\ncccc")
  })

  it('does not begin with half of a surrogate pair after a character cut', () => {
    const out = tailLines('😀😀😀', 10, 3)
    expect(out).toBe("[… earlier output cut to fit GitHub's limit]\n😀")
  })
})

describe('inertJson', () => {
  const hostile = {
    title: '--> <!-- </details> <script>&amp;',
    code: '```js\n`x`\n```',
    separators: 'a\u2028b\u2029c',
    emoji: '🚀👩‍👩‍👧',
    nested: [{ mention: '@octocat' }],
  }

  it('contains no <, >, &, backtick or line separators', () => {
    const json = inertJson(hostile)
    expect(json).not.toMatch(/[<>&`\u2028\u2029]/)
    expect(json).not.toContain('\n')
  })

  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(inertJson(hostile))).toEqual(hostile)
  })

  it('escapes with \\u sequences', () => {
    expect(inertJson('<a>&`')).toBe('"\\u003ca\\u003e\\u0026\\u0060"')
  })
})
