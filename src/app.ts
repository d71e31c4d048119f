import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './services/cloud'
import { startOnPicker } from './services/dev'
import { followSession } from './services/directory'
import { whenIdle } from './services/idle'
import { startOutbox } from './services/outbox'
import './app.less'

// Runs as this module loads, before Taro's router reads the address.
startOnPicker()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    // names for ids and the outbox's first pass are not part of the first screen
    void whenIdle().then(() => {
      followSession()
      startOutbox()
    })
  })
  return children
}

export default App
