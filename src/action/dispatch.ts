import { botCommand } from './commands/bot.ts'
import type { CommandContext } from './commands/context.ts'
import { createCommand } from './commands/create.ts'
import { loadCommand } from './commands/load.ts'
import { resumeCommand } from './commands/resume.ts'
import { runCommand } from './commands/run.ts'
import { startCommand } from './commands/start.ts'
import { transitionCommand } from './commands/transition.ts'

/** Hands each command its own request. */
export async function dispatch(context: CommandContext): Promise<void> {
  const { inputs } = context
  switch (inputs.command) {
    case 'create':
      return createCommand({ ...context, inputs })
    case 'load':
      return loadCommand({ ...context, inputs })
    case 'start':
      return startCommand({ ...context, inputs })
    case 'run':
      return runCommand({ ...context, inputs })
    case 'resume':
      return resumeCommand({ ...context, inputs })
    case 'complete':
    case 'fail':
    case 'skip':
      return transitionCommand({ ...context, inputs })
    case 'bot':
      return botCommand({ ...context, inputs })
  }
}
