import { isComplete, nextTask } from '../../app/report.ts'
import { parseBody } from '../../domain/body.ts'
import type { Status } from '../../domain/status.ts'
import type { IssueData } from '../../storage/view.ts'
import type { CommandSpec } from '../command.ts'
import { parseChoice } from '../args.ts'
import { EXIT } from '../errors.ts'
import { table } from '../output.ts'
import { countsOf, progressText } from '../render.ts'

/** One open TaskList as its body's snapshot shows it (the record may be a little ahead). */
interface ListEntry {
  readonly id: number
  readonly url: string
  readonly title: string
  readonly state: 'open' | 'closed'
  readonly done: number | null
  readonly total: number | null
  readonly counts: Readonly<Record<Status, number>> | null
  readonly complete: boolean | null
  readonly nextTask: string | null
  /** Why the body could not be read as a TaskList; null when it could. */
  readonly error: string | null
  readonly progress: string
}

function entryOf(issue: IssueData): ListEntry {
  const parsed = parseBody(issue.body)
  const base = { id: issue.number, url: issue.htmlUrl, state: issue.state }
  if (parsed.kind !== 'ok') {
    const error = parsed.kind === 'invalid' ? parsed.error : 'the issue body has no TaskList block'
    return {
      ...base,
      title: issue.title,
      done: null,
      total: null,
      counts: null,
      complete: null,
      nextTask: null,
      error,
      progress: 'not readable',
    }
  }
  const state = parsed.snapshot
  const counts = countsOf(state)
  const next = nextTask(state)
  return {
    ...base,
    title: state.title,
    done: counts.COMPLETE + counts.SKIPPED,
    total: state.tasks.length,
    counts,
    complete: isComplete(state),
    nextTask: next === '' ? null : next,
    error: null,
    progress: progressText(state),
  }
}

const STATES = ['open', 'closed', 'all'] as const

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

export const listCommand: CommandSpec = {
  name: 'list',
  args: '',
  arity: [0, 0],
  summary: 'List the TaskLists of the repository, with their progress',
  description: [
    "Issues labelled 'tasklist', open ones unless --state says; progress comes from each issue's snapshot, without",
    'reading its comments. A TaskList closes itself when it finishes if its workflow sets close-on-complete.',
  ],
  options: ['state'],
  writes: false,
  json: true,
  examples: [
    'tasklist list',
    'tasklist list --state all',
    'tasklist list --json | jq ".tasklists[] | select(.counts.FAILED > 0) | .id"',
  ],
  prepare(line) {
    const state = parseChoice('state', line.values.state, STATES, 'open')
    const which = state === 'all' ? '' : `${state} `
    return async (ctx) => {
      const issues = await ctx.store.list(`the ${which}TaskLists of ${ctx.config.fullName}`, state)
      // A closed issue whose body no longer holds a TaskList is a duplicate that create closed.
      const entries = issues
        .filter((issue) => issue.state === 'open' || parseBody(issue.body).kind !== 'not-tasklist')
        .map(entryOf)
      if (ctx.out.json) {
        ctx.out.document({
          repo: ctx.config.fullName,
          state,
          tasklists: entries.map(({ progress: _progress, ...entry }) => entry),
        })
        return EXIT.ok
      }
      if (entries.length === 0) {
        ctx.out.line(`No ${which}TaskLists in ${ctx.config.fullName}`)
        return EXIT.ok
      }
      const rows = entries.map((e) => [
        `#${e.id}`,
        clip(e.title, 60),
        state === 'open' ? e.progress : `${e.progress}${e.state === 'closed' ? '  (closed)' : ''}`,
      ])
      const out = ctx.out
      table(rows, (r, c, cell) =>
        c === 0
          ? out.paint(cell, 'bold')
          : c === 2
            ? entries[r]?.error === null
              ? out.statuses(cell)
              : out.paint(cell, 'red')
            : cell,
      ).forEach((l) => out.line(l))
      return EXIT.ok
    }
  },
}
