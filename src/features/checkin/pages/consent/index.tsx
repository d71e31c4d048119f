import { Screen } from '@/components/screen'
import { replace, TITLES } from '@/services/navigate'
import { ConsentView } from '@/features/checkin/components/consent-view'
import { checkinStore, useCheckin } from '@/features/checkin/use-checkin'

const agree = async () => {
  if (await checkinStore.getState().consent()) replace('checkin')
}

export default function ConsentPage() {
  const busy = useCheckin((s) => s.busy)
  const error = useCheckin((s) => s.error)
  return (
    <Screen title={TITLES.checkinConsent}>
      <ConsentView busy={busy} error={error} onAgree={() => void agree()} />
    </Screen>
  )
}
