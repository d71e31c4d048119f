import { AppError } from '../../src/core/errors'
import { getCloud } from './cloud'

const FILE_ID = /^cloud:\/\/([A-Za-z0-9-]+)\.[A-Za-z0-9-]+\/([A-Za-z0-9_\-./]{1,400})$/
export const MAX_PHOTOS = 6

/**
 * Photos are stored in cloud storage and referenced by fileID (`cloud://<env>.<bucket>/<path>`).
 * Only fileIDs of the environment this function runs in are accepted, at most 6, so a request
 * cannot point at another environment's files or at anything that is not a stored file.
 */
export function assertOwnFileIds(fileIds: string[] | undefined, field: string): void {
  if (!fileIds?.length) return
  if (fileIds.length > MAX_PHOTOS) throw new AppError('INPUT.INVALID', 'too many photos', { [field]: `At most ${MAX_PHOTOS}` })
  const env = String(getCloud().getWXContext().ENV ?? '')
  fileIds.forEach((id, i) => {
    const m = FILE_ID.exec(id)
    const pathOk = !!m && !m[2].split('/').some((s) => s === '' || s === '.' || s === '..')
    if (!m || !pathOk || !env || m[1] !== env) {
      throw new AppError('INPUT.INVALID', 'not a file of this environment', { [`${field}.${i}`]: 'Not a file of this environment' })
    }
  })
  if (new Set(fileIds).size !== fileIds.length) throw new AppError('INPUT.INVALID', 'duplicate photo', { [field]: 'Duplicate file' })
}
