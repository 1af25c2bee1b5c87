import * as AC from 'adaptivecards';
import { TEAMS_HOST_CONFIG, TEAMS_MAX_CARD_VERSION, TEAMS_MAX_MESSAGE_BYTES } from './teamsHostConfig';

/**
 * Parses a card with the `adaptivecards` library (the renderer's own object model; parsing and
 * validation need no DOM) under Teams' host config and reports, as readable lines:
 * - every parse event (unknown element or action type, invalid value, unsupported version …),
 * - every validation failure (TooManyActions, DuplicateId, required input without label …),
 * - every property the object model does not know (the library keeps them silently),
 * - a version above 1.5, and a message above Teams' size budget.
 */
export interface CardReport {
  readonly problems: readonly string[];
  /** The bot message carrying the card, as JSON in UTF-8. */
  readonly bytes: number;
}

AC.GlobalSettings.enableFullJsonRoundTrip = true; // keeps each object's raw JSON, to find unknown properties

const hostConfig = new AC.HostConfig(TEAMS_HOST_CONFIG);
const maxVersion = AC.Versions.v1_5;

/** JSON keys the object model reads outside its property schemas (collections, nested cards). */
const COLLECTION_KEYS = new Set(['type', 'body', 'actions', 'items', 'columns', 'rows', 'cells', 'inlines', 'card', 'fallback', '$schema']);

/**
 * Teams' chart elements (Microsoft Learn, "Charts in Adaptive Cards" for Teams) are a Teams host
 * extension the library does not ship: registered here with their documented properties, so a
 * typo in them is still an unknown property. Our cards give each `"fallback": "drop"` and show the
 * same numbers in a Table, for hosts without charts.
 */
const TEAMS_CHARTS: Readonly<Record<string, readonly string[]>> = {
  'Chart.Pie': ['title', 'colorSet', 'data'],
  'Chart.Donut': ['title', 'colorSet', 'data'],
  'Chart.VerticalBar': ['title', 'colorSet', 'color', 'xAxisTitle', 'yAxisTitle', 'showBarValues', 'data'],
  'Chart.VerticalBar.Grouped': ['title', 'colorSet', 'xAxisTitle', 'yAxisTitle', 'showBarValues', 'stacked', 'data'],
  'Chart.HorizontalBar': ['title', 'colorSet', 'color', 'xAxisTitle', 'yAxisTitle', 'displayMode', 'data'],
  'Chart.Line': ['title', 'colorSet', 'xAxisTitle', 'yAxisTitle', 'data'],
};

for (const [typeName, properties] of Object.entries(TEAMS_CHARTS)) {
  const definitions = properties.map((name) => new AC.CustomProperty<unknown>(AC.Versions.v1_5, name, (_sender, _prop, source) => source[name], (_sender, _prop, target, value) => (target[name] = value)));
  class TeamsChart extends AC.CardElement {
    override getJsonTypeName(): string {
      return typeName;
    }
    protected override populateSchema(schema: AC.SerializableObjectSchema): void {
      super.populateSchema(schema);
      schema.add(...definitions);
    }
    protected override internalRender(): HTMLElement | undefined {
      return undefined;
    }
  }
  AC.GlobalRegistry.elements.register(typeName, TeamsChart, AC.Versions.v1_5);
}

export function validateCard(json: unknown): CardReport {
  const problems: string[] = [];
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  const context = new AC.SerializationContext(maxVersion);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const version = (json as { version?: unknown }).version;
  const parsedVersion = typeof version === 'string' ? AC.Version.parse(version, new AC.SerializationContext()) : undefined;
  if (!parsedVersion?.isValid || parsedVersion.compareTo(maxVersion) > 0) problems.push(`version ${String(version)}: Teams renders up to ${TEAMS_MAX_CARD_VERSION}`);
  visit(card, 'AdaptiveCard', problems);
  const bytes = Buffer.byteLength(JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: json }] }), 'utf8');
  if (bytes > TEAMS_MAX_MESSAGE_BYTES) problems.push(`size ${bytes} bytes: above Teams' ${TEAMS_MAX_MESSAGE_BYTES} bytes`);
  return { problems, bytes };
}

/** Walks the parsed object model and compares each object's raw JSON keys with its schema. */
function visit(object: AC.SerializableObject, where: string, problems: string[]): void {
  const raw = rawOf(object);
  const schema = object.getSchema();
  const known = new Set<string>();
  for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && !COLLECTION_KEYS.has(key)) problems.push(`unknown property "${key}" on ${where}`);
  }
  for (const child of childrenOf(object)) visit(child, `${where} › ${typeName(child)}`, problems);
}

function childrenOf(object: AC.SerializableObject): AC.SerializableObject[] {
  const children: AC.SerializableObject[] = [];
  const schema = object.getSchema();
  for (let i = 0; i < schema.getCount(); i++) {
    const value = (object as unknown as { getValue(p: AC.PropertyDefinition): unknown }).getValue(schema.getItemAt(i));
    for (const item of Array.isArray(value) ? value : [value]) if (item instanceof AC.SerializableObject) children.push(item);
  }
  if (object instanceof AC.CardElementContainer) for (let i = 0; i < object.getItemCount(); i++) children.push(object.getItemAt(i));
  if (object instanceof AC.RichTextBlock) for (let i = 0; i < object.getInlineCount(); i++) children.push(object.getInlineAt(i));
  if (object instanceof AC.ContainerWithActions || object instanceof AC.ActionSet) for (let i = 0; i < object.getActionCount(); i++) children.push(object.getActionAt(i)!);
  if (object instanceof AC.ShowCardAction) children.push(object.card);
  return [...new Set(children)];
}

function rawOf(object: AC.SerializableObject): Record<string, unknown> {
  // the library keeps the source JSON here when enableFullJsonRoundTrip is on; there is no public getter
  return ((object as unknown as { _rawProperties?: Record<string, unknown> })._rawProperties ?? {}) as Record<string, unknown>;
}

function typeName(object: AC.SerializableObject): string {
  return object instanceof AC.CardObject ? object.getJsonTypeName() : object.constructor.name;
}
