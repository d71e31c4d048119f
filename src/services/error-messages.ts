import { CloudError, type ClientErrorCode } from './call'

/** Every error code the app knows, in the words the user sees. */
export const ERROR_MESSAGES: Record<ClientErrorCode, string> = {
  'AUTH.UNBOUND': '您的微信尚未绑定用户，请联系管理员',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.INACTIVE': '您的账号已停用，请联系管理员',
  'AUTH.ALREADY_BOUND': '此微信已绑定用户，无需再次绑定',
  'AUTH.TOO_MANY_ATTEMPTS': '邀请码错误次数过多，请一小时后再试',
  'INVITE.INVALID': '邀请码不正确，请核对后再输入',
  'INVITE.EXPIRED': '邀请码已过期，请联系管理员重新发放',
  'INVITE.USED': '邀请码已被使用，请联系管理员重新发放',
  'INPUT.INVALID': '填写的内容有误，请检查后再试',
  'REQUEST.NOT_FOUND': '诉求不存在或已无权查看',
  'REQUEST.BAD_STATE': '诉求状态已变化，请刷新后再试',
  'DISPATCH.NO_LIAISON': '该单位暂无在岗联络员，无人签收，请选择其他单位',
  'ACTION.UNKNOWN': '暂不支持此操作，请更新小程序',
  'CHECKIN.CONSENT_REQUIRED': '请先阅读并同意健康信息处理说明',
  'CARE.NOT_FOUND': '关怀任务不存在或已无权查看',
  'CARE.BAD_STATE': '关怀任务已办结，请刷新后再试',
  'SYSTEM.BUSY': '当前提交的人较多，请稍后重试',
  'ORG.UPDATING': '组织架构正在更新，请稍后再试',
  'IMPORT.HAS_PROBLEMS': '文件还有问题，请先按检查结果改正后再导入',
  INTERNAL: '系统繁忙，请稍后再试',
  'NETWORK.FAILED': '网络不畅，请检查网络后重试',
}

const FALLBACK = '操作失败，请稍后再试'

/** The Chinese message for an error code, or for anything thrown. */
export function errorMessage(error: unknown): string {
  const code = error instanceof CloudError ? error.code : typeof error === 'string' ? error : undefined
  return (code && (ERROR_MESSAGES as Record<string, string>)[code]) || FALLBACK
}
