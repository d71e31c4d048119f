import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './services/cloud'
import { useDirectory } from './services/directory'
import './app.less'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    void useDirectory.getState().load()
  })
  return children
}

export default App
