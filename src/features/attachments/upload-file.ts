/**
 * Puts one local photo into cloud storage and answers its `cloud://` fileID. Web: the local
 * runtime's upload endpoint (SPEC §9); `upload-file.weapp.ts`: `cloud.uploadFile`.
 */
import { useSession } from '../../services/session'

export async function uploadFile(localPath: string, name: string): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  const cloudPath = `photos/${new Date().toISOString().slice(0, 10)}/${name}`
  const res = await fetch(`/__cloud/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': blob.type || 'application/octet-stream', 'x-openid': useSession.getState().openid ?? '' },
    body: blob,
  })
  const body = (await res.json().catch(() => null)) as { fileID?: string } | null
  const fileID = body?.fileID
  if (!res.ok || !fileID) throw new Error(`upload answered ${res.status}`)
  return fileID
}
