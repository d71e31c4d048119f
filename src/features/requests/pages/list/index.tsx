import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro'
import type { ListBox } from '../../../../core/contract'
import { Screen } from '../../../../components/screen'
import { RequestList, BOX_TITLES, boxListStore } from '../../components/request-list'

/** 本乡镇诉求 / 全县诉求: the secretary's and county staff's boxes. */
export default function BoxListPage() {
  const box = (useRouter().params.box ?? 'township') as ListBox
  useDidShow(() => void boxListStore(box).getState().load())
  usePullDownRefresh(() => void boxListStore(box).getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={BOX_TITLES[box]}>
      <RequestList box={box} emptyText="暂无诉求" />
    </Screen>
  )
}
