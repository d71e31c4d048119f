/** Opens an exported workbook; Taro picks `open-export.weapp.ts` or `open-export.h5.ts`. */
export interface ExportedFile {
  url: string | null
  fileID: string | null
  filename: string
}
export declare function openExport(file: ExportedFile): Promise<void>
