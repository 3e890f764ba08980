/**
 * Dates on a card never wrap: "13 januari 2027" split over two lines on a phone reads as two facts. Every text a
 * person sees on a card gets non-breaking spaces inside its dates, at the one place cards are made, so dates composed
 * anywhere (aan zet, reminders, agenda, plan) are covered. Logs, CSV exports and typed input keep plain spaces: only
 * display fields change, never an input's value or an action's data.
 */
const DATUM = /(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})/g;
const NBSP = '\u00a0';

/** The fields of card elements, facts, choices and actions that a person reads. */
const ZICHTBAAR = ['text', 'title', 'label', 'placeholder', 'errorMessage', 'fallbackText'] as const;

export function onbreekbareDatums(tekst: string): string {
  return tekst.replace(DATUM, `$1${NBSP}$2${NBSP}$3`);
}

/** Changes the freshly expanded card in place (it is nobody else's yet) and returns it. */
export function metOnbreekbareDatums<T>(kaart: T): T {
  const loop = (knoop: unknown, inFeiten: boolean): void => {
    if (Array.isArray(knoop)) {
      for (const k of knoop) loop(k, inFeiten);
      return;
    }
    if (!knoop || typeof knoop !== 'object') return;
    const object = knoop as Record<string, unknown>;
    for (const veld of ZICHTBAAR) {
      const waarde = object[veld];
      if (typeof waarde === 'string') object[veld] = onbreekbareDatums(waarde);
    }
    // A fact's value is read; an input's or choice's value is what gets submitted, so it stays as typed.
    if (inFeiten && typeof object.value === 'string') object.value = onbreekbareDatums(object.value);
    for (const [naam, waarde] of Object.entries(object)) {
      if (naam !== 'data' && naam !== 'refresh' && typeof waarde === 'object') loop(waarde, naam === 'facts');
    }
  };
  loop(kaart, false);
  return kaart;
}
