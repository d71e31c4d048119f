import { View, Text, Image } from '@tarojs/components'
import { setClipboardData } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { InviteView } from '@/core/admin-types'
import { ADMIN_COPY } from '../copy'

/** A fresh invite: the code large, the text to copy into WeChat, the QR / mini-program code. */
export function InvitePanel({ invite, onClose }: { invite: InviteView; onClose?: () => void }) {
  return (
    <View className="qb-admin__invite" aria-label={ADMIN_COPY.inviteFor(invite.userName)}>
      <Text className="qb-admin__invite-title">{ADMIN_COPY.inviteFor(invite.userName)}</Text>
      <Text className="qb-admin__code" selectable>
        {invite.code}
      </Text>
      <Text className="qb-admin__muted">{ADMIN_COPY.validUntil(invite.expiresAt.slice(0, 10))}</Text>
      <Text className="qb-admin__muted">{ADMIN_COPY.inviteHint}</Text>
      {invite.text && (
        <Text className="qb-admin__invite-text" selectable>
          {invite.text}
        </Text>
      )}
      {invite.qrUrl ? (
        <Image className="qb-admin__qr" src={invite.qrUrl} mode="aspectFit" aria-label={ADMIN_COPY.qrAlt} />
      ) : (
        <Text className="qb-admin__muted">{ADMIN_COPY.noQr}</Text>
      )}
      <View className="qb-admin__buttons">
        {invite.text && (
          <Button type="primary" size="large" onClick={() => void setClipboardData({ data: invite.text! })}>
            {ADMIN_COPY.copyText}
          </Button>
        )}
        {onClose && (
          <Button size="large" fill="outline" onClick={onClose}>
            {ADMIN_COPY.close}
          </Button>
        )}
      </View>
    </View>
  )
}
