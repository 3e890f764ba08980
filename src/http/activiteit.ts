import { z } from 'zod';

/**
 * The shape every Bot Framework activity must have before it reaches botbuilder: what the bot reads to reply and to
 * decide who acts. Anything else is answered 400 without saying why (no parser or stack details leave the server).
 */
const korteTekst = z.string().min(1).max(500);

const activiteitSchema = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(500),
  from: z.looseObject({ id: korteTekst, aadObjectId: korteTekst.optional() }),
  conversation: z.looseObject({ id: korteTekst, tenantId: korteTekst.optional() }),
  channelData: z.looseObject({ tenant: z.looseObject({ id: korteTekst }).optional() }).optional(),
});

/** A card click must name its verb; its data is checked by the action that handles the verb. */
const kaartklikSchema = z.looseObject({
  value: z.looseObject({
    action: z.looseObject({ verb: z.string().min(1).max(100), data: z.record(z.string(), z.unknown()).optional() }),
  }),
});

export type Activiteitcontrole =
  | { readonly soort: 'geldig' }
  | { readonly soort: 'ongeldig' }
  /** From a tenant that is neither the bot's own nor a configured partner. */
  | { readonly soort: 'tenant_geweigerd' };

export function tenantVan(activiteit: z.infer<typeof activiteitSchema>): string | undefined {
  return activiteit.conversation.tenantId ?? activiteit.channelData?.tenant?.id;
}

/** Checks the parsed JSON body; `toegestaneTenants` absent means local mode (every tenant). */
export function controleerActiviteit(body: unknown, toegestaneTenants: readonly string[] | undefined): Activiteitcontrole {
  const activiteit = activiteitSchema.safeParse(body);
  if (!activiteit.success) return { soort: 'ongeldig' };
  const { type } = activiteit.data;
  if (type === 'invoke' && activiteit.data.name === 'adaptiveCard/action' && !kaartklikSchema.safeParse(body).success) {
    return { soort: 'ongeldig' };
  }
  if (toegestaneTenants !== undefined) {
    const tenant = tenantVan(activiteit.data);
    if (tenant === undefined || !toegestaneTenants.includes(tenant)) return { soort: 'tenant_geweigerd' };
  }
  return { soort: 'geldig' };
}
