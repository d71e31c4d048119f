import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './services/cloud'
import { followSession } from './services/directory'
import { startOutbox } from './services/outbox'
import './app.less'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    followSession()
    startOutbox()
  })
  return children
}

export default App
