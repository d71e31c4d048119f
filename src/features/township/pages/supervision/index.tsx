import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { useDirectory } from '@/services/directory'
import { go, TITLES } from '@/services/navigate'
import { SupervisionList } from '@/features/township/components/supervision-list'
import { supervisionStore, useSupervision } from '@/features/township/use-township'

const open = (id: string) => go('detail', { id })

export default function SupervisionPage() {
  const s = useSupervision((state) => state)
  const units = useDirectory((d) => d.units)
  useDidShow(() => void supervisionStore.getState().load())
  usePullDownRefresh(() => void supervisionStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.supervision}>
      <SupervisionList s={s} unitName={(id) => (id ? units[id] : undefined)} onOpen={open} />
    </Screen>
  )
}
