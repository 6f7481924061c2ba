import type { CommandSpec } from '../command.ts'
import { createCommand } from './create.ts'
import { demoCommand } from './demo.ts'
import { listCommand } from './list.ts'
import { resumeCommand } from './resume.ts'
import { showCommand } from './show.ts'
import { startCommand } from './start.ts'
import { completeCommand, failCommand, resetCommand, retryCommand, skipCommand } from './transition.ts'
import { watchCommand } from './watch.ts'

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  showCommand,
  watchCommand,
  listCommand,
  createCommand,
  startCommand,
  completeCommand,
  failCommand,
  skipCommand,
  retryCommand,
  resetCommand,
  resumeCommand,
  demoCommand,
]

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name)
}
