export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '系统设置' })
