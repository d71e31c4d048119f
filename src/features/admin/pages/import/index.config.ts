export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '导入组织' })
