import { View, Text } from '@tarojs/components'
import { StatusBlock } from '../../../components/status-block'
import { formatTime } from '../../../components/request/format-time'
import { ADMIN_COPY, INVITE_STATUS_LABELS } from '../copy'
import { invitesList, useInvites } from '../use-admin'
import { InvitePanel } from './invite-panel'
import { LoadMore } from './load-more'
import './admin.less'

/** 邀请码: newest first with 未使用/已使用/已过期; an unused one shows its text and QR again. */
export function InvitesView() {
  const s = useInvites((state) => state)
  return (
    <View className="qb-admin">
      <StatusBlock
        loading={s.loading && s.items.length === 0}
        error={s.items.length === 0 ? s.error : null}
        empty={!s.loading && !s.error && s.items.length === 0}
        emptyText={ADMIN_COPY.noInvites}
        onRetry={() => void invitesList.getState().load()}
      />
      {s.items.map((inv) =>
        inv.status === 'unused' ? (
          <InvitePanel key={inv.code} invite={inv} />
        ) : (
          <View key={inv.code} className="qb-admin__card">
            <View className="qb-admin__row">
              <Text className="qb-admin__name">{inv.userName}</Text>
              <Text className="qb-admin__tag">{INVITE_STATUS_LABELS[inv.status]}</Text>
            </View>
            <Text className="qb-admin__muted">
              {inv.code} · {formatTime(inv.createdAt)}
            </Text>
          </View>
        ),
      )}
      <LoadMore cursor={s.cursor} loading={s.loadingMore} onMore={() => void s.loadMore()} />
    </View>
  )
}
