import { useLoad } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { BindView } from '@/features/auth/components/bind-view'
import { becomeNewWechatUser } from '@/features/auth/lib/dev-new'
import { bindStore } from '@/features/auth/use-bind'
import { DEV_PICKER } from '@/services/dev'
import { TITLES } from '@/services/navigate'

/** A mini-program code opens this page with the code as `scene`; a link or H5 with `?code=`. */
export default function BindPage() {
  useLoad((options: Record<string, string | undefined>) => {
    bindStore.getState().prefill(options.code ?? (options.scene ? decodeURIComponent(options.scene) : undefined))
  })
  return (
    <Screen title={TITLES.bind}>
      <BindView onDevNew={DEV_PICKER ? () => void becomeNewWechatUser() : undefined} />
    </Screen>
  )
}
