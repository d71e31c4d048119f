import { useLoad } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { SettingsView } from '@/features/admin/components/settings-view'
import { settingsStore } from '@/features/admin/use-admin'

export default function AdminSettingsPage() {
  useLoad(() => void settingsStore.getState().load())
  return (
    <Screen title={TITLES.adminSettings}>
      <SettingsView />
    </Screen>
  )
}
