// action.yml, the README's input and output tables and the code must agree.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../src/action/inputs.ts'
import { OUTPUT_NAMES } from '../../src/action/outputs.ts'

interface Declared {
  readonly name: string
  readonly required: boolean
  readonly default: string | undefined
}

/** Reads the `inputs:` or `outputs:` map of action.yml: two-space names, four-space fields. */
function declared(yaml: string, section: 'inputs' | 'outputs'): Declared[] {
  const lines = yaml.split('\n')
  const start = lines.indexOf(`${section}:`)
  expect(start).toBeGreaterThanOrEqual(0)
  const entries: Declared[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)?.[1]
    if (name !== undefined) entries.push({ name, required: false, default: undefined })
    const field = /^ {4}(required|default):\s*(.*)$/.exec(line)
    const last = entries.at(-1)
    if (field !== null && last !== undefined) {
      entries[entries.length - 1] =
        field[1] === 'required'
          ? { ...last, required: field[2] === 'true' }
          : { ...last, default: field[2]?.replace(/^"|"$/g, '') }
    }
  }
  return entries
}

/** Rows of the README table that follows a heading, as [name, ...cells]. */
function table(readme: string, heading: string): string[][] {
  const at = readme.indexOf(heading)
  expect(at, `README has a '${heading}' section`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of readme
    .slice(at + heading.length)
    .split('\n')
    .slice(1)) {
    if (rows.length > 0 && !line.startsWith('|')) break
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
  }
  return rows.slice(1)
}

const yaml = readFileSync('action.yml', 'utf8')
const readme = readFileSync('README.md', 'utf8')

describe('the contract is the same in action.yml, the README and the code', () => {
  it('declares every input the code reads, and no other', () => {
    expect(
      declared(yaml, 'inputs')
        .map((i) => i.name)
        .sort(),
    ).toEqual([...INPUT_NAMES].sort())
  })

  it('declares the defaults the code applies to a blank input', () => {
    const defaults = Object.fromEntries(
      declared(yaml, 'inputs').flatMap((i) =>
        i.default === undefined || i.name === 'token' ? [] : [[i.name, i.default]],
      ),
    )
    expect(defaults).toEqual(INPUT_DEFAULTS)
  })

  it('declares every output the code sets, and no other', () => {
    expect(
      declared(yaml, 'outputs')
        .map((o) => o.name)
        .sort(),
    ).toEqual([...OUTPUT_NAMES].sort())
  })

  it("lists the inputs in the README with action.yml's required flags and defaults", () => {
    const rows = table(readme, '### Inputs')
    const fromReadme = rows.map(([name, required, defaultValue]) => ({
      name: name?.replace(/`/g, ''),
      required: required === 'yes',
      default: defaultValue === '' || defaultValue === undefined ? undefined : defaultValue.replace(/`/g, ''),
    }))
    expect(fromReadme).toEqual(declared(yaml, 'inputs'))
  })

  it('lists the outputs in the README in the order of action.yml', () => {
    expect(table(readme, '### Outputs').map(([name]) => name?.replace(/`/g, ''))).toEqual(
      declared(yaml, 'outputs').map((o) => o.name),
    )
  })

  it('runs on node24 with a main and a post entry that exist in dist/', () => {
    expect(yaml).toMatch(/^ {2}using: node24$/m)
    expect(yaml).toMatch(/^ {2}main: dist\/index.js$/m)
    expect(yaml).toMatch(/^ {2}post: dist\/post\/index.js$/m)
    expect(() => readFileSync('dist/index.js')).not.toThrow()
    expect(() => readFileSync('dist/post/index.js')).not.toThrow()
  })
})
