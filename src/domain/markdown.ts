/**
 * Escaping for text that people or commands supply and the action renders into
 * issue bodies and comments. Everything it returns is inert: it cannot close an
 * HTML comment or a <details> block, open a code span, or @mention anyone.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}

/** Inline text (titles, messages): no markup survives, no mention pings. */
export function escapeInline(text: string): string {
  return oneLine(text)
    .replace(/[&<>"]/g, (ch) => HTML_ENTITIES[ch] ?? ch)
    .replace(/[\\`*_[\]#|~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
}

/** Collapses newlines so a value cannot start a new markdown block. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/**
 * A fenced code block that the content cannot break out of: the fence is one
 * backtick longer than the longest backtick run inside. Mentions in code do not ping.
 */
export function codeBlock(content: string): string {
  let longest = 2
  for (const match of content.matchAll(/`+/g)) longest = Math.max(longest, match[0].length)
  const fence = '`'.repeat(longest + 1)
  // HTML comments are defused too, so quoted output never looks like a TaskList marker.
  const inert = content.replace(/\r\n?/g, '\n').replace(/<!--/g, '<!\u200b--')
  return `${fence}text\n${inert}\n${fence}`
}

/** Cuts to at most `max` characters, never inside a surrogate pair, with a note. */
export function truncate(text: string, max: number, note = '… (truncated)'): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - note.length)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return text.slice(0, end) + note
}

/** Keeps the last lines of output that fit in `max` characters, with a note of what was cut. */
export function tailLines(text: string, maxLines: number, max: number): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  const kept = lines.slice(-maxLines)
  let out = kept.join('\n')
  const cutLines = lines.length - kept.length
  if (out.length > max) {
    out = out.slice(out.length - max)
    const first = out.charCodeAt(0)
    if (first >= 0xdc00 && first <= 0xdfff) out = out.slice(1)
    return `[… earlier output cut to fit GitHub's limit]\n${out}`
  }
  return cutLines > 0 ? `[… ${cutLines} earlier lines cut]\n${out}` : out
}

/**
 * JSON that is safe inside an HTML comment and a markdown document: no '<', '>',
 * '&', backtick or '@' appears literally, so '-->' or '</details>' cannot occur
 * and no mention can be read into it.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&`@\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
