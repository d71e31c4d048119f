import { View, Text } from '@tarojs/components'
import type { Figures } from '@/core/figures'
import { DASHBOARD_COPY as COPY } from '../copy'
import { percent } from '../lib/period'

const hours = (h: number | null) => (h === null ? '—' : COPY.hours(Math.round(h * 10) / 10))
const days = (d: number | null) => (d === null ? '—' : COPY.days(Math.round(d * 10) / 10))

/** The three rates as large numbers, each with the counts it comes from beneath. */
export function FiguresView({ figures }: { figures: Figures }) {
  const c = figures.counts
  const big = [
    { label: COPY.response, rate: figures.responseRate, counts: [COPY.counts.signedOnTime(c.signedOnTime), COPY.counts.dueSignFor(c.signed + c.unsignedPastDue)] },
    { label: COPY.resolution, rate: figures.resolutionRate, counts: [COPY.counts.solved(c.solvedRated), COPY.counts.rated(c.rated)] },
    { label: COPY.satisfaction, rate: figures.satisfactionRate, counts: [COPY.counts.satisfied(c.satisfied), COPY.counts.basic(c.basic), COPY.counts.rated(c.rated)] },
  ]
  return (
    <View className="qb-dash-card">
      <View className="qb-dash-figures">
        {big.map((f) => (
          <View key={f.label} className="qb-dash-figure" aria-label={f.label}>
            <Text className="qb-dash-figure__value">{percent(f.rate)}</Text>
            <Text className="qb-dash-figure__label">{f.label}</Text>
            {f.counts.map((line) => (
              <Text key={line} className="qb-dash-figure__counts">
                {line}
              </Text>
            ))}
          </View>
        ))}
      </View>
      <Text className="qb-dash-line">
        {COPY.dispatchedLine(c.dispatched, percent(figures.onTimeRate), c.resolvedOnTime, c.resolved, figures.overdueOpen)}
      </Text>
      <Text className="qb-dash-line">
        {COPY.averagesLine(hours(figures.avgSignForHours), days(figures.avgResolveDays), figures.score === null ? '—' : Math.round(figures.score * 1000) / 10)}
      </Text>
    </View>
  )
}
