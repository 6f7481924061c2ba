// Bundles the compiled entries with ncc into dist/, which is committed: the
// runner executes dist/ as it is, with no install step.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

interface NccResult {
  code: string
  assets: Record<string, { source: string | Uint8Array }>
}
type Ncc = (input: string, options: Record<string, unknown>) => Promise<NccResult>

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc') as Ncc

const ENTRIES: ReadonlyArray<[string, string]> = [
  ['build/index.js', ''],
  ['build/post.js', 'post'],
  ['build/cli/index.js', 'cli'],
]

async function bundleInto(root: string): Promise<void> {
  for (const [input, sub] of ENTRIES) {
    const outDir = join(root, sub)
    const { code, assets } = await ncc(join(process.cwd(), input), {
      quiet: true,
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
    })
    await mkdir(outDir, { recursive: true })
    await writeFile(join(outDir, 'index.js'), code)
    for (const [name, asset] of Object.entries(assets)) {
      const path = join(outDir, name)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, asset.source)
    }
  }
}

// Build aside and swap in, so a test running meanwhile never sees a half-written dist/.
const staging = `dist.staging-${process.pid}`
await rm(staging, { recursive: true, force: true })
try {
  await bundleInto(staging)
} catch (error) {
  await rm(staging, { recursive: true, force: true })
  throw error
}
await rm('dist', { recursive: true, force: true })
await rename(staging, 'dist')
