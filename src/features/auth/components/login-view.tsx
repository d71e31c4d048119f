import { View, Text } from '@tarojs/components'
import { PlainButton } from '@/components/plain-button'
import { StatusBlock } from '@/components/status-block'
import { loginStore, useLogin } from '../use-login'
import { relaunch } from '@/services/navigate'
import { BIND_COPY, LOGIN_COPY } from '../copy'
import { becomeNewWechatUser } from '../lib/dev-new'
import { UserPicker } from './user-picker'

export function LoginView() {
  const s = useLogin((state) => state)
  return (
    <View>
      <Text className="qb-section-title" style={{ display: 'block' }}>
        {LOGIN_COPY.title}
      </Text>
      {s.error && s.users.length > 0 && <Text className="qb-error" style={{ display: 'block', margin: '0 16px' }}>{s.error}</Text>}
      <StatusBlock
        loading={s.loading}
        error={s.users.length === 0 ? s.error : null}
        empty={!s.loading && !s.error && s.users.length === 0}
        emptyText={LOGIN_COPY.empty}
        onRetry={() => void loginStore.getState().load()}
      />
      <UserPicker users={s.users} picking={s.picking} onPick={(u) => void s.pick(u)} />
      <View style={{ padding: '0 16px 24px' }}>
        <PlainButton block size="large" onClick={() => (becomeNewWechatUser(), relaunch('bind'))}>
          {BIND_COPY.devNew}
        </PlainButton>
        <Text className="qb-muted" style={{ display: 'block', marginTop: '8px' }}>{BIND_COPY.devNewHint}</Text>
      </View>
    </View>
  )
}
