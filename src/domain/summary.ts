import { formatDuration } from './duration.ts'
import { escapeInline } from './markdown.ts'
import type { Snapshot } from './model.ts'
import { taskId } from './task-spec.ts'

/** The job summary: the TaskList as a table, with a link to its issue. */
export function renderSummary(snapshot: Snapshot, issueNumber: number, issueUrl: string): string {
  const rows = snapshot.tasks.map((task, index) => {
    const { durationSec, runUrl, message, status } = task.state
    const duration = durationSec === undefined ? '' : formatDuration(durationSec)
    const run = runUrl === undefined ? '' : `[run](${runUrl})`
    const note = message === undefined ? '' : escapeInline(message)
    return `| ${taskId(index)} | ${task.definition.name} | ${status} | ${duration} | ${run} | ${note} |`
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
