import { useDidShow } from '@tarojs/taro'
import { TITLES } from '../../services/navigate'
import { Screen } from '../../components/screen'
import { HomeView } from '../../features/home/components/home-view'
import { homeStore } from '../../features/home/use-home'

export default function HomePage() {
  useDidShow(() => void homeStore.getState().start())
  return (
    <Screen title={TITLES.home}>
      <HomeView />
    </Screen>
  )
}
