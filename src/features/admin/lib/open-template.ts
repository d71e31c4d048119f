/** Opens the import template. This file is the default (H5 and tests); `open-template.weapp.ts` is the mini program's. */
import type { ImportTemplate } from '../../../core/admin-types'

/** The browser downloads the workbook under its Chinese file name. */
export async function openTemplate(file: ImportTemplate): Promise<void> {
  if (!file.url) throw new Error('no download url')
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
}
