import { View, Text } from '@tarojs/components'
import type { Figures } from '../../../core/figures'
import { COPY } from '../copy'
import { percent } from '../lib/period'

const hours = (h: number | null) => (h === null ? '—' : `${Math.round(h * 10) / 10} 小时`)
const days = (d: number | null) => (d === null ? '—' : `${Math.round(d * 10) / 10} 天`)

/** The three rates as large numbers, each with the counts it comes from beneath. */
export function FiguresView({ figures }: { figures: Figures }) {
  const c = figures.counts
  const big = [
    // one short line per count: a phone's third of the width holds about six characters
    { label: COPY.response, rate: figures.responseRate, counts: [`按时 ${c.signedOnTime}`, `应签收 ${c.signed + c.unsignedPastDue}`] },
    { label: COPY.resolution, rate: figures.resolutionRate, counts: [`已解决 ${c.solvedRated}`, `已评价 ${c.rated}`] },
    { label: COPY.satisfaction, rate: figures.satisfactionRate, counts: [`满意 ${c.satisfied}`, `基本满意 ${c.basic}`, `已评价 ${c.rated}`] },
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
        派发 {c.dispatched} 件 · {COPY.onTime} {percent(figures.onTimeRate)}（{c.resolvedOnTime}/{c.resolved}） · 当前超期 {figures.overdueOpen} 件
      </Text>
      <Text className="qb-dash-line">
        平均签收 {hours(figures.avgSignForHours)} · 平均办结 {days(figures.avgResolveDays)} · 综合得分 {figures.score === null ? '—' : Math.round(figures.score * 1000) / 10}
      </Text>
    </View>
  )
}
