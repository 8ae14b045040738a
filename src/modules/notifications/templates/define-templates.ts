/** The shape of a message template; each module's templates file builds on it. */

/** The texts of one template in one language: every channel is required. */
export type ChannelTexts = {
  email: { subject: string; text: string };
  /** One SMS segment: at most 160 characters once rendered with the example parameters. */
  sms: string;
  whatsapp: string;
};

export type TemplateParams = Record<string, string | number>;

export type TemplateDefinition<P extends TemplateParams = TemplateParams> = {
  /** The parameters the texts may use as `{name}`, each with a realistic example value. */
  params: P;
  id: ChannelTexts;
  en: ChannelTexts;
};

/** Keeps the literal event names and parameter names of a group of templates. */
export function defineTemplates<const T extends Record<`${string}.${string}`, TemplateDefinition>>(templates: T): T {
  return templates;
}
