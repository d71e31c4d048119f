import { View, Text } from '@tarojs/components'
import { formatTime } from '@/components/request/format-time'
import { ADMIN_COPY, INVITE_STATUS_LABELS } from '../copy'
import { invitesList } from '../use-admin'
import { AdminPagedList } from './admin-paged-list'
import { InvitePanel } from './invite-panel'

/** 邀请码: newest first with 未使用/已使用/已过期; an unused one shows its text and QR again. */
export function InvitesView() {
  return (
    <AdminPagedList store={invitesList} emptyText={ADMIN_COPY.noInvites}>
      {(inv) =>
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
        )
      }
    </AdminPagedList>
  )
}
