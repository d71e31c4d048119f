import type { Role } from '../core/types'

export const ROLE_LABELS: Record<Role, string> = {
  cadre: '驻村干部',
  liaison: '后盾单位联络员',
  secretary: '乡镇党委书记',
  county: '县委组织部',
  admin: '管理员',
}

export const ROLE_ORDER: readonly Role[] = ['cadre', 'liaison', 'secretary', 'county', 'admin']
