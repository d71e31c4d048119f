import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { useDirectory } from '../../../../services/directory'
import { go, TITLES } from '../../../../services/navigate'
import { DispatchList } from '../../components/dispatch-list'
import { dispatchStore, useDispatch } from '../../use-township'

const open = (id: string) => go('detail', { id })

export default function PendingDispatchPage() {
  const s = useDispatch((state) => state)
  const units = useDirectory((d) => d.units)
  useDidShow(() => void dispatchStore.getState().load())
  usePullDownRefresh(() => void dispatchStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.pendingDispatch}>
      <DispatchList s={s} units={Object.entries(units).map(([id, name]) => ({ id, name }))} onOpen={open} />
    </Screen>
  )
}
