import type { Role } from '../../core/types'
import type { Route } from '../../services/navigate'

export interface Entry {
  label: string
  hint: string
  route: Route
  query?: Record<string, string>
}

/** What each role can open from the home screen. */
export const ENTRIES: Record<Role, Entry[]> = {
  cadre: [
    { label: '提交诉求', hint: '自身困难或村里需要后盾单位帮助的事', route: 'submit' },
    { label: '我的诉求', hint: '查看谁在办、何时办结，办结后评价', route: 'mine' },
  ],
  liaison: [{ label: '待办工单', hint: '本单位承办的诉求，按时限先后排列', route: 'inbox' }],
  secretary: [{ label: '本乡镇诉求', hint: '本乡镇全部诉求及办理情况', route: 'list', query: { box: 'township' } }],
  county: [{ label: '全县诉求', hint: '全县诉求及办理情况', route: 'list', query: { box: 'county' } }],
  admin: [],
}
