import type { Logger } from '../storage/logger.ts'

/** The streams a command writes to; tests and the demo may pass their own. */
export interface Streams {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: NodeJS.WritableStream
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const
export type Style = keyof typeof CODES

/**
 * Colour on stdout only when a person is likely to read it: never when
 * stdout is not a terminal or NO_COLOR is set, unless FORCE_COLOR asks
 * (FORCE_COLOR=0 turns it off), as Node itself decides.
 */
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return isTTY === true
}

const STATUS_STYLE: Record<string, Style> = {
  COMPLETE: 'green',
  FAILED: 'red',
  IN_PROGRESS: 'yellow',
  SKIPPED: 'dim',
  PENDING: 'cyan',
}

/** Everything a command prints goes through here, so colour and --json are decided once. */
export class Output {
  readonly color: boolean
  readonly json: boolean
  private readonly streams: Streams
  private readonly debugEnabled: boolean

  constructor(streams: Streams, env: NodeJS.ProcessEnv, options: { json: boolean }) {
    this.streams = streams
    this.json = options.json
    this.color = wantsColor(env, streams.stdout.isTTY)
    this.debugEnabled = env.TASKLIST_DEBUG !== undefined && env.TASKLIST_DEBUG !== '' && env.TASKLIST_DEBUG !== '0'
  }

  paint(text: string, style: Style): string {
    if (!this.color || text === '') return text
    const [open, close] = CODES[style]
    return `\u001b[${open}m${text}\u001b[${close}m`
  }

  /** A status word in its colour. */
  status(status: string): string {
    const style = STATUS_STYLE[status]
    return style === undefined ? status : this.paint(status, style)
  }

  /** Colours every status word in a line of the shared report format. */
  statuses(line: string): string {
    return this.color ? line.replace(/\b(PENDING|IN_PROGRESS|COMPLETE|FAILED|SKIPPED)\b/g, (s) => this.status(s)) : line
  }

  /** A line for people; nothing in --json mode, where stdout carries only the JSON document. */
  line(text = ''): void {
    if (!this.json) this.streams.stdout.write(`${text}\n`)
  }

  /** A person at a terminal reads stdout: it may be redrawn in place. */
  get interactive(): boolean {
    return this.streams.stdout.isTTY === true
  }

  /** The terminal's width, when stdout is one that says. */
  get columns(): number | undefined {
    const columns = this.streams.stdout.columns
    return this.interactive && columns !== undefined && columns > 0 ? columns : undefined
  }

  /** Text as it is, control sequences included: for redrawing a terminal. */
  raw(text: string): void {
    this.streams.stdout.write(text)
  }

  /** One JSON object on one line, for streams of events (--json of watch). */
  jsonLine(value: unknown): void {
    this.streams.stdout.write(`${JSON.stringify(value)}\n`)
  }

  /** The --json document: one object, pretty-printed, ending with a newline. */
  document(value: unknown): void {
    this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
  }

  warn(text: string): void {
    this.streams.stderr.write(`tasklist: warning: ${text}\n`)
  }

  error(text: string): void {
    this.streams.stderr.write(`tasklist: ${text}\n`)
  }

  debug(text: string): void {
    if (this.debugEnabled) this.streams.stderr.write(`tasklist: debug: ${text}\n`)
  }

  /** The Logger the shared core reports through. */
  logger(): Logger {
    return {
      info: (message) => this.line(this.statuses(message)),
      warning: (message) => this.warn(message),
      debug: (message) => this.debug(message),
    }
  }

  /** A Logger that keeps info lines for the caller instead of printing them. */
  capture(into: string[]): Logger {
    return { ...this.logger(), info: (message) => into.push(message) }
  }
}

/** Pads cells of plain text, then styles them: ANSI codes must not count towards widths. */
export function table(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  style: (row: number, column: number, cell: string) => string = (_r, _c, cell) => cell,
): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map((row, r) =>
    row
      .map((cell, c) => {
        const padded = c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)
        return style(r, c, cell) + padded.slice(cell.length)
      })
      .join('  ')
      .trimEnd(),
  )
}
