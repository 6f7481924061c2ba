import { formatDuration } from './duration.ts'
import { escapeInline } from './markdown.ts'
import type { Snapshot } from './snapshot.ts'
import { taskId } from './task-spec.ts'

/** The job summary: the TaskList as a table, with a link to its issue. */
export function renderSummary(snapshot: Snapshot, issueNumber: number, issueUrl: string): string {
  const rows = snapshot.tasks.map((task, index) => {
    const duration = task.t === undefined ? '' : formatDuration(task.t)
    const run = task.u === undefined ? '' : `[run](${task.u})`
    const note = task.m === undefined ? '' : escapeInline(task.m)
    return `| ${taskId(index)} | ${task.n} | ${task.s} | ${duration} | ${run} | ${note} |`
  })
  return [
    `### TaskList [#${issueNumber}](${issueUrl}): ${escapeInline(snapshot.title)}`,
    '',
    '| ID | Task | Status | Duration | Run | Note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
