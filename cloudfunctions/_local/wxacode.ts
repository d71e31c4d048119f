// The mini-program code, locally (SPEC §7.2): `openapi.wxacode.getUnlimited` answers a QR code
// PNG of the H5 bind page with the scene as `?code=`, so a phone camera opens the local app.
import QRCode from 'qrcode'

/** Where the H5 app is reached: PUBLIC_URL when set (e.g. a LAN address for a phone), else the local port. */
function appBase(): string {
  return process.env.PUBLIC_URL?.replace(/\/$/, '') || `http://127.0.0.1:${process.env.PORT || 10086}`
}

export const localWxacode = {
  async getUnlimited(opts: { scene?: unknown; page?: unknown; width?: unknown }) {
    const scene = typeof opts?.scene === 'string' ? opts.scene : ''
    if (!scene || scene.length > 32) throw Object.assign(new Error('openapi.wxacode.getUnlimited:fail invalid scene'), { errCode: 40169 })
    const page = typeof opts.page === 'string' && opts.page ? opts.page : 'pages/index/index'
    const url = `${appBase()}/#/${page}?code=${encodeURIComponent(scene)}`
    const buffer = await QRCode.toBuffer(url, { type: 'png', width: Number(opts.width) || 430, margin: 2, errorCorrectionLevel: 'M' })
    return { errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok', contentType: 'image/png', buffer }
  },
}
