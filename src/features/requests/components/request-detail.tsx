import { View } from '@tarojs/components'
import { isOverdue } from '../../../components/request/deadline'
import { StatusBlock } from '../../../components/status-block'
import { systemClock } from '../../../services/clock'
import { useDirectory } from '../../../services/directory'
import { useSession } from '../../../services/session'
import { actorName } from '../lib/actor-name'
import { viewerActions } from '../lib/viewer-actions'
import { detailStore, useDetail } from '../stores'
import { ActionBar } from './action-bar'
import { RequestFields } from './request-fields'
import { Timeline } from './timeline'

/** The detail screen's body: fields, the viewer's actions, the timeline. */
export function RequestDetail() {
  const s = useDetail((state) => state)
  const viewer = useSession((session) => session.user)
  const { units, people } = useDirectory()
  const r = s.request
  if (!r) {
    return (
      <StatusBlock
        loading={s.loading}
        error={s.error}
        onRetry={() => s.id && void detailStore.getState().load(s.id)}
      />
    )
  }
  return (
    <View>
      <RequestFields request={r} unitName={units[r.assignedUnitId ?? '']} overdue={isOverdue(r, systemClock())} />
      <ActionBar
        actions={viewerActions(r, viewer)}
        panel={s.panel}
        busy={s.busy}
        formError={s.formError}
        onSignFor={() => void s.signFor()}
        onOpen={s.openPanel}
        onResolve={(note) => void s.resolve(note)}
        onConfirm={(input) => void s.confirm(input)}
      />
      <Timeline events={r.events} actorName={(ev) => actorName(ev, r, viewer, people)} />
    </View>
  )
}
