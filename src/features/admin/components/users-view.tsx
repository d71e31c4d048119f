import { View, Text } from '@tarojs/components'
import { showModal } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import type { AdminUserRow } from '@/core/admin-types'
import { ChoiceChips } from '@/components/choice-chips'
import { FormField } from '@/components/form-field'
import { ListStatus } from '@/components/status-block'
import { ROLE_LABELS } from '@/core/labels'
import { ADMIN_COPY } from '../copy'
import { users, useUserList, useUsers } from '../use-admin'
import { InvitePanel } from './invite-panel'
import { LoadMore } from './load-more'
import './admin.less'

const ACTIVE_CHOICES = [
  { value: 'all', label: ADMIN_COPY.all },
  { value: 'yes', label: ADMIN_COPY.activeOnly },
  { value: 'no', label: ADMIN_COPY.inactiveOnly },
] as const

const confirmThen = (content: string, run: () => void) =>
  void showModal({ title: ADMIN_COPY.confirmTitle, content }).then((r) => r.confirm && run())

/** 用户管理: search by name or mobile, filter by 在用/已停用; per user 发邀请码, 解除绑定, 停用. */
export function UsersView({ canDeactivate }: { canDeactivate: boolean }) {
  const s = useUsers((state) => state)
  const list = useUserList((state) => state)
  const search = () => void users.list.getState().load()
  const active = s.filter.active === undefined ? 'all' : s.filter.active ? 'yes' : 'no'
  return (
    <View className="qb-admin">
      <FormField label={ADMIN_COPY.searchLabel}>
        <View className="qb-admin__search">
          <Input
            className="qb-admin__input"
            value={s.filter.q ?? ''}
            placeholder={ADMIN_COPY.searchPlaceholder}
            aria-label={ADMIN_COPY.searchLabel}
            onChange={(q) => s.setFilter({ q: q || undefined })}
            onConfirm={search}
          />
          <Button type="primary" size="large" onClick={search}>
            {ADMIN_COPY.search}
          </Button>
        </View>
      </FormField>
      <ChoiceChips
        options={ACTIVE_CHOICES}
        value={active}
        onChange={(v) => (s.setFilter({ active: v === 'all' ? undefined : v === 'yes' }), search())}
      />
      {s.shown && <InvitePanel invite={s.shown} onClose={s.closeInvite} />}
      {s.notice && <Text className="qb-admin__notice">{s.notice}</Text>}
      {s.error && <Text className="qb-error qb-admin__block">{s.error}</Text>}
      <ListStatus list={list} emptyText={ADMIN_COPY.noUsers} onRetry={search} />
      {list.items.map((u) => (
        <UserCard key={u.id} user={u} busy={s.busyId === u.id} canDeactivate={canDeactivate} />
      ))}
      <LoadMore cursor={list.cursor} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </View>
  )
}

function UserCard({ user, busy, canDeactivate }: { user: AdminUserRow; busy: boolean; canDeactivate: boolean }) {
  const s = users.store.getState()
  return (
    <View className="qb-admin__card" aria-label={user.name}>
      <View className="qb-admin__row">
        <Text className="qb-admin__name">{user.name}</Text>
        <Text className="qb-admin__tag">{ROLE_LABELS[user.role]}</Text>
      </View>
      <Text className="qb-admin__muted">
        {[user.placeName, user.phone].filter(Boolean).join(' · ')}
      </Text>
      <Text className={user.active ? (user.bound ? 'qb-admin__ok' : 'qb-admin__warn') : 'qb-admin__muted'}>
        {user.active ? (user.bound ? ADMIN_COPY.bound : ADMIN_COPY.unbound) : ADMIN_COPY.inactive}
      </Text>
      {user.active && (
        <View className="qb-admin__buttons">
          {!user.bound && (
            <Button type="primary" size="large" loading={busy} disabled={busy} onClick={() => void s.invite(user)}>
              {ADMIN_COPY.invite}
            </Button>
          )}
          {user.bound && (
            <Button size="large" fill="outline" disabled={busy} onClick={() => confirmThen(ADMIN_COPY.confirmUnbind(user.name), () => void s.unbind(user))}>
              {ADMIN_COPY.unbind}
            </Button>
          )}
          {canDeactivate && (
            <Button size="large" fill="outline" disabled={busy} onClick={() => confirmThen(ADMIN_COPY.confirmDeactivate(user.name), () => void s.deactivate(user))}>
              {ADMIN_COPY.deactivate}
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
