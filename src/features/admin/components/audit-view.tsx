import { View, Text } from '@tarojs/components'
import { StatusBlock } from '../../../components/status-block'
import { formatTime } from '../../../components/request/format-time'
import { ADMIN_COPY, AUDIT_ACTION_LABELS } from '../copy'
import { auditList, useAudit } from '../use-admin'
import { LoadMore } from './load-more'
import './admin.less'

const brief = (v: unknown) => (v === undefined ? '' : JSON.stringify(v).slice(0, 160))

/** 操作日志: every admin change, newest first, 加载更多. */
export function AuditView() {
  const s = useAudit((state) => state)
  return (
    <View className="qb-admin">
      <StatusBlock
        loading={s.loading && s.items.length === 0}
        error={s.items.length === 0 ? s.error : null}
        empty={!s.loading && !s.error && s.items.length === 0}
        emptyText={ADMIN_COPY.noAudit}
        onRetry={() => void auditList.getState().load()}
      />
      {s.items.map((e) => (
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
      ))}
      <LoadMore cursor={s.cursor} loading={s.loadingMore} onMore={() => void s.loadMore()} />
    </View>
  )
}
