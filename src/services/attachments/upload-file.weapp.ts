import Taro from '@tarojs/taro'
import { useSession } from '../session'

/**
 * Cloud storage of the mini program's environment, in the user's own folder `users/<userId>/`:
 * the functions accept as attachments only files under the caller's folder, and the storage rule
 * lets a user create files only there and never replace someone else's (README, deploy step 4).
 */
export async function uploadFile(localPath: string, name: string): Promise<string> {
  const userId = useSession.getState().user?.id
  if (!userId) throw new Error('not signed in')
  const res = await Taro.cloud.uploadFile({ cloudPath: `users/${userId}/${name}`, filePath: localPath })
  return res.fileID
}
