// What a person sees on a terminal after a program's output: a small screen model for the control
// sequences a redrawing CLI uses (cursor to a previous line, erase below, colours, cursor visibility).
// Anything else fails loudly, so a sequence the model does not know cannot pass unseen.

export interface Screen {
  readonly lines: string[]
  readonly cursorVisible: boolean
}

export function screenOf(output: string): Screen {
  const lines: string[] = ['']
  let row = 0
  let col = 0
  let cursorVisible = true
  for (let i = 0; i < output.length; i++) {
    const ch = output[i] ?? ''
    if (ch === '\u001b') {
      const match = /^\u001b\[(\??)([0-9;]*)([A-Za-z])/.exec(output.slice(i))
      if (match === null) throw new Error(`unknown escape at ${i}: ${JSON.stringify(output.slice(i, i + 10))}`)
      const [whole, private_, params, final] = match
      i += whole.length - 1
      const n = params === '' ? 1 : Number(params)
      if (private_ === '?' && params === '25') cursorVisible = final === 'h'
      else if (final === 'm') continue
      else if (final === 'F') {
        row = Math.max(0, row - n)
        col = 0
      } else if (final === 'J' && (params === '' || params === '0')) {
        lines.splice(row + 1)
        lines[row] = (lines[row] ?? '').slice(0, col)
      } else throw new Error(`unmodelled sequence ${JSON.stringify(whole)}`)
      continue
    }
    if (ch === '\r') col = 0
    else if (ch === '\n') {
      row++
      col = 0
      while (lines.length <= row) lines.push('')
    } else {
      const line = (lines[row] ?? '').padEnd(col)
      lines[row] = line.slice(0, col) + ch + line.slice(col + 1)
      col++
    }
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return { lines: lines.map((l) => l.trimEnd()), cursorVisible }
}
