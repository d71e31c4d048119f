import { getStorageSync, removeStorageSync, setStorageSync } from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

/** zustand `persist` storage over the platform's local storage (wx storage / localStorage). */
export const taroStorage: StateStorage = {
  getItem: (name) => {
    const value: unknown = getStorageSync(name)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (name, value) => setStorageSync(name, value),
  removeItem: (name) => removeStorageSync(name),
}
