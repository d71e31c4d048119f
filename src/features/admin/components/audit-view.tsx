import { View, Text } from '@tarojs/components'
import { formatTime } from '@/components/request/format-time'
import { ADMIN_COPY, AUDIT_ACTION_LABELS } from '../copy'
import { auditList } from '../use-admin'
import { AdminPagedList } from './admin-paged-list'

const brief = (v: unknown) => (v === undefined ? '' : JSON.stringify(v).slice(0, 160))

/** 操作日志: every admin change, newest first, 加载更多. */
export function AuditView() {
  return (
    <AdminPagedList store={auditList} emptyText={ADMIN_COPY.noAudit}>
      {(e) => (
        <View key={e.id} className="qb-admin__card">
          <View className="qb-admin__row">
            <Text className="qb-admin__name">{AUDIT_ACTION_LABELS[e.action] ?? e.action}</Text>
            <Text className="qb-admin__muted">{formatTime(e.at)}</Text>
          </View>
          <Text className="qb-admin__muted">
            {e.actorId} → {e.target}
          </Text>
          {e.after !== undefined && <Text className="qb-admin__detail">{brief(e.after)}</Text>}
        </View>
      )}
    </AdminPagedList>
  )
}
