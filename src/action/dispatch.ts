import type { CommandContext } from './commands/context.ts'

/**
 * Hands each command its own request. Each command is imported when it is the one asked for, so a
 * step parses only its own command's code: the bundler splits each into a chunk of its own.
 */
export async function dispatch(context: CommandContext): Promise<void> {
  const { inputs } = context
  switch (inputs.command) {
    case 'create':
      return (await import('./commands/create.ts')).createCommand({ ...context, inputs })
    case 'load':
      return (await import('./commands/load.ts')).loadCommand({ ...context, inputs })
    case 'start':
      return (await import('./commands/start.ts')).startCommand({ ...context, inputs })
    case 'run':
      return (await import('./commands/run.ts')).runCommand({ ...context, inputs })
    case 'resume':
      return (await import('./commands/resume.ts')).resumeCommand({ ...context, inputs })
    case 'complete':
    case 'fail':
    case 'skip':
      return (await import('./commands/transition.ts')).transitionCommand({ ...context, inputs })
    case 'bot':
      return (await import('./commands/bot.ts')).botCommand({ ...context, inputs })
  }
}
