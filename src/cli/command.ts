import type { CommandLine, OptionName } from './args.ts'
import type { CliContext } from './context.ts'

/** What a command does once its command line checked out: talk to GitHub and return the exit status. */
export type CommandRun = (ctx: CliContext) => Promise<number>

export interface CommandSpec {
  readonly name: string
  /** Positional arguments as the usage line shows them, e.g. `<id> <task>`. */
  readonly args: string
  /** How many positionals: [required, at most]. */
  readonly arity: readonly [number, number]
  readonly summary: string
  readonly description?: readonly string[]
  /** Options of this command besides --repo, --api-url and --help. */
  readonly options: readonly OptionName[]
  /** Option help that differs from the shared wording. */
  readonly optionHelp?: Partial<Record<OptionName, string>>
  /** Writes records: accepts --holder-url. */
  readonly writes: boolean
  /** Accepts --json. */
  readonly json: boolean
  readonly examples?: readonly string[]
  /**
   * Checks the command line and returns what to run. Everything it throws is a
   * usage error found before the token is read or GitHub is contacted. It may
   * read files the command line names (create's plan), hence the promise.
   */
  prepare(line: CommandLine): CommandRun | Promise<CommandRun>
}
