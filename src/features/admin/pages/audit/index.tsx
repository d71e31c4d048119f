import { useDidShow } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { AuditView } from '@/features/admin/components/audit-view'
import { auditList } from '@/features/admin/use-admin'

export default function AdminAuditPage() {
  useDidShow(() => void auditList.getState().load())
  return (
    <Screen title={TITLES.adminAudit}>
      <AuditView />
    </Screen>
  )
}
