import { runFieldsOf } from './plan-fields.ts'
import type { TaskSpec } from './task-spec.ts'

/** What is wrong with a plan's `needs`; front ends word it. */
export type NeedsProblem =
  | { readonly kind: 'unknown'; readonly task: string; readonly need: string }
  | { readonly kind: 'self'; readonly task: string }
  | { readonly kind: 'cycle'; readonly cycle: readonly string[] }

export class NeedsError extends Error {
  readonly problem: NeedsProblem

  constructor(problem: NeedsProblem) {
    super(describeNeedsProblem(problem))
    this.problem = problem
  }
}

export function describeNeedsProblem(problem: NeedsProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return `task '${problem.task}' field 'needs': '${problem.need}' is not a task of this plan; name one of its tasks, or add '${problem.need}'`
    case 'self':
      return `task '${problem.task}' field 'needs': a task cannot need itself; remove '${problem.task}' from its needs`
    case 'cycle':
      return `field 'needs': the tasks need each other in a cycle, ${problem.cycle.join(' -> ')}; remove one of these needs`
  }
}

/**
 * The first problem with the plan's `needs`, in plan order, or undefined when
 * every need names a task and the needs form no cycle.
 */
export function needsProblem(specs: readonly TaskSpec[]): NeedsProblem | undefined {
  const needsOf = new Map(specs.map((spec) => [spec.name, runFieldsOf(spec).needs]))
  for (const spec of specs) {
    for (const need of needsOf.get(spec.name) ?? []) {
      if (need === spec.name) return { kind: 'self', task: spec.name }
      if (!needsOf.has(need)) return { kind: 'unknown', task: spec.name, need }
    }
  }
  const cycle = findCycle(
    specs.map((spec) => spec.name),
    (name) => needsOf.get(name) ?? [],
  )
  return cycle === undefined ? undefined : { kind: 'cycle', cycle }
}

/** Throws NeedsError on the first problem with the plan's needs. */
export function checkNeeds(specs: readonly TaskSpec[]): void {
  const problem = needsProblem(specs)
  if (problem !== undefined) throw new NeedsError(problem)
}

/**
 * A cycle as the path that closes it (`a -> b -> a`), found by a depth-first
 * walk in plan order so the same plan always names the same cycle. Iterative,
 * so a chain of a thousand tasks cannot overflow the stack.
 */
function findCycle(names: readonly string[], edges: (name: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  for (const root of names) {
    if (state.has(root)) continue
    const path: string[] = []
    const stack: Array<{ name: string; next: number }> = [{ name: root, next: 0 }]
    state.set(root, 'open')
    path.push(root)
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top === undefined) break
      const out = edges(top.name)
      const child = out[top.next]
      top.next += 1
      if (child === undefined) {
        state.set(top.name, 'done')
        stack.pop()
        path.pop()
        continue
      }
      const seen = state.get(child)
      if (seen === 'open') return [...path.slice(path.indexOf(child)), child]
      if (seen === undefined) {
        state.set(child, 'open')
        stack.push({ name: child, next: 0 })
        path.push(child)
      }
    }
  }
  return undefined
}
