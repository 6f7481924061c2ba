import { reportCreated, reportLoaded } from '../../app/report.ts'
import { publishOutputs } from '../outputs.ts'
import type { CreateInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'
import { isoSeconds } from '../../domain/time.ts'

export async function createCommand({ inputs, store, log }: CommandContext<CreateInputs>): Promise<void> {
  const { view, created } = await store.create({
    title: inputs.title,
    tasks: inputs.tasks,
    ...(inputs.key === undefined ? {} : { key: inputs.key }),
    labels: inputs.labels,
    trusted: inputs.trustedAuthors,
    now: isoSeconds(store.now()),
  })
  if (created) reportCreated(log, view.issue.number, view.state)
  else reportLoaded(log, view.issue.number, view.state)
  await publishOutputs(view)
}
