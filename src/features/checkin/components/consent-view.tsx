import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CONSENT_VERSION } from '@/core/care-types'
import { CHECKIN_COPY, CONSENT_PARAGRAPHS, CONSENT_TITLE } from '../copy'
import './checkin.less'

interface Props {
  busy: boolean
  error: string | null
  onAgree: () => void
}

/** The consent text and its version; agreeing is recorded with the time by the server. */
export function ConsentView({ busy, error, onAgree }: Props) {
  return (
    <View>
      <View className="qb-consent">
        <Text className="qb-consent__title">{CONSENT_TITLE}</Text>
        {CONSENT_PARAGRAPHS.map((p) => (
          <Text key={p} className="qb-consent__p">
            {p}
          </Text>
        ))}
        <Text className="qb-muted">{CHECKIN_COPY.consentVersion(CONSENT_VERSION)}</Text>
      </View>
      {error && <Text className="qb-field__error" style={{ margin: '0 16px' }}>{error}</Text>}
      <View className="qb-checkin__submit">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={onAgree}>
          {CHECKIN_COPY.agree}
        </Button>
      </View>
    </View>
  )
}
