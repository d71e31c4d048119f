import type { Invite } from '../../../src/core/invites'

/** The message an admin pastes into WeChat for the invitee (Chinese: it is sent to the user). */
export function inviteText(name: string, inv: Pick<Invite, 'id' | 'expiresAt'>): string {
  const until = inv.expiresAt.slice(0, 10)
  return `${name}您好：请在微信中打开「前帮后援」小程序，在绑定页输入邀请码 ${inv.id} 完成绑定（${until} 前有效，仅可使用一次）。`
}
