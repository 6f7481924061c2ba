/**
 * What a task hands to later tasks: `key=value` lines and `key<<DELIMITER`
 * blocks, as GITHUB_OUTPUT takes them. The values are stored in the issue in
 * plain sight, so they are bounded, and never meant for secrets.
 */
export type TaskOutputs = Readonly<Record<string, string>>

export const OUTPUT_KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/
export const MAX_OUTPUT_KEY = 64
export const MAX_OUTPUT_KEYS = 20
/** Keys and values of one task together: small enough that hundreds of tasks still fit in one issue. */
export const MAX_OUTPUT_CHARS = 2000

export class OutputsError extends Error {
  /** The line of the outputs text the problem is on, when it is about one line. */
  readonly line: number | undefined

  constructor(message: string, line?: number) {
    super(message)
    this.line = line
  }
}

/** Reads output lines; a key given twice keeps its last value, as GITHUB_OUTPUT does. */
export function parseOutputLines(text: string): Record<string, string> {
  const outputs = new Map<string, string>()
  const lines = text.split(/\r?\n/)
  let index = 0
  while (index < lines.length) {
    const lineNo = index + 1
    const line = lines[index] ?? ''
    index += 1
    if (line.trim() === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (heredoc !== -1 && (equals === -1 || heredoc < equals)) {
      const key = checkedKey(line.slice(0, heredoc), lineNo)
      const delimiter = line.slice(heredoc + 2)
      if (delimiter.trim() === '')
        throw new OutputsError(`line ${lineNo}: '${key}<<' needs a delimiter, such as ${key}<<EOF`, lineNo)
      const end = lines.indexOf(delimiter, index)
      if (end === -1)
        throw new OutputsError(
          `line ${lineNo}: the value of '${key}' is never closed; end it with a line that is exactly ${delimiter.slice(0, 40)}`,
          lineNo,
        )
      outputs.set(key, lines.slice(index, end).join('\n'))
      index = end + 1
      continue
    }
    if (equals === -1)
      throw new OutputsError(`line ${lineNo}: write key=value, or key<<EOF and the value's lines up to EOF`, lineNo)
    outputs.set(checkedKey(line.slice(0, equals), lineNo), line.slice(equals + 1))
  }
  return checkOutputs(Object.fromEntries(outputs))
}

/**
 * Outputs given one `key=value` each, as command-line options give them: the
 * value is everything after the first `=`, newlines included. Keys and limits
 * are checked as for output lines; a key given twice keeps its last value.
 */
export function parseOutputPairs(pairs: readonly string[]): Record<string, string> {
  const outputs = new Map<string, string>()
  for (const pair of pairs) {
    const equals = pair.indexOf('=')
    if (equals === -1)
      throw new OutputsError(
        `'${pair.slice(0, 80)}' is not key=value; give the key, '=' and the value, such as backup-id=bk-42`,
      )
    const key = pair.slice(0, equals).trim()
    const problem = keyProblem(key)
    if (problem !== undefined) throw new OutputsError(problem)
    // As the action reads output lines: a CRLF inside a value is a newline.
    outputs.set(key, pair.slice(equals + 1).replace(/\r\n/g, '\n'))
  }
  return checkOutputs(Object.fromEntries(outputs))
}

/** Checks a task's outputs against the limits the README states. */
export function checkOutputs(outputs: Record<string, string>): Record<string, string> {
  const keys = Object.keys(outputs)
  if (keys.length > MAX_OUTPUT_KEYS)
    throw new OutputsError(`${keys.length} outputs given; a task records at most ${MAX_OUTPUT_KEYS}`)
  const size = keys.reduce((sum, key) => sum + key.length + (outputs[key]?.length ?? 0), 0)
  if (size > MAX_OUTPUT_CHARS)
    throw new OutputsError(
      `the outputs take ${size} characters; a task records at most ${MAX_OUTPUT_CHARS} (keys and values together), so record a reference such as an ID or a URL instead of the data`,
    )
  return outputs
}

function checkedKey(raw: string, lineNo: number): string {
  const key = raw.trim()
  const problem = keyProblem(key)
  if (problem !== undefined) throw new OutputsError(`line ${lineNo}: ${problem}`, lineNo)
  return key
}

function keyProblem(key: string): string | undefined {
  if (OUTPUT_KEY_PATTERN.test(key) && key.length <= MAX_OUTPUT_KEY) return undefined
  return `'${key.slice(0, 80)}' is not an output key; use a lowercase slug of letters, digits, hyphens and underscores (at most ${MAX_OUTPUT_KEY} characters), such as backup-id`
}
