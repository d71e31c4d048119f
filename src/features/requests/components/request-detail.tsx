import { View } from '@tarojs/components'
import { showModal } from '@tarojs/taro'
import type { CommandType } from '@/core/lifecycle/commands'
import { isOverdue } from '@/components/request/deadline'
import { StatusBlock } from '@/components/status-block'
import { systemClock } from '@/services/clock'
import { unitOptions, useDirectory } from '@/services/directory'
import { useSession } from '@/services/session'
import { pickPhotos } from '@/services/attachments/pick-photos'
import { DETAIL_COPY } from '../copy'
import { actorName } from '../lib/actor-name'
import { emptyValues, TAP_CONFIRM, type TapAction } from '../lib/action-forms'
import { viewerActions } from '../lib/viewer-actions'
import { ASK_ACTIONS, viewerAsk } from '../lib/viewer-ask'
import { detailStore, useDetail } from '../use-requests'
import { ActionBar } from './action-bar'
import { AskBlock } from './ask-block'
import { MAX_PHOTOS } from './action-form'
import { RequestFields } from './request-fields'
import { Timeline } from './timeline'

/** A one-tap action: its dialog first where it has one, then sent with no payload. */
async function tapAction(action: TapAction) {
  const dialog = TAP_CONFIRM[action]
  if (dialog && !(await showModal({ ...dialog })).confirm) return
  await detailStore.getState().run(action, {})
}

async function addPhotos() {
  const { values, setValue } = detailStore.getState()
  const added = await pickPhotos(MAX_PHOTOS - values.photos.length)
  if (added.length) setValue('photos', [...detailStore.getState().values.photos, ...added].slice(0, MAX_PHOTOS))
}

// While another form is open below, the block's form stands empty (both share one set of values).
const EMPTY = emptyValues()

interface Props {
  /** called in the tap itself, before the action is sent (subscribe-message prompts need the tap) */
  onTap?: (action: CommandType) => void
}

/** The detail screen's body: what is asked of the viewer, fields, the other actions, the timeline. */
export function RequestDetail({ onTap }: Props) {
  const s = useDetail((state) => state)
  const viewer = useSession((session) => session.user)
  const directory = useDirectory()
  const { units, people } = directory
  const r = s.request
  if (!r) {
    return <StatusBlock loading={s.loading} error={s.error} onRetry={() => s.id && void detailStore.getState().load(s.id)} />
  }
  const unitName = (id: string | null | undefined) => (id ? (units[id] ?? DETAIL_COPY.aUnit) : '—')
  const choosable = unitOptions(directory).filter((u) => u.id !== r.assignedUnitId)
  const actions = viewerActions(r, viewer)
  const ask = viewerAsk(r, actions)
  const tap = (action: TapAction) => {
    onTap?.(action) // in the tap itself: a subscribe prompt needs it
    void tapAction(action)
  }
  return (
    <View>
      {ask && (
        <AskBlock
          ask={ask}
          values={s.panel === 'none' ? s.values : EMPTY}
          busy={s.busy}
          formError={s.panel === 'none' ? s.formError : null}
          onChange={(key, value) => {
            if (s.panel !== 'none') s.openPanel('none') // one form at a time: they share the values
            s.setValue(key, value)
          }}
          onSubmit={(action) => {
            onTap?.(action)
            void s.submitPanel(action)
          }}
          onSignFor={() => tap('signFor')}
          onDecideExtension={(approve) => void s.run('decideExtension', { approve })}
        />
      )}
      <RequestFields request={r} unitName={units[r.assignedUnitId ?? '']} overdue={isOverdue(r, systemClock())} />
      <ActionBar
        actions={ask ? actions.filter((a) => a !== ASK_ACTIONS[ask.kind]) : actions}
        extension={r.extension ?? null}
        panel={s.panel}
        values={s.values}
        units={choosable}
        busy={s.busy}
        formError={ask && s.panel === 'none' ? null : s.formError}
        onOpen={s.openPanel}
        onChange={s.setValue}
        onSubmit={() => {
          if (s.panel !== 'none') onTap?.(s.panel)
          void s.submitPanel()
        }}
        onTapAction={tap}
        onDecideExtension={(approve) => void s.run('decideExtension', { approve })}
        onAddPhotos={() => void addPhotos()}
      />
      <Timeline events={r.events} actorName={(ev) => actorName(ev, r, viewer, people)} unitName={unitName} fileUrls={r.fileUrls} />
    </View>
  )
}
