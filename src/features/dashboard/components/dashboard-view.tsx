import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CalendarWarning } from '@/components/calendar-warning'
import { StatusBlock } from '@/components/status-block'
import { dashboardStore, useDashboard } from '../use-dashboard'
import { DASHBOARD_COPY as COPY } from '../copy'
import { periodLabel } from '../lib/period'
import { systemClock } from '@/services/clock'
import { FiguresView } from './figures-view'
import { CareView, OverdueView, RankingView, Section, TrendView } from './sections'
import './dashboard.less'

const actions = () => dashboardStore.getState()

/** One period (last 30 days by default, or a month) of the caller's scope: rates, trend, ranking, townships (county), overdue, care, export. */
export function DashboardView() {
  const s = useDashboard((state) => state)
  const head = (
    <View className="qb-dash-head">
      <Button size="large" fill="none" onClick={() => void actions().shift(-1)} aria-label={COPY.earlier}>‹</Button>
      <View className="qb-dash-head__title">
        <Text className="qb-dash-head__scope">{s.overview?.scope.name ?? ''}</Text>
        <Text className="qb-dash-head__period">{periodLabel(s.month, systemClock().slice(0, 10))}</Text>
      </View>
      <Button size="large" fill="none" disabled={s.month === null} onClick={() => void actions().shift(1)} aria-label={COPY.later}>›</Button>
    </View>
  )
  if (!s.overview) return <>{head}<CalendarWarning /><StatusBlock loading={s.loading} error={s.error} onRetry={() => void actions().load()} /></>
  return (
    <View>
      {head}
      <CalendarWarning />
      {s.scope ? (
        <Button className="qb-dash-back" fill="outline" onClick={() => void actions().focus(null)}>{COPY.backToCounty}</Button>
      ) : null}
      <FiguresView figures={s.overview.figures} />
      {s.townships ? (
        <Section title={COPY.townships}>
          <RankingView breakdown={s.townships} onTap={(id) => void actions().focus({ type: 'township', id })} />
        </Section>
      ) : null}
      {s.units ? <Section title={COPY.units}><RankingView breakdown={s.units} /></Section> : null}
      {s.trend ? <Section title={COPY.trend}><TrendView trend={s.trend} /></Section> : null}
      {s.overdue ? <Section title={COPY.overdue}><OverdueView page={s.overdue} loadingMore={s.loadingMoreOverdue} onMore={() => void actions().moreOverdue()} /></Section> : null}
      {s.care ? <Section title={COPY.care}><CareView care={s.care} /></Section> : null}
      <View className="qb-dash-export">
        <Button type="primary" block size="large" loading={s.exporting} onClick={() => void actions().exportFile()}>
          {s.exporting ? COPY.exporting : COPY.export}
        </Button>
        {s.exportError ? <Text className="qb-dash-error">{s.exportError}</Text> : null}
      </View>
    </View>
  )
}
