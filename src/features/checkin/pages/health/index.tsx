import { useDidShow } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { HealthView } from '@/features/checkin/components/health-view'
import { healthStore } from '@/features/checkin/use-checkin'

export default function HealthFilePage() {
  useDidShow(() => void healthStore.getState().load())
  return (
    <Screen title={TITLES.healthFile}>
      <HealthView />
    </Screen>
  )
}
