import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro'
import type { ListBox } from '@/core/contract'
import { Screen } from '@/components/screen'
import { RequestList, boxListStore } from '@/features/requests/components/request-list'
import { BOX_TITLES, LIST_COPY } from '@/features/requests/copy'

/** 本乡镇诉求 / 全县诉求: the secretary's and county staff's boxes. */
export default function BoxListPage() {
  const box = (useRouter().params.box ?? 'township') as ListBox
  useDidShow(() => void boxListStore(box).getState().load())
  usePullDownRefresh(() => void boxListStore(box).getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={BOX_TITLES[box]}>
      <RequestList box={box} emptyText={LIST_COPY.empty} />
    </Screen>
  )
}
