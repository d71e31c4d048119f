// Files are private (SPEC §8 "Files"): cloud storage is closed to clients except for writing into
// their own folder, and these functions are the only readers. A fileID is accepted as an attachment
// only when it is the caller's own upload that exists; a viewer gets short-lived URLs for exactly
// the files of what they may see.
import { randomUUID } from 'node:crypto'
import { AppError } from '../../src/core/errors'
import { getCloud } from './cloud'

const FILE_ID = /^cloud:\/\/([A-Za-z0-9-]+)\.[A-Za-z0-9-]+\/([A-Za-z0-9_\-./]{1,400})$/
export const MAX_PHOTOS = 6
/** long enough to look through a request, short enough that a forwarded link soon stops working */
export const FILE_URL_MAX_AGE_S = 2 * 3600
/** getTempFileURL answers at most this many files per call */
const TEMP_URL_BATCH = 50

interface Storage {
  getTempFileURL(o: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{ fileList: Array<{ fileID: string; tempFileURL?: string; status?: number }> }>
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
}
const storage = () => getCloud() as unknown as Storage

/** The folder a user uploads into; the client builds the same path (the storage rule holds it to it). */
export const uploadFolderOf = (userId: string): string => `users/${userId}/`

/** Where a new export of a user goes: their own folder, a name nobody can guess. */
export const exportPathOf = (userId: string): string => `exports/${userId}/${randomUUID().replace(/-/g, '')}.xlsx`

/**
 * Attachments must be the caller's own uploads: a fileID of this environment, under the caller's
 * upload folder, of a file that exists. Anything else (another user's photo, an export, a made-up
 * or deleted file) is `INPUT.INVALID` on that field, before anything is written.
 */
export async function assertOwnUploads(fileIds: string[] | undefined, field: string, ownerId: string): Promise<void> {
  if (!fileIds?.length) return
  if (fileIds.length > MAX_PHOTOS) throw new AppError('INPUT.INVALID', 'too many photos', { [field]: `At most ${MAX_PHOTOS}` })
  if (new Set(fileIds).size !== fileIds.length) throw new AppError('INPUT.INVALID', 'duplicate photo', { [field]: 'Duplicate file' })
  const env = String(getCloud().getWXContext().ENV ?? '')
  const folder = uploadFolderOf(ownerId)
  fileIds.forEach((id, i) => {
    const m = FILE_ID.exec(id)
    const pathOk = !!m && !m[2].split('/').some((s) => s === '' || s === '.' || s === '..')
    if (!m || !pathOk || !env || m[1] !== env || !m[2].startsWith(folder)) {
      throw new AppError('INPUT.INVALID', 'not an upload of the caller', { [`${field}.${i}`]: 'Not your upload' })
    }
  })
  const urls = await tempUrls(fileIds, 60)
  const missing = fileIds.findIndex((id) => !urls[id])
  if (missing !== -1) throw new AppError('INPUT.INVALID', 'no such file', { [`${field}.${missing}`]: 'No such file' })
}

/** Short-lived URLs of stored files, by fileID; a file that does not exist gets none. */
export async function tempUrls(fileIds: string[], maxAge = FILE_URL_MAX_AGE_S): Promise<Record<string, string>> {
  const unique = [...new Set(fileIds)]
  const out: Record<string, string> = {}
  for (let i = 0; i < unique.length; i += TEMP_URL_BATCH) {
    const fileList = unique.slice(i, i + TEMP_URL_BATCH).map((fileID) => ({ fileID, maxAge }))
    const { fileList: answers } = await storage().getTempFileURL({ fileList })
    for (const a of answers ?? []) if (a && (a.status ?? 0) === 0 && a.tempFileURL) out[a.fileID] = a.tempFileURL
  }
  return out
}

/** Stores a file the functions made (an export) and answers its fileID. */
export async function storeFile(cloudPath: string, content: Buffer): Promise<string> {
  return (await storage().uploadFile({ cloudPath, fileContent: content })).fileID
}
