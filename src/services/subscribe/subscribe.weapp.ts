import { requestSubscribeMessage } from '@tarojs/taro'
import { grantApi } from './grant-api'
import { reportGrants } from './report-grants'
import { ASK_AT, TEMPLATE_IDS, type AskMoment } from './templates'

/**
 * Must run inside the tap (WeChat refuses the prompt otherwise), so callers invoke it before their
 * own await. Every template the user accepts is one credit, counted on the server.
 */
export function askSubscribe(moment: AskMoment): void {
  const keys = ASK_AT[moment].filter((k) => TEMPLATE_IDS[k])
  if (keys.length === 0) return
  requestSubscribeMessage({ tmplIds: keys.map((k) => TEMPLATE_IDS[k]) } as Parameters<typeof requestSubscribeMessage>[0])
    .then((answers) => reportGrants(keys, TEMPLATE_IDS, answers as unknown as Record<string, unknown>, grantApi))
    .catch(() => {
      // declined or unsupported: the in-app inbox still works
    })
}
