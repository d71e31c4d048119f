import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { StatusBlock } from '@/components/status-block'
import { CALENDAR_COPY } from '../copy'
import { calendarStore, useCalendar } from '../use-calendar'
import { Legend, MonthGrid } from './month-grid'
import { NoticePanel } from './notice-panel'
import './calendar.less'

const actions = () => calendarStore.getState()

/** The admin's year: switcher, status of the official schedule, legend, 12 months, the notice. */
export function CalendarView() {
  const s = useCalendar((state) => state)
  const months = s.data
    ? Array.from({ length: 12 }, (_x, i) => s.data!.days.filter((d) => +d.date.slice(5, 7) === i + 1))
    : []
  return (
    <View className="qb-cal">
      <View className="qb-cal-head">
        <Button size="large" fill="none" aria-label={CALENDAR_COPY.prevYear} onClick={() => void actions().shiftYear(-1)}>‹</Button>
        <Text className="qb-cal-head__title">{CALENDAR_COPY.yearTitle(s.year)}</Text>
        <Button size="large" fill="none" aria-label={CALENDAR_COPY.nextYear} onClick={() => void actions().shiftYear(1)}>›</Button>
      </View>
      {s.data && <YearStatus />}
      {s.error && s.data && <View role="alert"><Text className="qb-error">{s.error}</Text></View>}
      {!s.data && <StatusBlock loading={s.loading} error={s.error} onRetry={() => void actions().load()} />}
      {s.data && <NoticePanel />}
      {s.data && <Legend />}
      <View className="qb-cal-months">
        {months.map((days, i) => (
          <MonthGrid key={i} month={i + 1} days={days} onTap={(date) => actions().select(date)} />
        ))}
      </View>
      {s.selected && <DaySheet date={s.selected} busy={s.busy} />}
    </View>
  )
}

function YearStatus() {
  const data = useCalendar((s) => s.data)!
  const warn = !data.builtIn && !data.entered
  return (
    <View className={`qb-cal-card qb-cal-status${warn ? ' qb-cal-status--warn' : ''}`} role={warn ? 'alert' : undefined}>
      <Text>{data.builtIn ? CALENDAR_COPY.builtIn : data.entered ? CALENDAR_COPY.entered(data.entered.at) : CALENDAR_COPY.missing}</Text>
      {!data.builtIn && (
        <Button fill="outline" onClick={() => void actions().mark(!data.entered)}>
          {data.entered ? CALENDAR_COPY.unmarkEntered : CALENDAR_COPY.markEntered}
        </Button>
      )}
    </View>
  )
}

/** 上班 / 休息 / 恢复默认 for the tapped date. */
function DaySheet({ date, busy }: { date: string; busy: boolean }) {
  return (
    <View className="qb-cal-sheet" role="dialog" aria-label={CALENDAR_COPY.setTitle(date)}>
      <Text className="qb-cal-card__title">{CALENDAR_COPY.setTitle(date)}</Text>
      <View className="qb-cal-actions">
        <Button type="primary" size="large" disabled={busy} onClick={() => void actions().setDay('work')}>{CALENDAR_COPY.setWork}</Button>
        <Button type="primary" size="large" disabled={busy} onClick={() => void actions().setDay('off')}>{CALENDAR_COPY.setOff}</Button>
        <Button fill="outline" size="large" disabled={busy} onClick={() => void actions().setDay(null)}>{CALENDAR_COPY.setDefault}</Button>
        <Button fill="none" size="large" onClick={() => actions().select(null)}>{CALENDAR_COPY.cancel}</Button>
      </View>
    </View>
  )
}
