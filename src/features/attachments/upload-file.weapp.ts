import Taro from '@tarojs/taro'

/** Cloud storage of the mini program's environment; the path keeps uploads of one day together. */
export async function uploadFile(localPath: string, name: string): Promise<string> {
  const day = new Date().toISOString().slice(0, 10)
  const res = await Taro.cloud.uploadFile({ cloudPath: `photos/${day}/${name}`, filePath: localPath })
  return res.fileID
}
