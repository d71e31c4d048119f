import { View, Text } from '@tarojs/components'
import { StatusBlock } from '@/components/status-block'
import type { CareTaskDetail } from '@/core/care-types'
import type { User } from '@/core/types'
import { systemClock } from '@/services/clock'
import { useSession } from '@/services/session'
import { HEALTH_LABELS, MOOD_LABELS, STRESS_LABELS, TALK_MODE_LABELS } from '@/core/labels'
import { CARE_COPY } from '../copy'
import { formatTime, reasonsText, statusOf } from '../lib/format'
import { taskStore, useTask } from '../use-care'
import { TalkForm } from './talk-form'
import './care.less'

/** The liaison working the task (or any liaison of the unit while nobody is assigned) records the talk. */
function mayRecord(d: CareTaskDetail, me: User | null): boolean {
  return !!me && me.role === 'liaison' && d.task.status === 'open' && (d.task.assigneeId === me.id || d.task.assigneeId === null)
}

export function TaskDetail() {
  const s = useTask((state) => state)
  const me = useSession((state) => state.user)
  const d = s.detail
  if (!d) return <StatusBlock loading={s.loading} error={s.error} onRetry={() => s.taskId && void taskStore.getState().load(s.taskId)} />
  const { task } = d
  const status = statusOf(task, systemClock())
  return (
    <View>
      <View className="qb-care-card">
        <View className="qb-care-card__head">
          <Text className="qb-care-card__name">{task.cadreName}</Text>
          <Text className={status.className}>{status.label}</Text>
        </View>
        <Text className="qb-care-card__line">{CARE_COPY.reasons(reasonsText(task))}</Text>
        <Text className="qb-care-card__line">{CARE_COPY.openedAt(formatTime(task.openedAt))}</Text>
        <Text className="qb-care-card__line">{CARE_COPY.dueBy(formatTime(task.dueBy))}</Text>
        {task.talk && (
          <Text className="qb-care-card__line">{CARE_COPY.talk(task.talk.date, TALK_MODE_LABELS[task.talk.mode])}</Text>
        )}
        {task.talk?.summary && <Text className="qb-care-card__line">{CARE_COPY.talkSummary(task.talk.summary)}</Text>}
      </View>
      {d.checkins && (
        <>
          <Text className="qb-section-title" style={{ display: 'block' }}>
            {CARE_COPY.recentCheckins}
          </Text>
          {d.checkins.length === 0 && <Text className="qb-muted" style={{ margin: '0 16px' }}>{CARE_COPY.noCheckins}</Text>}
          {d.checkins.map((c) => (
            <View key={c.id} className="qb-care-checkin">
              <Text>{CARE_COPY.checkinLine(c.date, HEALTH_LABELS[c.health], MOOD_LABELS[c.mood], STRESS_LABELS[c.stress], !!c.wantsContact)}</Text>
              {c.note && <Text className="qb-care-card__line">{CARE_COPY.note(c.note)}</Text>}
            </View>
          ))}
        </>
      )}
      {mayRecord(d, me) && <TalkForm />}
    </View>
  )
}
