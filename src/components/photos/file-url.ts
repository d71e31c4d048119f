import { knownFileUrl } from '@/services/attachments/known-urls'

/**
 * The address an <Image> can load a cloud fileID from: the short-lived URL the functions handed out
 * with the request (`urls`), or the one of the user's own fresh upload. Web (and tests): without
 * either there is nothing to load ('': files are served only with a signed URL).
 */
export function fileUrl(fileID: string, urls?: Record<string, string>): string {
  if (!fileID.startsWith('cloud://')) return fileID
  return urls?.[fileID] ?? knownFileUrl(fileID) ?? ''
}
