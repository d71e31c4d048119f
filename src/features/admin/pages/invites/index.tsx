import { useDidShow } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { InvitesView } from '@/features/admin/components/invites-view'
import { invitesList } from '@/features/admin/use-admin'

export default function AdminInvitesPage() {
  useDidShow(() => void invitesList.getState().load())
  return (
    <Screen title={TITLES.adminInvites}>
      <InvitesView />
    </Screen>
  )
}
