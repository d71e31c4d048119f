import { useDidShow } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { HealthView } from '../../components/health-view'
import { healthStore } from '../../use-checkin'

export default function HealthFilePage() {
  useDidShow(() => void healthStore.getState().load())
  return (
    <Screen title={TITLES.healthFile}>
      <HealthView />
    </Screen>
  )
}
