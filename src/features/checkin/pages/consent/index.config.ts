export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '健康信息授权' })
