// Loaded with `node --import` by bench/load-cost.ts: notes every file of dist/ that a step loads,
// one URL a line, in the file TASKLIST_BENCH_LOADED names.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const out = process.env.TASKLIST_BENCH_LOADED ?? ''
registerHooks({
  load(url, context, nextLoad) {
    if (out !== '' && url.includes('/dist/')) appendFileSync(out, `${url}\n`)
    return nextLoad(url, context)
  },
})
