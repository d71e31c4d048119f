import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { unitOptions, useDirectory } from '@/services/directory'
import { go, TITLES } from '@/services/navigate'
import { DispatchList } from '@/features/township/components/dispatch-list'
import { dispatchStore, useDispatch } from '@/features/township/use-township'

const open = (id: string) => go('detail', { id })

export default function PendingDispatchPage() {
  const s = useDispatch((state) => state)
  const directory = useDirectory()
  useDidShow(() => void dispatchStore.getState().load())
  usePullDownRefresh(() => void dispatchStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.pendingDispatch}>
      <DispatchList s={s} units={unitOptions(directory)} onOpen={open} />
    </Screen>
  )
}
