export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '选择用户' })
