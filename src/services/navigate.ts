import { navigateTo, reLaunch, redirectTo } from '@tarojs/taro'

/** Every page of the app, in one place, so a move is one edit. */
export const ROUTES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  bind: '/pages/bind/index',
  submit: '/features/requests/pages/submit/index',
  mine: '/features/requests/pages/mine/index',
  list: '/features/requests/pages/list/index',
  detail: '/features/requests/pages/detail/index',
  inbox: '/features/inbox/pages/index/index',
  notifications: '/features/notifications/pages/index/index',
  pendingDispatch: '/features/township/pages/dispatch/index',
  supervision: '/features/township/pages/supervision/index',
  checkin: '/features/checkin/pages/index/index',
  checkinConsent: '/features/checkin/pages/consent/index',
  checkinHistory: '/features/checkin/pages/history/index',
  healthFile: '/features/checkin/pages/health/index',
  careTasks: '/features/care/pages/tasks/index',
  careTask: '/features/care/pages/task/index',
  careOverview: '/features/care/pages/overview/index',
  dashboard: '/features/dashboard/pages/index/index',
  calendar: '/features/admin/pages/calendar/index',
  adminUsers: '/features/admin/pages/users/index',
  adminInvites: '/features/admin/pages/invites/index',
  adminSettings: '/features/admin/pages/settings/index',
  adminAudit: '/features/admin/pages/audit/index',
  adminImport: '/features/admin/pages/import/index',
} as const

export type Route = keyof typeof ROUTES

/** Title bar text of each page (the page configs carry the same words for the first paint). */
export const TITLES: Record<Route, string> = {
  home: '前帮后援',
  login: '选择用户',
  bind: '绑定账号',
  submit: '提交诉求',
  mine: '我的诉求',
  list: '诉求列表',
  detail: '诉求详情',
  inbox: '待办工单',
  notifications: '消息通知',
  pendingDispatch: '待派单',
  supervision: '督办',
  checkin: '每日打卡',
  checkinConsent: '健康信息授权',
  checkinHistory: '打卡记录',
  healthFile: '健康档案',
  careTasks: '关怀任务',
  careTask: '关怀任务详情',
  careOverview: '干部关怀',
  dashboard: '数据看板',
  calendar: '工作日历',
  adminUsers: '用户管理',
  adminInvites: '邀请码',
  adminSettings: '系统设置',
  adminAudit: '操作日志',
  adminImport: '导入组织',
}

export function go(route: Route, query: Record<string, string> = {}): void {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  navigateTo({ url: qs ? `${ROUTES[route]}?${qs}` : ROUTES[route] })
}

/** Replace the current page (after a submit, the draft page gives way to the detail). */
export function replace(route: Route, query: Record<string, string> = {}): void {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  redirectTo({ url: qs ? `${ROUTES[route]}?${qs}` : ROUTES[route] })
}

export function relaunch(route: Route): void {
  reLaunch({ url: ROUTES[route] })
}
