import { OutboxItems } from '@/components/outbox/outbox-items'
import { Screen } from '@/components/screen'
import { replace, TITLES } from '@/services/navigate'
import { pickPhotos } from '@/services/attachments/pick-photos'
import { askSubscribe } from '@/services/subscribe/subscribe'
import { MAX_SUBMIT_PHOTOS, SubmitForm } from '@/features/requests/components/submit-form'
import { submitStore, useSubmit } from '@/features/requests/use-requests'

const openCreated = (created: { id: string } | null) => created && replace('detail', { id: created.id })

async function addPhotos() {
  const have = submitStore.getState().draft.attachments ?? []
  const added = await pickPhotos(MAX_SUBMIT_PHOTOS - have.length)
  const now = submitStore.getState().draft.attachments ?? []
  if (added.length) submitStore.getState().setField('attachments', [...now, ...added].slice(0, MAX_SUBMIT_PHOTOS))
}

export default function SubmitPage() {
  const state = useSubmit((s) => s)
  return (
    <Screen title={TITLES.submit}>
      <OutboxItems filter={(i) => i.kind === 'request'} />
      <SubmitForm
        draft={state.draft}
        errors={state.errors}
        submitError={state.submitError}
        submitting={state.submitting}
        onKind={state.setKind}
        onField={state.setField}
        onAddPhotos={() => void addPhotos()}
        onSubmit={() => {
          // inside the tap: WeChat shows the subscribe prompt only from a user gesture
          askSubscribe('submit')
          void state.submit().then(openCreated)
        }}
      />
    </Screen>
  )
}
