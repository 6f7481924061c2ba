// Shared builders for the unit tests: snapshots, records and log comments.
import type { LogComment } from '../../src/domain/fold.ts'
import { encodeRecord, type TaskRecord } from '../../src/domain/record.ts'
import { type Holder } from '../../src/domain/claim.ts'
import { type Snapshot, type Task } from '../../src/domain/model.ts'
import { checkSnapshot, taskFromStored, type StoredTask } from '../../src/domain/snapshot-wire.ts'
import { genesisSnapshot } from '../../src/domain/snapshot.ts'

export const T0 = '2025-01-01T00:00:00.000Z'

/** GitHub's time, `seconds` after T0, as an ISO string. */
export function at(seconds: number): string {
  return new Date(Date.parse(T0) + seconds * 1000).toISOString()
}

/** A valid record id (16 lowercase alphanumerics) derived from a short tag. */
export function recId(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .padEnd(16, '0')
    .slice(0, 32)
}

/** A task written in the stored form's short keys, as the state block holds it: compact test tables. */
export function stored(task: StoredTask): Task {
  return taskFromStored(task)
}

/** True when a body parse would accept the snapshot. */
export function isValidSnapshot(snapshot: Snapshot): boolean {
  return checkSnapshot(snapshot).ok
}

export const RUN_URL = 'https://github.com/acme/app/actions/runs/100'

export function holder(overrides: Partial<Holder> = {}): Holder {
  return { run: '100', attempt: 1, job: 'migrate', url: RUN_URL, label: 'deploy / migrate', ...overrides }
}

export function baseSnapshot(names: readonly string[] = ['database-migration', 'application-migration']): Snapshot {
  return genesisSnapshot({
    title: 'Release 1.2',
    trusted: ['octocat'],
    tasks: names.map((name) => ({ name })),
    now: T0,
  })
}

type RecordCore = Pick<TaskRecord, 'op' | 'ver' | 'from' | 'to'>

/** A workflow record for t1 (database-migration) unless overridden. */
export function record(base: Snapshot, tag: string, core: RecordCore, overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    tasklist: 1,
    rec: recId(tag),
    task: 't1',
    name: 'database-migration',
    defs: base.defs,
    authority: 'workflow',
    holder: holder(),
    ...core,
    ...overrides,
  }
}

export function comment(id: number, seconds: number, rec: TaskRecord, login = 'octocat'): LogComment {
  return {
    id,
    createdAt: at(seconds),
    login,
    body: `**\`[${rec.task}] ${rec.name}\`**: \`${rec.from} -> ${rec.to}\`\n\n${encodeRecord(rec)}`,
  }
}

export function textComment(id: number, seconds: number, body: string, login = 'octocat'): LogComment {
  return { id, createdAt: at(seconds), login, body }
}
