export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '邀请码' })
