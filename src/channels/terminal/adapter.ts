// The terminal channel: one citizen at the keyboard (or a script on stdin, in JSON mode), one line per message.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { copy } from '../../conversation/text.ts';
import type { Incoming, Reply } from '../../conversation/types.ts';
import { withBoundary } from '../shared/boundary.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import { renderReply } from './render.ts';

/** The terminal channel's name in sessions and statistics. */
export const TERMINAL = 'terminal';

/** Where the terminal reads and writes, and how. */
export interface TerminalOptions {
  input: Readable;
  output: Writable;
  /** Scripted mode: one JSON line of replies per input line, no banner, no greeting, no prompt. */
  json: boolean;
  /** The platform user id of the person at the keyboard. */
  user: string;
}

/** One JSON line of replies (scripted mode). */
function jsonLine(replies: readonly Reply[]): string {
  return JSON.stringify({
    replies: replies.map((r) => ({ text: r.text, options: r.options ?? [], ...(r.links ? { links: r.links } : {}) })),
  });
}

/** The terminal adapter. `finished` resolves when the input ends (Ctrl+D, or the end of the script). */
export class TerminalAdapter implements ChannelAdapter {
  readonly name = TERMINAL;
  readonly finished: Promise<void>;
  private resolveFinished: () => void = () => undefined;
  private stopped = false;

  constructor(private readonly o: TerminalOptions) {
    this.finished = new Promise<void>((resolve) => {
      this.resolveFinished = resolve;
    });
  }

  async start(runtime: ChannelRuntime): Promise<void> {
    void this.run(runtime).finally(() => this.resolveFinished());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.finished;
  }

  private get tty(): boolean {
    return 'isTTY' in this.o.output && this.o.output.isTTY === true;
  }

  private write(replies: readonly Reply[]): void {
    const { output, json } = this.o;
    if (json) output.write(`${jsonLine(replies)}\n`);
    else output.write(`${replies.map((r) => renderReply(r, this.tty)).join('\n\n')}\n\n`);
  }

  private async send(runtime: ChannelRuntime, input: Incoming): Promise<void> {
    await withBoundary(
      async () => {
        this.write((await runtime.handle(TERMINAL, this.o.user, input)).replies);
      },
      { log: runtime.logger, context: { channel: TERMINAL }, message: 'terminal message failed', apologise: async () => this.write([{ text: copy.apology }]) },
    );
  }

  private async run(runtime: ChannelRuntime): Promise<void> {
    const { input, output, json } = this.o;
    const prompt = (): void => {
      if (!json && this.tty) output.write('> ');
    };
    if (!json) {
      output.write('Atende — terminal. Escreva sua mensagem (Ctrl+D ou "sair" para terminar).\n\n');
      await this.send(runtime, { kind: 'start' });
    }
    const rl = createInterface({ input, terminal: false });
    prompt();
    for await (const line of rl) {
      if (this.stopped) break;
      await this.send(runtime, { kind: 'text', text: line });
      prompt();
    }
    rl.close();
  }
}
