import { botCommand } from './commands/bot.ts'
import type { CommandContext } from './commands/context.ts'
import { createCommand } from './commands/create.ts'
import { loadCommand } from './commands/load.ts'
import { runCommand } from './commands/run.ts'
import { startCommand } from './commands/start.ts'
import { transitionCommand } from './commands/transition.ts'

export async function dispatch(context: CommandContext): Promise<void> {
  switch (context.inputs.command) {
    case 'create':
      return createCommand(context)
    case 'load':
      return loadCommand(context)
    case 'start':
      return startCommand(context)
    case 'run':
      return runCommand(context)
    case 'complete':
    case 'fail':
    case 'skip':
      return transitionCommand(context, context.inputs.command)
    case 'bot':
      return botCommand(context)
  }
}
