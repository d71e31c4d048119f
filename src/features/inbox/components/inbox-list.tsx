import { View, Text } from '@tarojs/components'
import Segmented from '@nutui/nutui-react-taro/dist/es/packages/segmented'
import '@nutui/nutui-react-taro/dist/es/packages/segmented/style/css'
import { isOpen } from '@/core/lifecycle/rules'
import { isOverdue } from '@/components/request/deadline'
import { PagedRequestList } from '@/components/request/paged-request-list'
import { RequestCard } from '@/components/request/request-card'
import { useDirectory } from '@/services/directory'
import { ListStatus } from '@/components/status-block'
import { go } from '@/services/navigate'
import { inboxStore, useInbox } from '../use-inbox'
import type { InboxTab } from '../inbox-store'
import { INBOX_COPY as C } from '../copy'
import './inbox.less'

const open = (id: string) => go('detail', { id })
const actions = () => inboxStore.getState()

const TABS = [
  { label: C.tabs.work, value: 'work' },
  { label: C.tabs.closed, value: 'closed' },
]

export function InboxList() {
  const tab = useInbox((s) => s.tab)
  return (
    <View>
      <View className="qb-inbox-tabs">
        <Segmented options={TABS} value={tab} onChange={(v) => void actions().setTab(v as InboxTab)} />
      </View>
      {tab === 'work' ? <WorkList /> : <ClosedList />}
    </View>
  )
}

function WorkList() {
  const s = useInbox((state) => state)
  const units = useDirectory((d) => d.units)
  const overdue = s.items.filter((r) => isOverdue(r, s.now)).length
  const supervised = s.items.filter((r) => r.supervision > 0 && isOpen(r.status)).length
  return (
    <View>
      {s.items.length > 0 && (
        <Text className="qb-section-title" style={{ display: 'block' }}>
          {C.workCount(s.items.length, overdue, supervised)}
        </Text>
      )}
      <ListStatus list={s} emptyText={C.noWork} onRetry={() => void actions().load()} />
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} unitName={units[r.assignedUnitId ?? '']} onOpen={open} showCountdown />
      ))}
    </View>
  )
}

function ClosedList() {
  return <PagedRequestList store={inboxStore.getState().closed} emptyText={C.noClosed} />
}
