/** Opens an exported workbook. This file is the default (H5 and tests); `open-export.weapp.ts` is the mini program's. */
export interface ExportedFile {
  url: string | null
  fileID: string | null
  filename: string
}

/** The browser downloads the workbook under its Chinese file name. */
export async function openExport(file: ExportedFile): Promise<void> {
  if (!file.url) throw new Error('no download url')
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
}
