import { setTimeout as sleep } from 'node:timers/promises'
import { isComplete, taskLine } from '../../app/report.ts'
import type { DurationLimits } from '../../domain/claim-limits.ts'
import { isoSeconds } from '../../domain/time.ts'
import { taskId } from '../../domain/task-spec.ts'
import type { TaskListView } from '../../storage/view.ts'
import { parseDurationOption, parseId } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import type { CliContext } from '../context.ts'
import { EXIT } from '../errors.ts'
import { progressText, tasklistJson } from '../render.ts'
import { changeJson, changeLine, changesBetween, watchFrame } from '../watch-frame.ts'

/** Looking less often while nothing changes: the pause grows by half each quiet look, up to a minute. */
const BACKOFF = 1.5
const MAX_PAUSE_MS = 60_000
/** How often to look at first. */
const INTERVAL: DurationLimits = { defaultText: '5s', defaultSec: 5, maxSec: 3600 }
/** Exit status when the person stops watching with Ctrl-C, as shells report SIGINT. */
const STOPPED = 130

const ESC = '\u001b['
const HIDE_CURSOR = `${ESC}?25l`
const SHOW_CURSOR = `${ESC}?25h`

interface WatchOptions {
  readonly id: number
  readonly intervalMs: number
  readonly exitOnFailure: boolean
}

export const watchCommand: CommandSpec = {
  name: 'watch',
  args: '<id>',
  arity: [1, 1],
  summary: 'Follow a TaskList live until it is complete',
  description: [
    'On a terminal, redraws the table and a progress bar in place; on a pipe, or with --json, prints one line',
    '(one JSON object) per change. Looks with conditional requests, which cost no rate limit while nothing',
    'changed, and looks less often the longer nothing changes. Exits 0 when every task is COMPLETE or SKIPPED,',
    '130 when stopped with Ctrl-C, and with --exit-on-failure 1 as soon as a task turns FAILED.',
  ],
  options: ['exit-on-failure', 'interval'],
  writes: false,
  json: true,
  examples: [
    'tasklist watch 42',
    'tasklist watch 42 --exit-on-failure && ./announce.sh',
    'tasklist watch 42 --json | jq -c .',
  ],
  prepare(line) {
    const options: WatchOptions = {
      id: parseId(line.args[0]),
      intervalMs: parseDurationOption('interval', line.values.interval, INTERVAL) * 1000,
      exitOnFailure: line.values['exit-on-failure'] === true,
    }
    return (ctx) => watch(ctx, options)
  },
}

async function watch(ctx: CliContext, options: WatchOptions): Promise<number> {
  const stop = new AbortController()
  const onInterrupt = () => stop.abort()
  process.once('SIGINT', onInterrupt)
  const screen = ctx.out.json || !ctx.out.interactive ? undefined : new Screen(ctx)
  try {
    let view = await ctx.store.load(options.id)
    if (ctx.out.json)
      ctx.out.jsonLine({ event: 'snapshot', tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName) })
    else if (screen === undefined) {
      ctx.out.line(`TaskList #${view.issue.number}  ${view.state.title}`)
      view.state.tasks.forEach((task, index) => ctx.out.line(ctx.out.statuses(taskLine(taskId(index), task))))
    }
    let pauseMs = options.intervalMs
    for (;;) {
      if (isComplete(view.state)) return finish(ctx, screen, view, 'complete', EXIT.ok)
      screen?.draw(
        view,
        `watching · looked at ${clock(ctx)} UTC · next look in ${Math.round(pauseMs / 1000)}s · Ctrl-C to stop`,
      )
      try {
        await sleep(pauseMs, undefined, { signal: stop.signal })
      } catch {
        return finish(ctx, screen, view, 'stopped', STOPPED)
      }
      // A conditional read: while nothing changed GitHub answers 304, which costs no rate limit.
      const next = await ctx.store.refresh(view)
      const changes = changesBetween(view.state, next.state)
      view = next
      pauseMs = changes.length === 0 ? Math.min(MAX_PAUSE_MS, pauseMs * BACKOFF) : options.intervalMs
      for (const change of changes) {
        if (ctx.out.json) ctx.out.jsonLine(changeJson(next.state, change, isoSeconds(ctx.store.now())))
        else if (screen === undefined) ctx.out.line(ctx.out.statuses(changeLine(next.state, change)))
      }
      if (options.exitOnFailure && changes.some((c) => c.to === 'FAILED' && c.from !== 'FAILED'))
        return finish(ctx, screen, view, 'a task FAILED', EXIT.failure)
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    screen?.close()
  }
}

function clock(ctx: CliContext): string {
  return isoSeconds(ctx.store.now()).slice(11, 19)
}

function finish(ctx: CliContext, screen: Screen | undefined, view: TaskListView, why: string, code: number): number {
  const summary = `TaskList #${view.issue.number}: ${progressText(view.state)} · ${why}`
  if (screen !== undefined) screen.draw(view, summary)
  else if (!ctx.out.json) ctx.out.line(ctx.out.statuses(summary))
  return code
}

/** A terminal redrawn in place: each frame replaces the one before it. */
class Screen {
  private readonly ctx: CliContext
  private height = 0

  constructor(ctx: CliContext) {
    this.ctx = ctx
    ctx.out.raw(HIDE_CURSOR)
  }

  draw(view: TaskListView, footer: string): void {
    const width = this.ctx.out.columns
    const lines = watchFrame(this.ctx.out, view.issue, view.state, footer).map((l) => fit(l, width))
    // Back to the first line of the last frame, and clear from there down.
    const up = this.height > 0 ? `${ESC}${this.height}F${ESC}J` : ''
    this.ctx.out.raw(`${up}${lines.join('\n')}\n`)
    this.height = lines.length
  }

  close(): void {
    this.ctx.out.raw(SHOW_CURSOR)
  }
}

/** A line longer than the terminal would wrap and throw the redraw off by a line: cut it. */
function fit(line: string, width: number | undefined): string {
  if (width === undefined || width <= 1) return line
  const visible = line.replace(/\u001b\[[0-9;]*m/g, '')
  return visible.length < width ? line : `${visible.slice(0, width - 2)}…`
}
