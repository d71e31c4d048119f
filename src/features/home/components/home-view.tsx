import { View, Text } from '@tarojs/components'
import { CalendarWarning } from '@/components/calendar-warning'
import { OutboxItems } from '@/components/outbox/outbox-items'
import { PlainButton } from '@/components/plain-button'
import { StatusBlock } from '@/components/status-block'
import { DEV_PICKER } from '@/services/dev'
import { go } from '@/services/navigate'
import { useSession } from '@/services/session'
import { ROLE_LABELS } from '@/core/labels'
import { ENTRIES, HOME_COPY, NOTIFICATIONS_ENTRY } from '../copy'
import { homeStore, switchUser, useHome } from '../use-home'
import './home-view.less'

/** unread: the count on the 消息通知 entry (the page reads it from the notifications function) */
export function HomeView({ unread = 0 }: { unread?: number }) {
  const user = useSession((s) => s.user)
  const { loading, error } = useHome((s) => s)
  return (
    <View className="qb-home">
      {user && (
        <View className="qb-home__hello">
          <Text className="qb-home__name">{HOME_COPY.hello(user.name)}</Text>
          <Text className="qb-home__role">{ROLE_LABELS[user.role]}</Text>
        </View>
      )}
      <StatusBlock loading={loading} error={error} onRetry={() => void homeStore.getState().start()} />
      <OutboxItems withSent heading onOpen={(i) => i.kind !== 'checkin' && i.resultId && go('detail', { id: i.resultId })} />
      {user && (
        // plain views, not NutUI's Cell: home is the first screen, and these rows its largest part
        <View className="qb-home__entries">
          {[...ENTRIES[user.role], NOTIFICATIONS_ENTRY].map((e) => (
            <View key={e.label} className="qb-home__entry" role="button" onClick={() => go(e.route, e.query)}>
              <View className="qb-home__entry-head">
                <Text className="qb-home__entry-title">{e.label}</Text>
                {e === NOTIFICATIONS_ENTRY && unread > 0 && (
                  <Text className="qb-home__badge" aria-label={HOME_COPY.unread(unread)}>
                    {unread > 99 ? '99+' : unread}
                  </Text>
                )}
              </View>
              <Text className="qb-home__entry-hint">{e.hint}</Text>
            </View>
          ))}
        </View>
      )}
      {user && ENTRIES[user.role].length === 0 && <Text className="qb-muted">{HOME_COPY.noEntries}</Text>}
      {/* below the entries: it arrives after a function call, and above them it would shift an entry under a tap */}
      {user?.role === 'admin' && <CalendarWarning />}
      {DEV_PICKER && (
        <View className="qb-home__switch">
          <PlainButton block onClick={switchUser}>
            {HOME_COPY.switchUser}
          </PlainButton>
        </View>
      )}
    </View>
  )
}
