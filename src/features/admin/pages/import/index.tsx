import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { ImportView } from '@/features/admin/components/import-view'
import { useImport } from '@/features/admin/use-import'

export default function ImportPage() {
  const s = useImport((state) => state)
  return (
    <Screen title={TITLES.adminImport}>
      <ImportView s={s} />
    </Screen>
  )
}
