// Runs before `npm run demo` and `npm test`: on a fresh clone it installs the
// locked dependencies, Node 24 among them, so neither command needs a manual
// step. Plain JavaScript, because it may run on whatever Node the machine has.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/.bin/node') || !existsSync('node_modules/.package-lock.json')) {
  console.log('Installing the locked dependencies (npm ci) first...')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
