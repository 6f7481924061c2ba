import type { TaskListView } from '../storage/view.ts'
import type { CliContext } from './context.ts'
import { NotTrustedError } from './errors.ts'

/**
 * Records count only from the issue's author and its trusted accounts. A write
 * by anyone else would be posted and then ignored, so refuse it before writing.
 * Installation tokens cannot say who they are; the fold still guards them.
 */
export async function assertTrusted(ctx: CliContext, view: TaskListView): Promise<void> {
  const login = await ctx.whoami()
  if (login === undefined || view.trusted.has(login.toLowerCase())) return
  const others = [...view.trusted].filter((l) => l !== view.issue.author.toLowerCase())
  const list = others.length === 0 ? '' : ` and ${others.map((l) => `@${l}`).join(', ')}`
  throw new NotTrustedError(
    `TaskList #${view.issue.number} trusts records only from @${view.issue.author}${list}, not from @${login}, the account of this token; use a token of one of those accounts (nothing was written)`,
  )
}
