import Taro from '@tarojs/taro'
import type { Envelope } from '../core/contract'
import type { CloudTransport } from './cloud'

export const transport: CloudTransport = async (fn, event) => {
  const res = await Taro.cloud.callFunction({ name: fn, data: event })
  return res.result as Envelope<unknown>
}

export function initCloud(): void {
  // The environment the mini program was opened in; set a fixed env id here for a multi-env setup.
  Taro.cloud.init({ traceUser: true })
}
