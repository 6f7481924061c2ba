// The README's input and output tables, generated from action.yml, the single source of their names,
// flags, defaults and descriptions. `node scripts/action-tables.ts` rewrites them in README.md;
// test/unit/contract.test.ts fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface ActionEntry {
  readonly name: string
  readonly description: string
  readonly required: boolean
  readonly default: string | undefined
}

/** A one-line YAML scalar as action.yml writes them: plain, 'single' or "double" quoted. */
function scalar(text: string): string {
  const value = text.trim()
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'")
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string
  return value
}

/** The `inputs:` or `outputs:` map of action.yml: two-space names, four-space one-line fields. */
export function actionEntries(yaml: string, section: 'inputs' | 'outputs'): ActionEntry[] {
  const lines = yaml.split('\n')
  const start = lines.indexOf(`${section}:`)
  if (start === -1) throw new Error(`action.yml has no ${section}: section`)
  const entries: ActionEntry[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)?.[1]
    if (name !== undefined) entries.push({ name, description: '', required: false, default: undefined })
    const field = /^ {4}(description|required|default):\s*(.*)$/.exec(line)
    const last = entries.at(-1)
    if (field === null || last === undefined) continue
    const [, key, raw = ''] = field
    entries[entries.length - 1] =
      key === 'required'
        ? { ...last, required: raw.trim() === 'true' }
        : key === 'default'
          ? { ...last, default: scalar(raw) }
          : { ...last, description: scalar(raw) }
  }
  for (const entry of entries)
    if (entry.description === '') throw new Error(`action.yml: ${section}.${entry.name} has no one-line description`)
  return entries
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

export function inputsTable(yaml: string): string {
  return [
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
    ...actionEntries(yaml, 'inputs').map(
      (i) =>
        `| \`${i.name}\` | ${i.required ? 'yes' : 'no'} | ${i.default === undefined ? '' : `\`${i.default}\``} | ${cell(i.description)} |`,
    ),
  ].join('\n')
}

export function outputsTable(yaml: string): string {
  return [
    '| name | description |',
    '| --- | --- |',
    ...actionEntries(yaml, 'outputs').map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ].join('\n')
}

const MARKS = {
  inputs: ['<!-- inputs: generated from action.yml by scripts/action-tables.ts -->', '<!-- inputs end -->'],
  outputs: ['<!-- outputs: generated from action.yml by scripts/action-tables.ts -->', '<!-- outputs end -->'],
} as const

/** The README with both tables as action.yml says; the text around them is kept. */
export function withTables(readme: string, yaml: string): string {
  let text = readme
  for (const [section, [open, close]] of Object.entries(MARKS)) {
    const from = text.indexOf(open)
    const to = text.indexOf(close)
    if (from === -1 || to < from) throw new Error(`README.md has no ${open} … ${close} block`)
    const table = section === 'inputs' ? inputsTable(yaml) : outputsTable(yaml)
    text = `${text.slice(0, from + open.length)}\n${table}\n${text.slice(to)}`
  }
  return text
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8')
  const next = withTables(readme, readFileSync('action.yml', 'utf8'))
  if (next !== readme) writeFileSync('README.md', next)
  process.stdout.write(
    next === readme ? 'README.md tables are current\n' : 'README.md tables rewritten from action.yml\n',
  )
}
