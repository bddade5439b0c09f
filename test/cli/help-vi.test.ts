/** Every word of the CLI's help is Vietnamese: commander's English placeholders are translated. */
import { runCli } from '../support/cli/run-cli';

test.each([[['--help']], [['help', 'consolidate']], [['template', '--help']], [['roster', '--help']]])(
  '%j has no English placeholder',
  async (args) => {
    const r = await runCli(args);
    const text = r.out + r.err;
    expect(text).toContain('Cách dùng:');
    expect(text).not.toMatch(/\[options\]|\[command\]|Usage:|Options:|Commands:|Arguments:|\(default:/);
  },
);
