import { z } from 'zod'

/**
 * Earlier attempts of a task, kept in its state so a picture of the run can
 * show retries and takeovers without reading the whole record. An entry is
 * `[start, seconds, outcome]`, the start in epoch seconds of GitHub's clock.
 * The current attempt is not here: the task's own fields describe it.
 */
export const HISTORY_OUTCOMES = ['C', 'F', 'T', 'S'] as const
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number]

/** Only the latest attempts are kept, so a task retried many times cannot crowd the body. */
export const MAX_HISTORY = 5

export const HistoryEntrySchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().nonnegative(),
  z.enum(HISTORY_OUTCOMES),
])
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

export const HistorySchema = z.array(HistoryEntrySchema).max(MAX_HISTORY)
