export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '干部关怀', enablePullDownRefresh: true })
