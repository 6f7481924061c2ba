// bottleneck/light.js is the build @octokit/plugin-throttling loads; it has the main entry's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
