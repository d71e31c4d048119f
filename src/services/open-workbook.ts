/** Opens a workbook the functions made (an export, the import template); Taro picks `open-workbook.weapp.ts` or `open-workbook.h5.ts`. */
export interface WorkbookFile {
  /** the temporary URL (H5 downloads it) */
  url: string | null
  /** the cloud file (the mini program downloads it) */
  fileID: string | null
  filename: string
}
export declare function openWorkbook(file: WorkbookFile): Promise<void>
