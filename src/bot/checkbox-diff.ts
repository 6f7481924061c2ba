import { BEGIN_MARKER, END_MARKER, parseChecklist } from '../domain/body.ts'

export interface BoxChange {
  readonly task: string
  readonly ticked: boolean
}

function boxes(body: string): Map<string, boolean> {
  const start = body.indexOf(BEGIN_MARKER)
  const end = body.indexOf(END_MARKER)
  return start === -1 || end < start ? new Map<string, boolean>() : parseChecklist(body.slice(start, end))
}

/** The boxes whose state changed between two versions of the body, in checklist order. */
export function changedBoxes(before: string, after: string): BoxChange[] {
  const old = boxes(before)
  const changes: BoxChange[] = []
  for (const [task, ticked] of boxes(after)) {
    const was = old.get(task)
    if (was !== undefined && was !== ticked) changes.push({ task, ticked })
  }
  return changes
}
