/** Every word of the sign-in screens (Simplified Chinese): the bind page (SPEC §7.2) and dev mode's user picker. */

/** The bind page. */
export const BIND_COPY = {
  title: '绑定账号',
  intro: '首次使用请输入管理员发给您的 8 位邀请码，绑定后即可使用。',
  label: '邀请码',
  placeholder: '8 位字母或数字',
  submit: '绑定',
  empty: '请输入邀请码',
  shape: '邀请码是 8 位字母或数字，请核对',
  help: '没有邀请码？请联系县委组织部或系统管理员。',
  devNew: '用新微信号绑定',
  devNewHint: '开发模式：以一个未绑定的新微信号试用绑定',
} as const

/** Dev mode: pick a demo user. */
export const LOGIN_COPY = {
  title: '选择演示用户（开发模式）',
  empty: '没有演示用户',
  enter: '进入',
  entering: '进入中…',
  unreachable: '无法读取演示用户，请确认本地服务已启动',
} as const
