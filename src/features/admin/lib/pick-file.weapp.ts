import Taro from '@tarojs/taro'
import type { PickedFile } from '../api/ports'
import { useSession } from '@/services/session'
import { importCloudPath } from './cloud-path'

/** A file from a WeChat chat (how a workbook reaches a phone or PC WeChat), into cloud storage. */
export async function pickOrgFile(): Promise<PickedFile | null> {
  let file: { path: string; name: string }
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
    file = res.tempFiles[0]
  } catch {
    return null // cancelled
  }
  const userId = useSession.getState().user?.id
  if (!userId) throw new Error('not signed in')
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath: importCloudPath(userId, file.name), filePath: file.path })
  return { fileID, name: file.name }
}
