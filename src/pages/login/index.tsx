import { useLoad } from '@tarojs/taro'
import { TITLES } from '@/services/navigate'
import { Screen } from '@/components/screen'
import { LoginView } from '@/features/auth/components/login-view'
import { loginStore } from '@/features/auth/use-login'

export default function LoginPage() {
  useLoad(() => void loginStore.getState().load())
  return (
    <Screen title={TITLES.login}>
      <LoginView />
    </Screen>
  )
}
