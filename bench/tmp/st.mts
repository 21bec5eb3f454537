import { talk } from '../../test/conversation/real.ts';
const d = talk(...process.argv.slice(2));
console.log(JSON.stringify(d.state.view));
