/**
 * Puts one local photo into cloud storage and answers its `cloud://` fileID. Web: the local
 * runtime's upload endpoint (SPEC §9), which picks the path in the caller's own folder and answers
 * a short-lived URL for the form to show it; `upload-file.weapp.ts`: `cloud.uploadFile`.
 */
import { rememberFileUrl } from './known-urls'
import { useSession } from '../session'

export async function uploadFile(localPath: string, name: string): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  const res = await fetch(`/__cloud/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': blob.type || 'application/octet-stream', 'x-openid': useSession.getState().openid ?? '' },
    body: blob,
  })
  const body = (await res.json().catch(() => null)) as { fileID?: string; tempFileURL?: string } | null
  const fileID = body?.fileID
  if (!res.ok || !fileID) throw new Error(`upload answered ${res.status}`)
  rememberFileUrl(fileID, body?.tempFileURL ?? '')
  return fileID
}
