import { formatDuration } from './duration.ts'
import { codeBlock, escapeInline, truncate } from './markdown.ts'
import { encodePlanRecord, encodeRecord, type PlanRecord, type TaskRecord } from './record.ts'
import { GITHUB_BODY_LIMIT } from './body.ts'

export interface RecordCommentExtras {
  /** Seconds since the claim, as the writer measured it against GitHub's clock. */
  readonly durationSec?: number
  /** Full message; the record keeps a short copy. */
  readonly message?: string
  /** Last lines of a failed command's output. */
  readonly output?: string
}

/** The outputs a complete records, shown fenced so no value can render as markdown or mention anyone. */
function outputsBlock(outputs: Readonly<Record<string, string>>): string {
  const text = Object.entries(outputs)
    .map(([key, value]) => (value.includes('\n') ? `${key}<<EOF\n${value}\nEOF` : `${key}=${value}`))
    .join('\n')
  return ['', '<details><summary>Outputs</summary>', '', codeBlock(text), '', '</details>'].join('\n')
}

const VERBS: Record<TaskRecord['op'], string> = {
  start: 'Started',
  takeover: 'Taken over after the previous holder’s lease expired',
  renew: 'Lease renewed',
  complete: 'Completed',
  fail: 'Failed',
  skip: 'Skipped',
  retry: 'Sent back for a retry',
  reset: 'Reset to run again',
}

/** The comment people read for one transition, with the record the action reads. */
export function renderRecordComment(record: TaskRecord, extras: RecordCommentExtras = {}): string {
  const lines: string[] = []
  const arrow = record.from === record.to ? record.to : `${record.from} -> ${record.to}`
  lines.push(`**\`[${record.task}] ${record.name}\`**: \`${arrow}\``)
  const who =
    record.holder.url === undefined
      ? escapeInline(record.holder.label)
      : `[${escapeInline(record.holder.label)}](${record.holder.url})`
  const facts = [`${VERBS[record.op]} by ${who}`]
  if (record.requestedBy !== undefined) facts.push(`at the request of @\u200b${escapeInline(record.requestedBy)}`)
  if (extras.durationSec !== undefined) facts.push(`after ${formatDuration(extras.durationSec)}`)
  if (record.x !== undefined) facts.push(`exit code ${record.x}`)
  if (record.lease !== undefined && (record.op === 'start' || record.op === 'takeover' || record.op === 'renew')) {
    facts.push(`lease ${formatDuration(record.lease)}`)
  }
  lines.push(facts.join(' · '))
  const message = extras.message ?? record.m
  if (message !== undefined && message !== '') lines.push('', `> ${escapeInline(truncate(message, 2000))}`)
  const tail = encodeRecord(record)
  if (record.out !== undefined && Object.keys(record.out).length > 0) lines.push(outputsBlock(record.out))
  if (extras.output !== undefined && extras.output !== '') {
    const fixed = lines.join('\n').length + tail.length + 200
    // Long backtick runs are broken up so the fence stays short and the cut below is exact.
    let output = extras.output.replace(/`{16,}/g, (run) => (run.match(/`{1,15}/g) ?? []).join('\u200b'))
    // Measure the whole block, fence included, and cut until it fits.
    for (;;) {
      const block = [
        '',
        '<details><summary>Last lines of output</summary>',
        '',
        codeBlock(output),
        '',
        '</details>',
      ].join('\n')
      const excess = fixed + block.length - GITHUB_BODY_LIMIT
      if (excess <= 0) {
        lines.push(block)
        break
      }
      output = `[… cut to fit GitHub's comment limit]\n${output.slice(Math.min(output.length, excess + 64))}`
    }
  }
  lines.push('', tail)
  return lines.join('\n')
}

/** The comment for a plan change: one line per task it adds, redefines or removes, and who made it. */
export function renderPlanComment(record: PlanRecord, lines: readonly string[]): string {
  const who =
    record.holder.url === undefined
      ? escapeInline(record.holder.label)
      : `[${escapeInline(record.holder.label)}](${record.holder.url})`
  const accepted =
    record.accepted.length === 0
      ? []
      : [
          `Accepted with plan-change: accept for ${record.accepted.map((name) => `\`${name}\``).join(', ')}, which had run`,
        ]
  return [
    '**Plan changed**',
    `By ${who}`,
    '',
    ...lines.map((line) => `- \`${line}\``),
    ...(accepted.length === 0 ? [] : ['', ...accepted]),
    '',
    encodePlanRecord(record),
  ].join('\n')
}
