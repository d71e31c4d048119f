export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '用户管理' })
