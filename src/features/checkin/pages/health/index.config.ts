export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '健康档案' })
