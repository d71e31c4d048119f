import { useLoad } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { useSession } from '@/services/session'
import { UsersView } from '@/features/admin/components/users-view'
import { users } from '@/features/admin/use-admin'

export default function AdminUsersPage() {
  const role = useSession((s) => s.user?.role)
  useLoad(() => void users.list.getState().load())
  return (
    <Screen title={TITLES.adminUsers}>
      <UsersView canDeactivate={role === 'admin'} />
    </Screen>
  )
}
