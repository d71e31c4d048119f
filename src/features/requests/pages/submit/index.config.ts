export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '提交诉求' })
