// Cloud storage, locally (SPEC §8, §9): `cloud.uploadFile` / `getTempFileURL` / `deleteFile` /
// `downloadFile` of wx-server-sdk keep their shapes but read and write files under DATA_DIR/storage.
// File ids look like the cloud's, `cloud://<env>.<bucket>/<cloudPath>`, with the env `local`.
// Files are private as in the cloud: nothing is served without a temporary URL, signed here with
// a secret of the data directory and valid until its expiry on the runtime's clock.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { nowMs } from '../_shared/clock'

export const LOCAL_FILE_PREFIX = 'cloud://local.7162-local-qbhy/'
/** what the cloud answers when getTempFileURL is asked without a maxAge (one day) */
const DEFAULT_MAX_AGE_S = 86400
let storageDir: string | null = null
let secret: Buffer | null = null

/** Where files go, and the signing secret of this data directory (created on first start). */
export function setStorageDir(dataDir: string): void {
  storageDir = join(resolve(dataDir), 'storage')
  const file = join(resolve(dataDir), 'file-url-secret')
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err // another process made it first
    }
  }
  secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
}

function signature(fileID: string, expires: number): string {
  if (!secret) throw storageError('storage is not set up')
  return createHmac('sha256', secret).update(`${fileID}\n${expires}`).digest('base64url')
}

/** A temporary URL of a file on the local gateway (same origin as the H5 app). */
export function signedFileUrl(fileID: string, maxAgeSeconds: number): string {
  const expires = nowMs() + Math.max(1, Math.floor(maxAgeSeconds)) * 1000
  return `/__cloud/file/${encodeURIComponent(fileID)}?expires=${expires}&sign=${signature(fileID, expires)}`
}

/** Whether a temporary URL's expiry and signature are the ones this runtime issued, and not past. */
export function isValidFileToken(fileID: string, expires: string | null, sign: string | null): boolean {
  if (!expires || !sign || !/^\d{1,16}$/.test(expires) || +expires < nowMs()) return false
  const want = Buffer.from(signature(fileID, +expires))
  const got = Buffer.from(sign)
  return got.length === want.length && timingSafeEqual(got, want)
}

/** The regular file behind a fileID, or null (no such file, a folder, outside the storage). */
export function storedFile(fileID: unknown): string | null {
  const file = pathOfFileId(fileID)
  if (!file) return null
  try {
    return statSync(file).isFile() ? file : null
  } catch {
    return null
  }
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

/**
 * Stores bytes at a cloud path and answers the fileID (what `uploadFile` answers). Never over an
 * existing file: every upload gets a fresh path, so an existing one can only be an attack or a bug.
 * Errors name no path of this machine.
 */
export function saveLocalFile(cloudPath: string, content: Buffer): string {
  const fileID = LOCAL_FILE_PREFIX + cloudPath
  const file = pathOfFileId(fileID)
  if (!file) throw storageError('invalid cloudPath')
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content, { flag: 'wx' })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw storageError(code === 'EEXIST' ? 'a file exists at this cloudPath' : 'the file could not be stored', code === 'EEXIST' ? 'EEXIST' : undefined)
  }
  return fileID
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
      const maxAge = typeof f === 'object' && typeof f?.maxAge === 'number' && f.maxAge > 0 ? f.maxAge : DEFAULT_MAX_AGE_S
      const found = !!storedFile(fileID)
      return { fileID, tempFileURL: found ? signedFileUrl(fileID, maxAge) : '', status: found ? 0 : 1, errMsg: found ? 'ok' : 'file not found', maxAge }
    })
    return { fileList, errMsg: 'getTempFileURL:ok' }
  },
  async deleteFile(opts: { fileList: string[] }) {
    const fileList = (opts.fileList ?? []).map((fileID) => {
      const file = storedFile(fileID)
      const found = !!file
      if (file) unlinkSync(file)
      return { fileID, status: found ? 0 : 1, errMsg: found ? 'ok' : 'file not found' }
    })
    return { fileList, errMsg: 'deleteFile:ok' }
  },
  async downloadFile(opts: { fileID: string }) {
    const file = storedFile(opts.fileID)
    if (!file) throw storageError('file not found')
    return { fileContent: readFileSync(file), statusCode: 200, errMsg: 'downloadFile:ok' }
  },
}

function storageError(message: string, code?: string): Error {
  return Object.assign(new Error(message), { errCode: -1, errMsg: message, ...(code ? { code } : {}) })
}
