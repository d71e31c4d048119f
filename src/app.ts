import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './services/cloud'
import { startOnPicker } from './services/dev'
import { followSession } from './services/directory'
import { startOutbox } from './services/outbox'
import './app.less'

// Runs as this module loads, before Taro's router reads the address.
startOnPicker()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    followSession()
    startOutbox()
  })
  return children
}

export default App
