/** Words of the bind page (SPEC §7.2). */
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
