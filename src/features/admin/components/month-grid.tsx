import { View, Text } from '@tarojs/components'
import type { CalendarDay } from '@/core/calendar-year'
import { weekday } from '@/core/time'
import { CALENDAR_COPY } from '../copy'

/** One month: weekday header (Monday first) and a cell per date, coloured and marked by kind. */
export function MonthGrid({ month, days, onTap }: { month: number; days: CalendarDay[]; onTap: (date: string) => void }) {
  const lead = (weekday(days[0].date) + 6) % 7 // blanks before the 1st, Monday first
  return (
    <View className="qb-cal-month">
      <Text className="qb-cal-month__title">{CALENDAR_COPY.month(month)}</Text>
      <View className="qb-cal-grid" role="grid">
        {CALENDAR_COPY.weekdays.map((w) => (
          <Text key={w} className="qb-cal-grid__head">{w}</Text>
        ))}
        {Array.from({ length: lead }, (_x, i) => (
          <View key={`b${i}`} className="qb-cal-cell qb-cal-cell--blank" />
        ))}
        {days.map((d) => {
          const override = d.source === 'override'
          const label = `${d.date} ${CALENDAR_COPY.kinds[d.kind]}${d.name ? ` ${d.name}` : ''}${override ? ` ${CALENDAR_COPY.overrideLegend}` : ''}`
          return (
            <View
              key={d.date}
              className={`qb-cal-cell qb-cal-cell--${d.kind}${override ? ' qb-cal-cell--override' : ''}`}
              role="button"
              aria-label={label}
              data-date={d.date}
              data-kind={d.kind}
              onClick={() => onTap(d.date)}
            >
              <Text className="qb-cal-cell__day">{+d.date.slice(8)}</Text>
              <Text className="qb-cal-cell__mark">{[CALENDAR_COPY.marks[d.kind], override ? CALENDAR_COPY.overrideMark : ''].filter(Boolean).join('·')}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}

/** What each colour and mark means. */
export function Legend() {
  const kinds = ['workday', 'weekend', 'holiday', 'makeup'] as const
  return (
    <View className="qb-cal-legend">
      {kinds.map((k) => (
        <View key={k} className="qb-cal-legend__item">
          <View className={`qb-cal-cell qb-cal-cell--${k} qb-cal-legend__swatch`}>
            <Text className="qb-cal-cell__mark">{CALENDAR_COPY.marks[k]}</Text>
          </View>
          <Text>{CALENDAR_COPY.kinds[k]}</Text>
        </View>
      ))}
      <View className="qb-cal-legend__item">
        <View className="qb-cal-cell qb-cal-cell--workday qb-cal-cell--override qb-cal-legend__swatch">
          <Text className="qb-cal-cell__mark">{CALENDAR_COPY.overrideMark}</Text>
        </View>
        <Text>{CALENDAR_COPY.overrideLegend}</Text>
      </View>
    </View>
  )
}
