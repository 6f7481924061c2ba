import type { Claim } from './claim.ts'
import type { HistoryEntry } from './history.ts'
import type { Status } from './status.ts'
import type { TaskSpec } from './task-spec.ts'

export const SCHEMA_VERSION = 1

/**
 * How far a task got. Everything here is written by the fold from records;
 * nothing here is part of the task's definition.
 */
export interface RunState {
  readonly status: Status
  /** Bumped by every applied record: each record is a compare-and-set on it. */
  readonly version: number
  readonly claim?: Claim
  /** Seconds the last finished attempt took. */
  readonly durationSec?: number
  /** GitHub's time of the last change. */
  readonly changedAt?: string
  readonly message?: string
  readonly exitCode?: number
  readonly runUrl?: string
  /** Who made the last change: a runner's label or `@login`. */
  readonly changedBy?: string
  /** Earlier attempts, for the timeline (history.ts); the current one is described by the fields above. */
  readonly history?: readonly HistoryEntry[]
  /** What a COMPLETE task handed on to later tasks (task-outputs.ts). */
  readonly outputs?: Readonly<Record<string, string>>
}

/** A task is what it is (its definition, hashed whole) plus how far it got. */
export interface Task {
  readonly definition: TaskSpec
  readonly state: RunState
}

/** The last comment folded into a snapshot: GitHub's id and time. */
export interface Cursor {
  readonly id: number
  readonly at: string
}

/**
 * A continuation of the record: the issue that holds the records after the marker comment
 * `after` ended the previous segment, and how many comments of any kind the fold has met in it.
 * See docs/storage.md.
 */
export interface Segment {
  readonly issue: number
  readonly after: number
  readonly used: number
}

export interface Snapshot {
  readonly tasklist: typeof SCHEMA_VERSION
  readonly title: string
  readonly key?: string
  readonly created: string
  readonly trusted: readonly string[]
  /** Digest of the task definitions, which every record carries. */
  readonly defs: string
  readonly cursor: Cursor | null
  /** The record's continuation issues in order; absent while the record is all in the TaskList's issue. */
  readonly segments?: readonly Segment[]
  readonly tasks: readonly Task[]
  /** Seal over the stored form: a hand edit of the state block breaks it. */
  readonly digest: string
}
export type SnapshotContent = Omit<Snapshot, 'digest'>
