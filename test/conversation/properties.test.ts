// Property-based tests: no input sequence makes the engine throw or reach an invalid state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { step } from '../../src/conversation/engine.ts';
import { ConversationState, initialState, type Incoming } from '../../src/conversation/types.ts';
import { EngineDriver } from '../support/catalogue.ts';

const words = [
  'oi', 'menu', 'voltar', 'sair', 'cancelar', 'ajuda', 'atendente', 'sim', 'não', 'pular', 'próxima', 'perdi meu rg', 'ipva', 'agendar uai', 'documentos', 'passo a passo',
  'consultar protocolo ATD-20261125-000001', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026',
  'quanto custa?', 'e a cnh?', 'obrigado', 'não entendi', 'desisti, deixa pra lá', 'pra que precisa do meu cpf?', 'bh', 'vai pra etapa 3', 'pode marcar pra mim?',
  'na verdade é da moto', 'errei', 'renovar cnh', 'e depois?', 'trânsito', 'tudo bem?', 'você é um robô?', '👍',
];
const optionIds = ['leave:yes', 'leave:no', 'menu', 'categories', 'search', 'handoff', 'none', 'cat:Impostos', 'cat:???', 'svc:ipva', 'svc:agendamento-uai', 'svc:nao-existe', 'card:steps', 'card:docs', 'card:where', 'card:form', 'walk:next', 'walk:prev', 'walk:finish', 'walk:leave', 'form:cancel', 'form:skip', 'form:confirm', 'form:redo', 'form:choice:0', 'form:choice:99', 'fb:yes', 'fb:no', 'resume:yes', 'resume:no'];

const incoming: fc.Arbitrary<Incoming> = fc.oneof(
  fc.constantFrom(...words).map((text) => ({ kind: 'text' as const, text })),
  fc.integer({ min: -5, max: 40 }).map((n) => ({ kind: 'text' as const, text: String(n) })),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => ({ kind: 'text' as const, text })),
  fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ kind: 'text' as const, text })),
  fc.constantFrom('', ' ', '\n\t', '🤡🤡', '👍🏽', '\u0000\u0007', '*_~`').map((text) => ({ kind: 'text' as const, text })),
  fc.integer({ min: 1, max: 3 }).map((k) => ({ kind: 'text' as const, text: 'ç'.repeat(k * 5_000) })),
  fc.oneof(fc.constantFrom(...optionIds), fc.string({ maxLength: 100 })).map((id) => ({ kind: 'option' as const, id })),
  fc.option(fc.oneof(fc.constantFrom('ipva', 'cin-2a-via', '../etc'), fc.string({ maxLength: 80 })), { nil: undefined }).map((payload) =>
    payload === undefined ? { kind: 'start' as const } : { kind: 'start' as const, payload },
  ),
  fc.constantFrom('photo', 'voice', 'sticker', 'location', 'other').map((media) => ({ kind: 'media' as const, media: media as 'photo' })),
);

describe('the engine under random input', () => {
  it('never throws, always replies, and always returns a valid state', () => {
    const driver = new EngineDriver();
    fc.assert(
      fc.property(fc.array(incoming, { minLength: 1, maxLength: 25 }), (inputs) => {
        let state = initialState();
        for (const input of inputs) {
          const turn = step(state, input, driver.ctx);
          expect(turn.replies.length).toBeGreaterThan(0);
          for (const r of turn.replies) {
            expect(r.text.length).toBeGreaterThan(0);
            for (const o of r.options ?? []) expect(o.id.length).toBeLessThanOrEqual(64);
          }
          const parsed = ConversationState.safeParse(turn.state);
          expect(parsed.success).toBe(true);
          // Form answers exist only while a form (its summary, the offer to leave it, or resuming it) is open.
          if (!['form', 'confirm', 'leave', 'resume'].includes(turn.state.view.at)) expect(JSON.stringify(turn.state)).not.toContain('"answers"');
          // The state survives a JSON round trip (it is stored as JSON after every message).
          expect(ConversationState.parse(JSON.parse(JSON.stringify(turn.state)))).toEqual(turn.state);
          state = turn.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a typed number within the options shown, or says which numbers are valid', () => {
    const driver = new EngineDriver();
    fc.assert(
      fc.property(fc.array(incoming, { maxLength: 10 }), fc.integer({ min: 0, max: 99 }), (prefix, n) => {
        let state = initialState();
        for (const input of prefix) state = step(state, input, driver.ctx).state;
        // In the steps, a typed number names a step (round 3280): the steps are what is numbered there.
        const steps = state.view.at === 'walkthrough' ? driver.ctx.catalogue.byId.get(state.view.serviceId)?.steps.length : undefined;
        const shown = steps ?? state.options.length;
        const turn = step(state, { kind: 'text', text: String(n) }, driver.ctx);
        const text = turn.replies.map((r) => r.text).join(' ');
        if (shown > 0 && (n < 1 || n > shown) && state.view.at !== 'form') {
          expect(text).toContain(`Digite um número de 1 a ${shown}`);
          expect(turn.state.view).toEqual(state.view);
        } else if (shown > 0 && state.view.at !== 'form') {
          expect(text).not.toContain('Digite um número de 1 a');
        }
        expect(ConversationState.safeParse(turn.state).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
