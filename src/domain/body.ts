import { z } from 'zod'
import { formatDuration } from './duration.ts'
import { escapeInline, inertJson, truncate } from './markdown.ts'
import { isSettled } from './status.ts'
import { SCHEMA_VERSION, type Snapshot, type Task } from './model.ts'
import { leanSnapshot } from './snapshot.ts'
import { fromWire, snapshotFromStored, StoredSnapshotSchema, toWire, WireSnapshotSchema } from './snapshot-wire.ts'

export const BEGIN_MARKER = '<!-- tasklist:begin -->'
export const END_MARKER = '<!-- tasklist:end -->'
const STATE_OPEN = '<!-- tasklist:state'
const STATE_PATTERN = /<!-- tasklist:state\s*\n([\s\S]*?)\n-->/g

/** GitHub rejects issue bodies and comments longer than this. */
export const GITHUB_BODY_LIMIT = 65_536

export class BodyTooLargeError extends Error {}

export interface BodyParts {
  /** Text people wrote above and below the managed block; kept verbatim. */
  readonly before: string
  readonly after: string
}

export type ParsedBody =
  | { kind: 'ok'; snapshot: Snapshot; parts: BodyParts; checklist: Map<string, boolean> }
  | { kind: 'not-tasklist' }
  | { kind: 'invalid'; error: string; parts?: BodyParts }

/**
 * Detail levels, richest first. A large TaskList drops presentation detail
 * (descriptions and notes, then durations and links in the checklist, then
 * those facts in the state block) rather than failing. Statuses, versions and
 * claims are never dropped.
 */
type Detail = 'full' | 'compact' | 'minimal' | 'lean'
const DETAILS: readonly Detail[] = ['full', 'compact', 'minimal', 'lean']

export function renderBody(snapshot: Snapshot, parts: BodyParts = { before: '', after: '' }): string {
  for (const detail of DETAILS) {
    const body = assemble(snapshot, parts, detail)
    if (body.length <= GITHUB_BODY_LIMIT) return body
  }
  const size = assemble(snapshot, parts, 'lean').length
  throw new BodyTooLargeError(
    `the TaskList body would be ${size} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT}; use fewer or shorter task names, or move text people added to the issue into a comment`,
  )
}

function assemble(full: Snapshot, parts: BodyParts, detail: Detail): string {
  const snapshot = detail === 'lean' ? leanSnapshot(full) : full
  const region = [
    BEGIN_MARKER,
    `## ${escapeInline(snapshot.title)}`,
    '',
    ...snapshot.tasks.map((task) => checklistLine(task, detail)),
    '',
    `<sub>${progressLine(snapshot)} · This block is kept by tasklist-action from the comment record; write your notes outside it.</sub>`,
    '',
    `${STATE_OPEN}\n${inertJson(toWire(snapshot))}\n-->`,
    END_MARKER,
  ].join('\n')
  return `${parts.before}${region}${parts.after}`
}

function progressLine(snapshot: Snapshot): string {
  const done = snapshot.tasks.filter((t) => isSettled(t.state.status)).length
  return `${done} of ${snapshot.tasks.length} done`
}

export function checklistLine(task: Task, detail: Detail): string {
  const { name, description } = task.definition
  const { status, durationSec, exitCode, runUrl, message } = task.state
  const box = isSettled(status) ? '[x]' : '[ ]'
  const facts: string[] = [status]
  if (detail === 'full' || detail === 'compact') {
    if (durationSec !== undefined && (status === 'COMPLETE' || status === 'FAILED'))
      facts.push(formatDuration(durationSec))
    if (exitCode !== undefined && status === 'FAILED') facts.push(`exit ${exitCode}`)
    if (runUrl !== undefined) facts.push(`[run](${runUrl})`)
  }
  const shownDescription = detail === 'full' && description !== undefined ? `: ${escapeInline(description)}` : ''
  const note =
    detail === 'full' && message !== undefined && status !== 'COMPLETE'
      ? ` — ${escapeInline(truncate(message, 120))}`
      : ''
  return `- ${box} ${name}${shownDescription} (${facts.join(', ')})${note}`
}

/** Which boxes are ticked, by task name, inside the managed block. */
export function parseChecklist(region: string): Map<string, boolean> {
  const boxes = new Map<string, boolean>()
  for (const match of region.matchAll(/^- \[([ xX])\] ([a-z0-9]+(?:-[a-z0-9]+)*)\b/gm)) {
    const name = match[2]
    if (name !== undefined && !boxes.has(name)) boxes.set(name, match[1] !== ' ')
  }
  return boxes
}

export function parseBody(body: string | null | undefined): ParsedBody {
  const text = (body ?? '').replace(/\r\n/g, '\n')
  const begins = countOf(text, BEGIN_MARKER)
  const ends = countOf(text, END_MARKER)
  if (begins === 0 && ends === 0 && !text.includes(STATE_OPEN)) return { kind: 'not-tasklist' }
  if (begins !== 1 || ends !== 1) {
    return {
      kind: 'invalid',
      error: `the issue body has ${begins} TaskList begin and ${ends} end markers; exactly one of each is expected`,
    }
  }
  const start = text.indexOf(BEGIN_MARKER)
  const end = text.indexOf(END_MARKER)
  if (end < start) return { kind: 'invalid', error: 'the TaskList end marker comes before the begin marker' }
  const parts: BodyParts = { before: text.slice(0, start), after: text.slice(end + END_MARKER.length) }
  const region = text.slice(start, end)
  const blocks = Array.from(region.matchAll(STATE_PATTERN))
  if (blocks.length !== 1 || blocks[0]?.[1] === undefined) {
    return {
      kind: 'invalid',
      parts,
      error: `the TaskList block holds ${blocks.length} state blocks; exactly one is expected`,
    }
  }
  let json: unknown
  try {
    json = JSON.parse(blocks[0][1])
  } catch {
    return { kind: 'invalid', parts, error: 'the state block is not valid JSON' }
  }
  const version = typeof json === 'object' && json !== null && 'tasklist' in json ? json.tasklist : undefined
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      kind: 'invalid',
      parts,
      error: `the state block has schema ${version}, newer than this tasklist-action understands (${SCHEMA_VERSION}); use a newer release of the action`,
    }
  }
  const wire = WireSnapshotSchema.safeParse(json)
  if (!wire.success) {
    return {
      kind: 'invalid',
      parts,
      error: `the state block fails validation: ${z.prettifyError(wire.error).replace(/\s*\n\s*/g, ' ')}`,
    }
  }
  const parsed = StoredSnapshotSchema.safeParse(fromWire(wire.data))
  if (!parsed.success) {
    return {
      kind: 'invalid',
      parts,
      error: `the state block fails validation: ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ')}`,
    }
  }
  return { kind: 'ok', snapshot: snapshotFromStored(parsed.data), parts, checklist: parseChecklist(region) }
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1
}
