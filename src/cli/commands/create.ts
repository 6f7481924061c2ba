import { readFileSync } from 'node:fs'
import { reportCreated, reportLoaded } from '../../app/report.ts'
import { MAX_TASKS, parseTaskSpecs, TaskSpecError, type TaskSpec } from '../../domain/task-spec.ts'
import type { CommandSpec } from '../command.ts'
import { EXIT, UsageError } from '../errors.ts'
import { tasklistJson } from '../render.ts'
import { isoSeconds } from '../../domain/time.ts'

/** The account GitHub Actions workflows write as, trusted by default so a workflow can run the TaskList. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/

function readTasksFile(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    const reason =
      (error as { code?: string }).code === 'ENOENT'
        ? 'it does not exist'
        : error instanceof Error
          ? error.message
          : String(error)
    throw new UsageError(
      `cannot read --tasks-file ${path}: ${reason}; give a file with one task a line, as 'name' or 'name: description'`,
    )
  }
}

/** Tasks from --tasks-file (first) and each --task, checked as the action checks its `tasks` input. */
export function collectTasks(file: string | undefined, tasks: readonly string[]): TaskSpec[] {
  const specs: TaskSpec[] = []
  if (file !== undefined) {
    try {
      specs.push(...parseTaskSpecs(readTasksFile(file)))
    } catch (error) {
      if (error instanceof TaskSpecError) throw new UsageError(`--tasks-file ${file}: ${error.message}`)
      throw error
    }
  }
  for (const text of tasks) {
    if (/[\r\n]/.test(text))
      throw new UsageError(
        `--task '${text.split(/\r?\n/)[0] ?? ''}…' spans several lines; give one task per --task, or use --tasks-file`,
      )
    let parsed: TaskSpec[]
    try {
      parsed = parseTaskSpecs(text)
    } catch (error) {
      if (error instanceof TaskSpecError)
        throw new UsageError(`--task '${text.slice(0, 80)}': ${error.message.replace(/^tasks line 1: /, '')}`)
      throw error
    }
    specs.push(...parsed)
  }
  if (specs.length === 0)
    throw new UsageError(
      "no tasks given; add --task 'name' or --task 'name: description' for each task (in order), or --tasks-file FILE",
    )
  const seen = new Set<string>()
  for (const spec of specs) {
    if (seen.has(spec.name)) throw new UsageError(`task '${spec.name}' is listed twice; task names must be unique`)
    seen.add(spec.name)
  }
  if (specs.length > MAX_TASKS)
    throw new UsageError(`${specs.length} tasks given; a TaskList holds at most ${MAX_TASKS}, so split it into several`)
  return specs
}

export const createCommand: CommandSpec = {
  name: 'create',
  args: '',
  arity: [0, 0],
  summary: 'Create a TaskList: an issue labelled tasklist, with its tasks in order',
  description: [
    'Prints the TaskList ID (the issue number) that later commands, jobs and workflow runs resume it by.',
    `Records are trusted from the token's account, which opens the issue, and from the --trusted accounts.`,
    `Without --trusted, ${ACTIONS_BOT_LOGIN} is trusted so that GitHub Actions workflows (GITHUB_TOKEN) can run the TaskList;`,
    `give --trusted explicitly to trust other accounts instead (repeat it, and include ${ACTIONS_BOT_LOGIN} if workflows should still write).`,
  ],
  options: ['title', 'task', 'tasks-file', 'key', 'label', 'trusted'],
  optionHelp: {},
  writes: false,
  json: true,
  examples: [
    "tasklist create --title 'Migrate production' --task 'database-migration: Migrate the schema' --task application-migration --task data-validation",
    'tasklist create --title Nightly --tasks-file phases.txt --key nightly-2026-11-26',
  ],
  prepare(line) {
    const title = line.values.title?.trim()
    if (title === undefined || title === '')
      throw new UsageError("--title is required; give the TaskList a title, such as --title 'Migrate production'")
    if (title.length > 256)
      throw new UsageError(`--title has ${title.length} characters; GitHub allows 256 in an issue title`)
    const tasks = collectTasks(line.values['tasks-file'], line.values.task ?? [])
    const key = line.values.key?.trim()
    if (key !== undefined && (key === '' || key.length > 256))
      throw new UsageError('--key must be 1 to 256 characters, such as prod-2026-11')
    const labels = (line.values.label ?? []).map((l) => l.trim())
    for (const label of labels) {
      if (label === '' || label.length > 50)
        throw new UsageError(`--label '${label.slice(0, 60)}' must be 1 to 50 characters, as GitHub allows`)
    }
    const trusted =
      line.values.trusted === undefined
        ? [ACTIONS_BOT_LOGIN]
        : line.values.trusted.flatMap((t) => t.split(',')).map((t) => t.trim().replace(/^@/, ''))
    for (const login of trusted) {
      if (!LOGIN.test(login))
        throw new UsageError(
          `--trusted '${login.slice(0, 60)}' is not a GitHub login; give an account such as mona or ${ACTIONS_BOT_LOGIN}`,
        )
    }
    if (trusted.length > 50)
      throw new UsageError(`--trusted names ${trusted.length} accounts; a TaskList trusts at most 50`)
    return async (ctx) => {
      const { store, out, log } = ctx
      const { view, created } = await store.create({
        title,
        tasks,
        ...(key === undefined ? {} : { key }),
        labels,
        trusted,
        now: isoSeconds(store.now()),
      })
      if (out.json) {
        out.document({ ...tasklistJson(view.issue, view.state, ctx.config.fullName), created })
        return EXIT.ok
      }
      if (created) reportCreated(log, view.issue.number, view.state)
      else {
        out.line(`A TaskList with key '${key ?? ''}' exists already; using it`)
        reportLoaded(log, view.issue.number, view.state)
      }
      out.line(out.paint(view.issue.htmlUrl, 'dim'))
      const others = view.state.trusted.filter((l) => l.toLowerCase() !== view.issue.author.toLowerCase())
      out.line(
        out.paint(
          `Records are trusted from @${view.issue.author}${others.length === 0 ? '' : `, ${others.map((l) => `@${l}`).join(', ')}`}`,
          'dim',
        ),
      )
      return EXIT.ok
    }
  },
}
