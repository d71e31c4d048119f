import { onAppShow, onNetworkStatusChange } from '@tarojs/taro'

export function onSendChance(flush: () => void): void {
  onNetworkStatusChange((res) => res.isConnected && flush())
  onAppShow(() => flush())
}
