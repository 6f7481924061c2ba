export type SlashCommand =
  | { kind: 'none' }
  | { kind: 'status' }
  | { kind: 'resume' }
  | { kind: 'task'; verb: 'retry' | 'reset' | 'skip'; task: string; reason?: string }
  | { kind: 'invalid'; problem: string }

export const SLASH_HELP = [
  '`/tasklist status`: reply with the current table',
  '`/tasklist retry <task>`: send a FAILED task back to PENDING',
  '`/tasklist reset <task>`: send a COMPLETE, SKIPPED or FAILED task back to PENDING, to run it again',
  '`/tasklist skip <task> [reason]`: mark a PENDING or FAILED task SKIPPED',
  '`/tasklist resume`: dispatch the resume workflow',
].join('\n')

/**
 * A command is the first line of a comment, starting with the exact word
 * `/tasklist`. Anything else is conversation and is left alone.
 */
export function parseSlashCommand(comment: string): SlashCommand {
  const firstLine =
    comment
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      ?.trim() ?? ''
  const words = firstLine.split(/\s+/)
  if (words[0] !== '/tasklist') return { kind: 'none' }
  const verb = words[1]
  const task = words[2]
  switch (verb) {
    case undefined:
      return { kind: 'invalid', problem: 'the command is missing' }
    case 'status':
    case 'resume':
      return words.length > 2 ? { kind: 'invalid', problem: `\`${verb}\` takes no arguments` } : { kind: verb }
    case 'retry':
    case 'reset':
      if (task === undefined) return { kind: 'invalid', problem: `\`${verb}\` needs a task name` }
      return words.length > 3
        ? { kind: 'invalid', problem: `\`${verb}\` takes only a task name` }
        : { kind: 'task', verb, task }
    case 'skip': {
      if (task === undefined) return { kind: 'invalid', problem: '`skip` needs a task name' }
      const reason = words.slice(3).join(' ')
      return reason === '' ? { kind: 'task', verb, task } : { kind: 'task', verb, task, reason }
    }
    default:
      return { kind: 'invalid', problem: `\`${verb.slice(0, 40)}\` is not a command` }
  }
}
