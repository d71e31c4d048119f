import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro'
import type { CommandType } from '@/core/lifecycle/commands'
import { TITLES } from '@/services/navigate'
import { OutboxItems } from '@/components/outbox/outbox-items'
import { Screen } from '@/components/screen'
import { askSubscribe } from '@/services/subscribe/subscribe'
import { RequestDetail } from '@/features/requests/components/request-detail'
import { detailStore } from '@/features/requests/use-requests'

/** A liaison signing for work is asked for reminders of new and overdue requests. */
const onTap = (action: CommandType) => action === 'signFor' && askSubscribe('signFor')

export default function RequestDetailPage() {
  const id = useRouter().params.id ?? ''
  useDidShow(() => void detailStore.getState().load(id))
  usePullDownRefresh(() => void detailStore.getState().load(id).finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.detail}>
      <OutboxItems filter={(i) => i.ref === id} />
      <RequestDetail onTap={onTap} />
    </Screen>
  )
}
