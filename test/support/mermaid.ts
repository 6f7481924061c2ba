// Mermaid's own parser, run headless: Mermaid sanitizes labels with DOMPurify, which needs a DOM,
// so jsdom provides one before Mermaid loads. Used only to prove that what we draw is valid Mermaid.
import { JSDOM } from 'jsdom'

export interface GanttBar {
  readonly id: string
  readonly label: string
  readonly section: string
  readonly start: number
  readonly end: number
  readonly tags: readonly string[]
}

interface MermaidTask {
  id: string
  task: string
  section: string
  startTime: Date
  endTime: Date
  done?: boolean
  crit?: boolean
  active?: boolean
  milestone?: boolean
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void
  parse(text: string): Promise<{ diagramType: string }>
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): MermaidTask[] } }> }
}

let loaded: Promise<MermaidApi> | undefined

function mermaid(): Promise<MermaidApi> {
  loaded ??= (async () => {
    const { window } = new JSDOM('')
    Object.assign(globalThis, { window, document: window.document })
    const module = (await import('mermaid')) as unknown as { default: MermaidApi }
    module.default.initialize({ startOnLoad: false, securityLevel: 'strict' })
    return module.default
  })()
  return loaded
}

/** Parses a gantt chart as GitHub's Mermaid does; throws Mermaid's parse error on invalid text. */
export async function parseGantt(text: string): Promise<GanttBar[]> {
  const api = await mermaid()
  const parsed = await api.parse(text)
  if (parsed.diagramType !== 'gantt') throw new Error(`a ${parsed.diagramType} diagram, not a gantt chart`)
  const diagram = await api.mermaidAPI.getDiagramFromText(text)
  return diagram.db.getTasks().map((t) => {
    const start = t.startTime.getTime()
    const end = t.endTime.getTime()
    if (Number.isNaN(start) || Number.isNaN(end)) throw new Error(`task ${t.id} has an invalid date`)
    return {
      id: t.id,
      label: t.task.trim(),
      section: t.section,
      start,
      end,
      tags: (['done', 'crit', 'active', 'milestone'] as const).filter((tag) => t[tag] === true),
    }
  })
}
