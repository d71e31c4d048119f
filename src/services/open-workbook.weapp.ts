import { cloud, downloadFile, openDocument } from '@tarojs/taro'
import type { WorkbookFile } from './open-workbook'

/** Downloads the workbook from cloud storage and opens it in WeChat's document viewer. */
export async function openWorkbook(file: WorkbookFile): Promise<void> {
  const tempFilePath = file.fileID
    ? (await cloud.downloadFile({ fileID: file.fileID })).tempFilePath
    : (await downloadFile({ url: file.url ?? '' })).tempFilePath
  await openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
}
