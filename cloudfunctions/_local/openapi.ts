// The openapi calls the functions make, locally (SPEC §5, §9): a subscribe message is not sent to
// WeChat but stored in the `outbox` collection, where GET /__dev/outbox and the tests read it.
import { now } from '../_shared/clock'
import { localStorageApi } from './storage'
import { localWxacode } from './wxacode'

type Sdk = Record<string | symbol, unknown> & { database(): { collection(name: string): { add(q: unknown): Promise<unknown> } } }

export function routeOpenapiLocally(sdk: Sdk): void {
  const openapi = (sdk.openapi ?? {}) as Record<string, Record<string, unknown>>
  sdk.openapi = {
    ...openapi,
    subscribeMessage: {
      ...(openapi.subscribeMessage ?? {}),
      async send(msg: Record<string, unknown>) {
        if (!msg || typeof msg.touser !== 'string' || typeof msg.templateId !== 'string') {
          throw Object.assign(new Error('openapi.subscribeMessage.send:fail invalid args'), { errCode: 47001 })
        }
        const sentAt = now()
        await sdk.database().collection('outbox').add({ data: { channel: 'subscribeMessage', ...msg, sentAt } })
        return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
      },
    },
    wxacode: { ...(openapi.wxacode ?? {}), ...localWxacode },
  }
  Object.assign(sdk, localStorageApi)
}
