import { formatDuration } from './duration.ts'
import { mermaidBlock, renderGantt } from './gantt.ts'
import { escapeInline } from './markdown.ts'
import type { Snapshot } from './snapshot.ts'
import { taskId } from './task-spec.ts'

/** The job summary: the TaskList as a table, with a link to its issue, and with `now` its timeline. */
export function renderSummary(snapshot: Snapshot, issueNumber: number, issueUrl: string, now?: number): string {
  const rows = snapshot.tasks.map((task, index) => {
    const duration = task.t === undefined ? '' : formatDuration(task.t)
    const run = task.u === undefined ? '' : `[run](${task.u})`
    const note = task.m === undefined ? '' : escapeInline(task.m)
    return `| ${taskId(index)} | ${task.n} | ${task.s} | ${duration} | ${run} | ${note} |`
  })
  const chart = now === undefined ? undefined : renderGantt(snapshot, now)
  return [
    `### TaskList [#${issueNumber}](${issueUrl}): ${escapeInline(snapshot.title)}`,
    '',
    '| ID | Task | Status | Duration | Run | Note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(chart === undefined ? [] : [mermaidBlock(chart), '']),
  ].join('\n')
}
