import type { WorkbookFile } from './open-workbook'

/** The browser downloads the workbook under its Chinese file name. */
export async function openWorkbook(file: WorkbookFile): Promise<void> {
  if (!file.url) throw new Error('no download url')
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
}
