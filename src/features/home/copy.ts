/** Every word of the home screen (Simplified Chinese): the menu of each role and the greeting. */
import type { Role } from '@/core/types'
import type { Route } from '@/services/navigate'

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
    { label: '每日打卡', hint: '身体、心情、压力，三步完成', route: 'checkin' },
    { label: '健康档案', hint: '体检、休假、意外保险', route: 'healthFile' },
  ],
  liaison: [
    { label: '待办工单', hint: '本单位承办的诉求，按时限先后排列', route: 'inbox' },
    { label: '关怀任务', hint: '本单位派出干部的谈心谈话任务', route: 'careTasks' },
  ],
  secretary: [
    { label: '待派单', hint: '系统无法分派的诉求，由乡镇派给承办单位', route: 'pendingDispatch' },
    { label: '督办', hint: '超期、督办中的诉求和待审批的延期', route: 'supervision' },
    { label: '本乡镇诉求', hint: '本乡镇全部诉求及办理情况', route: 'list', query: { box: 'township' } },
    { label: '干部关怀', hint: '打卡率、需要关心的干部及跟进情况', route: 'careOverview' },
    { label: '数据看板', hint: '响应率、解决率、满意率，单位排名和超期诉求', route: 'dashboard' },
  ],
  county: [
    { label: '全县诉求', hint: '全县诉求及办理情况', route: 'list', query: { box: 'county' } },
    { label: '数据看板', hint: '各乡镇、各单位的响应率、解决率、满意率', route: 'dashboard' },
    { label: '本县用户', hint: '为本县人员发邀请码、解除微信绑定', route: 'adminUsers' },
    { label: '邀请码', hint: '已发邀请码及使用情况', route: 'adminInvites' },
  ],
  admin: [
    { label: '导入组织', hint: '用 Excel 模板导入地区、单位、结对和人员', route: 'adminImport' },
    { label: '用户管理', hint: '按姓名或手机号查找，发邀请码、解除绑定、停用', route: 'adminUsers' },
    { label: '邀请码', hint: '已发邀请码：未使用、已使用、已过期', route: 'adminInvites' },
    { label: '工作日历', hint: '法定节假日和调休；每年11月录入下一年的放假通知', route: 'calendar' },
    { label: '系统设置', hint: '得分权重、催办提醒时点、自动办结天数', route: 'adminSettings' },
    { label: '操作日志', hint: '每一次管理操作的记录', route: 'adminAudit' },
  ],
}

/** Every signed-in user has a message inbox (SPEC §5), shown with the unread count. */
export const NOTIFICATIONS_ENTRY: Entry = { label: '消息通知', hint: '办理进展、催办和督办提醒', route: 'notifications' }

export const HOME_COPY = {
  hello: (name: string) => `${name}，您好`,
  unread: (n: number) => `${n} 条未读`,
  noEntries: '暂无可用功能，请在电脑端管理。',
  switchUser: '切换用户',
} as const
