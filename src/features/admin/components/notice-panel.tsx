import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { FormField } from '@/components/form-field'
import { CALENDAR_COPY } from '../copy'
import { calendarStore, useCalendar } from '../use-calendar'

const actions = () => calendarStore.getState()

/** Paste the State Council notice, review the days it gives, apply them. */
export function NoticePanel() {
  const { text, parsed, noticeError, busy, done } = useCalendar((s) => s)
  return (
    <View className="qb-cal-card qb-cal-notice">
      <Text className="qb-cal-card__title">{CALENDAR_COPY.noticeTitle}</Text>
      {parsed ? (
        <View>
          <View role="status">
            <Text className="qb-cal-notice__summary">
              {CALENDAR_COPY.review(parsed.year, parsed.days.filter((d) => d.day === 'off').length, parsed.days.filter((d) => d.day === 'work').length)}
            </Text>
          </View>
          <View className="qb-cal-notice__list" role="list">
            {parsed.days.map((d) => (
              <View key={d.date} className={`qb-cal-notice__row qb-cal-notice__row--${d.day}`} role="listitem">
                <Text>{d.date}</Text>
                <Text className="qb-cal-notice__day">{d.day === 'off' ? CALENDAR_COPY.off : CALENDAR_COPY.work}</Text>
                <Text>{d.name ?? ''}</Text>
              </View>
            ))}
          </View>
          <View className="qb-cal-actions">
            <Button type="primary" size="large" loading={busy} onClick={() => void actions().apply()}>{CALENDAR_COPY.confirm}</Button>
            <Button fill="outline" size="large" onClick={() => actions().discard()}>{CALENDAR_COPY.discard}</Button>
          </View>
        </View>
      ) : (
        <View>
          <FormField label={CALENDAR_COPY.noticeLabel} error={noticeError ?? undefined}>
            <TextArea
              className="qb-cal-notice__text"
              value={text}
              placeholder={CALENDAR_COPY.noticePlaceholder}
              maxLength={20000}
              autoSize
              onChange={(v) => actions().setText(v)}
            />
          </FormField>
          <Button type="primary" size="large" block disabled={!text.trim()} loading={busy} onClick={() => void actions().parse()}>
            {CALENDAR_COPY.parse}
          </Button>
        </View>
      )}
      {done && <View role="status"><Text className="qb-cal-notice__done">{done}</Text></View>}
    </View>
  )
}
