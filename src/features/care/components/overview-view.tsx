import { View, Text } from '@tarojs/components'
import { StatusBlock } from '@/components/status-block'
import { CARE_REASONS } from '@/core/care-types'
import { CARE_REASON_LABELS } from '@/core/labels'
import { CARE_COPY } from '../copy'
import { overviewStore, useOverview } from '../use-care'
import './care.less'

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)

/** The township's care figures: counts only, no answers, notes or summaries. */
export function OverviewView() {
  const s = useOverview((state) => state)
  const sum = s.summary
  if (!sum) return <StatusBlock loading={s.loading} error={s.error} onRetry={() => void overviewStore.getState().load()} />
  const reasons = CARE_REASONS.filter((r) => sum.openByReason[r] > 0)
  return (
    <View>
      <View className="qb-care-figures">
        <View className="qb-care-figure">
          <Text className="qb-care-figure__value">{percent(sum.checkinRate)}</Text>
          <Text>{CARE_COPY.checkinRate(sum.workdays.length)}</Text>
        </View>
        <View className="qb-care-figure">
          <Text className="qb-care-figure__value">{sum.openTasks}</Text>
          <Text>{CARE_COPY.openTasks}</Text>
        </View>
        <View className="qb-care-figure">
          <Text className="qb-care-figure__value">{sum.overdueTasks}</Text>
          <Text>{CARE_COPY.overdue}</Text>
        </View>
        <View className="qb-care-figure">
          <Text className="qb-care-figure__value">{sum.closedLast30Days}</Text>
          <Text>{CARE_COPY.closedLast30Days}</Text>
        </View>
      </View>
      <Text className="qb-muted" style={{ margin: '0 16px', display: 'block' }}>
        {CARE_COPY.cadres(sum.cadres, reasons.map((r) => CARE_COPY.reasonCount(CARE_REASON_LABELS[r], sum.openByReason[r])).join('，'))}
      </Text>
    </View>
  )
}
