export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '前帮后援' })
