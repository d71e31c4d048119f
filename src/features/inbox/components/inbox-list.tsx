import { View, Text } from '@tarojs/components'
import { isOpen } from '../../../core/lifecycle/rules'
import { isOverdue } from '../../../components/request/deadline'
import { RequestCard } from '../../../components/request/request-card'
import { useDirectory } from '../../../services/directory'
import { StatusBlock } from '../../../components/status-block'
import { go } from '../../../services/navigate'
import { inboxStore, useInbox } from '../use-inbox'

const open = (id: string) => go('detail', { id })

export function InboxList() {
  const s = useInbox((state) => state)
  const units = useDirectory((d) => d.units)
  const overdue = s.items.filter((r) => isOverdue(r, s.now)).length
  const supervised = s.items.filter((r) => r.supervision > 0 && isOpen(r.status)).length
  return (
    <View>
      {s.items.length > 0 && (
        <Text className="qb-section-title" style={{ display: 'block' }}>
          共 {s.items.length} 件{overdue > 0 ? `，超期 ${overdue} 件` : ''}
          {supervised > 0 ? `，督办 ${supervised} 件` : ''}，按时限先后排列
        </Text>
      )}
      <StatusBlock
        loading={s.loading && s.items.length === 0}
        error={s.items.length === 0 ? s.error : null}
        empty={!s.loading && !s.error && s.items.length === 0}
        emptyText="暂无待办工单"
        onRetry={() => void inboxStore.getState().load()}
      />
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} unitName={units[r.assignedUnitId ?? '']} onOpen={open} showCountdown />
      ))}
    </View>
  )
}
