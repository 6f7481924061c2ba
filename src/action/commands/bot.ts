import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { handleBotEvent } from '../../bot/bot.ts'
import { parseBotEvent } from '../../bot/event.ts'
import { InputError } from '../../storage/errors.ts'
import { ACTION_ADVICE } from '../error-line.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import type { BotInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'

function readPayload(path: string | undefined): unknown {
  if (path === undefined)
    throw new InputError(
      'GITHUB_EVENT_PATH is not set; run command: bot in a workflow triggered by issue_comment or issues events',
    )
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch {
    throw new InputError(
      `could not read the event payload at ${path}; run command: bot in a workflow triggered by issue_comment or issues events`,
    )
  }
}

/** command: bot — slash commands and checkbox edits on TaskList issues. */
export async function botCommand({ inputs, runner, store, repo, log }: CommandContext<BotInputs>): Promise<void> {
  const event = parseBotEvent(runner.eventName, readPayload(runner.eventPath))
  const holder = workflowHolder(runner)
  const result = await handleBotEvent(
    {
      store,
      repo,
      log,
      advice: ACTION_ADVICE,
      holder: { ...holder, label: `tasklist bot (${holder.label})` },
      permission: inputs.permission,
      resumeWorkflow: inputs.resumeWorkflow,
      ref: inputs.ref,
    },
    event,
  )
  core.setOutput('bot-command', result.command)
  core.setOutput('dispatched', String(result.dispatched))
  if (result.view !== undefined) await publishOutputs(result.view)
}
