import type { BodyParts } from '../domain/body.ts'
import type { Snapshot } from '../domain/model.ts'
import type { IssueData } from './port.ts'

export type { IssueData } from './port.ts'

/** What a process knows of one TaskList: the issue, its snapshot and the folded state. */
export interface TaskListView {
  readonly issue: IssueData
  readonly parts: BodyParts
  /** The snapshot folds start from: the sealed body, or a genesis when the body was edited by hand. */
  readonly base: Snapshot
  /** `base` plus every record read so far. Equal to `base` until the tail is read. */
  readonly state: Snapshot
  /** The records after the snapshot have been read and folded into `state`. */
  readonly tailRead: boolean
  /** The `since` of tail reads: the base cursor's time, so one page covers what is new. */
  readonly since: string | undefined
  readonly tailEtag: string | undefined
  readonly trusted: ReadonlySet<string>
  /** The body does not show `state` yet. */
  readonly bodyBehind: boolean
  /** The state block was edited by hand, so `state` was replayed from the whole record instead. */
  readonly stateBlockEdited: boolean
  /** The body lagged a page or more behind the record; worth redrawing even on a read. */
  readonly bodyFarBehind?: boolean
}
