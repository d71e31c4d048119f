import { getCloud } from '../../_shared/cloud'

/** The bind page the mini-program code opens, with the code as its scene (SPEC §7.2). */
export const BIND_PAGE = 'pages/bind/index'

interface Platform {
  openapi: { wxacode: { getUnlimited(opts: Record<string, unknown>): Promise<{ buffer: Buffer }> } }
  uploadFile(opts: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(opts: { fileList: string[] }): Promise<{ fileList: Array<{ tempFileURL: string }> }>
}

const platform = () => getCloud() as unknown as Platform

/**
 * The invite's mini-program code, stored in cloud storage; its fileID. In the cloud it is
 * `wxacode.getUnlimited` (permission in config.json); the local runtime draws a QR code of the
 * H5 bind URL instead. A failure leaves the invite usable as text: null.
 */
export async function storeInviteQr(code: string): Promise<string | null> {
  try {
    const { buffer } = await platform().openapi.wxacode.getUnlimited({ scene: code, page: BIND_PAGE, checkPath: false, width: 430 })
    const { fileID } = await platform().uploadFile({ cloudPath: `invites/${code}.png`, fileContent: Buffer.from(buffer) })
    return fileID
  } catch (err) {
    console.warn('[invite] no mini-program code for this invite:', (err as Error)?.message ?? err)
    return null
  }
}

/** A short-lived URL of the stored image, for the admin who issued or lists the invite. */
export async function qrUrl(fileID: string | null | undefined): Promise<string | null> {
  if (!fileID) return null
  const res = await platform().getTempFileURL({ fileList: [fileID] })
  return res.fileList[0]?.tempFileURL || null
}
