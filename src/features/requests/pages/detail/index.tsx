import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro'
import { TITLES } from '../../../../services/navigate'
import { Screen } from '../../../../components/screen'
import { RequestDetail } from '../../components/request-detail'
import { detailStore } from '../../stores'

export default function RequestDetailPage() {
  const id = useRouter().params.id ?? ''
  useDidShow(() => void detailStore.getState().load(id))
  usePullDownRefresh(() => void detailStore.getState().load(id).finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.detail}>
      <RequestDetail />
    </Screen>
  )
}
