import { hostname, userInfo } from 'node:os'
import type { Holder } from '../domain/claim.ts'
import { SafeUrlSchema } from '../domain/claim.ts'
import { UsageError } from './errors.ts'

function userName(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username
  } catch {
    // Containers may run under a uid with no passwd entry.
    return env.USER ?? env.USERNAME ?? 'unknown'
  }
}

/**
 * Who a CLI write is recorded for: `tasklist CLI (user@host)`, linked to a
 * build of another CI system when it passes --holder-url or TASKLIST_RUN_URL.
 */
export function cliHolder(env: NodeJS.ProcessEnv, holderUrl: string | undefined): Holder {
  const label = `tasklist CLI (${userName(env)}@${hostname()})`.slice(0, 300)
  const url =
    holderUrl ??
    (env.TASKLIST_RUN_URL === undefined || env.TASKLIST_RUN_URL.trim() === '' ? undefined : env.TASKLIST_RUN_URL.trim())
  if (url === undefined) return { label }
  const source = holderUrl === undefined ? 'TASKLIST_RUN_URL' : '--holder-url'
  if (!SafeUrlSchema.safeParse(url).success) {
    throw new UsageError(
      `${source} must be an http(s) URL without spaces, quotes or brackets, at most 500 characters (the build of your CI system); got '${url.slice(0, 80)}'`,
    )
  }
  return { label, url }
}
