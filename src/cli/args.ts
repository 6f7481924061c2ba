import { parseArgs } from 'node:util'
import { parseDuration } from '../domain/duration.ts'
import type { DurationLimits } from '../domain/claim-limits.ts'
import { UsageError } from './errors.ts'

/**
 * Every option any command takes. The whole command line is parsed against
 * this union, so options may come before or after the command; commands then
 * refuse the options that are not theirs.
 */
export const OPTIONS = {
  repo: { type: 'string', short: 'R' },
  'api-url': { type: 'string' },
  json: { type: 'boolean' },
  'holder-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  title: { type: 'string' },
  task: { type: 'string', multiple: true },
  'tasks-file': { type: 'string' },
  'plan-file': { type: 'string' },
  'plan-change': { type: 'string' },
  key: { type: 'string' },
  label: { type: 'string', multiple: true },
  trusted: { type: 'string', multiple: true },
  lock: { type: 'boolean' },
  lease: { type: 'string' },
  'on-busy': { type: 'string' },
  'wait-timeout': { type: 'string' },
  message: { type: 'string', short: 'm' },
  'exit-code': { type: 'string' },
  output: { type: 'string', multiple: true },
  workflow: { type: 'string' },
  ref: { type: 'string' },
  resume: { type: 'string' },
  mermaid: { type: 'boolean' },
  state: { type: 'string' },
  'exit-on-failure': { type: 'boolean' },
  interval: { type: 'string' },
} as const

export type OptionName = keyof typeof OPTIONS

export interface CommandLine {
  readonly command: string | undefined
  /** Positionals after the command. */
  readonly args: readonly string[]
  readonly values: ReturnType<typeof parseUnion>['values']
  /** Options given, by name, in order. */
  readonly given: readonly OptionName[]
}

function parseUnion(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true })
}

/** The option a parseArgs message is about, in its long form: `'-m, --message <value>'` gives `--message`. */
function quoted(message: string): string {
  const inQuotes = /'([^']+)'/.exec(message)?.[1] ?? ''
  return /--[\w-]+/.exec(inQuotes)?.[0] ?? inQuotes
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed: ReturnType<typeof parseUnion>
  try {
    parsed = parseUnion(argv)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const message = error instanceof Error ? error.message : String(error)
    const command = argv.find((a) => !a.startsWith('-'))
    const help = command === undefined ? "'tasklist --help'" : `'tasklist ${command} --help'`
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option '${quoted(message)}'; see ${help}`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = quoted(message)
      if (/does not take an argument/.test(message))
        throw new UsageError(`option '${option}' takes no value; see ${help}`)
      if (/ambiguous/.test(message))
        throw new UsageError(
          `option '${option}' needs a value; if the value starts with '-', write it as ${option}=VALUE, such as ${option}=-1`,
        )
      throw new UsageError(`option '${option}' needs a value; see ${help}`)
    }
    throw new UsageError(`${message.split('\n')[0] ?? message}; see ${help}`)
  }
  const given = parsed.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []))
  const [command, ...args] = parsed.positionals
  return { command, args, values: parsed.values, given }
}

const ID_PATTERN = /^#?([1-9]\d{0,9})$/

/** A TaskList ID is the number of its issue. */
export function parseId(text: string | undefined): number {
  const match = ID_PATTERN.exec((text ?? '').trim())
  if (match?.[1] === undefined || Number(match[1]) > 2_147_483_647) {
    throw new UsageError(
      `'${(text ?? '').slice(0, 40)}' is not a TaskList ID; give the issue number, such as 42 ('tasklist list' shows them)`,
    )
  }
  return Number(match[1])
}

export function parseDurationOption(
  name: string,
  text: string | undefined,
  { defaultText, maxSec }: DurationLimits,
): number {
  const value = text ?? defaultText
  const seconds = parseDuration(value)
  if (seconds === undefined || seconds <= 0 || seconds > maxSec) {
    throw new UsageError(
      `--${name} '${value.slice(0, 40)}' is not a duration up to ${maxSec / 3600}h; write it as 90s, 15m, 6h or 1h30m`,
    )
  }
  return seconds
}

export function parseChoice<T extends string>(
  name: string,
  text: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback
  const found = choices.find((c) => c === text)
  if (found === undefined)
    throw new UsageError(
      `--${name} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}; got '${text.slice(0, 40)}'`,
    )
  return found
}

export function parseExitCode(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (!/^-?\d{1,9}$/.test(text.trim()))
    throw new UsageError(`--exit-code must be an integer, such as 1; got '${text.slice(0, 40)}'`)
  return Number(text.trim())
}

/** Free text bound for GitHub: a message the comment shows in full (the record keeps 300 characters). */
export function parseMessage(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  if (text.trim() === '') throw new UsageError('--message is empty; give a short note, or leave the option out')
  if (text.length > 2000) throw new UsageError(`--message has ${text.length} characters; keep it to 2000`)
  return text
}
