/** Opens a workbook the functions made (an export, the import template). This file is the default (H5 and tests); `open-workbook.weapp.ts` is the mini program's. */
export interface WorkbookFile {
  /** the temporary URL (H5 downloads it) */
  url: string | null
  /** the cloud file (the mini program downloads it) */
  fileID: string | null
  filename: string
}

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
