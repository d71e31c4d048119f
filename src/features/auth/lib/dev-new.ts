import { useSession } from '@/services/session'

/**
 * Dev mode: become a WeChat user nobody has bound yet (`x-openid: dev-new-…`), to try the bind
 * flow locally. Not cryptographic: it only needs to differ from the demo users' openids.
 */
export function becomeNewWechatUser(): string {
  const openid = `dev-new-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  useSession.getState().clear()
  useSession.getState().setOpenid(openid)
  return openid
}
