/** Foreign attributes as GraphQL name/value pairs, the value as JSON text (GraphQL has no open map type). */
export function propertyList(properties: Record<string, unknown> | undefined): Array<{ name: string; value: string }> {
  return properties ? Object.entries(properties).map(([name, value]) => ({ name, value: JSON.stringify(value) })) : [];
}
