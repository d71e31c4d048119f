import { useDidShow } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { AuditView } from '../../components/audit-view'
import { auditList } from '../../use-admin'

export default function AdminAuditPage() {
  useDidShow(() => void auditList.getState().load())
  return (
    <Screen title={TITLES.adminAudit}>
      <AuditView />
    </Screen>
  )
}
