import { Screen } from '../../../../components/screen'
import { replace, TITLES } from '../../../../services/navigate'
import { useOnReconnect } from '../../../../services/network'
import { SubmitForm } from '../../components/submit-form'
import { submitStore, useSubmit } from '../../stores'

const openCreated = (created: { id: string } | null) => created && replace('detail', { id: created.id })

export default function SubmitPage() {
  const state = useSubmit((s) => s)
  useOnReconnect(() => submitStore.getState().retryIfPending().then(openCreated))
  return (
    <Screen title={TITLES.submit}>
      <SubmitForm
        draft={state.draft}
        errors={state.errors}
        submitError={state.submitError}
        submitting={state.submitting}
        onKind={state.setKind}
        onField={state.setField}
        onSubmit={() => state.submit().then(openCreated)}
      />
    </Screen>
  )
}
