import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CARE_REASON_LABELS, CATEGORY_LABELS } from '@/core/labels'
import { CARE_REASONS } from '@/core/care-types'
import type { Breakdown, CareFigures, OverduePage } from '@/core/stats-types'
import { go } from '@/services/navigate'
import { DASHBOARD_COPY as COPY } from '../copy'
import { monthLabel, percent } from '../lib/period'
import { BarList } from './bar-list'

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="qb-dash-card">
      <Text className="qb-dash-card__title">{title}</Text>
      {children}
    </View>
  )
}

/** Dispatched per month as bars, the satisfaction rate beside each. */
export function TrendView({ trend }: { trend: Breakdown }) {
  const max = Math.max(1, ...trend.rows.map((r) => r.figures.counts.dispatched))
  const bars = trend.rows.map((r) => ({
    key: r.key,
    label: monthLabel(r.key),
    share: r.figures.counts.dispatched / max,
    value: COPY.requests(r.figures.counts.dispatched),
    note: `${COPY.satisfaction} ${percent(r.figures.satisfactionRate)} · ${COPY.resolution} ${percent(r.figures.resolutionRate)}`,
  }))
  return <BarList bars={bars} label={COPY.trend} />
}

/** Units or townships by score (unranked last), each bar its score. */
export function RankingView({ breakdown, onTap }: { breakdown: Breakdown; onTap?: (key: string) => void }) {
  if (breakdown.rows.length === 0) return <Text className="qb-muted">{COPY.noDispatched}</Text>
  const bars = breakdown.rows.map((r, i) => ({
    key: r.key,
    label: `${r.figures.score === null ? '—' : i + 1}. ${breakdown.by === 'category' ? CATEGORY_LABELS[r.key as keyof typeof CATEGORY_LABELS] ?? r.key : r.name}`,
    share: r.figures.score,
    value: r.figures.score === null ? COPY.unranked : COPY.points(Math.round(r.figures.score * 1000) / 10),
    note: COPY.rankNote(r.figures.counts.dispatched, percent(r.figures.responseRate), percent(r.figures.resolutionRate), percent(r.figures.satisfactionRate)),
    onTap: onTap && (() => onTap(r.key)),
  }))
  return <BarList bars={bars} label={breakdown.by} />
}

/** Overdue requests, most overdue first, a page at a time; tapping one opens it. */
export function OverdueView({ page, onMore, loadingMore }: { page: OverduePage; onMore?: () => void; loadingMore?: boolean }) {
  if (page.total === 0) return <Text className="qb-muted">{COPY.noOverdue}</Text>
  return (
    <View>
      <Text className="qb-dash-line">{COPY.overdueCount(page.total, page.items.length)}</Text>
      {page.items.map((item) => (
        <View key={item.id} className="qb-dash-overdue" onClick={() => go('detail', { id: item.id })}>
          <Text className="qb-dash-overdue__title">{item.title}</Text>
          <Text className="qb-dash-overdue__meta">{COPY.overdueMeta(item.no, item.deadlineKind, item.deadline.slice(5, 16).replace('T', ' '))}</Text>
        </View>
      ))}
      {page.cursor && onMore ? (
        <Button block fill="outline" loading={loadingMore} onClick={onMore}>
          {COPY.more}
        </Button>
      ) : null}
    </View>
  )
}

export function CareView({ care }: { care: CareFigures }) {
  if (!care.available) return <Text className="qb-muted">{COPY.careOff}</Text>
  const max = Math.max(1, ...CARE_REASONS.map((r) => care.openByReason[r]))
  const bars = CARE_REASONS.map((r) => ({ key: r, label: CARE_REASON_LABELS[r], share: care.openByReason[r] / max, value: COPY.people(care.openByReason[r]) }))
  return (
    <View>
      <Text className="qb-dash-line">
        {COPY.careLine(percent(care.checkinRate), care.checkins, care.cadres, care.workdays, care.openTasks)}
      </Text>
      <BarList bars={bars} label={COPY.care} />
    </View>
  )
}
