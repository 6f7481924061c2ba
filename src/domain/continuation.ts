import { z } from 'zod'
import { MAX_TITLE } from './plan-limits.ts'
import { HolderSchema } from './claim.ts'
import { escapeInline, inertJson } from './markdown.ts'

/**
 * GitHub refuses comments on an issue that holds 2,500 of them, whoever writes. The record then
 * continues in a continuation issue. A continue marker, written in the full segment like a record,
 * names it; the first trusted marker of a segment ends that segment for every reader.
 */
export const GITHUB_COMMENT_CAP = 2500

/** Label of continuation issues: never `tasklist`, so nothing lists or loads one as a TaskList. */
export const CONTINUATION_LABEL = 'tasklist-continuation'

/**
 * The comments left for people, and for writers already on their way, once a segment reaches its
 * threshold: a fifth of the cap (500 of GitHub's 2,500). See docs/storage.md.
 */
export function continueThreshold(cap: number): number {
  return cap - Math.ceil(cap / 5)
}

export const MARKER_PREFIX = '<!-- tasklist:continue '
const MARKER_PATTERN = /^<!-- tasklist:continue (\{.*\}) -->/s

export const ContinueMarkerSchema = z.object({
  tasklist: z.literal(1),
  rec: z.string().regex(/^[a-z0-9]{16,32}$/),
  /** The continuation issue the record goes on in. */
  next: z.number().int().positive(),
  holder: HolderSchema,
})
export type ContinueMarker = z.infer<typeof ContinueMarkerSchema>

export type DecodedMarker =
  { kind: 'none' } | { kind: 'marker'; marker: ContinueMarker } | { kind: 'malformed'; error: string }

export function decodeMarker(body: string): DecodedMarker {
  const start = body.lastIndexOf(MARKER_PREFIX)
  if (start === -1) return { kind: 'none' }
  const match = MARKER_PATTERN.exec(body.slice(start).trimEnd())
  if (match?.[1] === undefined) return { kind: 'malformed', error: 'continue marker is not closed' }
  let json: unknown
  try {
    json = JSON.parse(match[1])
  } catch {
    return { kind: 'malformed', error: 'continue marker is not valid JSON' }
  }
  const parsed = ContinueMarkerSchema.safeParse(json)
  if (!parsed.success) return { kind: 'malformed', error: 'continue marker fails validation' }
  return { kind: 'marker', marker: parsed.data }
}

/** The marker comment: a sentence for people, then the hidden block. */
export function renderMarkerComment(marker: ContinueMarker, cap: number): string {
  return [
    `**The record of this TaskList continues in #${marker.next}.** This issue is nearing GitHub's limit of ${cap} comments, so`,
    `later records are written there; the TaskList itself, its checklist and its state, stay here.`,
    `Continued by ${escapeInline(marker.holder.label)}.`,
    '',
    `${MARKER_PREFIX}${inertJson(marker)} -->`,
  ].join('\n')
}

/** The body of a continuation issue: where it comes from, for people reading the chain backwards. */
export function renderContinuationBody(input: { tasklist: number; previous: number; title: string }): string {
  const from =
    input.previous === input.tasklist ? `#${input.tasklist}` : `#${input.previous} (after #${input.tasklist})`
  return [
    `Records of TaskList #${input.tasklist} (${escapeInline(input.title)}) continue here, after ${from}.`,
    '',
    `The TaskList, its checklist and its state, stay in #${input.tasklist}; this issue only holds its later records.`,
  ].join('\n')
}

const CONTINUATION_BODY_PATTERN = /^Records of TaskList #([1-9]\d*) \(/

/**
 * The TaskList a continuation issue's body names, for pointing people there; undefined once someone
 * has rewritten that line. Nothing is decided on it: records name their TaskList through the markers.
 */
export function continuationOf(body: string | null | undefined): number | undefined {
  const match = CONTINUATION_BODY_PATTERN.exec(body ?? '')
  return match?.[1] === undefined ? undefined : Number(match[1])
}

export function continuationTitle(title: string, part: number): string {
  const suffix = ` (records, part ${part})`
  return `${title.slice(0, MAX_TITLE - suffix.length)}${suffix}`
}

/** The note an unused continuation issue is closed with: it lost the race to another. */
export function unusedContinuationBody(input: { tasklist: number; winner: number }): string {
  return `Not used: the record of TaskList #${input.tasklist} continued in #${input.winner} instead.`
}
