import { View, Text } from '@tarojs/components'
import { isOverdue } from '@/components/request/deadline'
import { RequestCard } from '@/components/request/request-card'
import { StatusBlock } from '@/components/status-block'
import type { SupervisionState } from '../supervision-store'
import { TOWNSHIP_COPY as C } from '../copy'
import './township.less'
import { extensionReason } from '@/core/labels'

interface Props {
  s: SupervisionState
  unitName: (id: string | null) => string | undefined
  onOpen: (id: string) => void
}

/** Extensions to decide first, then overdue and supervised requests, each opening its detail. */
export function SupervisionList({ s, unitName, onOpen }: Props) {
  const overdue = s.items.filter((r) => isOverdue(r, s.now)).length
  const empty = s.items.length === 0 && s.extensions.length === 0
  return (
    <View>
      <StatusBlock
        loading={s.loading && empty}
        error={empty ? s.error : null}
        empty={!s.loading && !s.error && empty}
        emptyText={C.noSupervision}
        onRetry={() => void s.load()}
      />
      {s.extensions.length > 0 && <Text className="qb-section-title qb-block">{C.extensionsCount(s.extensions.length)}</Text>}
      {s.extensions.map((r) => (
        <RequestCard key={`ext-${r.id}`} request={r} now={s.now} unitName={unitName(r.assignedUnitId)} onOpen={onOpen}>
          <Text className="qb-township__note">
            {C.extensionAsked(r.extension?.days, r.extension ? extensionReason(r.extension) : undefined)}
          </Text>
        </RequestCard>
      ))}
      {s.items.length > 0 && (
        <Text className="qb-section-title qb-block">{C.supervisionCount(s.items.length, overdue)}</Text>
      )}
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} unitName={unitName(r.assignedUnitId)} onOpen={onOpen} showCountdown />
      ))}
    </View>
  )
}
