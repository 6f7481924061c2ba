import { attemptsOf, type Attempt } from './attempts.ts'
import { formatDuration } from './duration.ts'
import { oneLine } from './markdown.ts'
import type { Snapshot } from './model.ts'
import { taskId } from './task-spec.ts'

/**
 * A Mermaid gantt chart of a TaskList, which GitHub draws in issue bodies,
 * comments and job summaries: one section per task that has run, one bar per
 * attempt from its start to its end in GitHub's time (UTC), so retries and
 * takeovers show as bars of their own. Finished bars are `done`, failed and
 * taken-over ones `crit`, a running one `active` up to `now`; a skip is a
 * milestone. Pure: the caller passes the time.
 */
export function renderGantt(snapshot: Snapshot, now: number): string | undefined {
  const chart = ganttChart(snapshot, now)
  return chart.includes('\n    section ') ? chart : undefined
}

/** The chart even when no task has run yet: a title and an empty axis. */
export function ganttChart(snapshot: Snapshot, now: number): string {
  const sections: string[] = []
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  snapshot.tasks.forEach((task, index) => {
    const attempts = attemptsOf(task.state, now)
    if (attempts.length === 0) return
    sections.push(`    section ${task.definition.name}`)
    attempts.forEach((attempt, n) => {
      first = Math.min(first, attempt.start)
      last = Math.max(last, attempt.end)
      sections.push(
        `    ${barLabel(attempt, n, attempts.length)} :${tagsOf(attempt)}${taskId(index)}a${n + 1}, ${stamp(attempt.start)}, ${stamp(attempt.end)}`,
      )
    })
  })
  const span = sections.length === 0 ? 0 : last - first
  return [
    'gantt',
    `    title ${chartText(snapshot.title)} (UTC)`,
    '    dateFormat YYYY-MM-DDTHH:mm:ss',
    `    axisFormat ${span > 86_400_000 ? '%d %b %H:%M' : '%H:%M'}`,
    // The viewer's clock is not GitHub's, and the times are UTC: a marker for "today" would mislead.
    '    todayMarker off',
    ...sections,
  ].join('\n')
}

/** The chart as a fenced block that Markdown on GitHub renders as a diagram. */
export function mermaidBlock(chart: string): string {
  return `\`\`\`mermaid\n${chart}\n\`\`\``
}

const WORDS: Record<Attempt['outcome'], string> = {
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
  TAKEN_OVER: 'taken over',
  SKIPPED: 'SKIPPED',
  RUNNING: 'IN_PROGRESS',
}

function barLabel(attempt: Attempt, index: number, count: number): string {
  const which = count > 1 ? `attempt ${index + 1} ` : ''
  const took = attempt.outcome === 'SKIPPED' ? '' : ` ${formatDuration((attempt.end - attempt.start) / 1000)}`
  return `${which}${WORDS[attempt.outcome]}${took}`
}

function tagsOf(attempt: Attempt): string {
  switch (attempt.outcome) {
    case 'COMPLETE':
      return 'done, '
    case 'FAILED':
    case 'TAKEN_OVER':
      return 'crit, '
    case 'RUNNING':
      return 'active, '
    case 'SKIPPED':
      return 'milestone, '
  }
}

/** A time as the chart's dateFormat reads it: UTC, whole seconds, no zone. */
function stamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)
}

/**
 * Free text (the title) inside the chart: nothing that ends a line, starts a
 * comment, separates task data, closes the Markdown fence or an HTML comment,
 * or mentions anyone.
 */
export function chartText(text: string): string {
  const plain = oneLine(text)
    .replace(/[#;:%`<>&"{}\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // As everywhere the action writes people's text: no mention, even where GitHub would not ping.
    .replace(/@/g, '@\u200b')
  return plain.length > 100 ? `${plain.slice(0, 99)}…` : plain === '' ? 'TaskList' : plain
}
