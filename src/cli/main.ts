import { parseCommandLine, type CommandLine, type OptionName } from './args.ts'
import type { CommandSpec } from './command.ts'
import { COMMANDS, findCommand } from './commands/index.ts'
import { resolveConfig } from './config.ts'
import { EXIT, errorLine, exitCodeOf, UsageError } from './errors.ts'
import { commandHelp, commandUsage, globalOptionsOf, mainHelp } from './help.ts'
import { cliHolder } from './holder.ts'
import { Output, type Streams } from './output.ts'
import { VERSION } from './version.ts'

export interface CliIo extends Streams {
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})

/** Refuses options that belong to other commands, and wrong numbers of arguments. */
function checkCommandLine(spec: CommandSpec, line: CommandLine): void {
  const allowed = new Set<OptionName>([...spec.options, ...globalOptionsOf(spec)])
  const stray = line.given.find((name) => !allowed.has(name))
  if (stray !== undefined)
    throw new UsageError(
      `option '--${stray}' does not apply to 'tasklist ${spec.name}'; see 'tasklist ${spec.name} --help'`,
    )
  const [min, max] = spec.arity
  if (line.args.length > max) {
    throw new UsageError(
      `unexpected argument '${(line.args[max] ?? '').slice(0, 60)}' for 'tasklist ${spec.name}'; usage: ${commandUsage(spec)}`,
    )
  }
  if (line.args.length < min) {
    const missing = spec.args.split(' ').slice(line.args.length).join(' ')
    throw new UsageError(`'tasklist ${spec.name}' needs ${missing}; usage: ${commandUsage(spec)}`)
  }
}

function unknownCommand(name: string): UsageError {
  return new UsageError(
    `unknown command '${name.slice(0, 40)}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (see 'tasklist --help')`,
  )
}

/**
 * Runs one command line and returns the exit status. Every failure ends as one
 * line on stderr: `tasklist: <problem>; <what to do>`.
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let out = new Output(io, io.env, { json: false })
  let repo: string | undefined
  try {
    const line = parseCommandLine(argv)
    out = new Output(io, io.env, { json: line.values.json === true })
    if (line.command === undefined || line.command === 'help') {
      const topic = line.command === 'help' ? line.args[0] : undefined
      if (line.values.version === true && topic === undefined) {
        io.stdout.write(`${VERSION}\n`)
        return EXIT.ok
      }
      if (topic === undefined) {
        io.stdout.write(mainHelp())
        return EXIT.ok
      }
      const spec = findCommand(topic)
      if (spec === undefined) throw unknownCommand(topic)
      io.stdout.write(commandHelp(spec))
      return EXIT.ok
    }
    const spec = findCommand(line.command)
    if (spec === undefined) throw unknownCommand(line.command)
    if (line.values.help === true) {
      io.stdout.write(commandHelp(spec))
      return EXIT.ok
    }
    checkCommandLine(spec, line)
    const run = await spec.prepare(line)
    const holderUrl = line.values['holder-url']
    // Only commands that write records link a build, so a bad TASKLIST_RUN_URL cannot stop a `show`.
    const holder = spec.writes
      ? cliHolder(io.env, holderUrl)
      : cliHolder({ ...io.env, TASKLIST_RUN_URL: undefined }, undefined)
    const config = resolveConfig({ repo: line.values.repo, apiUrl: line.values['api-url'], env: io.env, cwd: io.cwd })
    repo = config.fullName
    // Octokit is loaded only once the command line is known to be good.
    const [{ buildOctokit }, { cliContext }] = await Promise.all([
      import('../github/client.ts'),
      import('./connect.ts'),
    ])
    const log = out.logger()
    const octokit = buildOctokit({
      token: config.token,
      baseUrl: config.apiUrl,
      userAgent: `tasklist-cli/${VERSION}`,
      log,
    })
    return await run(cliContext({ config, octokit, out, log, holder, holderUrl, env: io.env }))
  } catch (error) {
    if (error instanceof Error && error.stack !== undefined) out.debug(error.stack)
    out.error(errorLine(error, 'the TaskList', repo))
    return exitCodeOf(error)
  }
}
