// Cloud storage, locally (SPEC §9): `cloud.uploadFile` / `getTempFileURL` / `deleteFile` /
// `downloadFile` of wx-server-sdk keep their shapes but read and write files under DATA_DIR/storage.
// File ids look like the cloud's, `cloud://<env>.<bucket>/<cloudPath>`, with the env `local`.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

export const LOCAL_FILE_PREFIX = 'cloud://local.7162-local-qbhy/'
let storageDir: string | null = null

/** Where files go; the runtime points it at its data directory. */
export function setStorageDir(dataDir: string): void {
  storageDir = join(resolve(dataDir), 'storage')
}

/** The file behind a local fileID, or null for anything outside the storage folder. */
export function pathOfFileId(fileID: unknown): string | null {
  if (!storageDir || typeof fileID !== 'string' || !fileID.startsWith(LOCAL_FILE_PREFIX)) return null
  const cloudPath = fileID.slice(LOCAL_FILE_PREFIX.length)
  if (!isSafeCloudPath(cloudPath)) return null
  const file = resolve(storageDir, cloudPath)
  return file.startsWith(storageDir + sep) ? file : null
}

function isSafeCloudPath(p: string): boolean {
  return p.length > 0 && p.length <= 512 && !p.startsWith('/') && !p.split('/').some((s) => s === '' || s === '.' || s === '..') && !/[\\\0]/.test(p)
}

/** Stores bytes at a cloud path and answers the fileID (what `uploadFile` answers). */
export function saveLocalFile(cloudPath: string, content: Buffer): string {
  const fileID = LOCAL_FILE_PREFIX + cloudPath
  const file = pathOfFileId(fileID)
  if (!file) throw storageError(`invalid cloudPath: ${cloudPath}`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
  return fileID
}

/** URL of a file on the local gateway (same origin as the H5 app). */
export function localFileUrl(fileID: string): string {
  return `/__cloud/file/${encodeURIComponent(fileID)}`
}

type FileRef = string | { fileID: string; maxAge?: number }
const idOf = (f: FileRef) => (typeof f === 'string' ? f : f?.fileID)

/** The storage APIs of wx-server-sdk, answered from the local folder. */
export const localStorageApi = {
  async uploadFile(opts: { cloudPath: string; fileContent: Buffer | string }) {
    const content = Buffer.isBuffer(opts.fileContent) ? opts.fileContent : Buffer.from(String(opts.fileContent ?? ''))
    return { fileID: saveLocalFile(String(opts.cloudPath ?? ''), content), statusCode: 200, errMsg: 'uploadFile:ok' }
  },
  async getTempFileURL(opts: { fileList: FileRef[] }) {
    const fileList = (opts.fileList ?? []).map((f) => {
      const fileID = idOf(f)
      const file = pathOfFileId(fileID)
      const found = !!file && existsSync(file)
      return { fileID, tempFileURL: found ? localFileUrl(fileID) : '', status: found ? 0 : 1, errMsg: found ? 'ok' : 'file not found', maxAge: 86400 }
    })
    return { fileList, errMsg: 'getTempFileURL:ok' }
  },
  async deleteFile(opts: { fileList: string[] }) {
    const fileList = (opts.fileList ?? []).map((fileID) => {
      const file = pathOfFileId(fileID)
      const found = !!file && existsSync(file)
      if (found) unlinkSync(file)
      return { fileID, status: found ? 0 : 1, errMsg: found ? 'ok' : 'file not found' }
    })
    return { fileList, errMsg: 'deleteFile:ok' }
  },
  async downloadFile(opts: { fileID: string }) {
    const file = pathOfFileId(opts.fileID)
    if (!file || !existsSync(file)) throw storageError(`file not found: ${opts.fileID}`)
    return { fileContent: readFileSync(file), statusCode: 200, errMsg: 'downloadFile:ok' }
  },
}

function storageError(message: string): Error {
  return Object.assign(new Error(message), { errCode: -1, errMsg: message })
}
