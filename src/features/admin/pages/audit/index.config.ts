export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '操作日志' })
