import { View, Text } from '@tarojs/components'
import { ListStatus } from '@/components/status-block'
import { HEALTH_LABELS, MOOD_LABELS, STRESS_LABELS } from '@/core/labels'
import { CHECKIN_COPY } from '../copy'
import { axisDates, dayLabel, shortDay } from '../lib/format'
import { historyStore, useHistory } from '../use-checkin'
import './checkin.less'

/** A mood trend (oldest → newest) over the last 30 days, then each day's answers. */
export function HistoryView() {
  const s = useHistory((state) => state)
  const trend = [...s.items].reverse()
  return (
    <View>
      <ListStatus list={s} emptyText={CHECKIN_COPY.noHistory} onRetry={() => void historyStore.getState().load()} />
      {trend.length > 0 && (
        <>
          <Text className="qb-section-title" style={{ display: 'block' }}>
            {CHECKIN_COPY.trendTitle(trend.length)}
          </Text>
          <View className="qb-history__bar" aria-label={CHECKIN_COPY.trend}>
            {trend.map((c) => (
              <View
                key={c.id}
                aria-label={`${shortDay(c.date)} ${CHECKIN_COPY.moodOf(MOOD_LABELS[c.mood])}`}
                className={c.mood <= 2 ? 'qb-history__mood qb-history__mood--low' : 'qb-history__mood'}
                style={{ height: `${c.mood * 20}%` }}
              />
            ))}
          </View>
          <View className="qb-history__axis">
            {axisDates(trend.map((c) => c.date)).map((d, i) => (
              <Text key={`${d}-${i}`}>{shortDay(d)}</Text>
            ))}
          </View>
        </>
      )}
      {s.items.map((c) => (
        <View key={c.id} className="qb-history__row">
          <Text className="qb-history__day">{dayLabel(c.date)}</Text>
          <View className="qb-history__answers">
            <Text className="qb-history__answer">{HEALTH_LABELS[c.health]}</Text>
            <Text className="qb-history__answer">{CHECKIN_COPY.moodOf(MOOD_LABELS[c.mood])}</Text>
            <Text className="qb-history__answer">{CHECKIN_COPY.stressOf(STRESS_LABELS[c.stress])}</Text>
          </View>
          {c.note && <Text className="qb-history__note">{c.note}</Text>}
        </View>
      ))}
    </View>
  )
}
