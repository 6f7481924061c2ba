import { readFileSync } from 'node:fs'
import { MAX_KEY, MAX_TITLE } from '../../domain/plan-limits.ts'
import { applyPlan, refusalLines, type AppliedPlan } from '../../app/plan-change.ts'
import { reportCreated, reportLoaded } from '../../app/report.ts'
import type { Plan } from '../../domain/plan.ts'
import type { PlanChangeMode, Reconciliation } from '../../domain/reconcile.ts'
import { MAX_TASKS, parseTaskSpecs, TaskSpecError, type TaskSpec } from '../../domain/task-spec.ts'
import { PlanChangeRefusedError } from '../../storage/errors.ts'
import { parseChoice, type CommandLine } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import { EXIT, UsageError } from '../errors.ts'
import { tasklistJson } from '../render.ts'
import { assertTrusted } from '../trust.ts'
import { isoSeconds } from '../../domain/time.ts'

/** The account GitHub Actions workflows write as, trusted by default so a workflow can run the TaskList. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/
const PLAN_CHANGE: readonly PlanChangeMode[] = ['fail', 'accept']

function unreadable(code: string | undefined): string {
  if (code === 'ENOENT') return 'it does not exist'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES') return 'permission denied'
  return code ?? 'unreadable'
}

function readTasksFile(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `cannot read --tasks-file ${path}: ${unreadable((error as NodeJS.ErrnoException).code)}; give a file with one task a line, as 'name' or 'name: description', or a YAML mapping of tasks`,
    )
  }
}

function checkedTitle(text: string | undefined): string | undefined {
  const title = text?.trim()
  if (title === undefined) return undefined
  if (title === '')
    throw new UsageError("--title is empty; give the TaskList a title, such as --title 'Migrate production'")
  if (title.length > MAX_TITLE)
    throw new UsageError(`--title has ${title.length} characters; GitHub allows ${MAX_TITLE} in an issue title`)
  return title
}

/**
 * Tasks from --tasks-file (first) and each --task, checked as the action checks
 * its `tasks` input: the file may be in line form or a YAML mapping with fields.
 */
