/** The path an issue uses to name a feature: `features[12] (id "lobby-1F")`. */
export function featurePath(featureIndex: number, id?: string): string {
  return id === undefined ? `features[${featureIndex}]` : `features[${featureIndex}] (id ${JSON.stringify(id)})`;
}
