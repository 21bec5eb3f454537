// The shape of the dialogue files (test/dialogues/data/*.yaml), validated with zod: an unknown check name is an
// authoring error and fails loudly. Service and field ids are checked against the catalogue in validate.ts.
import { z } from 'zod';
import { QUESTION_KINDS } from './answers.ts';
import { SCREENS } from './observe.ts';

/** The categories of the blind set, with the name printed in reports. */
export const CATEGORIES = {
  followup: 'Follow-up questions',
  smalltalk: 'Small talk',
  navigation: 'Walkthrough navigation',
  correction: 'Corrections',
  form: 'Forms',
  first: 'First messages',
  outofscope: 'Out of scope',
} as const;
/** A category id. */
export type Category = keyof typeof CATEGORIES;

const Screen = z.enum(SCREENS);
const Kind = z.enum(QUESTION_KINDS);
const ServiceRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A literal character that folding turns into a space, written as is or escaped ("-", "\\.", "/", ","…). */
const PUNCTUATION_LITERAL = /[-,:/'"!@#%&=;<>~`]|\\[.\-/,:?!()]/;

/** A pattern matched on folded reply text: lower case, no accents, as the text is folded before matching. */
const Pattern = z
  .string()
  .min(2)
  .refine((p) => p === p.toLowerCase() && !/[^\x00-\x7f]/.test(p), 'write patterns folded: lower case, no accents')
  .refine((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression')
  // Folding turns punctuation into spaces ("e-mail" → "e mail", "ATD-2026…" → "atd 2026…", "gov.br" → "gov br"): a
  // pattern that needs a hyphen, a slash, a comma… (or an escaped dot) can never match, so a `says` could never pass
  // and a `notSays` could never fail. Character classes ("[0-9]") and class escapes ("\\d") are regex syntax.
  .refine((p) => !PUNCTUATION_LITERAL.test(p.replace(/\\[dDwWsSbB]/g, '').replace(/\[[^\]]*\]/g, '')), 'write patterns folded: punctuation is a space in the folded reply ("e ?mail", not "e-?mail")');

const one = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t).min(1)]);

/** The checks one turn may ask for. Every key is optional; a turn with no check only moves the dialogue on. */
export const Expect = z
  .object({
    /** The service in focus after the turn; "none" when the conversation is about no service. */
    focus: z.union([ServiceRef, z.literal('none')]).optional(),
    screen: Screen.optional(),
    /** The screen is none of these (e.g. a cancelled form is not on a field any more). */
    notScreen: one(Screen).optional(),
    /** 1-based walkthrough step shown. */
    step: z.number().int().min(1).optional(),
    /** Form field asked (its id in the catalogue). */
    field: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
    /** The reply answers these questions about the service in focus, from that service's fields. */
    answers: one(Kind).optional(),
    /** These services are among the first 3 put in front of the citizen (card shown or buttons). */
    offers: z.array(ServiceRef).min(1).optional(),
    /** This service is the first one put in front of the citizen. */
    top: ServiceRef.optional(),
    /** No service card shown and no service offered (the focused service's card and related services excepted). */
    noService: z.literal(true).optional(),
    /** The reply is not a "not found" or "not understood" reply. */
    understood: z.literal(true).optional(),
    /** Patterns that any good reply contains (folded text). */
    says: z.array(Pattern).min(1).optional(),
    /** Patterns that no good reply contains (folded text). */
    notSays: z.array(Pattern).min(1).optional(),
    /** A protocol number (ATD-YYYYMMDD-NNNNNN) is given. */
    protocol: z.literal(true).optional(),
    /** Same place as the previous turn, and most of the previous reply's content is said again. */
    repeats: z.literal(true).optional(),
    /** Same place as the previous turn, understood, and part of the previous reply's content said again, in other words if need be. */
    rephrases: z.literal(true).optional(),
    /** On a form: the current field's purpose (or at least its name) and a privacy (LGPD) note. */
    explains: z.literal(true).optional(),
  })
  .strict();
/** The checks of one turn. */
export type Expect = z.infer<typeof Expect>;

const base = { expect: Expect.optional() };
/** One citizen input: a typed message, a button press (label or id), or a deep link start (payload, may be empty). */
export const TurnSpec = z.union([
  z.object({ say: z.string().min(1), ...base }).strict(),
  z.object({ press: z.string().min(1), ...base }).strict(),
  z.object({ start: z.string(), ...base }).strict(),
]);
/** One turn of a dialogue. */
export type TurnSpec = z.infer<typeof TurnSpec>;

/** One scripted dialogue. */
export const Dialogue = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    category: z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]),
    informal: z.boolean(),
    /** Why this dialogue exists, in one line (optional). */
    note: z.string().optional(),
    turns: z.array(TurnSpec).min(1),
  })
  .strict();
/** One dialogue. */
export type Dialogue = z.infer<typeof Dialogue>;

/** A dialogue file: a list of dialogues. */
export const DialogueFile = z.array(Dialogue);
