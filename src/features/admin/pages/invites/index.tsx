import { useDidShow } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { InvitesView } from '../../components/invites-view'
import { invitesList } from '../../use-admin'

export default function AdminInvitesPage() {
  useDidShow(() => void invitesList.getState().load())
  return (
    <Screen title={TITLES.adminInvites}>
      <InvitesView />
    </Screen>
  )
}
