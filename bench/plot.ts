// A small SVG bar chart of wall time per operation, this action beside the naive action and the
// physical limit, one panel per latency. Written by hand: a few rectangles need no plotting library.
import type { Comparison } from './types.ts'

const SERIES = [
  { key: 'action', label: 'this action', color: '#2f6fb3' },
  { key: 'naive', label: 'naive (loses updates)', color: '#d08a2a' },
  { key: 'limit', label: 'physical limit', color: '#7a7a7a' },
] as const

const LABEL_W = 150
const PANEL_W = 300
const BAR_H = 9
const GAP = 10
const TOP = 48

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function renderWallTimePlot(comparison: Comparison, latencies: readonly number[]): string {
  const rows = comparison.rows
  const groupH = SERIES.length * BAR_H + GAP
  const width = LABEL_W + latencies.length * (PANEL_W + 20) + 10
  const height = TOP + rows.length * groupH + 40
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="16" font-size="13" font-weight="bold">Wall time per operation (median, spawn to exit)</text>`,
  ]
  rows.forEach((row, r) => {
    const y = TOP + r * groupH
    out.push(`<text x="8" y="${y + (SERIES.length * BAR_H) / 2 + 4}">${escapeXml(row.operation)}</text>`)
  })
  latencies.forEach((latency, p) => {
    const x0 = LABEL_W + p * (PANEL_W + 20)
    const key = String(latency)
    const longest = Math.max(...rows.flatMap((row) => SERIES.map((s) => row[s.key].wallMs[key] ?? 0)), 1)
    // Leave room at the right of the longest bar for its label.
    const scale = (PANEL_W - 60) / longest
    out.push(`<text x="${x0}" y="${TOP - 10}" font-weight="bold">at ${latency} ms latency</text>`)
    out.push(`<line x1="${x0}" y1="${TOP - 4}" x2="${x0}" y2="${TOP + rows.length * groupH - GAP + 4}" stroke="#999"/>`)
    rows.forEach((row, r) => {
      SERIES.forEach((series, s) => {
        const ms = row[series.key].wallMs[key] ?? 0
        const y = TOP + r * groupH + s * BAR_H
        const w = Math.max(1, Math.round(ms * scale))
        out.push(`<rect x="${x0}" y="${y}" width="${w}" height="${BAR_H - 1}" fill="${series.color}"/>`)
        out.push(`<text x="${x0 + w + 3}" y="${y + BAR_H - 1}" font-size="9" fill="#333">${Math.round(ms)} ms</text>`)
      })
    })
  })
  const legendY = TOP + rows.length * groupH + 14
  SERIES.forEach((series, s) => {
    const x = LABEL_W + s * 170
    out.push(`<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${series.color}"/>`)
    out.push(`<text x="${x + 14}" y="${legendY}">${escapeXml(series.label)}</text>`)
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
