/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, a UTF-8 BOM) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      row.push(cell), rows.push(row), (row = []), (cell = '')
    } else cell += ch
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row)
  return rows
}

/** The inverse, for tests and the generator. */
export function toCsv(rows: string[][]): string {
  const esc = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  return rows.map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n'
}
