import type { CommandContext } from './commands/context.ts'

// Each command is imported when it is the one asked for, so a step parses only its own command's
// code: the bundler splits each into a chunk of its own (`bot` alone pulls in the bot and its schema).
export async function dispatch(context: CommandContext): Promise<void> {
  switch (context.inputs.command) {
    case 'create':
      return (await import('./commands/create.ts')).createCommand(context)
    case 'load':
      return (await import('./commands/load.ts')).loadCommand(context)
    case 'start':
      return (await import('./commands/start.ts')).startCommand(context)
    case 'run':
      return (await import('./commands/run.ts')).runCommand(context)
    case 'complete':
    case 'fail':
    case 'skip':
      return (await import('./commands/transition.ts')).transitionCommand(context, context.inputs.command)
    case 'bot':
      return (await import('./commands/bot.ts')).botCommand(context)
  }
}
