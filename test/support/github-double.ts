import { afterEach, beforeEach, expect } from 'vitest'
import { startGitHubDouble, type GitHubDouble, type GitHubDoubleOptions } from '../double/index.ts'

/**
 * A fresh GitHub double for each test, handed to `use`; after the test, the
 * double must have recorded no contract violation.
 */
export function useGitHubDouble(use: (double: GitHubDouble) => void, options: GitHubDoubleOptions = {}): void {
  let current: GitHubDouble | undefined
  beforeEach(async () => {
    current = await startGitHubDouble(options)
    use(current)
  })
  afterEach(async () => {
    expect(current?.violations).toEqual([])
    await current?.close()
  })
}
