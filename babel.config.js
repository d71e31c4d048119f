// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// The mini program follows package.json's browserslist (old WeChat base libraries). The H5 app
// runs in browsers and WeChat's webviews of the last five years: compiling it for ES2019 keeps
// async/await, classes and spread native, so its bundle is smaller and starts faster.
const H5_TARGETS = ['chrome >= 80', 'edge >= 80', 'firefox >= 78', 'safari >= 13', 'ios >= 13']

module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'h5' ? { targets: H5_TARGETS } : {}) }],
  ],
}