async function collectTasks(file: string | undefined, tasks: readonly string[]): Promise<TaskSpec[]> {
  const specs: TaskSpec[] = []
  if (file !== undefined) {
    const text = readTasksFile(file)
    // The YAML parser is loaded only for a tasks file, so other commands start without it.
    const { parseTasksInput, PlanError } = await import('../../domain/plan.ts')
    try {
      specs.push(...parseTasksInput(text))
    } catch (error) {
      if (error instanceof PlanError) throw new UsageError(`--tasks-file ${file}: ${error.message}`)
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
      "no tasks given; add --task 'name' or --task 'name: description' for each task (in order), or --tasks-file FILE, or --plan-file FILE",
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

/** A plan file, relative to the current directory ('-' is stdin); its problems name the file, the task and the field. */
async function readPlan(path: string): Promise<Plan> {
  const shown = path === '-' ? "'-' (stdin)" : path
  const [{ readPlanFile, PlanFileReadError }, { PlanError }] = await Promise.all([
    import('../../app/plan-file.ts'),
    import('../../domain/plan.ts'),
  ])
  try {
    return await readPlanFile(path === '-' ? 0 : path, shown)
  } catch (error) {
    if (error instanceof PlanFileReadError)
      throw new UsageError(
        `cannot read --plan-file ${path}: ${unreadable(error.code)}; give a YAML file with 'title' and 'tasks', relative to the current directory`,
      )
    if (error instanceof PlanError)
      throw new UsageError(
        `--plan-file ${error.message.startsWith(shown) ? error.message : `${shown}: ${error.message}`}`,
      )
    throw error
  }
}

/** The title and tasks: from --plan-file (--title overrides its title), or from --title with --tasks-file and --task. */
async function planOf(line: CommandLine): Promise<{ title: string; tasks: readonly TaskSpec[] }> {
  const title = checkedTitle(line.values.title)
  const planFile = line.values['plan-file']
  if (planFile === undefined) {
    if (title === undefined)
      throw new UsageError(
        "--title is required; give the TaskList a title, such as --title 'Migrate production', or give --plan-file",
      )
    return { title, tasks: await collectTasks(line.values['tasks-file'], line.values.task ?? []) }
  }
  if (line.values.task !== undefined || line.values['tasks-file'] !== undefined)
    throw new UsageError(
      `--plan-file gives every task, so --task and --tasks-file cannot add to it; put those tasks in ${planFile === '-' ? 'the plan' : planFile.slice(0, 80)} and drop --task and --tasks-file`,
    )
  if (planFile.trim() === '')
    throw new UsageError(
      "--plan-file is empty; give a YAML file with 'title' and 'tasks', such as --plan-file plan.yml",
    )
  const plan = await readPlan(planFile)
  return { title: title ?? plan.title, tasks: plan.tasks }
}

/** What --json reports a reconciliation as: the names of the tasks it added, redefined and removed. */
interface ChangesJson {
  readonly added: readonly string[]
  readonly redefined: readonly string[]
  readonly removed: readonly string[]
}

function changesJson(change: Reconciliation): ChangesJson {
  return {
    added: change.added.map((spec) => spec.name),
    redefined: change.redefined.map((r) => r.name),
    removed: change.removed.map((r) => r.name),
  }
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
    'A plan (--plan-file, or a YAML --tasks-file) may give each task run, needs, timeout and retries, as the action takes them;',
    'an unknown need or a cycle is refused with nothing written.',
    'When --key names a TaskList that exists, the plan is reconciled with it: new tasks are ADDED and changed tasks that',
    'have not run are REDEFINED. Changing a COMPLETE or IN_PROGRESS task, or leaving a task out, prints one line per task',
    'and exits 1 with nothing written, unless --plan-change accept.',
    '--json adds created, and changes: null when this create opened the TaskList, else the task names it',
    'added, redefined and removed ({"added": [], "redefined": [], "removed": []} when the plan matched).',
  ],
  options: ['title', 'task', 'tasks-file', 'plan-file', 'key', 'plan-change', 'label', 'trusted', 'lock'],
  optionHelp: {},
  writes: true,
  json: true,
  examples: [
    "tasklist create --title 'Migrate production' --task 'database-migration: Migrate the schema' --task application-migration --task data-validation",
    'tasklist create --title Nightly --tasks-file phases.txt --key nightly-2026-11-26',
    'tasklist create --plan-file plan.yml --key release-7',
    'tasklist create --plan-file plan.yml --key release-7 --plan-change accept --json | jq .changes',
  ],
  async prepare(line) {
    const key = line.values.key?.trim()
    if (key !== undefined && (key === '' || key.length > MAX_KEY))
      throw new UsageError(`--key must be 1 to ${MAX_KEY} characters, such as prod-2026-11`)
    const planChange = parseChoice('plan-change', line.values['plan-change'], PLAN_CHANGE, 'fail')
    if (line.values['plan-change'] !== undefined && key === undefined)
      throw new UsageError(
        '--plan-change decides how a plan changes an existing TaskList, which --key names; add --key, or drop --plan-change',
      )
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
    const { title, tasks } = await planOf(line)
    return async (ctx) => {
      // An installation token (ghs_: GITHUB_TOKEN or a GitHub App's) may lock an issue but never comment on a locked one.
      if (line.values.lock === true && ctx.config.token.startsWith('ghs_'))
        throw new UsageError(
          '--lock: GitHub lets no app comment on a locked issue, GITHUB_TOKEN included, so this token could write no record after it; drop --lock, or use a personal token of someone with write access for this and every later write',
        )
      const { store, out, log } = ctx
      const { view, created } = await store.create({
        title,
        tasks,
        ...(key === undefined ? {} : { key }),
        labels,
        lock: line.values.lock === true,
        trusted,
        now: isoSeconds(store.now()),
      })
      let applied: AppliedPlan | undefined
      // The change lines are held back so that a refusal prints nothing but its own lines.
      const changeLines: string[] = []
      if (!created) {
        // The key exists: reconcile the stored TaskList with this plan before anything is written.
        try {
          applied = await applyPlan(store, out.capture(changeLines), view, tasks, planChange, ctx.holder, {
            check: (loaded) => assertTrusted(ctx, loaded),
            acceptedBy: '--plan-change accept',
          })
        } catch (error) {
          if (!(error instanceof PlanChangeRefusedError)) throw error
          for (const refusal of refusalLines(error, 'pass --plan-change accept')) out.error(refusal)
          return EXIT.failure
        }
      }
      const now = applied?.view ?? view
      if (out.json) {
        out.document({
          ...tasklistJson(now.issue, now.state, ctx.config.fullName),
          created,
          changes: applied === undefined ? null : changesJson(applied.change),
        })
        return EXIT.ok
      }
      if (created) reportCreated(log, view.issue.number, view.state)
      else {
        out.line(`A TaskList with key '${key ?? ''}' exists already; using it`)
        reportLoaded(log, view.issue.number, view.state)
        for (const change of changeLines) log.info(change)
      }
      out.line(out.paint(now.issue.htmlUrl, 'dim'))
      const others = now.state.trusted.filter((l) => l.toLowerCase() !== now.issue.author.toLowerCase())
      out.line(
        out.paint(
          `Records are trusted from @${now.issue.author}${others.length === 0 ? '' : `, ${others.map((l) => `@${l}`).join(', ')}`}`,
          'dim',
        ),
      )
      return EXIT.ok
    }
  },
}
