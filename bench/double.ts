// The GitHub double the bench runs against, with a bot token whose hourly budget the bench cannot
// exhaust (GITHUB_TOKEN's real budget is 1,000 requests an hour per repository; the bench makes
// several thousand, and a 403 would make the action wait out the window).
import { ACTIONS_BOT, startGitHubDouble, type GitHubDouble } from '../test/double/index.ts'

export const BENCH_TOKEN = 'ghs_bench_bot'

export async function startBenchDouble(): Promise<GitHubDouble> {
  const double = await startGitHubDouble({ seed: 1 })
  double.addToken(BENCH_TOKEN, {
    login: ACTIONS_BOT.login,
    id: ACTIONS_BOT.id,
    type: 'Bot',
    permissions: { issues: 'write', actions: 'write' },
    rateLimit: 10_000_000,
  })
  return double
}
